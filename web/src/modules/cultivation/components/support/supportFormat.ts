import type { DisbursementStatus, SupportRules, SupportSchemeStatus } from "@rdcity/common";

/** Tag colours of a scheme's statuses (antd's named palettes keep the text's contrast). */
export const SCHEME_STATUS_COLOURS: Record<SupportSchemeStatus, string> = {
  draft: "default",
  submitted: "blue",
  returned: "orange",
  approved: "green",
  rejected: "red",
};

export const DISBURSEMENT_STATUS_COLOURS: Record<DisbursementStatus, string> = {
  committed: "gold",
  paid: "green",
  cancelled: "default",
};

/** Colours of the money charts: what is spent, what is promised, what is left, what is too much. */
export const MONEY_COLOURS = {
  total: "#1456c8",
  scenario: "#7c3aed",
  budget: "#6b7280",
  room: "#389e0d",
  over: "#cf1322",
  paid: "#1456c8",
  toDate: "#0b3d91",
  committed: "#d48806",
};

/** The rules as the server stored them (validated there; money as "300.00"). */
export const rulesOf = (rules: Record<string, unknown>) => rules as unknown as SupportRules;

/** Whether the city may still change a scheme (and simulate it with saving). */
export const isEditable = (status: SupportSchemeStatus) => status === "draft" || status === "returned";
