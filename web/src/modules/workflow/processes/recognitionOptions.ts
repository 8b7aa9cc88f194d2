import { INDUSTRIES, type Lang, platformTypeByCode, RECOGNISABLE_TYPE_CODES, ZONES } from "@rdcity/common";

export interface KindOption {
  code: string;
  name: string;
}

/** The kinds the city recognises, as two groups: the five R&D centre kinds and the municipal platforms. */
export function recognisableKinds(lang: Lang): { rdCentres: KindOption[]; municipal: KindOption[] } {
  const en = lang === "en-US";
  const all = RECOGNISABLE_TYPE_CODES.flatMap((code) => {
    const t = platformTypeByCode(code);
    return t ? [{ code, name: en ? t.nameEn : t.name, isRdCentre: t.isRdCentre, order: t.sortOrder }] : [];
  }).sort((a, b) => a.order - b.order);
  const strip = ({ code, name }: KindOption) => ({ code, name });
  return {
    rdCentres: all.filter((k) => k.isRdCentre).map(strip),
    municipal: all.filter((k) => !k.isRdCentre).map(strip),
  };
}

export function kindName(code: unknown, lang: Lang): string {
  if (typeof code !== "string" || !code) return "";
  const t = platformTypeByCode(code);
  return t ? (lang === "en-US" ? t.nameEn : t.name) : code;
}

/** Zones lying in the district (an application's zone must be one of its district's). */
export function zonesOf(districtCode: string, lang: Lang) {
  return ZONES.filter((z) => z.districtCodes.includes(districtCode)).map((z) => ({
    value: z.code,
    label: lang === "en-US" ? z.nameEn : z.name,
  }));
}

export function industryOptions(lang: Lang) {
  return INDUSTRIES.map((i) => ({ value: i.code, label: lang === "en-US" ? i.nameEn : i.name }));
}
