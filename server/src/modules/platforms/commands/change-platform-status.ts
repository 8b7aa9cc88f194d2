import type { PlatformStatus } from "@rdcity/common";
import type { Actor } from "../../../core/actor.js";
import type { Db } from "../../../core/db/client.js";
import type { PlatformRow } from "../presenters.js";
import { getPlatformOr404, viewerOf } from "../repo.js";
import { updatePlatform } from "./update-platform.js";

/**
 * A status change on its own (for the recognition and evaluation workflows): the same rules and history as a
 * PATCH. Without an expected version the current one is used (the workflow's own step is the concurrency guard).
 */
export async function changePlatformStatus(
  db: Db,
  actor: Actor,
  id: string,
  change: {
    status: PlatformStatus;
    statusOn?: string;
    note?: string;
    successorId?: string;
    recognisedOn?: string;
    recognitionDocNo?: string;
  },
  expectedVersion?: number,
): Promise<PlatformRow> {
  const version = expectedVersion ?? (await getPlatformOr404(db, viewerOf(actor), id)).version;
  return updatePlatform(db, actor, id, version, {
    status: change.status,
    statusOn: change.statusOn,
    statusNote: change.note,
    successorId: change.successorId,
    recognisedOn: change.recognisedOn,
    recognitionDocNo: change.recognitionDocNo,
  });
}
