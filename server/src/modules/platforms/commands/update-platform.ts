import {
  formatDateTime,
  PLATFORM_STATUS_NAMES,
  type PlatformPatch,
  type PlatformStatus,
  zoneByCode,
} from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { ZodError } from "zod";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Db, Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { searchVectorOf } from "../../../core/search/index.js";
import { type PlatformChange, recordPlatformChanges, recordStatusEntries } from "../history.js";
import { checkOrganisations } from "../organisations.js";
import type { PlatformLinkRow, PlatformRow } from "../presenters.js";
import { checkUnique, getPlatformOr404, linksOf, uniqueViolationAs, viewerOf } from "../repo.js";
import { linkValues } from "../row-values.js";
import { checkLevelAllowed, checkLinks, checkRecognition } from "../rules.js";
import { platformLinks, platforms } from "../schema.js";
import { planStatusChange } from "./status-change.js";

export function versionConflict(row: PlatformRow): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}

function checkZoneInDistrict(districtCode: string, zoneCode: string | null): void {
  const zone = zoneCode ? zoneByCode(zoneCode) : undefined;
  if (zone && !zone.districtCodes.includes(districtCode))
    throw new ZodError([
      {
        code: "custom",
        path: ["zoneCode"],
        message: "zone not in district",
        params: { code: "zone_not_in_district" },
      },
    ]);
}

async function replaceLinks(tx: Executor, actor: Actor, platformId: string, links: PlatformPatch["links"]) {
  await tx.delete(platformLinks).where(eq(platformLinks.platformId, platformId));
  if (!links?.length) return [] as PlatformLinkRow[];
  return tx
    .insert(platformLinks)
    .values(linkValues(platformId, links, actor))
    .returning();
}

/**
 * Optimistic update: the caller's If-Match version must be the current one, and the write checks it again in its
 * WHERE clause. A status change is validated against the lifecycle and dated; revoked and merged are final.
 */
export async function updatePlatform(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: PlatformPatch,
  opts: { today?: string } = {},
): Promise<PlatformRow> {
  const today = opts.today ?? shanghaiDate(new Date());
  const { status, statusOn, statusNote, successorId, links, ...fields } = patch;
  return db
    .transaction(async (tx) => {
      const before = await getPlatformOr404(tx, viewerOf(actor), id);
      if (before.version !== expectedVersion) versionConflict(before);
      const current = before.status as PlatformStatus;
      if (current === "revoked" || current === "merged")
        throw new AppError("platform_inactive", {
          statusZh: PLATFORM_STATUS_NAMES[current].zh,
          statusEn: PLATFORM_STATUS_NAMES[current].en.toLowerCase(),
        });
      const next = {
        ...before,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      } as PlatformRow;
      if (
        !inScope(scopeOf(actor), {
          districtCode: next.districtCode,
          zoneCode: next.zoneCode,
          orgId: next.hostEntityId,
        })
      )
        throw new AppError("out_of_scope", { area: actor.areaCode ?? "" });
      checkZoneInDistrict(next.districtCode, next.zoneCode);
      checkLevelAllowed(next.typeCode, next.level);
      const change = await planStatusChange(
        tx,
        actor,
        before,
        { status, statusOn, statusNote, successorId },
        today,
      );
      if (change.recognisedOn && !next.recognisedOn) next.recognisedOn = change.recognisedOn;
      checkRecognition(change.status, next.recognisedOn);
      if (links) checkLinks(links, next.hostEntityId);
      await checkOrganisations(
        tx,
        next.hostEntityId !== before.hostEntityId ? next.hostEntityId : null,
        (links ?? []).map((l) => l.entityId),
      );
      if (
        next.name !== before.name ||
        next.typeCode !== before.typeCode ||
        next.hostEntityId !== before.hostEntityId ||
        next.externalCode !== before.externalCode
      )
        await checkUnique(tx, next, id);
      const beforeLinks = links ? ((await linksOf(tx, [id])).get(id) ?? []) : undefined;
      const [after] = await tx
        .update(platforms)
        .set({
          ...fields,
          recognisedOn: next.recognisedOn,
          status: change.status,
          statusOn: change.entry ? change.entry.effectiveOn : before.statusOn,
          successorId: change.successorId ?? before.successorId,
          searchVector: searchVectorOf(next.name, next.nameEn),
          version: before.version + 1,
          updatedAt: new Date(),
          updatedBy: actor.username,
        })
        .where(and(eq(platforms.id, id), eq(platforms.version, expectedVersion)))
        .returning();
      if (!after) versionConflict(await getPlatformOr404(tx, viewerOf(actor), id));
      const afterLinks = links ? await replaceLinks(tx, actor, id, links) : undefined;
      if (change.entry) await recordStatusEntries(tx, actor, [{ platformId: id, ...change.entry }]);
      const changes: PlatformChange[] = [
        {
          before,
          beforeLinks,
          after: after!,
          afterLinks,
          action: change.entry ? "status" : "update",
          note: change.entry?.note ?? null,
        },
      ];
      if (change.successorChange) changes.push(change.successorChange);
      await recordPlatformChanges(tx, actor, changes);
      return after!;
    })
    .catch(uniqueViolationAs(patch.name ?? ""));
}
