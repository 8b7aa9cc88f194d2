import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireSession } from "../../app/auth/guards";

const pages = () => import("./pages");
const LoginPage = lazy(() => pages().then((m) => ({ default: m.LoginPage })));
const ChangePasswordPage = lazy(() => pages().then((m) => ({ default: m.ChangePasswordPage })));
const EnrolTotpPage = lazy(() => pages().then((m) => ({ default: m.EnrolTotpPage })));

/** Sign-in and the forced set-up steps (new password, TOTP enrolment). */
export const authRoutes: RouteObject[] = [
  { path: "/login", element: <LoginPage /> },
  {
    path: "/setup/password",
    element: (
      <RequireSession>
        <ChangePasswordPage />
      </RequireSession>
    ),
  },
  {
    path: "/setup/totp",
    element: (
      <RequireSession>
        <EnrolTotpPage />
      </RequireSession>
    ),
  },
];

/** For the profile page: the same password and TOTP forms as the forced set-up steps; loaded on demand. */
export const PasswordChangeForm = lazy(() =>
  import("./components/PasswordChangeForm").then((m) => ({ default: m.PasswordChangeForm })),
);
export const TotpEnrolment = lazy(() =>
  import("./components/TotpEnrolment").then((m) => ({ default: m.TotpEnrolment })),
);
