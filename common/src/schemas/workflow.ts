import { z } from "zod";

/**
 * What the workflow API answers (server routes validate against these; the web reads the same types).
 * The engine's input schemas live with the engine (server/src/core/workflow/inputs.ts).
 */
export const LabelSchema = z.object({ zh: z.string(), en: z.string() });
export type LabelText = z.infer<typeof LabelSchema>;

export const WorkflowInstanceSchema = z.object({
  id: z.string(),
  process: z.object({ key: z.string(), version: z.number().int(), label: LabelSchema }),
  subject: z.object({ type: z.string(), id: z.string() }),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  ownerOrgId: z.string().nullable(),
  areaCode: z.string(),
  zoneCode: z.string().nullable(),
  state: z.string(),
  stateLabel: LabelSchema,
  stateEnteredAt: z.string(),
  data: z.record(z.string(), z.unknown()),
  stepResults: z.record(z.string(), z.unknown()),
  dueAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type WorkflowInstanceDto = z.infer<typeof WorkflowInstanceSchema>;

export const WorkflowActionSchema = z.object({
  action: z.string(),
  label: LabelSchema,
  to: z.string(),
  toLabel: LabelSchema,
  step: z.string().nullable(),
  outcome: z.enum(["positive", "negative"]),
  commentRequired: z.boolean(),
  requiredFields: z.array(z.object({ name: z.string(), label: LabelSchema })).nullable(),
  requiredAttachments: z.array(z.object({ kind: z.string(), label: LabelSchema })),
  dueAt: z.string().nullable(),
  blockers: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) })),
});
export type WorkflowActionDto = z.infer<typeof WorkflowActionSchema>;

/** The parts of a process definition a page needs to show an instance (no rules, no schemas). */
export const ProcessViewSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  label: LabelSchema,
  subjectType: z.string(),
  states: z.array(z.object({ name: z.string(), label: LabelSchema, final: z.boolean() })),
  /** The main path through the states (for a step bar): the states reached by positive transitions. */
  path: z.array(z.string()),
  fieldLabels: z.record(z.string(), LabelSchema),
  attachmentKinds: z.array(
    z.object({
      kind: z.string(),
      label: LabelSchema,
      internal: z.boolean(),
      contentTypes: z.array(z.string()),
      maxBytes: z.number().int(),
    }),
  ),
  checklist: z.array(z.object({ key: z.string(), label: LabelSchema })),
  criteria: z.array(z.object({ key: z.string(), label: LabelSchema, max: z.number(), weight: z.number() })),
  reviewExperts: z.number().int().nullable(),
  noticeWorkingDays: z.number().int(),
});
export type ProcessViewDto = z.infer<typeof ProcessViewSchema>;

/** An instance with what the viewer may do on it now and how the viewer relates to it. */
export const WorkflowInstanceViewSchema = z.object({
  instance: WorkflowInstanceSchema,
  process: ProcessViewSchema,
  actions: z.array(WorkflowActionSchema),
  viewer: z.object({
    owner: z.boolean(),
    official: z.boolean(),
    /** The viewer's open review assignment on this instance (experts). */
    assignmentId: z.string().nullable(),
    /** The viewer may draw experts / handle objections now. */
    mayDraw: z.boolean(),
    mayHandleObjections: z.boolean(),
    mayEdit: z.boolean(),
  }),
  notice: z
    .object({
      startsOn: z.string(),
      endsOn: z.string(),
      endsAt: z.string(),
      workingDays: z.number().int(),
      open: z.boolean(),
    })
    .nullable(),
  certificate: z
    .object({ id: z.string(), number: z.string(), issuedOn: z.string(), revoked: z.boolean() })
    .nullable(),
});
export type WorkflowInstanceViewDto = z.infer<typeof WorkflowInstanceViewSchema>;

export const WorkflowHistoryEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(["transition", "event"]),
  at: z.string(),
  /** Empty where the reader may not know who acted (a reviewer's name, for the applicant). */
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  actionLabel: LabelSchema,
  from: z.string(),
  to: z.string(),
  toLabel: LabelSchema,
  version: z.number().int(),
  comment: z.string().nullable(),
  dataDelta: z.record(z.string(), z.unknown()).nullable(),
});
export type WorkflowHistoryEntryDto = z.infer<typeof WorkflowHistoryEntrySchema>;

