import type { ProgressStatus } from "@rdcity/common";
import { Card, Flex, Tooltip, Typography } from "antd";
import { useCallback, useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { type ChartTarget, defaultModel, hasPoints } from "./charts/chartModel";
import { TargetChart } from "./charts/TargetChart";
import {
  formatMeasure,
  formatPeriod,
  formatRate,
  formatShare,
  formatTargetValue,
  isPercentUnit,
  type Measure,
  withQualifier,
} from "./planFormat";
import { SourceInfo, type SourceLike } from "./SourceList";
import { StatusTag } from "./StatusTag";
import { windowOf } from "./windowTarget";

type Label = { zh: string; en: string };

/** What a target's card needs (a console target or a public one). */
export interface CardTarget extends ChartTarget, Measure {
  code: string;
  text: Label;
  indicatorName: Label;
  targetValueMax: number | null;
  latestValue: number | null;
  latestPeriod: string | null;
  latestQualifier: string | null;
  status: ProgressStatus;
  ratio: number | null;
  cagr: number | null;
  achievedOn: string | null;
  /** Which rule applies (a window target counts what is added over its window). */
  rule: string;
  window?: { from: number; to: number; baseYear: number; baseValue: number | null } | null;
  forecast: (NonNullable<ChartTarget["forecast"]> & { probability: number }) | null;
  sources: SourceLike[];
}

/** The latest figure as people read it: a growth target's level in its unit, a rate as a percentage. */
export function latestText(t: CardTarget, lang: "zh-CN" | "en-US"): string {
  if (t.latestValue === null) return "—";
  const asLevel = t.kind === "growth" && !isPercentUnit(t.unit);
  const text = formatMeasure(t.latestValue, asLevel ? { ...t, kind: "level" } : t, lang);
  return withQualifier(text, t.latestQualifier, lang);
}

/** A formatter for a target's chart: rates as percentages, levels in the target's unit. */
export function useChartFormat(t: Measure, rate: boolean) {
  const { lang } = useI18n();
  return useCallback(
    (v: number) => (rate ? formatRate(v, lang) : formatMeasure(v, { ...t, kind: "level" }, lang)),
    [t, rate, lang],
  );
}

const SPARK_HEIGHT = 64;

/**
 * One target at a glance: indicator, latest value with its period and qualifier, target and year, status in
 * colour, a sparkline (observed, required path dashed, forecast band shaded), and where the figure came from.
 */
export function TargetCard({
  target,
  to,
  fromYear,
}: {
  target: CardTarget;
  to?: string;
  /** The plan's base year: where the sparkline's years start. */
  fromYear?: number;
}) {
  const { t: tr, lang, pick } = useI18n();
  // A window target shows what was added over its window, the level beside it.
  const t = target;
  const windowSpan = windowOf(target);
  const model = useMemo(() => defaultModel(t, fromYear), [t, fromYear]);
  const format = useChartFormat(t, model.rate);
  const name = pick(t.indicatorName);
  const milestone = t.achievedOn
    ? tr("plan.card.achievedOn", { date: t.achievedOn })
    : tr("plan.card.notYet");
  const headline =
    t.kind === "growth" ? formatRate(t.cagr, lang) : t.kind === "milestone" ? milestone : latestText(t, lang);
  const caption =
    t.kind === "growth"
      ? tr("plan.card.cagr")
      : t.kind === "milestone"
        ? tr("plan.card.milestone")
        : windowSpan
          ? tr("plan.card.addedSince", { year: windowSpan.from + 1 })
          : t.latestPeriod
            ? formatPeriod(t.latestPeriod, lang)
            : "";
  return (
    <Card size="small" className="rd-card" style={{ height: "100%" }} styles={{ body: { height: "100%" } }}>
      <Flex vertical gap={6} style={{ height: "100%" }}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Title level={3} style={{ fontSize: 15, margin: 0, lineHeight: 1.4 }}>
            {to ? <Link to={to}>{name}</Link> : name}
          </Typography.Title>
          <StatusTag status={t.status} />
        </Flex>
        <Tooltip title={pick(t.text)}>
          <Typography.Text type="secondary" className="rd-small" ellipsis>
            {pick(t.text)}
          </Typography.Text>
        </Tooltip>
        <Flex align="baseline" gap={6} wrap>
          <span style={{ fontSize: t.kind === "milestone" ? 16 : 22, fontWeight: 600, lineHeight: 1.3 }}>
            {headline}
          </span>
          <Typography.Text type="secondary" className="rd-small">
            {caption}
          </Typography.Text>
          <SourceInfo sources={t.sources} label={tr("plan.source.of", { name })} />
        </Flex>
        {windowSpan && target.latestValue !== null && (
          <Typography.Text type="secondary" className="rd-small">
            {tr("plan.card.total", {
              value: latestText(target, lang),
              period: formatPeriod(t.latestPeriod, lang),
            })}
          </Typography.Text>
        )}
        {t.kind === "growth" && t.latestValue !== null && (
          <Typography.Text type="secondary" className="rd-small">
            {tr("plan.card.latest", {
              value: latestText(t, lang),
              period: formatPeriod(t.latestPeriod, lang),
            })}
          </Typography.Text>
        )}
        <Typography.Text className="rd-small">
          {t.kind === "milestone"
            ? tr("plan.card.targetMilestone", { year: t.year })
            : tr("plan.card.target", { value: formatTargetValue(t, lang), year: t.year })}
        </Typography.Text>
        <div style={{ flex: 1, minHeight: SPARK_HEIGHT, display: "flex", alignItems: "flex-end" }}>
          {t.kind !== "milestone" && hasPoints(model) ? (
            <div style={{ width: "100%" }}>
              <TargetChart model={model} format={format} height={SPARK_HEIGHT} compact label={name} />
            </div>
          ) : (
            <Typography.Text type="secondary" className="rd-small" style={{ alignSelf: "center" }}>
              {t.kind === "milestone" ? tr("plan.card.noChartMilestone") : tr("plan.card.noChart")}
            </Typography.Text>
          )}
        </div>
        <Flex justify="space-between" gap={8} wrap className="rd-small">
          <Typography.Text type="secondary">
            {tr("plan.card.ratio", { value: formatShare(t.ratio, lang) })}
          </Typography.Text>
          {t.forecast ? (
            <Typography.Text type="secondary">
              {tr("plan.card.probability", { value: formatShare(t.forecast.probability, lang) })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
