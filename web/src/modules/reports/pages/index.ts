export { ReportListPage } from "./ReportListPage";
export { ReportPage } from "./ReportPage";
