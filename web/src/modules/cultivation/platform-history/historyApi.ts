import type { PlatformCultivation, PlatformSupport } from "@rdcity/common";
import { api } from "../../../app/api/client";

/** A platform's history in the cultivation module: the pool's rounds and entries, the support by year. */
export const historyKeys = {
  cultivation: (platformId: string) => ["cultivation", "platform", platformId, "pool"] as const,
  support: (platformId: string) => ["cultivation", "platform", platformId, "support"] as const,
};

export const fetchPlatformCultivation = (platformId: string, signal?: AbortSignal) =>
  api<PlatformCultivation>(`/api/cultivation/platforms/${encodeURIComponent(platformId)}`, { signal });

export const fetchPlatformSupport = (platformId: string, signal?: AbortSignal) =>
  api<PlatformSupport>(`/api/cultivation/platforms/${encodeURIComponent(platformId)}/support`, { signal });
