import { DownloadOutlined } from "@ant-design/icons";
import { formatNumber } from "@rdcity/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Table, type TableColumnsType, type TableProps, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { type Key, type ReactNode, useMemo } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { ProblemAlert } from "../ProblemAlert";
import { FilterBar } from "./FilterBar";
import { Pager } from "./Pager";
import type { FilterDef, ListParams, Page } from "./types";
import { useListState } from "./useListState";

export interface ExportLink {
  label: string;
  href: (params: ListParams) => string;
}

export interface DataListProps<T> {
  /** Cache key of the list (the params and cursor are added). */
  queryKey: readonly unknown[];
  fetchPage: (
    params: ListParams & { limit: string; cursor?: string },
    signal: AbortSignal,
  ) => Promise<Page<T>>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  /** The table's accessible name. */
  caption: string;
  filters?: FilterDef[];
  /** Filters behind "more filters". */
  advancedFilters?: FilterDef[];
  /** Column key → sort field of the API; `-field` sorts descending. */
  sortable?: Record<string, string>;
  exports?: ExportLink[];
  /** Buttons at the right of the toolbar (create, import …). */
  actions?: ReactNode;
  expandable?: TableProps<T>["expandable"];
  emptyText?: string;
  pageSize?: number;
  /** Whether the list pages with cursors (false: the API returns everything at once). */
  paged?: boolean;
}

/**
 * The one list of the console: filters in the URL, keyset paging, row count, export of what is filtered, loading,
 * empty and error states. Every list page (entities, audit, users, sign-ins, tokens) is this component.
 */
export function DataList<T extends object>(props: DataListProps<T>) {
  const { t, lang } = useI18n();
  const filters = props.filters ?? [];
  const advanced = props.advancedFilters ?? [];
  const allFilters = useMemo(() => [...filters, ...advanced], [filters, advanced]);
  const state = useListState(allFilters, props.pageSize ?? 50);
  const { params, cursor, pageSize } = state;

  const query = useQuery({
    queryKey: [...props.queryKey, params, pageSize, cursor ?? null],
    queryFn: ({ signal }) =>
      props.fetchPage({ ...params, limit: String(pageSize), ...(cursor ? { cursor } : {}) }, signal),
    placeholderData: keepPreviousData,
  });
  const page = query.data;

  const columns = useMemo(
    () => withSorting(props.columns, props.sortable ?? {}, params.sort),
    [props.columns, props.sortable, params.sort],
  );

  const onChange: TableProps<T>["onChange"] = (_p, _f, sorter) => {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
    const field = s?.columnKey !== undefined ? props.sortable?.[String(s.columnKey)] : undefined;
    if (!field || !s?.order) state.update({ sort: undefined });
    else state.update({ sort: s.order === "descend" ? `-${field}` : field });
  };

  const hasToolbar = Boolean(props.actions || props.exports?.length);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        state.activeFilterCount > 0 ? t("list.emptyFiltered") : (props.emptyText ?? t("list.empty"))
      }
    >
      {state.activeFilterCount > 0 && <Button onClick={state.reset}>{t("list.reset")}</Button>}
    </Empty>
  );

  return (
    <Flex vertical gap={16}>
      {allFilters.length > 0 && (
        <Card size="small" className="rd-card">
          <FilterBar
            filters={filters}
            advanced={advanced}
            params={params}
            activeCount={state.activeFilterCount}
            update={state.update}
            reset={state.reset}
          />
        </Card>
      )}
      <Card size="small" className="rd-card">
        {(hasToolbar || typeof page?.total === "number") && (
          <Flex justify="end" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
            {page?.total !== null && page?.total !== undefined && (
              <Typography.Text strong style={{ marginInlineEnd: "auto" }}>
                {t("list.total", { total: formatNumber(page.total, lang) })}
              </Typography.Text>
            )}
            {props.exports?.map((x) => (
              <Button key={x.label} icon={<DownloadOutlined />} href={x.href(params)} download>
                {x.label}
              </Button>
            ))}
            {props.actions}
          </Flex>
        )}
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <Table<T>
          aria-label={props.caption}
          rowKey={props.rowKey}
          columns={columns}
          dataSource={page?.items ?? []}
          loading={query.isFetching}
          pagination={false}
          onChange={onChange}
          expandable={props.expandable}
          scroll={{ x: "max-content" }}
          size="middle"
          locale={{ emptyText: query.isPending ? <div style={{ height: 120 }} /> : empty }}
          showSorterTooltip={false}
        />
        {(props.paged ?? true) && (
          <Pager
            pageNumber={state.pageNumber}
            pageSize={pageSize}
            shown={page?.items.length ?? 0}
            hasNext={Boolean(page?.nextCursor)}
            loading={query.isFetching}
            onFirst={state.first}
            onPrevious={state.previous}
            onNext={() => page?.nextCursor && state.next(page.nextCursor)}
            onPageSize={state.setPageSize}
          />
        )}
      </Card>
    </Flex>
  );
}

function withSorting<T>(
  columns: TableColumnsType<T>,
  sortable: Record<string, string>,
  sort: string | undefined,
): TableColumnsType<T> {
  return columns.map((column) => {
    const key = column.key as Key | undefined;
    const field = key !== undefined ? sortable[String(key)] : undefined;
    if (!field) return column;
    const order = sort === field ? "ascend" : sort === `-${field}` ? "descend" : null;
    return { ...column, sorter: true, sortOrder: order, sortDirections: ["ascend", "descend"] };
  });
}
