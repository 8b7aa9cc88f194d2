import { z } from "zod";
import { districtByCode, zoneByCode } from "../areas.js";
import {
  PLATFORM_CATEGORIES,
  PLATFORM_INITIAL_STATUSES,
  PLATFORM_LEVELS,
  PLATFORM_LINK_ROLES,
  PLATFORM_STATUSES,
  PLATFORM_TYPE_CODES,
} from "../platform-types.js";
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

/** A CERIF-style dated link of an organisation (entity) to a platform in a role. */
export const PlatformLinkInputSchema = z
  .object({
    entityId: z.string().uuid(),
    role: z.enum(PLATFORM_LINK_ROLES),
    startOn: isoDateSchema.nullish(),
    endOn: isoDateSchema.nullish(),
    note: z.string().trim().max(200).nullish(),
  })
  .strict();
export type PlatformLinkInput = z.infer<typeof PlatformLinkInputSchema>;

const platformFields = {
  name: chineseName,
  nameEn: z.string().trim().max(200).nullish(),
  typeCode: z.enum(PLATFORM_TYPE_CODES),
  level: z.enum(PLATFORM_LEVELS),
  hostEntityId: z.string().uuid().meta({ description: "依托单位: the id of an entity in the registry" }),
  districtCode: districtCodeSchema,
  zoneCode: zoneCodeSchema.nullish(),
  industries: z.array(industryCodeSchema).max(13).default([]),
  recognisedOn: isoDateSchema.nullish(),
  recognitionDocNo: z.string().trim().max(100).nullish(),
  externalCode: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullish()
    .meta({ description: "A code the platform carries elsewhere (e.g. the ministry's number); unique" }),
  website: z.string().trim().max(200).nullish(),
  address: z.string().trim().max(200).nullish(),
  description: z.string().trim().max(2000).nullish(),
  contactName: z.string().trim().max(50).nullish(),
  contactPhone: phoneSchema.nullish(),
  notes: z.string().trim().max(2000).nullish().meta({ description: "Internal notes; never public" }),
  links: z.array(PlatformLinkInputSchema).max(30).default([]),
};

/** The fields a person edits on a platform, in form order (status has its own rules). */
export const PLATFORM_FIELDS = Object.keys(platformFields) as (keyof typeof platformFields)[];

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

const statusChange = {
  statusOn: isoDateSchema
    .optional()
    .meta({ description: "The day the status took effect (default: today in Asia/Shanghai)" }),
  statusNote: z.string().trim().max(500).optional(),
};

export const PlatformCreateSchema = z
  .object({
    ...platformFields,
    status: z.enum(PLATFORM_INITIAL_STATUSES).default("cultivating"),
    ...statusChange,
  })
  .strict()
  .superRefine(zoneInDistrict);
export type PlatformCreate = z.infer<typeof PlatformCreateSchema>;

export const PlatformPatchSchema = z
  .object({
    name: platformFields.name.optional(),
    nameEn: platformFields.nameEn,
    typeCode: platformFields.typeCode.optional(),
    level: platformFields.level.optional(),
    hostEntityId: platformFields.hostEntityId.optional(),
    districtCode: platformFields.districtCode.optional(),
    zoneCode: platformFields.zoneCode,
    industries: z.array(industryCodeSchema).max(13).optional(),
    recognisedOn: platformFields.recognisedOn,
    recognitionDocNo: platformFields.recognitionDocNo,
    externalCode: platformFields.externalCode,
    website: platformFields.website,
    address: platformFields.address,
    description: platformFields.description,
    contactName: platformFields.contactName,
    contactPhone: platformFields.contactPhone,
    notes: platformFields.notes,
    links: z
      .array(PlatformLinkInputSchema)
      .max(30)
      .optional()
      .meta({ description: "Replaces the platform's links" }),
    status: z.enum(PLATFORM_STATUSES).optional(),
    successorId: z
      .string()
      .uuid()
      .optional()
      .meta({ description: "Required when the status becomes merged" }),
    ...statusChange,
  })
  .strict()
  .superRefine(zoneInDistrict);
