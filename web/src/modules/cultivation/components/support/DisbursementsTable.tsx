import { type Disbursement, formatDate } from "@rdcity/common";
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { usePlatformLabels } from "../../../platforms/components/platformLabels";
import { formatMoney } from "./money";
import { DISBURSEMENT_STATUS_COLOURS } from "./supportFormat";

interface Props {
  rows: Disbursement[];
  loading: boolean;
  pending: boolean;
  caption: string;
  /** Show the scheme each payment belongs to (the fund's ledger). */
  showScheme?: boolean;
  /** The city: pay or cancel a committed payment. */
  onPay?: (d: Disbursement) => void;
  onCancel?: (d: Disbursement) => void;
}

/** Payments from the special fund: platform and host, amount, status, paid on and voucher; pay or cancel. */
export function DisbursementsTable({ rows, loading, pending, caption, showScheme, onPay, onCancel }: Props) {
  const { t, lang, pick } = useI18n();
  const labels = usePlatformLabels();
  const columns = useMemo<TableColumnsType<Disbursement>>(() => {
    const list: TableColumnsType<Disbursement> = [
      {
        key: "platform",
        title: t("cultivation.ranking.platform"),
        width: 280,
        render: (_, d) => (
          <Flex vertical gap={2}>
            <Link to={`/console/platforms/${d.platformId}`}>{d.platformName}</Link>
            {d.hostName && (
              <Typography.Text type="secondary" className="rd-small">
                {d.hostName}
              </Typography.Text>
            )}
          </Flex>
        ),
        sorter: (a, b) => a.platformName.localeCompare(b.platformName, lang),
      },
      {
        key: "district",
        title: t("cultivation.ranking.district"),
        className: "rd-nowrap",
        render: (_, d) => labels.district(d.districtCode) || "—",
      },
    ];
    if (showScheme)
      list.push({
        key: "scheme",
        title: t("cultivation.disb.scheme"),
        width: 240,
        render: (_, d) =>
          d.schemeId ? <Link to={`/console/cultivation/support/${d.schemeId}`}>{d.schemeTitle}</Link> : "—",
      });
    list.push(
      {
        key: "amount",
        title: t("cultivation.alloc.amount"),
        align: "right",
        className: "rd-nowrap",
        render: (_, d) => <strong>{formatMoney(d.amount, lang)}</strong>,
        sorter: (a, b) => Number(a.amount) - Number(b.amount),
      },
      {
        key: "status",
        title: t("cultivation.disb.status"),
        render: (_, d) => (
          <>
            <Tag color={DISBURSEMENT_STATUS_COLOURS[d.status]}>{pick(d.statusLabel)}</Tag>
            {d.cancelledReason && (
              <Typography.Text type="secondary" style={{ display: "block" }}>
                {d.cancelledReason}
              </Typography.Text>
            )}
          </>
        ),
        filters: (["committed", "paid", "cancelled"] as const).map((s) => ({
          value: s,
          text: pick(rows.find((r) => r.status === s)?.statusLabel ?? { zh: s, en: s }),
        })),
        onFilter: (value, d) => d.status === value,
      },
      {
        key: "paidOn",
        title: t("cultivation.pay.paidOn"),
        className: "rd-nowrap",
        render: (_, d) => (d.paidOn ? formatDate(d.paidOn) : "—"),
        sorter: (a, b) => (a.paidOn ?? "").localeCompare(b.paidOn ?? ""),
      },
      {
        key: "voucher",
        title: t("cultivation.pay.voucherNo"),
        className: "rd-nowrap",
        render: (_, d) => d.voucherNo ?? "—",
      },
    );
    if (onPay || onCancel)
      list.push({
        key: "actions",
        title: t("common.actions"),
        className: "rd-nowrap",
        render: (_, d) =>
          d.status === "committed" ? (
            <Flex gap={4}>
              {onPay && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => onPay(d)}
                  aria-label={t("cultivation.pay.buttonFor", { name: d.platformName })}
                >
                  {t("cultivation.pay.button")}
                </Button>
              )}
              {onCancel && (
                <Button
                  size="small"
                  danger
                  onClick={() => onCancel(d)}
                  aria-label={t("cultivation.cancel.buttonFor", { name: d.platformName })}
                >
                  {t("cultivation.cancel.button")}
                </Button>
              )}
            </Flex>
          ) : null,
      });
    return list;
  }, [t, lang, pick, labels, showScheme, onPay, onCancel, rows]);
  return (
    <Table<Disbursement>
      size="small"
      rowKey="id"
      aria-label={caption}
      columns={columns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1000 }}
      showSorterTooltip={false}
      locale={pending ? { emptyText: " " } : emptyText(t("cultivation.disb.empty"))}
      pagination={
        rows.length > 20 ? { pageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] } : false
      }
    />
  );
}
