import {
  DISTRICTS,
  INDUSTRIES,
  INDUSTRY_GROUP_NAMES,
  PLATFORM_CATEGORIES,
  PLATFORM_COUNTED_STATUSES,
  PLATFORM_INITIAL_STATUSES,
  type PlatformStatus,
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
  Row,
  Select,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyIssues, type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { PlatformTypeOption } from "../api/platforms";
import { usePlatformTypes } from "../hooks/usePlatformTypes";
import { type AreaChoices, zonesOf } from "./areaChoices";
import { PlatformLinksField, searchEntityOptions } from "./PlatformLinksField";
import { formToBody, type PlatformBody, type PlatformFormValues } from "./platformFormValues";
import { usePlatformLabels } from "./platformLabels";
import { type RemoteOption, RemoteSelect } from "./RemoteSelect";

interface SchemaWithShape extends ParsingSchema {
  shape: Record<string, ParsingSchema>;
}

interface Props {
  form: FormInstance<PlatformFormValues>;
  initialValues: PlatformFormValues;
  /** PlatformCreateSchema or PlatformPatchSchema: the same rules as the server's. */
  schema: SchemaWithShape;
  /** A new record chooses the status it starts in; a stored one changes status through its own dialog. */
  mode: "create" | "edit";
  /** The stored record's status (edit): recognised and later statuses need a recognition date. */
  currentStatus?: PlatformStatus;
  /** Turns the form's body into what is sent (filled fields for a new record, the changes for an edit). */
  toRequest: (body: PlatformBody) => PlatformBody;
  onSubmit: (body: PlatformBody) => void;
  submitting: boolean;
  submitLabel: string;
  onCancel: () => void;
  messages: string[];
  /** Labels of the organisations already linked (host, co-builders), for the pickers. */
  knownEntities: RemoteOption[];
  areas: AreaChoices;
  contactMasked?: boolean;
  banner?: ReactNode;
}

const dateValue = (v: unknown) =>
  v && typeof v === "object" && "format" in v ? (v as Dayjs).format("YYYY-MM-DD") : v;
const notAfterToday = (d: Dayjs) => d.isAfter(dayjs(), "day");

/** The platform form for create and edit, validated field by field with the shared zod schema. */
export function PlatformForm(props: Props) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const types = usePlatformTypes();
  const { form, schema } = props;
  const typeCode = Form.useWatch("typeCode", form);
  const district = Form.useWatch("districtCode", form);
  const status = Form.useWatch("status", form) ?? props.currentStatus;
  const en = lang === "en-US";
  const rule = (field: string, required = false) =>
    zodRule(schema.shape[field] as ParsingSchema, field, lang, { required, toValue: dateValue });
  const item = (field: string) => ({ name: field, label: labels.field(field) });
  const type: PlatformTypeOption | undefined = types.data?.find((x) => x.code === typeCode);
  const needsRecognition = status !== undefined && PLATFORM_COUNTED_STATUSES.includes(status);

  const finish = (values: PlatformFormValues) => {
    const body = props.toRequest(formToBody(values, { withStatus: props.mode === "create" }));
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const loose = applyIssues(form, parsed.error?.issues ?? [], lang);
      if (loose.length === 0) return;
    }
    props.onSubmit(body);
  };

  const typeOptions = PLATFORM_CATEGORIES.map((c) => ({
    label: labels.category(c),
    title: labels.category(c),
    options: (types.data ?? [])
      .filter((x) => x.category === c)
      .map((x) => ({ value: x.code, label: en ? x.nameEn : x.name, title: en ? x.nameEn : x.name })),
  })).filter((g) => g.options.length > 0);
  const levelChoices = type?.levels ?? [];

  return (
    <Form<PlatformFormValues>
      form={form}
      layout="vertical"
      initialValues={props.initialValues}
      onFinish={finish}
      scrollToFirstError={{ block: "center" }}
      onValuesChange={(changed) => {
        if ("typeCode" in changed) {
          // Keep the level only when the new type allows it; a type with one level sets it.
          const next = types.data?.find((x) => x.code === changed.typeCode);
          const level = form.getFieldValue("level");
          if (next?.levels.length === 1) form.setFieldValue("level", next.levels[0]);
          else if (next && level && !next.levels.includes(level)) form.setFieldValue("level", undefined);
        }
        if ("districtCode" in changed) {
          const zone = form.getFieldValue("zoneCode") as string | null;
          if (zone && !zonesOf(props.areas, changed.districtCode).some((z) => z.code === zone))
            form.setFieldValue("zoneCode", null);
        }
      }}
    >
      {props.banner}
      <MessagesAlert messages={props.messages} />
      <Flex vertical gap={16}>
        <Card title={t("platform.form.basics")} size="small" className="rd-card">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item {...item("typeCode")} rules={[rule("typeCode", true)]}>
                <Select
                  showSearch={{ optionFilterProp: "label" }}
                  loading={types.isPending}
                  options={typeOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                {...item("level")}
                rules={[rule("level", true)]}
                extra={
                  type
                    ? t("platform.form.levelHint", {
                        levels: type.levels.map((l) => labels.level(l)).join(en ? ", " : "、"),
                      })
                    : t("platform.form.typeFirst")
                }
              >
                <Select
                  disabled={!type}
                  options={levelChoices.map((l) => ({ value: l, label: labels.level(l) }))}
                />
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
                {...item("hostEntityId")}
                rules={[rule("hostEntityId", true)]}
                extra={t("platform.form.hostHint")}
              >
                <RemoteSelect
                  queryKey={["platforms", "entity-search"]}
                  search={searchEntityOptions}
                  known={props.knownEntities}
                  placeholder={t("platform.form.entitySearch")}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                {...item("externalCode")}
                rules={[rule("externalCode")]}
                extra={t("platform.form.externalCodeHint")}
              >
                <Input maxLength={64} className="rd-mono" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("website")} rules={[rule("website")]}>
                <Input maxLength={200} placeholder="https://" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("address")} rules={[rule("address")]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item {...item("description")} rules={[rule("description")]}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t("platform.form.area")} size="small" className="rd-card">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item {...item("districtCode")} rules={[rule("districtCode", true)]}>
                <Select
                  options={DISTRICTS.filter((d) => props.areas.districts.includes(d.code)).map((d) => ({
                    value: d.code,
                    label: en ? `${d.nameEn} (${d.code})` : `${d.name}（${d.code}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                {...item("zoneCode")}
                rules={[rule("zoneCode", props.areas.zoneRequired)]}
                extra={district ? undefined : t("entity.zoneHint")}
              >
                <Select
                  allowClear
                  options={zonesOf(props.areas, district).map((z) => ({
                    value: z.code,
                    label: en ? z.nameEn : z.name,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item {...item("industries")} rules={[rule("industries")]}>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  options={(["advantage", "emerging", "future"] as const).map((g) => ({
                    label: en ? INDUSTRY_GROUP_NAMES[g].en : INDUSTRY_GROUP_NAMES[g].zh,
                    title: en ? INDUSTRY_GROUP_NAMES[g].en : INDUSTRY_GROUP_NAMES[g].zh,
                    options: INDUSTRIES.filter((i) => i.group === g).map((i) => ({
                      value: i.code,
                      label: en ? i.nameEn : i.name,
                      title: en ? i.nameEn : i.name,
                    })),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t("platform.form.recognition")} size="small" className="rd-card">
          <Row gutter={24}>
            {props.mode === "create" && (
              <>
                <Col xs={24} md={12}>
                  <Form.Item {...item("status")} rules={[rule("status", true)]}>
                    <Select
                      options={PLATFORM_INITIAL_STATUSES.map((s) => ({
                        value: s,
                        label: labels.platformStatus(s),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    {...item("statusOn")}
                    rules={[rule("statusOn")]}
                    extra={t("platform.form.statusOnHint")}
                  >
                    <DatePicker style={{ width: "100%" }} disabledDate={notAfterToday} />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={12}>
              <Form.Item
                {...item("recognisedOn")}
                dependencies={["status"]}
                rules={[rule("recognisedOn", needsRecognition)]}
                extra={needsRecognition ? undefined : t("platform.form.recognisedHint")}
              >
                <DatePicker style={{ width: "100%" }} disabledDate={notAfterToday} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item {...item("recognitionDocNo")} rules={[rule("recognitionDocNo")]}>
                <Input maxLength={100} placeholder={t("platform.form.docNoPlaceholder")} />
              </Form.Item>
            </Col>
            {props.mode === "edit" && (
              <Col xs={24}>
                <Alert
                  type="info"
                  showIcon
                  title={t("platform.form.statusHint", { status: labels.platformStatus(status ?? "") })}
                />
              </Col>
            )}
          </Row>
        </Card>
        <Card title={t("platform.form.links")} size="small" className="rd-card">
          <PlatformLinksField form={form} known={props.knownEntities} />
        </Card>
        <Card title={t("platform.form.contact")} size="small" className="rd-card">
          <Alert
            type="info"
            showIcon
            title={props.contactMasked ? t("entity.contactMaskedEdit") : t("platform.form.privateHint")}
            style={{ marginBottom: 16 }}
          />
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
            <Col xs={24}>
              <Form.Item {...item("notes")} rules={[rule("notes")]}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
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
