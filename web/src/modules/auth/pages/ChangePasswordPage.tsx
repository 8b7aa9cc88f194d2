import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { safeNext } from "../../../app/auth/guards";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { AuthShell } from "../components/AuthShell";
import { PasswordChangeForm } from "../components/PasswordChangeForm";

/** Forced at first sign-in (and after an administrator reset the password). */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const session = useSession();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = searchParams.get("next");
  if (!session.user.mustChangePassword) return <Navigate to={safeNext(next)} replace />;
  return (
    <AuthShell title={t("setup.passwordTitle")} subTitle={t("setup.passwordText")}>
      <PasswordChangeForm
        username={session.user.username}
        submitLabel={t("setup.passwordSubmit")}
        onDone={() => void refresh().then(() => navigate(safeNext(next), { replace: true }))}
      />
    </AuthShell>
  );
}
