import { Form, Input } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";

/** The four things an objection needs (real name, identity, contact, the objection): the public form and officials'. */
export function ObjectionFields() {
  const { t } = useI18n();
  const required = (label: string) => [
    { required: true, whitespace: true, message: t("notice.required", { field: label }) },
  ];
  return (
    <>
      <Form.Item
        name="objectorName"
        label={t("notice.objectorName")}
        rules={required(t("notice.objectorName"))}
      >
        <Input maxLength={100} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="objectorIdentity"
        label={t("notice.objectorIdentity")}
        rules={required(t("notice.objectorIdentity"))}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="objectorContact"
        label={t("notice.objectorContact")}
        rules={required(t("notice.objectorContact"))}
      >
        <Input maxLength={200} autoComplete="tel" inputMode="tel" />
      </Form.Item>
      <Form.Item name="body" label={t("notice.body")} rules={required(t("notice.body"))}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={10000}
          showCount
          placeholder={t("notice.bodyPlaceholder")}
        />
      </Form.Item>
    </>
  );
}
