import type { Lang, Session } from "@rdcity/common";
import { api } from "../../../app/api/client";
import type { LoginEvent } from "../../../app/components/loginEventColumns";

export const patchProfile = (body: { displayName?: string; language?: Lang | null; email?: string | null }) =>
  api<Session>("/api/auth/profile", { method: "PATCH", body });

export const fetchOwnLogins = () => api<LoginEvent[]>("/api/auth/logins");

export const disableTotp = (code: string) =>
  api<Session | null>("/api/auth/totp/disable", { method: "POST", body: { code } });
