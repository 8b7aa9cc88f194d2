import {
  DEFAULT_EVALUATION_FRAMEWORK,
  DEFAULT_EVALUATION_THRESHOLDS,
  EvaluationDefaultsSchema,
  EvaluationDistributionSchema,
  EvaluationFollowupListSchema,
  EvaluationFrameworkSchema,
  EvaluationResultPageSchema,
  EvaluationResultQuerySchema,
  EvaluationResultSchema,
  EvaluationReviewStartSchema,
  EvaluationRoundCreateSchema,
  EvaluationRoundListSchema,
  EvaluationRoundPatchSchema,
  EvaluationRoundSchema,
  FOLLOWUP_KINDS,
  PlatformEvaluationsSchema,
  REPORT_METRICS,
  RectificationCreateSchema,
} from "@rdcity/common";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../core/errors.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { registerReminderSource } from "../../../core/notify/index.js";
import { createRectifications } from "./commands/create-rectifications.js";
import { createEvaluationRound } from "./commands/create-round.js";
import { publishEvaluationRound } from "./commands/publish-round.js";
import { scoreEvaluationRound } from "./commands/score-round.js";
import { startEvaluationReviews } from "./commands/start-reviews.js";
import { updateEvaluationRound } from "./commands/update-round.js";
import { etagOf } from "./presenters.js";
import { REVIEW_CRITERIA } from "./processes/review-criteria.js";
import { evaluationDistribution } from "./queries/distribution.js";
import { listFollowups } from "./queries/list-followups.js";
import { getResult, listResults } from "./queries/list-results.js";
import { getRound, listRounds, presentRoundRow } from "./queries/list-rounds.js";
import { platformEvaluations } from "./queries/platform-trend.js";
import { rectificationReminders } from "./reminders.js";

const tags = ["cultivation: effectiveness"];
const IdParams = z.object({ id: z.string().uuid() });
const IfMatch = z.object({ "if-match": z.string().optional() }).passthrough();
const BASE = "/api/cultivation/evaluations";

function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers["if-match"] as string | undefined;
  if (!header) throw new AppError("precondition_required");
  const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}

/**
 * Effectiveness evaluation (效能评估, C-03): rounds with their framework, scoring, distribution, results (paged
 * and filtered), reviews and rectifications to start, publishing, and one platform's results over rounds. Reads
 * need platform.read and are scoped (cultivation.read sees every round; a host organisation its own platforms'
 * results of published rounds); changes need cultivation.manage. The reviews and rectifications themselves move
 * through the workflow routes (/api/workflow/instances/:id/transitions), whose hooks keep these records in step.
 */
