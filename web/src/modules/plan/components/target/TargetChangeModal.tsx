import type { ChangeRequestInput, TargetProgress } from "@rdcity/common";
import { Col, Form, Input, InputNumber, Row } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { ChangeRequestModal } from "../ChangeRequestModal";

interface Values {
  value: number;
  valueMax?: number | null;
  year: number;
  textZh: string;
  textEn: string;
  reason: string;
}

/** Growth targets are rates: the form speaks in percent (13), the request in fractions (0.13). */
const toForm = (v: number | null, percent: boolean) =>
  v === null ? null : percent ? Math.round(v * 100 * 1e6) / 1e6 : v;
const fromForm = (v: number, percent: boolean) => (percent ? Math.round((v / 100) * 1e9) / 1e9 : v);

/** 申请调整 a target: its value, range, year or wording, with a reason; approved by the leadership. */
export function TargetChangeModal({
  target: t,
  plan,
  open,
  onClose,
}: {
  target: TargetProgress;
  plan?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t: tr, pick } = useI18n();
  const percent = t.kind === "growth";
  const unit = percent ? "%" : pick(t.unit);
  const initial: Partial<Values> = {
    value: toForm(t.targetValue, percent) ?? undefined,
    valueMax: toForm(t.targetValueMax, percent),
    year: t.year,
    textZh: t.text.zh,
    textEn: t.text.en,
  };
  const toInput = (v: Values): ChangeRequestInput | null => {
    const changes: Extract<ChangeRequestInput, { recordType: "target" }>["changes"] = {};
    if (v.value !== initial.value) changes.value = fromForm(v.value, percent);
    const max = v.valueMax ?? null;
    if (max !== (initial.valueMax ?? null)) changes.valueMax = max === null ? null : fromForm(max, percent);
    if (v.year !== t.year) changes.year = v.year;
    if (v.textZh.trim() !== t.text.zh || v.textEn.trim() !== t.text.en)
      changes.text = { zh: v.textZh.trim(), en: v.textEn.trim() };
    if (!Object.keys(changes).length) return null;
    return {
      recordType: "target",
      ...(plan ? { plan } : {}),
      code: t.code,
      changes,
      reason: v.reason.trim(),
    };
  };
  return (
    <ChangeRequestModal<Values>
      open={open}
      onClose={onClose}
      title={tr("plan.change.targetTitle", { name: pick(t.indicatorName) })}
      hint={tr("plan.change.targetHint")}
      initialValues={initial}
      toInput={toInput}
      fieldNames={["value", "valueMax", "year", "text", "textZh", "textEn"]}
      fields={
        <Row gutter={16}>
          <Col xs={24} md={9}>
            <Form.Item name="value" label={tr("plan.change.value")} rules={[{ required: true }]}>
              <InputNumber style={{ width: "100%" }} suffix={unit} />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item name="valueMax" label={tr("plan.change.valueMax")}>
              <InputNumber style={{ width: "100%" }} suffix={unit} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="year" label={tr("plan.change.year")} rules={[{ required: true }]}>
              <InputNumber style={{ width: "100%" }} min={2000} max={2100} precision={0} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="textZh"
              label={tr("plan.change.textZh")}
              rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="textEn"
              label={tr("plan.change.textEn")}
              rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      }
    />
  );
}
