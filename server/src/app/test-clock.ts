import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../core/audit/index.js";
import type { OffsetClock } from "../core/calendar/index.js";
import { actorOf } from "../core/http/auth-hooks.js";

const ClockSchema = z.object({ now: z.string() });

/**
 * Only when RDCITY_TEST_CLOCK is set (browser tests): the system administrator moves the workflow's clock,
 * e.g. past the last working day of a public notice. Every move is audited.
 */
export async function testClockRoutes(fastify: FastifyInstance, opts: { clock: OffsetClock }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ["test"];
  app.get(
    "/api/test/clock",
    {
      config: { permission: "user.manage" },
      schema: { tags, summary: "The workflow clock (tests only)", response: { 200: ClockSchema } },
    },
    async () => ({ now: opts.clock.now().toISOString() }),
  );
  app.post(
    "/api/test/clock",
    {
      config: { permission: "user.manage" },
      schema: {
        tags,
        summary: "Move the workflow clock (tests only; RDCITY_TEST_CLOCK)",
        body: z.object({ now: z.iso.datetime({ offset: true }) }).strict(),
        response: { 200: ClockSchema },
      },
    },
    async (request) => {
      const before = opts.clock.now().toISOString();
      opts.clock.set(request.body.now);
      await recordAudit(app.db, actorOf(request), {
        action: "test.clock",
        targetType: "clock",
        targetId: "workflow",
        before: { now: before },
        after: { now: request.body.now },
      });
      return { now: opts.clock.now().toISOString() };
    },
  );
}
