import { EntityPatchSchema } from "@rdcity/common";
import { Alert, App, Button, Form, Skeleton } from "antd";
import { useMemo } from "react";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { EntityForm } from "../components/EntityForm";
import {
  changedFields,
  type EntityBody,
  type EntityFormValues,
  entityToForm,
} from "../components/entityFormValues";
import { useEntity } from "../hooks/useEntity";
import { useUpdateEntity } from "../hooks/useSaveEntity";

export function EntityEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EntityFormValues>();
  const entity = useEntity(id);
  const record = entity.data?.data;
  const initial = useMemo(() => (record ? entityToForm(record) : undefined), [record]);
  const save = useUpdateEntity(form, id, entity.data?.etag, (saved) => {
    void message.success(t("entity.saved", { name: saved.name }));
    navigate(`/console/entities/${id}`);
  });
  const detailPath = `/console/entities/${id}`;
  const crumbs = [
    { title: t("menu.registry") },
    { title: t("menu.entities"), to: "/console/entities" },
    { title: record?.name ?? "…", to: detailPath },
    { title: t("entity.editTitle") },
  ];

  if (entity.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (entity.error || !record || !initial) {
    return (
      <>
        <PageHeader title={t("entity.editTitle")} breadcrumbs={crumbs} />
        <ProblemAlert error={entity.error} onRetry={() => void entity.refetch()} />
      </>
    );
  }

  const reload = async () => {
    const fresh = await entity.refetch();
    if (fresh.data) form.setFieldsValue(entityToForm(fresh.data.data));
    save.clearConflict();
  };

  return (
    <>
      <PageHeader
        title={t("entity.editTitle")}
        subTitle={record.name}
        documentTitle={`${t("entity.editTitle")} · ${record.name}`}
        breadcrumbs={crumbs}
      />
      <EntityForm
        key={record.version}
        form={form}
        initialValues={initial}
        schema={EntityPatchSchema as never}
        toRequest={(body: EntityBody) => changedFields(record, body)}
        onSubmit={(body) => {
          if (Object.keys(body).length === 0) {
            void message.info(t("entity.noChanges"));
            return;
          }
          save.submit(body);
        }}
        submitting={save.saving}
        submitLabel={t("common.save")}
        onCancel={() => navigate(detailPath)}
        messages={save.messages}
        contactMasked={record.personalDataMasked && Boolean(record.contactName || record.contactPhone)}
        banner={
          save.conflict && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t("entity.conflictTitle")}
              description={save.conflict}
              action={
                <Button size="small" onClick={() => void reload()}>
                  {t("entity.conflictReload")}
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
