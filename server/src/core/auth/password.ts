import { randomBytes, scrypt as scryptCb, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

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

export type PolicyReason = "length" | "classes" | "username" | "reused" | "tooLong";

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

/** The policy's reasons as codes of common's REASON_TEXTS, for an AppError("password_policy", { reasons }). */
export const policyReasonCodes = (reasons: PolicyReason[]) => reasons.map((r) => `password.${r}`);

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
