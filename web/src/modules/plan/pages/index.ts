export { PlanDashboardPage } from "./PlanDashboardPage";
export { PlanImportPage } from "./PlanImportPage";
export { TargetPage } from "./TargetPage";
export { TaskListPage } from "./TaskListPage";
export { TaskPage } from "./TaskPage";
