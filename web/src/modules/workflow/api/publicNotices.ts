import type { PublicNoticeDto } from "@rdcity/common";
import { api } from "../../../app/api/client";
import type { ObjectionBody } from "./workflow";

/** Public notices (公示) open now, and objections from the public: no sign-in. */
export const publicNoticeKeys = { list: ["public", "notices"] as const };

export const fetchPublicNotices = (signal?: AbortSignal) =>
  api<PublicNoticeDto[]>("/api/public/notices", { signal });

export const objectToNotice = (noticeId: string, body: ObjectionBody) =>
  api<{ receivedAt: string }>(`/api/public/notices/${encodeURIComponent(noticeId)}/objections`, {
    method: "POST",
    body,
  });
