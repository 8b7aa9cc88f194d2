/**
 * The cultivation pool's face (C-01, 培育对象遴选与培育库): the plugin, the process registration, and what the
 * plan's indicators and the other cultivation parts read. Nothing else of this folder is imported from outside.
 */
export { dropFromPool } from "./commands/drop-from-pool.js";
export { recordPromotions } from "./commands/record-promotions.js";
export { DEMO_CRITERIA_2026, DEMO_CRITERIA_2027, type PoolDemoPeople, seedDemoPool } from "./demo.js";
export {
  countPool,
  type PoolCountQuery,
  type PoolPromotionQuery,
  poolMembers,
  poolPromotions,
} from "./pool-queries.js";
export { ROUND_PROCESS, registerPoolProcesses } from "./process.js";
export { PROMOTION_SOURCE, promotionReminders } from "./reminders.js";
export { poolRoutes } from "./routes.js";
