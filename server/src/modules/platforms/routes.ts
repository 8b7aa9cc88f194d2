import {
  AuditEntrySchema,
  PlatformCreateSchema,
  PlatformFacetsSchema,
  PlatformFilterQuerySchema,
  PlatformListQuerySchema,
  PlatformMapSchema,
  PlatformPageSchema,
  PlatformPatchSchema,
  PlatformSchema,
  PlatformStatusEntrySchema,
  PlatformTypeSchema,
  PlatformVersionSchema,
} from "@rdcity/common";
import { asc } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../core/actor.js";
import { auditTrailOf } from "../../core/audit/index.js";
import { AppError } from "../../core/errors.js";
import { actorOf } from "../../core/http/auth-hooks.js";
import { createPlatform } from "./commands/create-platform.js";
import { updatePlatform } from "./commands/update-platform.js";
import { listPlatforms } from "./directory.js";
import { exportPlatforms } from "./export.js";
import { platformFacets, platformMap } from "./facets.js";
import { platformHistory, platformStatusEntries } from "./history.js";
import { etagOf, type PlatformRow, presentPlatform, versionFromIfMatch } from "./presenters.js";
import { getPlatformOr404, presentContext, viewerOf } from "./repo.js";
import { platformTypes } from "./schema.js";

const IdParams = z.object({ id: z.string().uuid() });
const tags = ["platforms"];

function requireIfMatch(request: FastifyRequest): number {
  const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
  if (version === null) throw new AppError("precondition_required");
  return version;
}

/** Those who maintain platforms see contacts and internal notes; other readers do not. */
const privileged = (actor: Actor) => actor.permissions.has("platform.write");

export async function platformRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  async function present(reply: FastifyReply | null, actor: Actor, row: PlatformRow) {
    if (reply) reply.header("ETag", etagOf(row));
    return presentPlatform(row, await presentContext(app.db, [row]), { privileged: privileged(actor) });
  }

  app.get(
    "/api/platform-types",
    {
      config: { permission: "platform.read" },
      schema: { tags, summary: "The platform taxonomy", response: { 200: z.array(PlatformTypeSchema) } },
    },
    async () => {
      const rows = await app.db.select().from(platformTypes).orderBy(asc(platformTypes.sortOrder));
      return rows.map((t) => ({ ...t, category: t.category as never, levels: t.levels as never }));
    },
  );

  app.get(
    "/api/platforms",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "The directory: filter, search and page through platforms (keyset pagination)",
        querystring: PlatformListQuerySchema,
        response: { 200: PlatformPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await listPlatforms(app.db, viewerOf(actor), request.query);
      const ctx = await presentContext(app.db, page.rows);
      return {
        items: page.rows.map((r) => presentPlatform(r, ctx, { privileged: privileged(actor) })),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  app.get(
    "/api/platforms/facets",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "Counts for the filter bar (each facet with every filter except its own)",
        querystring: PlatformFilterQuerySchema,
        response: { 200: PlatformFacetsSchema },
      },
    },
    async (request) => platformFacets(app.db, viewerOf(actorOf(request)), request.query),
  );

  app.get(
    "/api/platforms/map",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "Counts per district for the map (every filter except the district)",
        querystring: PlatformFilterQuerySchema,
        response: { 200: PlatformMapSchema },
      },
    },
    async (request) => platformMap(app.db, viewerOf(actorOf(request)), request.query),
  );

  app.get(
    "/api/platforms/export",
    {
      config: { permission: "export.run" },
      schema: {
        tags,
        summary: "Export the filtered directory as CSV or XLSX (re-importable columns)",
        querystring: PlatformFilterQuerySchema.extend({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
      },
    },
    async (request, reply) => {
      if (!actorOf(request).permissions.has("platform.read")) throw new AppError("forbidden");
      return exportPlatforms(app, request, reply, request.query);
    },
  );

  app.post(
    "/api/platforms",
    {
      config: { permission: "platform.write" },
      schema: {
        tags,
        summary: "Register a platform",
        body: PlatformCreateSchema,
        response: { 201: PlatformSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createPlatform(app.db, actor, request.body);
      return reply.status(201).send(await present(reply, actor, row));
    },
  );

  app.get(
    "/api/platforms/:id",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "One platform, with its ETag",
        params: IdParams,
        response: { 200: PlatformSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      return present(reply, actor, await getPlatformOr404(app.db, viewerOf(actor), request.params.id));
    },
  );

  app.patch(
    "/api/platforms/:id",
    {
      config: { permission: "platform.write" },
      schema: {
        tags,
        summary: "Change a platform or its status (If-Match with the ETag is required)",
        params: IdParams,
        headers: z.object({ "if-match": z.string().optional() }).passthrough(),
        body: PlatformPatchSchema,
        response: { 200: PlatformSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const actor = actorOf(request);
      const row = await updatePlatform(app.db, actor, request.params.id, version, request.body);
      return present(reply, actor, row);
    },
  );

  app.get(
    "/api/platforms/:id/history",
    {
      config: { permission: "platform.read" },
      schema: { tags, params: IdParams, response: { 200: z.array(PlatformVersionSchema) } },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await getPlatformOr404(app.db, viewerOf(actor), request.params.id);
      return platformHistory(app.db, row.id, { privileged: privileged(actor) });
    },
  );

  app.get(
    "/api/platforms/:id/status-history",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "The lifecycle with the day each status took effect",
        params: IdParams,
        response: { 200: z.array(PlatformStatusEntrySchema) },
      },
    },
    async (request) => {
      const row = await getPlatformOr404(app.db, viewerOf(actorOf(request)), request.params.id);
      return platformStatusEntries(app.db, row.id);
    },
  );

  app.get(
    "/api/platforms/:id/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags,
        summary: "The record's audit trail",
        params: IdParams,
        response: { 200: z.array(AuditEntrySchema) },
      },
    },
    async (request) => auditTrailOf(app.db, "platform", request.params.id),
  );
}
