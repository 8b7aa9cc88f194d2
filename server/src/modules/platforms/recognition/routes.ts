import { WorkflowInstanceSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { RECOGNISABLE_TYPES, recognitionProcess, revocationProcess } from "./definitions.js";
import { startRecognition, startRevocation } from "./recognition.js";

const tags = ["recognition"];

const StartBody = z
  .object({
    typeCode: z.enum(RECOGNISABLE_TYPES as [string, ...string[]]),
    centreName: z.string().trim().min(1).max(100).optional(),
    platformId: z.uuid().optional(),
  })
  .strict();

/**
 * Starting the recognition and revocation processes. Everything after the start — forms, steps, review,
 * notice, decision, certificate — goes through the workflow routes (/api/workflow/...).
 */
export async function recognitionRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    "/api/recognitions",
    {
      schema: {
        tags,
        summary: `Start an application: ${recognitionProcess.label.en} (an enterprise, for its own organisation)`,
        body: StartBody,
        response: { 201: WorkflowInstanceSchema },
      },
    },
    async (request, reply) => {
      const instance = await startRecognition(app.db, actorOf(request), request.body, app.workflowEnv);
      return reply.code(201).send(instance);
    },
  );

  app.post(
    "/api/platforms/:id/revocations",
    {
      config: { permission: "platform.write" },
      schema: {
        tags,
        summary: `Propose: ${revocationProcess.label.en} (a district in its area, or the city)`,
        params: z.object({ id: z.uuid() }),
        body: z.object({ reason: z.string().trim().min(4).max(2000) }).strict(),
        response: { 201: WorkflowInstanceSchema },
      },
    },
    async (request, reply) => {
      const instance = await startRevocation(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        app.workflowEnv,
      );
      return reply.code(201).send(instance);
    },
  );
}
