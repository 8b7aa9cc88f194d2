import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import type { InputRef } from "antd";
import { Alert, Button, Form, Input } from "antd";
import { useEffect, useRef, useState } from "react";
import { hasCode, isApiError } from "../../../app/api/problem";
import { useAuth } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { type LoginInput, login } from "../api/auth";

interface Values {
  username: string;
  password: string;
  totp?: string;
}

/** User name and password; when the server answers `totp_required`, a six-digit code field too. */
export function LoginForm() {
  const { t } = useI18n();
  const { acceptSession, signedOutReason } = useAuth();
  const [form] = Form.useForm<Values>();
  const [needTotp, setNeedTotp] = useState(false);
  const totpRef = useRef<InputRef>(null);
  const mutation = useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: acceptSession,
    onError: (error) => {
      if (hasCode(error, "totp_required")) setNeedTotp(true);
      if (hasCode(error, "totp_invalid")) form.setFieldValue("totp", "");
    },
  });

  useEffect(() => {
    if (needTotp) totpRef.current?.focus();
  }, [needTotp]);

  const error = mutation.error;
  const showError = error && !hasCode(error, "totp_required");

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      size="large"
      onFinish={(values) =>
        mutation.mutate({
          username: values.username.trim(),
          password: values.password,
          totp: needTotp ? values.totp : undefined,
        })
      }
    >
      {signedOutReason === "expired" && !error && (
        <Alert type="info" showIcon title={t("login.expired")} style={{ marginBottom: 16 }} />
      )}
      {showError && (
        <Alert
          type={isApiError(error) && error.status === 423 ? "warning" : "error"}
          showIcon
          role="alert"
          title={isApiError(error) ? error.detail : t("error.unknown")}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        label={t("login.username")}
        name="username"
        rules={[{ required: true, whitespace: true, message: t("login.usernameRequired") }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus disabled={needTotp} />
      </Form.Item>
      <Form.Item
        label={t("login.password")}
        name="password"
        rules={[{ required: true, message: t("login.passwordRequired") }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" disabled={needTotp} />
      </Form.Item>
      {needTotp && (
        <>
          <Alert type="info" showIcon title={t("login.totpPrompt")} style={{ marginBottom: 16 }} />
          <Form.Item
            label={t("login.totp")}
            name="totp"
            rules={[{ required: true, pattern: /^\d{6}$/, message: t("login.totpFormat") }]}
            normalize={(v: string) => v.replace(/\D/g, "").slice(0, 6)}
          >
            <Input
              ref={totpRef}
              prefix={<SafetyCertificateOutlined />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder="123456"
            />
          </Form.Item>
        </>
      )}
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        {needTotp ? t("login.verify") : t("login.submit")}
      </Button>
      {needTotp && (
        <Button
          type="link"
          block
          style={{ marginTop: 8 }}
          onClick={() => {
            setNeedTotp(false);
            mutation.reset();
            form.setFieldsValue({ password: "", totp: "" });
          }}
        >
          {t("login.back")}
        </Button>
      )}
    </Form>
  );
}
