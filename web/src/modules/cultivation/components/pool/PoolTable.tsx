import { type CultivationPoolEntry, formatDate } from "@rdcity/common";
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { usePlatformLabels } from "../../../platforms/components/platformLabels";
import { POOL_STATUS_COLOURS } from "./poolFormat";

interface Props {
  items: CultivationPoolEntry[];
  total: number;
  loading: boolean;
  pending: boolean;
  page: { current: number; pageSize: number };
  onPage: (page: { current: number; pageSize: number }) => void;
  /** When set, members in the pool offer 退出 (the city). */
  onDrop?: (entry: CultivationPoolEntry) => void;
}

/** The pool's members: platform, the round they entered through, when, and what became of them. */
export function PoolTable({ items, total, loading, pending, page, onPage, onDrop }: Props) {
  const { t, pick } = useI18n();
  const labels = usePlatformLabels();
  const columns = useMemo<TableColumnsType<CultivationPoolEntry>>(() => {
    const list: TableColumnsType<CultivationPoolEntry> = [
      {
        key: "name",
        title: t("cultivation.ranking.platform"),
        render: (_, e) => (
          <Flex vertical gap={2}>
            <Link to={`/console/platforms/${e.platformId}`}>{e.name}</Link>
            <Typography.Text type="secondary" className="rd-small">
              {labels.type(e.typeCode)} · {labels.level(e.level)}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: "district",
        title: t("cultivation.ranking.district"),
        className: "rd-nowrap",
        render: (_, e) => labels.district(e.districtCode),
      },
      {
        key: "round",
        title: t("cultivation.pool.round"),
        render: (_, e) => (
          <Link to={`/console/cultivation/selection/rounds/${e.roundId}`}>{e.roundTitle}</Link>
        ),
      },
      {
        key: "entered",
        title: t("cultivation.pool.enteredOn"),
        className: "rd-nowrap",
        render: (_, e) => formatDate(e.enteredOn),
      },
      {
        key: "status",
        title: t("cultivation.pool.status"),
        render: (_, e) => (
          <Flex vertical gap={2} align="start">
            <Tag color={POOL_STATUS_COLOURS[e.status]}>{pick(e.statusLabel)}</Tag>
            {e.status === "promoted" && (
              <Typography.Text type="secondary" className="rd-small">
                {t("cultivation.pool.promotedText", {
                  date: formatDate(e.promotedOn),
                  type: e.promotedTypeCode ? labels.type(e.promotedTypeCode) : "—",
                })}
              </Typography.Text>
            )}
            {e.status === "dropped" && (
              <Typography.Text type="secondary" className="rd-small">
                {t("cultivation.pool.droppedText", {
                  date: formatDate(e.droppedOn),
                  reason: e.droppedReason ?? "—",
                })}
              </Typography.Text>
            )}
          </Flex>
        ),
      },
    ];
    if (onDrop)
      list.push({
        key: "actions",
        title: t("common.actions"),
        render: (_, e) =>
          e.status === "in_pool" ? (
            <Button
              size="small"
              danger
              onClick={() => onDrop(e)}
              aria-label={t("cultivation.drop.buttonFor", { name: e.name })}
            >
              {t("cultivation.drop.button")}
            </Button>
          ) : null,
      });
    return list;
  }, [t, pick, labels, onDrop]);
  return (
    <Table<CultivationPoolEntry>
      size="middle"
      rowKey="id"
      aria-label={t("cultivation.pool.title")}
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1000 }}
      locale={pending ? { emptyText: " " } : emptyText(t("cultivation.pool.empty"))}
      pagination={{
        current: page.current,
        pageSize: page.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        onChange: (current, pageSize) => onPage({ current, pageSize }),
      }}
    />
  );
}
