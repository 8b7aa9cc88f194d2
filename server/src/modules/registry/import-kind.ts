import {
  DISTRICTS,
  ENTITY_KIND_NAMES,
  EntityRowSchema,
  INDUSTRIES,
  type Lang,
  LITTLE_GIANT_NAMES,
  nameSignature,
  ZONES,
} from "@rdcity/common";
import { eq, inArray } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { inScope, scopeOf } from "../../core/auth/scope.js";
import type { Executor } from "../../core/db/client.js";
import type { ImportKind, ImportPlan, ParsedRow } from "../../core/imports/kinds.js";
import { type ColumnSpec, zodIssuesToRowErrors } from "../../core/io/index.js";
import { diffEntity, type EntityChange, recordEntityChanges } from "./history.js";
import type { EntityRow } from "./presenters.js";
import { newEntityValues, replacedEntityValues } from "./row-values.js";
import { entities } from "./schema.js";

export const ENTITY_COLUMNS: ColumnSpec[] = [
  {
    key: "uscc",
    headers: ["统一社会信用代码", "USCC", "Unified social credit code", "信用代码", "社会信用代码"],
    required: true,
  },
  { key: "name", headers: ["名称", "Name", "主体名称", "单位名称", "企业名称"], required: true },
  { key: "nameEn", headers: ["英文名称", "English name", "Name (English)"] },
  { key: "formerNames", headers: ["曾用名", "Former names"], parse: "list" },
  { key: "kind", headers: ["主体类型", "Kind", "类型", "单位类型"], required: true },
  {
    key: "districtCode",
    headers: ["所在区县", "District", "区县", "区县代码", "行政区划代码"],
    required: true,
  },
  { key: "zoneCode", headers: ["功能区", "Functional zone", "Zone", "园区"] },
  { key: "industries", headers: ["产业领域", "Industries", "产业", "行业领域"], parse: "list" },
  { key: "isListed", headers: ["上市企业", "Listed", "是否上市"], parse: "boolean" },
  { key: "littleGiant", headers: ["专精特新“小巨人”", "Little giant", "小巨人", "专精特新小巨人"] },
  { key: "isHighTech", headers: ["高新技术企业", "High-tech enterprise", "高企"], parse: "boolean" },
  {
    key: "isFortune500Affiliate",
    headers: ["世界500强关联", "Fortune-500 affiliate", "世界500强"],
    parse: "boolean",
  },
  { key: "isForeignInvested", headers: ["外商投资", "Foreign-invested", "外资"], parse: "boolean" },
  { key: "contactName", headers: ["联系人", "Contact person"] },
  { key: "contactPhone", headers: ["联系电话", "Contact phone", "电话"] },
  { key: "address", headers: ["地址", "Address"] },
  { key: "website", headers: ["网站", "Website"] },
  { key: "foundedOn", headers: ["成立日期", "Founded on"], parse: "date" },
];

/** Labels as well as codes are accepted in a file: 岳麓区 or 430104, 企业 or enterprise, 工程机械 or its code. */
const lookup = (pairs: [string, string[]][]) => {
  const map = new Map<string, string>();
  for (const [code, names] of pairs) for (const n of [code, ...names]) map.set(n.toLowerCase(), code);
  return (value: unknown) =>
    typeof value === "string" ? (map.get(value.trim().toLowerCase()) ?? value) : value;
};
const toKind = lookup(Object.entries(ENTITY_KIND_NAMES).map(([c, n]) => [c, [n.zh, n.en]]));
const toDistrict = lookup(DISTRICTS.map((d) => [d.code, [d.name, d.nameEn]]));
const toZone = lookup(ZONES.map((z) => [z.code, [z.name, z.nameEn]]));
const toIndustry = lookup(INDUSTRIES.map((i) => [i.code, [i.name, i.nameEn]]));
const toLittleGiant = lookup(
  Object.entries(LITTLE_GIANT_NAMES).map(([c, n]) => [c, [n.zh, n.en, `${n.zh}小巨人`]]),
);

const RowSchema = EntityRowSchema;

function normalise(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (out.kind !== undefined) out.kind = toKind(out.kind);
  if (out.districtCode !== undefined) out.districtCode = toDistrict(out.districtCode);
  if (out.zoneCode !== undefined) out.zoneCode = toZone(out.zoneCode);
  if (Array.isArray(out.industries)) out.industries = out.industries.map(toIndustry);
  if (out.littleGiant !== undefined) out.littleGiant = toLittleGiant(out.littleGiant);
  return out;
}

