import { formatDateTime, type User } from "@rdcity/common";
import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { type ReactNode, useMemo } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

export function isLocked(user: User): boolean {
  return Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now());
}

export function useUserColumns(actions: (user: User) => ReactNode): TableColumnsType<User> {
  const { t } = useI18n();
  const labels = useLabels();
  return useMemo<TableColumnsType<User>>(
    () => [
      {
        key: "username",
        title: labels.field("username"),
        render: (_, u) => (
          <Flex vertical gap={2}>
            <Typography.Text strong className="rd-mono">
              {u.username}
            </Typography.Text>
            <Typography.Text type="secondary" className="rd-small">
              {u.displayName}
            </Typography.Text>
            {u.email && (
              <Typography.Text type="secondary" className="rd-small rd-mono">
                {u.email}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: "role",
        title: labels.field("role"),
        dataIndex: "role",
        render: (r: string) => <Tag color="blue">{labels.role(r)}</Tag>,
      },
      {
        key: "area",
        title: labels.field("areaCode"),
        dataIndex: "areaCode",
        render: (v: string | null) =>
          v ? (
            labels.district(v) !== v ? (
              labels.district(v)
            ) : (
              labels.zone(v)
            )
          ) : (
            <span className="rd-none">—</span>
          ),
      },
      {
        key: "status",
        title: labels.field("status"),
        render: (_, u) => (
          <Flex gap={4} wrap>
            {u.status === "active" ? (
              <Tag color="green">{t("users.status.active")}</Tag>
            ) : (
              <Tag>{t("users.status.disabled")}</Tag>
            )}
            {isLocked(u) && <Tag color="red">{t("users.locked")}</Tag>}
            {u.mustChangePassword && <Tag color="orange">{t("users.mustChange")}</Tag>}
          </Flex>
        ),
      },
      {
        key: "totp",
        title: t("users.totp"),
        dataIndex: "totpEnabled",
        render: (v: boolean) =>
          v ? <Tag color="cyan">{t("users.totpOn")}</Tag> : <Tag>{t("users.totpOff")}</Tag>,
      },
      {
        key: "lastLoginAt",
        title: t("users.lastLogin"),
        dataIndex: "lastLoginAt",
        render: (v: string | null) =>
          v ? formatDateTime(v) : <span className="rd-none">{t("users.never")}</span>,
      },
      { key: "actions", title: t("common.actions"), fixed: "right", render: (_, u) => actions(u) },
    ],
    [t, labels, actions],
  );
}
