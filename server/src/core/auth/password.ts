import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { Lang } from "@rdcity/common";

const scrypt = promisify(scryptCb) as (
  pw: string,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** scrypt (Node's own crypto; no native dependency): `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize("NFKC"), salt, 32, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${hash.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}

const REASONS = {
  length: { zh: "至少 10 个字符", en: "at least 10 characters" },
  classes: {
    zh: "须包含大写字母、小写字母、数字、符号中的至少 3 类",
    en: "at least 3 of: upper case, lower case, digits, symbols",
  },
  username: { zh: "不能包含用户名", en: "must not contain the user name" },
  reused: { zh: "不能与最近 5 次使用过的密码相同", en: "must differ from the last 5 passwords" },
  tooLong: { zh: "不能超过 128 个字符", en: "at most 128 characters" },
} as const;
export type PolicyReason = keyof typeof REASONS;

/** ≥ 10 characters, 3 of 4 classes, not containing the user name. (Reuse is checked against stored hashes.) */
export function passwordPolicyProblems(password: string, username: string): PolicyReason[] {
  const problems: PolicyReason[] = [];
  if (password.length < 10) problems.push("length");
  if (password.length > 128) problems.push("tooLong");
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("classes");
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push("username");
  return problems;
}

export function policyReasonText(reasons: PolicyReason[], lang: Lang): string {
  return reasons
    .map((r) => (lang === "en-US" ? REASONS[r].en : REASONS[r].zh))
    .join(lang === "en-US" ? "; " : "；");
}

/** A strong generated password that satisfies the policy: 20 characters of four classes. */
export function generatePassword(): string {
  const sets = ["ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "!@#%^*-_+="];
  const all = sets.join("");
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b, i) => {
    const set = i < 4 ? sets[i]! : all;
    return set[b % set.length]!;
  });
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBytes(1)[0]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
