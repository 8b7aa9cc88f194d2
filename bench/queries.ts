/**
 * 2. List + filter + search on the imported entities: each representative query through the product's path
 * (`listEntities`: drizzle, scope filter, keyset cursor, total) against hand-written SQL through the driver that
 * returns the same rows, and optionally through HTTP (`app.inject`, with presenters and serialisation).
 */
import { type EntityListQuery, EntityListQuerySchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import { type Actor, systemActor, userActor } from "../server/src/core/actor.js";
import type { Database } from "../server/src/core/db/client.js";
import { queryWords } from "../server/src/core/search/index.js";
import { listEntities } from "../server/src/modules/registry/repo.js";
import { type Raw, rawOf } from "./lib/engines.js";
import { type Spread, timeSides } from "./lib/measure.js";
import { log } from "./lib/stats.js";

const LIMIT = 50; // the web list's page size
const SLOW_MS = 250;

interface Case {
  name: string;
  /** The query as the API receives it (query-string values). */
  params: Record<string, string>;
  actor?: Actor;
  /** The same query by hand: the page (LIMIT + 1 rows, as the product fetches) and the count, if any. */
  sql: { page: [string, unknown[]]; count?: [string, unknown[]] };
}

export interface QueryFigures {
  name: string;
  /** Timed runs of each path (after warm-up). */
  runs: number;
  rows: number;
  total: number | null;
  sameRows: boolean;
  product: Spread;
  raw: Spread;
  http?: Spread;
  /** product p50 ÷ raw p50 (aim ≤ 1.5). */
  ratio: number;
}

const district = (code: string): Actor =>
  userActor(
    {
      id: "00000000-0000-4000-8000-000000000001",
      username: "bench-district",
      role: "district",
      areaCode: code,
      orgId: null,
    },
    null,
    "session",
  );

/** The search part of the list query, written out as the product builds it (core/search textMatch). */
function searchSql(q: string, first: number) {
  const words = queryWords(q).join(" ");
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [w, l, s] = [`$${first}`, `$${first + 1}`, `$${first + 2}`];
  const fuzzy = q.length >= 3 ? ` OR name % ${s}` : "";
  const where = words
    ? `(search_vector @@ plainto_tsquery('simple', ${w}) OR name ILIKE ${l}${fuzzy} OR ${s} = ANY(former_names))`
    : `(name ILIKE ${l}${fuzzy} OR ${s} = ANY(former_names))`;
  const rank = words
    ? `round((ts_rank(search_vector, plainto_tsquery('simple', ${w})) + similarity(name, ${s}) + CASE WHEN name ILIKE ${l} THEN 1 ELSE 0 END)::numeric, 6)`
    : `round((similarity(name, ${s}) + CASE WHEN name ILIKE ${l} THEN 1 ELSE 0 END)::numeric, 6)`;
  return { where, rank, params: [words, like, q] };
}

function searchCase(name: string, q: string): Case {
  const s = searchSql(q, 1);
  return {
    name,
    params: { q },
    sql: {
      page: [
        `SELECT * FROM entities WHERE ${s.where} ORDER BY ${s.rank} DESC, id DESC LIMIT ${LIMIT + 1}`,
        s.params,
      ],
      count: [`SELECT count(*)::int AS n FROM entities WHERE ${s.where}`, s.params],
    },
  };
}

/** The representative queries. `sample` is a generated name to search for (its trade name, and with a typo). */
function cases(sample: string, page2: { name: string; id: string }): Case[] {
  // What people type: the trade name and the next word ("湖南合澜数控机床有限公司" → "合澜数控").
  const trade = sample
    .replace(/（[^）]*）|\([^)]*\)/g, "")
    .replace(/^(湖南省?|长沙市?)+/, "")
    .slice(0, 4);
  const typo = `${sample.slice(0, 3)}${sample[3] === "科" ? "技" : "科"}${sample.slice(4)}`;
  const all = "SELECT count(*)::int AS n FROM entities";
  return [
    {
      name: "all, first page + total",
      params: {},
      sql: { page: [`SELECT * FROM entities ORDER BY name, id LIMIT ${LIMIT + 1}`, []], count: [all, []] },
    },
    {
      name: "district 岳麓区 + total",
      params: { districtCode: "430104" },
      sql: {
        page: [
          `SELECT * FROM entities WHERE district_code = $1 ORDER BY name, id LIMIT ${LIMIT + 1}`,
          ["430104"],
        ],
        count: [`${all} WHERE district_code = $1`, ["430104"]],
      },
    },
    {
      name: "industry + high-tech + total",
      params: { industry: "intelligent-equipment,digital", isHighTech: "true" },
      sql: {
        page: [
          `SELECT * FROM entities WHERE industries && $1 AND is_high_tech = true ORDER BY name, id LIMIT ${LIMIT + 1}`,
          [["intelligent-equipment", "digital"]],
        ],
        count: [
          `${all} WHERE industries && $1 AND is_high_tech = true`,
          [["intelligent-equipment", "digital"]],
        ],
      },
    },
    {
      name: "keyset page 2 (no total)",
      params: {
        cursor: Buffer.from(JSON.stringify([page2.name, page2.id])).toString("base64url"),
        withTotal: "false",
      },
      sql: {
        page: [
          `SELECT * FROM entities WHERE (name, id) > ($1, $2) ORDER BY name, id LIMIT ${LIMIT + 1}`,
          [page2.name, page2.id],
        ],
      },
    },
    searchCase("word search 智能 + total", "智能"),
    searchCase(`trade name ${trade} + total`, trade),
    searchCase(`fuzzy (typo) ${typo}`, typo),
    {
      name: "newest first (-updatedAt) + total",
      params: { sort: "-updatedAt" },
      sql: {
        page: [`SELECT * FROM entities ORDER BY updated_at DESC, id DESC LIMIT ${LIMIT + 1}`, []],
        count: [all, []],
      },
    },
    {
      name: "district user's own list + total",
      params: {},
      actor: district("430104"),
      sql: {
        page: [
          `SELECT * FROM entities WHERE district_code = $1 ORDER BY name, id LIMIT ${LIMIT + 1}`,
          ["430104"],
        ],
        count: [`${all} WHERE district_code = $1`, ["430104"]],
      },
    },
  ];
}

