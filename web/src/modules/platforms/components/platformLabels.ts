import {
  PLATFORM_CATEGORY_NAMES,
  PLATFORM_FIELD_LABELS,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_LINK_ROLE_NAMES,
  PLATFORM_STATUS_NAMES,
  type PlatformCategory,
  type PlatformLevel,
  type PlatformLinkRole,
  type PlatformStatus,
  platformTypeByCode,
} from "@rdcity/common";
import { useMemo } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

/** Names of the platform code lists (type, level, status, category, link role) in the current language. */
export function usePlatformLabels() {
  const { pick, lang } = useI18n();
  const labels = useLabels();
  return useMemo(() => {
    const en = lang === "en-US";
    const from = <K extends string>(table: Record<K, { zh: string; en: string }>, code: string) =>
      code in table ? pick(table[code as K]) : code;
    return {
      ...labels,
      type: (code: string) => {
        const type = platformTypeByCode(code);
        return type ? (en ? type.nameEn : type.name) : code;
      },
      level: (code: string) => from<PlatformLevel>(PLATFORM_LEVEL_NAMES, code),
      platformStatus: (code: string) => from<PlatformStatus>(PLATFORM_STATUS_NAMES, code),
      category: (code: string) => from<PlatformCategory>(PLATFORM_CATEGORY_NAMES, code),
      linkRole: (code: string) => from<PlatformLinkRole>(PLATFORM_LINK_ROLE_NAMES, code),
      /** A platform field's label: the platform table first, then the shared field labels. */
      field: (name: string) => {
        const entry = PLATFORM_FIELD_LABELS[name];
        return entry ? pick(entry) : labels.field(name);
      },
    };
  }, [labels, pick, lang]);
}

export type PlatformLabels = ReturnType<typeof usePlatformLabels>;

/** Tag colours of the lifecycle. */
export const STATUS_COLOURS: Record<PlatformStatus, string> = {
  cultivating: "gold",
  recognised: "blue",
  operating: "green",
  evaluated: "cyan",
  revoked: "red",
  merged: "default",
};

export const LEVEL_COLOURS: Record<PlatformLevel, string> = {
  national: "volcano",
  provincial: "geekblue",
  municipal: "purple",
};
