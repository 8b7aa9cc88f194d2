import type { ImportResult } from "@rdcity/common";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { newUuid } from "../../../app/api/client";
import { hasCode } from "../../../app/api/problem";
import { entityKeys } from "../api/entities";
import { fetchImportProgress, uploadImport } from "../api/imports";

/**
 * Uploads a file for a dry run or a commit, polling the server's progress meanwhile. A commit refused because of
 * errors (422 import_has_errors) still yields its report.
 */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [importId, setImportId] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }): Promise<ImportResult> => {
      const id = newUuid();
      setImportId(id);
      try {
        return await uploadImport(file, dryRun, id);
      } catch (error) {
        if (hasCode(error, "import_has_errors") && error.body.result)
          return error.body.result as ImportResult;
        throw error;
      } finally {
        setImportId(null);
      }
    },
    onSuccess: (result) => {
      if (result.status === "committed") void queryClient.invalidateQueries({ queryKey: entityKeys.all });
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
