import type { Lang, Session } from "@rdcity/common";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api } from "../api/client";
import { useAuth } from "../auth/AuthProvider";
import { SESSION_KEY } from "../auth/sessionApi";
import { useI18n } from "../i18n/I18nProvider";

/** Switches the language; for a signed-in user also saves it in the profile so it follows them. */
export function useSaveLanguage(): (lang: Lang) => void {
  const { setLang } = useI18n();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  return useCallback(
    (lang: Lang) => {
      setLang(lang);
      if (!session || session.user.mustChangePassword || session.user.mustEnrolTotp) return;
      api<Session>("/api/auth/profile", { method: "PATCH", body: { language: lang } })
        .then((next) => queryClient.setQueryData(SESSION_KEY, next))
        .catch(() => undefined);
    },
    [session, setLang, queryClient],
  );
}
