import type { ReportDetail } from "@rdcity/common";
import { formatDateTime } from "@rdcity/common";
import { Card, Descriptions, Tag } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useReportLabels } from "./reportLabels";

export function ReportInfoCard({ report }: { report: ReportDetail }) {
  const { t } = useI18n();
  const labels = useReportLabels();
  const byAt = (by: string | null, at: string | null) =>
    by || at ? t("report.byAt", { by: by ?? "—", at: formatDateTime(at) }) : "—";
  return (
    <Card title={t("report.info")} className="rd-card" size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: "platform",
            label: t("report.platform"),
            children: <Link to={`/console/platforms/${report.platform.id}`}>{report.platform.name}</Link>,
          },
          {
            key: "type",
            label: t("report.col.platform"),
            children: `${labels.type(report.platform.typeCode)} · ${labels.level(report.platform.level)}`,
          },
          { key: "host", label: t("report.host"), children: report.platform.hostName ?? "—" },
          {
            key: "district",
            label: t("report.district"),
            children: [labels.district(report.platform.districtCode), labels.zone(report.platform.zoneCode)]
              .filter(Boolean)
              .join(" · "),
          },
          {
            key: "due",
            label: t("report.dueOn"),
            children: (
              <>
                {report.dueOn} {report.overdue && <Tag color="error">{t("report.overdue")}</Tag>}
                {report.late && <Tag color="orange">{t("report.late")}</Tag>}
              </>
            ),
          },
          {
            key: "submitted",
            label: t("report.submitted"),
            children: byAt(report.submittedBy, report.submittedAt),
          },
          {
            key: "reviewed",
            label: t("report.reviewed"),
            children: byAt(report.reviewedBy, report.reviewedAt),
          },
          { key: "submissions", label: t("report.submissions"), children: report.submissions },
          {
            key: "origin",
            label: t("report.origin"),
            children: t(report.origin === "imported" ? "report.origin.imported" : "report.origin.filed"),
          },
        ]}
      />
    </Card>
  );
}
