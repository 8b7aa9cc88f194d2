import {
  CultivationCandidatePageSchema,
  CultivationCandidateQuerySchema,
  CultivationDropInputSchema,
  CultivationExclusionPageSchema,
  CultivationExclusionQuerySchema,
  CultivationPoolEntrySchema,
  CultivationPoolPageSchema,
  CultivationPoolQuerySchema,
  CultivationPreviewInputSchema,
  CultivationPreviewSchema,
  CultivationPromotionsResultSchema,
  CultivationRoundCreateSchema,
  CultivationRoundListQuerySchema,
  CultivationRoundPatchSchema,
  CultivationRoundSchema,
  PlatformCultivationSchema,
} from "@rdcity/common";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../../core/actor.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import { AppError } from "../../../core/errors.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { registerReminderSource } from "../../../core/notify/index.js";
import { createRound } from "./commands/create-round.js";
import { dropFromPool } from "./commands/drop-from-pool.js";
import { recordPromotions } from "./commands/record-promotions.js";
import { scoreRoundCommand } from "./commands/score-round.js";
import { submitRound } from "./commands/submit-round.js";
import { updateRound } from "./commands/update-round.js";
import { listPool, platformCultivation } from "./pool-queries.js";
import { etagOf, presentPoolEntry, versionFromIfMatch } from "./presenters.js";
import { previewRound } from "./preview-round.js";
import { registerPoolProcesses } from "./process.js";
import { PROMOTION_SOURCE, promotionReminders } from "./reminders.js";
import { getRoundOr404, type RoundRow, visiblePlatforms } from "./repo.js";
import { listCandidates, listExclusions, listRounds, roundView } from "./round-queries.js";

const tags = ["cultivation"];
const IdParams = z.object({ id: z.string().uuid() });
const IfMatch = z.object({ "if-match": z.string().optional() }).passthrough();
const READ = { permission: "cultivation.read" } as const;
const MANAGE = { permission: "cultivation.manage" } as const;

function requireIfMatch(request: FastifyRequest): number {
  const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
  if (version === null) throw new AppError("precondition_required");
  return version;
}

/**
 * The cultivation pool (C-01): selection rounds (criteria as data, scoring with reasons, a preview under other
 * weights, approval on the workflow — approve, return, announce go through /api/workflow/instances/:id/
 * transitions), the pool over the years, promotions and drops, a platform's history. Reading needs
 * cultivation.read (a district sees its area's platforms only); changing needs cultivation.manage (the city).
 */
