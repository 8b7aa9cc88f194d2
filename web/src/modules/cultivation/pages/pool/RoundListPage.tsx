import { PlusOutlined, TeamOutlined } from "@ant-design/icons";
import {
  CULTIVATION_ROUND_STATUS_NAMES,
  CULTIVATION_ROUND_STATUSES,
  type CultivationRound,
  type CultivationRoundStatus,
  formatDateTime,
} from "@rdcity/common";
import { Button, Card, Flex, Select, Table, Typography } from "antd";
import { useId } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { RoundStatusTag } from "../../components/pool/RoundStatusTag";
import { useRounds } from "../../hooks/usePoolQueries";

/** 培育对象遴选: the selection rounds, newest first, with their counts; the city creates a round here. */
export function RoundListPage() {
  const { t, lang, pick } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const status = (search.get("status") ?? undefined) as CultivationRoundStatus | undefined;
  const rounds = useRounds(status ? { status } : {});
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <>
      <PageHeader
        title={t("cultivation.rounds.title")}
        subTitle={t("cultivation.rounds.subTitle")}
        breadcrumbs={[{ title: t("menu.cultivation") }, { title: t("menu.cultivationSelection") }]}
        extra={
          <>
            <Button icon={<TeamOutlined />} onClick={() => navigate("/console/cultivation/selection/pool")}>
              {t("cultivation.pool.title")}
            </Button>
            {can("cultivation.manage") && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate("/console/cultivation/selection/new")}
              >
                {t("cultivation.rounds.create")}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" className="rd-card">
        <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <label htmlFor={`${id}-status`}>{t("cultivation.round.status")}</label>
          <Select<CultivationRoundStatus>
            id={`${id}-status`}
            allowClear
            style={{ width: 200 }}
            placeholder={t("list.any")}
            value={status}
            onChange={(v) =>
              setSearch((prev) => {
                const next = new URLSearchParams(prev);
                if (v) next.set("status", v);
                else next.delete("status");
                return next;
              })
            }
            options={CULTIVATION_ROUND_STATUSES.map((s) => ({
              value: s,
              label: pick(CULTIVATION_ROUND_STATUS_NAMES[s]),
            }))}
          />
        </Flex>
        <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
        <Table<CultivationRound>
          size="middle"
          rowKey="id"
          aria-label={t("cultivation.rounds.title")}
          dataSource={rounds.data ?? []}
          loading={rounds.isFetching}
          pagination={false}
          scroll={{ x: 960 }}
          locale={rounds.isPending ? { emptyText: " " } : emptyText(t("cultivation.rounds.empty"))}
          columns={[
            {
              key: "title",
              title: t("cultivation.rounds.col.title"),
              render: (_, r) => <Link to={`/console/cultivation/selection/rounds/${r.id}`}>{r.title}</Link>,
            },
            { key: "year", title: t("cultivation.round.year"), dataIndex: "year", align: "right" },
            {
              key: "dataYear",
              title: t("cultivation.round.dataYear"),
              dataIndex: "dataYear",
              align: "right",
            },
            {
              key: "eligible",
              title: t("cultivation.rounds.col.eligible"),
              align: "right",
              render: (_, r) => (r.scoredAt ? n(r.counts.eligible) : "—"),
            },
            {
              key: "selected",
              title: t("cultivation.rounds.col.selected"),
              align: "right",
              className: "rd-nowrap",
              render: (_, r) => (r.scoredAt ? `${n(r.counts.selected)} / ${n(r.cap)}` : `— / ${n(r.cap)}`),
            },
            {
              key: "status",
              title: t("cultivation.round.status"),
              render: (_, r) => <RoundStatusTag round={r} />,
            },
            {
              key: "updated",
              title: t("cultivation.round.updated"),
              render: (_, r) => (
                <Flex vertical gap={0}>
                  <span className="rd-nowrap">{formatDateTime(r.updatedAt)}</span>
                  {r.updatedBy && (
                    <Typography.Text type="secondary" className="rd-small">
                      {r.updatedBy}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: "instance",
              title: t("cultivation.round.approval"),
              render: (_, r) =>
                r.instanceId ? (
                  <Link to={`/console/workflow/${r.instanceId}`}>{t("cultivation.round.openInstance")}</Link>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
