import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import {
  fetchAttachments,
  fetchComments,
  fetchHistory,
  fetchInstance,
  fetchObjections,
  fetchReview,
  workflowKeys,
} from "../api/workflow";

/** One instance with what the viewer may do on it now. */
export function useInstanceView(id: string) {
  return useQuery({
    queryKey: workflowKeys.instance(id),
    queryFn: ({ signal }) => fetchInstance(id, signal),
  });
}

export function useHistory(id: string) {
  return useQuery({ queryKey: workflowKeys.part(id, "history"), queryFn: () => fetchHistory(id) });
}

export function useComments(id: string) {
  return useQuery({ queryKey: workflowKeys.part(id, "comments"), queryFn: () => fetchComments(id) });
}

export function useAttachments(id: string) {
  return useQuery({ queryKey: workflowKeys.part(id, "attachments"), queryFn: () => fetchAttachments(id) });
}

export function useReview(id: string, enabled: boolean) {
  return useQuery({ queryKey: workflowKeys.part(id, "review"), queryFn: () => fetchReview(id), enabled });
}

export function useObjections(id: string, enabled: boolean) {
  return useQuery({
    queryKey: workflowKeys.part(id, "objections"),
    queryFn: () => fetchObjections(id),
    enabled,
  });
}

/** After any change on an instance: its page (every section), the inbox and the lists read again. */
export function useRefreshInstance(id: string) {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: workflowKeys.instance(id) }),
      queryClient.invalidateQueries({ queryKey: workflowKeys.tasks() }),
      queryClient.invalidateQueries({ queryKey: workflowKeys.instances() }),
    ]);
  }, [queryClient, id]);
}
