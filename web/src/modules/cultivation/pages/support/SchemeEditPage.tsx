import { useQueryClient } from "@tanstack/react-query";
import { App, Result, Skeleton } from "antd";
import { Link, useNavigate, useParams } from "react-router";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { supportKeys } from "../../api/supportApi";
import { updateScheme } from "../../api/supportWrites";
import { SchemeForm } from "../../components/support/SchemeForm";
import { schemeValues, toSchemeChanges } from "../../components/support/schemeFormValues";
import { isEditable } from "../../components/support/supportFormat";
import { useScheme } from "../../hooks/useSupportQueries";

/** 修改支持方案: a draft or returned scheme's title, data year, budget and rules (If-Match). */
export function SchemeEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useScheme(id);
  const back = `/console/cultivation/support/${id}`;
  const crumbs = [
    { title: t("menu.cultivation") },
    { title: t("menu.cultivationSupport"), to: "/console/cultivation/support" },
  ];
  if (query.isPending)
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("cultivation.schemeForm.edit")}
          breadcrumbs={crumbs}
        />
        <Skeleton active paragraph={{ rows: 12 }} />
      </>
    );
  if (query.error)
    return (
      <>
        <PageHeader title={t("cultivation.schemeForm.edit")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const scheme = query.data;
  if (!isEditable(scheme.status))
    return (
      <Result
        status="warning"
        title={<h1 className="rd-result-title">{t("cultivation.schemeForm.notEditable")}</h1>}
        extra={<Link to={back}>{scheme.title}</Link>}
      />
    );
  return (
    <>
      <PageHeader
        title={t("cultivation.schemeForm.editTitle", { title: scheme.title })}
        documentTitle={t("cultivation.schemeForm.edit")}
        subTitle={t("cultivation.schemeForm.editHint")}
        breadcrumbs={[
          ...crumbs,
          { title: scheme.title, to: back },
          { title: t("cultivation.schemeForm.edit") },
        ]}
      />
      <SchemeForm
        initialValues={schemeValues(scheme)}
        editing
        submitText={t("common.save")}
        save={async (values) => {
          await updateScheme(scheme.id, scheme.version, toSchemeChanges(values));
          await queryClient.invalidateQueries({ queryKey: supportKeys.all });
          void message.success(t("cultivation.schemeForm.saved"));
          navigate(back);
        }}
        onCancel={() => navigate(back)}
      />
    </>
  );
}
