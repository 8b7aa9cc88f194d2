import { type EntityRow as EntityFields, nameSignature } from "@rdcity/common";
import type { Actor } from "../../core/actor.js";
import { searchVectorOf } from "../../core/search/index.js";

/** The insert values of a new entity row: nulls for absent optionals, the derived signature and search words, stamps. */
export function newEntityValues(fields: EntityFields, actor: Actor, opts: { isDemo?: boolean } = {}) {
  return {
    ...fields,
    nameEn: fields.nameEn ?? null,
    zoneCode: fields.zoneCode ?? null,
    contactName: fields.contactName ?? null,
    contactPhone: fields.contactPhone ?? null,
    address: fields.address ?? null,
    website: fields.website ?? null,
    foundedOn: fields.foundedOn ?? null,
    nameSignature: nameSignature(fields.name),
    searchVector: searchVectorOf(fields.name, fields.nameEn, ...(fields.formerNames ?? [])),
    isDemo: opts.isDemo ?? false,
    createdBy: actor.username,
    updatedBy: actor.username,
  };
}

/** The values that replace a stored row with a file's version of it (the row keeps its demo mark and creator). */
export function replacedEntityValues(fields: EntityFields, actor: Actor, before: { version: number }) {
  const { isDemo: _demo, createdBy: _creator, ...values } = newEntityValues(fields, actor);
  return { ...values, version: before.version + 1, updatedAt: new Date() };
}