export async function effectivenessRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const env = () => app.workflowEnv;
  registerReminderSource("cultivation.rectification", rectificationReminders);

  app.get(
    `${BASE}/defaults`,
    {
      config: { permission: "cultivation.read" },
      schema: {
        tags,
        summary:
          "The default framework, thresholds and weight, the annual-report metrics and the review criteria",
        response: { 200: EvaluationDefaultsSchema },
      },
    },
    async () => ({
      framework: EvaluationFrameworkSchema.parse(DEFAULT_EVALUATION_FRAMEWORK),
      thresholds: { ...DEFAULT_EVALUATION_THRESHOLDS },
      expertWeight: 0.3,
      metrics: REPORT_METRICS.map((m) => ({ key: m.key, kind: m.kind, zh: m.zh, en: m.en })),
      reviewCriteria: REVIEW_CRITERIA.map((c) => ({ key: c.key, label: c.label, max: c.max })),
    }),
  );

  app.get(
    BASE,
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "Evaluation rounds the caller may see (a host organisation: published ones), newest first",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
        response: { 200: EvaluationRoundListSchema },
      },
    },
    async (request) => listRounds(app.db, actorOf(request), request.query),
  );

  app.post(
    BASE,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Create a round (draft): title, year, framework, thresholds, experts' weight (0–0.5)",
        body: EvaluationRoundCreateSchema,
        response: { 201: EvaluationRoundSchema },
      },
    },
    async (request, reply) => {
      const row = await createEvaluationRound(app.db, actorOf(request), request.body, env());
      reply.header("ETag", etagOf(row));
      return reply.status(201).send(await presentRoundRow(app.db, row));
    },
  );

  app.get(
    `${BASE}/:id`,
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "One round with its rules and counts",
        params: IdParams,
        response: { 200: EvaluationRoundSchema },
      },
    },
    async (request, reply) => {
      const round = await getRound(app.db, actorOf(request), request.params.id);
      reply.header("ETag", etagOf(round));
      return round;
    },
  );

  app.patch(
    `${BASE}/:id`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Change a round before publishing (If-Match); changed rules void earlier scores",
        params: IdParams,
        headers: IfMatch,
        body: EvaluationRoundPatchSchema,
        response: { 200: EvaluationRoundSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await updateEvaluationRound(
        app.db,
        actorOf(request),
        request.params.id,
        version,
        request.body,
        env(),
      );
      reply.header("ETag", etagOf(row));
      return presentRoundRow(app.db, row);
    },
  );

  app.post(
    `${BASE}/:id/score`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary:
          "Score the round (If-Match): every counted platform, its peer group, parts, data score, grade, rank",
        params: IdParams,
        headers: IfMatch,
        response: { 200: EvaluationRoundSchema },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const row = await scoreEvaluationRound(app.db, actorOf(request), request.params.id, version, env());
      reply.header("ETag", etagOf(row));
      return presentRoundRow(app.db, row);
    },
  );

  app.post(
    `${BASE}/:id/publish`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Publish a scored round (If-Match); platforms graded pass or better move to evaluated",
        params: IdParams,
        headers: IfMatch,
        body: z.object({ markEvaluated: z.boolean().optional() }).strict().optional(),
        response: {
          200: z.object({
            round: EvaluationRoundSchema,
            evaluated: z.number().int(),
            skipped: z.array(z.object({ platformId: z.string().uuid(), code: z.string() })),
          }),
        },
      },
    },
    async (request, reply) => {
      const version = requireIfMatch(request);
      const out = await publishEvaluationRound(
        app.db,
        actorOf(request),
        request.params.id,
        version,
        request.body ?? {},
        env(),
      );
      reply.header("ETag", etagOf(out.round));
      return {
        round: await presentRoundRow(app.db, out.round),
        evaluated: out.evaluated,
        skipped: out.skipped,
      };
    },
  );

  const Started = z.object({
    items: z.array(z.object({ resultId: z.string().uuid(), instanceId: z.string().uuid() })),
  });
  app.post(
    `${BASE}/:id/reviews`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Start evidence and expert reviews for results named or of some grades (scored round)",
        params: IdParams,
        body: EvaluationReviewStartSchema,
        response: { 201: Started },
      },
    },
    async (request, reply) => {
      const items = await startEvaluationReviews(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        env(),
      );
      return reply.status(201).send({ items });
    },
  );

  app.post(
    `${BASE}/:id/rectifications`,
    {
      config: { permission: "cultivation.manage" },
      schema: {
        tags,
        summary: "Order rectification with a deadline for failed results (named, or all without one)",
        params: IdParams,
        body: RectificationCreateSchema,
        response: { 201: EvaluationFollowupListSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const rows = await createRectifications(app.db, actor, request.params.id, request.body, env());
      const ids = new Set(rows.map((r) => r.id));
      const all = await listFollowups(app.db, actor, request.params.id, "rectification");
      return reply.status(201).send({ items: all.items.filter((f) => ids.has(f.id)) });
    },
  );

  app.get(
    `${BASE}/:id/results`,
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary:
          "Results of a round the caller may see, filtered (grade, type, level, district, group, name) and paged",
        params: IdParams,
        querystring: EvaluationResultQuerySchema,
        response: { 200: EvaluationResultPageSchema },
      },
    },
    async (request) => listResults(app.db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    `${BASE}/:id/distribution`,
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "Counts per grade, per peer group and per score band (for the charts)",
        params: IdParams,
        response: { 200: EvaluationDistributionSchema },
      },
    },
    async (request) => evaluationDistribution(app.db, actorOf(request), request.params.id),
  );

  app.get(
    `${BASE}/:id/followups`,
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "Reviews, rectifications and revocations that followed the round's results",
        params: IdParams,
        querystring: z.object({ kind: z.enum(FOLLOWUP_KINDS).optional() }).strict(),
        response: { 200: EvaluationFollowupListSchema },
      },
    },
    async (request) => listFollowups(app.db, actorOf(request), request.params.id, request.query.kind),
  );

  app.get(
    "/api/cultivation/evaluation-results/:id",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "One result with its parts and follow-ups",
        params: IdParams,
        response: { 200: EvaluationResultSchema },
      },
    },
    async (request) => getResult(app.db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/cultivation/platforms/:platformId/evaluations",
    {
      config: { permission: "platform.read" },
      schema: {
        tags,
        summary: "One platform's results over the rounds (the trend)",
        params: z.object({ platformId: z.string().uuid() }),
        response: { 200: PlatformEvaluationsSchema },
      },
    },
    async (request) => platformEvaluations(app.db, actorOf(request), request.params.platformId),
  );
}
