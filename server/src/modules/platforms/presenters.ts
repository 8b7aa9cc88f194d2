import {
  maskPersonName,
  maskPhone,
  type Platform,
  type PlatformLinkRole,
  type PublicPlatform,
  platformTypeByCode,
} from "@rdcity/common";
import type { platformLinks, platforms } from "./schema.js";

export type PlatformRow = typeof platforms.$inferSelect;
export type PlatformLinkRow = typeof platformLinks.$inferSelect;

export interface EntityLabel {
  id: string;
  name: string;
  uscc: string;
}

/** What presenting a page needs besides the rows: the names of hosts and linked organisations, and the links. */
export interface PresentContext {
  entities: ReadonlyMap<string, EntityLabel>;
  links: ReadonlyMap<string, PlatformLinkRow[]>;
}

const typeFacts = (code: string) => {
  const type = platformTypeByCode(code);
  return { category: type?.category ?? "lab", isRdCentre: type?.isRdCentre ?? false };
};

/**
 * The internal whitelist. Contacts and internal notes are for those who maintain platforms (platform.write);
 * everyone else sees contacts masked and no notes.
 */
export function presentPlatform(
  row: PlatformRow,
  ctx: PresentContext,
  opts: { privileged: boolean },
): Platform {
  const links = ctx.links.get(row.id) ?? [];
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    typeCode: row.typeCode,
    ...typeFacts(row.typeCode),
    level: row.level as Platform["level"],
    hostEntityId: row.hostEntityId,
    host: ctx.entities.get(row.hostEntityId) ?? null,
    districtCode: row.districtCode,
    zoneCode: row.zoneCode,
    industries: row.industries,
    recognisedOn: row.recognisedOn,
    recognitionDocNo: row.recognitionDocNo,
    externalCode: row.externalCode,
    status: row.status as Platform["status"],
    statusOn: row.statusOn,
    successorId: row.successorId,
    website: row.website,
    address: row.address,
    description: row.description,
    contactName: opts.privileged ? row.contactName : maskPersonName(row.contactName),
    contactPhone: opts.privileged ? row.contactPhone : maskPhone(row.contactPhone),
    personalDataMasked: !opts.privileged && !!(row.contactName || row.contactPhone),
    notes: opts.privileged ? row.notes : null,
    links: links.map((l) => ({
      id: l.id,
      entityId: l.entityId,
      entityName: ctx.entities.get(l.entityId)?.name ?? null,
      role: l.role as PlatformLinkRole,
      startOn: l.startOn,
      endOn: l.endOn,
      note: l.note,
    })),
    source: row.source,
    isDemo: row.isDemo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** The public directory's whitelist: names, type, place, recognition; current co-builders by name only. */
export function presentPublicPlatform(row: PlatformRow, ctx: PresentContext, today: string): PublicPlatform {
  const current = (ctx.links.get(row.id) ?? []).filter(
    (l) => (!l.startOn || l.startOn <= today) && (!l.endOn || l.endOn >= today),
  );
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    typeCode: row.typeCode,
    ...typeFacts(row.typeCode),
    level: row.level as PublicPlatform["level"],
    hostName: ctx.entities.get(row.hostEntityId)?.name ?? null,
    coBuilders: current.flatMap((l) => {
      const name = ctx.entities.get(l.entityId)?.name;
      return name ? [{ name, role: l.role as PlatformLinkRole }] : [];
    }),
    districtCode: row.districtCode,
    zoneCode: row.zoneCode,
    industries: row.industries,
    recognisedOn: row.recognisedOn,
    recognitionDocNo: row.recognitionDocNo,
    status: row.status as PublicPlatform["status"],
    website: row.website,
    description: row.description,
    isDemo: row.isDemo,
  };
}

/** What the audit log and the version history keep of a platform: everything editable, nothing derived. */
export function auditSnapshot(row: PlatformRow, links?: readonly PlatformLinkRow[]) {
  const { searchVector: _v, createdAt: _c, updatedAt: _u, ...rest } = row;
  return links ? { ...rest, links: links.map(linkSnapshot) } : rest;
}

export const linkSnapshot = (
  l: Pick<PlatformLinkRow, "entityId" | "role" | "startOn" | "endOn" | "note">,
) => ({
  entityId: l.entityId,
  role: l.role,
  startOn: l.startOn ?? null,
  endOn: l.endOn ?? null,
  note: l.note ?? null,
});

export const etagOf = (row: { version: number }) => `"v${row.version}"`;

/** The version an If-Match header names: null when absent, -1 when it names no version of ours. */
export function versionFromIfMatch(header: string | undefined): number | null {
  if (!header) return null;
  const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}
