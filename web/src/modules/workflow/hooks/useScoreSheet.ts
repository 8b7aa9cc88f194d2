import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchScoreSheet, recuse, submitScores, workflowKeys } from "../api/workflow";

export function useScoreSheet(assignmentId: string) {
  return useQuery({
    queryKey: workflowKeys.assignment(assignmentId),
    queryFn: () => fetchScoreSheet(assignmentId),
  });
}

/** Submitting or standing aside changes the sheet, the instance (its review) and the expert's inbox. */
function useAfterSheet(assignmentId: string) {
  const queryClient = useQueryClient();
  return async (sheet: Awaited<ReturnType<typeof fetchScoreSheet>>) => {
    queryClient.setQueryData(workflowKeys.assignment(assignmentId), sheet);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: workflowKeys.instance(sheet.instance.id) }),
      queryClient.invalidateQueries({ queryKey: workflowKeys.tasks() }),
    ]);
  };
}

export function useSubmitScores(assignmentId: string) {
  const after = useAfterSheet(assignmentId);
  return useMutation({
    mutationFn: (body: { scores: Record<string, number>; comment?: string }) =>
      submitScores(assignmentId, body),
    onSuccess: after,
  });
}

export function useRecuse(assignmentId: string) {
  const after = useAfterSheet(assignmentId);
  return useMutation({ mutationFn: (reason: string) => recuse(assignmentId, reason), onSuccess: after });
}
