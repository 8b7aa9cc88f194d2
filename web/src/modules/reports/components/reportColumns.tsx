import type { Report } from "@rdcity/common";
import { Flex, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { REPORT_STATUS_COLOURS, useReportLabels } from "./reportLabels";

/** Tags beside a report's status: overdue, submitted late, flagged, imported, demo. */
export function ReportMarks({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <>
      {report.overdue && <Tag color="error">{t("report.overdue")}</Tag>}
      {report.late && <Tag color="orange">{t("report.late")}</Tag>}
      {report.flags.length > 0 && (
        <Tag color="volcano">{t("report.flagged", { count: report.flags.length })}</Tag>
      )}
    </>
  );
}

export function useReportColumns(): TableColumnsType<Report> {
  const { t } = useI18n();
  const labels = useReportLabels();
  return useMemo(
    () => [
      {
        key: "platform",
        title: t("report.col.platform"),
        render: (_: unknown, r: Report) => (
          <Flex vertical gap={2}>
            <Link to={`/console/reports/${r.id}`}>{r.platform.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[r.platform.hostName, labels.district(r.platform.districtCode), labels.level(r.platform.level)]
                .filter(Boolean)
                .join(" · ")}
            </Typography.Text>
          </Flex>
        ),
      },
      { key: "year", title: t("report.col.year"), dataIndex: "year", width: 80 },
      {
        key: "status",
        title: t("report.col.status"),
        render: (_: unknown, r: Report) => (
          <Tag color={REPORT_STATUS_COLOURS[r.status]}>{labels.reportStatus(r.status)}</Tag>
        ),
      },
      {
        key: "rdSpending",
        title: labels.metric("rdSpending"),
        align: "right" as const,
        render: (_: unknown, r: Report) => labels.figure("rdSpending", r.rdSpending),
      },
      {
        key: "dueOn",
        title: t("report.col.dueOn"),
        render: (_: unknown, r: Report) => r.dueOn,
      },
      {
        key: "submittedAt",
        title: t("report.col.submittedAt"),
        render: (_: unknown, r: Report) => labels.date(r.submittedAt) || "—",
      },
      {
        key: "flags",
        title: t("report.col.flags"),
        render: (_: unknown, r: Report) => <ReportMarks report={r} />,
      },
    ],
    [t, labels],
  );
}
