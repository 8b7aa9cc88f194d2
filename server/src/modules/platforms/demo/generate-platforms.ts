import {
  DISTRICTS,
  INDUSTRIES,
  type PlatformLevel,
  type PlatformLinkInput,
  platformTypeByCode,
  ZONES,
} from "@rdcity/common";
import type { NewPlatform } from "../row-values.js";
import { afterRecognition, drawLifecycle, type Lifecycle } from "./lifecycle.js";
import { documentNumber, platformName } from "./names.js";
import { hostKinds, QUOTAS } from "./quotas.js";
import { addDays, createRandom, dayBetween, type Random, seedFrom } from "./random.js";
import { REAL_PLATFORMS } from "./real-platforms.js";
import { GIVEN, SURNAMES } from "./words.js";

/** An organisation of the demo registry that can host platforms (read through the registry's public face). */
export interface DemoHost {
  id: string;
  name: string;
  kind: string;
  districtCode: string;
  zoneCode: string | null;
  industries: string[];
  isFortune500Affiliate: boolean;
  isForeignInvested: boolean;
  isListed: boolean;
}

export interface GenerateOptions {
  seed?: number | string;
  /** The day the demo is "as of": no date lies after it (fixed, so the demo is the same on every day). */
  referenceDate?: string;
  /** Fraction of the quotas to generate (tests use a small one); the real platforms are always included. */
  scale?: number;
}

export const DEMO_REFERENCE_DATE = "2026-10-31";
export const DEMO_SOURCE = "演示数据（生成）";

/** Types a host has at most one of (its technology centre, its R&D centre, its workstation). */
const ONE_PER_HOST = new Set([
  "national_enterprise_tech_center",
  "enterprise_tech_center",
  "industrial_design_center",
  "academician_workstation",
  "fortune500_rd_center",
  "leading_hq_rd_center",
  "independent_rd_center",
  "foreign_rd_center",
  "bonded_rd_center",
]);
const groupOf = (typeCode: string) =>
  typeCode.endsWith("enterprise_tech_center") ? "tech" : typeCode.endsWith("_rd_center") ? "rd" : typeCode;

/** Well-known universities and hospitals host many more platforms than a typical organisation. */
const BIG = new Set([
  "中南大学",
  "湖南大学",
  "国防科技大学",
  "湖南师范大学",
  "湖南农业大学",
  "中南大学湘雅医院",
  "中南大学湘雅二医院",
]);

function hostWeight(typeCode: string, host: DemoHost): number {
  const kind = hostKinds(typeCode)[host.kind as keyof ReturnType<typeof hostKinds>] ?? 0;
  if (!kind) return 0;
  let w = kind * (BIG.has(host.name) ? 12 : 1);
  if (typeCode === "fortune500_rd_center") w *= host.isFortune500Affiliate ? 40 : 1;
  if (typeCode === "foreign_rd_center") w *= host.isForeignInvested ? 40 : 1;
  if (typeCode === "leading_hq_rd_center" || typeCode === "national_enterprise_tech_center")
    w *= host.isListed ? 20 : 1;
  return w;
}

function place(
  random: Random,
  host: DemoHost,
  typeCode: string,
): { districtCode: string; zoneCode: string | null } {
  if (typeCode === "bonded_rd_center") return { districtCode: "430121", zoneCode: "HHZBQ" };
  if (random.chance(0.9)) return { districtCode: host.districtCode, zoneCode: host.zoneCode };
  const districtCode = random.pick(DISTRICTS).code;
  const zones = ZONES.filter((z) => z.districtCodes.includes(districtCode));
  return { districtCode, zoneCode: zones.length && random.chance(0.5) ? random.pick(zones).code : null };
}

const person = (random: Random) =>
  `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.5) ? random.pick(GIVEN) : ""}`;
const mobile = (random: Random) =>
  `1${random.pick(["38", "39", "58", "59", "87", "73", "99"])}${String(random.int(0, 99_999_999)).padStart(8, "0")}`;

function entriesOf(life: Lifecycle): NewPlatform["statusEntries"] {
  return life.entries.map((e) => ({ status: e.status, effectiveOn: e.effectiveOn }));
}

/**
 * The demo's platforms: the real ones named in the plan first, then generated ones by the quotas, with hosts
 * drawn from the demo registry by kind, dated lifecycles, co-builders and contacts. Deterministic for a given
 * host list, seed and reference day.
 */
