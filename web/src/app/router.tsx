import { lazy, Suspense } from "react";
import { createBrowserRouter, Navigate, Outlet } from "react-router";
import { adminRoutes } from "../modules/admin";
import { auditRoutes } from "../modules/audit";
import { authRoutes } from "../modules/auth";
import { cultivationRoutes } from "../modules/cultivation";
import { notificationRoutes } from "../modules/notifications";
import { PublicPlanPage, planRoutes } from "../modules/plan";
import { PublicPlatformsPage, platformRoutes } from "../modules/platforms";
import { profileRoutes } from "../modules/profile";
import { registryRoutes } from "../modules/registry";
import { reportRoutes } from "../modules/reports";
import { verifyRoutes } from "../modules/verify";
import { PublicNoticesPage, workflowRoutes } from "../modules/workflow";
import { AuthProvider } from "./auth/AuthProvider";
import { RequireAuth } from "./auth/guards";
import { PageLoading } from "./components/PageLoading";
import { ConsoleHome } from "./layout/ConsoleHome";
import { NotFound } from "./layout/NotFound";

const ConsoleLayout = lazy(() =>
  import("./layout/ConsoleLayout").then((m) => ({ default: m.ConsoleLayout })),
);

/**
 * `/` is kept for the public portal (later); the admin console lives under `/console`, sign-in at `/login`.
 * Each module contributes its routes; its pages load on demand, one chunk per module.
 */
export const router = createBrowserRouter([
  // Public pages: outside the session (no AuthProvider, no console code).
  {
    path: "/public/platforms",
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <PublicPlatformsPage />
      </Suspense>
    ),
  },
  {
    path: "/public/notices",
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <PublicNoticesPage />
      </Suspense>
    ),
  },
  {
    path: "/public/plan",
    element: (
      <Suspense fallback={<PageLoading fullScreen />}>
        <PublicPlanPage />
      </Suspense>
    ),
  },
  ...verifyRoutes,
  {
    element: (
      <AuthProvider>
        <Suspense fallback={<PageLoading fullScreen />}>
          <Outlet />
        </Suspense>
      </AuthProvider>
    ),
    children: [
      { path: "/", element: <Navigate to="/console" replace /> },
      ...authRoutes,
      {
        path: "/console",
        element: (
          <RequireAuth>
            <ConsoleLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <ConsoleHome /> },
          ...registryRoutes,
          ...platformRoutes,
          ...reportRoutes,
          ...planRoutes,
          ...cultivationRoutes,
          ...auditRoutes,
          ...adminRoutes,
          ...profileRoutes,
          ...notificationRoutes,
          ...workflowRoutes,
          { path: "*", element: <NotFound /> },
        ],
      },
      { path: "*", element: <NotFound standalone /> },
    ],
  },
]);
