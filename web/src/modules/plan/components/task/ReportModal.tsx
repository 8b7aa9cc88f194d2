import type { Indicator, ProgressReportInput } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, InputNumber, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { TaskDetail } from "../../api/plan";
import { fileTaskReport, type ProgressReport } from "../../api/planWrites";
import { formatPeriod } from "../planFormat";

/** The current quarter and the three before it (a future quarter cannot be reported on). */
export function reportablePeriods(today: Date = new Date()): string[] {
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(`${year}Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return out;
}

/** The quarter to report on: the one just ended (due 15 days after it), else the current one, else an earlier one. */
function defaultPeriod(periods: string[], filed: readonly string[]): string | undefined {
  const order = [periods[1], periods[0], ...periods.slice(2)].filter((p): p is string => !!p);
  return order.find((p) => !filed.includes(p));
}

const FIELDS = ["period", "percent", "summary", "indicatorCodes"];

/**
 * 报送季度进展: creates the draft report and its workflow instance, then opens the instance, where the unit adds
 * the evidence and submits it for review.
 */
export function ReportModal({
  task,
  indicators,
  filed,
  open,
  onClose,
}: {
  task: TaskDetail;
  indicators: Indicator[] | undefined;
  /** Quarters the reader's unit has already reported on (one report per quarter). */
  filed: readonly string[];
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang, pick } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProgressReportInput>();
  const [loose, setLoose] = useState<string[]>([]);
  const periods = reportablePeriods();
  const file = useMutation<ProgressReport, ApiError, ProgressReportInput>({
    mutationFn: (body) => fileTaskReport(task.id, body),
    onSuccess: (report) => {
      onClose();
      if (report.instanceId) navigate(`/console/workflow/${report.instanceId}`);
    },
    onError: (error) => setLoose(applyProblemToForm(form, error, FIELDS)),
  });
  return (
    <Modal
      open={open}
      title={t("plan.reports.fileTitle", { code: task.code })}
      okText={t("plan.reports.create")}
      okButtonProps={{ loading: file.isPending }}
      onOk={() => form.submit()}
      onCancel={() => {
        setLoose([]);
        onClose();
      }}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("plan.reports.hint")}</Typography.Paragraph>
      <MessagesAlert messages={loose} />
      <Form<ProgressReportInput>
        form={form}
        layout="vertical"
        initialValues={{
          period: defaultPeriod(periods, filed),
          percent: task.progressPercent,
          indicatorCodes: [],
        }}
        onFinish={(v) =>
          file.mutate({
            period: v.period,
            percent: v.percent,
            summary: v.summary.trim(),
            indicatorCodes: v.indicatorCodes ?? [],
          })
        }
      >
        <Form.Item name="period" label={t("plan.reports.period")} rules={[{ required: true }]}>
          <Select
            options={periods.map((p) => ({
              value: p,
              disabled: filed.includes(p),
              label: filed.includes(p)
                ? t("plan.reports.periodFiled", { period: formatPeriod(p, lang) })
                : formatPeriod(p, lang),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="percent"
          label={t("plan.reports.percent")}
          tooltip={t("plan.reports.percentHint")}
          rules={[{ required: true, message: t("plan.reports.percentRequired") }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t("plan.reports.summary")}
          rules={[
            { required: true, whitespace: true, message: t("plan.reports.summaryRequired") },
            { min: 5, max: 5000, message: t("plan.reports.summaryLength") },
          ]}
        >
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        {task.indicatorCodes.length > 0 && (
          <Form.Item name="indicatorCodes" label={t("plan.reports.indicators")}>
            <Select
              mode="multiple"
              allowClear
              options={task.indicatorCodes.map((code) => {
                const ind = indicators?.find((i) => i.code === code);
                return { value: code, label: ind ? pick(ind.name) : code };
              })}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
