import { platformTypeByCode } from "@rdcity/common";
import { systemActor } from "../../../core/actor.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { ReminderItem } from "../../../core/notify/index.js";
import { platformSummaries } from "../../platforms/index.js";
import { recordPromotions } from "./commands/record-promotions.js";

export const PROMOTION_SOURCE = "cultivation.pool_promotions";

/**
 * Registered as a reminder source (run every 15 minutes with the others): records the promotions of pool
 * members whose platform became national (idempotent: a member is promoted once) and tells the city's
 * administrators of each, once (dedupe key per pool entry). Writing here rather than on a GET keeps reads pure;
 * POST /api/cultivation/pool/promotions lets the city record them at once.
 */
export async function promotionReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const promoted = await recordPromotions(ex, systemActor("cultivation"), shanghaiDate(now));
  if (!promoted.length) return [];
  const names = new Map(
    (
      await platformSummaries(
        ex,
        promoted.map((p) => p.platformId),
      )
    ).map((p) => [p.id, p.name]),
  );
  return promoted.map((p) => {
    const type = platformTypeByCode(p.promotedTypeCode ?? "");
    const name = names.get(p.platformId) ?? "";
    return {
      audience: { roles: [{ role: "city_admin" }] },
      kind: "cultivation.promoted",
      title: { zh: "培育对象晋升国家级", en: "A cultivation candidate became national" },
      body: {
        zh: `“${name}”已晋升为${type?.name ?? "国家级平台"}，已于 ${p.promotedOn} 在培育库中记为晋升。`,
        en: `“${name}” became a ${type?.nameEn ?? "national platform"}; the pool records it as promoted on ${p.promotedOn}.`,
      },
      link: "/console/cultivation/pool",
      subjectType: "platform",
      subjectId: p.platformId,
      dedupeKey: `cultivation.promoted:${p.id}`,
    };
  });
}
