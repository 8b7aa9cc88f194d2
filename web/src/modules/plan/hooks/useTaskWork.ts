import { useQuery } from "@tanstack/react-query";
import { planKeys } from "../api/plan";
import { fetchChanges, fetchTaskReports, fetchTaskSupervision } from "../api/planWrites";

export function useTaskReports(taskId: string) {
  return useQuery({
    queryKey: planKeys.reports(taskId),
    queryFn: ({ signal }) => fetchTaskReports(taskId, signal),
  });
}

export function useTaskSupervision(taskId: string) {
  return useQuery({
    queryKey: planKeys.supervision(taskId),
    queryFn: ({ signal }) => fetchTaskSupervision(taskId, signal),
  });
}

/** Change requests of one target or task (the list is filtered here: the API lists them by record type). */
export function useChanges(recordType: "target" | "task", code: string) {
  return useQuery({
    queryKey: planKeys.changes(recordType),
    queryFn: ({ signal }) => fetchChanges(recordType, signal),
    select: (list) => list.filter((c) => c.code === code),
  });
}
