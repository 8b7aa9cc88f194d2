import type { AuditEntry } from "@rdcity/common";
import { api, type QueryParams } from "../../../app/api/client";
import type { Page } from "../../../app/components/list/types";

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  problem: string | null;
}

export const auditKeys = { list: ["audit", "list"] as const };

export const searchAudit = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<AuditEntry>>("/api/audit", { query: params, signal });

export const verifyAuditChain = () => api<AuditVerification>("/api/audit/verify");
