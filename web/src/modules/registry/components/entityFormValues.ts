import type { Entity } from "@rdcity/common";
import dayjs, { type Dayjs } from "dayjs";

export interface EntityFormValues {
  uscc?: string;
  name?: string;
  nameEn?: string;
  formerNames: string[];
  kind?: Entity["kind"];
  districtCode?: string;
  zoneCode?: string | null;
  industries: string[];
  isListed: boolean;
  littleGiant: Entity["littleGiant"];
  isHighTech: boolean;
  isFortune500Affiliate: boolean;
  isForeignInvested: boolean;
  contactName?: string;
  contactPhone?: string;
  address?: string;
  website?: string;
  foundedOn?: Dayjs | null;
}

export const ENTITY_FORM_FIELDS = [
  "uscc",
  "name",
  "nameEn",
  "formerNames",
  "kind",
  "districtCode",
  "zoneCode",
  "industries",
  "isListed",
  "littleGiant",
  "isHighTech",
  "isFortune500Affiliate",
  "isForeignInvested",
  "contactName",
  "contactPhone",
  "address",
  "website",
  "foundedOn",
] as const;

export type EntityBody = Record<string, unknown>;

export const EMPTY_ENTITY_FORM: EntityFormValues = {
  formerNames: [],
  industries: [],
  isListed: false,
  littleGiant: "none",
  isHighTech: false,
  isFortune500Affiliate: false,
  isForeignInvested: false,
};

/** Form values of a stored record. Masked contact fields are left empty: they are only sent when retyped. */
export function entityToForm(e: Entity): EntityFormValues {
  return {
    uscc: e.uscc,
    name: e.name,
    nameEn: e.nameEn ?? undefined,
    formerNames: e.formerNames,
    kind: e.kind,
    districtCode: e.districtCode,
    zoneCode: e.zoneCode,
    industries: e.industries,
    isListed: e.isListed,
    littleGiant: e.littleGiant,
    isHighTech: e.isHighTech,
    isFortune500Affiliate: e.isFortune500Affiliate,
    isForeignInvested: e.isForeignInvested,
    contactName: e.personalDataMasked ? undefined : (e.contactName ?? undefined),
    contactPhone: e.personalDataMasked ? undefined : (e.contactPhone ?? undefined),
    address: e.address ?? undefined,
    website: e.website ?? undefined,
    foundedOn: e.foundedOn ? dayjs(e.foundedOn) : null,
  };
}

const text = (v: string | undefined | null) => {
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
};

/** The request body of the form: trimmed text, empty text as null, dates as YYYY-MM-DD. */
export function formToBody(v: EntityFormValues): EntityBody {
  return {
    uscc: v.uscc?.trim() ?? "",
    name: v.name?.trim() ?? "",
    nameEn: text(v.nameEn),
    formerNames: (v.formerNames ?? []).map((n) => n.trim()).filter(Boolean),
    kind: v.kind,
    districtCode: v.districtCode,
    zoneCode: v.zoneCode ?? null,
    industries: v.industries ?? [],
    isListed: Boolean(v.isListed),
    littleGiant: v.littleGiant ?? "none",
    isHighTech: Boolean(v.isHighTech),
    isFortune500Affiliate: Boolean(v.isFortune500Affiliate),
    isForeignInvested: Boolean(v.isForeignInvested),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    address: text(v.address),
    website: text(v.website),
    foundedOn: v.foundedOn ? v.foundedOn.format("YYYY-MM-DD") : null,
  };
}

/** For a new record: leave out what was not filled in. */
export function withoutEmpty(body: EntityBody): EntityBody {
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== null && value !== undefined),
  );
}

/**
 * For a change: only the fields that differ from the stored record. Masked contact fields count as changed only
 * when something was typed in them.
 */
export function changedFields(original: Entity, body: EntityBody): EntityBody {
  const before = formToBody(entityToForm(original));
  const out: EntityBody = {};
  for (const [key, value] of Object.entries(body)) {
    if ((key === "contactName" || key === "contactPhone") && original.personalDataMasked && value === null)
      continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) out[key] = value;
  }
  return out;
}
