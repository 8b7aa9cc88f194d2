import { useMutation } from "@tanstack/react-query";
import { App } from "antd";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { saveData, type TransitionBody, takeAction } from "../api/workflow";
import { useRefreshInstance } from "./useInstance";

/** Saves the application's data (a draft, a returned application) against the version read. */
export function useSaveData(id: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshInstance(id);
  return useMutation({
    mutationFn: (v: { expectedVersion: number; data: Record<string, unknown> }) =>
      saveData(id, v.expectedVersion, v.data),
    onSuccess: async () => {
      await refresh();
      message.success(t("workflow.form.saved"));
    },
  });
}

/** Takes an action (a transition) on the instance. */
export function useTakeAction(id: string) {
  const refresh = useRefreshInstance(id);
  return useMutation({
    mutationFn: (body: TransitionBody) => takeAction(id, body),
    onSuccess: () => refresh(),
  });
}
