import { DISBURSEMENT_STATUS_NAMES, DISTRICTS, type DisbursementStatus, type Lang } from "@rdcity/common";
import { inArray } from "drizzle-orm";
import type { FastifyReply } from "fastify";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import { sendTableFile, type TableFormat, writeTable } from "../../../core/io/index.js";
import { supportSchemes } from "../schema.js";
import { cents, moneyText, sum } from "./money.js";
import { listDisbursementRows } from "./queries.js";
import { type DisbursementRow, fundOr404, platformInfo, schemeOr404 } from "./repo.js";

const L = (lang: Lang, zh: string, en: string) => (lang === "en-US" ? en : zh);

function columns(lang: Lang, ledger: boolean) {
  return [
    ...(ledger ? [{ key: "scheme", header: L(lang, "支持方案", "Scheme") }] : []),
    { key: "platform", header: L(lang, "平台名称", "Platform") },
    { key: "host", header: L(lang, "依托单位", "Host organisation") },
    { key: "uscc", header: L(lang, "统一社会信用代码", "USCC") },
    { key: "district", header: L(lang, "所在区县", "District") },
    { key: "supportYear", header: L(lang, "支持年度", "Support year") },
    { key: "amount", header: L(lang, "金额（万元）", "Amount (10k CNY)") },
    { key: "status", header: L(lang, "状态", "Status") },
    { key: "paidOn", header: L(lang, "支付日期", "Paid on") },
    { key: "voucherNo", header: L(lang, "凭证号", "Voucher no.") },
  ];
}

/** The rows for the finance department, and a closing line with the total (cancelled payments not counted). */
async function tableRows(
  ex: Executor,
  rows: DisbursementRow[],
  lang: Lang,
  format: TableFormat,
  schemeTitles: Map<string, string>,
) {
  const info = await platformInfo(
    ex,
    rows.map((r) => r.platformId),
  );
  const amount = (c: bigint) => (format === "xlsx" ? Number(moneyText(c)) : moneyText(c));
  const out: Record<string, unknown>[] = rows.map((r) => {
    const p = info.get(r.platformId);
    const district = DISTRICTS.find((d) => d.code === p?.districtCode);
    const status = DISBURSEMENT_STATUS_NAMES[r.status as DisbursementStatus];
    return {
      scheme: r.schemeId ? (schemeTitles.get(r.schemeId) ?? "") : "",
      platform: p?.name ?? r.platformId,
      host: p?.hostName ?? "",
      uscc: p?.hostUscc ?? "",
      district: district ? L(lang, district.name, district.nameEn) : (p?.districtCode ?? ""),
      supportYear: r.supportYear,
      amount: amount(cents(r.amount)),
      status: L(lang, status.zh, status.en),
      paidOn: r.paidOn,
      voucherNo: r.voucherNo,
    };
  });
  const live = rows.filter((r) => r.status !== "cancelled");
  out.push({
    platform: L(
      lang,
      `合计（${live.length} 笔，不含已取消）`,
      `Total (${live.length} payments, cancelled excluded)`,
    ),
    amount: amount(sum(live.map((r) => cents(r.amount)))),
  });
  return out;
}

/** A scheme's disbursements as CSV or XLSX for the finance department; audited. */
export async function exportSchemeDisbursements(
  ex: Executor,
  actor: Actor,
  reply: FastifyReply,
  lang: Lang,
  schemeId: string,
  format: TableFormat,
) {
  const scheme = await schemeOr404(ex, schemeId);
  const rows = await listDisbursementRows(ex, actor, { schemeId });
  const body = await writeTable(
    format,
    columns(lang, false),
    await tableRows(ex, rows, lang, format, new Map()),
    lang,
    { zh: "拨付明细", en: "Disbursements" },
  );
  await recordAudit(ex, actor, {
    action: "support_scheme.export",
    targetType: "support_scheme",
    targetId: schemeId,
    after: { format, rows: rows.length },
  });
  return sendTableFile(reply, format, body, {
    ascii: `support-${scheme.year}-disbursements`,
    zh: `${scheme.title}-拨付明细`,
  });
}

/** A fund year's ledger: every disbursement with its scheme, as CSV or XLSX; audited. */
export async function exportFundLedger(
  ex: Executor,
  actor: Actor,
  reply: FastifyReply,
  lang: Lang,
  fundId: string,
  format: TableFormat,
) {
  const fund = await fundOr404(ex, fundId);
  const rows = await listDisbursementRows(ex, actor, { fundId });
  const schemeIds = [...new Set(rows.flatMap((r) => (r.schemeId ? [r.schemeId] : [])))];
  const schemes = schemeIds.length
    ? await ex
        .select({ id: supportSchemes.id, title: supportSchemes.title })
        .from(supportSchemes)
        .where(inArray(supportSchemes.id, schemeIds))
    : [];
  const body = await writeTable(
    format,
    columns(lang, true),
    await tableRows(ex, rows, lang, format, new Map(schemes.map((s) => [s.id, s.title]))),
    lang,
    { zh: "资金台账", en: "Fund ledger" },
  );
  await recordAudit(ex, actor, {
    action: "special_fund.export",
    targetType: "special_fund",
    targetId: fundId,
    after: { format, rows: rows.length },
  });
  return sendTableFile(reply, format, body, {
    ascii: `fund-${fund.code}-${fund.year}-ledger`,
    zh: `${fund.name}${fund.year}年度台账`,
  });
}
