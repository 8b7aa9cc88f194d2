/**
 * The platforms module's public face (创新平台数据库, R-02/R-06): other modules use these functions, never its
 * tables. The recognition workflow changes a platform's status through `changePlatformStatus`; the plan module
 * counts platforms for indicators through `countPlatforms` (`countPlatformsAt` for several dates at once,
 * `countPlatformsByDistrict` for the dashboard's map).
 */
import type { FastifyInstance } from "fastify";
import { publicPlatformRoutes } from "./public-routes.js";
import { registerRecognitionProcesses } from "./recognition/recognition.js";
import { recognitionRoutes } from "./recognition/routes.js";
import { reportRoutes } from "./reports/routes.js";
import { platformRoutes } from "./routes.js";

export { changePlatformStatus } from "./commands/change-platform-status.js";
export { createPlatform } from "./commands/create-platform.js";
export { updatePlatform } from "./commands/update-platform.js";
export { countPlatforms, type PlatformCountQuery } from "./counting.js";
export { countPlatformsAt, countPlatformsByDistrict } from "./counting-at.js";
export { seedDemoPlatforms } from "./demo/seed.js";
export { platformImportKind } from "./import-kind.js";
export { platformSummaries } from "./queries.js";
export { type DemoPeople, seedDemoRecognitions } from "./recognition/demo.js";
export {
  registerRecognitionProcesses,
  startRecognition,
  startRevocation,
} from "./recognition/recognition.js";
export {
  type Figures,
  type PlatformFigures,
  type PlatformFiguresQuery,
  platformFigures,
} from "./reports/platform-figures.js";
export { type ReportTotals, type ReportTotalsQuery, reportTotals } from "./reports/totals.js";

/** The module's Fastify plugin: internal routes (signed in, scoped) and the public directory. */
export async function platformsModule(app: FastifyInstance) {
  registerRecognitionProcesses();
  await app.register(platformRoutes);
  await app.register(publicPlatformRoutes);
  await app.register(reportRoutes);
  await app.register(recognitionRoutes);
}
