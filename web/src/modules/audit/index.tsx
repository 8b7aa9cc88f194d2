import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const AuditPage = lazy(() => import("./pages").then((m) => ({ default: m.AuditPage })));

export const auditRoutes: RouteObject[] = [
  {
    path: "audit",
    element: (
      <RequirePermission permission="audit.read">
        <AuditPage />
      </RequirePermission>
    ),
  },
];

/** An audit trail table for other modules (an entity's 审计记录 tab); loaded on demand. */
export const AuditEntryTable = lazy(() =>
  import("./components/AuditEntryTable").then((m) => ({ default: m.AuditEntryTable })),
);
