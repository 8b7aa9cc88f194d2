import { useQuery } from "@tanstack/react-query";
import { Button, Empty, Flex, Progress, Skeleton, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { type DuplicateCandidate, entityKeys, fetchDuplicates } from "../api/entities";
import { reasonLabelKey } from "./DuplicateWarningModal";
import { StatusTag } from "./EntityTags";
import { MergeModal } from "./MergeModal";

interface Props {
  entity: { id: string; name: string; etag: string; active: boolean };
}

/** 疑似重复: records that may be the same entity, with merge and "not the same" actions. */
export function DuplicatesTab({ entity }: Props) {
  const { t } = useI18n();
  const labels = useLabels();
  const { can } = useAuth();
  const [target, setTarget] = useState<{ other: DuplicateCandidate; mode: "merge" | "distinct" } | null>(
    null,
  );
  const duplicates = useQuery({
    queryKey: entityKeys.duplicates(entity.id),
    queryFn: () => fetchDuplicates(entity.id),
  });
  if (duplicates.isPending) return <Skeleton active />;
  if (duplicates.error)
    return <ProblemAlert error={duplicates.error} onRetry={() => void duplicates.refetch()} />;
  const mayMerge = can("entity.merge") && entity.active;
  return (
    <>
      <Table<DuplicateCandidate>
        aria-label={t("entity.tab.duplicates")}
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={duplicates.data}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("duplicates.empty")} />,
        }}
        columns={[
          {
            key: "name",
            title: labels.field("name"),
            render: (_, c) => <Link to={`/console/entities/${c.id}`}>{c.name}</Link>,
          },
          {
            key: "uscc",
            title: labels.field("uscc"),
            dataIndex: "uscc",
            render: (v: string) => <span className="rd-mono">{v}</span>,
          },
          {
            key: "district",
            title: labels.field("districtCode"),
            dataIndex: "districtCode",
            render: (v: string) => labels.district(v),
          },
          {
            key: "status",
            title: labels.field("status"),
            dataIndex: "status",
            render: (v: DuplicateCandidate["status"]) => <StatusTag status={v} />,
          },
          {
            key: "reason",
            title: t("entity.dupReason"),
            render: (_, c) => (
              <Tag color={c.reason === "uscc" ? "red" : "orange"}>{t(reasonLabelKey(c.reason))}</Tag>
            ),
          },
          {
            key: "similarity",
            title: t("duplicates.similarity"),
            width: 160,
            render: (_, c) => (
              <Progress
                percent={Math.round(c.similarity * 100)}
                size="small"
                aria-label={t("duplicates.similarity")}
              />
            ),
          },
          ...(mayMerge
            ? [
                {
                  key: "actions",
                  title: t("common.actions"),
                  render: (_: unknown, c: DuplicateCandidate) =>
                    c.status === "active" ? (
                      <Flex gap={4}>
                        <Button size="small" onClick={() => setTarget({ other: c, mode: "merge" })}>
                          {t("merge.button")}
                        </Button>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => setTarget({ other: c, mode: "distinct" })}
                        >
                          {t("distinct.button")}
                        </Button>
                      </Flex>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <MergeModal
        current={entity}
        other={target?.other ?? null}
        mode={target?.mode ?? "merge"}
        onClose={() => setTarget(null)}
      />
    </>
  );
}
