import type { MessageKey } from "../../../app/i18n/zh-CN";

/** A figure's data status (how sure its year and source are), as a tag. */
export const DATA_STATUS: Record<string, { label: MessageKey; colour: string }> = {
  reported: { label: "plan.dataStatus.reported", colour: "green" },
  reported_check_year: { label: "plan.dataStatus.reported_check_year", colour: "orange" },
  reported_year_inferred: { label: "plan.dataStatus.reported_year_inferred", colour: "gold" },
  reported_url_missing: { label: "plan.dataStatus.reported_url_missing", colour: "gold" },
  missing: { label: "plan.dataStatus.missing", colour: "default" },
  computed: { label: "plan.dataStatus.computed", colour: "cyan" },
};
