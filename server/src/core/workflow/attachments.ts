import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isOfficial, isUuid, loadInstance, mayAct } from "./access.js";
import { type ProcessDefinition, transitionsFrom } from "./definition.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { writeEvent } from "./history.js";
import { AttachmentInput } from "./inputs.js";
import { kindLabel, pair, rolesLabel, sizeText } from "./labels.js";
import { workflowAttachmentBlobs, workflowAttachments } from "./schema.js";

/*
 * Storage decision: the bytes live in the database (workflow_attachment_blobs, bytea), not in files under the
 * data directory. One write is then one transaction (no orphan files, no metadata without bytes), backups and
 * restores of the database carry the attachments, and API processes stay stateless behind a load balancer
 * (ARCHITECTURE: scale-out on one PostgreSQL) without a shared file system. Sizes are bounded per definition
 * (20 MB by default); `storage_key` ("db:<blob id>") leaves room for an object store later.
 */

/** Leading bytes of the types we can verify; a declared type with a known signature must match it. */
const SIGNATURES: Record<string, number[][]> = {
  "application/pdf": [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  "image/png": [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
  "application/zip": [[0x50, 0x4b, 0x03, 0x04]],
  "application/ofd": [[0x50, 0x4b, 0x03, 0x04]],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [[0x50, 0x4b, 0x03, 0x04]],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [[0x50, 0x4b, 0x03, 0x04]],
  "application/msword": [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  "application/vnd.ms-excel": [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
};

export function contentMatches(contentType: string, bytes: Uint8Array): boolean {
  if (contentType.startsWith("text/")) return !bytes.subarray(0, 8192).includes(0);
  const signatures = SIGNATURES[contentType];
  if (!signatures) return true;
  return signatures.some((sig) => sig.every((b, i) => bytes[i] === b));
}

function limitsOf(def: ProcessDefinition, kind: string) {
  const spec = def.attachments.kinds[kind];
  if (!spec) throw new AppError("attachment_kind_unknown", { kind });
  return {
    contentTypes: spec.contentTypes ?? def.attachments.contentTypes,
    maxBytes: spec.maxBytes ?? def.attachments.maxBytes,
    internal: spec.internal,
  };
}

const present = (row: typeof workflowAttachments.$inferSelect) => ({
  id: row.id,
  kind: row.kind,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  state: row.state,
  uploadedAt: row.uploadedAt.toISOString(),
  uploadedByName: row.uploadedByName,
});
export type WorkflowAttachment = ReturnType<typeof present>;

/**
 * Adds a file to an open instance. Whoever may act in the current state may upload (the applicant for its
 * materials, officials for their reports). Kind, content type (declared and verified against the file's
 * leading bytes where known) and size are checked against the definition.
 */
export async function addAttachment(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: AttachmentInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowAttachment> {
  const parsed = AttachmentInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const { def, instance } = await loadInstance(tx, actor, instanceId, { forUpdate: true });
    const roles = transitionsFrom(def, instance.state).flatMap((t) => t.roles);
    if (instance.closedAt || !mayAct(actor, instance, roles)) {
      throw new AppError("transition_role", {
        action: "attach",
        ...pair("action", { zh: "上传附件", en: "Uploading attachments" }),
        ...pair("roles", rolesLabel(roles.length ? [...new Set(roles)] : ["system"])),
      });
    }
    const limits = limitsOf(def, parsed.kind);
    const kind = pair("kind", kindLabel(def, parsed.kind));
    const contentType = parsed.contentType.split(";")[0]!.trim();
    if (!limits.contentTypes.includes(contentType) || !contentMatches(contentType, parsed.bytes)) {
      throw new AppError("attachment_type", {
        ...kind,
        contentType,
        allowed: limits.contentTypes.join(", "),
      });
    }
    if (parsed.bytes.byteLength > limits.maxBytes) {
      throw new AppError("attachment_too_large", {
        ...kind,
        size: sizeText(parsed.bytes.byteLength),
        limit: sizeText(limits.maxBytes),
      });
    }
    if (parsed.bytes.byteLength === 0) throw new AppError("file_empty");
    const bytes = Buffer.from(parsed.bytes.buffer, parsed.bytes.byteOffset, parsed.bytes.byteLength);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const [blob] = await tx
      .insert(workflowAttachmentBlobs)
      .values({ content: bytes })
      .returning({ id: workflowAttachmentBlobs.id });
    const [row] = await tx
      .insert(workflowAttachments)
      .values({
        instanceId,
        kind: parsed.kind,
        fileName: parsed.fileName,
        contentType,
        sizeBytes: bytes.byteLength,
        sha256,
        storageKey: `db:${blob!.id}`,
        state: instance.state,
        uploadedAt: now,
        uploadedById: actor.userId,
        uploadedByName: actor.username,
      })
      .returning();
    const meta = present(row!);
    await writeEvent(tx, actor, instance, now, "attach", {
      attachment: { id: meta.id, kind: meta.kind, fileName: meta.fileName },
    });
    await recordAudit(tx, actor, {
      action: "workflow.attach",
      targetType: "workflow_instance",
      targetId: instanceId,
      after: { ...meta },
    });
    return meta;
  });
}

/** Attachments the actor may see (internal kinds only for officials). */
export async function listAttachments(
  db: Executor,
  actor: Actor,
  instanceId: string,
): Promise<WorkflowAttachment[]> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const official = isOfficial(actor, def, instance);
  const rows = await db
    .select()
    .from(workflowAttachments)
    .where(eq(workflowAttachments.instanceId, instanceId))
    .orderBy(asc(workflowAttachments.uploadedAt), asc(workflowAttachments.id));
  return rows.filter((r) => official || !def.attachments.kinds[r.kind]?.internal).map(present);
}

/**
 * An attachment's metadata and bytes, after the same access check as its instance (404 otherwise, so that
 * ids reveal nothing). Routes must serve files only through this function.
 */
export async function readAttachment(
  db: Executor,
  actor: Actor,
  attachmentId: string,
): Promise<{ meta: WorkflowAttachment; bytes: Buffer }> {
  if (!isUuid(attachmentId)) throw new AppError("not_found");
  const [row] = await db.select().from(workflowAttachments).where(eq(workflowAttachments.id, attachmentId));
  if (!row) throw new AppError("not_found");
  const { def, instance } = await loadInstance(db, actor, row.instanceId);
  if (def.attachments.kinds[row.kind]?.internal && !isOfficial(actor, def, instance))
    throw new AppError("not_found");
  const blobId = row.storageKey.replace(/^db:/, "");
  const [blob] = await db
    .select()
    .from(workflowAttachmentBlobs)
    .where(and(eq(workflowAttachmentBlobs.id, blobId)));
  if (!blob) throw new Error(`attachment ${attachmentId}: blob ${row.storageKey} is missing`);
  return { meta: present(row), bytes: blob.content };
}
