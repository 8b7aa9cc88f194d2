import { type EvaluationResult, FOLLOWUP_KIND_NAMES } from "@rdcity/common";
import { Flex, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { FOLLOWUP_STATUS_COLOURS } from "./gradeStyle";

type Followup = EvaluationResult["followups"][number];

/**
 * A result's follow-ups (expert review, rectification, revocation), each as a link to its workflow instance with
 * its status and, for a rectification, its deadline.
 */
export function FollowupLinks({ followups, compact = false }: { followups: Followup[]; compact?: boolean }) {
  const { t, pick } = useI18n();
  if (followups.length === 0)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="rd-visually-hidden">{t("cultivation.evaluation.followups.none")}</span>
      </>
    );
  return (
    <Flex vertical={!compact} wrap gap={4}>
      {followups.map((f) => {
        const text = `${pick(FOLLOWUP_KIND_NAMES[f.kind])} · ${pick(f.statusName)}`;
        return (
          <Flex key={f.id} gap={6} align="center" wrap>
            <Tag color={FOLLOWUP_STATUS_COLOURS[f.status]} style={{ marginInlineEnd: 0 }}>
              {f.instanceId ? <Link to={`/console/workflow/${f.instanceId}`}>{text}</Link> : text}
            </Tag>
            {!compact && f.deadline && (
              <span className="rd-small">
                {t("cultivation.evaluation.followups.deadline", { date: f.deadline })}
              </span>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
