import type { Entity } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { FormInstance } from "antd";
import { useState } from "react";
import { hasCode } from "../../../app/api/problem";
import { applyProblemToForm } from "../../../app/forms/problemToForm";
import { createEntity, type DuplicateCandidate, entityKeys, patchEntity } from "../api/entities";
import { ENTITY_FORM_FIELDS, type EntityBody, type EntityFormValues } from "../components/entityFormValues";

export interface DuplicateWarning {
  detail: string;
  candidates: DuplicateCandidate[];
  body: EntityBody;
}

/** Create: maps server errors onto the form; a possible duplicate asks before saving anyway. */
export function useCreateEntity(form: FormInstance<EntityFormValues>, onCreated: (e: Entity) => void) {
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<string[]>([]);
  const [duplicate, setDuplicate] = useState<DuplicateWarning | null>(null);
  const mutation = useMutation({
    mutationFn: (body: EntityBody) => createEntity(body as never),
    onMutate: () => setMessages([]),
    onSuccess: (entity) => {
      setDuplicate(null);
      void queryClient.invalidateQueries({ queryKey: entityKeys.list() });
      onCreated(entity);
    },
    onError: (error, body) => {
      if (hasCode(error, "possible_duplicate")) {
        const candidates = (error.body.candidates as DuplicateCandidate[] | undefined) ?? [];
        setDuplicate({ detail: error.detail, candidates, body });
        return;
      }
      setDuplicate(null);
      if (hasCode(error, "uscc_taken", "uscc_invalid")) {
        form.setFields([{ name: "uscc", errors: [error.detail] }]);
        return;
      }
      setMessages(applyProblemToForm(form, error, ENTITY_FORM_FIELDS));
    },
  });
  return {
    submit: (body: EntityBody) => mutation.mutate(body),
    saveAnyway: () => duplicate && mutation.mutate({ ...duplicate.body, confirmDistinct: true }),
    dismissDuplicate: () => setDuplicate(null),
    duplicate,
    messages,
    saving: mutation.isPending,
  };
}

/** Edit with If-Match; a stale version (412) is reported with who changed it, and offers a reload. */
export function useUpdateEntity(
  form: FormInstance<EntityFormValues>,
  id: string,
  etag: string | undefined,
  onSaved: (e: Entity) => void,
) {
  const queryClient = useQueryClient();
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: EntityBody) => patchEntity(id, etag ?? "", body as never),
    onMutate: () => {
      setMessages([]);
      setConflict(null);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(entityKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: entityKeys.list() });
      void queryClient.invalidateQueries({ queryKey: entityKeys.history(id) });
      onSaved(saved.data);
    },
    onError: (error) => {
      if (hasCode(error, "version_conflict", "precondition_required")) {
        setConflict(error.detail);
        return;
      }
      if (hasCode(error, "uscc_taken", "uscc_invalid")) {
        form.setFields([{ name: "uscc", errors: [error.detail] }]);
        return;
      }
      setMessages(applyProblemToForm(form, error, ENTITY_FORM_FIELDS));
    },
  });
  return {
    submit: (body: EntityBody) => mutation.mutate(body),
    messages,
    conflict,
    clearConflict: () => setConflict(null),
    saving: mutation.isPending,
  };
}
