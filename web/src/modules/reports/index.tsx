import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const pages = () => import("./pages");
const ReportListPage = lazy(() => pages().then((m) => ({ default: m.ReportListPage })));
const ReportPage = lazy(() => pages().then((m) => ({ default: m.ReportPage })));

/** Annual reports of platforms (年报): the review list and one report. */
export const reportRoutes: RouteObject[] = [
  {
    path: "reports",
    element: (
      <RequirePermission permission="report.read">
        <ReportListPage />
      </RequirePermission>
    ),
  },
  {
    path: "reports/:id",
    element: (
      <RequirePermission permission="report.read">
        <ReportPage />
      </RequirePermission>
    ),
  },
];

/** The "annual reports" tab of a platform's page (loaded with the reports module's code). */
export const PlatformReportsTab = lazy(() =>
  import("./components/PlatformReportsTab").then((m) => ({ default: m.PlatformReportsTab })),
);
