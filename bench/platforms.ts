/**
 * 5. The platform directory on 10 000 platforms (and 50 000 annual reports): the list with each filter, its
 * facet counts and the district map, each through the module's own functions (`listPlatforms`,
 * `platformFacets`, `platformMap`: drizzle, the viewer's scope, keyset cursor, total) against hand-written SQL
 * through the driver that gives the same answer (checked: same ids and totals, same counts), and through HTTP.
 */
import {
  DISTRICTS,
  PLATFORM_CATEGORIES,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  PLATFORM_TYPES,
  type PlatformFacets,
  PlatformFilterQuerySchema,
  PlatformListQuerySchema,
  type PlatformMap,
  ZONES,
  zoneWithDescendants,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import { type Actor, systemActor, userActor } from "../server/src/core/actor.js";
import type { Database } from "../server/src/core/db/client.js";
import { queryWords } from "../server/src/core/search/index.js";
import { listPlatforms } from "../server/src/modules/platforms/directory.js";
import { platformFacets, platformMap } from "../server/src/modules/platforms/facets.js";
import { viewerOf } from "../server/src/modules/platforms/repo.js";
import { type Raw, rawOf } from "./lib/engines.js";
import { httpGet } from "./lib/http.js";
import { type Answer, type Measured, measure } from "./lib/measure.js";
import { log } from "./lib/stats.js";

const LIMIT = 50;
type Dim = "category" | "type" | "level" | "status" | "district" | "zone";
type Param = (value: unknown) => string;

/** One hand-written condition: its facet dimension (a facet leaves its own out) and its SQL. */
interface Cond {
  dim: Dim | null;
  sql: (p: Param) => string;
}

interface Filter {
  name: string;
  /** The query as the API receives it. */
  params: Record<string, string>;
  conds: Cond[];
  /** The search's relevance (the list's order when searching). */
  rank?: (p: Param) => string;
  /** A district user's own directory (their scope is a condition of every query). */
  district?: string;
}

export interface Figures extends Omit<Measured, "statements"> {
  name: string;
  kind: "list" | "facets" | "map";
}

const inList =
  (column: string, values: readonly string[]): Cond["sql"] =>
  (p) =>
    `${column} IN (${values.map((v) => p(v)).join(", ")})`;

/** The search as the module builds it (core/search textMatch, plus the platform code). */
function searchOf(q: string): { cond: Cond; rank: (p: Param) => string } {
  const words = queryWords(q).join(" ");
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const fuzzy = (p: Param) => (q.length >= 3 ? ` OR name % ${p(q)}` : "");
  const cond: Cond = {
    dim: null,
    sql: (p) =>
      words
        ? `((search_vector @@ plainto_tsquery('simple', ${p(words)}) OR name ILIKE ${p(like)}${fuzzy(p)}) OR external_code = ${p(q)})`
        : `((name ILIKE ${p(like)}${fuzzy(p)}) OR external_code = ${p(q)})`,
  };
  const rank = (p: Param) =>
    words
      ? `round((ts_rank(search_vector, plainto_tsquery('simple', ${p(words)})) + similarity(name, ${p(q)}) + CASE WHEN name ILIKE ${p(like)} THEN 1 ELSE 0 END)::numeric, 6)`
      : `round((similarity(name, ${p(q)}) + CASE WHEN name ILIKE ${p(like)} THEN 1 ELSE 0 END)::numeric, 6)`;
  return { cond, rank };
}

function filters(): Filter[] {
  const search = searchOf("智能");
  const xjxq = zoneWithDescendants("XJXQ");
  return [
    { name: "all", params: {}, conds: [] },
    {
      name: "type 重点实验室",
      params: { typeCode: "key_lab" },
      conds: [{ dim: "type", sql: inList("type_code", ["key_lab"]) }],
    },
    {
      name: "level national",
      params: { level: "national" },
      conds: [{ dim: "level", sql: inList("level", ["national"]) }],
    },
    {
      name: "status recognised+operating",
      params: { status: "recognised,operating" },
      conds: [{ dim: "status", sql: inList("status", ["recognised", "operating"]) }],
    },
    {
      name: "district 岳麓区",
      params: { districtCode: "430104" },
      conds: [{ dim: "district", sql: inList("district_code", ["430104"]) }],
    },
    {
      name: "zone 湘江新区 (+ sub-zones)",
      params: { zoneCode: "XJXQ" },
      conds: [{ dim: "zone", sql: inList("zone_code", xjxq) }],
    },
    {
      name: "industry 新材料",
      params: { industry: "new-materials" },
      conds: [{ dim: null, sql: (p) => `industries && ${p(["new-materials"])}::text[]` }],
    },
    { name: "search 智能", params: { q: "智能" }, conds: [search.cond], rank: search.rank },
    {
      name: "provincial + 岳麓区 + operating + digital",
      params: { level: "provincial", districtCode: "430104", status: "operating", industry: "digital" },
      conds: [
        { dim: "level", sql: inList("level", ["provincial"]) },
        { dim: "status", sql: inList("status", ["operating"]) },
        { dim: "district", sql: inList("district_code", ["430104"]) },
        { dim: null, sql: (p) => `industries && ${p(["digital"])}::text[]` },
      ],
    },
    { name: "district user's own directory", params: {}, conds: [], district: "430104" },
  ];
}

const districtActor = (code: string): Actor =>
  userActor(
    {
      id: "00000000-0000-4000-8000-000000000002",
      username: "bench-district",
      role: "district",
      areaCode: code,
      orgId: null,
    },
    null,
    "session",
  );

/** Numbered parameters for one statement. */
function statement() {
  const params: unknown[] = [];
  const p: Param = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, p };
}

