import { type PlatformCultivation, platformTypeByCode } from "@rdcity/common";
import { Card, Descriptions, Empty, Flex, Skeleton, Table, Tag, Timeline, Typography } from "antd";
import { Link } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { formatScore } from "../effectiveness/components/scoreFormat";
import { usePlatformCultivation } from "./useHistory";

type Considered = PlatformCultivation["rounds"][number];
type Entry = PlatformCultivation["pool"][number];

const ENTRY_COLOURS: Record<Entry["status"], string> = {
  in_pool: "blue",
  promoted: "green",
  dropped: "gray",
};

/**
 * The platform in the cultivation pool (培育库): its entries (entered, promoted to national level, dropped) and
 * every selection round that considered it — its score and rank, selected or not, or why it was left out; a round
 * opens to the reason for each point.
 */
export function PoolHistoryCard({ platformId }: { platformId: string }) {
  const { t, pick, lang } = useI18n();
  const query = usePlatformCultivation(platformId);
  const title = t("cultivation.evaluation.history.pool.title");
  if (query.isPending)
    return (
      <Card size="small" className="rd-card" title={title}>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  const data = query.data;
  const typeName = (code: string | null) => {
    const type = code ? platformTypeByCode(code) : undefined;
    return type ? (lang === "en-US" ? type.nameEn : type.name) : (code ?? "");
  };
  const entryText = (e: Entry) => {
    const lines = [
      t("cultivation.evaluation.history.pool.entered", { date: e.enteredOn, round: e.roundTitle }),
    ];
    if (e.promotedOn)
      lines.push(
        t("cultivation.evaluation.history.pool.promoted", {
          date: e.promotedOn,
          type: typeName(e.promotedTypeCode),
        }),
      );
    if (e.droppedOn)
      lines.push(
        t("cultivation.evaluation.history.pool.dropped", {
          date: e.droppedOn,
          reason: e.droppedReason ?? "—",
        }),
      );
    return lines;
  };
  return (
    <Card size="small" className="rd-card" title={title}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {data && data.pool.length === 0 && data.rounds.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t("cultivation.evaluation.history.pool.empty")}
        />
      ) : data ? (
        <Flex vertical gap={16}>
          {data.pool.length > 0 ? (
            <Timeline
              items={data.pool.map((e) => ({
                key: e.id,
                color: ENTRY_COLOURS[e.status],
                content: (
                  <Flex vertical gap={2}>
                    <span>
                      <Tag color={ENTRY_COLOURS[e.status]}>{pick(e.statusLabel)}</Tag>
                    </span>
                    {entryText(e).map((line) => (
                      <span key={line}>{line}</span>
                    ))}
                  </Flex>
                ),
              }))}
            />
          ) : (
            <Typography.Text type="secondary">
              {t("cultivation.evaluation.history.pool.notInPool")}
            </Typography.Text>
          )}
          <Table<Considered>
            size="small"
            rowKey="roundId"
            pagination={false}
            dataSource={data.rounds}
            scroll={{ x: 640 }}
            aria-label={t("cultivation.evaluation.history.pool.rounds")}
            title={() => (
              <Typography.Text strong>{t("cultivation.evaluation.history.pool.rounds")}</Typography.Text>
            )}
            expandable={{
              rowExpandable: (r) => r.parts.length > 0 || r.reasons.length > 0,
              expandedRowRender: (r) => <ConsideredDetail round={r} />,
              columnTitle: (
                <span className="rd-visually-hidden">{t("cultivation.evaluation.history.pool.reasons")}</span>
              ),
            }}
            columns={[
              {
                key: "title",
                title: t("cultivation.evaluation.history.pool.round"),
                render: (_, r) => (
                  <Flex vertical>
                    <Link to={`/console/cultivation/selection/rounds/${r.roundId}`}>{r.title}</Link>
                    <Typography.Text type="secondary" className="rd-small">
                      {t("cultivation.evaluation.history.pool.dataYear", { year: r.dataYear })} ·{" "}
                      {pick(r.statusLabel)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                key: "score",
                title: t("cultivation.evaluation.history.pool.score"),
                align: "right",
                render: (_, r) => formatScore(r.score, lang, 2),
              },
              {
                key: "rank",
                title: t("cultivation.evaluation.history.pool.rank"),
                align: "right",
                render: (_, r) => (r.rank ? r.rank : "—"),
              },
              {
                key: "outcome",
                title: t("cultivation.evaluation.history.pool.outcome"),
                render: (_, r) =>
                  r.selected ? (
                    <Tag color="green">{t("cultivation.evaluation.history.pool.selected")}</Tag>
                  ) : r.eligible ? (
                    <Tag>{t("cultivation.evaluation.history.pool.notSelected")}</Tag>
                  ) : (
                    <Tag color="orange">{t("cultivation.evaluation.history.pool.excluded")}</Tag>
                  ),
              },
            ]}
          />
        </Flex>
      ) : null}
    </Card>
  );
}

function ConsideredDetail({ round }: { round: Considered }) {
  const { t, pick, lang } = useI18n();
  if (round.reasons.length > 0)
    return (
      <Descriptions
        size="small"
        column={1}
        items={round.reasons.map((r) => ({ key: r.reason, label: pick(r.label), children: pick(r.detail) }))}
      />
    );
  return (
    <Descriptions
      size="small"
      column={1}
      items={round.parts.map((p) => ({
        key: p.field,
        label: pick(p.label),
        children: (
          <span>
            {pick(p.reason)}
            <Typography.Text type="secondary">
              {" "}
              {t("cultivation.evaluation.history.pool.contribution", {
                points: formatScore(p.contribution, lang, 2),
              })}
            </Typography.Text>
          </span>
        ),
      }))}
    />
  );
}
