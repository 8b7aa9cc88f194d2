import { z } from "zod";
import { districtByCode, zoneByCode } from "../areas.js";
import {
  auditStampSchema,
  chineseNameSchema as chineseName,
  csvList,
  districtCodeSchema,
  industryCodeSchema,
  isoDateSchema,
  pageLimitSchema,
  pageOf,
  phoneSchema,
  queryBoolean,
  usccSchema,
  zoneCodeSchema,
} from "./shared.js";

export const ENTITY_KINDS = [
  "enterprise",
  "university",
  "institute",
  "hospital",
  "government",
  "other",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const ENTITY_KIND_NAMES: Record<EntityKind, { zh: string; en: string }> = {
  enterprise: { zh: "企业", en: "Enterprise" },
  university: { zh: "高校", en: "University" },
  institute: { zh: "科研院所", en: "Research institute" },
  hospital: { zh: "医疗机构", en: "Hospital" },
  government: { zh: "政府机关", en: "Government body" },
  other: { zh: "其他", en: "Other" },
};

export const LITTLE_GIANT_LEVELS = ["none", "provincial", "national"] as const;
export const LITTLE_GIANT_NAMES: Record<(typeof LITTLE_GIANT_LEVELS)[number], { zh: string; en: string }> = {
  none: { zh: "否", en: "No" },
  provincial: { zh: "省级", en: "Provincial" },
  national: { zh: "国家级", en: "National" },
};

export const ENTITY_STATUSES = ["active", "merged", "deregistered"] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];
export const ENTITY_STATUS_NAMES: Record<EntityStatus, { zh: string; en: string }> = {
  active: { zh: "正常", en: "Active" },
  merged: { zh: "已合并", en: "Merged" },
  deregistered: { zh: "已注销", en: "Deregistered" },
};

const entityFields = {
  uscc: usccSchema,
  name: chineseName,
  nameEn: z.string().trim().max(200).nullish(),
  formerNames: z.array(z.string().trim().min(2).max(100)).max(20).default([]),
  kind: z.enum(ENTITY_KINDS),
  districtCode: districtCodeSchema,
  zoneCode: zoneCodeSchema.nullish(),
  industries: z.array(industryCodeSchema).max(13).default([]),
  isListed: z.boolean().default(false),
  littleGiant: z.enum(LITTLE_GIANT_LEVELS).default("none"),
  isHighTech: z.boolean().default(false),
  isFortune500Affiliate: z.boolean().default(false),
  isForeignInvested: z.boolean().default(false),
  contactName: z.string().trim().max(50).nullish(),
  contactPhone: phoneSchema.nullish(),
  address: z.string().trim().max(200).nullish(),
  website: z.string().trim().max(200).nullish(),
  foundedOn: isoDateSchema.nullish(),
};

/** The fields a person edits on an entity, in form order. */
export const ENTITY_FIELDS = Object.keys(entityFields) as (keyof typeof entityFields)[];

function zoneInDistrict(v: { zoneCode?: string | null; districtCode?: string }, ctx: z.RefinementCtx) {
  if (!v.zoneCode || !v.districtCode || !districtByCode(v.districtCode)) return;
  const zone = zoneByCode(v.zoneCode);
  if (zone && !zone.districtCodes.includes(v.districtCode)) {
    ctx.addIssue({
      code: "custom",
      path: ["zoneCode"],
      message: "zone not in district",
      params: { code: "zone_not_in_district" },
    });
  }
}

/** The fields of one entity, as a row of an import file carries them. */
export const EntityRowSchema = z.object(entityFields).strict().superRefine(zoneInDistrict);
export type EntityRow = z.infer<typeof EntityRowSchema>;

export const EntityCreateSchema = z
  .object({
    ...entityFields,
    confirmDistinct: z.boolean().optional().meta({
      description: "Save although a similarly named entity exists (after the 409 possible_duplicate warning)",
    }),
  })
  .strict()
  .superRefine(zoneInDistrict);
export type EntityCreate = z.infer<typeof EntityCreateSchema>;

