import { PlatformCreateSchema } from "@rdcity/common";
import { App, Form } from "antd";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { areaChoicesOf } from "../components/areaChoices";
import { PlatformForm } from "../components/PlatformForm";
import { emptyPlatformForm, type PlatformFormValues, withoutEmpty } from "../components/platformFormValues";
import { useCreatePlatform } from "../hooks/useSavePlatform";

export function PlatformCreatePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlatformFormValues>();
  const areas = useMemo(() => areaChoicesOf(session?.user), [session?.user]);
  const initial = useMemo(
    () => emptyPlatformForm(areas.districts.length === 1 ? areas.districts[0] : undefined),
    [areas],
  );
  const save = useCreatePlatform(form, (platform) => {
    void message.success(t("platform.created", { name: platform.name }));
    navigate(`/console/platforms/${platform.id}`);
  });
  return (
    <>
      <PageHeader
        title={t("platform.createTitle")}
        breadcrumbs={[
          { title: t("menu.platforms") },
          { title: t("menu.platformDirectory"), to: "/console/platforms" },
          { title: t("platform.createTitle") },
        ]}
      />
      <PlatformForm
        form={form}
        mode="create"
        initialValues={initial}
        schema={PlatformCreateSchema as never}
        toRequest={withoutEmpty}
        onSubmit={save.submit}
        submitting={save.saving}
        submitLabel={t("platform.createSubmit")}
        onCancel={() => navigate("/console/platforms")}
        messages={save.messages}
        knownEntities={[]}
        areas={areas}
      />
    </>
  );
}
