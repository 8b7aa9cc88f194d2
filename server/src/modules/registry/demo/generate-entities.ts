/**
 * Deterministic generator of realistic synthetic Changsha entities for demos, tests and benchmarks (issue 2,
 * item 12). The same options give the same entities on every machine. Within one call names are unique (and so
 * are their duplicate-detection signatures, so the set raises no false duplicate warnings), and none takes the
 * signature of a real organisation in REAL_ENTITIES. USCCs are valid GB 32100 codes whose organisation code is
 * derived from the entity's index: unique for distinct indices, also across calls with disjoint index ranges.
 * Every generated record is demo data: callers store it with `isDemo: true`.
 */
import {
  DISTRICTS,
  type District,
  type EntityCreate,
  type EntityKind,
  INDUSTRIES,
  nameSignature,
  ZONES,
  type Zone,
} from "@rdcity/common";
import { buildUscc, generatedOrgCode, usccCategoryFor } from "./demo-uscc.js";
import {
  industryWord,
  lengthenTradeName,
  type NamePlan,
  pickEnterprisePattern,
  planCollegeName,
  planEnterpriseName,
  planGovernmentName,
  planHospitalName,
  planInstituteName,
  planOtherName,
  type RenderedName,
  renderFormerName,
  renderName,
  type TradeName,
} from "./entity-names.js";
import { createRandom, type Random, seedFrom, weightTable } from "./random.js";
import { REAL_ENTITIES } from "./real-entities.js";
import { GIVEN_NAME_CHARS, MOBILE_PREFIXES, ROADS, SURNAMES } from "./word-lists.js";

// Local bindings: module-namespace getters of the test runtime are measurable in a 100 000-entity loop.
const signatureOf = nameSignature;
const usccOf = buildUscc;
const orgCodeOf = generatedOrgCode;
const categoryOf = usccCategoryFor;
const render = renderName;
const renderFormer = renderFormerName;
const lengthen = lengthenTradeName;
const SURNAME_LIST = SURNAMES;
const GIVEN_NAME_LIST = GIVEN_NAME_CHARS;
const MOBILE_PREFIX_LIST = MOBILE_PREFIXES;
const ROADS_BY_DISTRICT = ROADS;

export interface GenerateEntitiesOptions {
  count: number;
  seed: number | string;
  /** Index of the first entity (default 0); it decides the organisation codes. */
  startIndex?: number;
}

export interface GenerationStats {
  /** Candidate names whose signature was already taken and that were redrawn or lengthened. */
  nameClashes: number;
  /** Names that ended with a lengthened (4+ character) trade name. */
  lengthenedNames: number;
}

const KINDS: readonly EntityKind[] = [
  "enterprise",
  "institute",
  "hospital",
  "government",
  "university",
  "other",
];
const KIND_WEIGHTS = weightTable([88, 4, 3, 2, 1.5, 1.5]);

/** 岳麓区 (麓谷, the university town), 长沙县 (经开区) and 雨花区 hold the most firms. */
const DISTRICT_WEIGHT: Readonly<Record<string, number>> = {
  "430104": 22,
  "430121": 17,
  "430111": 14,
  "430105": 9,
  "430102": 8,
  "430103": 8,
  "430112": 8,
  "430181": 7,
  "430182": 7,
};
const DISTRICT_WEIGHTS = weightTable(DISTRICTS.map((d) => DISTRICT_WEIGHT[d.code] ?? 1));

const INDUSTRY_WEIGHT: Readonly<Record<string, number>> = {
  digital: 22,
  "intelligent-equipment": 13,
  "life-health": 13,
  "new-materials": 10,
  "auto-parts": 8,
  "construction-machinery": 8,
  "video-creative": 8,
  "seed-industry": 4,
  aerospace: 4,
  "future-materials": 3,
  "future-computing": 3,
  "brain-like-ai": 3,
  quantum: 1,
};
const INDUSTRY_CODES = INDUSTRIES.map((i) => i.code);
const INDUSTRY_WEIGHTS = weightTable(INDUSTRY_CODES.map((c) => INDUSTRY_WEIGHT[c] ?? 1));

/** Industries a firm of the first often also works in. */
const RELATED_INDUSTRIES: Readonly<Record<string, readonly string[]>> = {
  "construction-machinery": ["intelligent-equipment", "new-materials", "auto-parts"],
  "auto-parts": ["intelligent-equipment", "digital", "new-materials"],
  digital: ["future-computing", "brain-like-ai", "video-creative", "intelligent-equipment"],
  "new-materials": ["future-materials", "auto-parts", "aerospace"],
  "video-creative": ["digital", "brain-like-ai"],
  "seed-industry": ["life-health"],
  aerospace: ["digital", "intelligent-equipment", "new-materials"],
  "life-health": ["intelligent-equipment", "digital"],
  "intelligent-equipment": ["construction-machinery", "digital", "brain-like-ai"],
  "future-materials": ["new-materials", "aerospace"],
  "future-computing": ["digital", "brain-like-ai", "quantum"],
  "brain-like-ai": ["digital", "future-computing", "intelligent-equipment"],
  quantum: ["future-computing", "digital"],
};

