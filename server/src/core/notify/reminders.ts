import { formatDate } from "@rdcity/common";
import { systemActor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { dueInstances, getProcess, stateLabel } from "../workflow/index.js";
import { type Notification, notify } from "./notify.js";
import { groupByActions, instanceLink, whoMayAct } from "./workflow-audience.js";
import { dueReminder } from "./workflow-texts.js";

/** A reminder is a notification that must carry a dedupe key: running the reminders twice tells nobody twice. */
export type ReminderItem = Notification & { dedupeKey: string };
export type ReminderSource = (ex: Executor, now: Date) => Promise<ReminderItem[]>;

const sources = new Map<string, ReminderSource>();

/**
 * Registers something that has reminders to give (annual reports due, supervision tasks overdue …). A module
 * calls it once at start; registering a name again replaces its source.
 */
export function registerReminderSource(name: string, source: ReminderSource): void {
  sources.set(name, source);
}

/** Workflow instances due within this horizon are reminded of (besides the overdue ones). */
export const DUE_HORIZON_MS = 2 * 24 * 3600_000;

/**
 * Reminders for open workflow instances whose time limit is within two days or past: to whoever may act in the
 * current state, once per instance, state and day (Beijing date).
 */
export async function workflowDueReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const items: ReminderItem[] = [];
  for (const due of await dueInstances(ex, now, { horizonMs: DUE_HORIZON_MS })) {
    const { instance } = due;
    const def = getProcess(instance.process.key, instance.process.version).def;
    const people = await whoMayAct(ex, def, instance, instance.state);
    const day = formatDate(now);
    for (const group of groupByActions(people.values())) {
      items.push({
        audience: { userIds: group.userIds },
        kind: "workflow.due",
        ...dueReminder(
          def,
          stateLabel(def, instance.state),
          instance.ownerName,
          due.dueAt,
          due.overdue,
          group.actions,
        ),
        link: instanceLink(instance.id),
        subjectType: "workflow_instance",
        subjectId: instance.id,
        dedupeKey: `workflow.due:${instance.id}:${instance.state}:${day}`,
      });
    }
  }
  return items;
}

export interface ReminderRun {
  /** Per source: reminder items produced and people told (0 told on a re-run: all deduplicated). */
  sources: { name: string; items: number; told: number; error?: string }[];
  told: number;
}

/**
 * Asks every registered source and the workflow's due instances for reminders and notifies; each reminder is
 * written in its own transaction, so one failing source or item does not hold back the others. Dedupe keys make
 * a re-run harmless. The run is audited when it told anyone.
 */
export async function runReminders(db: Db, now: Date = new Date()): Promise<ReminderRun> {
  const all: [string, ReminderSource][] = [["workflow.due", workflowDueReminders], ...sources];
  const run: ReminderRun = { sources: [], told: 0 };
  for (const [name, source] of all) {
    const entry: ReminderRun["sources"][number] = { name, items: 0, told: 0 };
    run.sources.push(entry);
    try {
      const items = await source(db, now);
      entry.items = items.length;
      for (const item of items) {
        if (!item.dedupeKey) throw new Error(`reminder source ${name}: an item has no dedupeKey`);
        entry.told += await db.transaction((tx) => notify(tx, item));
      }
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
    }
    run.told += entry.told;
  }
  if (run.told > 0) {
    await db.transaction((tx) =>
      recordAudit(tx, systemActor("reminders"), {
        action: "notify.reminders",
        after: { at: now.toISOString(), told: run.told, sources: run.sources },
      }),
    );
  }
  return run;
}
