import { createHash, randomBytes } from "node:crypto";
import { type Lang, PRIVILEGED_ROLES, ROLE_PERMISSIONS, type Role } from "@rdcity/common";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { systemActor, userActor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { verifyPassword } from "./password.js";
import { apiTokens, loginEvents, sessions, users } from "./schema.js";
import { checkTotp, newTotpSecret, totpQrDataUrl, totpUrl } from "./totp.js";
import { requiresTotp, setPassword, type UserRow } from "./users.js";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface AuthPolicy {
  idleTimeoutMinutes: number;
  adminTotpRequired: boolean;
}

export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
}

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const newToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

async function logLogin(
  db: Executor,
  username: string,
  userId: string | null,
  success: boolean,
  reason: string | null,
  ctx: RequestContext,
) {
  await db.insert(loginEvents).values({
    username,
    userId,
    success,
    reason,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
  });
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: UserRow;
}

/**
 * Password, then lockout, then TOTP. Five failures lock the account for 15 minutes; each attempt is in the
 * sign-in history and the audit log.
 */
export async function login(
  db: Db,
  _policy: AuthPolicy,
  input: { username: string; password: string; totp?: string },
  ctx: RequestContext,
): Promise<LoginResult> {
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const actorFor = (u: UserRow) => userActor(u as never, ctx.ip, "session");
  if (!user) {
    await logLogin(db, input.username, null, false, "unknown_user", ctx);
    throw new AppError("invalid_credentials");
  }
  const now = Date.now();
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    await logLogin(db, user.username, user.id, false, "locked", ctx);
    throw new AppError("account_locked", { minutes: Math.ceil((user.lockedUntil.getTime() - now) / 60000) });
  }
  if (user.status !== "active") {
    await logLogin(db, user.username, user.id, false, "disabled", ctx);
    throw new AppError("account_disabled");
  }
  const passwordOk = await verifyPassword(input.password, user.passwordHash);
  if (!passwordOk) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          failedLogins: lock ? 0 : failed,
          lockedUntil: lock ? new Date(now + LOCK_MINUTES * 60000) : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      await logLogin(tx, user.username, user.id, false, lock ? "locked_now" : "bad_password", ctx);
      await recordAudit(tx, actorFor(user), {
        action: lock ? "auth.lockout" : "auth.login_failed",
        targetType: "user",
        targetId: user.id,
      });
    });
    if (lock) throw new AppError("account_locked", { minutes: LOCK_MINUTES });
    throw new AppError("invalid_credentials");
  }
  if (user.totpEnabled && user.totpSecret) {
    if (!input.totp) throw new AppError("totp_required");
    if (!checkTotp(user.username, user.totpSecret, input.totp)) {
      await logLogin(db, user.username, user.id, false, "bad_totp", ctx);
      throw new AppError("totp_invalid");
    }
  }
  const token = newToken();
  const csrfToken = newToken(24);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sha256(token),
      userId: user.id,
      csrfToken,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    });
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(users.id, user.id));
    await logLogin(tx, user.username, user.id, true, null, ctx);
    await recordAudit(tx, actorFor(user), { action: "auth.login", targetType: "user", targetId: user.id });
  });
  return { token, csrfToken, user };
}

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  user: UserRow;
}

/** Looks the cookie up; an idle session is ended (and reported as expired), an active one is touched. */
export async function resolveSession(
  db: Executor,
  policy: AuthPolicy,
  token: string,
  opts: { touch?: boolean } = {},
): Promise<ResolvedSession | "expired" | null> {
  const id = sha256(token);
  const [found] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  if (!found) return null;
  const idleMs = policy.idleTimeoutMinutes * 60000;
  const now = Date.now();
  if (now - found.session.lastSeenAt.getTime() > idleMs || found.user.status !== "active") {
    await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));
    return "expired";
  }
  if (opts.touch !== false && now - found.session.lastSeenAt.getTime() > 30_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
  }
  return { sessionId: id, csrfToken: found.session.csrfToken, user: found.user };
}

export async function logout(db: Db, actor: Actor, sessionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
    await recordAudit(tx, actor, { action: "auth.logout", targetType: "user", targetId: actor.userId });
  });
}

export function mustEnrolTotp(user: UserRow, policy: AuthPolicy): boolean {
  return requiresTotp(user.role as Role, policy.adminTotpRequired) && !user.totpEnabled;
}

