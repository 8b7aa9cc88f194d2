/**
 * The effectiveness part of the cultivation module (效能评估, C-03): what the module's face passes on. The lead
 * wires `effectivenessRoutes` into the app (it registers the processes itself) and `seedDemoEffectiveness` into
 * the demo after the platforms' demo (the platform_revocation process must be registered too: escalation starts it).
 */
import type { FastifyInstance } from "fastify";
import { registerEffectivenessProcesses } from "./processes/register.js";
import { effectivenessRoutes as routes } from "./routes.js";

export { seedDemoEffectiveness } from "./demo.js";
export { registerEffectivenessProcesses } from "./processes/register.js";
export { platformEvaluations } from "./queries/platform-trend.js";
export { rectificationReminders } from "./reminders.js";

/** The routes of the evaluations (registers the processes first). */
export async function effectivenessRoutes(app: FastifyInstance) {
  registerEffectivenessProcesses();
  await app.register(routes);
}
