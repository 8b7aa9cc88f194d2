import { can, type Permission, type Session } from "@rdcity/common";
import { type QueryClient, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { configureApiClient, lastApiActivity, setCsrfToken } from "../api/client";
import { useI18n } from "../i18n/I18nProvider";
import { fetchSession, logout, SESSION_KEY } from "./sessionApi";

export type SignedOutReason = "expired" | "signedOut" | null;

interface AuthValue {
  session: Session | null;
  loading: boolean;
  error: unknown;
  /** Why the last session ended (shown on the sign-in page). */
  signedOutReason: SignedOutReason;
  acceptSession: (session: Session) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  can: (permission: Permission) => boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

/** No session any more: forget it and every cached record, so the next person at this screen sees nothing of it. */
function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, null);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { setLang, t } = useI18n();
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>(null);
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: 1 });
  const session = query.data ?? null;

  useEffect(() => {
    configureApiClient({
      unauthenticated: (code) => {
        setCsrfToken(null);
        setSignedOutReason(code === "session_expired" ? "expired" : null);
        endSession(queryClient);
      },
      setupRequired: () => void queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
      networkMessage: () => t("error.network"),
    });
  }, [queryClient, t]);

  // The language saved in the user's profile wins over the browser's choice (applied once per change).
  const profileLang = session?.user.language ?? null;
  const appliedProfileLang = useRef<string | null>(null);
  useEffect(() => {
    if (profileLang && profileLang !== appliedProfileLang.current) {
      appliedProfileLang.current = profileLang;
      setLang(profileLang);
    }
  }, [profileLang, setLang]);

  // The server ends a session after idleTimeoutMinutes without requests; once that much time has passed here too,
  // ask whether the session still lives, so an unattended screen goes back to sign-in instead of showing data.
  const idleMinutes = session?.idleTimeoutMinutes ?? null;
  useEffect(() => {
    if (!idleMinutes) return;
    const timer = window.setInterval(() => {
      if (Date.now() - lastApiActivity() < idleMinutes * 60_000 + 5_000) return;
      fetchSession()
        .then((next) => {
          if (next) queryClient.setQueryData(SESSION_KEY, next);
          else {
            setSignedOutReason("expired");
            endSession(queryClient);
          }
        })
        .catch(() => undefined); // offline: try again at the next tick
    }, 30_000);
    return () => window.clearInterval(timer);
  }, [idleMinutes, queryClient]);

  const acceptSession = useCallback(
    (next: Session) => {
      setCsrfToken(next.csrfToken);
      setSignedOutReason(null);
      queryClient.setQueryData(SESSION_KEY, next);
    },
    [queryClient],
  );

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }, [queryClient]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      queryClient.clear();
      endSession(queryClient);
      setSignedOutReason("signedOut");
    }
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({
      session,
      loading: query.isPending,
      error: query.error,
      signedOutReason,
      acceptSession,
      refresh,
      signOut,
      can: (permission) => (session ? can(session.user.role, permission) : false),
    }),
    [session, query.isPending, query.error, signedOutReason, acceptSession, refresh, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** The signed-in session; only for components below RequireAuth. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error("useSession without a session");
  return session;
}
