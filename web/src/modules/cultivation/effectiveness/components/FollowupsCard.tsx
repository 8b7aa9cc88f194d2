import { FOLLOWUP_KIND_NAMES, FOLLOWUP_KINDS, type FollowupKind, formatDate } from "@rdcity/common";
import { Card, Empty, Segmented, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { EvaluationFollowup } from "../api/evaluations";
import { useEvaluationFollowups } from "../hooks/useEvaluations";
import { FOLLOWUP_STATUS_COLOURS } from "./gradeStyle";

const today = () => formatDate(new Date());

/**
 * What followed the round's results: expert reviews, rectifications (with their deadlines, overdue ones marked)
 * and revocations, each linked to its workflow instance.
 */
export function FollowupsCard({ roundId }: { roundId: string }) {
  const { t, pick } = useI18n();
  const query = useEvaluationFollowups(roundId);
  const [kind, setKind] = useState<FollowupKind | "all">("all");
  const items = (query.data ?? []).filter((f) => kind === "all" || f.kind === kind);
  const count = (k: FollowupKind) => (query.data ?? []).filter((f) => f.kind === k).length;
  const now = today();
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("cultivation.evaluation.followups.title")}
      extra={
        <Segmented<FollowupKind | "all">
          size="small"
          aria-label={t("cultivation.evaluation.followups.kind")}
          value={kind}
          onChange={setKind}
          options={[
            {
              value: "all",
              label: t("cultivation.evaluation.followups.all", { count: query.data?.length ?? 0 }),
            },
            ...FOLLOWUP_KINDS.map((k) => ({
              value: k,
              label: `${pick(FOLLOWUP_KIND_NAMES[k])} ${count(k)}`,
            })),
          ]}
        />
      }
    >
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<EvaluationFollowup>
        size="middle"
        rowKey="id"
        loading={query.isFetching}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 860 }}
        aria-label={t("cultivation.evaluation.followups.title")}
        locale={
          query.isPending
            ? { emptyText: " " }
            : {
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t("cultivation.evaluation.followups.empty")}
                  />
                ),
              }
        }
        columns={[
          {
            key: "platform",
            title: t("cultivation.evaluation.col.platform"),
            render: (_, f) => <Link to={`/console/platforms/${f.platformId}`}>{f.platformName}</Link>,
          },
          {
            key: "kind",
            title: t("cultivation.evaluation.followups.kind"),
            width: 120,
            render: (_, f) => pick(FOLLOWUP_KIND_NAMES[f.kind]),
          },
          {
            key: "status",
            title: t("cultivation.evaluation.followups.status"),
            width: 170,
            render: (_, f) => <Tag color={FOLLOWUP_STATUS_COLOURS[f.status]}>{pick(f.statusName)}</Tag>,
          },
          {
            key: "deadline",
            title: t("cultivation.evaluation.followups.deadlineCol"),
            width: 150,
            render: (_, f) => {
              if (!f.deadline) return "—";
              const overdue = f.deadline < now && (f.status === "open" || f.status === "submitted");
              return overdue ? (
                <Typography.Text type="danger">
                  {t("cultivation.evaluation.followups.overdue", { date: f.deadline })}
                </Typography.Text>
              ) : (
                f.deadline
              );
            },
          },
          {
            key: "createdAt",
            title: t("cultivation.evaluation.followups.started"),
            width: 120,
            render: (_, f) => formatDate(f.createdAt),
          },
          {
            key: "instance",
            title: t("common.actions"),
            width: 110,
            render: (_, f) =>
              f.instanceId ? (
                <Link to={`/console/workflow/${f.instanceId}`}>
                  {t("cultivation.evaluation.followups.openCase")}
                </Link>
              ) : (
                "—"
              ),
          },
        ]}
      />
    </Card>
  );
}