/** The zones where §三(三) of the plan concentrates an industry (马栏山 for video, 隆平芯谷 for seeds …). */
const ZONE_AFFINITY: Readonly<Record<string, readonly string[]>> = {
  "construction-machinery": ["CSJKQ", "NXJKQ"],
  "auto-parts": ["CSJKQ", "YHJKQ"],
  digital: ["CSGXQ", "TXSG", "GTXC"],
  "new-materials": ["NXGXQ", "CSGXQ"],
  "video-creative": ["MLS"],
  "seed-industry": ["FRQK"],
  aerospace: ["KDJX"],
  "life-health": ["LYJKQ", "NXJKQ"],
  "intelligent-equipment": ["YHJKQ", "CSGXQ", "WCJKQ"],
  "future-materials": ["YLSDXC"],
  "future-computing": ["XJKXC", "SYH"],
  "brain-like-ai": ["YHJKQ", "XJKXC"],
  quantum: ["YLSDXC", "SYH"],
};

const ZONES_BY_CODE = new Map(ZONES.map((z) => [z.code, z]));
const ZONES_BY_DISTRICT = new Map<string, Zone[]>(
  DISTRICTS.map((d) => [d.code, ZONES.filter((z) => z.districtCodes.includes(d.code))]),
);
const DISTRICTS_BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));

const NAME_EN_RATE: Readonly<Record<EntityKind, number>> = {
  enterprise: 0.35,
  university: 0.85,
  institute: 0.6,
  hospital: 0.5,
  government: 0.4,
  other: 0.3,
};

function pickArea(rng: Random, industry: string | null): { district: District; zoneCode: string | null } {
  const preferred = industry ? ZONE_AFFINITY[industry] : undefined;
  if (preferred && rng.chance(0.35)) {
    const zone = ZONES_BY_CODE.get(rng.pick(preferred));
    if (zone) return { district: DISTRICTS_BY_CODE.get(rng.pick(zone.districtCodes))!, zoneCode: zone.code };
  }
  const district = DISTRICTS[rng.weightedIndex(DISTRICT_WEIGHTS)]!;
  const zones = ZONES_BY_DISTRICT.get(district.code) ?? [];
  const zoneCode = zones.length > 0 && rng.chance(0.55) ? rng.pick(zones).code : null;
  return { district, zoneCode };
}

