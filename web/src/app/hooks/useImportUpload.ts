import type { ImportResult } from "@rdcity/common";
import { type QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { newUuid } from "../api/client";
import { fetchImportProgress, type ImportKindName, uploadImport } from "../api/imports";
import { hasCode } from "../api/problem";

/**
 * Uploads a file of `kind` for a dry run or a commit, polling the server's progress meanwhile. A commit refused
 * because of errors (422 import_has_errors) still yields its report. After a commit, the queries under
 * `invalidate` (the kind's lists) are refreshed.
 */
export function useImportUpload(kind: ImportKindName, invalidate: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  const [importId, setImportId] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<ImportResult> => {
      const id = newUuid();
      setImportId(id);
      try {
        return await uploadImport(kind, file, dryRun, id);
      } catch (error) {
        if (hasCode(error, "import_has_errors") && error.body.result)
          return error.body.result as ImportResult;
        throw error;
      } finally {
        setImportId(null);
      }
    },
    onSuccess: (result) => {
      if (result.status !== "committed") return;
      for (const queryKey of invalidate) void queryClient.invalidateQueries({ queryKey });
    },
  });
  const progress = useQuery({
    queryKey: ["import-progress", importId],
    queryFn: () => fetchImportProgress(importId as string),
    enabled: Boolean(importId) && mutation.isPending,
    refetchInterval: 700,
    retry: false,
    gcTime: 0,
  });
  return { mutation, progress: mutation.isPending ? progress.data : undefined };
}
