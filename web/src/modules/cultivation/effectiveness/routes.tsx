import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../../app/auth/guards";

const pages = () => import("./pages");
const EvaluationRoundsPage = lazy(() => pages().then((m) => ({ default: m.EvaluationRoundsPage })));
const EvaluationRoundPage = lazy(() => pages().then((m) => ({ default: m.EvaluationRoundPage })));

/**
 * The effectiveness evaluation's pages (效能评估, C-03): the rounds and one round; the cultivation module's
 * index spreads them into its routes and passes the platform tab on.
 */
export const evaluationRoutes: RouteObject[] = [
  {
    path: "cultivation/evaluations",
    element: (
      <RequirePermission permission="cultivation.read">
        <EvaluationRoundsPage />
      </RequirePermission>
    ),
  },
  {
    path: "cultivation/evaluations/:id",
    element: (
      <RequirePermission permission="cultivation.read">
        <EvaluationRoundPage />
      </RequirePermission>
    ),
  },
];

/** The "培育与评估" tab of a platform's page: its pool, support and evaluation history (own chunk). */
export const PlatformCultivationTab = lazy(() =>
  import("../platform-history/PlatformCultivationTab").then((m) => ({ default: m.PlatformCultivationTab })),
);
