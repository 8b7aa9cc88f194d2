import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  CULTIVATION_FIELDS,
  CULTIVATION_FILTER_LEVELS,
  CULTIVATION_FILTER_STATUSES,
  criteriaProblems,
  INDUSTRIES,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  PLATFORM_TYPES,
} from "@rdcity/common";
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from "antd";
import { useState } from "react";
import { MessagesAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import {
  type CriterionValues,
  criteriaFieldName,
  initialRoundValues,
  type RoundFormValues,
  toRoundBody,
} from "./roundFormValues";

interface Props {
  submitting: boolean;
  onSubmit: (values: RoundFormValues) => void;
  onCancel: () => void;
}

const thisYear = () => new Date().getFullYear();

/**
 * A new round: title, years and cap, who may be a candidate (filters) and the scored criteria with their weights
 * and rules — starting from the demo's criteria. The criteria are checked here as the server checks them.
 */
export function RoundForm({ submitting, onSubmit, onCancel }: Props) {
  const { t, lang, pick } = useI18n();
  const en = lang === "en-US";
  const [form] = Form.useForm<RoundFormValues>();
  const [loose, setLoose] = useState<string[]>([]);
  const finish = (values: RoundFormValues) => {
    const problems = criteriaProblems(toRoundBody(values).criteria, ["criteria"]);
    if (problems.length === 0) {
      setLoose([]);
      onSubmit(values);
      return;
    }
    const rest: string[] = [];
    const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const p of problems) {
      const name = criteriaFieldName(p.path);
      const text = en ? p.en : p.zh;
      if (!name) rest.push(text);
      else {
        const key = name.join(".");
        const entry = byName.get(key) ?? { name, errors: [] };
        entry.errors.push(text);
        byName.set(key, entry);
      }
    }
    form.setFields([...byName.values()] as Parameters<typeof form.setFields>[0]);
    setLoose(rest);
  };
  const typeOptions = PLATFORM_TYPES.filter((ty) => ty.levels.some((l) => l !== "national")).map((ty) => ({
    value: ty.code,
    label: en ? ty.nameEn : ty.name,
  }));
  return (
    <Form<RoundFormValues>
      form={form}
      layout="vertical"
      initialValues={initialRoundValues(thisYear())}
      onFinish={finish}
      scrollToFirstError
    >
      <Flex vertical gap={16}>
        <MessagesAlert messages={loose} />
        <Card size="small" className="rd-card" title={t("cultivation.form.basics")}>
          <Row gutter={16}>
            <Col xs={24} xl={12}>
              <Form.Item
                name="title"
                label={t("cultivation.form.title")}
                rules={[
                  { required: true, whitespace: true, message: t("cultivation.form.titleRequired") },
                  { min: 2, max: 200, message: t("cultivation.form.titleLength") },
                ]}
              >
                <Input maxLength={200} placeholder={t("cultivation.form.titlePlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={8} xl={4}>
              <Form.Item name="year" label={t("cultivation.round.year")} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={8} xl={4}>
              <Form.Item
                name="dataYear"
                label={t("cultivation.round.dataYear")}
                tooltip={t("cultivation.form.dataYearHint")}
                rules={[{ required: true }]}
              >
                <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={8} xl={4}>
              <Form.Item
                name="cap"
                label={t("cultivation.round.cap")}
                tooltip={t("cultivation.form.capHint")}
                rules={[{ required: true }]}
              >
                <InputNumber min={1} max={1000} precision={0} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" className="rd-card" title={t("cultivation.form.filters")}>
          <Typography.Paragraph type="secondary">{t("cultivation.form.filtersHint")}</Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="levels" label={t("cultivation.criteria.levels")}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t("cultivation.criteria.levelsAny")}
                  options={CULTIVATION_FILTER_LEVELS.map((l) => ({
                    value: l,
                    label: pick(PLATFORM_LEVEL_NAMES[l]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="statuses" label={t("cultivation.criteria.statuses")}>
                <Select
                  mode="multiple"
                  allowClear
                  placeholder={t("cultivation.form.statusesDefault")}
                  options={CULTIVATION_FILTER_STATUSES.map((s) => ({
                    value: s,
                    label: pick(PLATFORM_STATUS_NAMES[s]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="industries" label={t("cultivation.criteria.industries")}>
                <Select
                  mode="multiple"
                  allowClear
                  maxTagCount="responsive"
                  placeholder={t("cultivation.criteria.any")}
                  options={INDUSTRIES.map((i) => ({ value: i.code, label: en ? i.nameEn : i.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="minRdSpending" label={t("cultivation.form.minRd")}>
                <InputNumber
                  min={0}
                  max={99_999_999.99}
                  precision={2}
                  style={{ width: "100%" }}
                  placeholder={t("cultivation.criteria.none")}
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
                  options={typeOptions}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size="small" className="rd-card" title={t("cultivation.criteria.scored")}>
          <Typography.Paragraph type="secondary">{t("cultivation.criteria.scoreRule")}</Typography.Paragraph>
          <Form.List name="scored">
            {(fields, { add, remove }) => (
              <Flex vertical gap={4}>
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={12} align="top">
                    <Col xs={24} md={8} xl={6}>
                      <Form.Item
                        name={[field.name, "field"]}
                        label={t("cultivation.criteria.fieldN", { n: index + 1 })}
                        rules={[{ required: true, message: t("cultivation.form.fieldRequired") }]}
                      >
                        <Select
                          options={CULTIVATION_FIELDS.map((f) => ({ value: f.key, label: en ? f.en : f.zh }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4} xl={3}>
                      <Form.Item
                        name={[field.name, "weight"]}
                        label={t("cultivation.criteria.weight")}
                        rules={[{ required: true, message: t("cultivation.form.weightRequired") }]}
                      >
                        <InputNumber min={1} max={1000} precision={0} style={{ width: "100%" }} />
                      </Form.Item>
                    </Col>
                    <Col xs={16} md={5} xl={5}>
                      <Form.Item name={[field.name, "kind"]} label={t("cultivation.form.ruleKind")}>
                        <Select
                          options={[
                            { value: "linear", label: t("cultivation.form.kindLinear") },
                            { value: "percentile", label: t("cultivation.form.kindPercentile") },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Form.Item
                      noStyle
                      dependencies={[
                        ["scored", field.name, "kind"],
                        ["scored", field.name, "field"],
                      ]}
                    >
                      {() => {
                        const row = form.getFieldValue(["scored", field.name]) as CriterionValues | undefined;
                        if (row?.kind !== "linear") return <Col xs={0} md={6} xl={8} />;
                        const unit = CULTIVATION_FIELDS.find((f) => f.key === row.field)?.unit;
                        const suffix = unit ? (en ? unit.en : unit.zh) : undefined;
                        return (
                          <>
                            <Col xs={12} md={3} xl={4}>
                              <Form.Item
                                name={[field.name, "floor"]}
                                label={t("cultivation.form.floor")}
                                rules={[{ required: true, message: t("cultivation.form.boundRequired") }]}
                              >
                                <InputNumber style={{ width: "100%" }} suffix={suffix} />
                              </Form.Item>
                            </Col>
                            <Col xs={12} md={3} xl={4}>
                              <Form.Item
                                name={[field.name, "ceiling"]}
                                label={t("cultivation.form.ceiling")}
                                rules={[{ required: true, message: t("cultivation.form.boundRequired") }]}
                              >
                                <InputNumber style={{ width: "100%" }} suffix={suffix} />
                              </Form.Item>
                            </Col>
                          </>
                        );
                      }}
                    </Form.Item>
                    <Col xs={24} md={1} xl={1}>
                      <Form.Item
                        label={<span className="rd-visually-hidden">{t("cultivation.form.remove")}</span>}
                      >
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t("cultivation.form.removeN", { n: index + 1 })}
                          disabled={fields.length <= 1}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  type="dashed"
                  disabled={fields.length >= 20}
                  onClick={() => add({ kind: "percentile", weight: 10 })}
                  style={{ alignSelf: "start" }}
                >
                  {t("cultivation.form.addCriterion")}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Flex gap={8} className="rd-form-actions">
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t("cultivation.form.create")}
          </Button>
          <Button onClick={onCancel}>{t("common.cancel")}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