async function runRaw(raw: Raw, c: Case): Promise<{ ids: string[]; total: number | null }> {
  const page = await raw.query<{ id: string }>(...c.sql.page);
  let total: number | null = null;
  if (c.sql.count) total = Number((await raw.query<{ n: number }>(...c.sql.count))[0]?.n);
  return { ids: page.slice(0, LIMIT).map((r) => r.id), total };
}

async function runProduct(database: Database, c: Case): Promise<{ ids: string[]; total: number | null }> {
  const q: EntityListQuery = EntityListQuerySchema.parse({ limit: String(LIMIT), ...c.params });
  const page = await listEntities(database.db, c.actor ?? systemActor("bench"), q);
  return { ids: page.rows.map((r) => r.id), total: page.total };
}

async function measured<T>(fn: () => Promise<T>): Promise<T & { ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { ...value, ms: performance.now() - start };
}

export async function benchQueries(
  database: Database,
  opts: {
    runs: number;
    warmup: number;
    /** Time allowed per query (all paths): slow queries get fewer runs, but at least 5. */
    budgetMs: number;
    sample: string;
    http?: { app: FastifyInstance; cookie: string } | undefined;
  },
): Promise<QueryFigures[]> {
  const raw = rawOf(database);
  await raw.query("ANALYZE entities");
  const [first] = await raw.query<{ name: string; id: string }>(
    `SELECT name, id FROM entities ORDER BY name, id OFFSET ${LIMIT - 1} LIMIT 1`,
  );
  const out: QueryFigures[] = [];
  for (const c of cases(opts.sample, first!)) {
    const mine = await measured(() => runProduct(database, c));
    const theirs = await measured(() => runRaw(raw, c));
    const sameRows = mine.ids.join() === theirs.ids.join() && mine.total === theirs.total;
    if (!sameRows)
      log(`  ! ${c.name}: product and raw SQL disagree (${mine.ids.length}/${theirs.ids.length} rows)`);
    const http = opts.http;
    // The HTTP session is the admin's: the district user's case runs in-process only. Slow queries are not
    // timed through HTTP either: the API's few milliseconds are lost in their noise, and it saves minutes.
    const viaHttp =
      http && !c.actor && mine.ms < SLOW_MS
        ? () =>
            http.app.inject({
              method: "GET",
              url: `/api/entities?${new URLSearchParams({ limit: String(LIMIT), ...c.params })}`,
              headers: { cookie: http.cookie },
            })
        : null;
    let once = performance.now();
    if (viaHttp) {
      const res = await viaHttp();
      const body = res.json() as { items: { id: string }[] };
      if (res.statusCode !== 200 || body.items.map((i) => i.id).join() !== mine.ids.join())
        log(`  ! ${c.name}: HTTP answered ${res.statusCode} with other rows`);
    }
    once = performance.now() - once + (mine.ms + theirs.ms);
    const t = await timeSides(
      { product: () => runProduct(database, c), raw: () => runRaw(raw, c), http: viaHttp },
      opts,
      once,
    );
    const figures: QueryFigures = {
      name: c.name,
      runs: t.runs,
      rows: mine.ids.length,
      total: mine.total,
      sameRows,
      product: t.product,
      raw: t.raw,
      ...(t.http ? { http: t.http } : {}),
      ratio: t.ratio,
    };
    log(`  ${c.name}: product p50 ${figures.product.p50} ms, raw p50 ${figures.raw.p50} ms`);
    out.push(figures);
  }
  return out;
}
