import { DEFAULT_LANG, isLang, type Lang } from "@rdcity/common";

const LANG_KEY = "rdcity.lang";

/** The language every API call announces in Accept-Language; kept outside React so the API client can read it. */
let current: Lang = readStoredLang();

export function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage unavailable (private mode): fall back to the browser's language
  }
  const nav = typeof navigator !== "undefined" ? navigator.language : "";
  return nav.toLowerCase().startsWith("en") ? "en-US" : DEFAULT_LANG;
}

export function currentLang(): Lang {
  return current;
}

export function storeLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // ignore
  }
  document.documentElement.lang = lang;
}
