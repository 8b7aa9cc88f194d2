import type { NotificationItem, NotificationPage } from "@rdcity/common";
import { api } from "../../../app/api/client";

export const fetchNotifications = (
  query: { unread?: boolean; limit?: number; cursor?: string },
  signal?: AbortSignal,
) =>
  api<NotificationPage>("/api/notifications", {
    query: { unread: query.unread ? "true" : undefined, limit: query.limit, cursor: query.cursor },
    signal,
  });

/** A background poll: it does not count as activity (neither here nor for the server's idle timeout). */
export const fetchUnreadCount = (signal?: AbortSignal) =>
  api<{ count: number }>("/api/notifications/unread-count", { signal, background: true });

export const markNotificationRead = (id: string) =>
  api<NotificationItem>(`/api/notifications/${id}/read`, { method: "POST" });

export const markAllNotificationsRead = () =>
  api<{ updated: number }>("/api/notifications/read-all", { method: "POST" });
