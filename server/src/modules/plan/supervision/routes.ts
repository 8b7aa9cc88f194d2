import { SupervisionInputSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { shanghaiDate } from "../../../core/calendar/index.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { issueSupervisionNotice } from "./commands/issue-notice.js";
import { listNotices, noticeById, taskNotices } from "./list.js";
import { registerSupervisionProcess } from "./process.js";
import { SupervisionListSchema, SupervisionNoticeSchema, SupervisionQuerySchema } from "./schemas.js";

const TaskParams = z.object({ taskId: z.string().uuid() });
const tags = ["plan"];

/**
 * Supervision notices (督办, P-04): the city issues them on a task; the unit's reply and the city's closing or
 * return go through the workflow routes (/api/workflow/instances/:instanceId/transitions).
 */
export async function planSupervisionNoticeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerSupervisionProcess();
  const today = () => shanghaiDate(app.workflowEnv.clock.now());

  app.post(
    "/api/plan/tasks/:taskId/supervision",
    {
      config: { permission: "plan.manage" },
      schema: {
        tags,
        summary: "Issue a supervision notice (督办) on a task to its lead unit or another of its units",
        params: TaskParams,
        body: SupervisionInputSchema,
        response: { 201: SupervisionNoticeSchema },
      },
    },
    async (request, reply) => {
      const row = await issueSupervisionNotice(
        app.db,
        actorOf(request),
        request.params.taskId,
        request.body,
        app.workflowEnv,
      );
      return reply.status(201).send(await noticeById(app.db, row.id, today()));
    },
  );

  app.get(
    "/api/plan/supervision",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "Supervision notices the caller may read (a unit those addressed to it; the city all)",
        querystring: SupervisionQuerySchema,
        response: { 200: SupervisionListSchema },
      },
    },
    async (request) => listNotices(app.db, actorOf(request), request.query, today()),
  );

  app.get(
    "/api/plan/tasks/:taskId/supervision",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "A task's supervision notices the caller may read",
        params: TaskParams,
        response: { 200: SupervisionListSchema },
      },
    },
    async (request) => taskNotices(app.db, actorOf(request), request.params.taskId, today()),
  );
}
