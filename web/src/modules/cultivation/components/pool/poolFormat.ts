import {
  type CultivationPoolStatus,
  type CultivationRoundStatus,
  type CultivationRule,
  cultivationField,
  type Lang,
} from "@rdcity/common";
import type { Translate } from "../../../../app/i18n/I18nProvider";

type Label = { zh: string; en: string };

/** Tag colours of a round's statuses (antd's named palettes keep the text's contrast). */
export const ROUND_STATUS_COLOURS: Record<CultivationRoundStatus, string> = {
  draft: "default",
  submitted: "blue",
  approved: "gold",
  announced: "green",
  rejected: "red",
};

export const POOL_STATUS_COLOURS: Record<CultivationPoolStatus, string> = {
  in_pool: "blue",
  promoted: "green",
  dropped: "default",
};

const pick = (label: Label, lang: Lang) => (lang === "en-US" ? label.en : label.zh);

/** A number as the criteria state it (300, 2,000, 2.5). */
export function formatFigure(value: number | null | undefined, lang: Lang, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A score with two decimals always (93.16, 90.50). */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A value in a field's unit: 1,234.5万元 / 1,234.5 10k CNY, 12.5% . */
export function withUnit(value: number | null | undefined, unit: Label, lang: Lang, digits = 2): string {
  if (value === null || value === undefined) return "—";
  const text = pick(unit, lang);
  const number = formatFigure(value, lang, digits);
  if (!text) return number;
  if (text === "%" || lang !== "en-US") return `${number}${text}`;
  return `${number} ${text}`;
}

/** The name of a scored field in the reader's language (the key itself when unknown). */
export function fieldName(key: string, lang: Lang): string {
  const field = cultivationField(key);
  return field ? (lang === "en-US" ? field.en : field.zh) : key;
}

/** How a rule turns a value into 0–100 points, in words. */
export function ruleText(field: string, rule: CultivationRule, lang: Lang, t: Translate): string {
  if (rule.kind === "percentile") return t("cultivation.rule.percentile");
  const unit = cultivationField(field)?.unit ?? { zh: "", en: "" };
  return t("cultivation.rule.linear", {
    floor: withUnit(rule.floor, unit, lang),
    ceiling: withUnit(rule.ceiling, unit, lang),
  });
}

/** The share of each weight in the total, as a percentage. */
export function weightShares(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((s, w) => s + w, 0);
  return Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, total > 0 ? (w / total) * 100 : 0]));
}
