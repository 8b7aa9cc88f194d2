import type { Session } from "@rdcity/common";
import { api, setCsrfToken } from "../api/client";
import { hasCode } from "../api/problem";

export const SESSION_KEY = ["session"] as const;

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api<Session>("/api/auth/session");
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (
      hasCode(error, "unauthenticated", "session_expired") ||
      (error as { status?: number }).status === 401
    ) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await api<null>("/api/auth/logout", { method: "POST" });
  } finally {
    setCsrfToken(null);
  }
}
