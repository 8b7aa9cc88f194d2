import {
  districtByCode,
  ENTITY_KIND_NAMES,
  ENTITY_STATUS_NAMES,
  type EntityKind,
  type EntityStatus,
  FIELD_LABELS,
  INDUSTRIES,
  type Lang,
  LITTLE_GIANT_NAMES,
  type Permission,
  type Role,
  zoneByCode,
} from "@rdcity/common";
import { useMemo } from "react";
import { useI18n } from "./I18nProvider";
import type { MessageKey } from "./zh-CN";

type LittleGiant = keyof typeof LITTLE_GIANT_NAMES;

/** Display names of the shared code lists (kinds, districts, zones, industries, roles …) in the current language. */
export interface Labels {
  lang: Lang;
  kind: (code: string) => string;
  status: (code: string) => string;
  littleGiant: (code: string) => string;
  district: (code: string | null | undefined) => string;
  zone: (code: string | null | undefined) => string;
  industry: (code: string) => string;
  role: (role: string) => string;
  permission: (permission: string) => string;
  field: (name: string) => string;
  yesNo: (value: boolean) => string;
}

export function useLabels(): Labels {
  const { lang, t, pick } = useI18n();
  return useMemo<Labels>(() => {
    const en = lang === "en-US";
    const byKey = (prefix: string, code: string) => {
      const key = `${prefix}.${code}` as MessageKey;
      const text = t(key);
      return text === undefined || text === key ? code : text;
    };
    return {
      lang,
      kind: (code) => (code in ENTITY_KIND_NAMES ? pick(ENTITY_KIND_NAMES[code as EntityKind]) : code),
      status: (code) =>
        code in ENTITY_STATUS_NAMES ? pick(ENTITY_STATUS_NAMES[code as EntityStatus]) : code,
      littleGiant: (code) =>
        code in LITTLE_GIANT_NAMES ? pick(LITTLE_GIANT_NAMES[code as LittleGiant]) : code,
      district: (code) => {
        if (!code) return "";
        const d = districtByCode(code);
        return d ? (en ? d.nameEn : d.name) : code;
      },
      zone: (code) => {
        if (!code) return "";
        const z = zoneByCode(code);
        return z ? (en ? z.nameEn : z.name) : code;
      },
      industry: (code) => {
        const i = INDUSTRIES.find((x) => x.code === code);
        return i ? (en ? i.nameEn : i.name) : code;
      },
      role: (role) => byKey("role", role as Role),
      permission: (permission) => byKey("permission", permission as Permission),
      field: (name) => {
        const entry = FIELD_LABELS[name];
        return entry ? pick(entry) : byKey("field", name);
      },
      yesNo: (value) => (value ? t("common.yes") : t("common.no")),
    };
  }, [lang, t, pick]);
}
