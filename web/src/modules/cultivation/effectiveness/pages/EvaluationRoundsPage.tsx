import { PlusOutlined } from "@ant-design/icons";
import { type EvaluationRound, formatDate } from "@rdcity/common";
import { Button, Card, Empty, Table } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { CreateRoundModal } from "../components/CreateRoundModal";
import { GradeCounts } from "../components/GradeCounts";
import { RoundStatusTag } from "../components/RoundStatusTag";
import { useEvaluationRounds } from "../hooks/useEvaluations";

/** 效能评估: the evaluation rounds, newest first, with their status and grades; the city starts a new one here. */
export function EvaluationRoundsPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const rounds = useEvaluationRounds();
  const [creating, setCreating] = useState(false);
  const mayManage = can("cultivation.manage");
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const createButton = mayManage && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t("cultivation.evaluation.create.action")}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t("cultivation.evaluation.rounds.title")}
        subTitle={t("cultivation.evaluation.rounds.subTitle")}
        breadcrumbs={[{ title: t("menu.cultivation") }, { title: t("cultivation.evaluation.menu.rounds") }]}
        extra={createButton}
      />
      <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
      <Card size="small" className="rd-card">
        <Table<EvaluationRound>
          size="middle"
          rowKey="id"
          loading={rounds.isFetching}
          dataSource={rounds.data ?? []}
          pagination={false}
          scroll={{ x: 1100 }}
          aria-label={t("cultivation.evaluation.rounds.title")}
          locale={
            rounds.isPending
              ? { emptyText: " " }
              : {
                  emptyText: (
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={t("cultivation.evaluation.rounds.empty")}
                    >
                      {createButton}
                    </Empty>
                  ),
                }
          }
          columns={[
            {
              key: "title",
              title: t("cultivation.evaluation.rounds.col.title"),
              render: (_, r) => <Link to={`/console/cultivation/evaluations/${r.id}`}>{r.title}</Link>,
            },
            { key: "year", title: t("cultivation.evaluation.framework.year"), width: 100, dataIndex: "year" },
            {
              key: "status",
              title: t("cultivation.evaluation.rounds.col.status"),
              width: 100,
              render: (_, r) => <RoundStatusTag round={r} />,
            },
            {
              key: "results",
              title: t("cultivation.evaluation.rounds.col.results"),
              align: "right",
              width: 100,
              render: (_, r) => n(r.counts.results),
            },
            {
              key: "grades",
              title: t("cultivation.evaluation.rounds.col.grades"),
              width: 320,
              render: (_, r) => <GradeCounts byGrade={r.counts.byGrade} />,
            },
            {
              key: "followups",
              title: t("cultivation.evaluation.rounds.col.followups"),
              width: 170,
              render: (_, r) =>
                t("cultivation.evaluation.rounds.followupCounts", {
                  reviews: r.counts.reviews,
                  rectifications: r.counts.rectifications,
                }),
            },
            {
              key: "dates",
              title: t("cultivation.evaluation.rounds.col.dates"),
              width: 170,
              render: (_, r) =>
                r.publishedAt
                  ? t("cultivation.evaluation.rounds.publishedOn", { date: formatDate(r.publishedAt) })
                  : r.scoredAt
                    ? t("cultivation.evaluation.rounds.scoredOn", { date: formatDate(r.scoredAt) })
                    : t("cultivation.evaluation.rounds.createdOn", { date: formatDate(r.createdAt) }),
            },
          ]}
        />
      </Card>
      {mayManage && <CreateRoundModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
