import { z } from "zod";

const Label = z.object({ zh: z.string(), en: z.string() });

export const ChangeStatusSchema = z.enum(["proposed", "approved", "rejected", "withdrawn"]);

/** A change request as the API returns it. */
export const ChangeRequestSchema = z.object({
  id: z.string(),
  plan: z.string(),
  recordType: z.enum(["target", "task"]),
  recordId: z.string(),
  code: z.string(),
  title: Label,
  /** The version it was proposed against, and the record's version now. */
  baseVersion: z.number().int(),
  currentVersion: z.number().int(),
  /** The fields it changes, in the request's terms (units by code). */
  proposed: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: ChangeStatusSchema,
  statusLabel: Label,
  /** Approval, rejection and withdrawal go through /api/workflow/instances/:instanceId/transitions. */
  instanceId: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;

export const ChangeListQuerySchema = z
  .object({
    status: ChangeStatusSchema.optional(),
    recordType: z.enum(["target", "task"]).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type ChangeListQuery = z.infer<typeof ChangeListQuerySchema>;
