/**
 * The composition root's view of the whole schema, for drizzle's typed client and for drizzle-kit.
 * Each file is owned by its core mechanism or module; the core itself imports no module.
 */
export * from "./core/audit/schema.js";
export * from "./core/auth/schema.js";
export * from "./core/indicators/schema.js";
export * from "./core/io/schema.js";
export * from "./core/notify/schema.js";
export * from "./core/workflow/schema.js";
export * from "./modules/cultivation/schema.js";
export * from "./modules/plan/schema.js";
export * from "./modules/platforms/schema.js";
export * from "./modules/registry/schema.js";
