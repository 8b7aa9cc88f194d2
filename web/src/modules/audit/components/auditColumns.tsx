import { type AuditEntry, formatDateTime } from "@rdcity/common";
import { Flex, type TableColumnsType, type TableProps, Tag, Tooltip, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { AuditDiff } from "./AuditDiff";

function actionColour(action: string): string {
  if (action.includes("read") || action.includes("reveal")) return "gold";
  if (action.includes("login") || action.includes("auth")) return "geekblue";
  if (action.includes("delete") || action.includes("merge") || action.includes("revoke")) return "volcano";
  if (action.includes("create") || action.includes("import")) return "green";
  return "blue";
}

/** Columns of audit entries (the audit search and an entity's 审计记录 tab). */
export function useAuditColumns(options: { showTarget?: boolean } = {}): TableColumnsType<AuditEntry> {
  const { t } = useI18n();
  const labels = useLabels();
  const showTarget = options.showTarget ?? true;
  const { can } = useAuth();
  const canOpenEntities = can("entity.read");
  return useMemo(() => {
    const actionLabel = (action: string) => {
      const key = `audit.action.${action}` as MessageKey;
      const text = t(key);
      return text === key ? action : text;
    };
    const targetLabel = (type: string) => {
      const key = `audit.targetType.${type}` as MessageKey;
      const text = t(key);
      return text === key ? type : text;
    };
    const columns: TableColumnsType<AuditEntry> = [
      {
        key: "at",
        title: t("audit.at"),
        dataIndex: "at",
        width: 180,
        render: (v: string) => <span className="rd-nowrap">{formatDateTime(v)}</span>,
      },
      {
        key: "actor",
        title: t("audit.actor"),
        render: (_, e) => (
          <Flex vertical gap={2}>
            <Typography.Text>{e.actorName ?? e.actorId ?? t("audit.system")}</Typography.Text>
            {e.actorRole && (
              <Typography.Text type="secondary" className="rd-small">
                {labels.role(e.actorRole)}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
      {
        key: "action",
        title: t("audit.action"),
        dataIndex: "action",
        render: (v: string) => (
          <Tooltip title={v}>
            <Tag color={actionColour(v)}>{actionLabel(v)}</Tag>
          </Tooltip>
        ),
      },
    ];
    if (showTarget) {
      columns.push({
        key: "target",
        title: t("audit.target"),
        render: (_, e) =>
          e.targetType ? (
            <Flex vertical gap={2}>
              <Typography.Text>{targetLabel(e.targetType)}</Typography.Text>
              {e.targetId &&
                (e.targetType === "entity" && canOpenEntities ? (
                  <Link to={`/console/entities/${e.targetId}`} className="rd-mono rd-small">
                    {e.targetId}
                  </Link>
                ) : (
                  <Typography.Text type="secondary" className="rd-mono rd-small">
                    {e.targetId}
                  </Typography.Text>
                ))}
            </Flex>
          ) : (
            <span className="rd-none">—</span>
          ),
      });
    }
    columns.push(
      {
        key: "ip",
        title: t("audit.ip"),
        dataIndex: "ip",
        render: (v: string | null) =>
          v ? <span className="rd-mono">{v}</span> : <span className="rd-none">—</span>,
      },
      {
        key: "purpose",
        title: t("audit.purpose"),
        dataIndex: "purpose",
        render: (v: string | null) =>
          v ? (
            <Typography.Text ellipsis={{ tooltip: v }} style={{ maxWidth: 200 }}>
              {v}
            </Typography.Text>
          ) : (
            <span className="rd-none">—</span>
          ),
      },
    );
    return columns;
  }, [t, labels, showTarget, canOpenEntities]);
}

/** Rows open to show the before/after diff. */
export function useAuditExpandable(): TableProps<AuditEntry>["expandable"] {
  const { t } = useI18n();
  return useMemo(
    () => ({
      expandedRowRender: (entry: AuditEntry) => <AuditDiff entry={entry} />,
      columnTitle: <span className="rd-visually-hidden">{t("audit.details")}</span>,
    }),
    [t],
  );
}
