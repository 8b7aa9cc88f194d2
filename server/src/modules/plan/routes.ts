import {
  IndicatorSchema,
  isoDateSchema,
  ObservationInputSchema,
  ObservationSchema,
  PlanSummarySchema,
  ProjectRollupSchema,
  TargetProgressSchema,
  TargetsQuerySchema,
  TaskSummarySchema,
  UnitSchema,
  VersionSchema,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { shanghaiDate } from "../../core/calendar/index.js";
import { AppError } from "../../core/errors.js";
import { actorOf } from "../../core/http/auth-hooks.js";
import {
  indicatorByCode,
  listIndicators,
  observationsOf,
  PROGRESS_RULES,
  PROGRESS_THRESHOLDS,
  presentObservation,
  recordObservation,
  verifyObservation,
} from "../../core/indicators/index.js";
import { completeMilestone } from "./commands/complete-milestone.js";
import { dashboard } from "./dashboard.js";
import { listPlans, planByCode } from "./plans.js";
import { presentIndicator } from "./presenters.js";
import { evaluateTargets } from "./progress.js";
import { planTaskContext, targetDetail, taskDetail } from "./queries.js";
import { listTasks, projectRollup } from "./tasks.js";
import { listUnits } from "./unit-list.js";

const tags = ["plan"];
const PlanQuery = z.object({ plan: z.string().max(100).optional() }).strict();
const Rules = z.object({
  thresholds: z.record(z.string(), z.number()),
  texts: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
});
export const rules = () => ({ thresholds: { ...PROGRESS_THRESHOLDS }, texts: PROGRESS_RULES });

/** The plan (P-01…P-05) for signed-in users: targets and progress, indicators and figures, tasks, dashboard. */
export async function planRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const today = () => shanghaiDate(app.workflowEnv.clock.now());
  const ctx = planTaskContext();

  app.get(
    "/api/plan/plans",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "Plans loaded (Changsha 2023 first)",
        response: { 200: z.array(PlanSummarySchema) },
      },
    },
    async () => listPlans(app.db),
  );

  app.get(
    "/api/plan/targets",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "Every target with its progress, status, forecast and the sources of the values used",
        querystring: TargetsQuerySchema,
        response: { 200: z.object({ asOf: z.string(), items: z.array(TargetProgressSchema), rules: Rules }) },
      },
    },
    async (request) => {
      const q = request.query;
      const plan = await planByCode(app.db, q.plan);
      const asOf = q.asOf ?? today();
      const items = await evaluateTargets(app.db, plan, { asOf, as: q.as ?? "current" });
      return {
        asOf,
        items: q.section ? items.filter((t) => t.section === q.section) : items,
        rules: rules(),
      };
    },
  );

  app.get(
    "/api/plan/targets/:code",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "One target: progress as adjusted and as planned, every figure (all vintages), versions, rules",
        params: z.object({ code: z.string().max(100) }),
        querystring: PlanQuery.extend({ asOf: isoDateSchema.optional() }),
        response: {
          200: z.object({
            current: TargetProgressSchema,
            planned: TargetProgressSchema.nullable(),
            observations: z.array(ObservationSchema),
            versions: z.array(VersionSchema),
            rules: Rules,
          }),
        },
      },
    },
    async (request) => {
      const plan = await planByCode(app.db, request.query.plan);
      const detail = await targetDetail(app.db, plan, request.params.code, request.query.asOf ?? today());
      return { ...detail, rules: rules() };
    },
  );

  app.get(
    "/api/plan/indicators",
    {
      config: { permission: "plan.read" },
      schema: { tags, summary: "Indicator definitions", response: { 200: z.array(IndicatorSchema) } },
    },
    async () => (await listIndicators(app.db)).map(presentIndicator),
  );

  app.get(
    "/api/plan/indicators/:code/observations",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "Every figure of an indicator for an area (all vintages, newest vintage first within a period)",
        params: z.object({ code: z.string().max(100) }),
        querystring: z.object({ areaCode: z.string().max(6).optional() }).strict(),
        response: { 200: z.array(ObservationSchema) },
      },
    },
    async (request) => {
      if (!(await indicatorByCode(app.db, request.params.code))) throw new AppError("not_found");
      const rows = await observationsOf(app.db, [request.params.code], request.query.areaCode);
      return rows.map((r) =>
        presentObservation(
          r,
          rows.some((o) => o.revisesId === r.id),
        ),
      );
    },
  );

  app.post(
    "/api/plan/observations",
    {
      config: { permission: "plan.manage" },
      schema: {
        tags,
        summary:
          "Record a reported figure (a revision must say so, with its reason); statuses follow at once",
        body: ObservationInputSchema,
        response: { 201: ObservationSchema },
      },
    },
    async (request, reply) => {
      const row = await app.db.transaction((tx) =>
        recordObservation(tx, actorOf(request), request.body, app.workflowEnv.clock.now()),
      );
      reply.code(201);
      return presentObservation(row, false);
    },
  );

  app.post(
    "/api/plan/observations/:id/verify",
    {
      config: { permission: "plan.manage" },
      schema: {
        tags,
        summary: "Mark a figure as verified against its publication",
        params: z.object({ id: z.string().uuid() }),
        response: { 200: ObservationSchema },
      },
    },
    async (request) => {
      const row = await app.db.transaction((tx) =>
        verifyObservation(tx, actorOf(request), request.params.id),
      );
      return presentObservation(row, false);
    },
  );

  const TaskQuery = PlanQuery.extend({
    project: z.string().max(20).optional(),
    unit: z.string().uuid().optional(),
    overdue: z.enum(["true", "false"]).optional(),
    asOf: isoDateSchema.optional(),
  });

  app.get(
    "/api/plan/tasks",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "Tasks in the caller's scope (a unit: the tasks it leads or takes part in), with overdue reasons",
        querystring: TaskQuery,
        response: { 200: z.array(TaskSummarySchema) },
      },
    },
    async (request) => {
      const q = request.query;
      const plan = await planByCode(app.db, q.plan);
      return listTasks(
        app.db,
        actorOf(request),
        {
          planId: plan.id,
          projectCode: q.project,
          unitId: q.unit,
          overdueOnly: q.overdue === "true",
          asOf: q.asOf ?? today(),
        },
        ctx,
      );
    },
  );

  app.get(
    "/api/plan/tasks/:id",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "One task: its text, units, milestones, sub-targets, items and versions",
        params: z.object({ id: z.string().uuid() }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) => taskDetail(app.db, actorOf(request), request.params.id, today(), ctx),
  );

  app.post(
    "/api/plan/milestones/:id/done",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "Record the day a milestone was reached (null: not reached) — the task's lead unit or the city",
        params: z.object({ id: z.string().uuid() }),
        body: z
          .object({ doneOn: isoDateSchema.nullable(), expectedVersion: z.number().int().min(1) })
          .strict(),
        response: {
          200: z.object({ id: z.string(), doneOn: z.string().nullable(), version: z.number().int() }),
        },
      },
    },
    async (request) => {
      const row = await completeMilestone(app.db, actorOf(request), request.params.id, request.body, today());
      return { id: row.id, doneOn: row.doneOn, version: row.version };
    },
  );

  app.get(
    "/api/plan/projects",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "The plan's projects with the roll-up of their tasks' status",
        querystring: PlanQuery,
        response: { 200: z.array(ProjectRollupSchema) },
      },
    },
    async (request) => {
      const plan = await planByCode(app.db, request.query.plan);
      const tasks = await listTasks(app.db, actorOf(request), { planId: plan.id, asOf: today() }, ctx);
      return projectRollup(app.db, plan.id, tasks);
    },
  );

  app.get(
    "/api/plan/units",
    {
      config: { permission: "plan.read" },
      schema: { tags, summary: "Lead and partner units", response: { 200: z.array(UnitSchema) } },
    },
    async () => listUnits(app.db),
  );

  app.get(
    "/api/plan/dashboard",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "The leadership dashboard: targets, projects' roll-up, overdue tasks, districts",
        querystring: PlanQuery.extend({
          asOf: isoDateSchema.optional(),
          as: z.enum(["planned", "current"]).optional(),
        }),
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) => {
      const plan = await planByCode(app.db, request.query.plan);
      const asOf = request.query.asOf ?? today();
      const data = await dashboard(
        app.db,
        actorOf(request),
        plan,
        { asOf, as: request.query.as ?? "current" },
        ctx,
      );
      return { plan: (await listPlans(app.db)).find((p) => p.code === plan.code), ...data, rules: rules() };
    },
  );
}
