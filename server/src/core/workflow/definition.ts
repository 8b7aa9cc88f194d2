import { ROLES } from "@rdcity/common";
import { z } from "zod";

/**
 * A process definition is data: a TS object validated by ProcessDefinitionSchema when a module registers it
 * at start. Instances store the definition's key and version, so a changed process gets a new version and
 * running instances keep the rules they started under.
 */
export const STEP_TYPES = [
  "formal_check",
  "expert_review",
  "public_notice",
  "decision",
  "certificate",
] as const;
export type StepType = (typeof STEP_TYPES)[number];

const Name = z.string().regex(/^[a-z][a-z0-9_]*$/, "lower_snake_case");
const Label = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type Label = z.infer<typeof Label>;

/** Who may take a transition: a role, "owner" (the applicant or a user of the applying organisation) or the system. */
export const Participant = z.union([z.enum(ROLES), z.literal("owner"), z.literal("system")]);
export type Participant = z.infer<typeof Participant>;

/** A time limit counted from entering the state: working days (China's calendar) or calendar days. */
export const TimeLimit = z.union([
  z.object({ workingDays: z.number().int().min(1).max(365) }).strict(),
  z.object({ calendarDays: z.number().int().min(1).max(3650) }).strict(),
]);
export type TimeLimit = z.infer<typeof TimeLimit>;

const isZodType = (v: unknown): v is z.ZodType => v instanceof z.ZodType;
/** Required fields: a list of names that must be non-empty, or a zod schema the merged data must satisfy. */
const FieldsSpec = z.union([z.array(z.string().min(1)).min(1), z.custom<z.ZodType>(isZodType)]);

export const TransitionSchema = z
  .object({
    action: Name,
    label: Label,
    from: z.union([Name, z.array(Name).min(1)]),
    to: Name,
    roles: z.array(Participant).min(1),
    fields: FieldsSpec.optional(),
    /** Attachment kinds that must have been uploaded before the transition. */
    attachments: z.array(Name).optional(),
    /** The transition must be taken within this limit of entering the from-state. */
    deadline: TimeLimit.optional(),
    step: z.enum(STEP_TYPES).optional(),
    /** positive: passes / approves; negative: returns / rejects (a comment is then required). */
    outcome: z.enum(["positive", "negative"]).default("positive"),
    commentRequired: z.boolean().default(false),
    /** May leave a state under public notice before the notice ends (withdrawal, suspension). */
    interruptsNotice: z.boolean().default(false),
  })
  .strict();

const StateSchema = z
  .object({
    label: Label,
    final: z.boolean().default(false),
    /** Who may change the instance's data while it is in this state (a draft, a returned application). */
    editableBy: z.array(Participant).default([]),
  })
  .strict();

const AttachmentKind = z
  .object({
    label: Label,
    /** Officials' files (review reports, internal opinions): never shown to the applicant or the experts. */
    internal: z.boolean().default(false),
    contentTypes: z.array(z.string().min(3)).min(1).optional(),
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(200 * 1024 * 1024)
      .optional(),
  })
  .strict();

export const DEFAULT_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const ProcessDefinitionSchema = z
  .object({
    key: Name,
    version: z.number().int().min(1),
    label: Label,
    /** The kind of record the process runs on ("platform", "green_card", "ticket"). */
    subjectType: Name,
    initialState: Name,
    states: z.record(Name, StateSchema),
    transitions: z.array(TransitionSchema).min(1),
    /** Roles that may start an instance; an entity user starts only for its own organisation. */
    starters: z.array(Participant).min(1),
    /** Roles that may read instances in their scope without taking part (leadership, departments). */
    readers: z.array(z.enum(ROLES)).default([]),
    fieldLabels: z.record(z.string(), Label).default({}),
    attachments: z
      .object({
        kinds: z.record(Name, AttachmentKind),
        contentTypes: z.array(z.string().min(3)).min(1).default(DEFAULT_CONTENT_TYPES),
        maxBytes: z
          .number()
          .int()
          .min(1)
          .max(200 * 1024 * 1024)
          .default(DEFAULT_MAX_BYTES),
      })
      .strict()
      .default({ kinds: {}, contentTypes: DEFAULT_CONTENT_TYPES, maxBytes: DEFAULT_MAX_BYTES }),
    formalCheck: z
      .object({ checklist: z.array(z.object({ key: Name, label: Label }).strict()).min(1) })
      .strict()
      .optional(),
    review: z
      .object({
        criteria: z
          .array(
            z
              .object({
                key: Name,
                label: Label,
                max: z.number().positive(),
                weight: z.number().positive().default(1),
              })
              .strict(),
          )
          .min(1),
        /** How many experts a draw takes when the caller does not say. */
        experts: z.number().int().min(1).max(50).default(5),
        /** Submitted score sheets needed to conclude the review (default: the number drawn by default). */
        minScores: z.number().int().min(1).optional(),
        requireDifferentDistrict: z.boolean().default(false),
      })
      .strict()
      .optional(),
    notice: z
      .object({ workingDays: z.number().int().min(1).max(60).default(5) })
      .strict()
      .default({ workingDays: 5 }),
    certificate: z
      .object({
        /** The series of numbers, e.g. "长科研认"; numbers read 长科研认〔2026〕0001号 by default. */
        series: z.string().min(1),
        format: z.string().default("{series}〔{year}〕{seq}号"),
        digits: z.number().int().min(1).max(8).default(4),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((def, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message });
    const states = new Set(Object.keys(def.states));
    if (!states.has(def.initialState)) problem(`initialState ${def.initialState} is not a state`);
    const seen = new Set<string>();
    for (const t of def.transitions) {
      for (const from of fromStates(t)) {
        if (!states.has(from)) problem(`${t.action}: from ${from} is not a state`);
        if (def.states[from]?.final) problem(`${t.action}: leaves the final state ${from}`);
        if (seen.has(`${from}/${t.action}`)) problem(`${t.action}: defined twice from ${from}`);
        seen.add(`${from}/${t.action}`);
      }
      if (!states.has(t.to)) problem(`${t.action}: to ${t.to} is not a state`);
      for (const kind of t.attachments ?? [])
        if (!def.attachments.kinds[kind]) problem(`${t.action}: attachment kind ${kind} is not declared`);
      if (t.step === "expert_review" && !def.review) problem(`${t.action}: expert_review needs review`);
      if (t.step === "certificate" && !def.certificate) problem(`${t.action}: certificate needs certificate`);
    }
  });

export type ProcessDefinitionInput = z.input<typeof ProcessDefinitionSchema>;
export type ProcessDefinition = z.output<typeof ProcessDefinitionSchema>;
export type Transition = z.output<typeof TransitionSchema>;
export type StateDefinition = z.output<typeof StateSchema>;

export function fromStates(t: { from: string | string[] }): string[] {
  return Array.isArray(t.from) ? t.from : [t.from];
}

export function transitionsFrom(def: ProcessDefinition, state: string): Transition[] {
  return def.transitions.filter((t) => fromStates(t).includes(state));
}

/** Every role that takes part in the process somewhere (they may read instances in their scope). */
export function participantRoles(def: ProcessDefinition): Set<Participant> {
  return new Set([...def.transitions.flatMap((t) => t.roles), ...def.readers]);
}
