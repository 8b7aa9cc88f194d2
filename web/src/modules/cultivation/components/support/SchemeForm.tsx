import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  type IssueLike,
  issueMessage,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_LEVELS,
  PLATFORM_STATUS_NAMES,
  PLATFORM_STATUSES,
  PLATFORM_TYPES,
  SchemeCreateSchema,
} from "@rdcity/common";
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from "antd";
import { useState } from "react";
import { ApiError } from "../../../../app/api/problem";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useRounds } from "../../hooks/usePoolQueries";
import { useFunds } from "../../hooks/useSupportQueries";
import { type SchemeFormValues, schemeFieldName, toSchemeBody } from "./schemeFormValues";

interface Props {
  initialValues: SchemeFormValues;
  /** Editing a draft: the support year and the fund stay. */
  editing?: boolean;
  submitText: string;
  /** Sends the values; a rejection's problems are shown under their fields. */
  save: (values: SchemeFormValues) => Promise<unknown>;
  onCancel: () => void;
}

type Placed = { name: (string | number)[]; errors: string[] };

/** Issues (the shared schema's or the server's) under their fields; returns those that belong to none. */
function placeIssues(
  form: FormInstance<SchemeFormValues>,
  issues: { path: PropertyKey[]; text: string }[],
): string[] {
  const loose: string[] = [];
  const placed = new Map<string, Placed>();
  for (const issue of issues) {
    const name = schemeFieldName(issue.path);
    if (!name) loose.push(issue.text);
    else {
      const key = name.join(".");
      const entry = placed.get(key) ?? { name, errors: [] };
      entry.errors.push(issue.text);
      placed.set(key, entry);
    }
  }
  form.setFields([...placed.values()] as Parameters<typeof form.setFields>[0]);
  return loose;
}

/** The server's 4xx as issues with paths ("rules.rate.tiers.1.upTo"). */
function serverIssues(error: unknown): { path: PropertyKey[]; text: string }[] | null {
  if (!(error instanceof ApiError) || error.errors.length === 0) return null;
  return error.errors.map((e) => ({
    path: String(e.path ?? "")
      .replace(/^body\.?/, "")
      .split(/[./]/)
      .filter(Boolean),
    text: e.message || error.detail,
  }));
}

/**
 * A support scheme's rules as a form: who is eligible (the pool, one round's members, or platforms by level,
 * type, status), the basis, a flat share or marginal tiers, a minimum and a cap, the budget and what happens over
 * it. Checked here with the schema the server uses.
 */
