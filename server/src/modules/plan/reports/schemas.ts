import { UnitSchema } from "@rdcity/common";
import { z } from "zod";

const Label = z.object({ zh: z.string(), en: z.string() });

/** A quarterly progress report as the API returns it. */
export const ProgressReportSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  taskCode: z.string(),
  unit: UnitSchema,
  period: z.string(),
  percent: z.number().int(),
  summary: z.string(),
  indicatorCodes: z.array(z.string()),
  status: z.enum(["draft", "submitted", "returned", "accepted"]),
  statusLabel: Label,
  /** The workflow instance: evidence, submission and review go through /api/workflow/instances/:id. */
  instanceId: z.string().nullable(),
  /** When the period's report is due (15 days after the quarter) and whether it was submitted after that. */
  due: z.string(),
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export const ProgressReportListSchema = z.array(ProgressReportSchema);
