import type { TargetProgress } from "@rdcity/common";
import { Card, Table, Tag } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../emptyText";
import { formatPeriod, formatRate } from "../planFormat";

/** A growth target's growth in each year, against the rate it must average. */
export function GrowthTable({ target: t }: { target: TargetProgress }) {
  const { t: tr, lang } = useI18n();
  const rows = t.yearlyGrowth;
  return (
    <Card
      size="small"
      className="rd-card"
      title={tr("plan.growth.title", { rate: formatRate(t.targetValue, lang) })}
    >
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={rows}
        locale={emptyText(tr("plan.growth.empty"))}
        columns={[
          { key: "year", title: tr("plan.col.year"), render: (_, r) => formatPeriod(String(r.year), lang) },
          {
            key: "rate",
            title: tr("plan.growth.rate"),
            align: "right",
            render: (_, r) => formatRate(r.value, lang),
          },
          {
            key: "vs",
            title: tr("plan.growth.vsTarget"),
            render: (_, r) =>
              r.value >= t.targetValue ? (
                <Tag color="green">{tr("plan.growth.above")}</Tag>
              ) : (
                <Tag color="orange">{tr("plan.growth.below")}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
