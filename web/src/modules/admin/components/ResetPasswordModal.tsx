import type { User } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { hasCode } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { resetUserPassword } from "../api/admin";

/** Sets a temporary password; the user must change it at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const reset = useMutation({
    mutationFn: (password: string) => resetUserPassword(user?.id ?? "", password),
    onSuccess: () => {
      void message.success(t("users.passwordReset", { name: user?.username ?? "" }));
      onClose();
    },
    onError: (error) => {
      if (hasCode(error, "password_policy")) form.setFields([{ name: "password", errors: [error.detail] }]);
    },
  });
  return (
    <Modal
      open={Boolean(user)}
      title={t("users.resetPasswordTitle", { name: user?.username ?? "" })}
      okText={t("users.resetPassword")}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        reset.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t("users.resetPasswordText")} style={{ marginBottom: 16 }} />
      {!hasCode(reset.error, "password_policy") && <ProblemAlert error={reset.error} />}
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v.password)} preserve={false}>
        <Form.Item
          name="password"
          label={t("users.newPassword")}
          rules={[{ required: true, message: t("password.newRequired") }]}
          extra={t("password.policy")}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["password"]}
          rules={[
            { required: true, message: t("password.confirmRequired") },
            ({ getFieldValue }) => ({
              validator: async (_r, v: string | undefined) => {
                if (v && v !== getFieldValue("password")) throw new Error(t("password.mismatch"));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
