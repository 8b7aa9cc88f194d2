import type { Permission } from "@rdcity/common";
import { Button, Result } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { PageLoading } from "../components/PageLoading";
import { useI18n } from "../i18n/I18nProvider";
import { useAuth } from "./AuthProvider";

/** Where to come back to after signing in: the current path with its query. */
function useReturnPath(): string {
  const location = useLocation();
  return encodeURIComponent(`${location.pathname}${location.search}`);
}

/** Lets through only a signed-in user who has finished the forced steps (new password, TOTP enrolment). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, loading, error, refresh } = useAuth();
  const { t } = useI18n();
  const next = useReturnPath();
  if (loading) return <PageLoading fullScreen />;
  if (error && !session) {
    return (
      <main>
        <Result
          status="error"
          title={t("error.sessionLoad")}
          subTitle={error instanceof Error ? error.message : undefined}
          extra={
            <Button type="primary" onClick={() => void refresh()}>
              {t("common.retry")}
            </Button>
          }
        />
      </main>
    );
  }
  if (!session) return <Navigate to={`/login?next=${next}`} replace />;
  if (session.user.mustChangePassword) return <Navigate to={`/setup/password?next=${next}`} replace />;
  if (session.user.mustEnrolTotp) return <Navigate to={`/setup/totp?next=${next}`} replace />;
  return children;
}

/** For the forced set-up pages: a session is needed, finished set-up is not. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading } = useAuth();
  const next = useReturnPath();
  if (loading) return <PageLoading fullScreen />;
  if (!session) return <Navigate to={`/login?next=${next}`} replace />;
  return children;
}

/** Shows a 403 page instead of the route when the role lacks the permission. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission | Permission[];
  children: ReactNode;
}) {
  const { can } = useAuth();
  const { t } = useI18n();
  const needed = Array.isArray(permission) ? permission : [permission];
  if (!needed.some((p) => can(p))) {
    return (
      <Result
        status="403"
        title={<h1 className="rd-result-title">403</h1>}
        subTitle={t("error.forbiddenPage")}
      />
    );
  }
  return children;
}

/** A safe in-app return path from `?next=` (never another origin). */
export function safeNext(raw: string | null, fallback = "/console"): string {
  if (!raw) return fallback;
  const decoded = decodeURIComponent(raw);
  if (
    !decoded.startsWith("/") ||
    decoded.startsWith("//") ||
    decoded.startsWith("/login") ||
    decoded.startsWith("/setup")
  ) {
    return fallback;
  }
  return decoded;
}
