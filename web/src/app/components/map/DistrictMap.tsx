import { DISTRICTS, districtByCode, formatNumber } from "@rdcity/common";
import { Button, Empty, Flex, Spin, Typography } from "antd";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useCallback, useMemo } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { ProblemAlert } from "../ProblemAlert";
import { DISTRICT_MAP, useDistrictGeo } from "./districtGeo";
import { echarts } from "./echarts";

export interface DistrictMapProps {
  /** Count per district code (GB/T 2260); `undefined` while the counts load. */
  counts: Record<string, number> | undefined;
  /** What is counted, for the caption, the tooltip and the text alternative ("平台数量"). */
  title: string;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The selected district (highlighted); clicking a district calls `onSelect` with its code, again with null. */
  selected?: string | null;
  onSelect?: (code: string | null) => void;
  height?: number;
}

const SELECT_COLOUR = "#d4380d";

/**
 * The nine districts of Changsha coloured by a count, with a table of the same counts beside the map: the table
 * is the text alternative and the keyboard way to pick a district (the drawing itself is not focusable).
 */
export function DistrictMap({
  counts,
  title,
  loading = false,
  error,
  onRetry,
  selected = null,
  onSelect,
  height = 380,
}: DistrictMapProps) {
  const { t, lang } = useI18n();
  const geo = useDistrictGeo();
  const en = lang === "en-US";
  const nameOf = useCallback(
    (code: string) => {
      const d = districtByCode(code);
      return d ? (en ? d.nameEn : d.name) : code;
    },
    [en],
  );
  const rows = useMemo(
    () =>
      DISTRICTS.map((d) => ({ code: d.code, name: en ? d.nameEn : d.name, count: counts?.[d.code] ?? 0 })),
    [counts, en],
  );
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const max = Math.max(1, ...rows.map((r) => r.count));

  const option = useMemo(
    () => ({
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string; value?: number }) =>
          `${escapeHtml(nameOf(p.name))}<br/>${escapeHtml(title)}：<b>${formatNumber(
            Number.isFinite(p.value) ? (p.value as number) : 0,
            lang,
          )}</b>`,
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max,
        left: 8,
        bottom: 8,
        itemHeight: 96,
        itemWidth: 12,
        calculable: false,
        text: [formatNumber(max, lang), "0"],
        textStyle: { color: "#4b5565", fontSize: 12 },
        inRange: { color: ["#e8f1ff", "#9cc3ff", "#4a8df0", "#1456c8", "#0b3a8c"] },
      },
      series: [
        {
          type: "map",
          map: DISTRICT_MAP,
          roam: false,
          selectedMode: onSelect ? "single" : false,
          // the box the boundaries fit into (aspect kept); the colour scale sits at the bottom left
          left: 56,
          right: 8,
          top: 8,
          bottom: 8,
          aspectScale: 0.88,
          label: {
            show: true,
            fontSize: 11,
            color: "#1f2937",
            textBorderColor: "#fff",
            textBorderWidth: 2,
            formatter: (p: { name: string }) => nameOf(p.name),
          },
          itemStyle: { borderColor: "#fff", borderWidth: 1.2, areaColor: "#eef2f7" },
          emphasis: {
            label: { color: "#111827", fontWeight: "bold" },
            itemStyle: { areaColor: "#ffd591", borderColor: SELECT_COLOUR, borderWidth: 1.5 },
          },
          select: {
            label: { color: "#fff", fontWeight: "bold", textBorderColor: SELECT_COLOUR },
            itemStyle: { areaColor: "#fa8c16", borderColor: SELECT_COLOUR, borderWidth: 2.5 },
          },
          data: rows.map((r) => ({ name: r.code, value: r.count, selected: r.code === selected })),
        },
      ],
    }),
    [rows, max, selected, title, lang, onSelect, nameOf],
  );

  const onEvents = useMemo(
    () => ({
      click: (p: { name?: string }) => {
        if (!onSelect || !p.name) return;
        onSelect(p.name === selected ? null : p.name);
      },
    }),
    [onSelect, selected],
  );

  const summary = t("map.summary", {
    title,
    list: rows.map((r) => `${r.name} ${formatNumber(r.count, lang)}`).join(t("common.listSeparator")),
  });

  return (
    <div className="rd-map">
      <ProblemAlert error={geo.error ?? error} onRetry={geo.error ? () => void geo.refetch() : onRetry} />
      <div className="rd-map-body">
        <div className="rd-map-canvas" style={{ minHeight: height }}>
          {geo.isPending ? (
            <div className="rd-map-placeholder" style={{ height }}>
              <Spin description={t("common.loading")} />
            </div>
          ) : geo.data ? (
            <Spin spinning={loading} description={t("common.loading")}>
              <div role="img" aria-label={summary}>
                <ReactEChartsCore
                  echarts={echarts}
                  option={option}
                  onEvents={onEvents}
                  opts={{ renderer: "svg" }}
                  style={{ height, width: "100%", cursor: onSelect ? "pointer" : undefined }}
                  aria-hidden="true"
                />
              </div>
            </Spin>
          ) : (
            <Empty description={t("map.unavailable")} style={{ paddingTop: height / 3 }} />
          )}
          {onSelect && geo.data && (
            <Typography.Text type="secondary" className="rd-small rd-map-hint">
              {t("map.hint")}
            </Typography.Text>
          )}
        </div>
        <DistrictTable
          rows={rows}
          total={total}
          title={title}
          selected={selected}
          onSelect={onSelect}
          loading={counts === undefined && loading}
        />
      </div>
    </div>
  );
}

function DistrictTable({
  rows,
  total,
  title,
  selected,
  onSelect,
  loading,
}: {
  rows: { code: string; name: string; count: number }[];
  total: number;
  title: string;
  selected: string | null;
  onSelect?: (code: string | null) => void;
  loading: boolean;
}) {
  const { t, lang } = useI18n();
  const ranked = [...rows].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return (
    <div className="rd-map-table-wrap">
      <table className="rd-map-table">
        <caption>
          <Flex justify="space-between" align="baseline" gap={8}>
            <span>{title}</span>
            {selected && onSelect && (
              <Button size="small" type="link" onClick={() => onSelect(null)}>
                {t("map.clear")}
              </Button>
            )}
          </Flex>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("map.district")}</th>
            <th scope="col" className="rd-num">
              {t("map.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((r) => {
            const share = total > 0 ? r.count / total : 0;
            const isSelected = r.code === selected;
            return (
              <tr key={r.code} className={isSelected ? "rd-map-row-selected" : undefined}>
                <th scope="row">
                  {onSelect ? (
                    <button
                      type="button"
                      className="rd-map-pick"
                      aria-pressed={isSelected}
                      onClick={() => onSelect(isSelected ? null : r.code)}
                    >
                      {r.name}
                    </button>
                  ) : (
                    r.name
                  )}
                  <span className="rd-map-bar" style={{ width: `${Math.round(share * 100)}%` }} />
                </th>
                <td className="rd-num">{loading ? "…" : formatNumber(r.count, lang)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("map.total")}</th>
            <td className="rd-num">{loading ? "…" : formatNumber(total, lang)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
