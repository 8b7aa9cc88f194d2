import { PLATFORM_STATUSES, type SupportEligibility } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { type PlatformFigures, platformFigures } from "../../platforms/index.js";
import { cultivationPool, cultivationRounds } from "../schema.js";
import type { SupportCandidate } from "./compute.js";

/** Platforms in the cultivation pool now (status in_pool), optionally only those that entered through a round. */
export async function poolPlatformIds(ex: Executor, roundId?: string): Promise<string[]> {
  if (roundId) {
    const [round] = await ex
      .select({ id: cultivationRounds.id })
      .from(cultivationRounds)
      .where(eq(cultivationRounds.id, roundId));
    if (!round) throw new AppError("support_round_unknown", { roundId });
  }
  const rows = await ex
    .select({ platformId: cultivationPool.platformId })
    .from(cultivationPool)
    .where(
      and(eq(cultivationPool.status, "in_pool"), ...(roundId ? [eq(cultivationPool.roundId, roundId)] : [])),
    );
  return rows.map((r) => r.platformId);
}

const candidateOf = (p: PlatformFigures): SupportCandidate => ({
  platformId: p.id,
  name: p.name,
  typeCode: p.typeCode,
  level: p.level,
  districtCode: p.districtCode,
  status: p.status,
  rd: p.report ? p.report.rdSpending : undefined,
  previousRd: p.previous ? p.previous.rdSpending : undefined,
});

/**
 * The eligible platforms with the R&D figures of their accepted annual reports for the data year and the year
 * before (through the platforms' face). Pool members are read whatever their status (a revoked member is listed
 * as left out, with why); platform filters read the counted statuses unless the rules name others.
 */
export async function supportCandidates(
  ex: Executor,
  eligibility: SupportEligibility,
  dataYear: number,
): Promise<SupportCandidate[]> {
  if (eligibility.kind === "pool") {
    const ids = await poolPlatformIds(ex, eligibility.roundId);
    if (!ids.length) return [];
    const rows = await platformFigures(ex, { year: dataYear, platformIds: ids, statuses: PLATFORM_STATUSES });
    return rows.map(candidateOf);
  }
  const rows = await platformFigures(ex, {
    year: dataYear,
    ...(eligibility.levels ? { levels: eligibility.levels } : {}),
    ...(eligibility.typeCodes ? { typeCodes: eligibility.typeCodes } : {}),
    ...(eligibility.statuses ? { statuses: eligibility.statuses } : {}),
    ...(eligibility.rdCentre !== undefined ? { rdCentre: eligibility.rdCentre } : {}),
  });
  return rows.map(candidateOf);
}
