import {
  errorMessage,
  type Lang,
  PLATFORM_INITIAL_STATUSES,
  PLATFORM_STATUS_NAMES,
  type PlatformImportRow,
  PlatformImportRowSchema,
  type PlatformStatus,
} from "@rdcity/common";
import { inArray } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { inScope, scopeOf } from "../../core/auth/scope.js";
import { shanghaiDate } from "../../core/calendar/index.js";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import type { ImportKind, ImportPlan, ParsedRow } from "../../core/imports/kinds.js";
import { zodIssuesToRowErrors } from "../../core/io/index.js";
import { entitiesByUscc } from "../registry/index.js";
import { columnLabel, normaliseRow, PLATFORM_COLUMNS, withLabels } from "./import-columns.js";
import { commitPlatformImport, type PlatformImportOp } from "./import-commit.js";
import type { PlatformRow } from "./presenters.js";
import { linksOf } from "./repo.js";
import type { PlatformFields } from "./row-values.js";
import { checkLevelAllowed, checkLinks, checkRecognition, checkTransition } from "./rules.js";
import { platforms } from "./schema.js";

const MESSAGES = {
  twice: { zh: "与第 {row} 行是同一平台", en: "the same platform as row {row}" },
  hostUnknown: {
    zh: "统一社会信用代码 {uscc} 未在主体库登记或已合并、注销",
    en: "{uscc} is not an active registered entity",
  },
  initial: { zh: "新平台不能以“已撤销/已整合”登记", en: "a new platform cannot start revoked or merged" },
};
const say = (lang: Lang, key: keyof typeof MESSAGES, params: Record<string, unknown>) =>
  (lang === "en-US" ? MESSAGES[key].en : MESSAGES[key].zh).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ""),
  );

interface Valid {
  rowNumber: number;
  row: PlatformImportRow;
  fields: PlatformFields;
}

/** The fields a file row sets on a platform (absent cells are cleared, as in the registry's import). */
function fieldsOf(row: PlatformImportRow, hostEntityId: string, coBuilders: string[] | null): PlatformFields {
  return {
    name: row.name,
    nameEn: row.nameEn ?? null,
    typeCode: row.typeCode,
    level: row.level,
    hostEntityId,
    districtCode: row.districtCode,
    zoneCode: row.zoneCode ?? null,
    industries: row.industries,
    recognisedOn: row.recognisedOn ?? null,
    recognitionDocNo: row.recognitionDocNo ?? null,
    externalCode: row.externalCode ?? null,
    website: row.website ?? null,
    address: row.address ?? null,
    description: row.description ?? null,
    contactName: row.contactName ?? null,
    contactPhone: row.contactPhone ?? null,
    links: (coBuilders ?? []).map((entityId) => ({
      entityId,
      role: "co_builder" as const,
      startOn: row.recognisedOn ?? null,
    })),
  };
}

const COMPARED = [
  "name",
  "nameEn",
  "typeCode",
  "level",
  "hostEntityId",
  "districtCode",
  "zoneCode",
  "industries",
  "recognisedOn",
  "recognitionDocNo",
  "externalCode",
  "website",
  "address",
  "description",
  "contactName",
  "contactPhone",
] as const;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const sameAsStored = (f: PlatformFields, row: PlatformRow) =>
  COMPARED.every((k) => JSON.stringify(f[k] ?? null) === JSON.stringify(row[k] ?? null));

