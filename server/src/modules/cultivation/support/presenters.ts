import {
  type Allocation,
  DISBURSEMENT_STATUS_NAMES,
  type Disbursement,
  type DisbursementStatus,
  type Fund,
  type Scheme,
  SUPPORT_EXCLUSION_REASONS,
  SUPPORT_SCHEME_STATUS_NAMES,
  type SupportExclusionReason,
  type SupportSchemeStatus,
} from "@rdcity/common";
import { inArray } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { specialFunds, supportSchemes } from "../schema.js";
import type { ComputedAllocation } from "./compute.js";
import { cents, moneyText } from "./money.js";
import {
  type AllocationRow,
  allocationTotals,
  type DisbursementRow,
  type FundRow,
  type FundTotals,
  type PlatformInfo,
  platformInfo,
  type SchemeRow,
} from "./repo.js";

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export const etagOf = (row: { version: number }) => `"v${row.version}"`;

/** The version an If-Match header names: null when absent, -1 when it names no version of ours. */
export function versionFromIfMatch(header: string | undefined): number | null {
  if (!header) return null;
  const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}

export function presentFund(row: FundRow, totals: FundTotals): Fund {
  const budget = cents(row.budget);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    year: row.year,
    budget: moneyText(budget),
    committed: moneyText(totals.committed),
    paid: moneyText(totals.paid),
    available: moneyText(budget - totals.committed),
    disbursements: totals.count,
    paidCount: totals.paidCount,
    version: row.version,
    updatedAt: iso(row.updatedAt),
    updatedBy: row.updatedBy,
  };
}

const fundRef = (f: FundRow) => ({ id: f.id, code: f.code, name: f.name, year: f.year });

export async function presentSchemes(ex: Executor, rows: SchemeRow[]): Promise<Scheme[]> {
  if (!rows.length) return [];
  const funds = await ex
    .select()
    .from(specialFunds)
    .where(
      inArray(
        specialFunds.id,
        rows.map((r) => r.fundId),
      ),
    );
  const fundById = new Map(funds.map((f) => [f.id, f]));
  const totals = await allocationTotals(
    ex,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const t = totals.get(r.id);
    const status = r.status as SupportSchemeStatus;
    return {
      id: r.id,
      title: r.title,
      year: r.year,
      dataYear: r.dataYear,
      fund: fundRef(fundById.get(r.fundId)!),
      budget: r.budget,
      rules: r.rules,
      status,
      statusLabel: SUPPORT_SCHEME_STATUS_NAMES[status],
      instanceId: r.instanceId,
      allocated: moneyText(t?.allocated ?? 0n),
      supported: t?.supported ?? 0,
      excluded: t?.excluded ?? 0,
      simulated: !!t,
      version: r.version,
      createdAt: iso(r.createdAt),
      createdBy: r.createdBy,
      updatedAt: iso(r.updatedAt),
      updatedBy: r.updatedBy,
    };
  });
}

const exclusionLabel = (reason: string | null) =>
  reason ? (SUPPORT_EXCLUSION_REASONS[reason as SupportExclusionReason] ?? null) : null;

/** A computed allocation (a simulation's row) as the API shows it. */
export function presentComputed(a: ComputedAllocation): Allocation {
  return {
    platformId: a.candidate.platformId,
    name: a.candidate.name,
    typeCode: a.candidate.typeCode,
    level: a.candidate.level,
    districtCode: a.candidate.districtCode,
    basisValue: a.basis === null ? null : moneyText(a.basis),
    amount: moneyText(a.amount),
    excluded: a.excluded,
    excludedLabel: exclusionLabel(a.excluded),
    text: a.text,
    parts: a.parts,
  };
}

/** What a stored allocation keeps besides its amount: the parts with the explanation in both languages. */
export function storedParts(a: ComputedAllocation): Record<string, unknown> {
  return { ...a.parts, excluded: a.excluded, textZh: a.text.zh, textEn: a.text.en };
}

export function presentStored(row: AllocationRow, p: PlatformInfo | undefined): Allocation {
  const parts = row.parts as Record<string, unknown>;
  const excluded = (parts.excluded as SupportExclusionReason | null | undefined) ?? null;
  return {
    platformId: row.platformId,
    name: p?.name ?? row.platformId,
    typeCode: p?.typeCode ?? "",
    level: p?.level ?? "",
    districtCode: p?.districtCode ?? "",
    basisValue: row.basisValue,
    amount: row.amount,
    excluded,
    excludedLabel: exclusionLabel(excluded),
    text: { zh: String(parts.textZh ?? ""), en: String(parts.textEn ?? "") },
    parts,
  };
}

export async function presentDisbursements(ex: Executor, rows: DisbursementRow[]): Promise<Disbursement[]> {
  if (!rows.length) return [];
  const info = await platformInfo(
    ex,
    rows.map((r) => r.platformId),
  );
  const funds = await ex
    .select()
    .from(specialFunds)
    .where(inArray(specialFunds.id, [...new Set(rows.map((r) => r.fundId))]));
  const fundById = new Map(funds.map((f) => [f.id, f]));
  const schemeIds = [...new Set(rows.flatMap((r) => (r.schemeId ? [r.schemeId] : [])))];
  const schemes = schemeIds.length
    ? await ex
        .select({ id: supportSchemes.id, title: supportSchemes.title })
        .from(supportSchemes)
        .where(inArray(supportSchemes.id, schemeIds))
    : [];
  const titleById = new Map(schemes.map((s) => [s.id, s.title]));
  return rows.map((r) => {
    const p = info.get(r.platformId);
    const status = r.status as DisbursementStatus;
    return {
      id: r.id,
      fund: fundRef(fundById.get(r.fundId)!),
      schemeId: r.schemeId,
      schemeTitle: r.schemeId ? (titleById.get(r.schemeId) ?? null) : null,
      platformId: r.platformId,
      platformName: p?.name ?? r.platformId,
      hostName: p?.hostName ?? null,
      districtCode: p?.districtCode ?? null,
      purpose: r.purpose,
      supportYear: r.supportYear,
      amount: r.amount,
      status,
      statusLabel: DISBURSEMENT_STATUS_NAMES[status],
      paidOn: r.paidOn,
      voucherNo: r.voucherNo,
      cancelledReason: r.cancelledReason,
      version: r.version,
      createdAt: iso(r.createdAt),
      updatedAt: iso(r.updatedAt),
      updatedBy: r.updatedBy,
    };
  });
}
