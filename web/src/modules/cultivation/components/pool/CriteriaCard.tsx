import {
  CULTIVATION_DEFAULT_STATUSES,
  type CultivationCriteria,
  INDUSTRIES,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  type PlatformLevel,
  type PlatformStatus,
  platformTypeByCode,
} from "@rdcity/common";
import { Card, Descriptions, Table, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { fieldName, formatFigure, ruleText, weightShares } from "./poolFormat";

type Scored = CultivationCriteria["scored"][number];

/** The criteria in words: who may be a candidate, and how each scored field adds to the score. */
export function CriteriaCard({ criteria, dataYear }: { criteria: CultivationCriteria; dataYear: number }) {
  const { t, lang, pick } = useI18n();
  const en = lang === "en-US";
  const sep = t("cultivation.listJoin");
  const f = criteria.filters;
  const any = t("cultivation.criteria.any");
  const levels = f.levels?.map((l) => pick(PLATFORM_LEVEL_NAMES[l as PlatformLevel] ?? { zh: l, en: l }));
  const types = f.typeCodes?.map((c) => {
    const type = platformTypeByCode(c);
    return type ? (en ? type.nameEn : type.name) : c;
  });
  const statuses = (f.statuses ?? CULTIVATION_DEFAULT_STATUSES).map((s) =>
    pick(PLATFORM_STATUS_NAMES[s as PlatformStatus] ?? { zh: s, en: s }),
  );
  const industries = f.industries?.map((code) => {
    const i = INDUSTRIES.find((x) => x.code === code);
    return i ? (en ? i.nameEn : i.name) : code;
  });
  const shares = weightShares(Object.fromEntries(criteria.scored.map((c) => [c.field, c.weight])));
  return (
    <Card size="small" className="rd-card" title={t("cultivation.criteria.title")}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: en ? 200 : 140 } }}
        items={[
          {
            key: "report",
            label: t("cultivation.criteria.report"),
            children: t("cultivation.criteria.reportText", { year: dataYear }),
          },
          {
            key: "levels",
            label: t("cultivation.criteria.levels"),
            children: levels?.join(sep) ?? t("cultivation.criteria.levelsAny"),
          },
          { key: "types", label: t("cultivation.criteria.types"), children: types?.join(sep) ?? any },
          { key: "statuses", label: t("cultivation.criteria.statuses"), children: statuses.join(sep) },
          {
            key: "industries",
            label: t("cultivation.criteria.industries"),
            children: industries?.join(sep) ?? any,
          },
          {
            key: "minRd",
            label: t("cultivation.criteria.minRd"),
            children:
              f.minRdSpending !== undefined
                ? t("cultivation.criteria.minRdText", { value: formatFigure(f.minRdSpending, lang) })
                : t("cultivation.criteria.none"),
          },
        ]}
      />
      <Typography.Paragraph strong style={{ margin: "16px 0 8px" }}>
        {t("cultivation.criteria.scored")}
      </Typography.Paragraph>
      <Table<Scored>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={criteria.scored}
        locale={emptyText(t("cultivation.criteria.noScored"))}
        aria-label={t("cultivation.criteria.scored")}
        columns={[
          {
            key: "field",
            title: t("cultivation.criteria.field"),
            render: (_, c) => fieldName(c.field, lang),
          },
          {
            key: "weight",
            title: t("cultivation.criteria.weight"),
            align: "right",
            className: "rd-nowrap",
            render: (_, c) =>
              t("cultivation.criteria.weightShare", {
                weight: formatFigure(c.weight, lang),
                share: formatFigure(shares[c.field], lang, 1),
              }),
          },
          {
            key: "rule",
            title: t("cultivation.criteria.rule"),
            render: (_, c) => ruleText(c.field, c.rule, lang, t),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: "8px 0 0" }}>
        {t("cultivation.criteria.scoreRule")}
      </Typography.Paragraph>
    </Card>
  );
}
