import type { Permission } from "@rdcity/common";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const pages = () => import("./pages");
const PlanDashboardPage = lazy(() => pages().then((m) => ({ default: m.PlanDashboardPage })));
const PlanImportPage = lazy(() => pages().then((m) => ({ default: m.PlanImportPage })));
const TargetPage = lazy(() => pages().then((m) => ({ default: m.TargetPage })));
const TaskListPage = lazy(() => pages().then((m) => ({ default: m.TaskListPage })));
const TaskPage = lazy(() => pages().then((m) => ({ default: m.TaskPage })));

function guarded(
  path: string,
  permission: Permission,
  Page: LazyExoticComponent<ComponentType>,
): RouteObject {
  return {
    path,
    element: (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    ),
  };
}

/** The plan (规划实施): the leadership dashboard, a target, the task list and a task, the import of figures. */
export const planRoutes: RouteObject[] = [
  guarded("plan", "plan.read", PlanDashboardPage),
  guarded("plan/targets/:code", "plan.read", TargetPage),
  guarded("plan/tasks", "plan.read", TaskListPage),
  guarded("plan/tasks/:id", "plan.read", TaskPage),
  guarded("plan/import", "plan.manage", PlanImportPage),
];

/**
 * The plan's progress for citizens (no sign-in): its own chunk outside the console and its session, mounted
 * beside the authenticated tree like the public directory.
 */
export const PublicPlanPage = lazy(() =>
  import("./public/PublicPlanPage").then((m) => ({ default: m.PublicPlanPage })),
);
