/**
 * The effectiveness part of the cultivation module (效能评估, C-03): what the module's face passes on. The lead
 * wires `effectivenessRoutes` into the app (it registers the processes itself) and `seedDemoEffectiveness` into
 * the demo after the platforms' demo.
 */
import type { FastifyInstance } from "fastify";
import { registerRectificationProcess } from "./processes/rectification-process.js";
import { registerReviewProcess } from "./processes/review-process.js";
import { effectivenessRoutes as routes } from "./routes.js";

export { seedDemoEffectiveness } from "./demo.js";
export { platformEvaluations } from "./queries/platform-trend.js";

/** Registers platform_effectiveness_review and platform_rectification (idempotent). */
export function registerEffectivenessProcesses(): void {
  registerReviewProcess();
  registerRectificationProcess();
}

/** The routes of the evaluations (registers the processes first). */
export async function effectivenessRoutes(app: FastifyInstance) {
  registerEffectivenessProcesses();
  await app.register(routes);
}
