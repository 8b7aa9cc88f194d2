import { ApiTokenCreateSchema, PERMISSIONS, type Permission } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Typography } from "antd";
import { useState } from "react";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { adminKeys, createToken } from "../api/admin";

interface Values {
  username: string;
  name: string;
  days: number;
  scopes: Permission[];
}

const shape = (ApiTokenCreateSchema as unknown as { shape: Record<string, ParsingSchema> }).shape;

/** Issues an API token for a district system; the token is shown once. */
export function TokenCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [messages, setMessages] = useState<string[]>([]);
  const [token, setToken] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (v: Values) =>
      createToken({
        username: v.username.trim(),
        name: v.name.trim(),
        days: v.days,
        scopes: v.scopes?.length ? v.scopes : undefined,
      }),
    onMutate: () => setMessages([]),
    onSuccess: (created) => {
      setToken(created.token);
      void queryClient.invalidateQueries({ queryKey: adminKeys.tokens });
    },
    onError: (error) => setMessages(applyProblemToForm(form, error, ["username", "name", "days", "scopes"])),
  });
  const close = () => {
    setToken(null);
    setMessages([]);
    create.reset();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={token ? t("tokens.createdTitle") : t("tokens.createTitle")}
      okText={token ? t("common.close") : t("tokens.create")}
      onOk={() => (token ? close() : form.submit())}
      confirmLoading={create.isPending}
      onCancel={close}
      cancelButtonProps={{ style: token ? { display: "none" } : undefined }}
      destroyOnHidden
      width={600}
    >
      {token ? (
        <>
          <Alert type="warning" showIcon title={t("tokens.onceWarning")} style={{ marginBottom: 16 }} />
          <Typography.Paragraph copyable={{ text: token }} className="rd-token">
            {token}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <MessagesAlert messages={messages} />
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ days: 90, scopes: [] }}
            onFinish={(v) => create.mutate(v)}
            preserve={false}
          >
            <Form.Item
              name="username"
              label={t("tokens.username")}
              rules={[zodRule(shape.username as ParsingSchema, "username", lang, { required: true })]}
              extra={t("tokens.usernameHint")}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="name"
              label={t("tokens.name")}
              rules={[{ required: true, whitespace: true, max: 100, message: t("tokens.nameRequired") }]}
            >
              <Input placeholder={t("tokens.namePlaceholder")} maxLength={100} />
            </Form.Item>
            <Form.Item
              name="days"
              label={t("tokens.days")}
              rules={[{ required: true, type: "integer", min: 1, max: 366, message: t("tokens.daysRange") }]}
            >
              <InputNumber min={1} max={366} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="scopes" label={t("tokens.scopes")} extra={t("tokens.scopesHint")}>
              <Checkbox.Group
                options={PERMISSIONS.map((p) => ({ value: p, label: labels.permission(p) }))}
                className="rd-scope-grid"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
