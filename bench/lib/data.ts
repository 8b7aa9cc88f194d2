/**
 * The benchmark's data: generated Changsha entities, the CSV file people would import, and the exact column
 * values the import writes (so the raw INSERT baseline writes the same rows).
 */
import { type EntityCreate, EntityRowSchema, nameSignature } from "@rdcity/common";
import { writeCsv } from "../../server/src/core/io/index.js";
import { indexWords } from "../../server/src/core/search/index.js";
import { generateEntities } from "../../server/src/modules/registry/demo/index.js";
import { ENTITY_COLUMNS } from "../../server/src/modules/registry/import-kind.js";

export function benchEntities(count: number): EntityCreate[] {
  return generateEntities({ count, seed: "rdcity-bench", startIndex: 10_000 });
}

/** The file a city clerk would upload: UTF-8 CSV with the Chinese headers of the import template. */
export function entitiesCsv(entities: EntityCreate[]): Promise<Buffer> {
  const columns = ENTITY_COLUMNS.map((c) => ({ key: c.key, header: c.headers[0]! }));
  return writeCsv(columns, entities as unknown as Record<string, unknown>[], "zh-CN");
}

/** Columns of the raw INSERT, in order; `search_vector` is given as text and wrapped in to_tsvector. */
export const RAW_COLUMNS = [
  "uscc",
  "name",
  "name_en",
  "former_names",
  "kind",
  "district_code",
  "zone_code",
  "industries",
  "is_listed",
  "little_giant",
  "is_high_tech",
  "is_fortune500_affiliate",
  "is_foreign_invested",
  "contact_name",
  "contact_phone",
  "address",
  "website",
  "founded_on",
  "name_signature",
  "search_vector",
  "is_demo",
  "created_by",
  "updated_by",
] as const;

/** The values the import writes for each entity, computed beforehand (validation, signature, search words). */
export function rawValues(entities: EntityCreate[], actor: string): unknown[][] {
  return entities.map((e) => {
    const f = EntityRowSchema.parse(e);
    return [
      f.uscc,
      f.name,
      f.nameEn ?? null,
      f.formerNames,
      f.kind,
      f.districtCode,
      f.zoneCode ?? null,
      f.industries,
      f.isListed,
      f.littleGiant,
      f.isHighTech,
      f.isFortune500Affiliate,
      f.isForeignInvested,
      f.contactName ?? null,
      f.contactPhone ?? null,
      f.address ?? null,
      f.website ?? null,
      f.foundedOn ?? null,
      nameSignature(f.name),
      indexWords(f.name, f.nameEn, ...f.formerNames),
      false,
      actor,
      actor,
    ];
  });
}

/** One multi-row INSERT statement with numbered parameters for `n` rows. */
export function insertStatement(n: number): string {
  const width = RAW_COLUMNS.length;
  const vectorAt = RAW_COLUMNS.indexOf("search_vector");
  const tuples: string[] = [];
  for (let r = 0; r < n; r++) {
    const params = RAW_COLUMNS.map((_, c) => {
      const p = `$${r * width + c + 1}`;
      return c === vectorAt ? `to_tsvector('simple', ${p})` : p;
    });
    tuples.push(`(${params.join(",")})`);
  }
  return `INSERT INTO entities (${RAW_COLUMNS.join(",")}) VALUES ${tuples.join(",")}`;
}
