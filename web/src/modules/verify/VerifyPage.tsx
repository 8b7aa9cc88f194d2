import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from "@ant-design/icons";
import { type Lang, longDate } from "@rdcity/common";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Card, Descriptions, Flex, Form, Grid, Input, Spin, Typography } from "antd";
import type { ReactNode } from "react";
import { useNavigate, useParams } from "react-router";
import { hasCode } from "../../app/api/problem";
import { ProblemAlert } from "../../app/components/ProblemAlert";
import { useI18n } from "../../app/i18n/I18nProvider";
import { PublicLayout } from "../../app/layout/PublicLayout";
import {
  certificateKey,
  fetchPublicCertificate,
  NUMBER_MAX,
  NUMBER_PATTERN,
  type PublicCertificate,
} from "./api";

function checkedTime(at: number, lang: Lang): string {
  const date = new Date(at);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  return `${longDate(iso, lang)}${lang === "en-US" ? ", " : " "}${time}`;
}

const TONES = {
  valid: { color: "#135200", background: "#f6ffed", border: "#95de64", Icon: CheckCircleFilled },
  revoked: { color: "#a8071a", background: "#fff1f0", border: "#ff9c9c", Icon: CloseCircleFilled },
  unknown: { color: "#a8071a", background: "#fff1f0", border: "#ff9c9c", Icon: QuestionCircleFilled },
} as const;

/** The verdict band on top of the result card: a large icon, the verdict as a heading, one line of detail. */
function Verdict({ tone, title, detail }: { tone: keyof typeof TONES; title: string; detail: ReactNode }) {
  const { color, background, border, Icon } = TONES[tone];
  return (
    <div
      role="status"
      style={{
        display: "flex",
        gap: 16,
        alignItems: "center",
        padding: "20px 24px",
        background,
        borderBottom: `1px solid ${border}`,
        borderTop: `6px solid ${color}`,
      }}
    >
      <Icon aria-hidden style={{ fontSize: 44, color, flex: "none" }} />
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={2} style={{ margin: 0, color, fontSize: 24 }}>
          {title}
        </Typography.Title>
        <Typography.Text style={{ color }}>{detail}</Typography.Text>
      </div>
    </div>
  );
}

function CertificateResult({
  certificate,
  checkedAt,
}: {
  certificate: PublicCertificate;
  checkedAt: number;
}) {
  const { t, lang, pick } = useI18n();
  const screens = Grid.useBreakpoint();
  const issuer = pick(certificate.issuer);
  const rows: { key: string; label: string; value: string; strong?: boolean }[] = [
    { key: "title", label: t("verify.field.title"), value: pick(certificate.title) },
    { key: "number", label: t("verify.field.number"), value: certificate.number, strong: true },
    { key: "holder", label: t("verify.field.holder"), value: certificate.holder },
    { key: "subject", label: t("verify.field.subject"), value: certificate.subject },
    ...certificate.lines.map((l, i) => ({ key: `line-${i}`, label: pick(l.label), value: l.value })),
    { key: "issuer", label: t("verify.field.issuer"), value: issuer },
    { key: "issuedOn", label: t("verify.field.issuedOn"), value: longDate(certificate.issuedOn, lang) },
    ...(certificate.revokedOn
      ? [
          {
            key: "revokedOn",
            label: t("verify.field.revokedOn"),
            value: longDate(certificate.revokedOn, lang),
          },
        ]
      : []),
  ].filter((r) => r.value.trim() !== "");
  return (
    <Card styles={{ body: { padding: 0 } }} style={{ overflow: "hidden" }}>
      {certificate.valid ? (
        <Verdict
          tone="valid"
          title={t("verify.valid")}
          detail={issuer ? t("verify.validDetail", { issuer }) : t("verify.validDetailNoIssuer")}
        />
      ) : (
        <Verdict
          tone="revoked"
          title={t("verify.revoked")}
          detail={t("verify.revokedDetail", {
            date: certificate.revokedOn ? longDate(certificate.revokedOn, lang) : "",
          })}
        />
      )}
      <div style={{ padding: screens.sm ? "20px 24px 24px" : "16px" }}>
        <Descriptions
          title={<span style={{ fontSize: 16 }}>{t("verify.details")}</span>}
          bordered
          size="middle"
          column={1}
          layout={screens.sm ? "horizontal" : "vertical"}
          styles={{ label: { width: screens.sm ? 160 : undefined } }}
          items={rows.map((r) => ({
            key: r.key,
            label: r.label,
            children: r.strong ? <Typography.Text strong>{r.value}</Typography.Text> : r.value,
          }))}
        />
        <Typography.Paragraph type="secondary" style={{ margin: "12px 0 0", fontSize: 13 }}>
          {t("verify.checkedAt", { time: checkedTime(checkedAt, lang) })}
        </Typography.Paragraph>
      </div>
    </Card>
  );
}

