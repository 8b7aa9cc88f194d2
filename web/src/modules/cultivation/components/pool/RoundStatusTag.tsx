import type { CultivationRound } from "@rdcity/common";
import { Tag } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { ROUND_STATUS_COLOURS } from "./poolFormat";

/** A round's status in its colour: draft grey, submitted blue, under notice gold, announced green, rejected red. */
export function RoundStatusTag({ round }: { round: Pick<CultivationRound, "status" | "statusLabel"> }) {
  const { pick } = useI18n();
  return (
    <Tag color={ROUND_STATUS_COLOURS[round.status]} style={{ marginInlineEnd: 0 }}>
      {pick(round.statusLabel)}
    </Tag>
  );
}