export type PlatformPatch = z.infer<typeof PlatformPatchSchema>;

/**
 * One row of a platform import file: the host and co-builders are named by their unified social credit codes;
 * the host's name is informative only. Upsert key: the platform code when given, else type + name + host.
 */
export const PlatformImportRowSchema = z
  .object({
    externalCode: platformFields.externalCode,
    name: chineseName,
    nameEn: platformFields.nameEn,
    typeCode: platformFields.typeCode,
    level: platformFields.level,
    hostUscc: usccSchema,
    hostName: z.string().max(200).optional(),
    districtCode: districtCodeSchema,
    zoneCode: platformFields.zoneCode,
    industries: platformFields.industries,
    recognisedOn: platformFields.recognisedOn,
    recognitionDocNo: platformFields.recognitionDocNo,
    status: z.enum(PLATFORM_STATUSES).optional(),
    coBuilderUsccs: z.array(usccSchema).max(30).optional(),
    website: platformFields.website,
    address: platformFields.address,
    description: platformFields.description,
    contactName: platformFields.contactName,
    contactPhone: platformFields.contactPhone,
  })
  .strict()
  .superRefine(zoneInDistrict);
export type PlatformImportRow = z.infer<typeof PlatformImportRowSchema>;

const labelled = z.object({ id: z.string().uuid(), name: z.string(), uscc: z.string() });

export const PlatformLinkSchema = z.object({
  id: z.string().uuid(),
  entityId: z.string().uuid(),
  entityName: z.string().nullable(),
  role: z.enum(PLATFORM_LINK_ROLES),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const PlatformSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    nameEn: z.string().nullable(),
    typeCode: z.string(),
    category: z.enum(PLATFORM_CATEGORIES),
    isRdCentre: z.boolean(),
    level: z.enum(PLATFORM_LEVELS),
    hostEntityId: z.string().uuid(),
    host: labelled.nullable(),
    districtCode: z.string(),
    zoneCode: z.string().nullable(),
    industries: z.array(z.string()),
    recognisedOn: z.string().nullable(),
    recognitionDocNo: z.string().nullable(),
    externalCode: z.string().nullable(),
    status: z.enum(PLATFORM_STATUSES),
    statusOn: z.string().nullable(),
    successorId: z.string().uuid().nullable(),
    website: z.string().nullable(),
    address: z.string().nullable(),
    description: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    personalDataMasked: z.boolean(),
    notes: z.string().nullable(),
    links: z.array(PlatformLinkSchema),
    source: z.string().nullable(),
    isDemo: z.boolean(),
  })
  .extend(auditStampSchema.shape);
export type Platform = z.infer<typeof PlatformSchema>;

/** What the public directory shows: no contacts, no internal notes, no editors. */
export const PublicPlatformSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  nameEn: z.string().nullable(),
  typeCode: z.string(),
  category: z.enum(PLATFORM_CATEGORIES),
  isRdCentre: z.boolean(),
  level: z.enum(PLATFORM_LEVELS),
  hostName: z.string().nullable(),
  coBuilders: z.array(z.object({ name: z.string(), role: z.enum(PLATFORM_LINK_ROLES) })),
  districtCode: z.string(),
  zoneCode: z.string().nullable(),
  industries: z.array(z.string()),
  recognisedOn: z.string().nullable(),
  recognitionDocNo: z.string().nullable(),
  status: z.enum(PLATFORM_STATUSES),
  website: z.string().nullable(),
  description: z.string().nullable(),
  isDemo: z.boolean(),
});
export type PublicPlatform = z.infer<typeof PublicPlatformSchema>;

