import { ProgressReportInputSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { unitsOfActor } from "../units.js";
import { createProgressReport } from "./commands/create-progress-report.js";
import { listTaskReports, progressReportById } from "./list.js";
import { registerProgressReportProcess } from "./process.js";
import { ProgressReportListSchema, ProgressReportSchema } from "./schemas.js";
import { taskOr404 } from "./task-access.js";

const TaskParams = z.object({ taskId: z.string().uuid() });
const tags = ["plan"];

/**
 * Quarterly progress reports (P-04): a unit files a draft on a task; evidence, submission and the city's review
 * go through the workflow routes (/api/workflow/instances/:instanceId/…).
 */
export async function planReportRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerProgressReportProcess();

  app.post(
    "/api/plan/tasks/:taskId/reports",
    {
      config: { permission: "plan.report" },
      schema: {
        tags,
        summary:
          "File a quarterly progress report on a task (a unit of the task); returns the draft and its instance",
        params: TaskParams,
        body: ProgressReportInputSchema,
        response: { 201: ProgressReportSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createProgressReport(
        app.db,
        actor,
        request.params.taskId,
        request.body,
        app.workflowEnv,
      );
      const { task } = await taskOr404(app.db, row.taskId);
      const units = await unitsOfActor(app.db, actor);
      const report = await progressReportById(
        app.db,
        actor,
        task,
        units.map((u) => u.id),
        row.id,
      );
      return reply.status(201).send(report);
    },
  );

  app.get(
    "/api/plan/tasks/:taskId/reports",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "A task's progress reports the caller may read (a unit its own; the city and leadership all)",
        params: TaskParams,
        response: { 200: ProgressReportListSchema },
      },
    },
    async (request) => listTaskReports(app.db, actorOf(request), request.params.taskId),
  );
}
