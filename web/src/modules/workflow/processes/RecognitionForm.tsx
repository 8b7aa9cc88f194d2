import { formatNumber, type WorkflowInstanceViewDto } from "@rdcity/common";
import {
  Alert,
  Button,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { type ApiError, hasCode } from "../../../app/api/problem";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { pickLabel } from "../components/workflowText";
import { useRefreshInstance } from "../hooks/useInstance";
import { useSaveData } from "../hooks/useMutations";
import { industryOptions, kindName, recognisableKinds, zonesOf } from "./recognitionOptions";

/** The fields of the application form; the server's definition validates them on submit. */
export const RECOGNITION_FIELDS = [
  "centreName",
  "typeCode",
  "zoneCode",
  "industries",
  "rdSpending",
  "rdStaff",
  "revenue",
  "siteArea",
  "researchFocus",
] as const;

type Values = {
  centreName?: string;
  typeCode?: string;
  zoneCode?: string | null;
  industries?: string[];
  rdSpending?: number | null;
  rdStaff?: number | null;
  revenue?: number | null;
  siteArea?: number | null;
  researchFocus?: string;
};

function valuesOf(data: Record<string, unknown>): Values {
  const out: Record<string, unknown> = {};
  for (const f of RECOGNITION_FIELDS) if (data[f] !== undefined) out[f] = data[f];
  return out as Values;
}

/** What changed, as the PATCH body: cleared fields are sent as null only when they held a value before. */
function changesOf(before: Values, values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of RECOGNITION_FIELDS) {
    let v: unknown = values[f];
    if (typeof v === "string") v = v.trim();
    if (v === undefined || v === "") v = null;
    const was = before[f] ?? null;
    if (JSON.stringify(v) === JSON.stringify(was)) continue;
    if (v === null && was === null) continue;
    out[f] = v;
  }
  return out;
}

/** The recognition application: an editable form for the applicant (draft, returned), read-only for everyone else. */
export function RecognitionData({ view }: { view: WorkflowInstanceViewDto }) {
  // Keyed by version: a newer version (saved here or elsewhere) replaces what the form shows.
  return view.viewer.mayEdit ? (
    <RecognitionForm key={view.instance.version} view={view} />
  ) : (
    <RecognitionDescriptions view={view} />
  );
}

function useFieldLabel(view: WorkflowInstanceViewDto) {
  const { lang } = useI18n();
  return (field: string) => {
    const label = view.process.fieldLabels[field];
    return label ? pickLabel(label, lang) : field;
  };
}

