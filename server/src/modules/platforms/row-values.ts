import type { PlatformCreate, PlatformLinkInput, PlatformStatus } from "@rdcity/common";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import { searchVectorOf } from "../../core/search/index.js";
import {
  type PlatformAction,
  type PlatformChange,
  recordPlatformChanges,
  recordStatusEntries,
} from "./history.js";
import type { PlatformLinkRow } from "./presenters.js";
import { platformLinks, platforms } from "./schema.js";

export type PlatformFields = Omit<PlatformCreate, "status" | "statusOn" | "statusNote">;

/** A platform to insert: its fields, its lifecycle so far (dated) and where its facts come from. */
export interface NewPlatform {
  id?: string;
  fields: PlatformFields;
  statusEntries: { status: PlatformStatus; effectiveOn: string; note?: string | null }[];
  successorId?: string | null;
  source?: string | null;
}

/**
 * The lifecycle of a platform that starts in `status`: one recognised before it was registered here was
 * recognised on its recognition date, then (if later) operating or evaluated from `statusOn`.
 */
export function initialStatusEntries(
  status: PlatformStatus,
  recognisedOn: string | null | undefined,
  statusOn: string,
  note?: string | null,
): NewPlatform["statusEntries"] {
  if (status === "cultivating" || !recognisedOn) return [{ status, effectiveOn: statusOn, note }];
  if (status === "recognised") return [{ status, effectiveOn: recognisedOn, note }];
  return [
    { status: "recognised", effectiveOn: recognisedOn },
    { status, effectiveOn: statusOn < recognisedOn ? recognisedOn : statusOn, note },
  ];
}

export const linkValues = (platformId: string, links: readonly PlatformLinkInput[], actor: Actor) =>
  links.map((l) => ({
    platformId,
    entityId: l.entityId,
    role: l.role,
    startOn: l.startOn ?? null,
    endOn: l.endOn ?? null,
    note: l.note ?? null,
    createdBy: actor.username,
  }));

/** The one place a platform row's values are built (create, import, demo). */
export function newPlatformValues(item: NewPlatform, actor: Actor, opts: { isDemo?: boolean } = {}) {
  const { links: _links, ...f } = item.fields;
  const last = item.statusEntries.at(-1)!;
  return {
    ...(item.id ? { id: item.id } : {}),
    ...f,
    nameEn: f.nameEn ?? null,
    zoneCode: f.zoneCode ?? null,
    recognisedOn: f.recognisedOn ?? null,
    recognitionDocNo: f.recognitionDocNo ?? null,
    externalCode: f.externalCode ?? null,
    website: f.website ?? null,
    address: f.address ?? null,
    description: f.description ?? null,
    contactName: f.contactName ?? null,
    contactPhone: f.contactPhone ?? null,
    notes: f.notes ?? null,
    status: last.status,
    statusOn: last.effectiveOn,
    successorId: item.successorId ?? null,
    source: item.source ?? null,
    searchVector: searchVectorOf(f.name, f.nameEn),
    isDemo: opts.isDemo ?? false,
    createdBy: actor.username,
    updatedBy: actor.username,
  };
}

/**
 * Inserts platforms in batches of 1000 with their links, status history, versions and audit entries, in the
 * caller's transaction.
 */
export async function insertPlatforms(
  tx: Executor,
  actor: Actor,
  items: readonly NewPlatform[],
  opts: { isDemo?: boolean; action?: PlatformAction } = {},
  progress?: (n: number) => void,
) {
  const inserted = [];
  for (let i = 0; i < items.length; i += 1000) {
    const batch = items.slice(i, i + 1000);
    const rows = await tx
      .insert(platforms)
      .values(batch.map((item) => newPlatformValues(item, actor, opts)))
      .returning();
    const links = new Map<string, PlatformLinkRow[]>();
    const linkRows = rows.flatMap((row, j) => linkValues(row.id, batch[j]!.fields.links ?? [], actor));
    for (let k = 0; k < linkRows.length; k += 1000) {
      for (const l of await tx
        .insert(platformLinks)
        .values(linkRows.slice(k, k + 1000))
        .returning())
        links.set(l.platformId, [...(links.get(l.platformId) ?? []), l]);
    }
    await recordStatusEntries(
      tx,
      actor,
      rows.flatMap((row, j) =>
        batch[j]!.statusEntries.map((e, k, all) => ({
          platformId: row.id,
          fromStatus: k === 0 ? null : all[k - 1]!.status,
          status: e.status,
          effectiveOn: e.effectiveOn,
          note: e.note ?? null,
        })),
      ),
    );
    const changes: PlatformChange[] = rows.map((after) => ({
      before: null,
      after,
      afterLinks: links.get(after.id) ?? [],
      action: opts.action ?? "create",
    }));
    await recordPlatformChanges(tx, actor, changes);
    inserted.push(...rows);
    progress?.(inserted.length);
  }
  return inserted;
}
