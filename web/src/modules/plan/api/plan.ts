import type {
  Indicator,
  Observation,
  PlanSummary,
  ProgressStatus,
  ProjectRollup,
  TargetProgress,
  TaskSummary,
  Unit,
} from "@rdcity/common";
import { api } from "../../../app/api/client";

export type Label = { zh: string; en: string };

/** How progress is computed, in words, with the thresholds the words name (the server's rules). */
export interface PlanRules {
  thresholds: Record<string, number>;
  texts: Record<string, Label>;
}

export type PlanAs = "planned" | "current";

/** The selection every plan page shares: which plan, as of which day, as planned or as adjusted. */
export interface PlanView {
  plan?: string;
  asOf?: string;
  as?: PlanAs;
}

export interface DistrictBreakdown {
  cityCode: string;
  series: Record<string, Label>;
  items: { code: string; name: Label; values: Record<string, number | null> }[];
}

export interface PlanDashboard {
  plan: PlanSummary | undefined;
  asOf: string;
  as: PlanAs;
  statusCounts: Record<ProgressStatus, number>;
  targets: TargetProgress[];
  projects: ProjectRollup[];
  overdue: TaskSummary[];
  supervisedTasks: number;
  taskCount: number;
  districts: DistrictBreakdown;
  rules: PlanRules;
}

export interface PlanVersion {
  version: number;
  snapshot: Record<string, unknown>;
  reason: string | null;
  changeId: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface TargetDetail {
  current: TargetProgress;
  planned: TargetProgress | null;
  observations: Observation[];
  versions: PlanVersion[];
  rules: PlanRules;
}

export interface TaskMilestone {
  id: string;
  title: Label;
  dueOn: string;
  doneOn: string | null;
  overdue: boolean;
  version: number;
}

export interface TaskDetail extends TaskSummary {
  text: Label;
  milestones: TaskMilestone[];
  items: TaskSummary[];
  targets: { code: string; text: Label }[];
  versions: PlanVersion[];
  indicatorCodes: string[];
  zoneCodes: string[];
  industryCodes: string[];
}

export interface TaskFilters {
  project?: string;
  unit?: string;
  overdue?: boolean;
}

export const planKeys = {
  all: ["plan"] as const,
  plans: () => [...planKeys.all, "plans"] as const,
  dashboard: (view: PlanView) => [...planKeys.all, "dashboard", view] as const,
  target: (code: string, view: PlanView) => [...planKeys.all, "target", code, view] as const,
  indicators: () => [...planKeys.all, "indicators"] as const,
  tasks: (plan: string | undefined, filters: TaskFilters) =>
    [...planKeys.all, "tasks", plan, filters] as const,
  task: (id: string) => [...planKeys.all, "task", id] as const,
  projects: (plan: string | undefined) => [...planKeys.all, "projects", plan] as const,
  units: () => [...planKeys.all, "units"] as const,
  reports: (taskId: string) => [...planKeys.all, "reports", taskId] as const,
  supervision: (taskId: string) => [...planKeys.all, "supervision", taskId] as const,
  changes: (recordType: "target" | "task") => [...planKeys.all, "changes", recordType] as const,
};

export const fetchPlans = (signal?: AbortSignal) => api<PlanSummary[]>("/api/plan/plans", { signal });

export const fetchDashboard = (view: PlanView, signal?: AbortSignal) =>
  api<PlanDashboard>("/api/plan/dashboard", { query: { ...view }, signal });

export const fetchTarget = (code: string, view: PlanView, signal?: AbortSignal) =>
  api<TargetDetail>(`/api/plan/targets/${encodeURIComponent(code)}`, {
    query: { plan: view.plan, asOf: view.asOf },
    signal,
  });

export const fetchIndicators = (signal?: AbortSignal) => api<Indicator[]>("/api/plan/indicators", { signal });

export const fetchTasks = (plan: string | undefined, filters: TaskFilters, signal?: AbortSignal) =>
  api<TaskSummary[]>("/api/plan/tasks", {
    query: {
      plan,
      project: filters.project,
      unit: filters.unit,
      overdue: filters.overdue ? "true" : undefined,
    },
    signal,
  });

export const fetchTask = (id: string, signal?: AbortSignal) =>
  api<TaskDetail>(`/api/plan/tasks/${encodeURIComponent(id)}`, { signal });

export const fetchProjects = (plan: string | undefined, signal?: AbortSignal) =>
  api<ProjectRollup[]>("/api/plan/projects", { query: { plan }, signal });

export const fetchUnits = (signal?: AbortSignal) => api<Unit[]>("/api/plan/units", { signal });

/** The leadership briefing as a PDF (a plain link: the browser downloads it with the session cookie). */
export function briefingUrl(view: PlanView, lang: string): string {
  const params = new URLSearchParams();
  if (view.plan) params.set("plan", view.plan);
  if (view.asOf) params.set("asOf", view.asOf);
  if (view.as) params.set("as", view.as);
  params.set("lang", lang);
  return `/api/plan/briefing.pdf?${params.toString()}`;
}
