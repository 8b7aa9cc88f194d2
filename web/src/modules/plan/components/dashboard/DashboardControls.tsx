import { FilePdfOutlined } from "@ant-design/icons";
import type { PlanSummary } from "@rdcity/common";
import { Button, DatePicker, Segmented, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { briefingUrl, type PlanAs, type PlanView } from "../../api/plan";

/** The dashboard's controls: which plan, as of which day, as planned or as adjusted, and the briefing PDF. */
export function DashboardControls({
  plans,
  view,
  asOf,
  issuedYear,
  update,
}: {
  plans: PlanSummary[];
  view: PlanView;
  /** The day the server evaluated (today unless chosen). */
  asOf: string | undefined;
  issuedYear: string;
  update: (changes: Partial<Record<keyof PlanView, string | undefined>>) => void;
}) {
  const { t, lang, pick } = useI18n();
  const today = dayjs();
  return (
    <>
      {plans.length > 1 && (
        <Select
          aria-label={t("plan.control.plan")}
          value={view.plan ?? plans[0]?.code}
          onChange={(plan) => update({ plan: plan === plans[0]?.code ? undefined : plan })}
          options={plans.map((p) => ({ value: p.code, label: pick(p.title) }))}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
        />
      )}
      <DatePicker
        aria-label={t("plan.control.asOf")}
        prefix={t("plan.control.asOfPrefix")}
        value={asOf ? dayjs(asOf) : null}
        allowClear={!!view.asOf}
        disabledDate={(d: Dayjs) => d.isAfter(today, "day")}
        onChange={(d: Dayjs | null) => update({ asOf: d ? d.format("YYYY-MM-DD") : undefined })}
        style={{ width: lang === "en-US" ? 190 : 180 }}
      />
      <Segmented<PlanAs>
        aria-label={t("plan.control.version")}
        value={view.as ?? "current"}
        onChange={(as) => update({ as })}
        options={[
          { value: "planned", label: t("plan.as.planned", { year: issuedYear }) },
          { value: "current", label: t("plan.as.current") },
        ]}
      />
      <Button icon={<FilePdfOutlined />} href={briefingUrl(view, lang)} download>
        {t("plan.briefing")}
      </Button>
    </>
  );
}
