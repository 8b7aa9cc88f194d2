import {
  DISTRICTS,
  INDUSTRIES,
  type Lang,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  type PlatformFilter,
  type PlatformLevel,
  type PlatformStatus,
  platformTypeByCode,
  ZONES,
} from "@rdcity/common";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../core/actor.js";
import { recordAudit } from "../../core/audit/index.js";
import type { Executor } from "../../core/db/client.js";
import { actorOf } from "../../core/http/auth-hooks.js";
import { sendTableFile, writeTable } from "../../core/io/index.js";
import { iteratePlatforms } from "./directory.js";
import { PLATFORM_COLUMNS } from "./import-columns.js";
import { type PlatformRow, presentPlatform } from "./presenters.js";
import { presentContext, viewerOf } from "./repo.js";

const pick = (lang: Lang, n: { zh: string; en: string } | undefined, fallback: string | null) =>
  n ? (lang === "en-US" ? n.en : n.zh) : fallback;

export function exportColumns(lang: Lang) {
  return PLATFORM_COLUMNS.map((c) => ({
    key: c.key,
    header: lang === "en-US" ? c.headers[1]! : c.headers[0]!,
  }));
}

/** Rows in the import's own words (labels, host code), presented (contacts masked unless privileged), in pages. */
async function* exportRows(
  db: Executor,
  rows: AsyncIterable<PlatformRow>,
  actor: Actor,
  lang: Lang,
  counter: { n: number },
) {
  const privileged = actor.permissions.has("platform.write");
  let batch: PlatformRow[] = [];
  async function* flush() {
    const ctx = await presentContext(db, batch);
    for (const row of batch) {
      counter.n++;
      const p = presentPlatform(row, ctx, { privileged });
      const type = platformTypeByCode(p.typeCode);
      const district = DISTRICTS.find((d) => d.code === p.districtCode);
      const zone = ZONES.find((z) => z.code === p.zoneCode);
      yield {
        ...p,
        typeCode: pick(lang, type && { zh: type.name, en: type.nameEn }, p.typeCode),
        level: pick(lang, PLATFORM_LEVEL_NAMES[p.level as PlatformLevel], p.level),
        hostUscc: p.host?.uscc ?? null,
        hostName: p.host?.name ?? null,
        districtCode: pick(lang, district && { zh: district.name, en: district.nameEn }, p.districtCode),
        zoneCode: p.zoneCode ? pick(lang, zone && { zh: zone.name, en: zone.nameEn }, p.zoneCode) : null,
        industries: p.industries.map((code) => {
          const ind = INDUSTRIES.find((i) => i.code === code);
          return ind ? (lang === "en-US" ? ind.nameEn : ind.name) : code;
        }),
        status: pick(lang, PLATFORM_STATUS_NAMES[p.status as PlatformStatus], p.status),
        coBuilderUsccs: p.links
          .filter((l) => l.role === "co_builder")
          .map((l) => ctx.entities.get(l.entityId)?.uscc ?? l.entityId),
      };
    }
    batch = [];
  }
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= 1000) yield* flush();
  }
  if (batch.length) yield* flush();
}

/** Streams the filtered directory (the caller's scope) as CSV or XLSX; the export is audited. */
export async function exportPlatforms(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  query: Partial<PlatformFilter> & { format: "csv" | "xlsx" },
) {
  const actor = actorOf(request);
  const { format, ...filters } = query;
  const lang = request.lang;
  const counter = { n: 0 };
  const rows = exportRows(app.db, iteratePlatforms(app.db, viewerOf(actor), filters), actor, lang, counter);
  const columns = exportColumns(lang);
  const body = await writeTable(format, columns, rows, lang, { zh: "创新平台", en: "Platforms" });
  await recordAudit(app.db, actor, {
    action: "platform.export",
    targetType: "platform",
    after: { format, filters, rows: counter.n },
  });
  return sendTableFile(reply, format, body, { ascii: "platforms", zh: "创新平台" });
}
