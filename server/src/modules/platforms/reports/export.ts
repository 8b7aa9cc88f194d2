import {
  DISTRICTS,
  type Lang,
  metricLabel,
  PLATFORM_LEVEL_NAMES,
  type PlatformLevel,
  platformTypeByCode,
  REPORT_FIELD_LABELS,
  REPORT_METRICS,
  REPORT_STATUS_NAMES,
  type ReportFilter,
  type ReportStatus,
} from "@rdcity/common";
import type { FastifyReply } from "fastify";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import { sendTableFile, writeTable } from "../../../core/io/index.js";
import { iterateReports, presentRows } from "./list.js";

const L = (lang: Lang, zh: string, en: string) => (lang === "en-US" ? en : zh);

function columns(lang: Lang) {
  return [
    { key: "platform", header: L(lang, "平台名称", "Platform") },
    { key: "host", header: L(lang, "依托单位", "Host organisation") },
    { key: "type", header: L(lang, "平台类型", "Type") },
    { key: "level", header: L(lang, "级别", "Level") },
    { key: "district", header: L(lang, "所在区县", "District") },
    { key: "year", header: L(lang, "年度", "Year") },
    { key: "status", header: L(lang, "状态", "Status") },
    { key: "dueOn", header: L(lang, "截止日期", "Due on") },
    { key: "overdue", header: L(lang, "已逾期", "Overdue") },
    { key: "submittedAt", header: L(lang, "提交时间", "Submitted at") },
    { key: "reviewedAt", header: L(lang, "审核时间", "Reviewed at") },
    { key: "flags", header: L(lang, "异常波动指标", "Flagged figures") },
    ...REPORT_METRICS.map((m) => ({ key: m.key, header: L(lang, metricLabel(m).zh, metricLabel(m).en) })),
  ];
}

/** Streams the filtered reports of the actor's scope as CSV or XLSX, in the caller's language; audited. */
export async function exportReports(
  ex: Executor,
  actor: Actor,
  reply: FastifyReply,
  lang: Lang,
  query: Partial<ReportFilter> & { format: "csv" | "xlsx" },
  today: string,
) {
  const { format, ...filters } = query;
  const counter = { n: 0 };
  async function* rows() {
    for await (const page of iterateReports(ex, actor, filters, today)) {
      for (const p of await presentRows(ex, page, today)) {
        counter.n++;
        const type = platformTypeByCode(p.platform.typeCode);
        const district = DISTRICTS.find((d) => d.code === p.platform.districtCode);
        const level = PLATFORM_LEVEL_NAMES[p.platform.level as PlatformLevel];
        const status = REPORT_STATUS_NAMES[p.status as ReportStatus];
        yield {
          ...p,
          platform: p.platform.name,
          host: p.platform.hostName,
          type: type ? L(lang, type.name, type.nameEn) : p.platform.typeCode,
          level: level ? L(lang, level.zh, level.en) : p.platform.level,
          district: district ? L(lang, district.name, district.nameEn) : p.platform.districtCode,
          status: L(lang, status.zh, status.en),
          submittedAt: p.submittedAt ? new Date(p.submittedAt) : null,
          reviewedAt: p.reviewedAt ? new Date(p.reviewedAt) : null,
          flags: p.flags.map((f) => {
            const label = REPORT_FIELD_LABELS[f.metric];
            return label ? L(lang, label.zh, label.en) : f.metric;
          }),
        };
      }
    }
  }
  const body = await writeTable(format, columns(lang), rows(), lang, {
    zh: "平台年报",
    en: "Annual reports",
  });
  await recordAudit(ex, actor, {
    action: "platform_report.export",
    targetType: "platform_report",
    after: { format, filters, rows: counter.n },
  });
  return sendTableFile(reply, format, body, { ascii: "annual-reports", zh: "平台年报" });
}
