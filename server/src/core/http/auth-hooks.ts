import { isLang, langFromAcceptLanguage } from "@rdcity/common";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Actor } from "../actor.js";
import { userActor } from "../actor.js";
import { mustEnrolTotp, resolveApiToken, resolveSession } from "../auth/sessions.js";
import { AppError } from "../errors.js";

export const SESSION_COOKIE = "rdcity_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function requestContext(request: FastifyRequest) {
  return { ip: request.ip ?? null, userAgent: (request.headers["user-agent"] as string | undefined) ?? null };
}

/** The signed-in actor, or a 401: for handlers on routes that are not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("unauthenticated");
  return request.actor;
}

/**
 * Every /api request: language from Accept-Language (then the user's own setting), identity from the session
 * cookie or a Bearer token, CSRF for state-changing session requests, pending password/TOTP gates, and the
 * route's declared permission.
 */
export function installAuthHooks(app: FastifyInstance): void {
  app.decorateRequest("lang", "zh-CN");
  app.decorateRequest("actor", null);
  app.decorateRequest("session", null);

  app.addHook("onRequest", async (request) => {
    request.lang = langFromAcceptLanguage(request.headers["accept-language"]);
    if (!request.url.startsWith("/api/")) return;
    const policy = {
      idleTimeoutMinutes: app.config.idleTimeoutMinutes,
      adminTotpRequired: app.config.adminTotpRequired,
    };
    const auth = request.headers.authorization;
    let expired = false;
    if (auth?.startsWith("Bearer ")) {
      const actor = await resolveApiToken(app.db, auth.slice(7).trim(), request.ip);
      if (!actor) throw new AppError("token_invalid");
      request.actor = actor;
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const resolved = await resolveSession(app.db, policy, token, {
          touch: !request.routeOptions.config?.passive,
        });
        if (resolved === "expired") expired = true;
        else if (resolved) {
          request.session = resolved;
          request.actor = userActor(resolved.user as never, request.ip, "session");
          if (isLang(resolved.user.language)) request.lang = resolved.user.language;
        }
      }
    }
    const config = request.routeOptions.config;
    // The API description is public; it shows no data.
    if (config?.public || request.url.startsWith("/api/docs")) return;
    if (!request.actor) {
      // Unknown routes fall through to the 404 handler.
      if (!request.routeOptions.url) return;
      throw new AppError(expired ? "session_expired" : "unauthenticated");
    }
    if (request.session && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers["x-csrf-token"];
      if (sent !== request.session.csrfToken) throw new AppError("csrf_invalid");
    }
    if (request.session && !config?.allowPending) {
      const user = request.session.user;
      if (user.mustChangePassword) throw new AppError("password_change_required");
      if (mustEnrolTotp(user, policy)) throw new AppError("totp_enrolment_required");
    }
    if (config?.permission && !request.actor.permissions.has(config.permission))
      throw new AppError("forbidden");
  });
}
