import type { Allocation } from "@rdcity/common";
import { Table, type TableColumnsType, Tag } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { usePlatformLabels } from "../../../platforms/components/platformLabels";
import { formatMoney } from "./money";

/**
 * Platforms with their basis and amount and how it was reached (`excluded`: the reason instead of an amount).
 */
export function AllocationsTable({
  rows,
  excluded,
  loading,
  caption,
}: {
  rows: Allocation[];
  excluded: boolean;
  loading?: boolean;
  caption: string;
}) {
  const { t, lang, pick } = useI18n();
  const labels = usePlatformLabels();
  const columns = useMemo<TableColumnsType<Allocation>>(
    () => [
      {
        key: "name",
        title: t("cultivation.ranking.platform"),
        width: 260,
        render: (_, a) => <Link to={`/console/platforms/${a.platformId}`}>{a.name}</Link>,
        sorter: (a, b) => a.name.localeCompare(b.name, lang),
      },
      {
        key: "type",
        title: t("cultivation.ranking.type"),
        width: 150,
        render: (_, a) => labels.type(a.typeCode),
      },
      {
        key: "district",
        title: t("cultivation.ranking.district"),
        className: "rd-nowrap",
        render: (_, a) => labels.district(a.districtCode),
      },
      {
        key: "basis",
        title: t("cultivation.alloc.basis"),
        align: "right",
        className: "rd-nowrap",
        render: (_, a) => formatMoney(a.basisValue, lang),
        sorter: (a, b) => Number(a.basisValue ?? -Infinity) - Number(b.basisValue ?? -Infinity),
      },
      excluded
        ? {
            key: "reason",
            title: t("cultivation.alloc.reason"),
            render: (_, a) => (a.excludedLabel ? <Tag>{pick(a.excludedLabel)}</Tag> : "—"),
          }
        : {
            key: "amount",
            title: t("cultivation.alloc.amount"),
            align: "right",
            className: "rd-nowrap",
            render: (_, a) => <strong>{formatMoney(a.amount, lang)}</strong>,
            sorter: (a, b) => Number(a.amount) - Number(b.amount),
            defaultSortOrder: "descend",
          },
      { key: "text", title: t("cultivation.alloc.text"), render: (_, a) => pick(a.text) },
    ],
    [t, lang, pick, labels, excluded],
  );
  return (
    <Table<Allocation>
      size="small"
      rowKey="platformId"
      aria-label={caption}
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1000 }}
      showSorterTooltip={false}
      locale={
        loading
          ? { emptyText: " " }
          : emptyText(excluded ? t("cultivation.alloc.noneExcluded") : t("cultivation.alloc.noneSupported"))
      }
      pagination={
        rows.length > 20 ? { pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] } : false
      }
    />
  );
}
