import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Form, Input } from "antd";
import { hasCode, isApiError } from "../../../app/api/problem";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { changePassword } from "../api/auth";
import { passwordProblems } from "./passwordPolicy";

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's own password (forced at first sign-in, or from the profile). */
export function PasswordChangeForm({
  username,
  onDone,
  submitLabel,
}: {
  username: string;
  onDone: () => void;
  submitLabel?: string;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.resetFields();
      onDone();
    },
    onError: (error) => {
      if (hasCode(error, "password_wrong"))
        form.setFields([{ name: "currentPassword", errors: [error.detail] }]);
      if (hasCode(error, "password_policy"))
        form.setFields([{ name: "newPassword", errors: [error.detail] }]);
    },
  });
  const loose =
    mutation.error && !hasCode(mutation.error, "password_wrong", "password_policy")
      ? [isApiError(mutation.error) ? mutation.error.detail : String(mutation.error)]
      : [];

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => mutation.mutate(v)}
      style={{ maxWidth: 480 }}
    >
      <MessagesAlert messages={loose} />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("password.policy")} />
      <Form.Item
        label={t("password.current")}
        name="currentPassword"
        rules={[{ required: true, message: t("password.currentRequired") }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t("password.new")}
        name="newPassword"
        rules={[
          { required: true, message: t("password.newRequired") },
          {
            validator: async (_r, value: string | undefined) => {
              if (!value) return;
              const problems = passwordProblems(value, username);
              if (problems.length > 0)
                throw new Error(problems.map((p) => t(p)).join(t("common.listSeparator")));
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t("password.confirm")}
        name="confirm"
        dependencies={["newPassword"]}
        rules={[
          { required: true, message: t("password.confirmRequired") },
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if (value && value !== getFieldValue("newPassword")) throw new Error(t("password.mismatch"));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {submitLabel ?? t("password.submit")}
      </Button>
    </Form>
  );
}
