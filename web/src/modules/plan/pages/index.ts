export { PlanDashboardPage } from "./PlanDashboardPage";
export { TargetPage } from "./TargetPage";
export { TaskListPage } from "./TaskListPage";
export { TaskPage } from "./TaskPage";
