import { AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { searchAudit, verifyAuditChain } from "./index.js";

/** Read-only: there is no route that changes or deletes audit records. */
export async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/audit",
    {
      config: { permission: "audit.read" },
      schema: {
        tags: ["audit"],
        summary: "Search the audit log",
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => searchAudit(app.db, request.query),
  );
  app.get(
    "/api/audit/verify",
    {
      config: { permission: "audit.read" },
      schema: { tags: ["audit"], summary: "Recompute the hash chain", response: { 200: AuditVerifySchema } },
    },
    async () => verifyAuditChain(app.db),
  );
}