/** A file speaks in labels (企业, 国家级), so an invalid value lists the labels a person can type, not the API codes. */
const ENUM_LABELS: Record<string, Record<string, { zh: string; en: string }>> = {
  kind: ENTITY_KIND_NAMES,
  littleGiant: LITTLE_GIANT_NAMES,
};
function withLabels<T extends { code: string; path: PropertyKey[]; values?: unknown[] }>(
  issue: T,
  lang: Lang,
): T {
  const names = ENUM_LABELS[String(issue.path[0])];
  if (issue.code !== "invalid_value" || !names || !issue.values) return issue;
  return {
    ...issue,
    values: issue.values.map((v) => names[String(v)]?.[lang === "en-US" ? "en" : "zh"] ?? v),
  };
}

type Fields = ReturnType<typeof RowSchema.parse>;
export type EntityImportOp =
  | { type: "create"; rowNumber: number; fields: Fields }
  | { type: "update"; rowNumber: number; fields: Fields; before: EntityRow };

const MESSAGES = {
  twice: { zh: "与第 {row} 行的统一社会信用代码重复", en: "same unified social credit code as row {row}" },
  scope: { zh: "不在您的管辖范围（{area}）内", en: "outside your area ({area})" },
  merged: { zh: "该主体已合并，请改用保留的记录", en: "this entity was merged; use the surviving record" },
  similarDb: {
    zh: "疑似与已登记的“{name}”重复（已标记，仍将导入）",
    en: "possible duplicate of registered “{name}” (flagged; will be imported)",
  },
  similarFile: {
    zh: "疑似与第 {row} 行重复（已标记，仍将导入）",
    en: "possible duplicate of row {row} (flagged; will be imported)",
  },
};
const say = (lang: Lang, key: keyof typeof MESSAGES, params: Record<string, unknown>) =>
  (lang === "en-US" ? MESSAGES[key].en : MESSAGES[key].zh).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ""),
  );

const header = (key: string, lang: Lang) => {
  const spec = ENTITY_COLUMNS.find((c) => c.key === key)!;
  return lang === "en-US" ? spec.headers[1]! : spec.headers[0]!;
};

function sameAsStored(fields: Fields, row: EntityRow): boolean {
  const merged = { ...row, ...fields } as EntityRow;
  return Object.keys(diffEntity(row, merged)).length === 0;
}

