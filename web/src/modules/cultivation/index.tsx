import type { Permission } from "@rdcity/common";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";
import { evaluationRoutes } from "./effectiveness/routes";

const poolPages = () => import("./pages/pool");
const RoundListPage = lazy(() => poolPages().then((m) => ({ default: m.RoundListPage })));
const RoundCreatePage = lazy(() => poolPages().then((m) => ({ default: m.RoundCreatePage })));
const RoundPage = lazy(() => poolPages().then((m) => ({ default: m.RoundPage })));
const PoolPage = lazy(() => poolPages().then((m) => ({ default: m.PoolPage })));

const supportPages = () => import("./pages/support");
const SchemeListPage = lazy(() => supportPages().then((m) => ({ default: m.SchemeListPage })));
const SchemeCreatePage = lazy(() => supportPages().then((m) => ({ default: m.SchemeCreatePage })));
const SchemePage = lazy(() => supportPages().then((m) => ({ default: m.SchemePage })));
const SchemeEditPage = lazy(() => supportPages().then((m) => ({ default: m.SchemeEditPage })));
const FundsPage = lazy(() => supportPages().then((m) => ({ default: m.FundsPage })));

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

/**
 * Cultivation and support (培育与支持): the selection rounds and the pool (C-01), support schemes and the special
 * fund (C-02), effectiveness evaluation (C-03). A plain list of routes: each part adds its own lines.
 */
export const cultivationRoutes: RouteObject[] = [
  // C-01 培育对象遴选
  guarded("cultivation/selection", "cultivation.read", RoundListPage),
  guarded("cultivation/selection/new", "cultivation.manage", RoundCreatePage),
  guarded("cultivation/selection/pool", "cultivation.read", PoolPage),
  guarded("cultivation/selection/rounds/:id", "cultivation.read", RoundPage),
  // C-02 研发投入支持 and 专项资金
  guarded("cultivation/support", "cultivation.read", SchemeListPage),
  guarded("cultivation/support/new", "cultivation.manage", SchemeCreatePage),
  guarded("cultivation/support/:id", "cultivation.read", SchemePage),
  guarded("cultivation/support/:id/edit", "cultivation.manage", SchemeEditPage),
  guarded("cultivation/funds", "cultivation.read", FundsPage),
  // C-03 效能评估
  ...evaluationRoutes,
];

/** The "培育与评估" tab of a platform's page (its pool, support and evaluation history). */
export { PlatformCultivationTab } from "./effectiveness/routes";
