import type { PlatformLevel, PlatformStatus } from "@rdcity/common";
import { yearRange } from "./quotas.js";
import { addDays, dayBetween, type Random } from "./random.js";

export interface Lifecycle {
  recognisedOn: string | null;
  entries: { status: PlatformStatus; effectiveOn: string }[];
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * A plausible dated lifecycle up to the reference day: about 6 % still cultivating; the rest recognised (recent
 * years weigh more), operating a few months later, evaluated every few years for some, and a few revoked or
 * merged. R&D centres of the five kinds are recognised after the plan (from September 2023).
 */
export function drawLifecycle(
  random: Random,
  typeCode: string,
  level: PlatformLevel,
  ref: string,
): Lifecycle {
  if (random.chance(0.06))
    return {
      recognisedOn: null,
      entries: [{ status: "cultivating", effectiveOn: dayBetween(random, "2023-08-01", ref) }],
    };
  const [from, to] = yearRange(typeCode, level);
  const lastYear = Math.min(to, Number(ref.slice(0, 4)));
  const year = from + Math.floor((lastYear - from + 1) * Math.sqrt(random.next()));
  const earliest = typeCode.endsWith("_rd_center") ? "2023-09-01" : `${year}-01-01`;
  const recognisedOn = dayBetween(
    random,
    later(`${year}-01-01`, earliest),
    later(earliest, minDay(`${year}-12-31`, ref)),
  );
  return { recognisedOn, entries: afterRecognition(random, recognisedOn, ref) };
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const DAY = 86_400_000;
const ageInDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

/** Recognised on a day, then operating, evaluated, revoked or merged as time allows. */
export function afterRecognition(random: Random, recognisedOn: string, ref: string): Lifecycle["entries"] {
  const entries: Lifecycle["entries"] = [{ status: "recognised", effectiveOn: recognisedOn }];
  const age = ageInDays(recognisedOn, ref);
  if (age < 365 && random.chance(0.7)) return entries;
  const operating = addDays(recognisedOn, random.int(30, 180));
  if (operating > ref) return entries;
  entries.push({ status: "operating", effectiveOn: operating });
  if (age > 3 * 365 && random.chance(0.45))
    entries.push({
      status: "evaluated",
      effectiveOn: dayBetween(random, later(operating, addDays(recognisedOn, 3 * 365)), ref),
    });
  if (age > 365) {
    const last = entries.at(-1)!.effectiveOn;
    const roll = random.next();
    if (roll < 0.03)
      entries.push({
        status: "revoked",
        effectiveOn: dayBetween(random, later(last, addDays(recognisedOn, 365)), ref),
      });
    else if (roll < 0.036)
      entries.push({
        status: "merged",
        effectiveOn: dayBetween(random, later(last, addDays(recognisedOn, 365)), ref),
      });
  }
  return entries;
}
