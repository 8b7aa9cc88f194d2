import { UnitSchema } from "@rdcity/common";
import { z } from "zod";

const Label = z.object({ zh: z.string(), en: z.string() });

/** A supervision notice (督办) as the API returns it. */
export const SupervisionNoticeSchema = z.object({
  id: z.string(),
  number: z.string(),
  task: z.object({ id: z.string(), code: z.string(), title: Label }),
  unit: UnitSchema,
  reason: z.string(),
  responseDue: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  status: z.enum(["issued", "replied", "closed"]),
  statusLabel: Label,
  /** Replied after the due date. */
  late: z.boolean(),
  /** Not replied and the due date has passed. */
  overdue: z.boolean(),
  /** Reply, close and return go through /api/workflow/instances/:instanceId/transitions. */
  instanceId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type SupervisionNotice = z.infer<typeof SupervisionNoticeSchema>;

export const SupervisionListSchema = z.array(SupervisionNoticeSchema);

export const SupervisionQuerySchema = z
  .object({
    status: z.enum(["issued", "replied", "closed"]).optional(),
    taskId: z.string().uuid().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type SupervisionQuery = z.infer<typeof SupervisionQuerySchema>;