async function planEntities(
  db: Executor,
  actor: Actor,
  rows: ParsedRow[],
  lang: Lang,
  progress: (n: number, phase: "validating") => void,
): Promise<ImportPlan<EntityImportOp>> {
  const plan: ImportPlan<EntityImportOp> = {
    errors: [],
    warnings: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicatesFlagged: 0,
    operations: [],
  };
  const scope = scopeOf(actor);
  const valid: { rowNumber: number; fields: Fields }[] = [];
  const firstRowOfUscc = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    if (row.errors.length) {
      plan.errors.push(...row.errors);
      continue;
    }
    const parsed = RowSchema.safeParse(normalise(row.record));
    if (!parsed.success) {
      plan.errors.push(
        ...zodIssuesToRowErrors(
          parsed.error.issues.map((i) => withLabels(i, lang)),
          row.rowNumber,
          (key) => header(key, lang),
          lang,
        ),
      );
      continue;
    }
    const fields = parsed.data;
    const seen = firstRowOfUscc.get(fields.uscc);
    if (seen !== undefined) {
      plan.errors.push({
        row: row.rowNumber,
        column: header("uscc", lang),
        code: "uscc_in_file_twice",
        message: say(lang, "twice", { row: seen }),
      });
      continue;
    }
    firstRowOfUscc.set(fields.uscc, row.rowNumber);
    if (
      !inScope(scope, { districtCode: fields.districtCode, zoneCode: fields.zoneCode ?? null, orgId: null })
    ) {
      plan.errors.push({
        row: row.rowNumber,
        column: header("districtCode", lang),
        code: "out_of_scope",
        message: say(lang, "scope", { area: actor.areaCode ?? "" }),
      });
      continue;
    }
    valid.push({ rowNumber: row.rowNumber, fields });
    if (i % 1000 === 0) progress(i, "validating");
  }

  const existing = new Map<string, EntityRow>();
  const codes = valid.map((v) => v.fields.uscc);
  for (let i = 0; i < codes.length; i += 1000) {
    for (const row of await db
      .select()
      .from(entities)
      .where(inArray(entities.uscc, codes.slice(i, i + 1000))))
      existing.set(row.uscc, row);
  }
  const creates = valid.filter((v) => !existing.has(v.fields.uscc));
  const signatures = [...new Set(creates.map((c) => nameSignature(c.fields.name)))];
  const known = new Map<string, string>();
  for (let i = 0; i < signatures.length; i += 1000) {
    const found = await db
      .select({ sig: entities.nameSignature, name: entities.name })
      .from(entities)
      .where(inArray(entities.nameSignature, signatures.slice(i, i + 1000)));
    for (const f of found) known.set(f.sig, f.name);
  }
  const firstRowOfSignature = new Map<string, number>();
  for (const v of valid) {
    const before = existing.get(v.fields.uscc);
    if (before) {
      if (before.status === "merged") {
        plan.errors.push({
          row: v.rowNumber,
          column: header("uscc", lang),
          code: "record_inactive",
          message: say(lang, "merged", {}),
        });
      } else if (sameAsStored(v.fields, before)) {
        plan.unchanged++;
      } else {
        if (
          !inScope(scope, { districtCode: before.districtCode, zoneCode: before.zoneCode, orgId: before.id })
        ) {
          plan.errors.push({
            row: v.rowNumber,
            column: header("districtCode", lang),
            code: "out_of_scope",
            message: say(lang, "scope", { area: actor.areaCode ?? "" }),
          });
          continue;
        }
        plan.updated++;
        plan.operations.push({ type: "update", rowNumber: v.rowNumber, fields: v.fields, before });
      }
      continue;
    }
    const sig = nameSignature(v.fields.name);
    const inDb = known.get(sig);
    const inFile = firstRowOfSignature.get(sig);
    if (inDb || inFile !== undefined) {
      plan.duplicatesFlagged++;
      plan.warnings.push({
        row: v.rowNumber,
        column: header("name", lang),
        code: "possible_duplicate",
        message: inDb ? say(lang, "similarDb", { name: inDb }) : say(lang, "similarFile", { row: inFile }),
      });
    }
    if (inFile === undefined) firstRowOfSignature.set(sig, v.rowNumber);
    plan.created++;
    plan.operations.push({ type: "create", rowNumber: v.rowNumber, fields: v.fields });
  }
  progress(rows.length, "validating");
  return plan;
}

/** Inserts in batches of 1000 rows and records every row's version and audit entry in the same transaction. */
export async function insertEntityRows(
  tx: Executor,
  actor: Actor,
  rowsToInsert: Fields[],
  opts: { isDemo?: boolean; action?: EntityChange["action"] } = {},
  progress?: (n: number) => void,
) {
  let done = 0;
  for (let i = 0; i < rowsToInsert.length; i += 1000) {
    const batch = rowsToInsert.slice(i, i + 1000).map((f) => newEntityValues(f, actor, opts));
    const inserted = await tx.insert(entities).values(batch).returning();
    await recordEntityChanges(
      tx,
      actor,
      inserted.map((after) => ({ before: null, after, action: opts.action ?? "import_create" })),
    );
    done += inserted.length;
    progress?.(done);
  }
  return done;
}

async function commitEntities(
  tx: Executor,
  actor: Actor,
  plan: ImportPlan<EntityImportOp>,
  progress: (n: number, phase: "writing") => void,
) {
  const creates = plan.operations.filter((o) => o.type === "create").map((o) => o.fields);
  await insertEntityRows(tx, actor, creates, {}, (n) => progress(n, "writing"));
  const changes: EntityChange[] = [];
  for (const op of plan.operations) {
    if (op.type !== "update") continue;
    const f = op.fields;
    const formerNames =
      f.name !== op.before.name && !f.formerNames.includes(op.before.name)
        ? [...f.formerNames, op.before.name]
        : f.formerNames;
    const [after] = await tx
      .update(entities)
      .set(replacedEntityValues({ ...f, formerNames }, actor, op.before))
      .where(eq(entities.id, op.before.id))
      .returning();
    changes.push({ before: op.before, after: after!, action: "import_update" });
  }
  await recordEntityChanges(tx, actor, changes);
  progress(plan.operations.length, "writing");
}

export const entityImportKind: ImportKind<EntityImportOp> = {
  kind: "entities",
  permission: "import.run",
  sheetName: { zh: "主体", en: "Entities" },
  columns: ENTITY_COLUMNS,
  plan: planEntities,
  commit: commitEntities,
};
