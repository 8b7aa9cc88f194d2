import type { TargetProgress } from "@rdcity/common";
import { Card, Table } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { formatShare, formatTargetValue } from "../planFormat";
import { StatusTag } from "../StatusTag";

/** A target that was adjusted: as planned (the plan as issued) beside as adjusted, figure by figure. */
export function PlannedVsAdjusted({
  planned,
  current,
}: {
  planned: TargetProgress;
  current: TargetProgress;
}) {
  const { t, lang, pick } = useI18n();
  const rows: { key: string; label: string; planned: ReactNode; current: ReactNode }[] = [
    {
      key: "value",
      label: t("plan.fact.target"),
      planned: formatTargetValue(planned, lang),
      current: formatTargetValue(current, lang),
    },
    { key: "year", label: t("plan.change.year"), planned: planned.year, current: current.year },
    { key: "text", label: t("plan.compare.text"), planned: pick(planned.text), current: pick(current.text) },
    {
      key: "status",
      label: t("plan.fact.status"),
      planned: <StatusTag status={planned.status} />,
      current: <StatusTag status={current.status} />,
    },
    {
      key: "ratio",
      label: t("plan.fact.ratio"),
      planned: formatShare(planned.ratio, lang),
      current: formatShare(current.ratio, lang),
    },
  ];
  return (
    <Card size="small" className="rd-card" title={t("plan.compare.title")}>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: "label", dataIndex: "label", title: t("plan.compare.item"), width: 120 },
          { key: "planned", dataIndex: "planned", title: t("plan.compare.planned") },
          { key: "current", dataIndex: "current", title: t("plan.compare.current") },
        ]}
      />
    </Card>
  );
}
