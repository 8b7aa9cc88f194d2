import type { CultivationExclusion, CultivationRound } from "@rdcity/common";
import { Button, Card, Flex, Table, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { usePlatformLabels } from "../../../platforms/components/platformLabels";
import type { ExcludedPlatform } from "../../api/poolApi";
import { useExclusions } from "../../hooks/usePoolQueries";

/**
 * The platforms the round did not rank: how many for each reason (the first filter each failed), as toggles that
 * narrow the list below, and every filter each one failed with the figure that failed it.
 */
export function ExclusionsCard({ round }: { round: CultivationRound }) {
  const { t, lang, pick } = useI18n();
  const labels = usePlatformLabels();
  const [reason, setReason] = useState<CultivationExclusion | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const query = useExclusions(round.id, {
    offset: (page.current - 1) * page.pageSize,
    limit: page.pageSize,
    ...(reason ? { reason } : {}),
  });
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const counts = round.counts.excluded.filter((c) => c.count > 0);
  const total = counts.reduce((s, c) => s + c.count, 0);
  const choose = (next: CultivationExclusion | undefined) => {
    setReason(next);
    setPage((p) => ({ ...p, current: 1 }));
  };
  return (
    <Card size="small" className="rd-card" title={t("cultivation.excluded.title", { count: n(total) })}>
      <Typography.Paragraph type="secondary">{t("cultivation.excluded.hint")}</Typography.Paragraph>
      <Flex
        wrap
        gap={8}
        role="group"
        aria-label={t("cultivation.excluded.byReason")}
        style={{ marginBottom: 12 }}
      >
        <Button
          type={reason ? "default" : "primary"}
          aria-pressed={!reason}
          onClick={() => choose(undefined)}
        >
          {t("cultivation.excluded.all")} <strong>{n(total)}</strong>
        </Button>
        {counts.map((c) => (
          <Button
            key={c.reason}
            type={reason === c.reason ? "primary" : "default"}
            aria-pressed={reason === c.reason}
            onClick={() => choose(reason === c.reason ? undefined : c.reason)}
          >
            {pick(c.label)} <strong>{n(c.count)}</strong>
          </Button>
        ))}
      </Flex>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<ExcludedPlatform>
        size="small"
        rowKey="platformId"
        aria-label={t("cultivation.excluded.list")}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 900 }}
        locale={query.isPending ? { emptyText: " " } : emptyText(t("cultivation.excluded.empty"))}
        columns={[
          {
            key: "name",
            title: t("cultivation.ranking.platform"),
            render: (_, p) => <Link to={`/console/platforms/${p.platformId}`}>{p.name}</Link>,
          },
          { key: "type", title: t("cultivation.ranking.type"), render: (_, p) => labels.type(p.typeCode) },
          { key: "level", title: t("cultivation.ranking.level"), render: (_, p) => labels.level(p.level) },
          {
            key: "district",
            title: t("cultivation.ranking.district"),
            className: "rd-nowrap",
            render: (_, p) => labels.district(p.districtCode),
          },
          {
            key: "reasons",
            title: t("cultivation.excluded.reasons"),
            render: (_, p) => (
              <Flex vertical gap={2}>
                {p.reasons.map((r, i) => (
                  <span key={r.reason}>{i === 0 ? <strong>{pick(r.detail)}</strong> : pick(r.detail)}</span>
                ))}
              </Flex>
            ),
          },
        ]}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
      />
    </Card>
  );
}
