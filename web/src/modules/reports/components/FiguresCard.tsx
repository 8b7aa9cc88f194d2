import { WarningOutlined } from "@ant-design/icons";
import type { ReportDetail, ReportMetricKey } from "@rdcity/common";
import { reportMetric } from "@rdcity/common";
import {
  Alert,
  Card,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { METRIC_KEYS, useReportLabels } from "./reportLabels";

export type FigureValues = Partial<Record<ReportMetricKey, string | number | null>> & {
  remarks?: string | null;
};

interface Row {
  metric: ReportMetricKey;
  current: string | number | null;
  previous: string | number | null;
  changePct: number | null;
  jump: boolean;
  threshold: number;
  flagged: boolean;
}

/**
 * The figures of the year beside the previous year's accepted figures and the change; figures flagged at
 * submission (or, in a draft, beyond the threshold already) are marked. In edit mode the year's column is a form.
 */
export function FiguresCard({
  report,
  editing,
  form,
}: {
  report: ReportDetail;
  editing: boolean;
  form: FormInstance<FigureValues>;
}) {
  const { t } = useI18n();
  const labels = useReportLabels();
  const flagged = new Set(report.flags.map((f) => f.metric));
  const rows: Row[] = METRIC_KEYS.map((metric) => {
    const c = report.changes.find((x) => x.metric === metric);
    return {
      metric,
      current: report[metric],
      previous: report.previous?.[metric] ?? null,
      changePct: c?.changePct ?? null,
      jump: c?.jump ?? false,
      threshold: c?.threshold ?? 0.5,
      flagged: flagged.has(metric),
    };
  });
  const flagNames = report.flags.map((f) => labels.metricName(f.metric)).join(t("common.listSeparator"));
  return (
    <Card title={t("report.figures")} className="rd-card" size="small">
      {report.flags.length > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          title={`${t("report.flagsTitle")}：${flagNames}`}
          description={
            report.flagsAcknowledgedBy
              ? t("report.flagsAcknowledged", {
                  by: report.flagsAcknowledgedBy,
                  at: labels.date(report.flagsAcknowledgedAt),
                })
              : t("report.flagsHint")
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {!report.previous && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("report.noPrevious")}
        </Typography.Paragraph>
      )}
      {editing && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("report.editHint")}
        </Typography.Paragraph>
      )}
      <Form form={form} component={editing ? "form" : false} layout="vertical">
        <Table<Row>
          rowKey="metric"
          size="middle"
          pagination={false}
          dataSource={rows}
          scroll={{ x: "max-content" }}
          aria-label={t("report.figures")}
          rowClassName={(r) => (r.flagged ? "rd-row-flagged" : "")}
          onRow={(r) => ({ style: r.flagged ? { background: "rgba(250, 84, 28, 0.08)" } : undefined })}
          columns={[
            {
              key: "metric",
              title: t("report.metric"),
              render: (_, r) => (
                <Typography.Text strong={r.flagged}>
                  {r.metric.startsWith("invention") ? <span style={{ paddingInlineStart: 16 }} /> : null}
                  {labels.metric(r.metric)}
                </Typography.Text>
              ),
            },
            {
              key: "current",
              title: t("report.thisYear", { year: report.year }),
              align: "right",
              width: editing ? 200 : undefined,
              render: (_, r) =>
                editing ? (
                  <Form.Item name={r.metric} style={{ marginBottom: 0 }}>
                    <FigureInput metric={r.metric} label={labels.metric(r.metric)} />
                  </Form.Item>
                ) : (
                  <Typography.Text strong={r.flagged}>{labels.figure(r.metric, r.current)}</Typography.Text>
                ),
            },
            {
              key: "previous",
              title: t("report.previousYear", { year: report.year - 1 }),
              align: "right",
              render: (_, r) => (
                <Typography.Text type="secondary">{labels.figure(r.metric, r.previous)}</Typography.Text>
              ),
            },
            {
              key: "change",
              title: t("report.change"),
              align: "right",
              render: (_, r) => (
                <>
                  <Typography.Text type={r.flagged || r.jump ? "danger" : undefined}>
                    {labels.change(r.changePct)}
                  </Typography.Text>
                  {(r.flagged || r.jump) && (
                    <Tooltip title={t("report.jump", { pct: Math.round(r.threshold * 100) })}>
                      <Tag color={r.flagged ? "volcano" : "orange"} style={{ marginInlineStart: 8 }}>
                        {t("report.jumpShort", { pct: Math.round(r.threshold * 100) })}
                      </Tag>
                    </Tooltip>
                  )}
                </>
              ),
            },
          ]}
        />
        {editing ? (
          <Form.Item name="remarks" label={t("report.remarks")} style={{ marginTop: 16 }}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        ) : (
          report.remarks && (
            <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
              <Typography.Text type="secondary">{t("report.remarks")}：</Typography.Text>
              {report.remarks}
            </Typography.Paragraph>
          )
        )}
      </Form>
    </Card>
  );
}

/** Money as exact text (two decimals), counts as whole numbers. */
function FigureInput({
  metric,
  label,
  value,
  onChange,
}: {
  metric: ReportMetricKey;
  label: string;
  value?: string | number | null;
  onChange?: (v: string | number | null) => void;
}) {
  const money = reportMetric(metric)?.kind === "money";
  return money ? (
    <InputNumber<string>
      aria-label={label}
      stringMode
      min="0"
      precision={2}
      style={{ width: 180 }}
      value={value === null || value === undefined ? null : String(value)}
      onChange={(v) => onChange?.(v === null || v === "" ? null : v)}
    />
  ) : (
    <InputNumber<number>
      aria-label={label}
      min={0}
      precision={0}
      style={{ width: 180 }}
      value={value === null || value === undefined ? null : Number(value)}
      onChange={(v) => onChange?.(v ?? null)}
    />
  );
}
