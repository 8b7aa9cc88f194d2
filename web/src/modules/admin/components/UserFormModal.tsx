import { assignableRoles, DISTRICTS, type Role, type User, UserCreateSchema, ZONES } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { useSession } from "../../../app/auth/AuthProvider";
import { MessagesAlert } from "../../../app/components/ProblemAlert";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { type ParsingSchema, zodRule } from "../../../app/forms/zodRules";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { adminKeys, createUser, patchUser, type UserInput } from "../api/admin";

interface Values {
  username?: string;
  displayName: string;
  role: Role;
  password?: string;
  areaCode?: string | null;
  orgId?: string;
  email?: string;
  active?: boolean;
}

const FIELDS = ["username", "displayName", "role", "password", "areaCode", "orgId", "email", "status"];
const shape = (UserCreateSchema as unknown as { shape: Record<string, ParsingSchema> }).shape;

/** Create a user, or edit one (display name, role, area, organisation, active/disabled). */
export function UserFormModal({
  user,
  open,
  onClose,
}: {
  user: User | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const session = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [messages, setMessages] = useState<string[]>([]);
  const role = Form.useWatch("role", form);
  const editing = Boolean(user);
  const roles = [...new Set([...assignableRoles(session.user.role), ...(user ? [user.role] : [])])];
  const rule = (field: string, required = false) =>
    zodRule(shape[field] as ParsingSchema, field, lang, { required });

  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: UserInput = {
        displayName: v.displayName.trim(),
        role: v.role,
        areaCode: v.areaCode || null,
        orgId: v.orgId?.trim() || null,
      };
      const email = v.email?.trim() || null;
      if (user) {
        // Sent only when changed: an address shown masked is never written back.
        const changed = email !== (user.email ?? null);
        return patchUser(user.id, {
          ...body,
          ...(changed ? { email } : {}),
          status: v.active ? "active" : "disabled",
        });
      }
      return createUser({ ...body, email, username: v.username?.trim(), password: v.password });
    },
    onMutate: () => setMessages([]),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void message.success(
        editing
          ? t("users.saved", { name: saved.displayName })
          : t("users.created", { name: saved.username }),
      );
      onClose();
    },
    onError: (error) => setMessages(applyProblemToForm(form, error, FIELDS)),
  });

  const areaOptions = [
    {
      label: t("users.districts"),
      options: DISTRICTS.map((d) => ({ value: d.code, label: lang === "en-US" ? d.nameEn : d.name })),
    },
    {
      label: t("users.zones"),
      options: ZONES.map((z) => ({ value: z.code, label: lang === "en-US" ? z.nameEn : z.name })),
    },
  ];

  return (
    <Modal
      open={open}
      title={editing ? t("users.editTitle", { name: user?.username ?? "" }) : t("users.createTitle")}
      okText={t("common.save")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        setMessages([]);
        onClose();
      }}
      destroyOnHidden
    >
      <MessagesAlert messages={messages} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        preserve={false}
        initialValues={
          user
            ? {
                displayName: user.displayName,
                role: user.role,
                areaCode: user.areaCode,
                orgId: user.orgId ?? undefined,
                email: user.email ?? undefined,
                active: user.status === "active",
              }
            : { role: roles[0], active: true }
        }
      >
        {!editing && (
          <Form.Item
            name="username"
            label={labels.field("username")}
            rules={[rule("username", true)]}
            extra={t("users.usernameHint")}
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={labels.field("displayName")} rules={[rule("displayName", true)]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={labels.field("role")} rules={[rule("role", true)]}>
          <Select options={roles.map((r) => ({ value: r, label: labels.role(r) }))} />
        </Form.Item>
        {role !== "security_admin" && role !== "audit_admin" && (
          <Form.Item
            name="areaCode"
            label={labels.field("areaCode")}
            rules={[{ required: role === "district", message: t("users.areaRequired") }]}
            extra={role === "district" ? t("users.areaHint") : undefined}
          >
            <Select allowClear showSearch={{ optionFilterProp: "label" }} options={areaOptions} />
          </Form.Item>
        )}
        {role === "entity" && (
          <Form.Item
            name="orgId"
            label={labels.field("orgId")}
            rules={[rule("orgId")]}
            extra={t("users.orgHint")}
          >
            <Input className="rd-mono" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="email"
          label={labels.field("email")}
          rules={[rule("email")]}
          extra={t("profile.emailHint")}
        >
          <Input inputMode="email" autoComplete="off" maxLength={254} className="rd-mono" />
        </Form.Item>
        {!editing && (
          <Form.Item
            name="password"
            label={t("users.initialPassword")}
            rules={[rule("password", true)]}
            extra={t("users.passwordHint")}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        {editing && (
          <Form.Item name="active" label={t("users.active")} valuePropName="checked">
            <Switch
              checkedChildren={t("users.status.active")}
              unCheckedChildren={t("users.status.disabled")}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
