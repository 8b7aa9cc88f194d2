import {
  AuditEntrySchema,
  DuplicateCandidateSchema,
  EntityCreateSchema,
  EntityDistinctSchema,
  EntityListQuerySchema,
  EntityMergeSchema,
  EntityPageSchema,
  EntityPatchSchema,
  EntitySchema,
  EntityVersionSchema,
} from "@rdcity/common";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { auditTrailOf, recordAudit } from "../../core/audit/index.js";
import { AppError } from "../../core/errors.js";
import { actorOf } from "../../core/http/auth-hooks.js";
import { createEntity, presentCandidate } from "./commands/create-entity.js";
import { markDistinct, mergeEntity } from "./commands/merge-entity.js";
import { updateEntity } from "./commands/update-entity.js";
import { exportEntities } from "./export.js";
import { entityHistory } from "./history.js";
import { etagOf, presentEntity, versionFromIfMatch } from "./presenters.js";
import { duplicateCandidates, getEntityOr404, listEntities } from "./repo.js";

const IdParams = z.object({ id: z.string().uuid() });
const Ok = z.object({ ok: z.literal(true) });

function requireIfMatch(request: FastifyRequest): number {
  const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
  if (version === null) throw new AppError("precondition_required");
  return version;
}

const sendWithEtag = (reply: FastifyReply, row: { version: number }) => reply.header("ETag", etagOf(row));

export async function registryRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/entities",
    {
      config: { permission: "entity.read" },
      schema: {
        tags: ["entities"],
        summary: "List, filter and search entities (keyset pagination)",
        querystring: EntityListQuerySchema,
        response: { 200: EntityPageSchema },
      },
    },
    async (request) => {
      const page = await listEntities(app.db, actorOf(request), request.query);
      return {
        items: page.rows.map((r) => presentEntity(r, { reveal: false })),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  app.get(
    "/api/entities/export",
    {
      config: { permission: "export.run" },
      schema: {
        tags: ["entities"],
        summary: "Export the filtered list as CSV or XLSX",
        querystring: EntityListQuerySchema.omit({ limit: true, cursor: true, withTotal: true }).extend({
          format: z.enum(["csv", "xlsx"]).default("xlsx"),
        }),
      },
    },
    async (request, reply) => exportEntities(app, request, reply, request.query),
  );

  app.post(
    "/api/entities",
    {
      config: { permission: "entity.write" },
      schema: {
        tags: ["entities"],
        summary: "Register an entity",
        body: EntityCreateSchema,
        response: { 201: EntitySchema },
      },
    },
    async (request, reply) => {
      const row = await createEntity(app.db, actorOf(request), request.body);
      sendWithEtag(reply, row);
      return reply.status(201).send(presentEntity(row, { reveal: true }));
    },
  );

  app.get(
    "/api/entities/:id",
    {
      config: { permission: "entity.read" },
      schema: {
        tags: ["entities"],
        summary: "One entity; contact data masked unless revealed with a purpose",
        params: IdParams,
        querystring: z
          .object({
            reveal: z.enum(["true", "false"]).optional(),
            purpose: z.string().trim().min(2).max(200).optional(),
          })
          .strict(),
        response: { 200: EntitySchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await getEntityOr404(app.db, actor, request.params.id);
      const reveal = request.query.reveal === "true";
      if (reveal) {
        if (!actor.permissions.has("entity.readPersonal")) throw new AppError("forbidden");
        if (!request.query.purpose)
          throw new AppError("validation_failed", {
            detail:
              request.lang === "en-US" ? "state the purpose of the full read" : "请填写查看完整信息的用途",
          });
        await recordAudit(app.db, actor, {
          action: "entity.read_personal",
          targetType: "entity",
          targetId: row.id,
          purpose: request.query.purpose,
        });
      }
      sendWithEtag(reply, row);
      return presentEntity(row, { reveal });
    },
  );

  app.patch(
    "/api/entities/:id",
    {
      config: { permission: "entity.write" },
      schema: {
        tags: ["entities"],
        summary: "Change an entity (If-Match with the ETag is required)",
        params: IdParams,
        headers: z.object({ "if-match": z.string().optional() }).passthrough(),
        body: EntityPatchSchema,
        response: { 200: EntitySchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await updateEntity(app.db, actorOf(request), request.params.id, version, request.body);
      sendWithEtag(reply, row);
      return presentEntity(row, { reveal: false });
    },
  );

  app.get(
    "/api/entities/:id/history",
    {
      config: { permission: "entity.read" },
      schema: { tags: ["entities"], params: IdParams, response: { 200: z.array(EntityVersionSchema) } },
    },
    async (request) => {
      const row = await getEntityOr404(app.db, actorOf(request), request.params.id);
      const history = await entityHistory(app.db, row.id);
      // Personal data inside the history is masked like the record itself.
      return history.map((h) => {
        const changes = { ...h.changes };
        for (const key of ["contactName", "contactPhone"])
          if (changes[key])
            changes[key] = { from: changes[key]!.from ? "***" : null, to: changes[key]!.to ? "***" : null };
        return { ...h, changes };
      });
    },
  );

  app.get(
    "/api/entities/:id/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags: ["entities"],
        summary: "The record's audit trail",
        params: IdParams,
        response: { 200: z.array(AuditEntrySchema) },
      },
    },
    async (request) => auditTrailOf(app.db, "entity", request.params.id),
  );

  app.get(
    "/api/entities/:id/duplicates",
    {
      config: { permission: "entity.read" },
      schema: {
        tags: ["entities"],
        summary: "Likely duplicates (R-05)",
        params: IdParams,
        response: { 200: z.array(DuplicateCandidateSchema) },
      },
    },
    async (request) => {
      const row = await getEntityOr404(app.db, actorOf(request), request.params.id);
      const found = await duplicateCandidates(app.db, {
        id: row.id,
        uscc: row.uscc,
        signature: row.nameSignature,
      });
      return found.map(presentCandidate);
    },
  );

  app.post(
    "/api/entities/:id/merge",
    {
      config: { permission: "entity.merge" },
      schema: {
        tags: ["entities"],
        summary: "Merge this record into a successor (If-Match required)",
        params: IdParams,
        body: EntityMergeSchema,
        response: { 200: EntitySchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const { merged } = await mergeEntity(
        app.db,
        actorOf(request),
        request.params.id,
        version,
        request.body,
        request.lang,
      );
      sendWithEtag(reply, merged);
      return presentEntity(merged, { reveal: false });
    },
  );

  app.post(
    "/api/entities/:id/distinct",
    {
      config: { permission: "entity.write" },
      schema: {
        tags: ["entities"],
        summary: "Mark two similar records as different organisations",
        params: IdParams,
        body: EntityDistinctSchema,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await markDistinct(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.otherId,
        request.body.reason,
      );
      return { ok: true as const };
    },
  );
}
