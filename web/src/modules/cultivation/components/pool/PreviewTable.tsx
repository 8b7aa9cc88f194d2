import { ArrowDownOutlined, ArrowUpOutlined } from "@ant-design/icons";
import type { CultivationPreview } from "@rdcity/common";
import { Flex, Segmented, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { usePlatformLabels } from "../../../platforms/components/platformLabels";
import { formatScore } from "./poolFormat";

type Item = CultivationPreview["items"][number];
type Show = "changed" | "entering" | "leaving" | "all";

const SHOW: Record<Show, (i: Item) => boolean> = {
  changed: (i) => i.change !== 0 || i.selected !== i.wasSelected,
  entering: (i) => i.selected && !i.wasSelected,
  leaving: (i) => !i.selected && i.wasSelected,
  all: () => true,
};

/** A rank change as ↑3 (green) / ↓5 (red) / – ; screen readers hear it in words. */
export function RankChange({ change }: { change: number }) {
  const { t } = useI18n();
  const up = change > 0;
  const words =
    change === 0
      ? t("cultivation.preview.same")
      : t(up ? "cultivation.preview.up" : "cultivation.preview.down", { n: Math.abs(change) });
  // Darker than antd's success/danger text so the figures keep a 4.5:1 contrast on white.
  const colour = change === 0 ? "#6b7280" : up ? "#237804" : "#cf1322";
  return (
    <span className="rd-nowrap" style={{ color: colour, fontWeight: 500 }}>
      <span aria-hidden="true">
        {change === 0 ? "–" : up ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
        {change === 0 ? null : Math.abs(change)}
      </span>
      <span className="rd-visually-hidden">{words}</span>
    </span>
  );
}

function Movement({ item }: { item: Item }) {
  const { t } = useI18n();
  if (item.selected && !item.wasSelected) return <Tag color="green">{t("cultivation.preview.entering")}</Tag>;
  if (!item.selected && item.wasSelected) return <Tag color="red">{t("cultivation.preview.leaving")}</Tag>;
  if (item.selected) return <Tag color="blue">{t("cultivation.ranking.in")}</Tag>;
  return <Typography.Text type="secondary">{t("cultivation.ranking.out")}</Typography.Text>;
}

/** The ranking under the weights tried: new rank, the change, old and new score, who enters and who leaves. */
export function PreviewTable({ preview, cap }: { preview: CultivationPreview; cap: number }) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const [show, setShow] = useState<Show>("changed");
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const rows = useMemo(() => preview.items.filter(SHOW[show]), [preview.items, show]);
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={8} wrap align="center" aria-live="polite">
          <Tag color="green">{t("cultivation.preview.enteringCount", { count: n(preview.entering) })}</Tag>
          <Tag color="red">{t("cultivation.preview.leavingCount", { count: n(preview.leaving) })}</Tag>
          <Typography.Text type="secondary">
            {t("cultivation.preview.shown", {
              shown: n(preview.items.length),
              total: n(preview.total),
              cap: n(cap),
            })}
          </Typography.Text>
        </Flex>
        <Segmented<Show>
          aria-label={t("cultivation.preview.filter")}
          value={show}
          onChange={setShow}
          options={[
            { value: "changed", label: t("cultivation.preview.changedOnly") },
            { value: "entering", label: t("cultivation.preview.entering") },
            { value: "leaving", label: t("cultivation.preview.leaving") },
            { value: "all", label: t("cultivation.preview.all") },
          ]}
        />
      </Flex>
      <Table<Item>
        size="small"
        rowKey="platformId"
        aria-label={t("cultivation.preview.caption")}
        dataSource={rows}
        scroll={{ x: 860 }}
        locale={emptyText(t("cultivation.preview.noChange"))}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          {
            key: "rank",
            title: t("cultivation.preview.newRank"),
            dataIndex: "rank",
            align: "right",
            width: 80,
          },
          {
            key: "change",
            title: t("cultivation.preview.change"),
            align: "right",
            width: 80,
            render: (_, i) => <RankChange change={i.change} />,
          },
          {
            key: "name",
            title: t("cultivation.ranking.platform"),
            render: (_, i) => <Link to={`/console/platforms/${i.platformId}`}>{i.name}</Link>,
          },
          { key: "type", title: t("cultivation.ranking.type"), render: (_, i) => labels.type(i.typeCode) },
          {
            key: "score",
            title: t("cultivation.preview.score"),
            align: "right",
            className: "rd-nowrap",
            render: (_, i) => (
              <span>
                <Typography.Text type="secondary">{formatScore(i.previousScore, lang)}</Typography.Text>
                {" → "}
                <strong>{formatScore(i.score, lang)}</strong>
              </span>
            ),
          },
          {
            key: "movement",
            title: t("cultivation.ranking.selected"),
            render: (_, i) => <Movement item={i} />,
          },
        ]}
      />
    </Flex>
  );
}
