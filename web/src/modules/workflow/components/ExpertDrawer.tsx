import { DISTRICTS, type ExpertDto } from "@rdcity/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Drawer, Flex, Form, Input, Select, Switch } from "antd";
import { useState } from "react";
import { type ApiError, hasCode } from "../../../app/api/problem";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { addExpert, type ExpertBody, fetchExpertAccounts, updateExpert, workflowKeys } from "../api/workflow";
import { industryOptions } from "../processes/recognitionOptions";
import { EntityPicker } from "./EntityPicker";

const FIELDS = [
  "name",
  "userId",
  "orgEntityId",
  "orgName",
  "districtCode",
  "fields",
  "avoidEntityIds",
  "active",
];

interface Values {
  name: string;
  userId?: string;
  orgEntityId?: string | null;
  orgName?: string;
  districtCode?: string | null;
  fields?: string[];
  avoidEntityIds?: string[];
  active: boolean;
}

const toValues = (e: ExpertDto | null): Values =>
  e
    ? {
        name: e.name,
        userId: e.userId ?? undefined,
        orgEntityId: e.orgEntityId,
        orgName: e.orgName ?? undefined,
        districtCode: e.districtCode,
        fields: e.fields,
        avoidEntityIds: e.avoidEntityIds,
        active: e.active,
      }
    : { name: "", fields: [], avoidEntityIds: [], active: true };

const toBody = (v: Values): ExpertBody => ({
  name: v.name.trim(),
  userId: v.userId?.trim() || null,
  orgEntityId: v.orgEntityId ?? null,
  orgName: v.orgName?.trim() || null,
  districtCode: v.districtCode ?? null,
  fields: v.fields ?? [],
  avoidEntityIds: v.avoidEntityIds ?? [],
  active: v.active,
});

/** Add or edit one expert of the pool; an edit sends the version it read (a stale one is refused, naming who). */
export function ExpertDrawer({ expert, onClose }: { expert: ExpertDto | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const accounts = useQuery({ queryKey: workflowKeys.expertAccounts(), queryFn: fetchExpertAccounts });
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      expert ? updateExpert(expert.id, expert.version, toBody(v)) : addExpert(toBody(v)),
    onMutate: () => {
      setMessages([]);
      setConflict(null);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: workflowKeys.experts() });
      await queryClient.invalidateQueries({ queryKey: workflowKeys.expertAccounts() });
      message.success(t("workflow.experts.saved", { name: saved.name }));
      onClose();
    },
    onError: (error) => {
      if (hasCode(error, "version_conflict")) setConflict((error as ApiError).detail);
      else setMessages(applyProblemToForm(form, error, FIELDS));
    },
  });
  return (
    <Drawer
      open
      size="large"
      title={expert ? t("workflow.experts.edit") : t("workflow.experts.add")}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t("common.save")}
          </Button>
        </Flex>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("workflow.experts.conflict")}
          description={conflict}
          action={
            <Button
              size="small"
              onClick={() => {
                void queryClient.invalidateQueries({ queryKey: workflowKeys.experts() });
                onClose();
              }}
            >
              {t("workflow.form.reload")}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <MessagesAlert messages={messages} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(expert)}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="name"
          label={t("workflow.experts.name")}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("notice.required", { field: t("workflow.experts.name") }),
            },
          ]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t("workflow.experts.userId")}
          extra={t("workflow.experts.userIdHint")}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={accounts.isLoading}
            options={(accounts.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName}（${a.username}）`,
              disabled: (a.expertId !== null && a.expertId !== expert?.id) || !a.active,
              title:
                a.expertId !== null && a.expertId !== expert?.id
                  ? t("workflow.experts.accountTaken")
                  : undefined,
            }))}
          />
        </Form.Item>
        <Form.Item name="orgEntityId" label={t("workflow.experts.orgEntity")}>
          <EntityPicker
            placeholder={t("workflow.experts.searchPlaceholder")}
            onChange={(id, entity) => {
              form.setFieldValue("orgEntityId", id);
              if (entity) form.setFieldValue("orgName", entity.name);
            }}
          />
        </Form.Item>
        <Form.Item
          name="orgName"
          label={t("workflow.experts.orgName")}
          extra={t("workflow.experts.orgNameHint")}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="districtCode" label={t("workflow.experts.district")}>
          <Select
            allowClear
            options={DISTRICTS.map((d) => ({ value: d.code, label: lang === "en-US" ? d.nameEn : d.name }))}
          />
        </Form.Item>
        <Form.Item name="fields" label={t("workflow.experts.fields")}>
          <Select
            mode="multiple"
            options={industryOptions(lang)}
            showSearch={{ optionFilterProp: "label" }}
          />
        </Form.Item>
        <Form.Item
          name="avoidEntityIds"
          label={t("workflow.experts.avoid")}
          extra={t("workflow.experts.avoidHint")}
        >
          <EntityPicker multiple placeholder={t("workflow.experts.searchPlaceholder")} />
        </Form.Item>
        <Form.Item name="active" label={t("workflow.experts.active")} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
