import { lazy } from "react";
import type { RouteObject } from "react-router";

export { NotificationBell } from "./components/NotificationBell";

const NotificationsPage = lazy(() => import("./pages").then((m) => ({ default: m.NotificationsPage })));

/** Everyone's own notifications (no permission needed: each person sees only their own). */
export const notificationRoutes: RouteObject[] = [{ path: "notifications", element: <NotificationsPage /> }];