function whereOf(f: Filter, p: Param, except?: Dim): string {
  const conds = f.conds.filter((c) => !except || c.dim !== except).map((c) => c.sql(p));
  if (f.district) conds.unshift(`district_code = ${p(f.district)}`);
  return conds.length ? ` WHERE ${conds.join(" AND ")}` : "";
}

// ---- the raw side: the same answers by hand ----

async function rawList(raw: Raw, f: Filter, cursor?: { name: string; id: string }): Promise<Answer> {
  const page = statement();
  let where = whereOf(f, page.p);
  if (cursor)
    where += `${where ? " AND" : " WHERE"} (name, id) > (${page.p(cursor.name)}, ${page.p(cursor.id)})`;
  const order = f.rank ? `${f.rank(page.p)} DESC, id DESC` : "name, id";
  const rows = await raw.query<{ id: string }>(
    `SELECT * FROM platforms${where} ORDER BY ${order} LIMIT ${LIMIT + 1}`,
    page.params,
  );
  let total: number | null = null;
  if (!cursor) {
    const count = statement();
    const [c] = await raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM platforms${whereOf(f, count.p)}`,
      count.params,
    );
    total = Number(c?.n);
  }
  return {
    key: rows
      .slice(0, LIMIT)
      .map((r) => r.id)
      .join(),
    total,
  };
}

const countsList = (codes: readonly string[], counts: Map<string, number>) =>
  codes.map((code) => ({ code, count: counts.get(code) ?? 0 }));

/** Every facet in one statement: a GROUP BY per facet, each without its own filter, and the total. */
async function rawFacets(raw: Raw, f: Filter): Promise<Answer> {
  const s = statement();
  const by = (facet: string, column: string, except: Dim) =>
    `SELECT '${facet}' AS facet, ${column} AS code, count(*)::int AS n FROM platforms${whereOf(f, s.p, except)} GROUP BY ${column}`;
  const sql = [
    by("type", "type_code", "type"),
    `SELECT 'category', t.category, count(*)::int FROM (SELECT type_code FROM platforms${whereOf(f, s.p, "category")}) x JOIN platform_types t ON t.code = x.type_code GROUP BY t.category`,
    by("level", "level", "level"),
    by("status", "status", "status"),
    by("district", "district_code", "district"),
    by("zone", "zone_code", "zone"),
    `SELECT 'total', NULL, count(*)::int FROM platforms${whereOf(f, s.p)}`,
  ].join("\nUNION ALL\n");
  const rows = await raw.query<{ facet: string; code: string | null; n: number }>(sql, s.params);
  const maps = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = maps.get(r.facet) ?? new Map<string, number>();
    m.set(r.code ?? "", Number(r.n));
    maps.set(r.facet, m);
  }
  const get = (facet: string) => maps.get(facet) ?? new Map<string, number>();
  const zones = get("zone");
  const answer: PlatformFacets = {
    total: get("total").get("") ?? 0,
    category: countsList(PLATFORM_CATEGORIES, get("category")),
    type: countsList(
      PLATFORM_TYPES.map((t) => t.code),
      get("type"),
    ),
    level: countsList(PLATFORM_LEVELS, get("level")),
    status: countsList(PLATFORM_STATUSES, get("status")),
    district: countsList(
      DISTRICTS.map((d) => d.code),
      get("district"),
    ),
    zone: ZONES.map((z) => ({
      code: z.code,
      count: zoneWithDescendants(z.code).reduce((n, c) => n + (zones.get(c) ?? 0), 0),
    })),
  };
  return { key: JSON.stringify(answer), total: answer.total };
}

async function rawMap(raw: Raw, f: Filter): Promise<Answer> {
  const s = statement();
  const rows = await raw.query<{ code: string; n: number }>(
    `SELECT district_code AS code, count(*)::int AS n FROM platforms${whereOf(f, s.p, "district")} GROUP BY district_code`,
    s.params,
  );
  const counts = new Map(rows.map((r) => [r.code, Number(r.n)]));
  const districts = DISTRICTS.map((d) => ({
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
    count: counts.get(d.code) ?? 0,
  }));
  const answer: PlatformMap = { total: districts.reduce((n, d) => n + d.count, 0), districts };
  return { key: JSON.stringify(answer), total: answer.total };
}

// ---- the product side ----

const viewer = (f: Filter) => viewerOf(f.district ? districtActor(f.district) : systemActor("bench"));

async function productList(db: Database, f: Filter, cursor?: string): Promise<Answer> {
  const q = PlatformListQuerySchema.parse({
    limit: String(LIMIT),
    ...f.params,
    ...(cursor ? { cursor, withTotal: "false" } : {}),
  });
  const page = await listPlatforms(db.db, viewer(f), q);
  return { key: page.rows.map((r) => r.id).join(), total: page.total };
}

async function productFacets(db: Database, f: Filter): Promise<Answer> {
  const answer = await platformFacets(db.db, viewer(f), PlatformFilterQuerySchema.parse(f.params));
  return { key: JSON.stringify(answer), total: answer.total };
}

async function productMap(db: Database, f: Filter): Promise<Answer> {
  const answer = await platformMap(db.db, viewer(f), PlatformFilterQuerySchema.parse(f.params));
  return { key: JSON.stringify(answer), total: answer.total };
}

const idsOf = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id).join();

// ---- timing ----

interface Measure {
  name: string;
  kind: Figures["kind"];
  product: () => Promise<Answer>;
  raw: () => Promise<Answer>;
  /** The same through the API; `idsOf` turns its body into the answer's key. */
  http?: { url: string; keyOf: (body: unknown) => string };
}

export async function benchPlatforms(
  database: Database,
  opts: {
    runs: number;
    warmup: number;
    budgetMs: number;
    http?: { app: FastifyInstance; cookie: string } | undefined;
  },
): Promise<Figures[]> {
  const raw = rawOf(database);
  const [second] = await raw.query<{ name: string; id: string }>(
    `SELECT name, id FROM platforms ORDER BY name, id OFFSET ${LIMIT - 1} LIMIT 1`,
  );
  const cursor = Buffer.from(JSON.stringify([second!.name, second!.id])).toString("base64url");
  const measures: Measure[] = [];
  for (const f of filters()) {
    const query = new URLSearchParams(f.params).toString();
    const viaHttp = !f.district;
    measures.push({
      name: f.name,
      kind: "list",
      product: () => productList(database, f),
      raw: () => rawList(raw, f),
      ...(viaHttp
        ? { http: { url: `/api/platforms?limit=${LIMIT}&withTotal=true&${query}`, keyOf: idsOf } }
        : {}),
    });
    if (f.name === "all")
      measures.push({
        name: "all, keyset page 2 (no total)",
        kind: "list",
        product: () => productList(database, f, cursor),
        raw: () => rawList(raw, f, second),
      });
    measures.push({
      name: f.name,
      kind: "facets",
      product: () => productFacets(database, f),
      raw: () => rawFacets(raw, f),
      ...(viaHttp ? { http: { url: `/api/platforms/facets?${query}`, keyOf: JSON.stringify } } : {}),
    });
    measures.push({
      name: f.name,
      kind: "map",
      product: () => productMap(database, f),
      raw: () => rawMap(raw, f),
      ...(viaHttp ? { http: { url: `/api/platforms/map?${query}`, keyOf: JSON.stringify } } : {}),
    });
  }

  const out: Figures[] = [];
  for (const m of measures) {
    const figures: Figures = {
      name: m.name,
      kind: m.kind,
      ...(await measure(
        {
          product: m.product,
          raw: m.raw,
          http: opts.http && m.http ? httpGet(opts.http.app, m.http.url, opts.http.cookie) : null,
        },
        {
          ...opts,
          disagree: (mine, theirs) =>
            log(
              `  ! ${m.kind} ${m.name}: product and raw SQL disagree (totals ${mine.total}/${theirs.total})`,
            ),
        },
      )),
    };
    log(
      `  ${m.kind} ${m.name}: product p50 ${figures.product.p50} / p95 ${figures.product.p95} ms, raw p50 ${figures.raw.p50} / p95 ${figures.raw.p95} ms (${figures.ratio}× / ${figures.ratioP95}×)`,
    );
    out.push(figures);
  }
  return out;
}
