import { CITY_CODE, DISTRICT_CODES } from "@rdcity/common";
import { z } from "zod";

/** Input schemas of the engine's commands; routes reuse them at the HTTP boundary. */
const Data = z.record(z.string().min(1).max(100), z.unknown());
const Comment = z.string().trim().max(5000);

export const StartInstanceInput = z
  .object({
    process: z.union([
      z.string().min(1),
      z.object({ key: z.string().min(1), version: z.number().int().min(1).optional() }).strict(),
    ]),
    subject: z.object({ type: z.string().min(1).max(50), id: z.string().min(1).max(100) }).strict(),
    ownerOrgId: z.uuid().nullable().optional(),
    /** How the applicant is shown (an organisation's name); default: the starting user's name. */
    ownerName: z.string().trim().min(1).max(200).optional(),
    /** Co-applicants: their experts must stand aside too. */
    partyOrgIds: z.array(z.uuid()).max(50).optional(),
    /** A district, or the city itself for instances that belong to no district (a city department's). */
    areaCode: z.enum([CITY_CODE, ...DISTRICT_CODES]),
    zoneCode: z.string().min(1).max(20).nullable().optional(),
    data: Data.optional(),
  })
  .strict();
export type StartInstanceInput = z.input<typeof StartInstanceInput>;

export const TransitionInput = z
  .object({
    action: z.string().min(1).max(60),
    expectedVersion: z.number().int().min(1),
    data: Data.optional(),
    comment: Comment.optional(),
  })
  .strict();
export type TransitionInput = z.input<typeof TransitionInput>;

export const UpdateDataInput = z.object({ expectedVersion: z.number().int().min(1), data: Data }).strict();
export type UpdateDataInput = z.input<typeof UpdateDataInput>;

export const CommentInput = z.object({ body: Comment.min(1), internal: z.boolean().optional() }).strict();
export type CommentInput = z.input<typeof CommentInput>;

export const AttachmentInput = z
  .object({
    kind: z.string().min(1).max(60),
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/\0]/.test(n), "no path separators"),
    contentType: z.string().trim().toLowerCase().min(3).max(100),
    bytes: z.instanceof(Uint8Array),
  })
  .strict();
export type AttachmentInput = z.input<typeof AttachmentInput>;

export const ExpertInput = z
  .object({
    userId: z.uuid().nullable().optional(),
    name: z.string().trim().min(1).max(100),
    orgEntityId: z.uuid().nullable().optional(),
    orgName: z.string().trim().max(200).nullable().optional(),
    districtCode: z.enum(DISTRICT_CODES).nullable().optional(),
    fields: z.array(z.string().min(1).max(60)).max(30).optional(),
    avoidEntityIds: z.array(z.uuid()).max(200).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type ExpertInput = z.input<typeof ExpertInput>;

export const DrawInput = z
  .object({
    count: z.number().int().min(1).max(50),
    /** Recorded with the draw; a random 256-bit seed when absent. */
    seed: z.string().min(8).max(128).optional(),
    requireDifferentDistrict: z.boolean().optional(),
    /** Draw only experts with one of these fields. */
    fields: z.array(z.string().min(1).max(60)).max(30).optional(),
  })
  .strict();
export type DrawInput = z.input<typeof DrawInput>;

export const ScoreInput = z
  .object({ scores: z.record(z.string(), z.number()), comment: Comment.optional() })
  .strict();
export type ScoreInput = z.input<typeof ScoreInput>;

export const NoticeInput = z
  .object({
    expectedVersion: z.number().int().min(1),
    workingDays: z.number().int().min(1).max(60).optional(),
    action: z.string().min(1).max(60).optional(),
    comment: Comment.optional(),
  })
  .strict();
export type NoticeInput = z.input<typeof NoticeInput>;

export const ObjectionInput = z
  .object({
    objectorName: z.string().trim().min(1).max(100),
    /** ID number, or the organisation's credit code, of whoever objects (anonymous objections are not taken). */
    objectorIdentity: z.string().trim().min(1).max(100),
    objectorContact: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(10000),
    receivedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type ObjectionInput = z.input<typeof ObjectionInput>;

export const AnswerInput = z.object({ answer: z.string().trim().min(1).max(10000) }).strict();
export type AnswerInput = z.input<typeof AnswerInput>;
