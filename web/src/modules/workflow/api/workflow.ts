import type {
  DrawDto,
  ExpertAccountDto,
  ExpertDto,
  ObjectionDto,
  ProcessViewDto,
  ReviewSummaryDto,
  ScoreSheetViewDto,
  WorkflowAttachmentDto,
  WorkflowCommentDto,
  WorkflowHistoryEntryDto,
  WorkflowInstanceDto,
  WorkflowInstanceViewDto,
  WorkflowTaskDto,
} from "@rdcity/common";
import { api, type QueryParams } from "../../../app/api/client";
import type { Page } from "../../../app/components/list/types";

export type { DrawDto };
export type AssignmentDto = ReviewSummaryDto["assignments"][number];

export interface ExpertBody {
  userId?: string | null;
  name: string;
  orgEntityId?: string | null;
  orgName?: string | null;
  districtCode?: string | null;
  fields?: string[];
  avoidEntityIds?: string[];
  active?: boolean;
}

export interface TransitionBody {
  action: string;
  expectedVersion: number;
  data?: Record<string, unknown>;
  comment?: string;
  noticeWorkingDays?: number;
}

export interface ObjectionBody {
  objectorName: string;
  objectorIdentity: string;
  objectorContact: string;
  body: string;
}

export const workflowKeys = {
  all: ["workflow"] as const,
  tasks: () => [...workflowKeys.all, "tasks"] as const,
  instances: () => [...workflowKeys.all, "instances"] as const,
  instance: (id: string) => [...workflowKeys.all, "instance", id] as const,
  /** Everything shown on one instance's page (the view and its sections). */
  part: (id: string, part: string) => [...workflowKeys.instance(id), part] as const,
  assignment: (id: string) => [...workflowKeys.all, "assignment", id] as const,
  experts: () => [...workflowKeys.all, "experts"] as const,
  expertAccounts: () => [...workflowKeys.all, "expert-accounts"] as const,
  processes: () => [...workflowKeys.all, "processes"] as const,
};

const inst = (id: string) => `/api/workflow/instances/${encodeURIComponent(id)}`;

export const fetchTasks = (signal?: AbortSignal) => api<WorkflowTaskDto[]>("/api/workflow/tasks", { signal });

/**
 * Instances as a page of the console's one list: the API pages by offset, the list by cursor, so the cursor is
 * the offset of the next page.
 */
export async function listInstances(
  params: QueryParams & { limit?: string; cursor?: string },
  signal?: AbortSignal,
): Promise<Page<WorkflowInstanceDto>> {
  const { cursor, limit, ...filters } = params;
  const offset = Number(cursor ?? 0) || 0;
  const size = Number(limit ?? 20) || 20;
  const page = await api<{ rows: WorkflowInstanceDto[]; total: number }>("/api/workflow/instances", {
    query: { ...filters, limit: size, offset },
    signal,
  });
  const next = offset + page.rows.length;
  return { items: page.rows, total: page.total, nextCursor: next < page.total ? String(next) : null };
}

export const fetchInstance = (id: string, signal?: AbortSignal) =>
  api<WorkflowInstanceViewDto>(inst(id), { signal });

export const fetchHistory = (id: string) => api<WorkflowHistoryEntryDto[]>(`${inst(id)}/history`);

export const takeAction = (id: string, body: TransitionBody) =>
  api<WorkflowInstanceDto>(`${inst(id)}/transitions`, { method: "POST", body });

export const saveData = (id: string, expectedVersion: number, data: Record<string, unknown>) =>
  api<WorkflowInstanceDto>(`${inst(id)}/data`, { method: "PATCH", body: { expectedVersion, data } });

export const fetchComments = (id: string) => api<WorkflowCommentDto[]>(`${inst(id)}/comments`);

export const addComment = (id: string, body: { body: string; internal?: boolean }) =>
  api<WorkflowCommentDto>(`${inst(id)}/comments`, { method: "POST", body });

export const fetchAttachments = (id: string) => api<WorkflowAttachmentDto[]>(`${inst(id)}/attachments`);

export function uploadAttachment(id: string, kind: string, file: File) {
  const form = new FormData();
  form.append("kind", kind);
  form.append("file", file, file.name);
  return api<WorkflowAttachmentDto>(`${inst(id)}/attachments`, { method: "POST", body: form });
}

export const attachmentUrl = (attachmentId: string) =>
  `/api/workflow/attachments/${encodeURIComponent(attachmentId)}`;

export const fetchReview = (id: string) => api<ReviewSummaryDto>(`${inst(id)}/review`);

export const drawExperts = (id: string, body: { count: number; requireDifferentDistrict?: boolean }) =>
  api<ReviewSummaryDto>(`${inst(id)}/draws`, { method: "POST", body });

export const fetchScoreSheet = (assignmentId: string) =>
  api<ScoreSheetViewDto>(`/api/workflow/assignments/${encodeURIComponent(assignmentId)}`);

export const submitScores = (
  assignmentId: string,
  body: { scores: Record<string, number>; comment?: string },
) =>
  api<ScoreSheetViewDto>(`/api/workflow/assignments/${encodeURIComponent(assignmentId)}/score`, {
    method: "POST",
    body,
  });

export const recuse = (assignmentId: string, reason: string) =>
  api<ScoreSheetViewDto>(`/api/workflow/assignments/${encodeURIComponent(assignmentId)}/recuse`, {
    method: "POST",
    body: { reason },
  });

export const fetchObjections = (id: string) => api<ObjectionDto[]>(`${inst(id)}/objections`);

export const recordObjection = (id: string, body: ObjectionBody) =>
  api<ObjectionDto>(`${inst(id)}/objections`, { method: "POST", body });

export const answerObjection = (objectionId: string, answer: string) =>
  api<ObjectionDto>(`/api/workflow/objections/${encodeURIComponent(objectionId)}/answer`, {
    method: "POST",
    body: { answer },
  });

export const fetchExperts = () => api<ExpertDto[]>("/api/workflow/experts");
export const fetchExpertAccounts = () => api<ExpertAccountDto[]>("/api/workflow/expert-accounts");
export const fetchProcesses = () => api<ProcessViewDto[]>("/api/workflow/processes");

export const addExpert = (body: ExpertBody) =>
  api<ExpertDto>("/api/workflow/experts", { method: "POST", body });

export const updateExpert = (id: string, expectedVersion: number, body: Partial<ExpertBody>) =>
  api<ExpertDto>(`/api/workflow/experts/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: { ...body, expectedVersion },
  });

export const startRecognition = (body: { typeCode: string; centreName?: string }) =>
  api<WorkflowInstanceDto>("/api/recognitions", { method: "POST", body });

export const certificatePdfUrl = (certificateId: string) =>
  `/api/workflow/certificates/${encodeURIComponent(certificateId)}/pdf`;

export const verifyPageUrl = (number: string) => `/public/verify/${encodeURIComponent(number)}`;

export interface EntityOption {
  id: string;
  name: string;
  uscc: string;
}

/** Registry entities by name or credit code (the expert's organisation, organisations to avoid). */
export async function searchEntities(q: string, signal?: AbortSignal): Promise<EntityOption[]> {
  const page = await api<Page<EntityOption>>("/api/entities", {
    query: { q: q || undefined, limit: 20 },
    signal,
  });
  return page.items.map((e) => ({ id: e.id, name: e.name, uscc: e.uscc }));
}

export const fetchEntity = (id: string) =>
  api<EntityOption>(`/api/entities/${encodeURIComponent(id)}`).then((e) => ({
    id: e.id,
    name: e.name,
    uscc: e.uscc,
  }));
