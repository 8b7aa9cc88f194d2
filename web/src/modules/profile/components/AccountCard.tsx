import { LANGS, type Lang, ProfilePatchSchema } from "@rdcity/common";
import { useMutation } from "@tanstack/react-query";
import { App, Button, Card, Descriptions, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import { isApiError } from "../../../app/api/problem";
import { useAuth, useSession } from "../../../app/auth/AuthProvider";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { patchProfile } from "../api/profile";
import { EmailField } from "./EmailField";

const LANG_NAMES: Record<Lang, string> = { "zh-CN": "简体中文", "en-US": "English" };
const shape = (ProfilePatchSchema as unknown as { shape: Record<string, ParsingSchema> }).shape;

/** Own account: name (editable), role, area, preferred language. */
export function AccountCard() {
  const { t, lang, setLang } = useI18n();
  const labels = useLabels();
  const { message } = App.useApp();
  const session = useSession();
  const { acceptSession } = useAuth();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ displayName: string }>();
  const save = useMutation({
    mutationFn: patchProfile,
    onSuccess: (next, body) => {
      acceptSession(next);
      if (body.language) setLang(body.language);
      setEditing(false);
      void message.success(t("profile.saved"));
    },
    onError: (error) => void message.error(isApiError(error) ? error.detail : String(error)),
  });
  const { user } = session;
  const area = user.areaCode
    ? labels.district(user.areaCode) !== user.areaCode
      ? labels.district(user.areaCode)
      : labels.zone(user.areaCode)
    : "—";
  return (
    <Card title={t("profile.account")} size="small" className="rd-card">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: "username",
            label: labels.field("username"),
            children: <span className="rd-mono">{user.username}</span>,
          },
          {
            key: "displayName",
            label: labels.field("displayName"),
            children: editing ? (
              <Form
                form={form}
                layout="inline"
                initialValues={{ displayName: user.displayName }}
                onFinish={(v) => save.mutate({ displayName: v.displayName.trim() })}
              >
                <Form.Item
                  name="displayName"
                  rules={[
                    zodRule(shape.displayName as ParsingSchema, "displayName", lang, { required: true }),
                  ]}
                >
                  <Input aria-label={labels.field("displayName")} maxLength={50} autoFocus />
                </Form.Item>
                <Space>
                  <Button type="primary" htmlType="submit" size="small" loading={save.isPending}>
                    {t("common.save")}
                  </Button>
                  <Button size="small" onClick={() => setEditing(false)}>
                    {t("common.cancel")}
                  </Button>
                </Space>
              </Form>
            ) : (
              <Space>
                {user.displayName}
                <Button type="link" size="small" onClick={() => setEditing(true)}>
                  {t("common.edit")}
                </Button>
              </Space>
            ),
          },
          {
            key: "email",
            label: t("profile.email"),
            children: <EmailField email={user.email} save={save} />,
          },
          { key: "role", label: labels.field("role"), children: labels.role(user.role) },
          { key: "area", label: labels.field("areaCode"), children: area },
          {
            key: "language",
            label: t("profile.language"),
            children: (
              <Select<Lang>
                aria-label={t("profile.language")}
                value={user.language ?? lang}
                style={{ width: 160 }}
                loading={save.isPending}
                options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
                onChange={(language) => save.mutate({ language })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
