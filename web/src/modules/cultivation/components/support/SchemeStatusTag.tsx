import type { Scheme } from "@rdcity/common";
import { Tag } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { SCHEME_STATUS_COLOURS } from "./supportFormat";

export function SchemeStatusTag({ scheme }: { scheme: Pick<Scheme, "status" | "statusLabel"> }) {
  const { pick } = useI18n();
  return (
    <Tag color={SCHEME_STATUS_COLOURS[scheme.status]} style={{ marginInlineEnd: 0 }}>
      {pick(scheme.statusLabel)}
    </Tag>
  );
}
