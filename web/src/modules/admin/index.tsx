import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/auth/guards";

const pages = () => import("./pages");
const UsersPage = lazy(() => pages().then((m) => ({ default: m.UsersPage })));
const TokensPage = lazy(() => pages().then((m) => ({ default: m.TokensPage })));
const LoginHistoryPage = lazy(() => pages().then((m) => ({ default: m.LoginHistoryPage })));

/** Accounts, API tokens and sign-in history (system and security administrators). */
export const adminRoutes: RouteObject[] = [
  {
    path: "admin/users",
    element: (
      <RequirePermission permission={["user.manage", "security.manage"]}>
        <UsersPage />
      </RequirePermission>
    ),
  },
  {
    path: "admin/tokens",
    element: (
      <RequirePermission permission="token.issue">
        <TokensPage />
      </RequirePermission>
    ),
  },
  {
    path: "admin/logins",
    element: (
      <RequirePermission permission="security.manage">
        <LoginHistoryPage />
      </RequirePermission>
    ),
  },
];
