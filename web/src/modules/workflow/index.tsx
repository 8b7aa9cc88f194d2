import type { Role } from "@rdcity/common";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "./components/RequireRole";

const pages = () => import("./pages");
const TaskListPage = lazy(() => pages().then((m) => ({ default: m.TaskListPage })));
const ApplicationListPage = lazy(() => pages().then((m) => ({ default: m.ApplicationListPage })));
const RecognitionStartPage = lazy(() => pages().then((m) => ({ default: m.RecognitionStartPage })));
const InstancePage = lazy(() => pages().then((m) => ({ default: m.InstancePage })));
const ScoreSheetPage = lazy(() => pages().then((m) => ({ default: m.ScoreSheetPage })));
const ExpertPoolPage = lazy(() => pages().then((m) => ({ default: m.ExpertPoolPage })));

/** Roles that take part in workflows (the three separated administrators never do). */
export const WORKFLOW_ROLES: readonly Role[] = [
  "city_admin",
  "leadership",
  "department",
  "district",
  "entity",
  "tech_manager",
  "expert",
  "talent",
];
/** Who sees the list of applications (认定申报). */
export const APPLICATION_ROLES: readonly Role[] = ["entity", "district", "city_admin", "leadership"];
/** Who keeps the expert pool (the server's EXPERT_POOL_MANAGERS). */
export const EXPERT_POOL_ROLES: readonly Role[] = ["city_admin"];

function guarded(
  path: string,
  roles: readonly Role[],
  Page: LazyExoticComponent<ComponentType>,
): RouteObject {
  return {
    path,
    element: (
      <RequireRole roles={roles}>
        <Page />
      </RequireRole>
    ),
  };
}

/**
 * The workflow pages of the console: my tasks, applications, starting a recognition, one instance (办件), an
 * expert's score sheet, the expert pool. The server decides what each person may read and do on every call.
 */
export const workflowRoutes: RouteObject[] = [
  guarded("tasks", WORKFLOW_ROLES, TaskListPage),
  guarded("applications", APPLICATION_ROLES, ApplicationListPage),
  guarded("recognition/new", ["entity"], RecognitionStartPage),
  guarded("workflow/:id", WORKFLOW_ROLES, InstancePage),
  guarded("reviews/:assignmentId", ["expert"], ScoreSheetPage),
  guarded("experts", EXPERT_POOL_ROLES, ExpertPoolPage),
];

/** The public notices (公示) with objections, outside the session like the public directory. */
export const PublicNoticesPage = lazy(() =>
  import("./public/PublicNoticesPage").then((m) => ({ default: m.PublicNoticesPage })),
);
