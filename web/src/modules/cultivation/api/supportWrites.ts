import type {
  Disbursement,
  DisbursementCancel,
  DisbursementPay,
  Scheme,
  SchemeCreateInput,
  Simulation,
  SimulationOverrides,
  SupportRulesInput,
} from "@rdcity/common";
import { api } from "../../../app/api/client";
import { fetchInstance, takeAction } from "../../workflow/api/workflow";

const BASE = "/api/cultivation/support";
const id = (value: string) => encodeURIComponent(value);
const ifMatch = (version: number) => ({ "If-Match": `"v${version}"` });

/** The fields of a scheme a draft (or a returned one) may change. */
export interface SchemeChanges {
  title?: string;
  dataYear?: number;
  budget?: string | number;
  rules?: SupportRulesInput;
}

/** A draft scheme against a fund year; the server starts its approval instance at once. */
export const createScheme = (body: SchemeCreateInput) =>
  api<Scheme>(`${BASE}/schemes`, { method: "POST", body });

/** Changes a draft or returned scheme (If-Match); new rules drop the saved simulation. */
export const updateScheme = (schemeId: string, version: number, body: SchemeChanges) =>
  api<Scheme>(`${BASE}/schemes/${id(schemeId)}`, { method: "PATCH", body, headers: ifMatch(version) });

/** Simulates and saves (a draft; 422 over the budget or the fund's room). */
export const simulateAndSave = (schemeId: string) =>
  api<Simulation>(`${BASE}/schemes/${id(schemeId)}/simulate`, { method: "POST", body: {} });

/** A what-if: the saved rules and the changed ones side by side with each platform's change; nothing saved. */
export const simulateWhatIf = (schemeId: string, overrides: SimulationOverrides, signal?: AbortSignal) =>
  api<Simulation>(`${BASE}/schemes/${id(schemeId)}/simulate`, {
    method: "POST",
    body: { overrides },
    signal,
  });

/** Records a committed payment as paid (date and voucher); a second payment is 409. */
export const payDisbursement = (disbursementId: string, body: DisbursementPay) =>
  api<Disbursement>(`${BASE}/disbursements/${id(disbursementId)}/pay`, { method: "POST", body });

/** Cancels a committed payment with a reason (frees the platform's support year). */
export const cancelDisbursement = (disbursementId: string, body: DisbursementCancel) =>
  api<Disbursement>(`${BASE}/disbursements/${id(disbursementId)}/cancel`, { method: "POST", body });

/**
 * Sends a scheme to the leadership: the `submit` action of its approval instance, against the instance's version
 * as read now (the instance page offers the same action).
 */
export async function submitScheme(instanceId: string) {
  const view = await fetchInstance(instanceId);
  return takeAction(instanceId, { action: "submit", expectedVersion: view.instance.version });
}
