import { formatNumber, type ImportResult, type ImportRowError } from "@rdcity/common";
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tabs, Typography } from "antd";
import { useI18n } from "../../i18n/I18nProvider";
import { ALL_IMPORT_COUNTS, type ImportCount } from "./importCounts";

function IssueTable({
  rows,
  caption,
  kind,
}: {
  rows: ImportRowError[];
  caption: string;
  kind: "error" | "warning";
}) {
  const { t } = useI18n();
  return (
    <Table<ImportRowError>
      aria-label={caption}
      size="small"
      rowKey={(r) => `${r.row}-${r.column ?? ""}-${r.code}-${r.message}`}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("import.noIssues")} />,
      }}
      columns={[
        { key: "row", title: t("import.row"), dataIndex: "row", width: 90, sorter: (a, b) => a.row - b.row },
        {
          key: "column",
          title: t("import.column"),
          dataIndex: "column",
          width: 200,
          render: (v: string | null) => v ?? "—",
        },
        {
          key: "message",
          title: t("import.message"),
          dataIndex: "message",
          render: (v: string) => (
            <Typography.Text type={kind === "error" ? "danger" : "warning"}>{v}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

/**
 * The dry run's (or refused commit's) report: counts, then each problem with its spreadsheet row and column.
 * `counts` names the counts the kind reports (a kind that never flags duplicates does not show a zero for them).
 */
export function ImportReport({
  result,
  counts = ALL_IMPORT_COUNTS,
}: {
  result: ImportResult;
  counts?: readonly ImportCount[];
}) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang);
  const failed = result.errors.length > 0;
  const countStats: { key: ImportCount; title: string; value: number }[] = [
    {
      key: "created",
      title: result.dryRun ? t("import.willCreate") : t("import.created"),
      value: result.created,
    },
    {
      key: "updated",
      title: result.dryRun ? t("import.willUpdate") : t("import.updated"),
      value: result.updated,
    },
    { key: "unchanged", title: t("import.unchanged"), value: result.unchanged },
    { key: "duplicatesFlagged", title: t("import.duplicatesFlagged"), value: result.duplicatesFlagged },
  ];
  const stats = [
    { key: "rows", title: t("import.totalRows"), value: result.totalRows, danger: false },
    ...countStats.filter((s) => counts.includes(s.key)).map((s) => ({ ...s, danger: false })),
    { key: "errors", title: t("import.errorCount"), value: result.errors.length, danger: failed },
  ];
  const rowsWithErrors = new Set(result.errors.map((e) => e.row)).size;
  return (
    <>
      {failed ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t("import.hasErrors", { count: n(result.errors.length), rows: n(rowsWithErrors) })}
          description={t("import.hasErrorsText")}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Alert
          type="success"
          showIcon
          role="status"
          title={result.dryRun ? t("import.dryRunOk") : t("import.committedOk")}
          description={
            result.encoding
              ? t("import.encoding", { encoding: result.encoding, file: result.fileName })
              : result.fileName
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map((s) => (
          <Col key={s.key} xs={12} md={8} xl={{ flex: "1 1 0" }}>
            <Card size="small" className="rd-stat-card">
              <Statistic
                title={s.title}
                value={s.value}
                formatter={(v) => n(Number(v))}
                styles={{ content: s.danger ? { color: "#cf1322" } : undefined }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {(result.errors.length > 0 || result.warnings.length > 0) && (
        <Tabs
          defaultActiveKey={result.errors.length > 0 ? "errors" : "warnings"}
          items={[
            {
              key: "errors",
              label: `${t("import.errors")} (${n(result.errors.length)})`,
              children: <IssueTable rows={result.errors} caption={t("import.errors")} kind="error" />,
            },
            {
              key: "warnings",
              label: `${t("import.warnings")} (${n(result.warnings.length)})`,
              children: <IssueTable rows={result.warnings} caption={t("import.warnings")} kind="warning" />,
            },
          ]}
        />
      )}
    </>
  );
}
