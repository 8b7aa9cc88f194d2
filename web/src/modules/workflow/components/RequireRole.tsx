import type { Role } from "@rdcity/common";
import { Result } from "antd";
import type { ReactNode } from "react";
import { useSession } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";

/**
 * A 403 page instead of the route for other roles. The workflow has no permission of its own yet: who takes
 * part is decided by each process definition's roles, and the server checks every call.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const { t } = useI18n();
  if (!roles.includes(session.user.role)) {
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
