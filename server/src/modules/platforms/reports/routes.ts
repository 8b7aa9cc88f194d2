import {
  MissingReportPageSchema,
  PlatformReportsSchema,
  ReportAcceptSchema,
  ReportCommentSchema,
  ReportCreateSchema,
  ReportDetailSchema,
  ReportFilterQuerySchema,
  ReportListQuerySchema,
  ReportMissingQuerySchema,
  ReportPageSchema,
  ReportPatchSchema,
  ReportReturnSchema,
  ReportSubmitSchema,
} from "@rdcity/common";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../../../core/actor.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import { AppError } from "../../../core/errors.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { registerReminderSource } from "../../../core/notify/index.js";
import { addComment } from "../../../core/workflow/index.js";
import { etagOf, versionFromIfMatch } from "../presenters.js";
import { getPlatformOr404, viewerOf } from "../repo.js";
import { actOnReport, type ReportAction } from "./commands/act-on-report.js";
import { createReport } from "./commands/create-report.js";
import { updateReport } from "./commands/update-report.js";
import { reportDetail } from "./detail.js";
import { exportReports } from "./export.js";
import { listMissing, listReports } from "./list.js";
import { platformReports } from "./platform-reports.js";
import { annualReportReminders } from "./reminders.js";
import { getReportOr404 } from "./repo.js";

const IdParams = z.object({ id: z.string().uuid() });
const IfMatch = z.object({ "if-match": z.string().optional() }).passthrough();
const tags = ["annual reports"];

function requireIfMatch(request: FastifyRequest): number {
  const version = versionFromIfMatch(request.headers["if-match"] as string | undefined);
  if (version === null) throw new AppError("precondition_required");
  return version;
}

/** Annual reports: the review list, one report with its history, filing, and the review's actions. */
export async function reportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerReminderSource("platforms.annual_report", annualReportReminders);
  const env = () => app.workflowEnv;
  const today = () => shanghaiDate(env().clock.now());

  async function detail(reply: FastifyReply, actor: Actor, id: string) {
    const found = await getReportOr404(app.db, actor, id);
    reply.header("ETag", etagOf(found.report));
    return reportDetail(app.db, actor, found, today(), env());
  }

  app.get(
    "/api/platform-reports",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "Annual reports in the caller's scope, filtered and paged, with counts for the filter bar",
        querystring: ReportListQuerySchema,
        response: { 200: ReportPageSchema },
      },
    },
    async (request) => listReports(app.db, actorOf(request), request.query, today()),
  );

  app.get(
    "/api/platform-reports/missing",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "Platforms that owe a report for the year and have not started one",
        querystring: ReportMissingQuerySchema,
        response: { 200: MissingReportPageSchema },
      },
    },
    async (request) => listMissing(app.db, actorOf(request), request.query, today()),
  );

  app.get(
    "/api/platform-reports/export",
    {
      config: { permission: "export.run" },
      schema: {
        tags,
        summary: "Export the filtered reports as CSV or XLSX",
        querystring: ReportFilterQuerySchema.extend({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.permissions.has("report.read")) throw new AppError("forbidden");
      return exportReports(app.db, actor, reply, request.lang, request.query, today());
    },
  );

  app.post(
    "/api/platform-reports",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "File a draft report (the platform's host organisation)",
        body: ReportCreateSchema,
        response: { 201: ReportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createReport(app.db, actor, request.body, env());
      return reply.status(201).send(await detail(reply, actor, row.id));
    },
  );

  app.get(
    "/api/platform-reports/:id",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary:
          "One report with the previous year, changes, flags, history, comments and the caller's actions",
        params: IdParams,
        response: { 200: ReportDetailSchema },
      },
    },
    async (request, reply) => detail(reply, actorOf(request), request.params.id),
  );

  app.patch(
    "/api/platform-reports/:id",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "Change a draft or returned report (If-Match with the ETag is required)",
        params: IdParams,
        headers: IfMatch,
        body: ReportPatchSchema,
        response: { 200: ReportDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await updateReport(app.db, actor, request.params.id, requireIfMatch(request), request.body, env());
      return detail(reply, actor, request.params.id);
    },
  );

  const actions: { action: ReportAction; summary: string; body: z.ZodType }[] = [
    { action: "submit", summary: "Submit the report for review", body: ReportSubmitSchema.optional() },
    {
      action: "return",
      summary: "Return the report with a comment (district or city)",
      body: ReportReturnSchema,
    },
    {
      action: "accept",
      summary: "Accept the report; a flagged report needs acknowledgeFlags (district or city)",
      body: ReportAcceptSchema.optional(),
    },
  ];
  for (const { action, summary, body } of actions) {
    app.post(
      `/api/platform-reports/:id/${action}`,
      {
        config: { permission: "report.read" },
        schema: {
          tags,
          summary,
          params: IdParams,
          headers: IfMatch,
          body,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const input = (request.body ?? {}) as { comment?: string; acknowledgeFlags?: boolean };
        await actOnReport(app.db, actor, request.params.id, requireIfMatch(request), action, input, env());
        return detail(reply, actor, request.params.id);
      },
    );
  }

  app.post(
    "/api/platform-reports/:id/comments",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "Comment on a report (its host organisation and its reviewers)",
        params: IdParams,
        body: ReportCommentSchema,
        response: {
          201: z.object({
            id: z.string().uuid(),
            at: z.string(),
            authorName: z.string(),
            authorRole: z.string(),
            body: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { report } = await getReportOr404(app.db, actor, request.params.id);
      if (!report.instanceId) throw new AppError("forbidden");
      const c = await addComment(app.db, actor, report.instanceId, { body: request.body.body }, env());
      return reply.status(201).send({
        id: c.id,
        at: c.at,
        authorName: c.authorName,
        authorRole: c.authorRole,
        body: c.body,
      });
    },
  );

  app.get(
    "/api/platforms/:id/reports",
    {
      config: { permission: "report.read" },
      schema: {
        tags,
        summary: "A platform's annual reports by year, and the years its host may file",
        params: IdParams,
        response: { 200: PlatformReportsSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const platform = await getPlatformOr404(app.db, viewerOf(actor), request.params.id);
      return platformReports(app.db, actor, platform, today());
    },
  );
}
