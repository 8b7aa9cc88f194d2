import { interpolate, type Lang } from "@rdcity/common";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { enUS } from "./en-US";
import { currentLang, storeLang } from "./store";
import { type MessageKey, type Messages, zhCN } from "./zh-CN";

const CATALOGUES: Record<Lang, Messages> = { "zh-CN": zhCN, "en-US": enUS };

export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Picks the text of a `{zh, en}` pair (the shape of the shared name tables). */
  pick: (names: { zh: string; en: string }) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = currentLang();
    storeLang(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const messages = CATALOGUES[lang];
    return {
      lang,
      setLang,
      t: (key, params) => interpolate(messages[key] ?? key, params),
      pick: (names) => (lang === "en-US" ? names.en : names.zh),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
