import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const importJobs = pgTable("import_jobs", {
  id: uuid("id").primaryKey(),
  kind: text("kind").notNull(),
  fileName: text("file_name").notNull(),
  encoding: text("encoding"),
  dryRun: boolean("dry_run").notNull(),
  status: text("status").notNull(),
  totalRows: integer("total_rows").notNull().default(0),
  created: integer("created").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  unchanged: integer("unchanged").notNull().default(0),
  errors: jsonb("errors").notNull(),
  warnings: jsonb("warnings").notNull(),
  createdBy: text("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
