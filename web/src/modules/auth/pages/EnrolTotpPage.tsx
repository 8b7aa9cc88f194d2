import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { safeNext } from "../../../app/auth/guards";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { AuthShell } from "../components/AuthShell";
import { TotpEnrolment } from "../components/TotpEnrolment";

/** Forced for administrators without a second factor. */
export function EnrolTotpPage() {
  const { t } = useI18n();
  const session = useSession();
  const { acceptSession } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get("next"));
  if (session.user.mustChangePassword)
    return <Navigate to={`/setup/password?next=${encodeURIComponent(next)}`} replace />;
  if (!session.user.mustEnrolTotp) return <Navigate to={next} replace />;
  return (
    <AuthShell title={t("setup.totpTitle")} subTitle={t("setup.totpText")}>
      <TotpEnrolment
        onDone={(s) => {
          acceptSession(s);
          navigate(next, { replace: true });
        }}
      />
    </AuthShell>
  );
}
