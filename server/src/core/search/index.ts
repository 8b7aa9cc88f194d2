import { type Column, type SQL, sql } from "drizzle-orm";
import { indexWords, queryWords, warmSegmenter } from "./segment.js";

export { indexWords, queryWords, warmSegmenter };

/** `to_tsvector('simple', words)` for an insert or update. */
export function searchVectorOf(...texts: (string | null | undefined)[]): SQL {
  return sql`to_tsvector('simple', ${indexWords(...texts)})`;
}

export interface TextMatch {
  where: SQL;
  rank: SQL;
}

/**
 * Full-text (jieba words, AND) OR a substring/fuzzy match on the name (pg_trgm serves ILIKE for 3+ characters).
 * The rank combines both, so exact word hits come first and typos still surface.
 */
export function textMatch(q: string, vector: Column, name: Column): TextMatch {
  const words = queryWords(q);
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const tsq = words.length ? sql`plainto_tsquery('simple', ${words.join(" ")})` : null;
  const fuzzy = q.length >= 3 ? sql` OR ${name} % ${q}` : sql``;
  const where = tsq
    ? sql`(${vector} @@ ${tsq} OR ${name} ILIKE ${like}${fuzzy})`
    : sql`(${name} ILIKE ${like}${fuzzy})`;
  const rank = tsq
    ? sql`(ts_rank(${vector}, ${tsq}) + similarity(${name}, ${q}) + CASE WHEN ${name} ILIKE ${like} THEN 1 ELSE 0 END)`
    : sql`(similarity(${name}, ${q}) + CASE WHEN ${name} ILIKE ${like} THEN 1 ELSE 0 END)`;
  return { where, rank };
}
