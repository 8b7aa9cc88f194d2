import { type CultivationRound, formatDateTime } from "@rdcity/common";
import { Card, Descriptions, Flex, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { RoundStatusTag } from "./RoundStatusTag";

/** A round at a glance: its years, the cap, how many were considered, eligible and selected, and its approval. */
export function RoundFacts({ round }: { round: CultivationRound }) {
  const { t, lang } = useI18n();
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const excluded = round.counts.excluded.reduce((s, x) => s + x.count, 0);
  return (
    <Card size="small" className="rd-card" title={t("cultivation.round.facts")}>
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: lang === "en-US" ? 150 : 110 } }}
        items={[
          { key: "status", label: t("cultivation.round.status"), children: <RoundStatusTag round={round} /> },
          { key: "year", label: t("cultivation.round.year"), children: round.year },
          { key: "dataYear", label: t("cultivation.round.dataYear"), children: round.dataYear },
          { key: "cap", label: t("cultivation.round.cap"), children: n(round.cap) },
          {
            key: "counts",
            label: t("cultivation.round.counts"),
            children: round.scoredAt ? (
              <Flex vertical gap={2}>
                <span>
                  {t("cultivation.round.countsText", {
                    considered: n(round.counts.considered),
                    eligible: n(round.counts.eligible),
                    excluded: n(excluded),
                  })}
                </span>
                <Typography.Text strong>
                  {t("cultivation.round.selectedText", {
                    selected: n(round.counts.selected),
                    cap: n(round.cap),
                  })}
                </Typography.Text>
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t("cultivation.round.notScored")}</Typography.Text>
            ),
          },
          {
            key: "scoredAt",
            label: t("cultivation.round.scoredAt"),
            children: round.scoredAt ? formatDateTime(round.scoredAt) : "—",
          },
          {
            key: "approval",
            label: t("cultivation.round.approval"),
            children: round.instanceId ? (
              <Flex gap={12} wrap>
                <Link to={`/console/workflow/${round.instanceId}`}>
                  {t("cultivation.round.openInstance")}
                </Link>
                {round.status === "approved" && (
                  <Link to="/public/notices" target="_blank">
                    {t("cultivation.round.publicNotice")}
                  </Link>
                )}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t("cultivation.round.notSubmitted")}</Typography.Text>
            ),
          },
          {
            key: "updated",
            label: t("cultivation.round.updated"),
            children: `${formatDateTime(round.updatedAt)}${round.updatedBy ? ` · ${round.updatedBy}` : ""}`,
          },
        ]}
      />
    </Card>
  );
}