export function generateDemoPlatforms(hosts: readonly DemoHost[], opts: GenerateOptions = {}): NewPlatform[] {
  const random = createRandom(seedFrom("rdcity-platforms", opts.seed ?? 2023));
  const ref = opts.referenceDate ?? DEMO_REFERENCE_DATE;
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const names = new Set<string>();
  const used = new Map<string, Set<string>>();
  const items: NewPlatform[] = [];
  const partners = hosts.filter(
    (h) => h.kind === "university" || h.kind === "institute" || h.kind === "enterprise",
  );

  for (const real of REAL_PLATFORMS) {
    const host = byName.get(real.host);
    if (!host) continue;
    const recognisedOn = real.year ? dayBetween(random, `${real.year}-01-01`, `${real.year}-12-31`) : null;
    const entries = recognisedOn
      ? afterRecognition(random, recognisedOn, ref).filter(
          (e) => e.status !== "revoked" && e.status !== "merged",
        )
      : [{ status: "cultivating" as const, effectiveOn: dayBetween(random, "2023-08-01", ref) }];
    names.add(real.name);
    items.push({
      id: random.uuid(),
      fields: {
        name: real.name,
        nameEn: real.nameEn ?? null,
        typeCode: real.typeCode,
        level: real.level,
        hostEntityId: host.id,
        districtCode: host.districtCode,
        zoneCode: host.zoneCode,
        industries: real.industries,
        recognisedOn,
        recognitionDocNo: recognisedOn ? documentNumber(random, real.typeCode, real.level, real.year!) : null,
        links: (real.coBuilders ?? []).flatMap((n) => {
          const e = byName.get(n);
          return e ? [{ entityId: e.id, role: "co_builder" as const, startOn: recognisedOn }] : [];
        }),
      },
      statusEntries: entries,
      source: real.source,
    });
  }

  const scale = opts.scale ?? 1;
  for (const [typeCode, level, quota] of QUOTAS) {
    const count = Math.max(1, Math.round(quota * scale));
    const group = groupOf(typeCode);
    const taken = used.get(group) ?? new Set<string>();
    used.set(group, taken);
    const weights = new Map(hosts.map((h) => [h.id, hostWeight(typeCode, h)]));
    let candidates = hosts.filter(
      (h) => weights.get(h.id)! > 0 && !(ONE_PER_HOST.has(typeCode) && taken.has(h.id)),
    );
    for (let i = 0; i < count && candidates.length; i++) {
      const host = random.weighted(candidates, (h) => weights.get(h.id)!);
      if (ONE_PER_HOST.has(typeCode)) {
        taken.add(host.id);
        candidates = candidates.filter((h) => h !== host);
      }
      items.push(generateOne(random, typeCode, level, host, ref, names, partners));
    }
  }
  resolveMerges(random, items);
  return items;
}

function generateOne(
  random: Random,
  typeCode: string,
  level: PlatformLevel,
  host: DemoHost,
  ref: string,
  names: Set<string>,
  partners: readonly DemoHost[],
): NewPlatform {
  const industry = host.industries.length ? random.pick(host.industries) : random.pick(INDUSTRIES).code;
  let name = platformName(random, typeCode, level, host, industry);
  for (let tries = 0; names.has(name) && tries < 12; tries++)
    name = platformName(random, typeCode, level, host, industry);
  for (let n = 2; names.has(name); n++) name = `${name.replace(/（[^）]*）$/, "")}（${n}）`;
  names.add(name);
  const life = drawLifecycle(random, typeCode, level, ref);
  const industries = [industry];
  const other = host.industries.find((i) => i !== industry);
  if (other && random.chance(0.3)) industries.push(other);
  const links: PlatformLinkInput[] = [];
  const enterpriseOwned = ONE_PER_HOST.has(typeCode);
  if (!enterpriseOwned && random.chance(0.22)) {
    for (let k = random.int(1, 2); k > 0; k--) {
      const partner = random.pick(partners);
      if (partner.id === host.id || links.some((l) => l.entityId === partner.id)) continue;
      const startOn = life.recognisedOn ?? life.entries[0]!.effectiveOn;
      const ended = random.chance(0.1) ? addDays(startOn, random.int(365, 1500)) : null;
      links.push({
        entityId: partner.id,
        role: "co_builder",
        startOn,
        endOn: ended && ended <= ref ? ended : null,
      });
    }
  }
  if (typeCode === "new_rd_institution" && random.chance(0.3)) {
    const operator = random.pick(partners);
    if (operator.id !== host.id && !links.some((l) => l.entityId === operator.id))
      links.push({ entityId: operator.id, role: "operator", startOn: life.recognisedOn });
  }
  const type = platformTypeByCode(typeCode)!;
  const industryName = INDUSTRIES.find((i) => i.code === industry)?.name ?? "";
  return {
    id: random.uuid(),
    fields: {
      name,
      typeCode,
      level,
      hostEntityId: host.id,
      ...place(random, host, typeCode),
      industries,
      recognisedOn: life.recognisedOn,
      recognitionDocNo: life.recognisedOn
        ? documentNumber(random, typeCode, level, Number(life.recognisedOn.slice(0, 4)))
        : null,
      description: `${type.name}，依托${host.name}，面向${industryName}领域开展研发攻关与成果转化。`,
      contactName: random.chance(0.6) ? person(random) : null,
      contactPhone: random.chance(0.6) ? mobile(random) : null,
      links,
    },
    statusEntries: entriesOf(life),
    source: DEMO_SOURCE,
  };
}

/** A merged platform needs a live successor of the same type met earlier in the list; without one it is revoked. */
function resolveMerges(random: Random, items: NewPlatform[]): void {
  items.forEach((item, index) => {
    const last = item.statusEntries.at(-1)!;
    if (last.status !== "merged") return;
    const earlier = items
      .slice(0, index)
      .filter(
        (o) =>
          o.fields.typeCode === item.fields.typeCode &&
          !["revoked", "merged"].includes(o.statusEntries.at(-1)!.status) &&
          o.statusEntries[0]!.effectiveOn <= last.effectiveOn,
      );
    if (!earlier.length) {
      last.status = "revoked";
      return;
    }
    item.successorId = random.pick(earlier).id!;
  });
}