export function SchemeForm({ initialValues, editing, submitText, save, onCancel }: Props) {
  const { t, lang, pick } = useI18n();
  const en = lang === "en-US";
  const [form] = Form.useForm<SchemeFormValues>();
  const [loose, setLoose] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const rounds = useRounds();
  const funds = useFunds();
  const eligibility = Form.useWatch("eligibility", form) ?? initialValues.eligibility;
  const rateKind = Form.useWatch("rateKind", form) ?? initialValues.rateKind;
  const unit = t("cultivation.unit");
  const finish = (values: SchemeFormValues) => {
    const parsed = SchemeCreateSchema.safeParse(toSchemeBody(values));
    if (parsed.success) {
      setLoose([]);
      setSubmitting(true);
      save(values)
        .catch((error: unknown) => {
          const issues = serverIssues(error);
          const detail = error instanceof ApiError ? error.detail : String(error);
          setLoose(issues ? [...new Set([detail, ...placeIssues(form, issues)])] : [detail]);
        })
        .finally(() => setSubmitting(false));
      return;
    }
    const issues = parsed.error.issues.map((i) => ({
      path: i.path,
      text: issueMessage(i as unknown as IssueLike, lang),
    }));
    setLoose(placeIssues(form, issues));
  };
  const fundCodes = [...new Map((funds.data ?? []).map((f) => [f.code, f.name])).entries()];
  const announced = (rounds.data ?? []).filter((r) => r.status === "announced");
  return (
    <Form<SchemeFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={finish}
      scrollToFirstError
    >
      <Flex vertical gap={16}>
        <MessagesAlert messages={loose} />
        <Card size="small" className="rd-card" title={t("cultivation.schemeForm.basics")}>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Form.Item
                name="title"
                label={t("cultivation.schemeForm.title")}
                rules={[
                  { required: true, whitespace: true, message: t("cultivation.form.titleRequired") },
                  { min: 2, max: 200, message: t("cultivation.form.titleLength") },
                ]}
              >
                <Input maxLength={200} placeholder={t("cultivation.schemeForm.titlePlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={24} xl={12}>
              <Form.Item name="fundCode" label={t("cultivation.schemeForm.fund")}>
                <Select
                  disabled={editing}
                  loading={funds.isPending}
                  options={
                    fundCodes.length
                      ? fundCodes.map(([code, name]) => ({ value: code, label: name }))
                      : [{ value: initialValues.fundCode, label: initialValues.fundCode }]
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Form.Item
                name="year"
                label={t("cultivation.scheme.year")}
                tooltip={t("cultivation.schemeForm.yearHint")}
                rules={[{ required: true }]}
              >
                <InputNumber
                  min={2000}
                  max={2100}
                  precision={0}
                  style={{ width: "100%" }}
                  disabled={editing}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Form.Item
                name="dataYear"
                label={t("cultivation.round.dataYear")}
                tooltip={t("cultivation.schemeForm.dataYearHint")}
                rules={[{ required: true }]}
              >
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Form.Item
                name="budget"
                label={t("cultivation.schemeForm.budget", { unit })}
                rules={[{ required: true, message: t("cultivation.schemeForm.budgetRequired") }]}
              >
                <InputNumber min={0.01} precision={2} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" className="rd-card" title={t("cultivation.rules.eligibility")}>
          <Form.Item name="eligibility" label={t("cultivation.schemeForm.eligibilityKind")}>
            <Radio.Group
              options={[
                { value: "pool", label: t("cultivation.schemeForm.eligiblePool") },
                { value: "platforms", label: t("cultivation.schemeForm.eligiblePlatforms") },
              ]}
            />
          </Form.Item>
          {eligibility === "pool" ? (
            <Form.Item
              name="roundId"
              label={t("cultivation.schemeForm.round")}
              extra={t("cultivation.schemeForm.roundHint")}
            >
              <Select
                allowClear
                placeholder={t("cultivation.schemeForm.allMembers")}
                loading={rounds.isPending}
                style={{ maxWidth: 480 }}
                options={announced.map((r) => ({ value: r.id, label: r.title }))}
              />
            </Form.Item>
          ) : (
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="levels" label={t("cultivation.criteria.levels")}>
                  <Select
                    mode="multiple"
                    allowClear
                    placeholder={t("cultivation.criteria.any")}
                    options={PLATFORM_LEVELS.map((l) => ({ value: l, label: pick(PLATFORM_LEVEL_NAMES[l]) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="statuses" label={t("cultivation.criteria.statuses")}>
                  <Select
                    mode="multiple"
                    allowClear
                    placeholder={t("cultivation.form.statusesDefault")}
                    options={PLATFORM_STATUSES.map((s) => ({
                      value: s,
                      label: pick(PLATFORM_STATUS_NAMES[s]),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="rdCentre" label={t("cultivation.schemeForm.rdCentre")}>
                  <Select
                    options={[
                      { value: "any", label: t("cultivation.criteria.any") },
                      { value: "yes", label: t("cultivation.schemeForm.rdCentreYes") },
                      { value: "no", label: t("cultivation.schemeForm.rdCentreNo") },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="typeCodes" label={t("cultivation.criteria.types")}>
                  <Select
                    mode="multiple"
                    allowClear
                    showSearch={{ optionFilterProp: "label" }}
                    placeholder={t("cultivation.criteria.any")}
                    options={PLATFORM_TYPES.map((ty) => ({
                      value: ty.code,
                      label: en ? ty.nameEn : ty.name,
                    }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Card>
        <Card size="small" className="rd-card" title={t("cultivation.schemeForm.amounts")}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="basis" label={t("cultivation.rules.basis")}>
                <Radio.Group
                  options={[
                    { value: "rd_spending", label: t("cultivation.schemeForm.basisSpending") },
                    { value: "rd_increase", label: t("cultivation.schemeForm.basisIncrease") },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="rateKind" label={t("cultivation.rules.rate")}>
                <Radio.Group
                  options={[
                    { value: "share", label: t("cultivation.schemeForm.rateShare") },
                    { value: "tiers", label: t("cultivation.schemeForm.rateTiers") },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          {rateKind === "share" ? (
            <Form.Item
              name="percent"
              label={t("cultivation.schemeForm.percent")}
              rules={[{ required: true, message: t("cultivation.schemeForm.percentRequired") }]}
            >
              <InputNumber min={0.0001} max={100} step={0.5} suffix="%" style={{ width: 180 }} />
            </Form.Item>
          ) : (
            <Form.List name="tiers">
              {(fields, { add, remove }) => (
                <Flex vertical gap={4} style={{ marginBottom: 16 }}>
                  <Typography.Text type="secondary">{t("cultivation.schemeForm.tiersHint")}</Typography.Text>
                  {fields.map((field, index) => {
                    const last = index === fields.length - 1;
                    return (
                      <Row key={field.key} gutter={12} align="top">
                        <Col xs={12} md={6} xl={4}>
                          <Form.Item
                            name={[field.name, "upTo"]}
                            label={t("cultivation.schemeForm.tierUpTo", { n: index + 1, unit })}
                            rules={
                              last
                                ? []
                                : [{ required: true, message: t("cultivation.schemeForm.upToRequired") }]
                            }
                          >
                            <InputNumber
                              min={0.01}
                              precision={2}
                              style={{ width: "100%" }}
                              disabled={last}
                              placeholder={last ? t("cultivation.schemeForm.open") : undefined}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={8} md={4} xl={3}>
                          <Form.Item
                            name={[field.name, "percent"]}
                            label={t("cultivation.schemeForm.tierPercent", { n: index + 1 })}
                            rules={[{ required: true, message: t("cultivation.schemeForm.percentRequired") }]}
                          >
                            <InputNumber min={0} max={100} step={0.5} suffix="%" style={{ width: "100%" }} />
                          </Form.Item>
                        </Col>
                        <Col xs={4} md={2}>
                          <Form.Item
                            label={<span className="rd-visually-hidden">{t("cultivation.form.remove")}</span>}
                          >
                            <Button
                              icon={<DeleteOutlined />}
                              aria-label={t("cultivation.schemeForm.removeTier", { n: index + 1 })}
                              disabled={fields.length <= 1}
                              onClick={() => remove(field.name)}
                            />
                          </Form.Item>
                        </Col>
                      </Row>
                    );
                  })}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    disabled={fields.length >= 10}
                    style={{ alignSelf: "start" }}
                    onClick={() => {
                      // The new tier goes before the open one, which stays last.
                      const tiers = (form.getFieldValue("tiers") ?? []) as SchemeFormValues["tiers"];
                      const before = tiers[tiers.length - 2]?.upTo ?? null;
                      add(
                        {
                          upTo: before ? before * 2 : 1000,
                          percent: tiers[tiers.length - 1]?.percent ?? null,
                        },
                        Math.max(0, tiers.length - 1),
                      );
                    }}
                  >
                    {t("cultivation.schemeForm.addTier")}
                  </Button>
                </Flex>
              )}
            </Form.List>
          )}
          <Row gutter={16}>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="minimum" label={t("cultivation.whatIf.minimum", { unit })}>
                <InputNumber
                  min={0.01}
                  precision={2}
                  style={{ width: "100%" }}
                  placeholder={t("cultivation.rules.noMinimum")}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="cap" label={t("cultivation.whatIf.cap", { unit })}>
                <InputNumber
                  min={0.01}
                  precision={2}
                  style={{ width: "100%" }}
                  placeholder={t("cultivation.rules.noCap")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="overBudget" label={t("cultivation.rules.overBudget")}>
                <Radio.Group
                  options={[
                    { value: "refuse", label: t("cultivation.form.refuse") },
                    { value: "scale", label: t("cultivation.form.scale") },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} className="rd-form-actions">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {submitText}
          </Button>
          <Button onClick={onCancel}>{t("common.cancel")}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
