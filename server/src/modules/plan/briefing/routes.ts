import { isoDateSchema, LANGS } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../../../core/audit/index.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import { actorOf } from "../../../core/http/auth-hooks.js";
import { planByCode } from "../plans.js";
import { planTaskContext } from "../queries.js";
import { briefingData } from "./data.js";
import { renderBriefingPdf } from "./render.js";

const BriefingQuery = z
  .object({
    plan: z.string().max(100).optional(),
    /** Default: today in Asia/Shanghai. */
    asOf: isoDateSchema.optional(),
    /** Default: the caller's language. */
    lang: z.enum(LANGS).optional(),
    /** planned: the targets as first planned; current (default): as adjusted. */
    as: z.enum(["planned", "current"]).optional(),
  })
  .strict();

/** `规划简报-changsha-2023-2025-06-30.pdf` for RFC 5987 clients, an ASCII name for the others. */
function contentDisposition(plan: string, asOf: string, lang: string): string {
  const ascii = `briefing-${plan}-${asOf}.pdf`.replace(/[^A-Za-z0-9._-]+/g, "_");
  const name = lang === "en-US" ? ascii : `规划简报-${plan}-${asOf}.pdf`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The plan's briefing (P-05): the whole plan's status as of a date as an A4 PDF, rendered on request from the
 * same figures as the dashboard (nothing stored). Every download is audited.
 */
export async function briefingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = planTaskContext();

  app.get(
    "/api/plan/briefing.pdf",
    {
      config: { permission: "plan.read" },
      schema: {
        tags: ["plan"],
        summary:
          "The plan's briefing as a PDF (A4): targets, sub-targets, projects, overdue tasks, rules, sources",
        description:
          "asOf defaults to today (Asia/Shanghai), lang to the caller's language. The same data, date and " +
          "language give the same document apart from the generation time in its footer. Audited.",
        querystring: BriefingQuery,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = app.workflowEnv.clock.now();
      const asOf = request.query.asOf ?? shanghaiDate(now);
      const lang = request.query.lang ?? request.lang;
      const plan = await planByCode(app.db, request.query.plan);
      const as = request.query.as ?? "current";
      const data = await briefingData(app.db, actor, plan, asOf, ctx, as);
      const pdf = await renderBriefingPdf(data, { lang, generatedAt: now });
      await app.db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: "plan.briefing",
          targetType: "plan",
          targetId: plan.id,
          after: { plan: plan.code, asOf, lang, as },
        }),
      );
      return reply
        .header("Content-Type", "application/pdf")
        .header("Content-Disposition", contentDisposition(plan.code, asOf, lang))
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .send(pdf);
    },
  );
}
