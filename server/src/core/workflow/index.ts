/**
 * The workflow engine (public face of core/workflow): processes defined as data and registered by modules,
 * instances with history, an inbox per user, comments, attachments, and the steps any process can use —
 * formal check, expert review (pool, conflict-free random draw, scoring, aggregation), public notice in
 * working days with objections, decision, certificate number. Modules import only this file.
 */
export { canRead, isOfficial, isOwner } from "./access.js";
export { aggregate, type ScoreSheet, type ScoreSummary, type Statistic } from "./aggregate.js";
export {
  addAttachment,
  listAttachments,
  readAttachment,
  type WorkflowAttachment,
} from "./attachments.js";
export { type AvailableAction, availableActions } from "./available-actions.js";
export { type CertificateRecord, certificateByNumber, readableCertificate } from "./certificate-lookup.js";
export { revokeCertificates, verifyCertificate } from "./certificates.js";
export { addComment, listComments, type WorkflowComment } from "./comments.js";
export { EXCLUSION_REASONS, type ExclusionReason } from "./conflicts.js";
export {
  type Label,
  type Participant,
  type ProcessDefinition,
  type ProcessDefinitionInput,
  ProcessDefinitionSchema,
  STEP_TYPES,
  type StepType,
  type TimeLimit,
  type Transition,
  transitionsFrom,
} from "./definition.js";
export { type DrawResult, drawExperts, drawRank, listDraws } from "./draw-experts.js";
export { type DueInstance, dueInstances } from "./due.js";
export { defaultEnv, type WorkflowEnv } from "./env.js";
export {
  onWorkflowEvent,
  type WorkflowEvent,
  type WorkflowEventKind,
  type WorkflowListener,
} from "./events.js";
export { addExpert, EXPERT_POOL_MANAGERS, type Expert, listExperts, updateExpert } from "./expert-pool.js";
export { getInstance, instanceHistory, type WorkflowInstance } from "./history.js";
export {
  AnswerInput,
  AttachmentInput,
  CommentInput,
  DrawInput,
  ExpertInput,
  NoticeInput,
  ObjectionInput,
  ScoreInput,
  StartInstanceInput,
  TransitionInput,
  UpdateDataInput,
} from "./inputs.js";
export { stateLabel } from "./labels.js";
export { type InstanceListQuery, listInstances } from "./list-instances.js";
export { myTasks, type Task } from "./my-tasks.js";
export {
  answerObjection,
  currentNotices,
  listObjections,
  type Objection,
  openPublicNotice,
  recordObjection,
} from "./public-notice.js";
export {
  type CertificateContent,
  type CertificateRow,
  getProcess,
  type InstanceRow,
  type ProcessHooks,
  registerProcess,
  type SubjectDescription,
  type TransitionEvent,
} from "./registry.js";
export { workflowRoutes } from "./routes.js";
export { aggregateScores, recuseFromReview, submitScore } from "./scoring.js";
export { startInstance } from "./start-instance.js";
export { transition } from "./transition.js";
export { updateInstanceData } from "./update-data.js";
export { historyView, instanceView, processView, reviewView, scoreSheetView } from "./views.js";
