import { EntityCreateSchema } from "@rdcity/common";
import { App, Form } from "antd";
import { useNavigate } from "react-router";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { DuplicateWarningModal } from "../components/DuplicateWarningModal";
import { EntityForm } from "../components/EntityForm";
import { EMPTY_ENTITY_FORM, type EntityFormValues, withoutEmpty } from "../components/entityFormValues";
import { useCreateEntity } from "../hooks/useSaveEntity";

export function EntityCreatePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EntityFormValues>();
  const save = useCreateEntity(form, (entity) => {
    void message.success(t("entity.created", { name: entity.name }));
    navigate(`/console/entities/${entity.id}`);
  });
  return (
    <>
      <PageHeader
        title={t("entity.createTitle")}
        breadcrumbs={[
          { title: t("menu.registry") },
          { title: t("menu.entities"), to: "/console/entities" },
          { title: t("entity.createTitle") },
        ]}
      />
      <EntityForm
        form={form}
        initialValues={EMPTY_ENTITY_FORM}
        schema={EntityCreateSchema as never}
        toRequest={withoutEmpty}
        onSubmit={save.submit}
        submitting={save.saving && !save.duplicate}
        submitLabel={t("entity.createSubmit")}
        onCancel={() => navigate("/console/entities")}
        messages={save.messages}
      />
      <DuplicateWarningModal
        open={Boolean(save.duplicate)}
        detail={save.duplicate?.detail ?? ""}
        candidates={save.duplicate?.candidates ?? []}
        saving={save.saving}
        onSaveAnyway={save.saveAnyway}
        onCancel={save.dismissDuplicate}
      />
    </>
  );
}
