import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { PLATFORM_LINK_ROLES, PlatformLinkInputSchema } from "@rdcity/common";
import { Button, Col, DatePicker, Form, type FormInstance, Input, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { searchEntities } from "../api/platforms";
import type { PlatformFormValues } from "./platformFormValues";
import { usePlatformLabels } from "./platformLabels";
import { type RemoteOption, RemoteSelect } from "./RemoteSelect";

const shape = PlatformLinkInputSchema.shape as unknown as Record<string, ParsingSchema>;
const dateValue = (v: unknown) =>
  v && typeof v === "object" && "format" in v ? (v as Dayjs).format("YYYY-MM-DD") : v;

export const searchEntityOptions = async (q: string, signal: AbortSignal): Promise<RemoteOption[]> =>
  (await searchEntities(q, signal)).map((e) => ({ value: e.id, label: e.name, hint: e.uscc }));

/**
 * Co-builders and partners as dated links (CERIF style): organisation, role, from, to, note. The list is sent
 * whole; an ended link stays with its end date instead of being removed.
 */
export function PlatformLinksField({
  form,
  known,
}: {
  form: FormInstance<PlatformFormValues>;
  known: RemoteOption[];
}) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const rule = (field: string, required = false) =>
    zodRule(shape[field]!, field, lang, { required, toValue: dateValue });
  return (
    <Form.List name="links">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t("platform.detail.noLinks")}</Typography.Paragraph>
          )}
          {fields.map((field, index) => {
            const n = index + 1;
            const label = (key: string) => `${key} ${n}`;
            return (
              <Row gutter={16} key={field.key} className="rd-link-row" align="top">
                <Col xs={24} lg={8}>
                  <Form.Item
                    name={[field.name, "entityId"]}
                    label={label(t("platform.detail.organisation"))}
                    rules={[rule("entityId", true)]}
                  >
                    <RemoteSelect
                      queryKey={["platforms", "entity-search"]}
                      search={searchEntityOptions}
                      known={known}
                      placeholder={t("platform.form.entitySearch")}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={4}>
                  <Form.Item
                    name={[field.name, "role"]}
                    label={label(t("platform.detail.role"))}
                    rules={[rule("role", true)]}
                  >
                    <Select
                      options={PLATFORM_LINK_ROLES.map((r) => ({ value: r, label: labels.linkRole(r) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={3}>
                  <Form.Item
                    name={[field.name, "startOn"]}
                    label={label(t("platform.form.linkFrom"))}
                    rules={[rule("startOn")]}
                  >
                    <DatePicker style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={3}>
                  <Form.Item
                    name={[field.name, "endOn"]}
                    label={label(t("platform.form.linkTo"))}
                    dependencies={[["links", field.name, "startOn"]]}
                    rules={[
                      rule("endOn"),
                      {
                        validator: async (_r, end: Dayjs | null | undefined) => {
                          const start = form.getFieldValue(["links", field.name, "startOn"]) as Dayjs | null;
                          if (start && end?.isBefore(start, "day"))
                            throw new Error(t("platform.form.linkEndBeforeStart"));
                        },
                      },
                    ]}
                  >
                    <DatePicker style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col xs={10} lg={5}>
                  <Form.Item
                    name={[field.name, "note"]}
                    label={label(t("platform.detail.note"))}
                    rules={[rule("note")]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={2} lg={1}>
                  <Form.Item
                    label={<span className="rd-visually-hidden">{t("platform.form.removeLink")}</span>}
                  >
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t("platform.form.removeLink")} ${n}`}
                      title={t("platform.form.removeLink")}
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
            onClick={() => add({ role: "co_builder" })}
            disabled={fields.length >= 30}
          >
            {t("platform.form.addLink")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
