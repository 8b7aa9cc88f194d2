import type { CultivationCandidate, CultivationRound } from "@rdcity/common";
import { Card, Checkbox, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { LEVEL_COLOURS, usePlatformLabels } from "../../../platforms/components/platformLabels";
import { useCandidates } from "../../hooks/usePoolQueries";
import { CandidateParts } from "./CandidateParts";
import { formatScore } from "./poolFormat";

const CAP_LINE = "2px dashed #cf1322";

/**
 * The ranking: every eligible platform by rank with its score and whether it is selected; the dashed line under
 * the last one within the cap. A row opens onto each criterion's value, points, weight and reason.
 */
export function RankingTable({ round }: { round: CultivationRound }) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const [page, setPage] = useState({ current: 1, pageSize: 100 });
  const [selectedOnly, setSelectedOnly] = useState(false);
  const query = useCandidates(round.id, {
    offset: (page.current - 1) * page.pageSize,
    limit: page.pageSize,
    ...(selectedOnly ? { selected: true } : {}),
  });
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const columns = useMemo<TableColumnsType<CultivationCandidate>>(() => {
    // The cap line: a dashed border under every cell of the last selected row.
    const capCell = (c: CultivationCandidate) =>
      c.rank === round.cap ? { style: { borderBottom: CAP_LINE } } : {};
    const list: TableColumnsType<CultivationCandidate> = [
      { key: "rank", title: t("cultivation.ranking.rank"), dataIndex: "rank", align: "right", width: 72 },
      {
        key: "name",
        title: t("cultivation.ranking.platform"),
        render: (_, c) => <Link to={`/console/platforms/${c.platformId}`}>{c.name}</Link>,
      },
      {
        key: "type",
        title: t("cultivation.ranking.type"),
        render: (_, c) => labels.type(c.typeCode),
      },
      {
        key: "level",
        title: t("cultivation.ranking.level"),
        render: (_, c) => (
          <Tag color={LEVEL_COLOURS[c.level as keyof typeof LEVEL_COLOURS]}>{labels.level(c.level)}</Tag>
        ),
      },
      {
        key: "district",
        title: t("cultivation.ranking.district"),
        className: "rd-nowrap",
        render: (_, c) => labels.district(c.districtCode),
      },
      {
        key: "score",
        title: t("cultivation.ranking.score"),
        align: "right",
        render: (_, c) => <strong>{formatScore(c.score, lang)}</strong>,
      },
      {
        key: "selected",
        title: t("cultivation.ranking.selected"),
        render: (_, c) =>
          c.selected ? (
            <Tag color="green">{t("cultivation.ranking.in")}</Tag>
          ) : (
            <Typography.Text type="secondary">{t("cultivation.ranking.out")}</Typography.Text>
          ),
      },
    ];
    return list.map((col) => ({ ...col, onCell: capCell }));
  }, [t, lang, labels, round.cap]);
  const data = query.data;
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("cultivation.ranking.title")}
      extra={
        <Checkbox
          checked={selectedOnly}
          onChange={(e) => {
            setSelectedOnly(e.target.checked);
            setPage((p) => ({ ...p, current: 1 }));
          }}
        >
          {t("cultivation.ranking.selectedOnly")}
        </Checkbox>
      }
    >
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text>
          {data
            ? t("cultivation.ranking.summary", {
                total: n(data.total),
                selected: n(data.selected),
                cap: n(round.cap),
              })
            : " "}
        </Typography.Text>
        <Typography.Text type="secondary" className="rd-small">
          {t("cultivation.ranking.capLine", { cap: n(round.cap) })}
        </Typography.Text>
      </Flex>
      <Table<CultivationCandidate>
        size="middle"
        rowKey="platformId"
        aria-label={t("cultivation.ranking.title")}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 960 }}
        locale={query.isPending ? { emptyText: " " } : emptyText(t("cultivation.ranking.empty"))}
        expandable={{
          expandedRowRender: (c) => <CandidateParts parts={c.parts} name={c.name} />,
          expandRowByClick: false,
        }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
      />
    </Card>
  );
}
