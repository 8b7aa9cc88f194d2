import { interpolate } from "@rdcity/common";
import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { shanghaiDate } from "../calendar/index.js";
import type { Executor } from "../db/client.js";
import type { ProcessDefinition } from "./definition.js";
import type { CertificateRow, InstanceRow } from "./registry.js";
import { workflowCertificates } from "./schema.js";

const SERIES_LOCK = 727_101;

/**
 * Issues the next number of the definition's series for the Shanghai year of `now`
 * (e.g. 长科研认〔2026〕0007号). Writers of one series are serialised by an advisory lock, so numbers have no
 * gaps or duplicates; the unique index is the backstop.
 */
export async function issueCertificate(
  tx: Executor,
  actor: Actor,
  def: ProcessDefinition,
  instance: InstanceRow,
  now: Date,
): Promise<CertificateRow> {
  const spec = def.certificate!;
  const issuedOn = shanghaiDate(now);
  const year = Number(issuedOn.slice(0, 4));
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SERIES_LOCK}, hashtext(${spec.series}))`);
  const [last] = await tx
    .select({ seq: max(workflowCertificates.seq) })
    .from(workflowCertificates)
    .where(and(eq(workflowCertificates.series, spec.series), eq(workflowCertificates.year, year)));
  const seq = (last?.seq ?? 0) + 1;
  const number = interpolate(spec.format, {
    series: spec.series,
    year,
    seq: String(seq).padStart(spec.digits, "0"),
  });
  const [certificate] = await tx
    .insert(workflowCertificates)
    .values({
      instanceId: instance.id,
      processKey: def.key,
      series: spec.series,
      year,
      seq,
      number,
      issuedOn,
      issuedAt: now,
      issuedBy: actor.username,
      subjectType: instance.subjectType,
      subjectId: instance.subjectId,
    })
    .returning();
  return certificate!;
}

/** What a public verification page may show about a certificate number (null when unknown). */
export async function verifyCertificate(db: Executor, number: string) {
  const [row] = await db
    .select()
    .from(workflowCertificates)
    .where(eq(workflowCertificates.number, number.trim()))
    .limit(1);
  if (!row) return null;
  return {
    number: row.number,
    issuedOn: row.issuedOn,
    processKey: row.processKey,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    valid: row.revokedAt === null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Revokes the valid certificates issued on a subject (a platform whose recognition is revoked); they then
 * verify as revoked with the date. Returns the numbers revoked.
 */
export async function revokeCertificates(
  tx: Executor,
  subject: { type: string; id: string },
  at: Date,
): Promise<string[]> {
  const rows = await tx
    .update(workflowCertificates)
    .set({ revokedAt: at })
    .where(
      and(
        eq(workflowCertificates.subjectType, subject.type),
        eq(workflowCertificates.subjectId, subject.id),
        isNull(workflowCertificates.revokedAt),
      ),
    )
    .returning({ number: workflowCertificates.number });
  return rows.map((r) => r.number);
}
