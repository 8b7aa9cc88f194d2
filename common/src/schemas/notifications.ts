import { z } from "zod";
import { pageOf, queryBoolean } from "./shared.js";

/** A notification as its recipient reads it: texts in the reader's language. */
export const NotificationSchema = z.object({
  id: z.string().uuid(),
  kind: z.string().meta({ description: "workflow.action_needed, workflow.outcome, workflow.due, …" }),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().meta({ description: "In-app path to follow, e.g. /console/workflow/<id>" }),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = z
  .object({
    unread: queryBoolean.meta({ description: "true: unread only" }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z
      .string()
      .max(80)
      .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/i)
      .optional(),
  })
  .strict();
export type NotificationListQuery = z.input<typeof NotificationListQuerySchema>;

export const NotificationPageSchema = pageOf(NotificationSchema).extend({
  unread: z.number().int().meta({ description: "How many of the caller's notifications are unread" }),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const UnreadCountSchema = z.object({ count: z.number().int() });
export const ReadAllResultSchema = z.object({ updated: z.number().int() });
