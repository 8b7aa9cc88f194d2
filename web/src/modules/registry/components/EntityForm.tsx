import {
  DISTRICTS,
  ENTITY_KINDS,
  INDUSTRIES,
  INDUSTRY_GROUP_NAMES,
  LITTLE_GIANT_LEVELS,
  ZONES,
} from "@rdcity/common";
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  type FormInstance,
  Input,
  Radio,
  Row,
  Select,
  Switch,
} from "antd";
import type { Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyIssues, type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { type EntityBody, type EntityFormValues, formToBody } from "./entityFormValues";

interface SchemaWithShape extends ParsingSchema {
  shape: Record<string, ParsingSchema>;
}

interface Props {
  form: FormInstance<EntityFormValues>;
  initialValues: EntityFormValues;
  /** EntityCreateSchema or EntityPatchSchema: the same rules as the server's. */
  schema: SchemaWithShape;
  /** Turns the form's body into what is sent (all fields for a new record, the changes for an edit). */
  toRequest: (body: EntityBody) => EntityBody;
  onSubmit: (body: EntityBody) => void;
  submitting: boolean;
  submitLabel: string;
  onCancel: () => void;
  messages: string[];
  contactMasked?: boolean;
  banner?: ReactNode;
}

const dateValue = (v: unknown) =>
  v && typeof v === "object" && "format" in v ? (v as Dayjs).format("YYYY-MM-DD") : v;

/** The entity form for create and edit, validated field by field with the shared zod schema. */
export function EntityForm(props: Props) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const { form, schema } = props;
  const district = Form.useWatch("districtCode", form);
  const rule = (field: string, required = false) =>
    zodRule(schema.shape[field] as ParsingSchema, field, lang, { required });
  const item = (field: string) => ({ name: field, label: labels.field(field) });

  const finish = (values: EntityFormValues) => {
    const body = props.toRequest(formToBody(values));
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const loose = applyIssues(form, parsed.error?.issues ?? [], lang);
      if (loose.length === 0) return;
    }
    props.onSubmit(body);
  };

  const zones = ZONES.filter((z) => !district || z.districtCodes.includes(district));
  const en = lang === "en-US";
  return (
    <Form<EntityFormValues>
      form={form}
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={finish}
      scrollToFirstError={{ block: "center" }}
      onValuesChange={(changed) => {
        if ("districtCode" in changed) {
          const zone = form.getFieldValue("zoneCode") as string | null;
          const z = ZONES.find((x) => x.code === zone);
          if (z && changed.districtCode && !z.districtCodes.includes(changed.districtCode))
            form.setFieldValue("zoneCode", null);
        }
      }}
    >
      {props.banner}
      <MessagesAlert messages={props.messages} />
      <Flex vertical gap={16}>
        <Card title={t("entity.section.basic")} size="small" className="rd-card">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item {...item("uscc")} rules={[rule("uscc", true)]} extra={t("entity.usccHint")}>
                <Input maxLength={40} className="rd-mono" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("kind")} rules={[rule("kind", true)]}>
                <Select options={ENTITY_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("name")} rules={[rule("name", true)]}>
                <Input maxLength={100} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("nameEn")} rules={[rule("nameEn")]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                {...item("formerNames")}
                rules={[rule("formerNames")]}
                extra={t("entity.formerNamesHint")}
              >
                <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[",", "，", ";", "；"]} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                {...item("foundedOn")}
                rules={[
                  zodRule(schema.shape.foundedOn as ParsingSchema, "foundedOn", lang, { toValue: dateValue }),
                ]}
              >
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item {...item("website")} rules={[rule("website")]}>
                <Input maxLength={200} placeholder="https://" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item {...item("address")} rules={[rule("address")]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t("entity.section.areaIndustry")} size="small" className="rd-card">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item {...item("districtCode")} rules={[rule("districtCode", true)]}>
                <Select
                  options={DISTRICTS.map((d) => ({
                    value: d.code,
                    label: en ? `${d.nameEn} (${d.code})` : `${d.name}（${d.code}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                {...item("zoneCode")}
                rules={[rule("zoneCode")]}
                extra={district ? undefined : t("entity.zoneHint")}
              >
                <Select
                  allowClear
                  options={zones.map((z) => ({ value: z.code, label: en ? z.nameEn : z.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item {...item("industries")} rules={[rule("industries")]}>
                <Select
                  mode="multiple"
                  allowClear
                  options={(["advantage", "emerging", "future"] as const).map((g) => ({
                    label: en ? INDUSTRY_GROUP_NAMES[g].en : INDUSTRY_GROUP_NAMES[g].zh,
                    title: en ? INDUSTRY_GROUP_NAMES[g].en : INDUSTRY_GROUP_NAMES[g].zh,
                    options: INDUSTRIES.filter((i) => i.group === g).map((i) => ({
                      value: i.code,
                      label: en ? i.nameEn : i.name,
                    })),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t("entity.section.tags")} size="small" className="rd-card">
          <Row gutter={24}>
            {(["isListed", "isHighTech", "isFortune500Affiliate", "isForeignInvested"] as const).map((f) => (
              <Col xs={12} md={6} key={f}>
                <Form.Item {...item(f)} valuePropName="checked">
                  <Switch checkedChildren={t("common.yes")} unCheckedChildren={t("common.no")} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24}>
              <Form.Item {...item("littleGiant")}>
                <Radio.Group
                  optionType="button"
                  options={LITTLE_GIANT_LEVELS.map((l) => ({ value: l, label: labels.littleGiant(l) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t("entity.section.contact")} size="small" className="rd-card">
          {props.contactMasked && (
            <Alert type="info" showIcon title={t("entity.contactMaskedEdit")} style={{ marginBottom: 16 }} />
          )}
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item {...item("contactName")} rules={[rule("contactName")]}>
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("contactPhone")} rules={[rule("contactPhone")]}>
                <Input maxLength={30} autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8} justify="end" className="rd-form-actions">
          <Button onClick={props.onCancel}>{t("common.cancel")}</Button>
          <Button type="primary" htmlType="submit" loading={props.submitting}>
            {props.submitLabel}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
