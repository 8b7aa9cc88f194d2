import type { Fund, Scheme } from "@rdcity/common";
import { Card, Col, Row, Statistic, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { BudgetChart } from "./BudgetChart";
import { formatMoney, moneyNumber } from "./money";
import { isEditable, MONEY_COLOURS } from "./supportFormat";

/**
 * A scheme's figures: its budget, what the saved simulation (or, once approved, the allocations) gives out to how
 * many platforms, and the fund year's room — as numbers and as bars.
 */
export function SchemeSummary({ scheme, fund }: { scheme: Scheme; fund: Fund | undefined }) {
  const { t, lang } = useI18n();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const allocated = moneyNumber(scheme.allocated);
  const budget = moneyNumber(scheme.budget);
  const available = fund ? moneyNumber(fund.available) : null;
  // While a draft, the fund's room still has to carry the allocations; once approved they are in "committed".
  const over =
    allocated > budget || (isEditable(scheme.status) && available !== null && allocated > available);
  const bars = [
    {
      name: t("cultivation.summary.allocated"),
      value: allocated,
      colour: over ? MONEY_COLOURS.over : MONEY_COLOURS.total,
    },
    { name: t("cultivation.summary.budget"), value: budget, colour: MONEY_COLOURS.budget },
    ...(available !== null
      ? [
          {
            name: t("cultivation.summary.fundRoom", { year: scheme.fund.year }),
            value: available,
            colour: MONEY_COLOURS.room,
          },
        ]
      : []),
  ];
  return (
    <Card size="small" className="rd-card" title={t("cultivation.summary.title")}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.summary.budgetUnit")}
            value={formatMoney(scheme.budget, lang)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.summary.allocatedUnit")}
            value={scheme.simulated ? formatMoney(scheme.allocated, lang) : "—"}
            styles={{ content: over ? { color: MONEY_COLOURS.over } : undefined }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.summary.supported")}
            value={scheme.simulated ? n(scheme.supported) : "—"}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.summary.excluded")}
            value={scheme.simulated ? n(scheme.excluded) : "—"}
          />
        </Col>
      </Row>
      {scheme.simulated ? (
        <BudgetChart bars={bars} label={t("cultivation.summary.chart")} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t("cultivation.summary.notSimulated")}
        </Typography.Paragraph>
      )}
      {fund && (
        <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: "8px 0 0" }}>
          {t("cultivation.summary.fundLine", {
            fund: fund.name,
            year: fund.year,
            budget: formatMoney(fund.budget, lang),
            committed: formatMoney(fund.committed, lang),
            available: formatMoney(fund.available, lang),
          })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
