import type { PlatformStatus } from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { PlatformChange } from "../history.js";
import type { PlatformRow } from "../presenters.js";
import { findPlatform, lastStatusDate, viewerOf } from "../repo.js";
import { checkStatusDate, checkTransition } from "../rules.js";
import { platforms } from "../schema.js";

export interface StatusRequest {
  status?: PlatformStatus;
  statusOn?: string;
  statusNote?: string;
  successorId?: string;
}

export interface StatusChange {
  status: PlatformStatus;
  entry: {
    fromStatus: PlatformStatus;
    status: PlatformStatus;
    effectiveOn: string;
    note: string | null;
  } | null;
  /** Set when the platform becomes recognised: the status date is its recognition date unless one is given. */
  recognisedOn?: string;
  successorId?: string;
  /** The successor's own version entry (merged_into), when the platform is merged into it. */
  successorChange?: PlatformChange;
}

const successorInvalid = (zh: string, en: string) =>
  new AppError("platform_successor_invalid", { reasonZh: zh, reasonEn: en });

/**
 * Validates a requested status change against the lifecycle (revoked and merged are final; merged needs a live
 * successor the actor can see; the date lies between the last status date and today) and plans its writes.
 */
export async function planStatusChange(
  tx: Executor,
  actor: Actor,
  before: PlatformRow,
  request: StatusRequest,
  today: string,
): Promise<StatusChange> {
  const from = before.status as PlatformStatus;
  const to = request.status;
  const changing = to !== undefined && (to !== from || to === "evaluated");
  if (!changing) {
    if (request.successorId)
      throw successorInvalid("仅在整合平台时填写", "it is given only when the platform is merged");
    if (request.statusOn || request.statusNote)
      throw new AppError("platform_status_date_invalid", {
        date: request.statusOn ?? "",
        reasonZh: "状态没有变化",
        reasonEn: "the status does not change",
      });
    return { status: from, entry: null };
  }
  checkTransition(from, to);
  const effectiveOn = request.statusOn ?? today;
  checkStatusDate(effectiveOn, { notBefore: await lastStatusDate(tx, before.id), today });
  const entry = { fromStatus: from, status: to, effectiveOn, note: request.statusNote ?? null };
  if (to !== "merged") {
    if (request.successorId)
      throw successorInvalid("仅在整合平台时填写", "it is given only when the platform is merged");
    return { status: to, entry, ...(to === "recognised" ? { recognisedOn: effectiveOn } : {}) };
  }
  if (!request.successorId) throw new AppError("platform_successor_required");
  if (request.successorId === before.id)
    throw successorInvalid("不能整合到自身", "a platform cannot merge into itself");
  const successor = await findPlatform(tx, viewerOf(actor), request.successorId);
  if (!successor) throw successorInvalid("未找到该平台", "no such platform");
  if (successor.status === "revoked" || successor.status === "merged")
    throw successorInvalid("该平台已撤销或已整合", "that platform is revoked or merged");
  const [after] = await tx
    .update(platforms)
    .set({ version: successor.version + 1, updatedAt: new Date(), updatedBy: actor.username })
    .where(eq(platforms.id, successor.id))
    .returning();
  return {
    status: to,
    entry,
    successorId: successor.id,
    successorChange: {
      before: successor,
      after: after!,
      action: "merged_into",
      note: `${before.name}${request.statusNote ? `：${request.statusNote}` : ""}`,
    },
  };
}