export const EntityPatchSchema = z
  .object({
    uscc: entityFields.uscc.optional(),
    name: entityFields.name.optional(),
    nameEn: entityFields.nameEn,
    formerNames: z.array(z.string().trim().min(2).max(100)).max(20).optional(),
    kind: entityFields.kind.optional(),
    districtCode: entityFields.districtCode.optional(),
    zoneCode: entityFields.zoneCode,
    industries: z.array(industryCodeSchema).max(13).optional(),
    isListed: z.boolean().optional(),
    littleGiant: z.enum(LITTLE_GIANT_LEVELS).optional(),
    isHighTech: z.boolean().optional(),
    isFortune500Affiliate: z.boolean().optional(),
    isForeignInvested: z.boolean().optional(),
    contactName: entityFields.contactName,
    contactPhone: entityFields.contactPhone,
    address: entityFields.address,
    website: entityFields.website,
    foundedOn: entityFields.foundedOn,
    status: z.enum(["active", "deregistered"]).optional(),
    statusReason: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine(zoneInDistrict);
export type EntityPatch = z.infer<typeof EntityPatchSchema>;

export const EntitySchema = z
  .object({
    id: z.string().uuid(),
    uscc: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    formerNames: z.array(z.string()),
    kind: z.enum(ENTITY_KINDS),
    districtCode: z.string(),
    zoneCode: z.string().nullable(),
    industries: z.array(z.string()),
    isListed: z.boolean(),
    littleGiant: z.enum(LITTLE_GIANT_LEVELS),
    isHighTech: z.boolean(),
    isFortune500Affiliate: z.boolean(),
    isForeignInvested: z.boolean(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
    foundedOn: z.string().nullable(),
    personalDataMasked: z
      .boolean()
      .meta({ description: "true when contact fields are masked for this caller" }),
    status: z.enum(ENTITY_STATUSES),
    successorId: z.string().uuid().nullable(),
    isDemo: z.boolean(),
    nameSignature: z.string(),
  })
  .extend(auditStampSchema.shape);
export type Entity = z.infer<typeof EntitySchema>;

export const ENTITY_SORTS = [
  "name",
  "-name",
  "updatedAt",
  "-updatedAt",
  "createdAt",
  "-createdAt",
  "uscc",
  "-uscc",
  "relevance",
] as const;

export const EntityListQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(100)
      .optional()
      .meta({ description: "Chinese full-text and fuzzy search on names and former names, or a USCC" }),
    kind: csvList(z.enum(ENTITY_KINDS)),
    districtCode: csvList(districtCodeSchema),
    zoneCode: csvList(zoneCodeSchema),
    industry: csvList(industryCodeSchema),
    isListed: queryBoolean,
    littleGiant: csvList(z.enum(LITTLE_GIANT_LEVELS)),
    isHighTech: queryBoolean,
    isFortune500Affiliate: queryBoolean,
    isForeignInvested: queryBoolean,
    status: csvList(z.enum(ENTITY_STATUSES)),
    isDemo: queryBoolean,
    uscc: z.string().max(40).optional(),
    updatedFrom: isoDateSchema.optional(),
    updatedTo: isoDateSchema.optional(),
    sort: z.enum(ENTITY_SORTS).optional(),
    limit: pageLimitSchema,
    cursor: z.string().max(500).optional(),
    withTotal: queryBoolean,
  })
  .strict();
export type EntityListQuery = z.infer<typeof EntityListQuerySchema>;

export const EntityPageSchema = pageOf(EntitySchema);

export const EntityVersionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  status: z.enum(ENTITY_STATUSES),
  note: z.string().nullable(),
});

export const EntityMergeSchema = z
  .object({
    successorId: z
      .string()
      .uuid()
      .meta({ description: "The record that stays; this record becomes merged into it" }),
    reason: z.string().trim().min(2).max(500),
  })
  .strict();

export const EntityDistinctSchema = z
  .object({ otherId: z.string().uuid(), reason: z.string().trim().max(500).optional() })
  .strict();

export const DuplicateCandidateSchema = z.object({
  id: z.string().uuid(),
  uscc: z.string(),
  name: z.string(),
  districtCode: z.string(),
  status: z.enum(ENTITY_STATUSES),
  reason: z.enum(["uscc", "signature", "similar_name"]),
  similarity: z.number(),
});