export function sessionView(user: UserRow, csrfToken: string, policy: AuthPolicy, demo: boolean) {
  const role = user.role as Role;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role,
      areaCode: user.areaCode,
      orgId: user.orgId,
      language: (user.language as Lang | null) ?? null,
      email: user.email ?? null,
      permissions: [...(ROLE_PERMISSIONS[role] ?? [])],
      totpEnabled: user.totpEnabled,
      mustChangePassword: user.mustChangePassword,
      mustEnrolTotp: mustEnrolTotp(user, policy),
    },
    csrfToken,
    idleTimeoutMinutes: policy.idleTimeoutMinutes,
    demo: { enabled: demo, totpOptional: !policy.adminTotpRequired },
  };
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  user: UserRow,
  current: string,
  next: string,
  lang: Lang,
) {
  if (!(await verifyPassword(current, user.passwordHash))) throw new AppError("password_wrong");
  await db.transaction((tx) =>
    setPassword(tx, actor, user, next, lang, { mustChange: false, action: "auth.password_change" }),
  );
}

export async function startTotpEnrolment(db: Db, _actor: Actor, user: UserRow) {
  const secret = newTotpSecret();
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
  const otpauthUrl = totpUrl(user.username, secret);
  return { secret, otpauthUrl, qrDataUrl: await totpQrDataUrl(otpauthUrl) };
}

export async function confirmTotpEnrolment(db: Db, actor: Actor, user: UserRow, code: string): Promise<void> {
  if (!user.totpPendingSecret || !checkTotp(user.username, user.totpPendingSecret, code))
    throw new AppError("totp_invalid");
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabled: true,
        version: user.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: "auth.totp_enrol", targetType: "user", targetId: user.id });
  });
}

export async function disableOwnTotp(
  db: Db,
  actor: Actor,
  user: UserRow,
  policy: AuthPolicy,
  code: string,
): Promise<void> {
  if (requiresTotp(user.role as Role, policy.adminTotpRequired)) throw new AppError("forbidden");
  if (!user.totpSecret || !checkTotp(user.username, user.totpSecret, code))
    throw new AppError("totp_invalid");
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabled: false, version: user.version + 1, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, actor, { action: "auth.totp_disable", targetType: "user", targetId: user.id });
  });
}

export async function updateProfile(
  db: Db,
  actor: Actor,
  user: UserRow,
  patch: { displayName?: string; language?: Lang | null; email?: string | null },
) {
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        displayName: patch.displayName ?? user.displayName,
        language: patch.language === undefined ? user.language : patch.language,
        email: patch.email === undefined ? user.email : patch.email,
        version: user.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "user.profile",
      targetType: "user",
      targetId: user.id,
      before: { displayName: user.displayName, language: user.language, email: user.email },
      after: patch,
    });
    return after!;
  });
}

export async function loginHistory(db: Executor, filter: { username?: string; limit: number }) {
  const rowsFound = await db
    .select()
    .from(loginEvents)
    .where(filter.username ? eq(loginEvents.username, filter.username) : undefined)
    .orderBy(desc(loginEvents.id))
    .limit(filter.limit);
  return rowsFound.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    username: r.username,
    success: r.success,
    reason: r.reason,
    ip: r.ip,
    userAgent: r.userAgent,
  }));
}

// ---- API tokens: issued by a city administrator to a district system ----

export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { username: string; name: string; days: number; scopes?: string[] },
) {
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  if (!user) throw new AppError("not_found");
  if (PRIVILEGED_ROLES.includes(user.role as Role) && user.role !== "city_admin")
    throw new AppError("forbidden");
  const rolePerms: readonly string[] = ROLE_PERMISSIONS[user.role as Role] ?? [];
  const scopes = input.scopes ? input.scopes.filter((s) => rolePerms.includes(s)) : [...rolePerms];
  const token = `rdc_${newToken(30)}`;
  const expiresAt = new Date(Date.now() + input.days * 86400_000);
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiTokens)
      .values({
        userId: user.id,
        name: input.name,
        tokenHash: sha256(token),
        scopes,
        expiresAt,
        createdBy: actor.username,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "token.create",
      targetType: "api_token",
      targetId: created!.id,
      after: { name: input.name, username: user.username, scopes, expiresAt },
    });
    return created!;
  });
  return { ...presentToken(row, user.username), token };
}

function presentToken(t: typeof apiTokens.$inferSelect, username: string) {
  return {
    id: t.id,
    name: t.name,
    username,
    scopes: t.scopes,
    expiresAt: t.expiresAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(db: Executor) {
  const found = await db
    .select({ t: apiTokens, username: users.username })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
  return found.map((r) => presentToken(r.t, r.username));
}

export async function revokeApiToken(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(eq(apiTokens.id, id))
      .returning();
    if (!updated.length) throw new AppError("not_found");
    await recordAudit(tx, actor, { action: "token.revoke", targetType: "api_token", targetId: id });
  });
}

export async function resolveApiToken(db: Executor, token: string, ip: string | null): Promise<Actor | null> {
  const [found] = await db
    .select({ t: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        sql`${apiTokens.expiresAt} > now()`,
      ),
    );
  if (found?.user.status !== "active") return null;
  if (!found.t.lastUsedAt || Date.now() - found.t.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, found.t.id));
  }
  return userActor(found.user as never, ip, "token", found.t.scopes);
}

export { systemActor };
