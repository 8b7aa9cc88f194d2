import type { EvaluationRound } from "@rdcity/common";
import { Tag } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { ROUND_STATUS_COLOURS } from "./gradeStyle";

/** A round's status: 草稿 / 已评分 / 已发布. */
export function RoundStatusTag({ round }: { round: Pick<EvaluationRound, "status" | "statusName"> }) {
  const { pick } = useI18n();
  return (
    <Tag color={ROUND_STATUS_COLOURS[round.status]} style={{ marginInlineEnd: 0 }}>
      {pick(round.statusName)}
    </Tag>
  );
}
