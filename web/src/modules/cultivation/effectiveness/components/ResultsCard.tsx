import type { EvaluationResult, EvaluationRound } from "@rdcity/common";
import { Card, Empty, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { FilterBar } from "../../../../app/components/list/FilterBar";
import { useListState } from "../../../../app/components/list/useListState";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { ResultFilters } from "../api/evaluations";
import { useEvaluationResults } from "../hooks/useEvaluations";
import { frameworkOf } from "./frameworkText";
import { RectificationModal } from "./RectificationModal";
import { ResultParts } from "./ResultParts";
import { sortParam, useResultColumns } from "./resultColumns";
import { useResultFilters } from "./resultFilters";

const PAGE_SIZE = 20;

/**
 * The round's results, filtered by name, grade, type, district and level (in the address), sorted by score, rank
 * or name, paged; a row opens to its indicators; a failed result of a published round may get a rectification.
 */
export function ResultsCard({ round, mayManage }: { round: EvaluationRound; mayManage: boolean }) {
  const { t, lang } = useI18n();
  const { filters, advanced } = useResultFilters();
  const all = useMemo(() => [...filters, ...advanced], [filters, advanced]);
  const state = useListState(all, PAGE_SIZE);
  const key = JSON.stringify(state.params);
  const [paging, setPaging] = useState({ key, page: 1, size: PAGE_SIZE });
  const page = paging.key === key ? paging.page : 1;
  const size = paging.size;
  const query = useEvaluationResults(round.id, state.params as ResultFilters, page, size);
  const [target, setTarget] = useState<{ resultId: string; name: string } | null>(null);
  const framework = frameworkOf(round.framework);
  const columns = useResultColumns({
    sort: state.params.sort,
    mayRectify: (r) =>
      mayManage &&
      round.status === "published" &&
      r.grade === "fail" &&
      !r.followups.some((f) => f.kind === "rectification"),
    onRectify: (r) => setTarget({ resultId: r.id, name: r.platform.name }),
  });
  const total = query.data?.total ?? 0;
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <Card size="small" className="rd-card">
      <FilterBar
        filters={filters}
        advanced={advanced}
        params={state.params}
        activeCount={state.activeFilterCount}
        update={state.update}
        reset={state.reset}
      />
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<EvaluationResult>
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        scroll={{ x: 1150 }}
        aria-label={t("cultivation.evaluation.results.caption", { title: round.title })}
        title={() => (
          <Typography.Text type="secondary" aria-live="polite">
            {query.isPending
              ? t("common.loading")
              : t("cultivation.evaluation.results.count", { count: n(total) })}
          </Typography.Text>
        )}
        expandable={{
          expandedRowRender: (r) => <ResultParts result={r} framework={framework} />,
          columnTitle: (
            <span className="rd-visually-hidden">{t("cultivation.evaluation.results.expand")}</span>
          ),
        }}
        locale={
          query.isPending
            ? { emptyText: " " }
            : {
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      state.activeFilterCount > 0
                        ? t("list.emptyFiltered")
                        : round.status === "draft"
                          ? t("cultivation.evaluation.results.notScored")
                          : t("cultivation.evaluation.results.empty")
                    }
                  />
                ),
              }
        }
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === "sort") {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            state.update({ sort: sortParam(s?.columnKey as string | undefined, s?.order) });
            return;
          }
          setPaging({ key, page: pagination.current ?? 1, size: pagination.pageSize ?? size });
        }}
        pagination={{
          current: page,
          pageSize: size,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count, [from, to]) =>
            t("cultivation.evaluation.results.range", { from, to, count: n(count) }),
          hideOnSinglePage: total <= 20,
        }}
      />
      <RectificationModal
        roundId={round.id}
        target={target}
        open={target !== null}
        onClose={() => setTarget(null)}
      />
    </Card>
  );
}
