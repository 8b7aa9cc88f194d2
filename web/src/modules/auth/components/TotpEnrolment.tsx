import type { Session } from "@rdcity/common";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, Col, Flex, Form, Input, Row, Skeleton, Steps, Typography } from "antd";
import { isApiError } from "../../../app/api/problem";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { confirmTotp, enrolTotp } from "../api/auth";

/** Enrol an authenticator app: scan the QR code (or type the secret), then confirm with a first code. */
export function TotpEnrolment({ onDone }: { onDone: (session: Session) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ code: string }>();
  // a POST that makes a new secret: asked once per visit, never retried or refetched behind the user's back
  const enrolment = useQuery({
    queryKey: ["totp-enrol"],
    queryFn: enrolTotp,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: (code: string) => confirmTotp(code),
    onSuccess: onDone,
    onError: (error) =>
      form.setFields([{ name: "code", errors: [isApiError(error) ? error.detail : String(error)] }]),
  });

  if (enrolment.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (enrolment.error)
    return <ProblemAlert error={enrolment.error} onRetry={() => void enrolment.refetch()} />;
  const { qrDataUrl, secret } = enrolment.data;

  return (
    <Flex vertical gap={16}>
      <Row gutter={[24, 16]} align="top" wrap>
        <Col flex="none">
          <img src={qrDataUrl} alt={t("totp.qrAlt")} width={184} height={184} className="rd-qr" />
        </Col>
        <Col flex="1 1 260px">
          <Steps
            orientation="vertical"
            size="small"
            current={-1}
            items={[
              { title: t("totp.step1"), content: t("totp.step1Text") },
              { title: t("totp.step2"), content: t("totp.step2Text") },
              { title: t("totp.step3"), content: t("totp.step3Text") },
            ]}
          />
        </Col>
      </Row>
      <div>
        <Typography.Text type="secondary">{t("totp.secretLabel")}</Typography.Text>
        <Typography.Paragraph copyable={{ text: secret }} className="rd-secret" style={{ marginBottom: 0 }}>
          {secret.replace(/(.{4})/g, "$1 ").trim()}
        </Typography.Paragraph>
      </div>
      <Form<{ code: string }>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => confirm.mutate(v.code)}
      >
        <Form.Item
          label={t("totp.code")}
          name="code"
          rules={[{ required: true, pattern: /^\d{6}$/, message: t("login.totpFormat") }]}
          normalize={(v: string) => v.replace(/\D/g, "").slice(0, 6)}
        >
          <Input
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            placeholder="123456"
            style={{ maxWidth: 200 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={confirm.isPending}>
          {t("totp.confirm")}
        </Button>
      </Form>
    </Flex>
  );
}
