/**
 * Synthetic unified social credit codes (GB 32100-2015) for demo data. Layout of the 18 characters:
 *   1      registration authority (9 market regulation, 1 establishment office, 5 civil affairs)
 *   2      category within it (9 1: enterprise; 1 2: public institution; 1 1: government body; 5 1: social
 *          organisation; 5 2: social service organisation)
 *   3–8    administrative division code, here the district's GB/T 2260 code
 *   9–17   organisation code
 *   18     check character
 * Organisation codes of generated entities start with "Y" and encode the generator index through a bijection,
 * so they are unique per index by construction; those of the real-organisation demo records read "RDCDEM" + a
 * number. Neither is taken from, or checked against, any real register.
 */
import { type EntityKind, USCC_CHARSET, usccCheckChar } from "@rdcity/common";

export type UsccCategory = "91" | "12" | "11" | "51" | "52";

/** Prefix of the organisation code of every real-organisation demo record: recognisably not a real code. */
export const DEMO_ORG_CODE_PREFIX = "RDCDEM";
const GENERATED_ORG_CODE_PREFIX = "Y";

// Local bindings: module-namespace getters of the test runtime are measurable in a 100 000-entity loop.
const CHARSET = USCC_CHARSET;
const checkCharOf = usccCheckChar;

const GENERATED_DIGITS = 8; // after the "Y"
const GENERATED_SPACE = 31 ** GENERATED_DIGITS;
/**
 * The index's base-31 digits, each multiplied by a unit modulo 31 and shifted by a running value of the lower
 * digits. Every step can be undone digit by digit, so the map is a bijection on [0, 31^8); the running value
 * spreads a change in the lowest digit over the whole code, so neighbouring indices do not look sequential.
 */
const DIGIT_MULTIPLIERS = [7, 19, 3, 23, 11, 29, 13, 5];
const DIGIT_OFFSETS = [17, 4, 26, 9, 30, 2, 21, 14];

/** The category for an entity kind; `other` entities are social organisations unless told otherwise. */
export function usccCategoryFor(kind: EntityKind, socialService = false): UsccCategory {
  switch (kind) {
    case "enterprise":
      return "91";
    case "university":
    case "institute":
    case "hospital":
      return "12";
    case "government":
      return "11";
    default:
      return socialService ? "52" : "51";
  }
}

export function buildUscc(category: UsccCategory, districtCode: string, orgCode: string): string {
  if (!/^\d{6}$/.test(districtCode)) throw new RangeError(`district code must be 6 digits: ${districtCode}`);
  if (orgCode.length !== 9) throw new RangeError(`organisation code must be 9 characters: ${orgCode}`);
  const first17 = `${category}${districtCode}${orgCode}`;
  return first17 + checkCharOf(first17);
}

/** The organisation code of the generated entity with this index: distinct indices give distinct codes. */
export function generatedOrgCode(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= GENERATED_SPACE) {
    throw new RangeError(`index out of range: ${index}`);
  }
  let rest = index;
  let running = 0;
  let tail = "";
  for (let i = 0; i < GENERATED_DIGITS; i++) {
    const digit = rest % 31;
    rest = Math.floor(rest / 31);
    tail = CHARSET[(digit * DIGIT_MULTIPLIERS[i]! + DIGIT_OFFSETS[i]! + running) % 31]! + tail;
    running = (running * 17 + digit * 11 + 3) % 31;
  }
  return GENERATED_ORG_CODE_PREFIX + tail;
}

/** The organisation code of the n-th real-organisation demo record (1–999): "RDCDEM001" … */
export function demoOrgCode(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`demo number out of range: ${n}`);
  return DEMO_ORG_CODE_PREFIX + String(n).padStart(3, "0");
}

/** True for the codes of the real-organisation demo records. */
export function isDemoUscc(uscc: string): boolean {
  return uscc.length === 18 && uscc.slice(8, 8 + DEMO_ORG_CODE_PREFIX.length) === DEMO_ORG_CODE_PREFIX;
}
