import { eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isUuid, loadInstance } from "./access.js";
import { type CertificateRow, findProcess, type InstanceRow, type RegisteredProcess } from "./registry.js";
import { workflowCertificates, workflowInstances } from "./schema.js";

/** A certificate with the instance that issued it and that instance's process (undefined if no longer registered). */
export interface CertificateRecord {
  certificate: CertificateRow;
  instance: InstanceRow;
  process: RegisteredProcess | undefined;
}

/**
 * A certificate by its number, for public verification: no access check (the number is printed on the
 * certificate and the verification page shows only what the process's describeCertificate calls public).
 * Null when no certificate has this number.
 */
export async function certificateByNumber(ex: Executor, number: string): Promise<CertificateRecord | null> {
  const [row] = await ex
    .select({ certificate: workflowCertificates, instance: workflowInstances })
    .from(workflowCertificates)
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowCertificates.instanceId))
    .where(eq(workflowCertificates.number, number.trim()))
    .limit(1);
  if (!row) return null;
  return {
    ...row,
    process: findProcess(row.instance.processKey, row.instance.processVersion),
  };
}

/**
 * A certificate the actor may read: whoever may read the instance that issued it (its owner, the officials
 * in scope, its drawn experts). Otherwise, and for an unknown id, 404 not_found (no existence leak).
 */
export async function readableCertificate(
  ex: Executor,
  actor: Actor,
  certificateId: string,
): Promise<CertificateRecord> {
  if (!isUuid(certificateId)) throw new AppError("not_found");
  const [certificate] = await ex
    .select()
    .from(workflowCertificates)
    .where(eq(workflowCertificates.id, certificateId))
    .limit(1);
  if (!certificate) throw new AppError("not_found");
  const { instance, def, hooks, source } = await loadInstance(ex, actor, certificate.instanceId);
  return { certificate, instance, process: { def, hooks, source } };
}
