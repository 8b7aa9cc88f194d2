import type { Permission } from "@rdcity/common";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const pages = () => import("./pages");
const PlatformListPage = lazy(() => pages().then((m) => ({ default: m.PlatformListPage })));
const PlatformDetailPage = lazy(() => pages().then((m) => ({ default: m.PlatformDetailPage })));
const PlatformCreatePage = lazy(() => pages().then((m) => ({ default: m.PlatformCreatePage })));
const PlatformEditPage = lazy(() => pages().then((m) => ({ default: m.PlatformEditPage })));
const PlatformImportPage = lazy(() => pages().then((m) => ({ default: m.PlatformImportPage })));

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

/** The platform directory of the console (创新平台数据库): list with map, detail, create, edit, import. */
export const platformRoutes: RouteObject[] = [
  guarded("platforms", "platform.read", PlatformListPage),
  guarded("platforms/new", "platform.write", PlatformCreatePage),
  // The import kind `platforms` needs platform.write on the server (every role with import.run holds it).
  guarded("platforms/import", "platform.write", PlatformImportPage),
  guarded("platforms/:id", "platform.read", PlatformDetailPage),
  guarded("platforms/:id/edit", "platform.write", PlatformEditPage),
];

/**
 * The public directory (no sign-in): its own light layout in a chunk of its own, outside the console and its
 * session; the router mounts it beside, not inside, the authenticated tree.
 */
export const PublicPlatformsPage = lazy(() =>
  import("./public/PublicPlatformsPage").then((m) => ({ default: m.PublicPlatformsPage })),
);