/** The primary industry first, then 0–2 related ones. */
function withRelated(rng: Random, primary: string): string[] {
  const out = [primary];
  const roll = rng.next();
  const extra = roll < 0.55 ? 0 : roll < 0.88 ? 1 : 2;
  const related = RELATED_INDUSTRIES[primary] ?? [];
  for (let i = 0; i < extra && out.length <= related.length; i++) {
    const candidate = rng.pick(related);
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}

function personName(rng: Random): string {
  const given = rng.chance(0.3)
    ? rng.pick(GIVEN_NAME_LIST)
    : rng.pick(GIVEN_NAME_LIST) + rng.pick(GIVEN_NAME_LIST);
  return rng.pick(SURNAME_LIST) + given;
}

/** A mobile number (138…), sometimes a Changsha landline (0731-8…). */
function phoneNumber(rng: Random): string {
  if (rng.chance(0.15)) return `0731-8${String(rng.int(0, 9_999_999)).padStart(7, "0")}`;
  return rng.pick(MOBILE_PREFIX_LIST) + String(rng.int(0, 99_999_999)).padStart(8, "0");
}

function address(rng: Random, district: District, withRoom: boolean): string {
  const street = `长沙市${district.name}${rng.pick(ROADS_BY_DISTRICT[district.code] ?? ["人民路"])}${rng.int(1, 999)}号`;
  if (!withRoom || !rng.chance(0.35)) return street;
  return `${street}${rng.pick(["A", "B", "C", "D", "E"])}栋${rng.int(1, 28)}${String(rng.int(1, 20)).padStart(2, "0")}室`;
}

/** 1990–2024, recent years more likely for enterprises (most Changsha firms are young). */
function foundedOn(rng: Random, skewRecent: boolean): string {
  const r = rng.next();
  const year = 1990 + Math.min(34, Math.floor(35 * (skewRecent ? 1 - r * r : r)));
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface Draft {
  plan: NamePlan;
  industries: string[];
  district: District;
  zoneCode: string | null;
}

function draftFor(rng: Random, kind: EntityKind, foreignInvested: boolean): Draft {
  const industry = INDUSTRY_CODES[rng.weightedIndex(INDUSTRY_WEIGHTS)]!;
  switch (kind) {
    case "enterprise": {
      const pattern = pickEnterprisePattern(rng, foreignInvested);
      const plan = planEnterpriseName(pattern, industryWord(rng, industry));
      return { plan, industries: withRelated(rng, industry), ...pickArea(rng, industry) };
    }
    case "university": {
      const college = planCollegeName(rng);
      return {
        plan: college.plan,
        industries: withRelated(rng, college.industry).slice(0, 2),
        ...pickArea(rng, college.industry),
      };
    }
    case "institute":
      return {
        plan: planInstituteName(rng, industry),
        industries: withRelated(rng, industry),
        ...pickArea(rng, industry),
      };
    case "hospital":
      return { plan: planHospitalName(rng), industries: ["life-health"], ...pickArea(rng, null) };
    case "government": {
      const area = pickArea(rng, null);
      const body = planGovernmentName(rng, area.district, industry);
      return { plan: body.plan, industries: body.industry ? [body.industry] : [], ...area };
    }
    default:
      return { plan: planOtherName(rng, industry), industries: [industry], ...pickArea(rng, industry) };
  }
}

const MAX_NAME_ATTEMPTS = 500;

/** Draws names from the plan until one's signature is free; after two redraws it appends a second 字号. */
function claimName(
  rng: Random,
  plan: NamePlan,
  taken: Set<string>,
  stats: GenerationStats,
): { rendered: RenderedName; signature: string; trade: TradeName } {
  const base = rng.pick(plan.tradePool);
  let trade = base;
  for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
    const rendered = render(plan, trade);
    const signature = signatureOf(rendered.name);
    if (!taken.has(signature)) {
      taken.add(signature);
      if (trade.zh.length > 2) stats.lengthenedNames++;
      return { rendered, signature, trade };
    }
    stats.nameClashes++;
    trade = attempt < 3 ? rng.pick(plan.tradePool) : lengthen(base, rng.pick(plan.tradePool));
  }
  throw new Error("could not find a free entity name; the word lists are too small for this count");
}

export function generateEntitiesWithStats(options: GenerateEntitiesOptions): {
  entities: EntityCreate[];
  stats: GenerationStats;
} {
  const { count, seed } = options;
  const startIndex = options.startIndex ?? 0;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be an integer ≥ 0: ${count}`);
  if (!Number.isSafeInteger(startIndex) || startIndex < 0)
    throw new RangeError(`startIndex must be an integer ≥ 0`);
  const rng = createRandom(seedFrom(seed, startIndex));
  const taken = new Set(REAL_ENTITIES.map((r) => signatureOf(r.name)));
  const stats: GenerationStats = { nameClashes: 0, lengthenedNames: 0 };
  const entities: EntityCreate[] = new Array(count);

  for (let i = 0; i < count; i++) {
    const kind = KINDS[rng.weightedIndex(KIND_WEIGHTS)]!;
    const isEnterprise = kind === "enterprise";
    const isFortune500Affiliate = isEnterprise && rng.chance(0.005);
    const isForeignInvested = isEnterprise && rng.chance(isFortune500Affiliate ? 0.5 : 0.04);
    const draft = draftFor(rng, kind, isForeignInvested);
    const { rendered, signature, trade } = claimName(rng, draft.plan, taken, stats);

    const isListed = draft.plan.isJointStock && rng.chance(0.125);
    const giantRoll = isEnterprise ? rng.next() : 1;
    const littleGiant = giantRoll < 0.03 ? "national" : giantRoll < 0.11 ? "provincial" : "none";
    const isHighTech = isEnterprise && rng.chance(littleGiant !== "none" ? 0.9 : isListed ? 0.7 : 0.28);

    const formerNames: string[] = [];
    const former = rng.chance(draft.plan.isJointStock ? 0.3 : 0.05) ? renderFormer(draft.plan, trade) : null;
    if (former) {
      const formerSignature = signatureOf(former);
      if (formerSignature === signature || !taken.has(formerSignature)) {
        taken.add(formerSignature);
        formerNames.push(former);
      }
    }

    const hasContact = rng.chance(isEnterprise ? 0.92 : 0.75);
    const nameEn = isForeignInvested || rng.chance(NAME_EN_RATE[kind]) ? rendered.nameEn : null;
    const index = startIndex + i;
    entities[i] = {
      uscc: usccOf(categoryOf(kind, draft.plan.isSocialService), draft.district.code, orgCodeOf(index)),
      name: rendered.name,
      nameEn,
      formerNames,
      kind,
      districtCode: draft.district.code,
      zoneCode: draft.zoneCode,
      industries: draft.industries,
      isListed,
      littleGiant,
      isHighTech,
      isFortune500Affiliate,
      isForeignInvested,
      contactName: hasContact ? personName(rng) : null,
      contactPhone: hasContact ? phoneNumber(rng) : null,
      address: address(rng, draft.district, kind !== "government"),
      foundedOn: foundedOn(rng, isEnterprise),
    };
  }
  return { entities, stats };
}

/** `count` synthetic entities; every item passes `EntityCreateSchema`. */
export function generateEntities(options: GenerateEntitiesOptions): EntityCreate[] {
  return generateEntitiesWithStats(options).entities;
}
