import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../db/client.js";
import { deliverOutbox, type MailTransport } from "./mail.js";
import { runReminders } from "./reminders.js";

export const REMINDER_INTERVAL_MS = 15 * 60_000;
export const DELIVERY_INTERVAL_MS = 5_000;

/**
 * The server's background work for notifications while it runs: reminders every 15 minutes (first one a minute
 * after start) and, with SMTP, the outbox every few seconds. A run never overlaps the previous one; stop() clears
 * the timers and closes the transport. Tests do not start these (they call runReminders and deliverOutbox).
 */
export function startNotifyJobs(
  db: Db,
  log: FastifyBaseLogger,
  transport: (MailTransport & { close?(): void }) | null,
): { stop(): void } {
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, firstAfterMs: number, job: () => Promise<void>) => {
    let running = false;
    const tick = () => {
      if (running) return;
      running = true;
      job()
        .catch((error: unknown) => log.error({ err: error }, "notification job failed"))
        .finally(() => {
          running = false;
        });
    };
    const first = setTimeout(tick, firstAfterMs);
    const repeat = setInterval(tick, ms);
    first.unref();
    repeat.unref();
    timers.push(first, repeat);
  };

  every(REMINDER_INTERVAL_MS, 60_000, async () => {
    const run = await runReminders(db);
    for (const s of run.sources.filter((x) => x.error))
      log.error({ source: s.name, error: s.error }, "reminder source failed");
    if (run.told) log.info({ told: run.told }, "reminders sent");
  });
  if (transport) {
    every(DELIVERY_INTERVAL_MS, DELIVERY_INTERVAL_MS, async () => {
      const run = await deliverOutbox(db, transport);
      if (run.failed) log.warn(run, "some notification e-mails could not be delivered");
    });
  }
  return {
    stop() {
      for (const t of timers) clearTimeout(t);
      transport?.close?.();
    },
  };
}
