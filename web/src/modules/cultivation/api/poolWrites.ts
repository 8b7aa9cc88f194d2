import type {
  CultivationPoolEntry,
  CultivationRound,
  CultivationRoundCreate,
  CultivationRoundPatch,
} from "@rdcity/common";
import { api } from "../../../app/api/client";

const round = (id: string) => `/api/cultivation/rounds/${encodeURIComponent(id)}`;
/** The version the client read, as the server's ETag writes it. */
const ifMatch = (version: number) => ({ "If-Match": `"v${version}"` });

/** A draft round (城市管理员); criteria naming unknown fields → 422 with each path. */
export const createRound = (body: CultivationRoundCreate) =>
  api<CultivationRound>("/api/cultivation/rounds", { method: "POST", body });

/** Changes a draft against the version read (412/409 when someone changed it); new criteria clear the scores. */
export const updateRound = (id: string, version: number, body: CultivationRoundPatch) =>
  api<CultivationRound>(round(id), { method: "PATCH", body, headers: ifMatch(version) });

export const scoreRound = (id: string) => api<CultivationRound>(`${round(id)}/score`, { method: "POST" });

/** Sends a scored draft to the leadership: the round then carries its workflow instance. */
export const submitRound = (id: string, version: number) =>
  api<CultivationRound>(`${round(id)}/submit`, { method: "POST", headers: ifMatch(version) });

export const dropFromPool = (id: string, version: number, reason: string) =>
  api<CultivationPoolEntry>(`/api/cultivation/pool/${encodeURIComponent(id)}/drop`, {
    method: "POST",
    body: { reason },
    headers: ifMatch(version),
  });

/** Records now the members whose platform became national (the server also does it every 15 minutes). */
export const recordPromotions = () =>
  api<{ promoted: CultivationPoolEntry[] }>("/api/cultivation/pool/promotions", { method: "POST" });
