import {
  isFinalPlatformStatus,
  PLATFORM_COUNTED_STATUSES,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  PLATFORM_TRANSITIONS,
  type PlatformLevel,
  type PlatformStatus,
  platformTypeByCode,
} from "@rdcity/common";
import { AppError } from "../../core/errors.js";

/**
 * The platform's own rules, as pure checks that throw coded errors (localised once by the error handler).
 * Commands and the import call the same checks.
 */
export function checkLevelAllowed(typeCode: string, level: string): void {
  const type = platformTypeByCode(typeCode);
  if (!type) return; // the schema refuses unknown types
  if (type.levels.includes(level as PlatformLevel)) return;
  const names = type.levels.map((l) => PLATFORM_LEVEL_NAMES[l]);
  throw new AppError("platform_level_not_allowed", {
    typeZh: type.name,
    typeEn: type.nameEn,
    levelsZh: names.map((n) => n.zh).join("、"),
    levelsEn: names.map((n) => n.en.toLowerCase()).join(" or "),
  });
}

const statusNames = (status: PlatformStatus) => PLATFORM_STATUS_NAMES[status];

/** Recognised, operating and evaluated platforms carry the day they were recognised. */
export function checkRecognition(status: PlatformStatus, recognisedOn: string | null | undefined): void {
  if (recognisedOn || !PLATFORM_COUNTED_STATUSES.includes(status)) return;
  throw new AppError("platform_recognition_required", {
    statusZh: statusNames(status).zh,
    statusEn: statusNames(status).en,
  });
}

/** Whether `to` may follow `from`: revoked and merged are final; evaluated may be evaluated again. */
export function checkTransition(from: PlatformStatus, to: PlatformStatus): void {
  if (PLATFORM_TRANSITIONS[from].includes(to)) return;
  const final = isFinalPlatformStatus(from);
  const allowed = PLATFORM_TRANSITIONS[from].map(statusNames);
  throw new AppError("platform_transition_invalid", {
    fromZh: statusNames(from).zh,
    fromEn: statusNames(from).en,
    toZh: statusNames(to).zh,
    toEn: statusNames(to).en,
    hintZh: final ? "（该状态为终态）" : `（可变为：${allowed.map((n) => n.zh).join("、")}）`,
    hintEn: final ? " (that status is final)" : ` (possible: ${allowed.map((n) => n.en).join(", ")})`,
  });
}

/** A status date lies between the previous status date (or the recognition) and today. */
export function checkStatusDate(date: string, opts: { notBefore?: string | null; today: string }): void {
  if (date > opts.today)
    throw new AppError("platform_status_date_invalid", {
      date,
      reasonZh: `晚于今天（${opts.today}）`,
      reasonEn: `it is after today (${opts.today})`,
    });
  if (opts.notBefore && date < opts.notBefore)
    throw new AppError("platform_status_date_invalid", {
      date,
      reasonZh: `早于上一次状态变更或认定日期（${opts.notBefore}）`,
      reasonEn: `it is before the previous status change or the recognition (${opts.notBefore})`,
    });
}

export interface LinkLike {
  entityId: string;
  role: string;
  startOn?: string | null;
  endOn?: string | null;
}

/** Links end after they start, are not the host in the same role twice, and are not repeated. */
export function checkLinks(links: readonly LinkLike[], hostEntityId: string): void {
  const seen = new Set<string>();
  for (const link of links) {
    if (link.startOn && link.endOn && link.endOn < link.startOn)
      throw new AppError("platform_link_invalid", {
        reasonZh: `结束日期 ${link.endOn} 早于开始日期 ${link.startOn}`,
        reasonEn: `the end ${link.endOn} is before the start ${link.startOn}`,
      });
    if (link.entityId === hostEntityId && link.role === "co_builder")
      throw new AppError("platform_link_invalid", {
        reasonZh: "依托单位不能同时作为共建单位",
        reasonEn: "the host cannot also be a co-builder",
      });
    const key = `${link.entityId}|${link.role}|${link.startOn ?? ""}`;
    if (seen.has(key))
      throw new AppError("platform_link_invalid", {
        reasonZh: "同一单位以同一角色、同一开始日期重复出现",
        reasonEn: "the same organisation appears twice in the same role from the same day",
      });
    seen.add(key);
  }
}
