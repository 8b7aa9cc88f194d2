import {
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  platformTypeByCode,
  type Scheme,
  type SupportRules,
} from "@rdcity/common";
import { Card, Descriptions, Flex } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useRounds } from "../../hooks/usePoolQueries";
import { formatMoney, formatMoneyShort, formatPercent } from "./money";
import { rulesOf } from "./supportFormat";

/** The rate in words: a flat share, or each tier's part of the basis and its rate (marginal, added up). */
function RateText({ rules }: { rules: SupportRules }) {
  const { t, lang } = useI18n();
  const rate = rules.rate;
  if (rate.kind === "share")
    return <>{t("cultivation.rules.share", { percent: formatPercent(rate.percent, lang) })}</>;
  let from: string | null = null;
  return (
    <Flex vertical gap={2}>
      <span>{t("cultivation.rules.tiers")}</span>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {rate.tiers.map((tier, i) => {
          const percent = formatPercent(tier.percent, lang);
          const upTo = tier.upTo === null ? null : formatMoneyShort(tier.upTo, lang);
          const text =
            from === null
              ? t("cultivation.rules.tierFirst", { upTo: upTo ?? "—", percent })
              : upTo === null
                ? t("cultivation.rules.tierLast", { from, percent })
                : t("cultivation.rules.tierMiddle", { from, upTo, percent });
          from = upTo;
          // biome-ignore lint/suspicious/noArrayIndexKey: tiers have no identity but their position
          return <li key={i}>{text}</li>;
        })}
      </ul>
    </Flex>
  );
}

function EligibilityText({ rules }: { rules: SupportRules }) {
  const { t, lang, pick } = useI18n();
  const rounds = useRounds();
  const e = rules.eligibility;
  const sep = t("cultivation.listJoin");
  if (e.kind === "pool") {
    if (!e.roundId) return <>{t("cultivation.rules.eligiblePool")}</>;
    const round = rounds.data?.find((r) => r.id === e.roundId);
    return (
      <>
        {t("cultivation.rules.eligiblePoolRound")}
        <Link to={`/console/cultivation/selection/rounds/${e.roundId}`}>{round?.title ?? e.roundId}</Link>
      </>
    );
  }
  const en = lang === "en-US";
  const parts = [
    e.levels
      ? t("cultivation.rules.levels", { list: e.levels.map((l) => pick(PLATFORM_LEVEL_NAMES[l])).join(sep) })
      : null,
    e.typeCodes
      ? t("cultivation.rules.types", {
          list: e.typeCodes
            .map((c) => {
              const type = platformTypeByCode(c);
              return type ? (en ? type.nameEn : type.name) : c;
            })
            .join(sep),
        })
      : null,
    t("cultivation.rules.statuses", {
      list: (e.statuses ?? ["recognised", "operating", "evaluated"])
        .map((s) => pick(PLATFORM_STATUS_NAMES[s]))
        .join(sep),
    }),
    e.rdCentre === true
      ? t("cultivation.rules.rdCentreOnly")
      : e.rdCentre === false
        ? t("cultivation.rules.notRdCentre")
        : null,
  ].filter(Boolean);
  return (
    <Flex vertical gap={2}>
      <span>{t("cultivation.rules.eligiblePlatforms")}</span>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {parts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Flex>
  );
}

/** A scheme's rules in words: who, on what basis, at what rate, the minimum and cap, and what exceeding does. */
export function RulesCard({ scheme }: { scheme: Scheme }) {
  const { t, lang } = useI18n();
  const rules = rulesOf(scheme.rules);
  const money = (v: string | null) => t("cultivation.money", { value: formatMoney(v, lang) });
  return (
    <Card size="small" className="rd-card" title={t("cultivation.rules.title")}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: lang === "en-US" ? 170 : 110 } }}
        items={[
          {
            key: "eligibility",
            label: t("cultivation.rules.eligibility"),
            children: <EligibilityText rules={rules} />,
          },
          {
            key: "basis",
            label: t("cultivation.rules.basis"),
            children:
              rules.basis === "rd_increase"
                ? t("cultivation.rules.basisIncrease", {
                    year: scheme.dataYear,
                    previous: scheme.dataYear - 1,
                  })
                : t("cultivation.rules.basisSpending", { year: scheme.dataYear }),
          },
          { key: "rate", label: t("cultivation.rules.rate"), children: <RateText rules={rules} /> },
          {
            key: "minimum",
            label: t("cultivation.rules.minimum"),
            children: rules.minimum
              ? t("cultivation.rules.minimumText", { value: money(rules.minimum) })
              : t("cultivation.rules.noMinimum"),
          },
          {
            key: "cap",
            label: t("cultivation.rules.cap"),
            children: rules.cap
              ? t("cultivation.rules.capText", { value: money(rules.cap) })
              : t("cultivation.rules.noCap"),
          },
          {
            key: "budget",
            label: t("cultivation.rules.budget"),
            children: t("cultivation.rules.budgetText", {
              value: money(scheme.budget),
              fund: scheme.fund.name,
              year: scheme.fund.year,
            }),
          },
          {
            key: "overBudget",
            label: t("cultivation.rules.overBudget"),
            children:
              rules.overBudget === "scale" ? t("cultivation.rules.scale") : t("cultivation.rules.refuse"),
          },
        ]}
      />
    </Card>
  );
}
