import { z } from "zod";

/** What a submission must carry (the instance data; the draft may be edited before it). */
export const ProgressFields = z.object({
  percent: z.number().int().min(0).max(100),
  summary: z.string().trim().min(5).max(5000),
  indicatorCodes: z.array(z.string().max(100)).max(20).optional(),
});
