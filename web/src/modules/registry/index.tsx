import type { Permission } from "@rdcity/common";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const pages = () => import("./pages");
const EntityListPage = lazy(() => pages().then((m) => ({ default: m.EntityListPage })));
const EntityDetailPage = lazy(() => pages().then((m) => ({ default: m.EntityDetailPage })));
const EntityCreatePage = lazy(() => pages().then((m) => ({ default: m.EntityCreatePage })));
const EntityEditPage = lazy(() => pages().then((m) => ({ default: m.EntityEditPage })));
const ImportPage = lazy(() => pages().then((m) => ({ default: m.ImportPage })));

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

/** The entity registry (主体库): list, detail, create, edit, import. */
export const registryRoutes: RouteObject[] = [
  guarded("entities", "entity.read", EntityListPage),
  guarded("entities/new", "entity.write", EntityCreatePage),
  guarded("entities/:id", "entity.read", EntityDetailPage),
  guarded("entities/:id/edit", "entity.write", EntityEditPage),
  guarded("imports", "import.run", ImportPage),
];
