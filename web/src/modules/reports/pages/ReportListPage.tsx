import { Flex, Tabs } from "antd";
import { useSearchParams } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { DataList } from "../../../app/components/list/DataList";
import { useListState } from "../../../app/components/list/useListState";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { listReports, reportExportUrl, reportKeys } from "../api/reports";
import { MissingReports } from "../components/MissingReports";
import { ReportCounts, useReportCounts } from "../components/ReportCounts";
import { useReportColumns } from "../components/reportColumns";
import { reportYears, useReportFilters } from "../components/reportFilters";

/** The review list of annual reports (district and city), with counts, export and the platforms not filed. */
export function ReportListPage() {
  const { t } = useI18n();
  const { can, session } = useAuth();
  const role = session?.user.role;
  const districts = role === "city_admin" || role === "leadership";
  const columns = useReportColumns();
  const names = useReportFilters({ districts });
  const state = useListState(names, 20);
  const counts = useReportCounts(state.params);
  const filters = useReportFilters({ districts, counts: counts.data?.status });
  const [search, setSearch] = useSearchParams();
  const view = search.get("view") === "missing" ? "missing" : "list";
  const year = Number(state.params.year) || reportYears()[0]!;
  const setView = (next: string) =>
    setSearch(
      () => {
        const p = new URLSearchParams(window.location.search);
        if (next === "missing") p.set("view", "missing");
        else p.delete("view");
        return p;
      },
      { replace: true },
    );
  return (
    <>
      <PageHeader
        title={t("report.listTitle")}
        subTitle={t("report.listSubTitle")}
        breadcrumbs={[{ title: t("menu.platforms") }, { title: t("menu.reports") }]}
      />
      <Tabs
        activeKey={view}
        onChange={setView}
        items={[
          {
            key: "list",
            label: t("report.tab.list"),
            children: (
              <Flex vertical gap={16}>
                <ReportCounts counts={counts.data} params={state.params} update={state.update} />
                <DataList
                  queryKey={reportKeys.list()}
                  fetchPage={listReports}
                  columns={columns}
                  rowKey="id"
                  caption={t("report.listTitle")}
                  filters={filters}
                  exports={
                    can("export.run")
                      ? [
                          { label: t("list.exportCsv"), href: (p) => reportExportUrl("csv", p) },
                          { label: t("list.exportXlsx"), href: (p) => reportExportUrl("xlsx", p) },
                        ]
                      : undefined
                  }
                  emptyText={t("report.empty")}
                  pageSize={20}
                />
              </Flex>
            ),
          },
          {
            key: "missing",
            label: t("report.tab.missing"),
            children: (
              <MissingReports
                year={year}
                districtCode={state.params.districtCode}
                onYear={(y) => state.update({ year: String(y) })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
