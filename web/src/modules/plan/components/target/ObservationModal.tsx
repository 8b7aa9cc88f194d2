import { CITY_CODE, DISTRICTS, type Indicator, type ObservationInput } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { hasCode } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../../app/forms/problemToForm";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { planKeys } from "../../api/plan";
import { recordObservation } from "../../api/planWrites";

interface Values {
  indicatorCode: string;
  period: string;
  areaCode: string;
  value: number;
  qualifier?: ObservationInput["qualifier"];
  title: string;
  date?: Dayjs | null;
  url?: string;
  note?: string;
  reason?: string;
}

const FIELDS = [
  "indicatorCode",
  "period",
  "areaCode",
  "value",
  "qualifier",
  "title",
  "date",
  "url",
  "note",
  "reason",
];

/** A rate indicator (growth) is entered as a percentage and stored as a fraction (13 → 0.13). */
export const entersAsPercent = (ind: Indicator | undefined) => ind?.kind === "growth";

/**
 * 录入数据: a reported figure with its source. When the period already has a figure (409), the same form becomes a
 * revision: the new figure is the next vintage and needs the reason; the earlier one stays in the history.
 */
export function ObservationModal({
  open,
  onClose,
  indicators,
  codes,
  defaultCode,
}: {
  open: boolean;
  onClose: () => void;
  indicators: Indicator[];
  /** The indicators this target reads (its own, and the levels a growth rate is computed from). */
  codes: string[];
  defaultCode: string;
}) {
  const { t, pick, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [revision, setRevision] = useState<string | null>(null);
  const [loose, setLoose] = useState<string[]>([]);
  const code = Form.useWatch("indicatorCode", form) ?? defaultCode;
  const indicator = indicators.find((i) => i.code === code);
  const percent = entersAsPercent(indicator);
  const unit = indicator ? pick(indicator.unit) : "";

  const save = useMutation({
    mutationFn: (v: Values) =>
      recordObservation({
        indicatorCode: v.indicatorCode,
        period: v.period.trim(),
        value: percent ? v.value / 100 : v.value,
        ...(v.areaCode && v.areaCode !== CITY_CODE ? { areaCode: v.areaCode } : {}),
        ...(v.qualifier ? { qualifier: v.qualifier } : {}),
        source: {
          title: v.title.trim(),
          ...(v.date ? { date: v.date.format("YYYY-MM-DD") } : {}),
          ...(v.url?.trim() ? { url: v.url.trim() } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        },
        ...(revision !== null && v.reason ? { revision: { reason: v.reason.trim() } } : {}),
      }),
    onSuccess: () => {
      void message.success(t(revision !== null ? "plan.observation.revised" : "plan.observation.saved"));
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      close();
    },
    onError: (error) => {
      if (hasCode(error, "observation_duplicate")) {
        setRevision(error.detail);
        setLoose([]);
        return;
      }
      setLoose(applyProblemToForm(form, error, FIELDS));
    },
  });

  function close() {
    form.resetFields();
    setRevision(null);
    setLoose([]);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={t("plan.observation.title")}
      okText={revision !== null ? t("plan.observation.submitRevision") : t("plan.observation.submit")}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={close}
      width={720}
      destroyOnHidden
    >
      <MessagesAlert messages={loose} />
      {revision !== null && (
        <Alert
          type="warning"
          showIcon
          title={t("plan.observation.duplicate")}
          description={revision}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ indicatorCode: defaultCode, areaCode: CITY_CODE }}
        onFinish={(v) => save.mutate(v)}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="indicatorCode"
              label={t("plan.observation.indicator")}
              rules={[{ required: true }]}
            >
              <Select
                options={codes.map((c) => {
                  const ind = indicators.find((i) => i.code === c);
                  return { value: c, label: ind ? pick(ind.name) : c };
                })}
                onChange={() => setRevision(null)}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="period"
              label={t("plan.observation.period")}
              tooltip={t("plan.observation.periodHint")}
              rules={[
                { required: true, whitespace: true, message: t("plan.observation.periodRequired") },
                { pattern: /^\s*\d{4}(Q[1-4])?\s*$/, message: t("plan.observation.periodInvalid") },
              ]}
            >
              <Input placeholder="2025" onChange={() => setRevision(null)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="areaCode" label={t("plan.observation.area")}>
              <Select
                onChange={() => setRevision(null)}
                options={[
                  { value: CITY_CODE, label: t("plan.observation.city") },
                  ...DISTRICTS.map((d) => ({ value: d.code, label: lang === "en-US" ? d.nameEn : d.name })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="value"
              label={t("plan.observation.value")}
              tooltip={percent ? t("plan.observation.percentHint") : undefined}
              rules={[{ required: true, message: t("plan.observation.valueRequired") }]}
            >
              <InputNumber
                style={{ width: "100%" }}
                suffix={percent ? "%" : unit}
                precision={indicator ? Math.max(indicator.decimals, percent ? 1 : 0) : undefined}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="qualifier" label={t("plan.observation.qualifier")}>
              <Select
                allowClear
                placeholder={t("plan.observation.qualifierNone")}
                options={(["gt", "ge", "approx", "lt", "le"] as const).map((q) => ({
                  value: q,
                  label: t(`plan.qualifier.${q}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="title"
              label={t("plan.observation.sourceTitle")}
              rules={[{ required: true, whitespace: true, message: t("plan.observation.sourceRequired") }]}
            >
              <Input maxLength={500} placeholder={t("plan.observation.sourceTitlePlaceholder")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="date" label={t("plan.observation.sourceDate")}>
              <DatePicker style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="url"
              label={t("plan.observation.sourceUrl")}
              rules={[{ type: "url", message: t("plan.observation.urlInvalid") }]}
            >
              <Input maxLength={2000} placeholder="https://" inputMode="url" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="note" label={t("plan.observation.note")}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
          {revision !== null && (
            <Col xs={24}>
              <Form.Item
                name="reason"
                label={t("plan.observation.reason")}
                rules={[
                  { required: true, whitespace: true, message: t("plan.observation.reasonRequired") },
                  { min: 2, max: 1000 },
                ]}
              >
                <Input.TextArea rows={3} maxLength={1000} showCount autoFocus />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
