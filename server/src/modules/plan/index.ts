/**
 * The plan module's public face (P-01…P-05): plans loaded from packs, targets and their progress, tasks with
 * progress reports and supervision notices, change requests, the leadership dashboard and its public version.
 */
import type { FastifyInstance } from "fastify";
import { briefingRoutes } from "./briefing/routes.js";
import { publicPlanRoutes } from "./public-routes.js";
import { planRoutes } from "./routes.js";
import { installPlanReminders, planSupervisionRoutes, registerPlanProcesses } from "./supervision-face.js";

export { DEMO_PLAN_ACCOUNTS, seedDemoPlan } from "./demo.js";
export { type LoadResult, loadPlan } from "./load-plan.js";
export { type ObservationImportOp, planObservationImportKind } from "./observation-import.js";
export { validatePlanPack } from "./pack/validate-pack.js";
export { planByCode } from "./plans.js";
export { evaluateTargets } from "./progress.js";
export { type FiguresReport, loadPublishedFigures } from "./published-figures.js";
export { registerPlanProcesses } from "./supervision-face.js";

export async function planModule(app: FastifyInstance) {
  registerPlanProcesses();
  installPlanReminders();
  await app.register(planRoutes);
  await app.register(publicPlanRoutes);
  await app.register(planSupervisionRoutes);
  await app.register(briefingRoutes);
}
