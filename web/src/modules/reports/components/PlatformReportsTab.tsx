import { FileAddOutlined } from "@ant-design/icons";
import type { Report } from "@rdcity/common";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Empty, Flex, Skeleton, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { fetchPlatformReports, fileReport, reportKeys } from "../api/reports";
import { ReportMarks } from "./reportColumns";
import { REPORT_STATUS_COLOURS, useReportLabels } from "./reportLabels";

/** A platform's annual reports by year; its host organisation files the years still open. */
export function PlatformReportsTab({ platformId }: { platformId: string }) {
  const { t } = useI18n();
  const labels = useReportLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [filing, setFiling] = useState<number | null>(null);
  const query = useQuery({
    queryKey: reportKeys.ofPlatform(platformId),
    queryFn: () => fetchPlatformReports(platformId),
  });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { items, fileable, canFile } = query.data;
  const file = async (year: number) => {
    setFiling(year);
    try {
      const created = await fileReport(platformId, year);
      queryClient.setQueryData(reportKeys.detail(created.data.id), created);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      void message.success(t("report.filed", { year }));
      navigate(`/console/reports/${created.data.id}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setFiling(null);
    }
  };
  return (
    <Card className="rd-card" size="small">
      {canFile && fileable.length > 0 && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          {fileable.map((year) => (
            <Button
              key={year}
              type={year === fileable[0] ? "primary" : "default"}
              icon={<FileAddOutlined />}
              loading={filing === year}
              onClick={() => void file(year)}
            >
              {t("report.file", { year })}
            </Button>
          ))}
        </Flex>
      )}
      <Table<Report>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={items}
        aria-label={t("report.platformTab")}
        scroll={{ x: "max-content" }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("report.platformTab.empty")} />
          ),
        }}
        columns={[
          {
            key: "year",
            title: t("report.col.year"),
            render: (_, r) => (
              <Link to={`/console/reports/${r.id}`}>{t("report.documentTitle", { year: r.year })}</Link>
            ),
          },
          {
            key: "status",
            title: t("report.col.status"),
            render: (_, r) => (
              <>
                <Tag color={REPORT_STATUS_COLOURS[r.status]}>{labels.reportStatus(r.status)}</Tag>
                <ReportMarks report={r} />
              </>
            ),
          },
          {
            key: "rdSpending",
            title: labels.metric("rdSpending"),
            align: "right",
            render: (_, r) => labels.figure("rdSpending", r.rdSpending),
          },
          {
            key: "rdStaff",
            title: labels.metric("rdStaff"),
            align: "right",
            render: (_, r) => labels.figure("rdStaff", r.rdStaff),
          },
          {
            key: "patents",
            title: labels.metric("patentsGranted"),
            align: "right",
            render: (_, r) => labels.figure("patentsGranted", r.patentsGranted),
          },
          { key: "dueOn", title: t("report.col.dueOn"), render: (_, r) => r.dueOn },
        ]}
      />
    </Card>
  );
}
