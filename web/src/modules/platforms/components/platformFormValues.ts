import type { Platform, PlatformLevel, PlatformLinkRole, PlatformStatus } from "@rdcity/common";
import dayjs, { type Dayjs } from "dayjs";

export interface LinkFormValues {
  entityId?: string | null;
  role?: PlatformLinkRole;
  startOn?: Dayjs | null;
  endOn?: Dayjs | null;
  note?: string;
}

export interface PlatformFormValues {
  typeCode?: string;
  level?: PlatformLevel;
  name?: string;
  nameEn?: string;
  hostEntityId?: string | null;
  districtCode?: string;
  zoneCode?: string | null;
  industries: string[];
  recognisedOn?: Dayjs | null;
  recognitionDocNo?: string;
  externalCode?: string;
  website?: string;
  address?: string;
  description?: string;
  contactName?: string;
  contactPhone?: string;
  notes?: string;
  links: LinkFormValues[];
  /** New records only: the status it starts in and since when (later changes go through the status dialog). */
  status?: PlatformStatus;
  statusOn?: Dayjs | null;
}

/** The form's fields (server problems are mapped onto these). */
export const PLATFORM_FORM_FIELDS = [
  "typeCode",
  "level",
  "name",
  "nameEn",
  "hostEntityId",
  "districtCode",
  "zoneCode",
  "industries",
  "recognisedOn",
  "recognitionDocNo",
  "externalCode",
  "website",
  "address",
  "description",
  "contactName",
  "contactPhone",
  "notes",
  "links",
  "status",
  "statusOn",
] as const;

export type PlatformBody = Record<string, unknown>;

export const emptyPlatformForm = (districtCode?: string): PlatformFormValues => ({
  industries: [],
  links: [],
  status: "cultivating",
  districtCode,
});

const day = (v: string | null | undefined) => (v ? dayjs(v) : null);
const iso = (v: Dayjs | null | undefined) => (v ? v.format("YYYY-MM-DD") : null);
const text = (v: string | undefined | null) => {
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
};

/** Form values of a stored record. Masked contact fields are left empty: they are only sent when retyped. */
export function platformToForm(p: Platform): PlatformFormValues {
  const masked = p.personalDataMasked;
  return {
    typeCode: p.typeCode,
    level: p.level,
    name: p.name,
    nameEn: p.nameEn ?? undefined,
    hostEntityId: p.hostEntityId,
    districtCode: p.districtCode,
    zoneCode: p.zoneCode,
    industries: p.industries,
    recognisedOn: day(p.recognisedOn),
    recognitionDocNo: p.recognitionDocNo ?? undefined,
    externalCode: p.externalCode ?? undefined,
    website: p.website ?? undefined,
    address: p.address ?? undefined,
    description: p.description ?? undefined,
    contactName: masked ? undefined : (p.contactName ?? undefined),
    contactPhone: masked ? undefined : (p.contactPhone ?? undefined),
    notes: p.notes ?? undefined,
    links: p.links.map((l) => ({
      entityId: l.entityId,
      role: l.role,
      startOn: day(l.startOn),
      endOn: day(l.endOn),
      note: l.note ?? undefined,
    })),
  };
}

/** The request body of the form: trimmed text, empty text as null, dates as YYYY-MM-DD. */
export function formToBody(v: PlatformFormValues, opts: { withStatus: boolean }): PlatformBody {
  const body: PlatformBody = {
    typeCode: v.typeCode,
    level: v.level,
    name: v.name?.trim() ?? "",
    nameEn: text(v.nameEn),
    hostEntityId: v.hostEntityId ?? undefined,
    districtCode: v.districtCode,
    zoneCode: v.zoneCode ?? null,
    industries: v.industries ?? [],
    recognisedOn: iso(v.recognisedOn),
    recognitionDocNo: text(v.recognitionDocNo),
    externalCode: text(v.externalCode),
    website: text(v.website),
    address: text(v.address),
    description: text(v.description),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    notes: text(v.notes),
    links: (v.links ?? []).map((l) => ({
      entityId: l.entityId ?? undefined,
      role: l.role,
      startOn: iso(l.startOn),
      endOn: iso(l.endOn),
      note: text(l.note),
    })),
  };
  if (opts.withStatus) {
    body.status = v.status ?? "cultivating";
    body.statusOn = iso(v.statusOn) ?? undefined;
  }
  return body;
}

/** For a new record: leave out what was not filled in. */
export function withoutEmpty(body: PlatformBody): PlatformBody {
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== null && value !== undefined),
  );
}

/**
 * For a change: only the fields that differ from the stored record (links are sent whole when any changed).
 * Masked contact fields count as changed only when something was typed in them.
 */
export function changedFields(original: Platform, body: PlatformBody): PlatformBody {
  const before = formToBody(platformToForm(original), { withStatus: false });
  const out: PlatformBody = {};
  for (const [key, value] of Object.entries(body)) {
    if ((key === "contactName" || key === "contactPhone") && original.personalDataMasked && value === null)
      continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) out[key] = value;
  }
  return out;
}
