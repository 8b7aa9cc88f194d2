import {
  type Clock,
  createWorkingCalendar,
  systemClock,
  type WorkingCalendar,
  workingCalendar,
} from "../calendar/index.js";
import { AppError } from "../errors.js";

/** What the engine needs from outside: the time and the working-day calendar. Tests pass their own. */
export interface WorkflowEnv {
  clock: Clock;
  /** Enforces deadlines and measures public notices: a year without an official arrangement is an error. */
  calendar: WorkingCalendar;
  /**
   * Only for reminder dates (`due_at`) that fall in a year whose official arrangement is not yet known: an
   * estimate from the statutory holidays, so that entering a state in November is not refused because of next
   * year's holidays. Deadlines themselves are always checked with `calendar` when someone acts.
   */
  advisoryCalendar: WorkingCalendar;
}

export const defaultEnv: WorkflowEnv = {
  clock: systemClock,
  calendar: workingCalendar,
  advisoryCalendar: createWorkingCalendar({ acceptStatutoryOnly: true }),
};

export const envOf = (env: Partial<WorkflowEnv> = {}): WorkflowEnv => ({ ...defaultEnv, ...env });

/** Runs a date computation with the official calendar, falling back to the estimate, then to null. */
export function advisoryDate(env: WorkflowEnv, compute: (calendar: WorkingCalendar) => Date): Date | null {
  for (const calendar of [env.calendar, env.advisoryCalendar]) {
    try {
      return compute(calendar);
    } catch (e) {
      if (!(e instanceof AppError && e.code === "calendar_year_missing")) throw e;
    }
  }
  return null;
}
