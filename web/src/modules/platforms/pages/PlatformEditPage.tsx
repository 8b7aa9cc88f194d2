import { isFinalPlatformStatus, PlatformPatchSchema } from "@rdcity/common";
import { Alert, App, Button, Form, Skeleton } from "antd";
import { useMemo } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { areaChoicesOf } from "../components/areaChoices";
import { PlatformForm } from "../components/PlatformForm";
import {
  changedFields,
  type PlatformBody,
  type PlatformFormValues,
  platformToForm,
} from "../components/platformFormValues";
import type { RemoteOption } from "../components/RemoteSelect";
import { usePlatform } from "../hooks/usePlatform";
import { useUpdatePlatform } from "../hooks/useSavePlatform";

export function PlatformEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlatformFormValues>();
  const query = usePlatform(id);
  const record = query.data?.data;
  const initial = useMemo(() => (record ? platformToForm(record) : undefined), [record]);
  const known = useMemo<RemoteOption[]>(() => {
    if (!record) return [];
    const out: RemoteOption[] = [];
    if (record.host) out.push({ value: record.host.id, label: record.host.name, hint: record.host.uscc });
    for (const l of record.links) out.push({ value: l.entityId, label: l.entityName ?? l.entityId });
    return out;
  }, [record]);
  const areas = useMemo(() => areaChoicesOf(session?.user), [session?.user]);
  const save = useUpdatePlatform(form, id, query.data?.etag, (saved) => {
    void message.success(t("platform.saved", { name: saved.name }));
    navigate(`/console/platforms/${id}`);
  });
  const detailPath = `/console/platforms/${id}`;
  const title = t("platform.editTitle", { name: record?.name ?? "" });
  const crumbs = [
    { title: t("menu.platforms") },
    { title: t("menu.platformDirectory"), to: "/console/platforms" },
    { title: record?.name ?? "…", to: detailPath },
    { title: t("platform.edit") },
  ];

  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error || !record || !initial) {
    return (
      <>
        <PageHeader title={t("platform.edit")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (isFinalPlatformStatus(record.status)) {
    return (
      <>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <Alert
          type="info"
          showIcon
          title={t("platform.form.finalStatus")}
          action={<Link to={detailPath}>{t("platform.form.backToDetail")}</Link>}
        />
      </>
    );
  }

  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) form.setFieldsValue(platformToForm(fresh.data.data));
    save.clearConflict();
  };

  return (
    <>
      <PageHeader title={title} documentTitle={title} breadcrumbs={crumbs} />
      <PlatformForm
        key={record.version}
        form={form}
        mode="edit"
        currentStatus={record.status}
        initialValues={initial}
        schema={PlatformPatchSchema as never}
        toRequest={(body: PlatformBody) => changedFields(record, body)}
        onSubmit={(body) => {
          if (Object.keys(body).length === 0) {
            void message.info(t("platform.form.noChanges"));
            return;
          }
          save.submit(body);
        }}
        submitting={save.saving}
        submitLabel={t("common.save")}
        onCancel={() => navigate(detailPath)}
        messages={save.messages}
        knownEntities={known}
        areas={areas}
        contactMasked={record.personalDataMasked && Boolean(record.contactName || record.contactPhone)}
        banner={
          save.conflict && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t("platform.conflict")}
              description={save.conflict}
              action={
                <Button size="small" onClick={() => void reload()}>
                  {t("platform.conflictReload")}
                </Button>
              }
              style={{ marginBottom: 16 }}
            />
          )
        }
      />
    </>
  );
}
