import { like, sql } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { planSupervisionNotices as n } from "../schema.js";

const NUMBER_LOCK = 727_201;

export const noticeNumber = (year: number, seq: number) => `督办〔${year}〕${seq}号`;

/**
 * The next notice number of a year (督办〔2026〕1号, 2号 …), inside the caller's transaction. Issuers of one
 * year are serialised by a transaction-scoped advisory lock held until the notice is written, so numbers have
 * no gaps or duplicates; the unique index on the number is the backstop.
 */
export async function nextNoticeNumber(tx: Executor, year: number): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${NUMBER_LOCK}::int, ${year}::int)`);
  const [row] = await tx
    .select({ last: sql<number | null>`max((substring(${n.number} from '〕([0-9]+)号$'))::int)` })
    .from(n)
    .where(like(n.number, `督办〔${year}〕%`));
  return noticeNumber(year, Number(row?.last ?? 0) + 1);
}
