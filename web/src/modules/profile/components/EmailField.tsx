import { emailSchema, type Session } from "@rdcity/common";
import type { UseMutationResult } from "@tanstack/react-query";
import { Button, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";

type Save = UseMutationResult<Session, Error, { email?: string | null }, unknown>;

/** Own e-mail address for notification mails: shown, edited in place, cleared with an empty field. */
export function EmailField({ email, save }: { email: string | null; save: Save }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ email: string }>();
  if (!editing) {
    return (
      <Space>
        {email ? (
          <span className="rd-mono">{email}</span>
        ) : (
          <Typography.Text type="secondary">{t("profile.emailNone")}</Typography.Text>
        )}
        <Button type="link" size="small" onClick={() => setEditing(true)}>
          {t("common.edit")}
        </Button>
      </Space>
    );
  }
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ email: email ?? "" }}
      onFinish={(v) => save.mutate({ email: v.email.trim() || null }, { onSuccess: () => setEditing(false) })}
    >
      <Form.Item
        name="email"
        extra={t("profile.emailHint")}
        rules={[zodRule(emailSchema as unknown as ParsingSchema, "email", lang)]}
      >
        <Input
          inputMode="email"
          aria-label={t("profile.email")}
          placeholder={t("profile.emailPlaceholder")}
          maxLength={254}
          autoComplete="email"
          autoFocus
          style={{ width: 260 }}
        />
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
  );
}
