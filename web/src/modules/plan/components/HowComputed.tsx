import { QuestionCircleOutlined } from "@ant-design/icons";
import { Collapse, Typography } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import type { PlanRules } from "../api/plan";
import { formatShare } from "./planFormat";

const TITLES: Record<string, MessageKey> = {
  statuses: "plan.rules.statuses",
  level: "plan.rules.level",
  window_increase: "plan.rules.window",
  growth: "plan.rules.growth",
  milestone: "plan.rules.milestone",
  forecast: "plan.rules.forecast",
};

/**
 * "How is this computed?": the rules applied, in words (the server's texts), with the thresholds they name. The
 * rule of a window target (new approvals within three years) is the level rule on the increase since the window.
 */
export function HowComputed({
  rules,
  keys,
  defaultOpen = false,
}: {
  rules: PlanRules;
  /** Which rules to explain, in order (a target's own rule first). */
  keys: string[];
  defaultOpen?: boolean;
}) {
  const { t, pick, lang } = useI18n();
  const th = rules.thresholds;
  const unique = [...new Set(keys)];
  const paragraph = (key: string) => {
    if (key === "window_increase") {
      const level = rules.texts.level;
      return (
        <>
          <Typography.Paragraph>{t("plan.rules.windowText")}</Typography.Paragraph>
          {level && <Typography.Paragraph>{pick(level)}</Typography.Paragraph>}
        </>
      );
    }
    const text = rules.texts[key];
    return text ? <Typography.Paragraph>{pick(text)}</Typography.Paragraph> : null;
  };
  const thresholds = [
    th.onTrack !== undefined && t("plan.rules.onTrack", { value: formatShare(th.onTrack, lang) }),
    th.atRisk !== undefined && t("plan.rules.atRisk", { value: formatShare(th.atRisk, lang) }),
    th.predictionInterval !== undefined &&
      t("plan.rules.interval", { value: formatShare(th.predictionInterval, lang) }),
    th.minForecastPoints !== undefined && t("plan.rules.minPoints", { count: th.minForecastPoints }),
  ].filter((x): x is string => !!x);
  return (
    <Collapse
      defaultActiveKey={defaultOpen ? ["how"] : []}
      items={[
        {
          key: "how",
          label: (
            <span>
              <QuestionCircleOutlined style={{ marginInlineEnd: 8 }} />
              {t("plan.rules.title")}
            </span>
          ),
          children: (
            <div style={{ maxWidth: 900 }}>
              {unique.map((key) => (
                <section key={key}>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {TITLES[key] ? t(TITLES[key] as MessageKey) : key}
                  </Typography.Paragraph>
                  {paragraph(key)}
                </section>
              ))}
              {thresholds.length > 0 && (
                <>
                  <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                    {t("plan.rules.thresholds")}
                  </Typography.Paragraph>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {thresholds.map((x) => (
                      <li key={x}>{x}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