export const WorkflowCommentSchema = z.object({
  id: z.string(),
  at: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  body: z.string(),
  internal: z.boolean(),
});
export type WorkflowCommentDto = z.infer<typeof WorkflowCommentSchema>;

export const WorkflowAttachmentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  state: z.string(),
  uploadedAt: z.string(),
  uploadedByName: z.string(),
});
export type WorkflowAttachmentDto = z.infer<typeof WorkflowAttachmentSchema>;

export const WorkflowTaskSchema = z.object({
  kind: z.enum(["act", "review"]),
  instance: WorkflowInstanceSchema,
  actions: z.array(z.string()),
  /** The actions' labels, in the same order. */
  actionLabels: z.array(LabelSchema),
  assignmentId: z.string().nullable(),
});
export type WorkflowTaskDto = z.infer<typeof WorkflowTaskSchema>;

export const WorkflowInstancePageSchema = z.object({
  rows: z.array(WorkflowInstanceSchema),
  total: z.number().int(),
});

export const ExpertSchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  orgEntityId: z.string().nullable(),
  orgName: z.string().nullable(),
  districtCode: z.string().nullable(),
  fields: z.array(z.string()),
  avoidEntityIds: z.array(z.string()),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ExpertDto = z.infer<typeof ExpertSchema>;

/** A user account with the expert role (to link a pool entry to the person who scores). */
export const ExpertAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  /** The pool entry already linked to this account, if any. */
  expertId: z.string().nullable(),
});
export type ExpertAccountDto = z.infer<typeof ExpertAccountSchema>;

export const ExclusionSchema = z.object({
  expertId: z.string(),
  name: z.string(),
  reasons: z.array(z.string()),
  reasonLabels: z.array(LabelSchema),
});

export const DrawSchema = z.object({
  id: z.string(),
  at: z.string(),
  byName: z.string(),
  seed: z.string(),
  count: z.number().int(),
  requireDifferentDistrict: z.boolean(),
  candidates: z.number().int(),
  excluded: z.array(ExclusionSchema),
  selected: z.array(z.object({ expertId: z.string(), name: z.string() })),
});
export type DrawDto = z.infer<typeof DrawSchema>;

export const AssignmentSchema = z.object({
  id: z.string(),
  expertId: z.string(),
  expertName: z.string(),
  status: z.string(),
  drawnAt: z.string(),
  submittedAt: z.string().nullable(),
  total: z.number().nullable(),
});

const StatisticSchema = z.object({
  n: z.number().int(),
  mean: z.number(),
  trimmedMean: z.number().nullable(),
});
export const ReviewSummarySchema = z.object({
  assignments: z.array(AssignmentSchema),
  draws: z.array(DrawSchema),
  summary: z.object({
    count: z.number().int(),
    criteria: z.record(z.string(), StatisticSchema),
    total: StatisticSchema.nullable(),
  }),
});
export type ReviewSummaryDto = z.infer<typeof ReviewSummarySchema>;

export const ObjectionSchema = z.object({
  id: z.string(),
  noticeId: z.string(),
  objectorName: z.string().nullable(),
  objectorIdentity: z.string().nullable(),
  objectorContact: z.string().nullable(),
  body: z.string(),
  receivedAt: z.string(),
  recordedBy: z.string().nullable(),
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type ObjectionDto = z.infer<typeof ObjectionSchema>;

export const ScoreSheetViewSchema = z.object({
  assignmentId: z.string(),
  status: z.string(),
  instance: WorkflowInstanceSchema,
  criteria: z.array(z.object({ key: z.string(), label: LabelSchema, max: z.number(), weight: z.number() })),
  scores: z.record(z.string(), z.number()).nullable(),
  total: z.number().nullable(),
  comment: z.string().nullable(),
});
export type ScoreSheetViewDto = z.infer<typeof ScoreSheetViewSchema>;

/** A public notice (公示) as the public portal lists it. */
export const PublicNoticeSchema = z.object({
  id: z.string(),
  process: LabelSchema,
  title: z.string(),
  holder: z.string().nullable(),
  areaCode: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  workingDays: z.number().int(),
  lines: z.array(z.object({ label: LabelSchema, value: z.string() })),
});
export type PublicNoticeDto = z.infer<typeof PublicNoticeSchema>;
