import type { Lang } from "@rdcity/common";
import { and, count, desc, eq, isNull, lt, or, type SQL } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { notifications } from "./schema.js";

/**
 * A person's own notifications. Every query is filtered by the actor's user id: nobody reads, counts or marks
 * another person's notifications (someone else's id is a 404, as if it did not exist).
 */
type Row = typeof notifications.$inferSelect;

export function presentNotification(row: Row, lang: Lang) {
  const en = lang === "en-US";
  return {
    id: row.id,
    kind: row.kind,
    title: en ? row.titleEn : row.titleZh,
    body: en ? row.bodyEn : row.bodyZh,
    link: row.link,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The actor's own rows (an actor without a user, such as the system, has none). */
function own(actor: Actor): SQL {
  if (!actor.userId) throw new AppError("not_found");
  return eq(notifications.recipientId, actor.userId);
}

const unreadOf = async (ex: Executor, actor: Actor) => {
  const [row] = await ex
    .select({ n: count() })
    .from(notifications)
    .where(and(own(actor), isNull(notifications.readAt)));
  return row?.n ?? 0;
};

export const unreadCount = (ex: Executor, actor: Actor) => unreadOf(ex, actor);

const cursorOf = (row: Row) => `${row.createdAt.toISOString()}_${row.id}`;

/** Newest first, in pages (keyset on created_at and id); `unread` keeps the unread ones only. */
export async function listNotifications(
  ex: Executor,
  actor: Actor,
  q: { unread?: boolean; limit: number; cursor?: string },
  lang: Lang,
) {
  const filters: SQL[] = [own(actor)];
  if (q.unread) filters.push(isNull(notifications.readAt));
  const where = and(...filters);
  const page: SQL[] = [];
  if (q.cursor) {
    const at = q.cursor.indexOf("Z_");
    const createdAt = new Date(q.cursor.slice(0, at + 1));
    const id = q.cursor.slice(at + 2);
    if (Number.isNaN(createdAt.getTime())) throw new AppError("validation_failed", { detail: "cursor" });
    page.push(
      or(
        lt(notifications.createdAt, createdAt),
        and(eq(notifications.createdAt, createdAt), lt(notifications.id, id)),
      )!,
    );
  }
  const rows = await ex
    .select()
    .from(notifications)
    .where(and(where, ...page))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const [total] = await ex.select({ n: count() }).from(notifications).where(where);
  return {
    items: items.map((r) => presentNotification(r, lang)),
    nextCursor: rows.length > q.limit ? cursorOf(items.at(-1)!) : null,
    total: total?.n ?? 0,
    unread: await unreadOf(ex, actor),
  };
}

/** Marks one of the actor's notifications read (reading it again changes nothing); audited. */
export async function markRead(db: Db, actor: Actor, id: string, lang: Lang) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(own(actor), eq(notifications.id, id), isNull(notifications.readAt)))
      .returning();
    if (updated) {
      await recordAudit(tx, actor, {
        action: "notification.read",
        targetType: "notification",
        targetId: id,
      });
      return presentNotification(updated, lang);
    }
    const [existing] = await tx
      .select()
      .from(notifications)
      .where(and(own(actor), eq(notifications.id, id)));
    if (!existing) throw new AppError("not_found");
    return presentNotification(existing, lang);
  });
}

/** Marks all of the actor's unread notifications read; returns how many changed; audited when any did. */
export async function markAllRead(db: Db, actor: Actor): Promise<number> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(own(actor), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (updated.length) {
      await recordAudit(tx, actor, {
        action: "notification.read_all",
        targetType: "user",
        targetId: actor.userId,
        after: { count: updated.length },
      });
    }
    return updated.length;
  });
}