async function planPlatforms(
  db: Executor,
  actor: Actor,
  rows: ParsedRow[],
  lang: Lang,
  progress: (n: number, phase: "validating") => void,
): Promise<ImportPlan<PlatformImportOp>> {
  const plan: ImportPlan<PlatformImportOp> = {
    errors: [],
    warnings: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicatesFlagged: 0,
    operations: [],
  };
  const fail = (rowNumber: number, key: string, code: string, message: string) =>
    plan.errors.push({ row: rowNumber, column: columnLabel(key, lang), code, message });
  const failWith = (rowNumber: number, key: string, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    fail(rowNumber, key, error.code, errorMessage(error.code, lang, error.params));
  };
  const parsed: { rowNumber: number; row: PlatformImportRow }[] = [];
  for (const row of rows) {
    if (row.errors.length) {
      plan.errors.push(...row.errors);
      continue;
    }
    const result = PlatformImportRowSchema.safeParse(normaliseRow(row.record));
    if (!result.success) {
      plan.errors.push(
        ...zodIssuesToRowErrors(
          result.error.issues.map((i) => withLabels(i, lang)),
          row.rowNumber,
          (key) => columnLabel(key, lang),
          lang,
        ),
      );
    } else parsed.push({ rowNumber: row.rowNumber, row: result.data });
  }
  progress(rows.length, "validating");

  const codes = [...new Set(parsed.flatMap((p) => [p.row.hostUscc, ...(p.row.coBuilderUsccs ?? [])]))];
  const orgs = new Map<string, { id: string; status: string }>();
  for (let i = 0; i < codes.length; i += 1000)
    for (const e of await entitiesByUscc(db, codes.slice(i, i + 1000))) orgs.set(e.uscc, e);

  const scope = scopeOf(actor);
  const valid: Valid[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { rowNumber, row } of parsed) {
    const host = orgs.get(row.hostUscc);
    if (host?.status !== "active") {
      fail(rowNumber, "hostUscc", "platform_host_unknown", say(lang, "hostUnknown", { uscc: row.hostUscc }));
      continue;
    }
    const unknown = (row.coBuilderUsccs ?? []).find((c) => !orgs.has(c) || orgs.get(c)!.status === "merged");
    if (unknown) {
      fail(rowNumber, "coBuilderUsccs", "platform_host_unknown", say(lang, "hostUnknown", { uscc: unknown }));
      continue;
    }
    const coBuilders = row.coBuilderUsccs ? row.coBuilderUsccs.map((c) => orgs.get(c)!.id) : null;
    const fields = fieldsOf(row, host.id, coBuilders);
    try {
      checkLevelAllowed(fields.typeCode, fields.level);
    } catch (error) {
      failWith(rowNumber, "level", error);
      continue;
    }
    try {
      checkLinks(fields.links, host.id);
    } catch (error) {
      failWith(rowNumber, "coBuilderUsccs", error);
      continue;
    }
    if (
      !inScope(scope, {
        districtCode: fields.districtCode,
        zoneCode: fields.zoneCode ?? null,
        orgId: host.id,
      })
    ) {
      failWith(rowNumber, "districtCode", new AppError("out_of_scope", { area: actor.areaCode ?? "" }));
      continue;
    }
    // The same platform twice: the same code, or the same type, name and host.
    const keys = [
      `key:${row.typeCode}|${row.name}|${host.id}`,
      ...(row.externalCode ? [`code:${row.externalCode}`] : []),
    ];
    const seen = keys.map((k) => firstRowOfKey.get(k)).find((r) => r !== undefined);
    if (seen !== undefined) {
      fail(rowNumber, "name", "platform_in_file_twice", say(lang, "twice", { row: seen }));
      continue;
    }
    for (const k of keys) firstRowOfKey.set(k, rowNumber);
    valid.push({ rowNumber, row, fields });
  }

  // Stored platforms that the rows may name: by code, or by type + name + host among live platforms.
  const stored: PlatformRow[] = [];
  const names = [...new Set(valid.map((v) => v.row.name))];
  const externalCodes = valid.flatMap((v) => (v.row.externalCode ? [v.row.externalCode] : []));
  for (let i = 0; i < names.length; i += 1000)
    stored.push(
      ...(await db
        .select()
        .from(platforms)
        .where(inArray(platforms.name, names.slice(i, i + 1000)))),
    );
  for (let i = 0; i < externalCodes.length; i += 1000)
    stored.push(
      ...(await db
        .select()
        .from(platforms)
        .where(inArray(platforms.externalCode, externalCodes.slice(i, i + 1000)))),
    );
  const byCode = new Map(stored.filter((s) => s.externalCode).map((s) => [s.externalCode!, s]));
  const live = (s: PlatformRow) => s.status !== "revoked" && s.status !== "merged";
  const byKey = new Map(stored.filter(live).map((s) => [`${s.typeCode}|${s.name}|${s.hostEntityId}`, s]));

  const storedLinks = await linksOf(
    db,
    stored.map((r) => r.id),
  );
  const today = shanghaiDate(new Date());
  for (const v of valid) {
    const naturalKey = `${v.fields.typeCode}|${v.fields.name}|${v.fields.hostEntityId}`;
    const coded = v.row.externalCode ? byCode.get(v.row.externalCode) : undefined;
    const sameKey = byKey.get(naturalKey);
    const before = coded ?? (sameKey && (!v.row.externalCode || !sameKey.externalCode) ? sameKey : undefined);
    try {
      if (!before) {
        if (sameKey) throw new AppError("platform_taken", { name: sameKey.name });
        const status = v.row.status ?? (v.row.recognisedOn ? "recognised" : "cultivating");
        if (!(PLATFORM_INITIAL_STATUSES as readonly string[]).includes(status)) {
          fail(v.rowNumber, "status", "platform_transition_invalid", say(lang, "initial", {}));
          continue;
        }
        checkRecognition(status, v.row.recognisedOn);
        plan.created++;
        plan.operations.push({ type: "create", rowNumber: v.rowNumber, fields: v.fields, status, today });
        continue;
      }
      if (
        !inScope(scope, {
          districtCode: before.districtCode,
          zoneCode: before.zoneCode,
          orgId: before.hostEntityId,
        })
      )
        throw new AppError("out_of_scope", { area: actor.areaCode ?? "" });
      if (!live(before)) {
        const names = PLATFORM_STATUS_NAMES[before.status as PlatformStatus];
        throw new AppError("platform_inactive", { statusZh: names.zh, statusEn: names.en.toLowerCase() });
      }
      if (sameKey && sameKey.id !== before.id) throw new AppError("platform_taken", { name: sameKey.name });
      const from = before.status as PlatformStatus;
      const to = v.row.status && v.row.status !== from ? v.row.status : null;
      if (to) {
        checkTransition(from, to);
        if (to === "merged") throw new AppError("platform_successor_required");
      }
      checkRecognition(to ?? from, v.fields.recognisedOn ?? (to === "recognised" ? today : null));
      const sameLinks =
        !v.row.coBuilderUsccs ||
        sameSet(
          v.fields.links.map((l) => l.entityId),
          (storedLinks.get(before.id) ?? []).filter((l) => l.role === "co_builder").map((l) => l.entityId),
        );
      if (!to && sameAsStored(v.fields, before) && sameLinks) {
        plan.unchanged++;
        continue;
      }
      plan.updated++;
      plan.operations.push({
        type: "update",
        rowNumber: v.rowNumber,
        fields: v.fields,
        before,
        status: to,
        replaceLinks: !!v.row.coBuilderUsccs,
        today,
      });
    } catch (error) {
      failWith(v.rowNumber, "status", error);
    }
  }
  return plan;
}

export const platformImportKind: ImportKind<PlatformImportOp> = {
  kind: "platforms",
  permission: "platform.write",
  sheetName: { zh: "创新平台", en: "Platforms" },
  columns: PLATFORM_COLUMNS,
  plan: planPlatforms,
  commit: commitPlatformImport,
};
