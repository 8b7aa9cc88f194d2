import type { CultivationPart } from "@rdcity/common";
import { Table } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { formatFigure, withUnit } from "./poolFormat";

/** Every criterion of one candidate: the value read, its points, weight and share, what it adds, and why. */
export function CandidateParts({ parts, name }: { parts: CultivationPart[]; name: string }) {
  const { t, lang, pick } = useI18n();
  return (
    <Table<CultivationPart>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={parts}
      aria-label={t("cultivation.parts.caption", { name })}
      columns={[
        { key: "label", title: t("cultivation.parts.criterion"), render: (_, p) => pick(p.label) },
        {
          key: "value",
          title: t("cultivation.parts.value"),
          align: "right",
          className: "rd-nowrap",
          render: (_, p) =>
            p.value === null ? t("cultivation.parts.missing") : withUnit(p.value, p.unit, lang),
        },
        {
          key: "points",
          title: t("cultivation.parts.points"),
          align: "right",
          render: (_, p) => formatFigure(p.points, lang, 1),
        },
        {
          key: "weight",
          title: t("cultivation.parts.weight"),
          align: "right",
          className: "rd-nowrap",
          render: (_, p) =>
            t("cultivation.criteria.weightShare", {
              weight: formatFigure(p.weight, lang),
              share: formatFigure(p.share * 100, lang, 1),
            }),
        },
        {
          key: "contribution",
          title: t("cultivation.parts.contribution"),
          align: "right",
          className: "rd-nowrap",
          render: (_, p) => formatFigure(p.contribution, lang, 2),
        },
        { key: "reason", title: t("cultivation.parts.reason"), render: (_, p) => pick(p.reason) },
      ]}
    />
  );
}
