import { PRIVILEGED_ROLES } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Skeleton, Tag, Typography } from "antd";
import { Suspense, useState } from "react";
import { isApiError } from "../../../app/api/problem";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { TotpEnrolment } from "../../auth";
import { disableTotp } from "../api/profile";

/** The second factor: enrol it, or switch it off where the role allows that. */
export function TotpCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const { acceptSession, refresh } = useAuth();
  const [enrolling, setEnrolling] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const optional = !PRIVILEGED_ROLES.includes(session.user.role) || session.demo.totpOptional;
  const disable = useMutation({
    mutationFn: (code: string) => disableTotp(code),
    onSuccess: (next) => {
      if (next && typeof next === "object" && "user" in next) acceptSession(next);
      else void refresh();
      form.resetFields();
      void message.success(t("totp.disabled"));
    },
    onError: (error) =>
      form.setFields([{ name: "code", errors: [isApiError(error) ? error.detail : String(error)] }]),
  });
  const enabled = session.user.totpEnabled;
  return (
    <Card
      title={t("profile.totp")}
      size="small"
      className="rd-card"
      extra={enabled ? <Tag color="green">{t("users.totpOn")}</Tag> : <Tag>{t("users.totpOff")}</Tag>}
    >
      <Typography.Paragraph type="secondary">
        {optional ? t("profile.totpOptional") : t("profile.totpRequired")}
      </Typography.Paragraph>
      {!enabled && (
        <Button type="primary" onClick={() => setEnrolling(true)}>
          {t("profile.totpEnrol")}
        </Button>
      )}
      {enabled && optional && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => disable.mutate(v.code)}
          style={{ maxWidth: 360 }}
        >
          <Form.Item
            name="code"
            label={t("profile.totpDisableCode")}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t("login.totpFormat") }]}
            normalize={(v: string) => v.replace(/\D/g, "").slice(0, 6)}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
          </Form.Item>
          <Button danger htmlType="submit" loading={disable.isPending}>
            {t("profile.totpDisable")}
          </Button>
        </Form>
      )}
      {enabled && !optional && <Alert type="info" showIcon title={t("profile.totpLocked")} />}
      <Modal
        open={enrolling}
        title={t("profile.totpEnrol")}
        footer={null}
        onCancel={() => setEnrolling(false)}
        destroyOnHidden
        width={620}
      >
        <Suspense fallback={<Skeleton active />}>
          <Flex vertical>
            <TotpEnrolment
              onDone={(next) => {
                acceptSession(next);
                setEnrolling(false);
                void message.success(t("totp.enabled"));
              }}
            />
          </Flex>
        </Suspense>
      </Modal>
    </Card>
  );
}
