/**
 * Name plans for synthetic entities: a kind-specific template that turns a trade name (字号) into a Chinese and
 * an English name. The generator keeps the template and swaps or lengthens the trade name until the name's
 * signature is unused, so the industry word, and with it the entity's industries, stay consistent.
 */
import type { District } from "@rdcity/common";
import { type Random, weightTable } from "./random.js";
import {
  COLLEGE_FIELDS,
  HOSPITAL_SPECIALTIES,
  INDUSTRY_WORDS,
  PLACE_FIRST,
  PLACE_SECOND,
  TRADE_FIRST,
  TRADE_NAME_BLACKLIST,
  TRADE_SECOND,
  type Word,
} from "./word-lists.js";

export interface TradeName {
  zh: string;
  en: string;
}

export interface RenderedName {
  name: string;
  nameEn: string;
}

/** Turns a trade name and the plan's word (industry word, field, specialty or district) into a name. */
export type NameTemplate = (trade: TradeName, word: Word) => RenderedName;

/** A name waiting for its trade name. Plain data, so that planning 100 000 names creates no closures. */
export interface NamePlan {
  template: NameTemplate;
  word: Word;
  /** A plausible earlier name (e.g. before a joint-stock conversion), for the plans that have one. */
  formerTemplate: ((trade: TradeName, word: Word) => string) | null;
  /** Place names for sub-district offices and towns, trade names otherwise. */
  tradePool: readonly TradeName[];
  isJointStock: boolean;
  /** For `other` entities: a social service organisation (USCC category 52) rather than a society (51). */
  isSocialService: boolean;
}

export function renderName(plan: NamePlan, trade: TradeName): RenderedName {
  return plan.template(trade, plan.word);
}

export function renderFormerName(plan: NamePlan, trade: TradeName): string | null {
  return plan.formerTemplate ? plan.formerTemplate(trade, plan.word) : null;
}

function combine(
  first: readonly Word[],
  second: readonly Word[],
  blacklist: ReadonlySet<string>,
): TradeName[] {
  const out: TradeName[] = [];
  for (const [a, aEn] of first) {
    for (const [b, bEn] of second) {
      const zh = a + b;
      if (a !== b && !blacklist.has(zh)) out.push({ zh, en: aEn + bEn });
    }
  }
  return out;
}

/** Every 2-character trade name the generator uses (≈ 4 700). */
export const TRADE_NAMES: readonly TradeName[] = combine(TRADE_FIRST, TRADE_SECOND, TRADE_NAME_BLACKLIST);
export const PLACE_NAMES: readonly TradeName[] = combine(PLACE_FIRST, PLACE_SECOND, new Set());

/** A longer trade name: the two joined (星达 + 瑞华 → 星达瑞华, Xingdaruihua). */
export function lengthenTradeName(base: TradeName, extra: TradeName): TradeName {
  return { zh: base.zh + extra.zh, en: base.en + extra.en.toLowerCase() };
}

const TRAILING_TECH_ZH = /(科技|技术)$/u;
const TRAILING_TECH_EN = / Technology$/u;

/** 信息技术 → 信息, 航空科技 → 航空: for names that add their own 技术/科技 word. */
function shortWord([zh, en]: Word): Word {
  const shortZh = zh.replace(TRAILING_TECH_ZH, "");
  if (shortZh.length < 2) return [zh, en];
  return [shortZh, en.replace(TRAILING_TECH_EN, "")];
}

export function industryWord(rng: Random, industry: string): Word {
  const words = INDUSTRY_WORDS[industry];
  if (!words) throw new RangeError(`no words for industry ${industry}`);
  return rng.pick(words);
}

export interface EnterprisePattern {
  weight: number;
  template: NameTemplate;
  jointStock?: boolean;
  /** Typical of foreign-invested firms: the region in brackets after the trade name. */
  foreign?: boolean;
  former?: (trade: TradeName, word: Word) => string;
}