export const PLATFORM_SORTS = [
  "name",
  "-name",
  "recognisedOn",
  "-recognisedOn",
  "updatedAt",
  "-updatedAt",
  "createdAt",
  "-createdAt",
  "relevance",
] as const;

const filterFields = {
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: "Chinese full-text and fuzzy search on the names, or a platform code" }),
  typeCode: csvList(z.enum(PLATFORM_TYPE_CODES)),
  category: csvList(z.enum(PLATFORM_CATEGORIES)),
  level: csvList(z.enum(PLATFORM_LEVELS)),
  districtCode: csvList(districtCodeSchema),
  zoneCode: csvList(zoneCodeSchema).meta({ description: "Zones include their sub-zones" }),
  industry: csvList(industryCodeSchema),
  rdCentre: queryBoolean.meta({
    description: "Only the five R&D centre kinds (true) or none of them (false)",
  }),
  recognisedFrom: isoDateSchema.optional(),
  recognisedTo: isoDateSchema.optional(),
};

export const PlatformListQuerySchema = z
  .object({
    ...filterFields,
    status: csvList(z.enum(PLATFORM_STATUSES)),
    hostEntityId: csvList(z.string().uuid()),
    isDemo: queryBoolean,
    sort: z.enum(PLATFORM_SORTS).optional(),
    limit: pageLimitSchema,
    cursor: z.string().max(500).optional(),
    withTotal: queryBoolean,
  })
  .strict();
export type PlatformListQuery = z.infer<typeof PlatformListQuerySchema>;
export type PlatformFilter = Omit<PlatformListQuery, "sort" | "limit" | "cursor" | "withTotal">;

export const PlatformFilterQuerySchema = PlatformListQuerySchema.omit({
  sort: true,
  limit: true,
  cursor: true,
  withTotal: true,
});

export const PlatformPageSchema = pageOf(PlatformSchema);

const PUBLIC_STATUSES = ["recognised", "operating", "evaluated"] as const;

/** The public directory's filters: never contacts, notes or statuses outside the public ones. */
export const PublicPlatformQuerySchema = z
  .object({
    ...filterFields,
    status: csvList(z.enum(PUBLIC_STATUSES)),
    sort: z.enum(PLATFORM_SORTS).optional(),
    limit: pageLimitSchema,
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type PublicPlatformQuery = z.infer<typeof PublicPlatformQuerySchema>;
export const PublicPlatformFilterSchema = PublicPlatformQuerySchema.omit({
  sort: true,
  limit: true,
  cursor: true,
});

export const PublicPlatformPageSchema = z.object({
  items: z.array(PublicPlatformSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});

const countOf = z.object({ code: z.string(), count: z.number().int() });

export const PlatformFacetsSchema = z.object({
  total: z.number().int(),
  category: z.array(countOf),
  type: z.array(countOf),
  level: z.array(countOf),
  status: z.array(countOf),
  district: z.array(countOf),
  zone: z.array(countOf).meta({ description: "Counts include the zone's sub-zones" }),
});
export type PlatformFacets = z.infer<typeof PlatformFacetsSchema>;

export const PlatformMapSchema = z.object({
  total: z.number().int(),
  districts: z.array(
    z.object({ code: z.string(), name: z.string(), nameEn: z.string(), count: z.number().int() }),
  ),
});
export type PlatformMap = z.infer<typeof PlatformMapSchema>;

export const PlatformVersionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  status: z.enum(PLATFORM_STATUSES),
  note: z.string().nullable(),
});

export const PlatformStatusEntrySchema = z.object({
  status: z.enum(PLATFORM_STATUSES),
  fromStatus: z.enum(PLATFORM_STATUSES).nullable(),
  effectiveOn: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  note: z.string().nullable(),
});

export const PlatformTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  category: z.enum(PLATFORM_CATEGORIES),
  levels: z.array(z.enum(PLATFORM_LEVELS)),
  isRdCentre: z.boolean(),
  sortOrder: z.number().int(),
});
