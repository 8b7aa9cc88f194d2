/**
 * The support part's face (C-02, 按研发投入情况予以支持): the Fastify plugin, the approval process, the demo, and
 * what other parts may read (a fund year's figures, a platform's support history).
 */
export { seedDemoSupport } from "./demo.js";
export { fundBurnDown, listFunds } from "./funds.js";
export { registerSupportProcesses } from "./process.js";
export { platformSupport } from "./queries.js";
export { supportRoutes } from "./routes.js";