const LTD = "Co., Ltd.";
export const ENTERPRISE_PATTERNS: readonly EnterprisePattern[] = [
  {
    weight: 35,
    template: (t, [w, e]) => ({ name: `湖南${t.zh}${w}有限公司`, nameEn: `Hunan ${t.en} ${e} ${LTD}` }),
    former: (t, [w]) => `长沙${t.zh}${w}有限公司`,
  },
  {
    weight: 25,
    template: (t, [w, e]) => ({ name: `长沙${t.zh}${w}有限公司`, nameEn: `Changsha ${t.en} ${e} ${LTD}` }),
  },
  {
    weight: 7,
    template: (t, [w, e]) => ({ name: `湖南${t.zh}${w}股份有限公司`, nameEn: `Hunan ${t.en} ${e} ${LTD}` }),
    jointStock: true,
    former: (t, [w]) => `湖南${t.zh}${w}有限公司`,
  },
  {
    weight: 5,
    template: (t, [w, e]) => ({
      name: `长沙${t.zh}${w}股份有限公司`,
      nameEn: `Changsha ${t.en} ${e} ${LTD}`,
    }),
    jointStock: true,
    former: (t, [w]) => `长沙${t.zh}${w}有限公司`,
  },
  {
    weight: 8,
    template: (t, [w, e]) => ({
      name: `${t.zh}（长沙）${w}有限公司`,
      nameEn: `${t.en} (Changsha) ${e} ${LTD}`,
    }),
    foreign: true,
  },
  {
    weight: 4,
    template: (t, [w, e]) => ({ name: `${t.zh}（湖南）${w}有限公司`, nameEn: `${t.en} (Hunan) ${e} ${LTD}` }),
    foreign: true,
  },
  {
    weight: 5,
    template: (t, [w, e]) => ({ name: `湖南${t.zh}${w}有限责任公司`, nameEn: `Hunan ${t.en} ${e} ${LTD}` }),
  },
  {
    weight: 4,
    template: (t, [w, e]) => ({
      name: `长沙${t.zh}${w}有限责任公司`,
      nameEn: `Changsha ${t.en} ${e} ${LTD}`,
    }),
  },
  {
    weight: 2,
    template: (t, [w, e]) => ({ name: `湖南省${t.zh}${w}有限公司`, nameEn: `Hunan ${t.en} ${e} ${LTD}` }),
  },
  { weight: 5, template: (t, [w, e]) => ({ name: `${t.zh}${w}有限公司`, nameEn: `${t.en} ${e} ${LTD}` }) },
];
const FOREIGN_PATTERNS = ENTERPRISE_PATTERNS.filter((p) => p.foreign);

export function planEnterpriseName(pattern: EnterprisePattern, word: Word): NamePlan {
  return {
    template: pattern.template,
    word,
    formerTemplate: pattern.former ?? null,
    tradePool: TRADE_NAMES,
    isJointStock: pattern.jointStock === true,
    isSocialService: false,
  };
}

const PATTERN_WEIGHTS = weightTable(ENTERPRISE_PATTERNS.map((p) => p.weight));
const FOREIGN_PATTERN_WEIGHTS = weightTable(FOREIGN_PATTERNS.map((p) => p.weight));

/** Foreign-invested firms take the bracketed-region forms (博世汽车部件（长沙）有限公司 style). */
export function pickEnterprisePattern(rng: Random, foreignInvested: boolean): EnterprisePattern {
  return foreignInvested
    ? FOREIGN_PATTERNS[rng.weightedIndex(FOREIGN_PATTERN_WEIGHTS)]!
    : ENTERPRISE_PATTERNS[rng.weightedIndex(PATTERN_WEIGHTS)]!;
}

const COLLEGE_TEMPLATES: readonly NameTemplate[] = [
  (t, [f, e]) => ({
    name: `长沙${t.zh}${f}职业技术学院`,
    nameEn: `Changsha ${t.en} Vocational and Technical College of ${e}`,
  }),
  (t, [f, e]) => ({ name: `湖南${t.zh}${f}职业学院`, nameEn: `Hunan ${t.en} Vocational College of ${e}` }),
  (t, [f, e]) => ({ name: `湖南${t.zh}${f}学院`, nameEn: `Hunan ${t.en} College of ${e}` }),
];

const INSTITUTE_TEMPLATES: readonly NameTemplate[] = [
  (t, [w, e]) => ({ name: `湖南省${t.zh}${w}研究院`, nameEn: `Hunan ${t.en} Research Institute of ${e}` }),
  (t, [w, e]) => ({
    name: `长沙${t.zh}${w}技术研究院`,
    nameEn: `Changsha ${t.en} ${e} Technology Research Institute`,
  }),
  (t, [w, e]) => ({ name: `湖南${t.zh}${w}研究所`, nameEn: `Hunan ${t.en} ${e} Research Institute` }),
  (t, [w, e]) => ({
    name: `长沙${t.zh}${w}创新研究院`,
    nameEn: `Changsha ${t.en} ${e} Innovation Institute`,
  }),
];

