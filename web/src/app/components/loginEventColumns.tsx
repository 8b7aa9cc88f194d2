import { formatDateTime } from "@rdcity/common";
import { type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh-CN";

export interface LoginEvent {
  id: number;
  at: string;
  username: string;
  success: boolean;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** Columns of sign-in events (the security administrator's list and one's own history in the profile). */
export function useLoginEventColumns(options: { showUser?: boolean } = {}): TableColumnsType<LoginEvent> {
  const { t } = useI18n();
  return useMemo(() => {
    const reason = (code: string | null) => {
      if (!code) return <span className="rd-none">—</span>;
      const key = `logins.reason.${code}` as MessageKey;
      const text = t(key);
      return text === key ? code : text;
    };
    const columns: TableColumnsType<LoginEvent> = [
      {
        key: "at",
        title: t("logins.at"),
        dataIndex: "at",
        render: (v: string) => <span className="rd-nowrap">{formatDateTime(v)}</span>,
      },
    ];
    if (options.showUser !== false) {
      columns.push({
        key: "username",
        title: t("logins.username"),
        dataIndex: "username",
        render: (v: string) => <span className="rd-mono">{v}</span>,
      });
    }
    columns.push(
      {
        key: "success",
        title: t("logins.result"),
        dataIndex: "success",
        render: (v: boolean) =>
          v ? <Tag color="green">{t("logins.success")}</Tag> : <Tag color="red">{t("logins.failure")}</Tag>,
      },
      { key: "reason", title: t("logins.reason"), dataIndex: "reason", render: reason },
      {
        key: "ip",
        title: t("logins.ip"),
        dataIndex: "ip",
        render: (v: string | null) => <span className="rd-mono">{v ?? "—"}</span>,
      },
      {
        key: "userAgent",
        title: t("logins.userAgent"),
        dataIndex: "userAgent",
        render: (v: string | null) =>
          v ? (
            <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 320 }}>
              {v}
            </Typography.Text>
          ) : (
            "—"
          ),
      },
    );
    return columns;
  }, [t, options.showUser]);
}
