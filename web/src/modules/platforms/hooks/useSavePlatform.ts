import type { Platform } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormInstance } from "antd";
import { useState } from "react";
import { type ApiError, hasCode } from "../../../app/api/problem";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { createPlatform, patchPlatform, platformKeys } from "../api/platforms";
import {
  PLATFORM_FORM_FIELDS,
  type PlatformBody,
  type PlatformFormValues,
} from "../components/platformFormValues";

/** Rule violations the server names by code, and the field each belongs under. */
const FIELD_OF_CODE: Record<string, keyof PlatformFormValues> = {
  platform_taken: "name",
  platform_code_taken: "externalCode",
  platform_level_not_allowed: "level",
  platform_recognition_required: "recognisedOn",
  platform_status_date_invalid: "statusOn",
  out_of_scope: "districtCode",
};

/** Puts a coded rule violation under its field (the link and host problems name their role); else the alert. */
function showProblem(form: FormInstance<PlatformFormValues>, error: unknown): string[] {
  const api = error as ApiError;
  let field: keyof PlatformFormValues | undefined = Object.entries(FIELD_OF_CODE).find(([code]) =>
    hasCode(error, code),
  )?.[1];
  if (hasCode(error, "platform_host_unknown")) {
    const host = form.getFieldValue("hostEntityId") as string | undefined;
    field = host && api.detail.includes(host) ? "hostEntityId" : undefined;
  }
  if (field) {
    form.setFields([{ name: field, errors: [api.detail] }]);
    form.scrollToField(field, { block: "center" });
    return [];
  }
  return applyProblemToForm(form, error, PLATFORM_FORM_FIELDS);
}

/** Create: maps server problems onto the form's fields. */
export function useCreatePlatform(form: FormInstance<PlatformFormValues>, onCreated: (p: Platform) => void) {
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: (body: PlatformBody) => createPlatform(body as never),
    onMutate: () => setMessages([]),
    onSuccess: (platform) => {
      void queryClient.invalidateQueries({ queryKey: platformKeys.all });
      onCreated(platform);
    },
    onError: (error) => setMessages(showProblem(form, error)),
  });
  return { submit: (body: PlatformBody) => mutation.mutate(body), messages, saving: mutation.isPending };
}

/** Edit with If-Match; a stale version (412) is reported with who changed it and when, and offers a reload. */
export function useUpdatePlatform(
  form: FormInstance<PlatformFormValues>,
  id: string,
  etag: string | undefined,
  onSaved: (p: Platform) => void,
) {
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PlatformBody) => patchPlatform(id, etag ?? "", body as never),
    onMutate: () => {
      setMessages([]);
      setConflict(null);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(platformKeys.detail(id), saved);
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] === "platforms" && q.queryKey[2] !== id,
      });
      void queryClient.invalidateQueries({ queryKey: platformKeys.history(id) });
      onSaved(saved.data);
    },
    onError: (error) => {
      if (hasCode(error, "version_conflict", "precondition_required")) {
        setConflict((error as ApiError).detail);
        return;
      }
      setMessages(showProblem(form, error));
    },
  });
  return {
    submit: (body: PlatformBody) => mutation.mutate(body),
    messages,
    conflict,
    clearConflict: () => setConflict(null),
    saving: mutation.isPending,
  };
}
