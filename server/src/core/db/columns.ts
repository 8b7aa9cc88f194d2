import { customType, integer, text, timestamp } from "drizzle-orm/pg-core";

/** Columns every row that people edit carries: optimistic version and who/when stamps. */
export const editableColumns = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: text("created_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text("updated_by"),
});

export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});
