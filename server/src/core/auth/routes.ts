import {
  ApiTokenCreatedSchema,
  ApiTokenCreateSchema,
  ApiTokenSchema,
  assignableRoles,
  LoginEventSchema,
  LoginSchema,
  PasswordChangeSchema,
  ProfilePatchSchema,
  type Role,
  SessionSchema,
  TotpConfirmSchema,
  TotpEnrolSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserPatchSchema,
  UserSchema,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../errors.js";
import { actorOf, requestContext, SESSION_COOKIE } from "../http/auth-hooks.js";
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  createApiToken,
  disableOwnTotp,
  listApiTokens,
  login,
  loginHistory,
  logout,
  revokeApiToken,
  sessionView,
  startTotpEnrolment,
  updateProfile,
} from "./sessions.js";
import {
  createUser,
  getUser,
  listUsers,
  presentUser,
  resetTotp,
  setPassword,
  unlockUser,
  updateUser,
} from "./users.js";

const Ok = z.object({ ok: z.literal(true) });
const IdParams = z.object({ id: z.string().uuid() });

export async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const policy = () => ({
    idleTimeoutMinutes: app.config.idleTimeoutMinutes,
    adminTotpRequired: app.config.adminTotpRequired,
  });
  const cookieOptions = () => ({
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: app.config.secureCookies,
  });
  const currentUser = (request: { session: { user: unknown } | null }) => {
    if (!request.session) throw new AppError("unauthenticated");
    return request.session.user as Awaited<ReturnType<typeof getUser>>;
  };

  app.post(
    "/api/auth/login",
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: { tags: ["auth"], summary: "Sign in", body: LoginSchema, response: { 200: SessionSchema } },
    },
    async (request, reply) => {
      const result = await login(app.db, policy(), request.body, requestContext(request));
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions());
      return sessionView(result.user, result.csrfToken, policy(), app.config.demo);
    },
  );

  app.get(
    "/api/auth/session",
    {
      config: { allowPending: true },
      schema: {
        tags: ["auth"],
        summary: "The current session and its CSRF token",
        response: { 200: SessionSchema },
      },
    },
    async (request) => {
      if (!request.session) throw new AppError("unauthenticated");
      return sessionView(request.session.user, request.session.csrfToken, policy(), app.config.demo);
    },
  );

  app.post(
    "/api/auth/logout",
    { config: { allowPending: true }, schema: { tags: ["auth"], response: { 200: Ok } } },
    async (request, reply) => {
      if (request.session) await logout(app.db, actorOf(request), request.session.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { allowPending: true },
      schema: {
        tags: ["auth"],
        summary: "Change own password",
        body: PasswordChangeSchema,
        response: { 200: SessionSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await changeOwnPassword(
        app.db,
        actorOf(request),
        user,
        request.body.currentPassword,
        request.body.newPassword,
        request.lang,
      );
      const fresh = await getUser(app.db, user.id);
      return sessionView(fresh, request.session!.csrfToken, policy(), app.config.demo);
    },
  );

  app.post(
    "/api/auth/totp/enrol",
    {
      config: { allowPending: true },
      schema: {
        tags: ["auth"],
        summary: "Start TOTP enrolment (QR code)",
        response: { 200: TotpEnrolSchema },
      },
    },
    async (request) => startTotpEnrolment(app.db, actorOf(request), currentUser(request)),
  );

  app.post(
    "/api/auth/totp/confirm",
    {
      config: { allowPending: true },
      schema: { tags: ["auth"], body: TotpConfirmSchema, response: { 200: SessionSchema } },
    },
    async (request) => {
      const user = currentUser(request);
      await confirmTotpEnrolment(app.db, actorOf(request), user, request.body.code);
      return sessionView(
        await getUser(app.db, user.id),
        request.session!.csrfToken,
        policy(),
        app.config.demo,
      );
    },
  );

  app.post(
    "/api/auth/totp/disable",
    { schema: { tags: ["auth"], body: TotpConfirmSchema, response: { 200: SessionSchema } } },
    async (request) => {
      const user = currentUser(request);
      await disableOwnTotp(app.db, actorOf(request), user, policy(), request.body.code);
      return sessionView(
        await getUser(app.db, user.id),
        request.session!.csrfToken,
        policy(),
        app.config.demo,
      );
    },
  );

  app.patch(
    "/api/auth/profile",
    {
      config: { allowPending: true },
      schema: { tags: ["auth"], body: ProfilePatchSchema, response: { 200: SessionSchema } },
    },
    async (request) => {
      const after = await updateProfile(app.db, actorOf(request), currentUser(request), request.body);
      return sessionView(after, request.session!.csrfToken, policy(), app.config.demo);
    },
  );

  app.get(
    "/api/auth/logins",
    {
      schema: {
        tags: ["auth"],
        summary: "Own sign-in history",
        response: { 200: z.array(LoginEventSchema) },
      },
    },
    async (request) => loginHistory(app.db, { username: actorOf(request).username, limit: 100 }),
  );

  // ---- user administration (system administrator) and security administration ----

  app.get(
    "/api/users",
    {
      config: { permission: "user.manage" },
      schema: { tags: ["users"], querystring: UserListQuerySchema, response: { 200: UserPageSchema } },
    },
    // Those who manage accounts see e-mail addresses in full; everyone else sees them masked.
    async (request) => listUsers(app.db, request.query, { revealEmail: true }),
  );

  // Creating accounts: the system administrator for ordinary roles, the security administrator for the security
  // and audit administrators (三权分立); createUser checks which roles the actor may grant.
  app.post(
    "/api/users",
    {
      schema: { tags: ["users"], body: UserCreateSchema, response: { 201: UserSchema } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.permissions.has("user.manage") && !actor.permissions.has("security.manage"))
        throw new AppError("forbidden");
      const row = await app.db.transaction((tx) => createUser(tx, actor, request.body, request.lang));
      return reply.status(201).send(presentUser(row, { revealEmail: actor.permissions.has("user.manage") }));
    },
  );

  app.patch(
    "/api/users/:id",
    {
      config: { permission: "user.manage" },
      schema: { tags: ["users"], params: IdParams, body: UserPatchSchema, response: { 200: UserSchema } },
    },
    async (request) =>
      presentUser(await updateUser(app.db, actorOf(request), request.params.id, request.body), {
        revealEmail: true,
      }),
  );

  app.post(
    "/api/users/:id/reset-password",
    {
      config: { permission: "user.manage" },
      schema: {
        tags: ["users"],
        params: IdParams,
        body: z.object({ password: z.string().min(1).max(256) }).strict(),
        response: { 200: UserSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const user = await getUser(tx, request.params.id);
        if (!assignableRoles(actor.role as Role).includes(user.role as Role)) {
          throw new AppError("role_not_assignable", { role: user.role });
        }
        await setPassword(tx, actor, user, request.body.password, request.lang, {
          mustChange: true,
          action: "user.reset_password",
        });
      });
      return presentUser(await getUser(app.db, request.params.id), { revealEmail: true });
    },
  );

  app.post(
    "/api/users/:id/unlock",
    {
      config: { permission: "security.manage" },
      schema: { tags: ["security"], params: IdParams, response: { 200: UserSchema } },
    },
    async (request) => presentUser(await unlockUser(app.db, actorOf(request), request.params.id)),
  );

  app.post(
    "/api/users/:id/reset-totp",
    {
      config: { permission: "security.manage" },
      schema: { tags: ["security"], params: IdParams, response: { 200: UserSchema } },
    },
    async (request) => presentUser(await resetTotp(app.db, actorOf(request), request.params.id)),
  );

  app.get(
    "/api/security/users",
    {
      config: { permission: "security.manage" },
      schema: {
        tags: ["security"],
        summary: "Accounts with lock and second-factor state",
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema },
      },
    },
    async (request) => listUsers(app.db, request.query),
  );

  app.get(
    "/api/security/logins",
    {
      config: { permission: "security.manage" },
      schema: {
        tags: ["security"],
        querystring: z
          .object({
            username: z.string().max(64).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: { 200: z.array(LoginEventSchema) },
      },
    },
    async (request) => loginHistory(app.db, request.query),
  );

  // ---- API tokens for district systems ----

  app.get(
    "/api/tokens",
    {
      config: { permission: "token.issue" },
      schema: { tags: ["tokens"], response: { 200: z.array(ApiTokenSchema) } },
    },
    async () => listApiTokens(app.db),
  );

  app.post(
    "/api/tokens",
    {
      config: { permission: "token.issue" },
      schema: { tags: ["tokens"], body: ApiTokenCreateSchema, response: { 201: ApiTokenCreatedSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiToken(app.db, actorOf(request), request.body)),
  );

  app.post(
    "/api/tokens/:id/revoke",
    {
      config: { permission: "token.issue" },
      schema: { tags: ["tokens"], params: IdParams, response: { 200: Ok } },
    },
    async (request) => {
      await revokeApiToken(app.db, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
}
