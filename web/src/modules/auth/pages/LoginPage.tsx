import { useEffect } from "react";
import { Navigate, useSearchParams } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { safeNext } from "../../../app/auth/guards";
import { PageLoading } from "../../../app/components/PageLoading";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { AuthShell } from "../components/AuthShell";
import { LoginForm } from "../components/LoginForm";

export function LoginPage() {
  const { t } = useI18n();
  const { session, loading } = useAuth();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get("next"));
  useEffect(() => {
    document.title = `${t("login.title")} · ${t("app.shortName")}`;
  }, [t]);
  if (loading) return <PageLoading fullScreen />;
  if (session) return <Navigate to={next} replace />;
  return (
    <AuthShell title={t("login.title")} subTitle={t("login.subTitle")}>
      <LoginForm />
    </AuthShell>
  );
}
