import {
  ExpertAccountSchema,
  ExpertSchema,
  ObjectionSchema,
  ProcessViewSchema,
  PublicNoticeSchema,
  ReviewSummarySchema,
  ScoreSheetViewSchema,
  WorkflowAttachmentSchema,
  WorkflowCommentSchema,
  WorkflowHistoryEntrySchema,
  WorkflowInstancePageSchema,
  WorkflowInstanceSchema,
  WorkflowInstanceViewSchema,
  WorkflowTaskSchema,
} from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { systemActor } from "../actor.js";
import { AppError } from "../errors.js";
import { actorOf } from "../http/auth-hooks.js";
import { addAttachment, listAttachments, readAttachment } from "./attachments.js";
import { addComment, listComments } from "./comments.js";
import { drawExperts } from "./draw-experts.js";
import type { WorkflowEnv } from "./env.js";
import { addExpert, expertAccounts, listExperts, updateExpert } from "./expert-pool.js";
import {
  AnswerInput,
  CommentInput,
  ExpertInput,
  NoticeInput,
  ObjectionInput,
  ScoreInput,
  UpdateDataInput,
} from "./inputs.js";
import { listInstances } from "./list-instances.js";
import { myTasks } from "./my-tasks.js";
import {
  answerObjection,
  currentNotices,
  listObjections,
  openPublicNotice,
  recordObjection,
} from "./public-notice.js";
import { findProcess, registeredProcesses } from "./registry.js";
import { recuseFromReview, submitScore } from "./scoring.js";
import { transition } from "./transition.js";
import { updateInstanceData } from "./update-data.js";
import { historyView, instanceView, processView, reviewView, scoreSheetView } from "./views.js";

const tags = ["workflow"];
const Id = z.object({ id: z.uuid() });
const Data = z.record(z.string().min(1).max(100), z.unknown());

export const TransitionBody = z
  .object({
    action: z.string().min(1).max(60),
    expectedVersion: z.number().int().min(1),
    data: Data.optional(),
    comment: z.string().trim().max(5000).optional(),
    /** Public notice length in working days, for a public_notice step (default: the process's). */
    noticeWorkingDays: z.number().int().min(1).max(60).optional(),
  })
  .strict();

/** Draws from routes never take a seed: the server draws one at random and records it. */
const DrawBody = z
  .object({
    count: z.number().int().min(1).max(50),
    requireDifferentDistrict: z.boolean().optional(),
    fields: z.array(z.string().min(1).max(60)).max(30).optional(),
  })
  .strict();

