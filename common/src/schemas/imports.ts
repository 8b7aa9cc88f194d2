import { z } from "zod";

export const IMPORT_KINDS = ["entities", "platforms", "plan_observations"] as const;
export const ImportKindSchema = z.enum(IMPORT_KINDS);

export const ImportRowErrorSchema = z.object({
  row: z.number().int().meta({ description: "Spreadsheet row number; the header is row 1" }),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportResultSchema = z.object({
  id: z.string().uuid(),
  kind: ImportKindSchema,
  dryRun: z.boolean(),
  status: z.enum(["validated", "failed", "committed"]),
  fileName: z.string(),
  encoding: z.string().nullable(),
  totalRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  duplicatesFlagged: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  warnings: z.array(ImportRowErrorSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportProgressSchema = z.object({
  id: z.string().uuid(),
  phase: z.enum(["parsing", "validating", "writing", "done", "failed"]),
  processed: z.number().int(),
  total: z.number().int(),
});
