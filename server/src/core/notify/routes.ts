import {
  NotificationListQuerySchema,
  NotificationPageSchema,
  NotificationSchema,
  ReadAllResultSchema,
  UnreadCountSchema,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../http/auth-hooks.js";
import { listNotifications, markAllRead, markRead, unreadCount } from "./inbox.js";

const IdParams = z.object({ id: z.string().uuid() }).strict();

/** The signed-in person's notifications; every route reads and writes the caller's own only. */
export async function notifyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ["notifications"];

  app.get(
    "/api/notifications",
    {
      schema: {
        tags,
        summary: "Own notifications, newest first",
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationPageSchema },
      },
    },
    async (request) => listNotifications(app.db, actorOf(request), request.query, request.lang),
  );

  app.get(
    "/api/notifications/unread-count",
    {
      // Polled by the bell every minute: it must not keep an unattended session alive.
      config: { passive: true },
      schema: {
        tags,
        summary: "How many own notifications are unread",
        response: { 200: UnreadCountSchema },
      },
    },
    async (request) => ({ count: await unreadCount(app.db, actorOf(request)) }),
  );

  app.post(
    "/api/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark one own notification read",
        params: IdParams,
        response: { 200: NotificationSchema },
      },
    },
    async (request) => markRead(app.db, actorOf(request), request.params.id, request.lang),
  );

  app.post(
    "/api/notifications/read-all",
    { schema: { tags, summary: "Mark all own notifications read", response: { 200: ReadAllResultSchema } } },
    async (request) => ({ updated: await markAllRead(app.db, actorOf(request)) }),
  );
}
