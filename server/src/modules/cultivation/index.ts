/**
 * The cultivation module's public face (C-01…C-03, 培育与支持): the national-level cultivation pool chosen by
 * stated criteria, support by R&D investment paid from the special fund, and the effectiveness evaluation of
 * platforms. Other modules and the composition root use only this file.
 */
import type { FastifyInstance } from "fastify";
import { effectivenessRoutes, registerEffectivenessProcesses } from "./effectiveness/face.js";
import { poolRoutes, registerPoolProcesses } from "./pool/face.js";
import { registerSupportProcesses, supportRoutes } from "./support/face.js";

export { platformEvaluations, seedDemoEffectiveness } from "./effectiveness/face.js";
export { countPool, poolPromotions, seedDemoPool } from "./pool/face.js";
export { fundBurnDown, listFunds, platformSupport, seedDemoSupport } from "./support/face.js";

export function registerCultivationProcesses(): void {
  registerPoolProcesses();
  registerSupportProcesses();
  registerEffectivenessProcesses();
}

export async function cultivationModule(app: FastifyInstance) {
  registerCultivationProcesses();
  await app.register(poolRoutes);
  await app.register(supportRoutes);
  await app.register(effectivenessRoutes);
}