const ListQuery = z.object({
  process: z.string().max(60).optional(),
  state: z.string().max(60).optional(),
  status: z.enum(["open", "closed"]).optional(),
  areaCode: z.string().max(20).optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  mine: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

/** Public objection: the same fields as an official records, from the person who objects. */
const PublicObjectionBody = ObjectionInput.omit({ receivedAt: true });

const PUBLIC = { public: true, rateLimit: { max: 30, timeWindow: "1 minute" } } as const;

function asciiName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return ascii.trim() || "attachment";
}

/**
 * The workflow engine over HTTP, for every process: inbox, instance pages, transitions, data, comments,
 * attachments, expert pool and draws, score sheets, public notices and objections. Modules add their own
 * routes to start instances on their subjects (they know what the subject is); everything after the start
 * runs here. `env` carries the clock and the working-day calendar (tests control the clock).
 */
export async function workflowRoutes(fastify: FastifyInstance, opts: { env: WorkflowEnv }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const env = opts.env;

  app.get(
    "/api/workflow/tasks",
    {
      schema: {
        tags,
        summary: "My tasks: instances waiting on me (by role in my area, or as the applicant), review sheets",
        response: { 200: z.array(WorkflowTaskSchema) },
      },
    },
    async (request) => {
      const tasks = await myTasks(app.db, actorOf(request));
      const labelOf = (t: (typeof tasks)[number], action: string) =>
        findProcess(t.instance.process.key, t.instance.process.version)?.def.transitions.find(
          (x) => x.action === action,
        )?.label ?? { zh: action, en: action };
      return tasks.map((t) =>
        t.kind === "act"
          ? {
              kind: t.kind,
              instance: t.instance,
              actions: t.actions,
              actionLabels: t.actions.map((a) => labelOf(t, a)),
              assignmentId: null,
            }
          : {
              kind: t.kind,
              instance: t.instance,
              actions: [],
              actionLabels: [],
              assignmentId: t.assignmentId,
            },
      );
    },
  );

  app.get(
    "/api/workflow/processes",
    {
      schema: {
        tags,
        summary: "The registered processes (labels, states, path) for lists and filters",
        response: { 200: z.array(ProcessViewSchema) },
      },
    },
    async () =>
      registeredProcesses()
        .map(({ def }) => processView(def))
        .sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version),
  );

  app.get(
    "/api/workflow/instances",
    {
      schema: {
        tags,
        summary:
          "Instances I may read (mine, in my area for the processes my role takes part in, my reviews)",
        querystring: ListQuery,
        response: { 200: WorkflowInstancePageSchema },
      },
    },
    async (request) => {
      const { mine, ...q } = request.query;
      return listInstances(app.db, actorOf(request), { ...q, mine: mine === "true" });
    },
  );

  app.get(
    "/api/workflow/instances/:id",
    {
      schema: {
        tags,
        summary: "An instance with what I may do on it now",
        params: Id,
        response: { 200: WorkflowInstanceViewSchema },
      },
    },
    async (request) => instanceView(app.db, actorOf(request), request.params.id, env),
  );

  app.get(
    "/api/workflow/instances/:id/history",
    {
      schema: { tags, params: Id, response: { 200: z.array(WorkflowHistoryEntrySchema) } },
    },
    async (request) => historyView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/instances/:id/transitions",
    {
      schema: {
        tags,
        summary: "Take an action (version-checked: a stale expectedVersion gets 412 naming who acted)",
        params: Id,
        body: TransitionBody,
        response: { 200: WorkflowInstanceSchema },
      },
    },
    async (request) => {
      const { noticeWorkingDays, ...body } = request.body;
      const actor = actorOf(request);
      if (noticeWorkingDays !== undefined) {
        return openPublicNotice(
          app.db,
          actor,
          request.params.id,
          {
            action: body.action,
            expectedVersion: body.expectedVersion,
            comment: body.comment,
            workingDays: noticeWorkingDays,
          },
          env,
        );
      }
      return transition(app.db, actor, request.params.id, body, env);
    },
  );

  app.patch(
    "/api/workflow/instances/:id/data",
    {
      schema: {
        tags,
        summary:
          "Save the application's data where the state allows editing (a draft, a returned application)",
        params: Id,
        body: UpdateDataInput,
        response: { 200: WorkflowInstanceSchema },
      },
    },
    async (request) => updateInstanceData(app.db, actorOf(request), request.params.id, request.body, env),
  );

  app.get(
    "/api/workflow/instances/:id/comments",
    { schema: { tags, params: Id, response: { 200: z.array(WorkflowCommentSchema) } } },
    async (request) => listComments(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/instances/:id/comments",
    {
      schema: { tags, params: Id, body: CommentInput, response: { 200: WorkflowCommentSchema } },
    },
    async (request) => addComment(app.db, actorOf(request), request.params.id, request.body, env),
  );

  app.get(
    "/api/workflow/instances/:id/attachments",
    { schema: { tags, params: Id, response: { 200: z.array(WorkflowAttachmentSchema) } } },
    async (request) => listAttachments(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/instances/:id/attachments",
    {
      schema: {
        tags,
        summary: "Upload a file (multipart: kind, file); type and size checked against the process",
        params: Id,
        consumes: ["multipart/form-data"],
        response: { 200: WorkflowAttachmentSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart()) throw new AppError("unsupported_media_type");
      let kind = "";
      let file: { name: string; type: string; bytes: Buffer } | null = null;
      for await (const part of request.parts()) {
        if (part.type === "file") {
          file = { name: part.filename || "upload", type: part.mimetype, bytes: await part.toBuffer() };
        } else if (part.fieldname === "kind") {
          kind = String(part.value);
        }
      }
      if (!file) throw new AppError("file_missing");
      return addAttachment(
        app.db,
        actorOf(request),
        request.params.id,
        {
          kind,
          fileName: file.name,
          contentType: file.type,
          bytes: new Uint8Array(file.bytes),
        },
        env,
      );
    },
  );

  app.get(
    "/api/workflow/attachments/:id",
    { schema: { tags, summary: "Download an attachment (same access as its instance)", params: Id } },
    async (request, reply) => {
      const { meta, bytes } = await readAttachment(app.db, actorOf(request), request.params.id);
      return reply
        .header("Content-Type", meta.contentType)
        .header("X-Content-Type-Options", "nosniff")
        .header(
          "Content-Disposition",
          `attachment; filename="${asciiName(meta.fileName)}"; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`,
        )
        .send(bytes);
    },
  );

  app.get(
    "/api/workflow/instances/:id/review",
    {
      schema: {
        tags,
        summary: "The expert review for officials: draws with every exclusion and its reason, sheets, scores",
        params: Id,
        response: { 200: ReviewSummarySchema },
      },
    },
    async (request) => reviewView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/instances/:id/draws",
    {
      schema: {
        tags,
        summary: "Draw experts at random, never one with a conflict of interest (the seed is recorded)",
        params: Id,
        body: DrawBody,
        response: { 200: ReviewSummarySchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await drawExperts(app.db, actor, request.params.id, request.body, env);
      return reviewView(app.db, actor, request.params.id);
    },
  );

  app.get(
    "/api/workflow/assignments/:id",
    {
      schema: { tags, summary: "My score sheet", params: Id, response: { 200: ScoreSheetViewSchema } },
    },
    async (request) => scoreSheetView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/assignments/:id/score",
    {
      schema: {
        tags,
        summary: "Submit my score sheet (once)",
        params: Id,
        body: ScoreInput,
        response: { 200: ScoreSheetViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await submitScore(app.db, actor, request.params.id, request.body, env);
      return scoreSheetView(app.db, actor, request.params.id);
    },
  );

  app.post(
    "/api/workflow/assignments/:id/recuse",
    {
      schema: {
        tags,
        summary: "Stand aside from a review (a conflict the pool did not know)",
        params: Id,
        body: z.object({ reason: z.string().trim().min(2).max(2000) }).strict(),
        response: { 200: ScoreSheetViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await recuseFromReview(app.db, actor, request.params.id, request.body, env);
      return scoreSheetView(app.db, actor, request.params.id);
    },
  );

  app.get(
    "/api/workflow/instances/:id/objections",
    { schema: { tags, params: Id, response: { 200: z.array(ObjectionSchema) } } },
    async (request) => listObjections(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/workflow/instances/:id/objections",
    {
      schema: {
        tags,
        summary: "Record an objection received during the public notice",
        params: Id,
        body: ObjectionInput,
        response: { 200: ObjectionSchema },
      },
    },
    async (request) => recordObjection(app.db, actorOf(request), request.params.id, request.body, env),
  );

  app.post(
    "/api/workflow/objections/:id/answer",
    {
      schema: { tags, params: Id, body: AnswerInput, response: { 200: ObjectionSchema } },
    },
    async (request) => answerObjection(app.db, actorOf(request), request.params.id, request.body, env),
  );

  app.post(
    "/api/workflow/instances/:id/notice",
    {
      schema: {
        tags,
        summary: "Open the public notice (公示) for a number of working days",
        params: Id,
        body: NoticeInput,
        response: { 200: WorkflowInstanceSchema },
      },
    },
    async (request) => openPublicNotice(app.db, actorOf(request), request.params.id, request.body, env),
  );

  app.get(
    "/api/workflow/experts",
    { schema: { tags, summary: "The expert pool (专家库)", response: { 200: z.array(ExpertSchema) } } },
    async (request) => listExperts(app.db, actorOf(request)),
  );

  app.get(
    "/api/workflow/expert-accounts",
    {
      schema: {
        tags,
        summary: "User accounts with the expert role, for linking pool entries (pool managers)",
        response: { 200: z.array(ExpertAccountSchema) },
      },
    },
    async (request) => expertAccounts(app.db, actorOf(request)),
  );

  app.post(
    "/api/workflow/experts",
    { schema: { tags, body: ExpertInput, response: { 200: ExpertSchema } } },
    async (request) => addExpert(app.db, actorOf(request), request.body, env),
  );

  app.patch(
    "/api/workflow/experts/:id",
    {
      schema: {
        tags,
        params: Id,
        body: ExpertInput.partial()
          .extend({ expectedVersion: z.number().int().min(1) })
          .strict(),
        response: { 200: ExpertSchema },
      },
    },
    async (request) => {
      const { expectedVersion, ...patch } = request.body;
      return updateExpert(app.db, actorOf(request), request.params.id, expectedVersion, patch, env);
    },
  );

  // Public notices (公示): what is under notice now, and objections from the public.
  app.get(
    "/api/public/notices",
    {
      config: PUBLIC,
      schema: {
        tags: ["public"],
        summary: "Public notices (公示) open now",
        security: [],
        response: { 200: z.array(PublicNoticeSchema) },
      },
    },
    async () => {
      const open = await currentNotices(app.db, env.clock.now());
      const out: z.infer<typeof PublicNoticeSchema>[] = [];
      for (const n of open) {
        const registered = findProcess(n.instance.processKey, n.instance.processVersion);
        const describe = registered?.hooks.describeSubject;
        if (!registered || !describe) continue; // a process without a public description is not listed
        const d = await describe(app.db, n.instance);
        out.push({
          id: n.instanceId,
          process: registered.def.label,
          title: d.title,
          holder: d.holder,
          areaCode: n.instance.areaCode,
          startsOn: n.startsOn,
          endsOn: n.endsOn,
          workingDays: n.workingDays,
          lines: d.lines,
        });
      }
      return out;
    },
  );

  app.post(
    "/api/public/notices/:id/objections",
    {
      config: { ...PUBLIC, rateLimit: { max: 5, timeWindow: "1 minute" } },
      schema: {
        tags: ["public"],
        summary:
          "Object to a notice (real name, identity number and contact are required; kept confidential)",
        security: [],
        params: Id,
        body: PublicObjectionBody,
        response: { 200: z.object({ receivedAt: z.string() }) },
      },
    },
    async (request) => {
      const saved = await recordObjection(
        app.db,
        systemActor("public-portal"),
        request.params.id,
        request.body,
        env,
      );
      return { receivedAt: saved.receivedAt };
    },
  );
}
