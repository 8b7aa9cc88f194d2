import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  fetchDashboard,
  fetchIndicators,
  fetchPlans,
  fetchProjects,
  fetchTarget,
  fetchTask,
  fetchTasks,
  fetchUnits,
  type PlanView,
  planKeys,
  type TaskFilters,
} from "../api/plan";

const LONG = 5 * 60_000;

export function usePlans() {
  return useQuery({
    queryKey: planKeys.plans(),
    queryFn: ({ signal }) => fetchPlans(signal),
    staleTime: LONG,
  });
}

export function useDashboard(view: PlanView) {
  return useQuery({
    queryKey: planKeys.dashboard(view),
    queryFn: ({ signal }) => fetchDashboard(view, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTarget(code: string, view: PlanView) {
  const key = { plan: view.plan, asOf: view.asOf };
  return useQuery({
    queryKey: planKeys.target(code, key),
    queryFn: ({ signal }) => fetchTarget(code, key, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: planKeys.indicators(),
    queryFn: ({ signal }) => fetchIndicators(signal),
    staleTime: LONG,
  });
}

export function useTasks(plan: string | undefined, filters: TaskFilters) {
  return useQuery({
    queryKey: planKeys.tasks(plan, filters),
    queryFn: ({ signal }) => fetchTasks(plan, filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({ queryKey: planKeys.task(id), queryFn: ({ signal }) => fetchTask(id, signal) });
}

export function useProjects(plan: string | undefined) {
  return useQuery({
    queryKey: planKeys.projects(plan),
    queryFn: ({ signal }) => fetchProjects(plan, signal),
    staleTime: LONG,
  });
}

export function useUnits() {
  return useQuery({
    queryKey: planKeys.units(),
    queryFn: ({ signal }) => fetchUnits(signal),
    staleTime: LONG,
  });
}
