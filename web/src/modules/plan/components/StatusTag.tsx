import type { ProgressStatus } from "@rdcity/common";
import { Tag } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { STATUS_COLOURS, statusName } from "./planFormat";

/** A target's status in its colour: achieved green, on track blue, at risk orange, off track red, no data grey. */
export function StatusTag({ status }: { status: ProgressStatus }) {
  const { lang } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {statusName(status, lang)}
    </Tag>
  );
}