function RecognitionForm({ view }: { view: WorkflowInstanceViewDto }) {
  const { t, lang } = useI18n();
  const label = useFieldLabel(view);
  const [form] = Form.useForm<Values>();
  const { instance } = view;
  const initial = useMemo(() => valuesOf(instance.data), [instance.data]);
  const save = useSaveData(instance.id);
  const refresh = useRefreshInstance(instance.id);
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const kinds = recognisableKinds(lang);
  const zones = zonesOf(instance.areaCode, lang);

  const finish = (values: Values) => {
    setMessages([]);
    setConflict(null);
    const data = changesOf(initial, values);
    if (Object.keys(data).length === 0) {
      setDirty(false);
      return;
    }
    save.mutate(
      { expectedVersion: instance.version, data },
      {
        onError: (error) => {
          if (hasCode(error, "version_conflict")) setConflict((error as ApiError).detail);
          else setMessages(applyProblemToForm(form, error, RECOGNITION_FIELDS));
        },
      },
    );
  };

  const lengthRule = (field: string, min: number, max: number) => ({
    validator: async (_: unknown, v: unknown) => {
      const text = typeof v === "string" ? v.trim() : "";
      if (text && (text.length < min || text.length > max))
        throw new Error(t("workflow.form.lengthBetween", { field: label(field), min, max }));
    },
  });
  const number = (field: keyof Values, max: number, precision: number) => (
    <Form.Item name={field} label={label(field)}>
      <InputNumber min={0} max={max} precision={precision} style={{ width: "100%" }} />
    </Form.Item>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={finish}
      onValuesChange={() => setDirty(true)}
      aria-label={t("workflow.instance.data")}
    >
      <Typography.Paragraph type="secondary">{t("workflow.form.draftHint")}</Typography.Paragraph>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("workflow.form.conflict")}
          description={conflict}
          action={
            <Button size="small" onClick={() => void refresh()}>
              {t("workflow.form.reload")}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <MessagesAlert messages={messages} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="centreName" label={label("centreName")} rules={[lengthRule("centreName", 4, 100)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="typeCode" label={label("typeCode")}>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={[
                {
                  label: t("workflow.start.rdCentres"),
                  title: t("workflow.start.rdCentres"),
                  options: kinds.rdCentres.map((k) => ({ value: k.code, label: k.name })),
                },
                {
                  label: t("workflow.start.municipal"),
                  title: t("workflow.start.municipal"),
                  options: kinds.municipal.map((k) => ({ value: k.code, label: k.name })),
                },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="zoneCode" label={label("zoneCode")}>
            <Select allowClear placeholder={t("workflow.form.zoneNone")} options={zones} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="industries"
            label={label("industries")}
            rules={[
              {
                validator: async (_: unknown, v: unknown) => {
                  if (Array.isArray(v) && v.length > 5) throw new Error(t("workflow.form.industriesMax"));
                },
              },
            ]}
          >
            <Select
              mode="multiple"
              maxCount={5}
              options={industryOptions(lang)}
              showSearch={{ optionFilterProp: "label" }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          {number("rdSpending", 10_000_000, 2)}
        </Col>
        <Col xs={24} sm={12}>
          {number("rdStaff", 1_000_000, 0)}
        </Col>
        <Col xs={24} sm={12}>
          {number("revenue", 100_000_000, 2)}
        </Col>
        <Col xs={24} sm={12}>
          {number("siteArea", 10_000_000, 2)}
        </Col>
        <Col span={24}>
          <Form.Item
            name="researchFocus"
            label={label("researchFocus")}
            rules={[lengthRule("researchFocus", 10, 2000)]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("workflow.form.save")}
        </Button>
        {dirty && <Typography.Text type="warning">{t("workflow.form.unsaved")}</Typography.Text>}
      </Flex>
    </Form>
  );
}

function RecognitionDescriptions({ view }: { view: WorkflowInstanceViewDto }) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const label = useFieldLabel(view);
  const d = view.instance.data;
  const empty = <Typography.Text type="secondary">{t("workflow.form.empty")}</Typography.Text>;
  const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : empty);
  const num = (v: unknown) => (typeof v === "number" ? formatNumber(v, lang, { compact: false }) : empty);
  const industries = Array.isArray(d.industries) ? (d.industries as string[]) : [];
  const wide = lang === "en-US" ? 1 : 2;
  return (
    <Descriptions
      column={lang === "en-US" ? 1 : { xs: 1, md: 2 }}
      size="small"
      bordered
      styles={{ label: lang === "en-US" ? { width: 260 } : { whiteSpace: "nowrap" } }}
      items={[
        { key: "centreName", label: label("centreName"), span: wide, children: text(d.centreName) },
        { key: "typeCode", label: label("typeCode"), children: kindName(d.typeCode, lang) || empty },
        {
          key: "zoneCode",
          label: label("zoneCode"),
          children: typeof d.zoneCode === "string" ? labels.zone(d.zoneCode) : t("workflow.form.zoneNone"),
        },
        {
          key: "industries",
          label: label("industries"),
          span: wide,
          children: industries.length ? (
            <Flex gap={4} wrap>
              {industries.map((i) => (
                <Tag key={i}>{labels.industry(i)}</Tag>
              ))}
            </Flex>
          ) : (
            empty
          ),
        },
        { key: "rdSpending", label: label("rdSpending"), children: num(d.rdSpending) },
        { key: "rdStaff", label: label("rdStaff"), children: num(d.rdStaff) },
        { key: "revenue", label: label("revenue"), children: num(d.revenue) },
        { key: "siteArea", label: label("siteArea"), children: num(d.siteArea) },
        {
          key: "researchFocus",
          label: label("researchFocus"),
          span: wide,
          children: <span style={{ whiteSpace: "pre-wrap" }}>{text(d.researchFocus)}</span>,
        },
      ]}
    />
  );
}
