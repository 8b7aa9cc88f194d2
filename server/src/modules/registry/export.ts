import {
  districtByCode,
  ENTITY_KIND_NAMES,
  ENTITY_STATUS_NAMES,
  type EntityListQuery,
  INDUSTRIES,
  type Lang,
  LITTLE_GIANT_NAMES,
  zoneByCode,
} from "@rdcity/common";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../core/audit/index.js";
import { actorOf } from "../../core/http/auth-hooks.js";
import { sendTableFile, writeTable } from "../../core/io/index.js";
import { ENTITY_COLUMNS } from "./import-kind.js";
import { presentEntity } from "./presenters.js";
import { iterateEntities } from "./repo.js";

const label = (lang: Lang, n: { zh: string; en: string } | undefined, fallback: unknown) =>
  n ? (lang === "en-US" ? n.en : n.zh) : fallback;

/** Export columns: the import template's columns (so an export can be re-imported), plus status. */
export function exportColumns(lang: Lang) {
  const cols = ENTITY_COLUMNS.map((c) => ({
    key: c.key,
    header: lang === "en-US" ? c.headers[1]! : c.headers[0]!,
  }));
  return [...cols, { key: "status", header: lang === "en-US" ? "Status" : "状态" }];
}

async function* exportRows(
  rows: AsyncIterable<Parameters<typeof presentEntity>[0]>,
  lang: Lang,
  counter: { n: number },
) {
  for await (const row of rows) {
    counter.n++;
    const e = presentEntity(row, { reveal: false });
    yield {
      ...e,
      kind: label(lang, ENTITY_KIND_NAMES[e.kind], e.kind),
      districtCode: label(
        lang,
        districtByCode(e.districtCode) && {
          zh: districtByCode(e.districtCode)!.name,
          en: districtByCode(e.districtCode)!.nameEn,
        },
        e.districtCode,
      ),
      zoneCode: e.zoneCode
        ? label(
            lang,
            zoneByCode(e.zoneCode) && {
              zh: zoneByCode(e.zoneCode)!.name,
              en: zoneByCode(e.zoneCode)!.nameEn,
            },
            e.zoneCode,
          )
        : null,
      industries: e.industries.map((code) => {
        const ind = INDUSTRIES.find((i) => i.code === code);
        return ind ? (lang === "en-US" ? ind.nameEn : ind.name) : code;
      }),
      littleGiant: label(lang, LITTLE_GIANT_NAMES[e.littleGiant], e.littleGiant),
      status: label(lang, ENTITY_STATUS_NAMES[e.status], e.status),
    };
  }
}

/** Streams the filtered list (scoped to the caller) as CSV or XLSX; contact data stays masked; the export is audited. */
export async function exportEntities(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  query: Omit<EntityListQuery, "limit" | "cursor" | "withTotal"> & { format: "csv" | "xlsx" },
) {
  const actor = actorOf(request);
  const { format, ...filters } = query;
  const lang = request.lang;
  const counter = { n: 0 };
  const rows = exportRows(iterateEntities(app.db, actor, filters), lang, counter);
  const columns = exportColumns(lang);
  const body = await writeTable(format, columns, rows, lang, { zh: "主体", en: "Entities" });
  await recordAudit(app.db, actor, {
    action: "entity.export",
    targetType: "entity",
    after: { format, filters, rows: counter.n },
  });
  return sendTableFile(reply, format, body, { ascii: "entities", zh: "主体库" });
}

/** The CLI's export: the whole registry, unscoped (the CLI acts as the system), to a file. */
export async function exportEntitiesToFile(
  db: FastifyInstance["db"],
  actor: import("../../core/actor.js").Actor,
  format: "csv" | "xlsx",
  file: string,
): Promise<number> {
  const { writeFile } = await import("node:fs/promises");
  const counter = { n: 0 };
  const rows = exportRows(iterateEntities(db, actor, {}), "zh-CN", counter);
  const body = await writeTable(format, exportColumns("zh-CN"), rows, "zh-CN", {
    zh: "主体",
    en: "Entities",
  });
  await writeFile(file, body as Buffer);
  await recordAudit(db, actor, {
    action: "entity.export",
    targetType: "entity",
    after: { format, rows: counter.n, file },
  });
  return counter.n;
}
