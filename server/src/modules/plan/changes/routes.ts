import { ChangeRequestInputSchema, VersionSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { requestChange } from "./commands/request-change.js";
import { listChanges, presentChanges } from "./list.js";
import { registerChangeProcess } from "./process.js";
import { ChangeListQuerySchema, ChangeRequestSchema } from "./schemas.js";
import { recordVersions } from "./versions.js";

const tags = ["plan"];

/**
 * Change requests to targets and tasks (P-05) and the versions they leave; approval, rejection and withdrawal go
 * through the workflow routes (/api/workflow/instances/:instanceId/transitions).
 */
export async function planChangeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  registerChangeProcess();

  app.post(
    "/api/plan/changes",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary:
          "Request a change to a target or task with its reason (the city; a unit for the tasks it leads)",
        body: ChangeRequestInputSchema,
        response: { 201: ChangeRequestSchema },
      },
    },
    async (request, reply) => {
      const row = await requestChange(app.db, actorOf(request), request.body, app.workflowEnv);
      const [change] = await presentChanges(app.db, [row]);
      return reply.status(201).send(change!);
    },
  );

  app.get(
    "/api/plan/changes",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "Change requests the caller may read, newest first (a unit those to the tasks it leads)",
        querystring: ChangeListQuerySchema,
        response: { 200: z.array(ChangeRequestSchema) },
      },
    },
    async (request) => listChanges(app.db, actorOf(request), request.query),
  );

  app.get(
    "/api/plan/versions/:recordType/:id",
    {
      config: { permission: "plan.read" },
      schema: {
        tags,
        summary: "Every version of a target or task, oldest first (version 1 is as planned)",
        params: z.object({ recordType: z.enum(["target", "task"]), id: z.string().uuid() }),
        response: { 200: z.array(VersionSchema) },
      },
    },
    async (request) => recordVersions(app.db, actorOf(request), request.params.recordType, request.params.id),
  );
}
