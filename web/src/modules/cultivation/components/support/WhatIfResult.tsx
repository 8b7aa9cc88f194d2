import type { Simulation } from "@rdcity/common";
import { Alert, Col, Flex, Row, Statistic, Table, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { emptyText } from "../../../plan/components/emptyText";
import { BudgetChart } from "./BudgetChart";
import { formatMoney, formatMoneyDelta, moneyNumber } from "./money";
import { MONEY_COLOURS } from "./supportFormat";

type Delta = NonNullable<Simulation["deltas"]>[number];

/** A what-if's answer: the totals before and after, against the budget and the fund's room, and each platform's change. */
export function WhatIfResult({ simulation }: { simulation: Simulation }) {
  const { t, lang } = useI18n();
  const base = simulation.result;
  const scenario = simulation.scenario ?? base;
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const rows = useMemo(
    () =>
      (simulation.deltas ?? [])
        .filter((d) => moneyNumber(d.delta) !== 0)
        .sort((a, b) => Math.abs(moneyNumber(b.delta)) - Math.abs(moneyNumber(a.delta))),
    [simulation.deltas],
  );
  const entering = rows.filter((d) => moneyNumber(d.base) === 0).length;
  const leaving = rows.filter((d) => moneyNumber(d.scenario) === 0).length;
  const overRoom = scenario.fund.shortfall !== null;
  const overBudget = !scenario.withinBudget;
  return (
    <Flex vertical gap={12}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.whatIf.baseTotal")}
            value={formatMoney(base.total, lang)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.whatIf.scenarioTotal")}
            value={formatMoney(scenario.total, lang)}
            styles={{ content: overBudget || overRoom ? { color: MONEY_COLOURS.over } : undefined }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.whatIf.delta")}
            value={formatMoneyDelta(simulation.totals?.delta, lang)}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            className="rd-stat-card"
            title={t("cultivation.whatIf.supported")}
            value={`${n(base.supported.length)} → ${n(scenario.supported.length)}`}
          />
        </Col>
      </Row>
      {overBudget && (
        <Alert
          type="error"
          showIcon
          title={t("cultivation.whatIf.overBudget", {
            shortfall: formatMoney(scenario.budgetShortfall, lang),
          })}
        />
      )}
      {overRoom && (
        <Alert
          type="warning"
          showIcon
          title={t("cultivation.whatIf.overRoom", {
            shortfall: formatMoney(scenario.fund.shortfall, lang),
            year: scenario.fund.year,
          })}
        />
      )}
      {scenario.scaled && (
        <Alert
          type="info"
          showIcon
          title={t("cultivation.whatIf.scaled", {
            before: formatMoney(scenario.scaled.before, lang),
            factor: new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(
              Number(scenario.scaled.factor),
            ),
          })}
        />
      )}
      <BudgetChart
        label={t("cultivation.whatIf.chart")}
        bars={[
          {
            name: t("cultivation.whatIf.baseTotal"),
            value: moneyNumber(base.total),
            colour: MONEY_COLOURS.total,
          },
          {
            name: t("cultivation.whatIf.scenarioTotal"),
            value: moneyNumber(scenario.total),
            colour: overBudget || overRoom ? MONEY_COLOURS.over : MONEY_COLOURS.scenario,
          },
          {
            name: t("cultivation.whatIf.budget"),
            value: moneyNumber(scenario.budget),
            colour: MONEY_COLOURS.budget,
          },
          {
            name: t("cultivation.summary.fundRoom", { year: scenario.fund.year }),
            value: moneyNumber(scenario.fund.room),
            colour: MONEY_COLOURS.room,
          },
        ]}
      />
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{t("cultivation.whatIf.changes", { count: n(rows.length) })}</Typography.Text>
        {entering > 0 && <Tag color="green">{t("cultivation.whatIf.entering", { count: n(entering) })}</Tag>}
        {leaving > 0 && <Tag color="red">{t("cultivation.whatIf.leaving", { count: n(leaving) })}</Tag>}
      </Flex>
      <Table<Delta>
        size="small"
        rowKey="platformId"
        aria-label={t("cultivation.whatIf.deltasCaption")}
        dataSource={rows}
        locale={emptyText(t("cultivation.whatIf.noChanges"))}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: "name",
            title: t("cultivation.ranking.platform"),
            render: (_, d) => <Link to={`/console/platforms/${d.platformId}`}>{d.name}</Link>,
          },
          {
            key: "base",
            title: t("cultivation.whatIf.base"),
            align: "right",
            render: (_, d) => formatMoney(d.base, lang),
          },
          {
            key: "scenario",
            title: t("cultivation.whatIf.scenario"),
            align: "right",
            render: (_, d) => formatMoney(d.scenario, lang),
          },
          {
            key: "delta",
            title: t("cultivation.whatIf.deltaCol"),
            align: "right",
            render: (_, d) => {
              const v = moneyNumber(d.delta);
              return (
                <strong style={{ color: v > 0 ? "#237804" : v < 0 ? "#cf1322" : undefined }}>
                  {formatMoneyDelta(d.delta, lang)}
                </strong>
              );
            },
          },
        ]}
      />
    </Flex>
  );
}
