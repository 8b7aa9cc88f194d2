import { reportDueOn } from "@rdcity/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Card, Empty, Flex, Select, Table, Tag, Typography } from "antd";
import { useId, useState } from "react";
import { Link } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { listMissing, type MissingReport, reportKeys } from "../api/reports";
import { reportYears } from "./reportFilters";
import { useReportLabels } from "./reportLabels";

/** Platforms that owe the year's report and have not started it (in the viewer's scope). */
export function MissingReports({
  year,
  districtCode,
  onYear,
}: {
  year: number;
  districtCode?: string;
  onYear: (year: number) => void;
}) {
  const { t } = useI18n();
  const labels = useReportLabels();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const yearId = useId();
  const params = {
    year: String(year),
    ...(districtCode ? { districtCode } : {}),
    limit: String(page.pageSize),
    offset: String((page.current - 1) * page.pageSize),
  };
  const query = useQuery({
    queryKey: reportKeys.missing(params),
    queryFn: ({ signal }) => listMissing(params, signal),
    placeholderData: keepPreviousData,
  });
  const due = reportDueOn(year);
  return (
    <Card size="small" className="rd-card">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <label htmlFor={yearId}>{t("report.filter.year")}</label>
        <Select<number>
          id={yearId}
          value={year}
          style={{ width: 120 }}
          options={reportYears().map((y) => ({ value: y, label: String(y) }))}
          onChange={(y) => {
            setPage((p) => ({ ...p, current: 1 }));
            onYear(y);
          }}
        />
        <Alert type="info" showIcon title={t("report.missing.hint", { year, due })} style={{ flex: 1 }} />
      </Flex>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<MissingReport>
        aria-label={t("report.missing.caption")}
        rowKey={(m) => m.platform.id}
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        size="middle"
        scroll={{ x: "max-content" }}
        locale={{
          emptyText: query.isPending ? (
            <div style={{ height: 120 }} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("report.missing.empty")} />
          ),
        }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t("list.total", { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          {
            key: "platform",
            title: t("report.col.platform"),
            render: (_, m) => (
              <Link to={`/console/platforms/${m.platform.id}?tab=reports`}>{m.platform.name}</Link>
            ),
          },
          { key: "host", title: t("report.host"), render: (_, m) => m.platform.hostName ?? "—" },
          {
            key: "district",
            title: t("report.district"),
            render: (_, m) => labels.district(m.platform.districtCode),
          },
          {
            key: "type",
            title: t("report.type"),
            render: (_, m) => (
              <Typography.Text type="secondary">
                {labels.type(m.platform.typeCode)} · {labels.level(m.platform.level)}
              </Typography.Text>
            ),
          },
          {
            key: "due",
            title: t("report.col.dueOn"),
            render: (_, m) => (
              <>
                {m.dueOn} {m.overdue && <Tag color="error">{t("report.overdue")}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
