import type {
  ChangeRequestInput,
  Observation,
  ObservationInput,
  ProgressReportInput,
  SupervisionInput,
  Unit,
} from "@rdcity/common";
import { api } from "../../../app/api/client";
import type { Label } from "./plan";

/** A reported figure (城市管理员): 201, or 409 observation_duplicate when the period has one (then a revision). */
export const recordObservation = (body: ObservationInput) =>
  api<Observation>("/api/plan/observations", { method: "POST", body });

export const verifyObservation = (id: string) =>
  api<Observation>(`/api/plan/observations/${encodeURIComponent(id)}/verify`, { method: "POST" });

/** A change request runs as a workflow instance that the leadership approves on the instance page. */
export interface ChangeRequest {
  id: string;
  plan: string;
  recordType: "target" | "task";
  recordId: string;
  code: string;
  title: Label;
  baseVersion: number;
  currentVersion: number;
  /** The fields it changes, in the request's terms (units by code). */
  proposed: Record<string, unknown>;
  reason: string;
  status: "proposed" | "approved" | "rejected" | "withdrawn";
  statusLabel: Label;
  instanceId: string | null;
  decidedAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

export const requestChange = (body: ChangeRequestInput) =>
  api<ChangeRequest>("/api/plan/changes", { method: "POST", body });

export const fetchChanges = (recordType: "target" | "task", signal?: AbortSignal) =>
  api<ChangeRequest[]>("/api/plan/changes", { query: { recordType }, signal });

/** A quarterly progress report: a draft with its workflow instance (evidence and submission happen there). */
export interface ProgressReport {
  id: string;
  taskId: string;
  taskCode: string;
  unit: Unit;
  period: string;
  percent: number;
  summary: string;
  indicatorCodes: string[];
  status: "draft" | "submitted" | "returned" | "accepted";
  statusLabel: Label;
  instanceId: string | null;
  due: string;
  late: boolean;
  submittedAt: string | null;
  createdAt: string;
  createdBy: string | null;
}

export const fetchTaskReports = (taskId: string, signal?: AbortSignal) =>
  api<ProgressReport[]>(`/api/plan/tasks/${encodeURIComponent(taskId)}/reports`, { signal });

export const fileTaskReport = (taskId: string, body: ProgressReportInput) =>
  api<ProgressReport>(`/api/plan/tasks/${encodeURIComponent(taskId)}/reports`, { method: "POST", body });

/** A supervision notice (督办) to a unit about a task, answered by the unit on the instance page. */
export interface SupervisionNotice {
  id: string;
  number: string;
  task: { id: string; code: string; title: Label };
  unit: Unit;
  reason: string;
  responseDue: string;
  reply: string | null;
  repliedAt: string | null;
  status: "issued" | "replied" | "closed";
  statusLabel: Label;
  /** Replied after the due date. */
  late: boolean;
  /** Not replied and the due date has passed. */
  overdue: boolean;
  instanceId: string | null;
  createdAt: string;
  createdBy: string | null;
}

export const fetchTaskSupervision = (taskId: string, signal?: AbortSignal) =>
  api<SupervisionNotice[]>(`/api/plan/tasks/${encodeURIComponent(taskId)}/supervision`, { signal });

export const issueSupervision = (taskId: string, body: SupervisionInput) =>
  api<SupervisionNotice>(`/api/plan/tasks/${encodeURIComponent(taskId)}/supervision`, {
    method: "POST",
    body,
  });

/** Records the day a milestone was reached (the task's lead unit or the city); null: not reached after all. */
export const completeMilestone = (id: string, body: { doneOn: string | null; expectedVersion: number }) =>
  api<{ id: string; doneOn: string | null; version: number }>(
    `/api/plan/milestones/${encodeURIComponent(id)}/done`,
    { method: "POST", body },
  );
