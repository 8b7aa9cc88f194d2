import { App } from "antd";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../../app/components/PageHeader";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { createScheme } from "../../api/supportWrites";
import { SchemeForm } from "../../components/support/SchemeForm";
import { newSchemeValues, toSchemeBody } from "../../components/support/schemeFormValues";

/** 新建支持方案: a draft with its rules against a fund year; simulated and submitted on its page. */
export function SchemeCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <>
      <PageHeader
        title={t("cultivation.schemes.create")}
        subTitle={t("cultivation.schemeForm.subTitle")}
        breadcrumbs={[
          { title: t("menu.cultivation") },
          { title: t("menu.cultivationSupport"), to: "/console/cultivation/support" },
          { title: t("cultivation.schemes.create") },
        ]}
      />
      <SchemeForm
        initialValues={newSchemeValues(new Date().getFullYear())}
        submitText={t("cultivation.schemeForm.create")}
        save={async (values) => {
          const scheme = await createScheme(toSchemeBody(values));
          void message.success(t("cultivation.schemeForm.created"));
          navigate(`/console/cultivation/support/${scheme.id}`);
        }}
        onCancel={() => navigate("/console/cultivation/support")}
      />
    </>
  );
}
