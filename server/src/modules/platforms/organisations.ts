import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { entitySummaries } from "../registry/index.js";
import type { EntityLabel } from "./presenters.js";

/**
 * The platforms module's only way to the registry: hosts and linked organisations are entities, read through
 * the registry's public face (never its tables).
 */
export async function entityLabels(db: Executor, ids: Iterable<string>): Promise<Map<string, EntityLabel>> {
  const unique = [...new Set(ids)];
  const map = new Map<string, EntityLabel>();
  for (let i = 0; i < unique.length; i += 1000) {
    for (const e of await entitySummaries(db, unique.slice(i, i + 1000)))
      map.set(e.id, { id: e.id, name: e.name, uscc: e.uscc });
  }
  return map;
}

const ROLE_NAMES = {
  host: { zh: "依托单位", en: "host organisation" },
  link: { zh: "共建单位", en: "linked organisation" },
};

/** The host must be an active entity; linked organisations must exist and not be merged (name the successor). */
export async function checkOrganisations(
  db: Executor,
  hostEntityId: string | null,
  linkedIds: readonly string[],
): Promise<void> {
  const ids = [...new Set([...(hostEntityId ? [hostEntityId] : []), ...linkedIds])];
  if (!ids.length) return;
  const found = new Map((await entitySummaries(db, ids)).map((e) => [e.id, e]));
  if (hostEntityId) {
    const host = found.get(hostEntityId);
    if (host?.status !== "active")
      throw new AppError("platform_host_unknown", {
        roleZh: ROLE_NAMES.host.zh,
        roleEn: ROLE_NAMES.host.en,
        id: hostEntityId,
      });
  }
  for (const id of linkedIds) {
    const linked = found.get(id);
    if (!linked || linked.status === "merged")
      throw new AppError("platform_host_unknown", {
        roleZh: ROLE_NAMES.link.zh,
        roleEn: ROLE_NAMES.link.en,
        id,
      });
  }
}