function Result({ number }: { number: string }) {
  const { t } = useI18n();
  const query = useQuery({
    queryKey: certificateKey(number),
    queryFn: ({ signal }) => fetchPublicCertificate(number, signal),
    staleTime: 0,
  });
  if (query.isPending) {
    return (
      <Card>
        <Flex vertical align="center" gap={12} style={{ padding: "32px 0" }} role="status">
          <Spin size="large" />
          <Typography.Text type="secondary">{t("verify.checking")}</Typography.Text>
        </Flex>
      </Card>
    );
  }
  if (query.isError) {
    // Unknown (404) and impossible (400: too long, control characters) numbers are verdicts, not failures.
    if (hasCode(query.error, "certificate_unknown", "validation_failed")) {
      const malformed = query.error.code === "validation_failed";
      return (
        <Card styles={{ body: { padding: 0 } }} style={{ overflow: "hidden" }}>
          <Verdict
            tone="unknown"
            title={t(malformed ? "verify.malformed" : "verify.notFound")}
            detail={malformed ? (query.error.errors[0]?.message ?? query.error.detail) : query.error.detail}
          />
          <Typography.Paragraph style={{ padding: "16px 24px", margin: 0 }}>
            {t("verify.notFoundHint")}
          </Typography.Paragraph>
        </Card>
      );
    }
    return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CertificateResult certificate={query.data} checkedAt={query.dataUpdatedAt} />;
}

/**
 * The public verification page (no sign-in): `/public/verify` with a form, `/public/verify/:number` (where a
 * certificate's QR code leads) with the verdict — valid in green, revoked or unknown in red — and what the
 * certificate says. Made for a phone first.
 */
export function VerifyPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const number = (useParams().number ?? "").trim();
  const [form] = Form.useForm<{ number: string }>();
  // Enter and the button both come here (the form itself does not submit).
  const verify = async () => {
    const typed = (await form.validateFields()).number.trim();
    if (typed === number) void queryClient.invalidateQueries({ queryKey: certificateKey(number) });
    else navigate(`/public/verify/${encodeURIComponent(typed)}`);
  };
  return (
    <PublicLayout
      title={number ? `${t("verify.title")} ${number}` : t("verify.title")}
      brand={t("verify.brand")}
      home="/public/verify"
      footer={t("verify.footer")}
      signIn={t("public.signIn")}
    >
      <div style={{ maxWidth: 760, margin: "0 auto" }}>
        <header className="rd-page-header">
          <Typography.Title level={1} className="rd-page-title">
            {t("verify.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
            {t("verify.intro")}
          </Typography.Paragraph>
        </header>
        <Card style={{ marginBottom: 16 }}>
          <Form form={form} layout="vertical" initialValues={{ number }} requiredMark={false} key={number}>
            <Form.Item
              name="number"
              label={t("verify.numberLabel")}
              style={{ marginBottom: 0 }}
              rules={[
                { required: true, whitespace: true, message: t("verify.numberRequired") },
                { max: NUMBER_MAX, message: t("verify.numberTooLong", { max: NUMBER_MAX }) },
                { pattern: NUMBER_PATTERN, message: t("verify.numberInvalid") },
              ]}
            >
              <Input.Search
                size="large"
                allowClear
                placeholder={t("verify.numberPlaceholder")}
                enterButton={t("verify.submit")}
                autoComplete="off"
                inputMode="text"
                onSearch={() => void verify().catch(() => undefined)}
              />
            </Form.Item>
          </Form>
        </Card>
        {number ? <Result number={number} /> : null}
      </div>
    </PublicLayout>
  );
}
