import { formatDateTime, type WorkflowHistoryEntryDto, type WorkflowInstanceViewDto } from "@rdcity/common";
import { Card, Flex, Skeleton, Timeline, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { bracket, pickLabel } from "./workflowText";

/** 办理记录: every step and event, newest first, with who, when, and the comment given. */
export function HistoryCard({
  view,
  query,
}: {
  view: WorkflowInstanceViewDto;
  query: { data?: WorkflowHistoryEntryDto[]; error: unknown; isPending: boolean; refetch: () => unknown };
}) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const entries = [...(query.data ?? [])].reverse();
  const fieldLabel = (key: string) => {
    const l = view.process.fieldLabels[key];
    return l ? pickLabel(l, lang) : key;
  };
  return (
    <Card size="small" className="rd-card" title={t("workflow.instance.history")}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : entries.length === 0 ? (
        <Typography.Text type="secondary">{t("workflow.history.empty")}</Typography.Text>
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={entries.map((h) => {
            const changed = h.action === "edit" && h.dataDelta ? Object.keys(h.dataDelta) : [];
            return {
              key: h.id,
              color: h.kind === "transition" ? "blue" : "gray",
              content: (
                <Flex vertical gap={2}>
                  <Typography.Text strong>{pickLabel(h.actionLabel, lang)}</Typography.Text>
                  {h.kind === "transition" && h.from !== h.to && (
                    <Typography.Text className="rd-small">
                      {t("workflow.history.to", { state: pickLabel(h.toLabel, lang) })}
                    </Typography.Text>
                  )}
                  {changed.length > 0 && (
                    <Typography.Text type="secondary" className="rd-small">
                      {t("workflow.history.changed", {
                        fields: changed.map(fieldLabel).join(lang === "en-US" ? ", " : "、"),
                      })}
                    </Typography.Text>
                  )}
                  {h.comment && (
                    <Typography.Text style={{ whiteSpace: "pre-wrap" }}>“{h.comment}”</Typography.Text>
                  )}
                  <Typography.Text type="secondary" className="rd-small">
                    {formatDateTime(h.at)} ·{" "}
                    {h.actorName
                      ? h.actorRole
                        ? bracket(h.actorName, labels.role(h.actorRole), lang)
                        : h.actorName
                      : labels.role(h.actorRole)}
                  </Typography.Text>
                </Flex>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
