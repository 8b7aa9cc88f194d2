import type { Session } from "@rdcity/common";
import { api } from "../../../app/api/client";

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export interface Health {
  status: string;
  db: string;
  version: string;
  demo?: { enabled: boolean; totpOptional: boolean };
}

export const login = (input: LoginInput) => api<Session>("/api/auth/login", { method: "POST", body: input });

/** The server answers with the new session or with nothing; callers re-read the session either way. */
export const changePassword = (input: { currentPassword: string; newPassword: string }) =>
  api<Session | null>("/api/auth/password", { method: "POST", body: input });

export const enrolTotp = () => api<TotpEnrolment>("/api/auth/totp/enrol", { method: "POST" });

export const confirmTotp = (code: string) =>
  api<Session>("/api/auth/totp/confirm", { method: "POST", body: { code } });

export const fetchHealth = () => api<Health>("/api/health");
