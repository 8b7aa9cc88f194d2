import { currentLang } from "../i18n/store";
import { ApiError, type FieldProblem } from "./problem";

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type QueryParams = Record<string, QueryValue>;

interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** A background poll (the unread count): it does not count as the person's activity. */
  background?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

let csrfToken: string | null = null;
let lastActivity = Date.now();
let onUnauthenticated: ((code: string) => void) | null = null;
let onSetupRequired: (() => void) | null = null;
let networkMessage: () => string = () => "Network error";

/** The CSRF token of the current session; every state-changing request sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function configureApiClient(handlers: {
  unauthenticated?: (code: string) => void;
  setupRequired?: () => void;
  networkMessage?: () => string;
}): void {
  if (handlers.unauthenticated) onUnauthenticated = handlers.unauthenticated;
  if (handlers.setupRequired) onSetupRequired = handlers.setupRequired;
  if (handlers.networkMessage) networkMessage = handlers.networkMessage;
}

/** When the last API call was made: the server's idle timeout counts from there. */
export function lastApiActivity(): number {
  return lastActivity;
}

/** `?a=1&b=x,y` — empty values are left out, lists are comma-joined. */
export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

const SESSION_PATHS = ["/api/auth/login", "/api/auth/session"];

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLang(),
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  if (!options.background) lastActivity = Date.now();

  let response: Response;
  try {
    response = await fetch(`${path}${toQueryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", networkMessage());
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (
      response.status === 401 &&
      (problem.code === "session_expired" || problem.code === "unauthenticated")
    ) {
      if (!SESSION_PATHS.includes(path)) onUnauthenticated?.(problem.code);
    }
    if (
      response.status === 403 &&
      (problem.code === "password_change_required" || problem.code === "totp_enrolment_required")
    ) {
      onSetupRequired?.();
    }
    throw problem;
  }

  const data = (response.status === 204 ? null : await readJson(response)) as T;
  return { data, headers: response.headers, status: response.status };
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest<T>(path, options)).data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function readProblem(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  if (body && typeof body === "object") {
    const p = body as Record<string, unknown>;
    const code = typeof p.code === "string" ? p.code : `http_${response.status}`;
    const detail =
      typeof p.detail === "string"
        ? p.detail
        : typeof p.title === "string"
          ? p.title
          : `${response.status} ${response.statusText}`;
    const errors = Array.isArray(p.errors) ? (p.errors as FieldProblem[]) : [];
    return new ApiError(response.status, code, detail, errors, p);
  }
  return new ApiError(
    response.status,
    `http_${response.status}`,
    `${response.status} ${response.statusText}`.trim(),
  );
}

/** A random UUID, also where crypto.randomUUID is missing (plain http on a LAN address is not a secure context). */
export function newUuid(): string {
  if (typeof crypto.randomUUID === "function" && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
