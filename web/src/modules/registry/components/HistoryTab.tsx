import { formatDateTime } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import { type EntityVersion, entityKeys, fetchHistory } from "../api/entities";
import { ChangeTable } from "./ChangeTable";

const ACTION_COLOURS: Record<string, string> = {
  create: "green",
  import_create: "green",
  update: "blue",
  import_update: "blue",
  merge: "purple",
  merged_into: "purple",
  deregister: "red",
  reactivate: "cyan",
  distinct: "gold",
};

/** 变更历史: every version with what changed from what to what. */
export function HistoryTab({ entityId }: { entityId: string }) {
  const { t } = useI18n();
  const history = useQuery({ queryKey: entityKeys.history(entityId), queryFn: () => fetchHistory(entityId) });
  if (history.isPending) return <Skeleton active />;
  if (history.error) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Empty description={t("history.empty")} />;
  const actionLabel = (action: string) => {
    const key = `history.action.${action}` as MessageKey;
    const text = t(key);
    return text === key ? action : text;
  };
  const versions = [...history.data].sort((a, b) => b.version - a.version);
  return (
    <Timeline
      className="rd-history"
      items={versions.map((v: EntityVersion) => ({
        key: v.version,
        color: ACTION_COLOURS[v.action] ?? "gray",
        content: (
          <Flex vertical gap={6}>
            <Flex gap={8} wrap align="center">
              <Tag color={ACTION_COLOURS[v.action] ?? "default"}>{actionLabel(v.action)}</Tag>
              <Typography.Text strong>{t("history.version", { version: v.version })}</Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(v.at)}</Typography.Text>
              {v.by && <Typography.Text type="secondary">· {v.by}</Typography.Text>}
            </Flex>
            {v.note && <Typography.Text>{v.note}</Typography.Text>}
            <ChangeTable
              changes={v.changes}
              version={v.version}
              initial={v.action === "create" || v.action === "import_create"}
            />
          </Flex>
        ),
      }))}
    />
  );
}