const hospitalEn = (e: string) => (e ? `${e} Hospital` : "Hospital");
const HOSPITAL_TEMPLATES: readonly NameTemplate[] = [
  (t, [s, e]) => ({ name: `长沙${t.zh}${s}医院`, nameEn: `Changsha ${t.en} ${hospitalEn(e)}` }),
  (t, [s, e]) => ({ name: `湖南${t.zh}${s}医院`, nameEn: `Hunan ${t.en} ${hospitalEn(e)}` }),
  (t, [s, e]) => ({ name: `${t.zh}${s}医院`, nameEn: `${t.en} ${hospitalEn(e)}` }),
];

/** Societies and alliances (USCC 51), and service centres (52, `true`). */
const OTHER_TEMPLATES: readonly (readonly [NameTemplate, boolean])[] = [
  [
    (t, [w, e]) => ({
      name: `长沙${t.zh}${w}产业技术创新联盟`,
      nameEn: `Changsha ${t.en} ${e} Industrial Technology Innovation Alliance`,
    }),
    false,
  ],
  [
    (t, [w, e]) => ({ name: `湖南省${t.zh}${w}促进会`, nameEn: `Hunan ${t.en} ${e} Promotion Association` }),
    false,
  ],
  [
    (t, [w, e]) => ({
      name: `长沙${t.zh}${w}科技服务中心`,
      nameEn: `Changsha ${t.en} ${e} S&T Service Centre`,
    }),
    true,
  ],
];

const PARK_COMMITTEE: NameTemplate = (t, [w, e]) => ({
  name: `长沙${t.zh}${w}产业园管理委员会`,
  nameEn: `Administrative Committee of Changsha ${t.en} ${e} Industrial Park`,
});
/** The word of these two is the district: [name, English name]. */
const TOWN_GOVERNMENT: NameTemplate = (p, [d, e]) => ({
  name: `${d}${p.zh}镇人民政府`,
  nameEn: `People's Government of ${p.en} Town, ${e}`,
});
const SUBDISTRICT_OFFICE: NameTemplate = (p, [d, e]) => ({
  name: `${d}${p.zh}街道办事处`,
  nameEn: `${p.en} Subdistrict Office, ${e}`,
});

function plan(
  template: NameTemplate,
  word: Word,
  tradePool: readonly TradeName[],
  isSocialService = false,
): NamePlan {
  return { template, word, formerTemplate: null, tradePool, isJointStock: false, isSocialService };
}

/** A college: the field of study decides the industry. */
export function planCollegeName(rng: Random): { plan: NamePlan; industry: string } {
  const [f, e, industry] = rng.pick(COLLEGE_FIELDS);
  return { plan: plan(rng.pick(COLLEGE_TEMPLATES), [f, e], TRADE_NAMES), industry };
}

export function planInstituteName(rng: Random, industry: string): NamePlan {
  const word = shortWord(industryWord(rng, industry));
  return plan(rng.pick(INSTITUTE_TEMPLATES), word, TRADE_NAMES);
}

export function planHospitalName(rng: Random): NamePlan {
  const specialty = rng.pick(HOSPITAL_SPECIALTIES);
  return plan(rng.pick(HOSPITAL_TEMPLATES), specialty, TRADE_NAMES);
}

export function planOtherName(rng: Random, industry: string): NamePlan {
  const word = shortWord(industryWord(rng, industry));
  const [template, socialService] = rng.pick(OTHER_TEMPLATES);
  return plan(template, word, TRADE_NAMES, socialService);
}

const COUNTY_LEVEL = new Set(["430112", "430121", "430181", "430182"]);

/**
 * A government body: the administrative committee of an industrial park (which then carries the park's
 * industry), or a town government or sub-district office of the district, named after a place.
 */
export function planGovernmentName(
  rng: Random,
  district: District,
  industry: string,
): { plan: NamePlan; industry: string | null } {
  const roll = rng.next();
  if (roll < 0.4)
    return { plan: plan(PARK_COMMITTEE, shortWord(industryWord(rng, industry)), TRADE_NAMES), industry };
  const template = roll < 0.7 && COUNTY_LEVEL.has(district.code) ? TOWN_GOVERNMENT : SUBDISTRICT_OFFICE;
  return { plan: plan(template, [district.name, district.nameEn], PLACE_NAMES), industry: null };
}
