import { type TargetProgress, TargetProgressSchema } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { shanghaiDate } from "../../core/calendar/index.js";
import { planByCode, presentPlan } from "./plans.js";
import { evaluateTargets } from "./progress.js";
import { rules } from "./routes.js";

const PUBLIC = { public: true, rateLimit: { max: 120, timeWindow: "1 minute" } } as const;

/** What citizens see of a target: no internal fields (observation ids, versions, task links, registry divergence). */
export const PublicTargetSchema = TargetProgressSchema.pick({
  code: true,
  section: true,
  text: true,
  indicatorName: true,
  unit: true,
  decimals: true,
  kind: true,
  direction: true,
  year: true,
  targetValue: true,
  targetValueMax: true,
  baselineYear: true,
  baselineValue: true,
  latestValue: true,
  latestPeriod: true,
  latestQualifier: true,
  status: true,
  ratio: true,
  cagr: true,
  achievedOn: true,
  rule: true,
  forecast: true,
  forecastUnavailable: true,
  series: true,
  requiredPath: true,
  yearlyGrowth: true,
  window: true,
  pathUnit: true,
}).extend({
  sources: z.array(
    z.object({
      kind: z.string(),
      title: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullable(),
      period: z.string().nullable(),
    }),
  ),
});

function presentPublicTarget(t: TargetProgress): z.infer<typeof PublicTargetSchema> {
  const {
    indicatorCode: _i,
    taskCode: _t,
    version: _v,
    adjusted: _a,
    divergence: _d,
    doubtful: _x,
    ...rest
  } = t;
  return {
    ...PublicTargetSchema.omit({ sources: true }).parse(rest),
    sources: t.sources.map((s) => ({
      kind: s.kind,
      title: s.title,
      date: s.date,
      url: s.url,
      period: s.period,
    })),
  };
}

/** The plan's progress for citizens (O-01), no sign-in. */
export async function publicPlanRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/public/plan/targets",
    {
      config: PUBLIC,
      schema: {
        tags: ["public"],
        summary: "The plan's targets and their progress, public fields only (no sign-in)",
        security: [],
        querystring: z.object({ plan: z.string().max(100).optional() }).strict(),
        response: {
          200: z.object({
            plan: z.object({
              code: z.string(),
              title: z.object({ zh: z.string(), en: z.string() }),
              issuedOn: z.string(),
            }),
            asOf: z.string(),
            items: z.array(PublicTargetSchema),
            rules: z.object({
              thresholds: z.record(z.string(), z.number()),
              texts: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
            }),
          }),
        },
      },
    },
    async (request) => {
      const plan = await planByCode(app.db, request.query.plan);
      const asOf = shanghaiDate(new Date());
      const items = await evaluateTargets(app.db, plan, { asOf, as: "current" });
      const summary = presentPlan(plan);
      return {
        plan: {
          code: summary.code,
          title: summary.title,
          issuedOn: summary.issuedOn,
          baseYear: summary.baseYear,
        },
        asOf,
        items: items.map(presentPublicTarget),
        rules: rules(),
      };
    },
  );
}
