import type { TargetProgress } from "@rdcity/common";
import { Alert, Flex } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { DATA_STATUS } from "../dataStatus";
import { formatMeasure, formatPeriod, formatShare } from "../planFormat";

/**
 * What the reader should doubt: official statistics and the registry's count far apart (beyond the indicator's
 * tolerance), and figures whose year or source is uncertain.
 */
export function TargetAlerts({ target: t }: { target: TargetProgress }) {
  const { t: tr, lang } = useI18n();
  const level = { ...t, kind: "level" as const };
  const d = t.divergence;
  return (
    <Flex vertical gap={8} style={{ marginBottom: d?.flagged || t.doubtful.length ? 16 : 0 }}>
      {d?.flagged && (
        <Alert
          type="warning"
          showIcon
          title={tr("plan.divergence.title")}
          description={tr("plan.divergence.text", {
            period: formatPeriod(d.period, lang),
            reported: formatMeasure(d.reported, level, lang),
            computed: formatMeasure(d.computed, level, lang),
            share: formatShare(d.share, lang),
            used: tr(
              t.authoritative === "computed"
                ? "plan.divergence.usedComputed"
                : "plan.divergence.usedReported",
            ),
          })}
        />
      )}
      {t.doubtful.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={tr("plan.doubtful.title")}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {t.doubtful.map((x) => (
                <li key={`${x.period}-${x.dataStatus}`}>
                  {tr("plan.doubtful.item", {
                    period: formatPeriod(x.period, lang),
                    status: DATA_STATUS[x.dataStatus] ? tr(DATA_STATUS[x.dataStatus]!.label) : x.dataStatus,
                  })}
                  {x.note ? tr("plan.doubtful.note", { note: x.note }) : ""}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}
