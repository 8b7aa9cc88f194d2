import { type Entity, maskPersonName, maskPhone } from "@rdcity/common";
import type { entities } from "./schema.js";

export type EntityRow = typeof entities.$inferSelect;

/** The whitelist of fields a caller sees; contact person and phone are masked unless revealed for a purpose. */
export function presentEntity(row: EntityRow, opts: { reveal: boolean }): Entity {
  return {
    id: row.id,
    uscc: row.uscc,
    name: row.name,
    nameEn: row.nameEn,
    formerNames: row.formerNames,
    kind: row.kind as Entity["kind"],
    districtCode: row.districtCode,
    zoneCode: row.zoneCode,
    industries: row.industries,
    isListed: row.isListed,
    littleGiant: row.littleGiant as Entity["littleGiant"],
    isHighTech: row.isHighTech,
    isFortune500Affiliate: row.isFortune500Affiliate,
    isForeignInvested: row.isForeignInvested,
    contactName: opts.reveal ? row.contactName : maskPersonName(row.contactName),
    contactPhone: opts.reveal ? row.contactPhone : maskPhone(row.contactPhone),
    address: row.address,
    website: row.website,
    foundedOn: row.foundedOn,
    personalDataMasked: !opts.reveal && !!(row.contactName || row.contactPhone),
    status: row.status as Entity["status"],
    successorId: row.successorId,
    isDemo: row.isDemo,
    nameSignature: row.nameSignature,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the audit log and the version history keep of a record: everything editable, nothing derived. */
export function auditSnapshot(row: EntityRow) {
  const { searchVector: _v, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

export const etagOf = (row: { version: number }) => `"v${row.version}"`;

export function versionFromIfMatch(header: string | undefined): number | null {
  if (!header) return null;
  const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}
