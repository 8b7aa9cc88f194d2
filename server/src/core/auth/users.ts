import {
  AREA_SCOPED_ROLES,
  assignableRoles,
  type Lang,
  maskEmail,
  ORG_SCOPED_ROLES,
  PRIVILEGED_ROLES,
  ROLES,
  type Role,
} from "@rdcity/common";
import { and, asc, eq, gt, ilike, or, type SQL } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { hashPassword, passwordPolicyProblems, policyReasonCodes, verifyPassword } from "./password.js";
import { users } from "./schema.js";

export type UserRow = typeof users.$inferSelect;

/** A user as administrators see it; the e-mail address is masked unless the caller manages users. */
export function presentUser(u: UserRow, opts: { revealEmail?: boolean } = {}) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    areaCode: u.areaCode,
    orgId: u.orgId,
    email: opts.revealEmail ? u.email : maskEmail(u.email),
    status: u.status as "active" | "disabled",
    totpEnabled: u.totpEnabled,
    lockedUntil: u.lockedUntil ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a user: never a hash or a secret. */
function auditView(u: UserRow) {
  const { passwordHash: _p, passwordHistory: _h, totpSecret: _s, totpPendingSecret: _ps, ...rest } = u;
  return rest;
}

export function assertPasswordAcceptable(password: string, username: string, lang: Lang): void {
  const problems = passwordPolicyProblems(password, username);
  if (problems.length) throw new AppError("password_policy", { reasons: policyReasonCodes(problems) });
}

export function requiresTotp(role: Role, adminTotpRequired: boolean): boolean {
  return adminTotpRequired && PRIVILEGED_ROLES.includes(role);
}

function checkScopeFields(role: Role, areaCode: string | null | undefined) {
  if (AREA_SCOPED_ROLES.includes(role) && !areaCode) throw new AppError("area_required");
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  areaCode?: string | null;
  orgId?: string | null;
  email?: string | null;
  mustChangePassword?: boolean;
}

/** Creates a user. `bypassSeparation` is for the CLI and first start only, where no administrator exists yet. */
export async function createUser(
  db: Executor,
  actor: Actor,
  input: CreateUserInput,
  lang: Lang,
  opts: { bypassSeparation?: boolean } = {},
): Promise<UserRow> {
  if (!ROLES.includes(input.role)) throw new AppError("validation_failed", { detail: input.role });
  if (
    !opts.bypassSeparation &&
    actor.role !== "system" &&
    !assignableRoles(actor.role).includes(input.role)
  ) {
    throw new AppError("role_not_assignable", { role: input.role });
  }
  checkScopeFields(input.role, input.areaCode);
  assertPasswordAcceptable(input.password, input.username, lang);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (existing.length) throw new AppError("username_taken", { username: input.username });
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      areaCode: input.areaCode ?? null,
      orgId: ORG_SCOPED_ROLES.includes(input.role) ? (input.orgId ?? null) : (input.orgId ?? null),
      email: input.email ?? null,
      passwordHash,
      passwordHistory: [passwordHash],
      mustChangePassword: input.mustChangePassword ?? actor.role !== "system",
      createdBy: actor.username,
      updatedBy: actor.username,
    })
    .returning();
  await recordAudit(db, actor, {
    action: "user.create",
    targetType: "user",
    targetId: row!.id,
    after: auditView(row!),
  });
  return row!;
}

export async function getUser(db: Executor, id: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new AppError("not_found");
  return row;
}

export async function findUserByName(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  areaCode?: string | null;
  orgId?: string | null;
  email?: string | null;
  status?: "active" | "disabled";
}

export async function updateUser(db: Db, actor: Actor, id: string, patch: UserPatch): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const allowed = actor.role === "system" ? ROLES : assignableRoles(actor.role as Role);
    // Separation of duties: you may only edit accounts whose current and new roles you could grant.
    if (!allowed.includes(before.role as Role))
      throw new AppError("role_not_assignable", { role: before.role });
    if (patch.role && !allowed.includes(patch.role))
      throw new AppError("role_not_assignable", { role: patch.role });
    const role = patch.role ?? (before.role as Role);
    const areaCode = patch.areaCode === undefined ? before.areaCode : patch.areaCode;
    checkScopeFields(role, areaCode);
    const [after] = await tx
      .update(users)
      .set({
        displayName: patch.displayName ?? before.displayName,
        role,
        areaCode,
        orgId: patch.orgId === undefined ? before.orgId : patch.orgId,
        email: patch.email === undefined ? before.email : patch.email,
        status: patch.status ?? before.status,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: "user.update",
      targetType: "user",
      targetId: id,
      before: auditView(before),
      after: auditView(after!),
    });
    return after!;
  });
}

/** Sets a new password; the old ones stay in the history so that none of the last 5 can be reused. */
export async function setPassword(
  db: Executor,
  actor: Actor,
  user: UserRow,
  newPassword: string,
  lang: Lang,
  opts: { mustChange: boolean; action: string },
): Promise<void> {
  assertPasswordAcceptable(newPassword, user.username, lang);
  for (const old of user.passwordHistory.slice(0, 5)) {
    if (await verifyPassword(newPassword, old)) {
      throw new AppError("password_policy", { reasons: policyReasonCodes(["reused"]) });
    }
  }
  const hash = await hashPassword(newPassword);
  await db
    .update(users)
    .set({
      passwordHash: hash,
      passwordHistory: [hash, ...user.passwordHistory].slice(0, 5),
      mustChangePassword: opts.mustChange,
      failedLogins: 0,
      lockedUntil: null,
      version: user.version + 1,
      updatedAt: new Date(),
      updatedBy: actor.username,
    })
    .where(eq(users.id, user.id));
  await recordAudit(db, actor, { action: opts.action, targetType: "user", targetId: user.id });
}

export async function listUsers(
  db: Executor,
  q: { q?: string; role?: Role; limit: number; cursor?: string },
  opts: { revealEmail?: boolean } = {},
) {
  const filters: SQL[] = [];
  if (q.q) filters.push(or(ilike(users.username, `%${q.q}%`), ilike(users.displayName, `%${q.q}%`))!);
  if (q.role) filters.push(eq(users.role, q.role));
  if (q.cursor) filters.push(gt(users.username, q.cursor));
  const items = await db
    .select()
    .from(users)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(asc(users.username))
    .limit(q.limit + 1);
  const page = items.slice(0, q.limit);
  return {
    items: page.map((u) => presentUser(u, opts)),
    nextCursor: items.length > q.limit ? page.at(-1)!.username : null,
    total: null,
  };
}

export async function unlockUser(db: Db, actor: Actor, id: string): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const [after] = await tx
      .update(users)
      .set({
        failedLogins: 0,
        lockedUntil: null,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, { action: "user.unlock", targetType: "user", targetId: id });
    return after!;
  });
}

export async function resetTotp(db: Db, actor: Actor, id: string): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, id);
    const [after] = await tx
      .update(users)
      .set({
        totpEnabled: false,
        totpSecret: null,
        totpPendingSecret: null,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, { action: "user.reset_totp", targetType: "user", targetId: id });
    return after!;
  });
}
