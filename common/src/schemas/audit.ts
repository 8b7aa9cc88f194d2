import { z } from "zod";
import { isoDateSchema, pageLimitSchema, pageOf } from "./shared.js";

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  purpose: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z
  .object({
    actor: z.string().max(64).optional(),
    action: z.string().max(64).optional(),
    targetType: z.string().max(64).optional(),
    targetId: z.string().max(64).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limit: pageLimitSchema,
    cursor: z.string().max(50).optional(),
  })
  .strict();
export const AuditPageSchema = pageOf(AuditEntrySchema);

export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().nullable(),
  problem: z.string().nullable(),
});