export async function poolRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerPoolProcesses();
  registerReminderSource(PROMOTION_SOURCE, promotionReminders);
  const env = () => app.workflowEnv;
  const now = () => env().clock.now();

  async function sendRound(reply: FastifyReply, actor: Actor, row: RoundRow, status = 200) {
    reply.header("ETag", etagOf(row));
    return reply.status(status).send(await roundView(app.db, actor, row));
  }

  app.get(
    "/api/cultivation/rounds",
    {
      config: READ,
      schema: {
        tags,
        summary: "Selection rounds, newest first (counts within the caller's area)",
        querystring: CultivationRoundListQuerySchema,
        response: { 200: z.array(CultivationRoundSchema) },
      },
    },
    async (request) => listRounds(app.db, actorOf(request), request.query),
  );

  app.post(
    "/api/cultivation/rounds",
    {
      config: MANAGE,
      schema: {
        tags,
        summary: "Create a draft round (criteria referring to unknown fields → 422 naming the path)",
        body: CultivationRoundCreateSchema,
        response: { 201: CultivationRoundSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createRound(app.db, actor, request.body, { now: now() });
      return sendRound(reply, actor, row, 201);
    },
  );

  app.get(
    "/api/cultivation/rounds/:id",
    {
      config: READ,
      schema: {
        tags,
        summary: "One round with its counts (considered, eligible, selected, excluded per reason)",
        params: IdParams,
        response: { 200: CultivationRoundSchema },
      },
    },
    async (request, reply) =>
      sendRound(reply, actorOf(request), await getRoundOr404(app.db, request.params.id)),
  );

  app.patch(
    "/api/cultivation/rounds/:id",
    {
      config: MANAGE,
      schema: {
        tags,
        summary: "Change a draft round (If-Match); new criteria or data year clear the scores",
        params: IdParams,
        headers: IfMatch,
        body: CultivationRoundPatchSchema,
        response: { 200: CultivationRoundSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await updateRound(app.db, actor, request.params.id, requireIfMatch(request), request.body, {
        now: now(),
      });
      return sendRound(reply, actor, row);
    },
  );

  app.post(
    "/api/cultivation/rounds/:id/score",
    {
      config: MANAGE,
      schema: {
        tags,
        summary:
          "Score a draft round: ranks the eligible platforms, lists the excluded (replaces earlier scores)",
        params: IdParams,
        response: { 200: CultivationRoundSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await scoreRoundCommand(app.db, actor, request.params.id, { now: now() });
      return sendRound(reply, actor, row);
    },
  );

  app.post(
    "/api/cultivation/rounds/:id/preview",
    {
      config: MANAGE,
      schema: {
        tags,
        summary: "The ranking under other weights, with each platform's rank change (nothing is saved)",
        params: IdParams,
        body: CultivationPreviewInputSchema,
        response: { 200: CultivationPreviewSchema },
      },
    },
    async (request) => previewRound(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/cultivation/rounds/:id/submit",
    {
      config: MANAGE,
      schema: {
        tags,
        summary: "Submit a scored draft round for the leadership's approval (If-Match)",
        params: IdParams,
        headers: IfMatch,
        response: { 200: CultivationRoundSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await submitRound(app.db, actor, request.params.id, requireIfMatch(request), env());
      return sendRound(reply, actor, row);
    },
  );

  app.get(
    "/api/cultivation/rounds/:id/candidates",
    {
      config: READ,
      schema: {
        tags,
        summary: "A round's ranked candidates with the reason for every point (a district: its area's)",
        params: IdParams,
        querystring: CultivationCandidateQuerySchema,
        response: { 200: CultivationCandidatePageSchema },
      },
    },
    async (request) => listCandidates(app.db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    "/api/cultivation/rounds/:id/exclusions",
    {
      config: READ,
      schema: {
        tags,
        summary:
          "The platforms a round did not rank, with the filters that excluded them and counts per reason",
        params: IdParams,
        querystring: CultivationExclusionQuerySchema,
        response: { 200: CultivationExclusionPageSchema },
      },
    },
    async (request) => listExclusions(app.db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    "/api/cultivation/pool",
    {
      config: READ,
      schema: {
        tags,
        summary:
          "The pool over the years (in the pool, promoted, dropped), by the year of the entering round",
        querystring: CultivationPoolQuerySchema,
        response: { 200: CultivationPoolPageSchema },
      },
    },
    async (request) => listPool(app.db, actorOf(request), request.query),
  );

  app.post(
    "/api/cultivation/pool/promotions",
    {
      config: MANAGE,
      schema: {
        tags,
        summary:
          "Record now the promotions of members whose platform became national (also run every 15 minutes)",
        response: { 200: CultivationPromotionsResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await recordPromotions(app.db, actor, shanghaiDate(now()));
      const facts = await visiblePlatforms(
        app.db,
        actor,
        rows.map((r) => r.platformId),
      );
      const rounds = new Map<string, RoundRow>();
      for (const r of rows)
        if (!rounds.has(r.roundId)) rounds.set(r.roundId, await getRoundOr404(app.db, r.roundId));
      return {
        promoted: rows.map((r) => presentPoolEntry(r, rounds.get(r.roundId), facts.get(r.platformId))),
      };
    },
  );

  app.post(
    "/api/cultivation/pool/:id/drop",
    {
      config: MANAGE,
      schema: {
        tags,
        summary: "Drop a member from the pool with a reason (If-Match optional)",
        params: IdParams,
        headers: IfMatch,
        body: CultivationDropInputSchema,
        response: { 200: CultivationPoolEntrySchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
      const row = await dropFromPool(app.db, actor, request.params.id, request.body, {
        today: shanghaiDate(now()),
        expectedVersion: version ?? undefined,
        now: now(),
      });
      const facts = await visiblePlatforms(app.db, actor, [row.platformId]);
      reply.header("ETag", etagOf(row));
      return presentPoolEntry(row, await getRoundOr404(app.db, row.roundId), facts.get(row.platformId));
    },
  );

  app.get(
    "/api/cultivation/platforms/:platformId",
    {
      config: READ,
      schema: {
        tags,
        summary: "A platform's cultivation history: the rounds that considered it and its pool entries",
        params: z.object({ platformId: z.string().uuid() }),
        response: { 200: PlatformCultivationSchema },
      },
    },
    async (request) => platformCultivation(app.db, actorOf(request), request.params.platformId),
  );
}
