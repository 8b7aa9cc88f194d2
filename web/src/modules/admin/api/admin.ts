import type { Permission, Role, User } from "@rdcity/common";
import { api, type QueryParams } from "../../../app/api/client";
import type { Page } from "../../../app/components/list/types";
import type { LoginEvent } from "../../../app/components/loginEventColumns";

export interface ApiToken {
  id: string;
  name: string;
  username: string;
  scopes: string[];
  expiresAt: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface UserInput {
  username?: string;
  displayName?: string;
  role?: Role;
  password?: string;
  areaCode?: string | null;
  orgId?: string | null;
  email?: string | null;
  status?: User["status"];
}

export const adminKeys = {
  users: ["admin", "users"] as const,
  tokens: ["admin", "tokens"] as const,
  logins: ["admin", "logins"] as const,
};

const user = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const listUsers = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<User>>("/api/users", { query: params, signal });
/** The same list for the security administrator (lock and second-factor state), who does not manage accounts. */
export const listUsersForSecurity = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<User>>("/api/security/users", { query: params, signal });
export const createUser = (body: UserInput) => api<User>("/api/users", { method: "POST", body });
export const patchUser = (id: string, body: UserInput) => api<User>(user(id), { method: "PATCH", body });
export const resetUserPassword = (id: string, password: string) =>
  api<unknown>(`${user(id)}/reset-password`, { method: "POST", body: { password } });
export const unlockUser = (id: string) => api<unknown>(`${user(id)}/unlock`, { method: "POST" });
export const resetUserTotp = (id: string) => api<unknown>(`${user(id)}/reset-totp`, { method: "POST" });

/** Sign-in events of everyone (security administrator); an array, newest first. */
export async function listLogins(params: QueryParams, signal?: AbortSignal): Promise<Page<LoginEvent>> {
  const items = await api<LoginEvent[]>("/api/security/logins", {
    query: { username: params.username, limit: params.limit },
    signal,
  });
  return { items, nextCursor: null, total: items.length };
}

export async function listTokens(_params: QueryParams, signal?: AbortSignal): Promise<Page<ApiToken>> {
  const body = await api<ApiToken[] | Page<ApiToken>>("/api/tokens", { signal });
  const items = Array.isArray(body) ? body : body.items;
  return { items, nextCursor: null, total: items.length };
}

export const createToken = (body: { username: string; name: string; days: number; scopes?: Permission[] }) =>
  api<ApiToken & { token: string }>("/api/tokens", { method: "POST", body });

export const revokeToken = (id: string) =>
  api<unknown>(`/api/tokens/${encodeURIComponent(id)}/revoke`, { method: "POST" });
