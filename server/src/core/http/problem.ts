import { randomUUID } from "node:crypto";
import {
  ERRORS,
  type ErrorCode,
  errorMessage,
  type IssueLike,
  issueMessage,
  type Lang,
  type Problem,
} from "@rdcity/common";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { AppError } from "../errors.js";

const TITLES: Partial<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  423: "Locked",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function problemOf(
  code: ErrorCode,
  lang: Lang,
  params?: Record<string, unknown>,
  extra?: Record<string, unknown>,
  instance?: string,
): Problem {
  const status = ERRORS[code].status;
  return {
    type: `https://rdcity.dev/problems/${code.replace(/_/g, "-")}`,
    title: TITLES[status] ?? "Error",
    status,
    code,
    detail: errorMessage(code, lang, params),
    ...(instance ? { instance } : {}),
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type("application/problem+json; charset=utf-8").send(problem);
}

export function localiseIssues(issues: readonly IssueLike[], lang: Lang) {
  return issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: issue.code === "custom" ? String(issue.params?.code ?? "custom") : issue.code,
    message: issueMessage(issue, lang),
  }));
}

function validationProblem(issues: readonly IssueLike[], lang: Lang, instance: string): Problem {
  const errors = localiseIssues(issues, lang);
  const detail = errors.map((e) => e.message).join(lang === "en-US" ? "; " : "；");
  return problemOf("validation_failed", lang, { detail }, { errors }, instance);
}

/** Maps every error once: AppError → its code; schema failures → validation_failed; Fastify's own → coded 4xx. */
export function installErrorHandling(app: FastifyInstance, opts: { spaFallback?: boolean } = {}): void {
  app.setNotFoundHandler((request, reply) => {
    // The web app's client-side routes: a GET outside /api/ for a path without a file extension gets index.html
    // (a missing /assets/x.js stays a 404, so a stale page fails clearly instead of parsing HTML as JavaScript).
    const pathname = request.url.split("?")[0] ?? "";
    if (
      opts.spaFallback &&
      request.method === "GET" &&
      !pathname.startsWith("/api/") &&
      !/\.[a-z0-9]+$/i.test(pathname)
    ) {
      return reply.header("Cache-Control", "no-cache").sendFile("index.html");
    }
    sendProblem(
      reply,
      problemOf("route_not_found", request.lang, {
        method: request.method,
        url: request.url.split("?")[0] ?? request.url,
      }),
    );
  });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = request.lang;
    const instance = request.url.split("?")[0] ?? request.url;
    if (error instanceof AppError) {
      return sendProblem(reply, problemOf(error.code, lang, error.params, error.extra, instance));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // The type provider flattens each zod issue into {keyword, instancePath, message, params: rest of the issue}.
      const issues = error.validation.map((v) => ({
        ...(v.params as Record<string, unknown>),
        code: v.keyword,
        message: v.message,
        path: v.instancePath.split("/").filter(Boolean),
      })) as IssueLike[];
      return sendProblem(reply, validationProblem(issues, lang, instance));
    }
    if (error instanceof ZodError) {
      return sendProblem(reply, validationProblem(error.issues as IssueLike[], lang, instance));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === "FST_REQ_FILE_TOO_LARGE" || error.code === "FST_PARTS_LIMIT") {
      return sendProblem(
        reply,
        problemOf(
          "payload_too_large",
          lang,
          { limit: `${Math.round(request.server.config.maxUploadBytes / 1048576)} MB` },
          {},
          instance,
        ),
      );
    }
    if (
      status === 415 ||
      error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
      error.code === "FST_INVALID_MULTIPART_CONTENT_TYPE"
    ) {
      return sendProblem(reply, problemOf("unsupported_media_type", lang, {}, {}, instance));
    }
    if (status === 429) return sendProblem(reply, problemOf("rate_limited", lang, {}, {}, instance));
    if (status >= 400 && status < 500) {
      // Malformed JSON, empty body with a JSON content type, and similar request-level faults.
      return sendProblem(
        reply,
        problemOf("validation_failed", lang, { detail: error.message }, {}, instance),
      );
    }
    const id = randomUUID().slice(0, 8);
    request.log.error({ err: error, ref: id }, "unhandled error");
    return sendProblem(reply, problemOf("internal_error", lang, { id }, {}, instance));
  });
}
