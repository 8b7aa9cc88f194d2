import { z } from "zod";
import { DISTRICT_CODES, isAreaCode, ZONE_CODES } from "../areas.js";
import { INDUSTRY_CODES } from "../industries.js";
import { isValidEmail } from "../validators/email.js";
import { isValidPhone } from "../validators/phone.js";
import { normaliseUscc, usccProblem } from "../validators/uscc.js";

export const custom = (code: string) => ({ params: { code } });

/** Accepts full-width characters and spaces, normalises, then checks GB 32100. */
export const usccSchema = z
  .string()
  .max(40)
  .transform(normaliseUscc)
  .superRefine((value, ctx) => {
    const problem = usccProblem(value);
    if (problem)
      ctx.addIssue({ code: "custom", message: `uscc ${problem}`, params: { code: `uscc_${problem}` } });
  })
  .meta({
    description: "统一社会信用代码 (GB 32100-2015, 18 characters, check character validated)",
    example: "91430100MA4L16JQ9D",
  });

export const districtCodeSchema = z
  .string()
  .refine((v) => (DISTRICT_CODES as string[]).includes(v), custom("district_unknown"))
  .meta({ description: "GB/T 2260 code of a Changsha county-level unit", example: "430104" });

export const zoneCodeSchema = z
  .string()
  .refine((v) => (ZONE_CODES as string[]).includes(v), custom("zone_unknown"))
  .meta({ description: "Functional zone code", example: "XJKXC" });

export const areaCodeSchema = z.string().refine(isAreaCode, custom("area_unknown"));

export const industryCodeSchema = z
  .string()
  .refine((v) => (INDUSTRY_CODES as string[]).includes(v), custom("industry_unknown"));

export const phoneSchema = z.string().max(30).refine(isValidPhone, custom("phone_invalid"));

/** An e-mail address, trimmed; the empty string reads as "no address" (null). */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === "" || isValidEmail(v), custom("email_invalid"))
  .transform((v) => (v === "" ? null : v))
  .meta({ description: "E-mail address for notifications", example: "zhang.wei@example.com" });

export const isoDateSchema = z
  .string()
  .max(10)
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const t = Date.parse(`${v}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
  }, custom("date_invalid"));

/** `a,b,c` or repeated query parameters → string[] */
export const csvList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === "") return undefined;
    const arr = Array.isArray(v) ? v : [v];
    return arr
      .flatMap((x) => String(x).split(","))
      .map((x) => x.trim())
      .filter(Boolean);
  }, z.array(item).max(50).optional());

export const queryBoolean = z.preprocess((v) => {
  if (v === undefined || v === "") return undefined;
  if (v === true || v === "true" || v === "1") return true;
  if (v === false || v === "false" || v === "0") return false;
  return v;
}, z.boolean().optional());

export const pageLimitSchema = z.coerce.number().int().min(1).max(200).default(50);

export const auditStampSchema = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` to get the next page; null on the last page" }),
    total: z
      .number()
      .int()
      .nullable()
      .meta({ description: "Count of all matching rows (null when not counted)" }),
  });
}

/** An organisation's name in Chinese: 2–100 characters with at least one Chinese character. */
export const chineseNameSchema = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .refine((v) => /[\u3400-\u9fff]/.test(v), custom("name_chinese"));
