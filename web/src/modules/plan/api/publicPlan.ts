import type { TargetProgress } from "@rdcity/common";
import { api } from "../../../app/api/client";
import type { Label, PlanRules } from "./plan";

/** What citizens see of a target: public fields only (no observation ids, versions, task links or divergence). */
export type PublicTarget = Omit<
  TargetProgress,
  | "indicatorCode"
  | "taskCode"
  | "version"
  | "adjusted"
  | "divergence"
  | "doubtful"
  | "expected"
  | "gap"
  | "yearlyGrowth"
  | "basis"
  | "computedSeries"
  | "authoritative"
  | "sources"
> & {
  sources: {
    kind: string;
    title: string | null;
    date: string | null;
    url: string | null;
    period: string | null;
  }[];
};

export interface PublicPlanProgress {
  plan: { code: string; title: Label; issuedOn: string };
  asOf: string;
  items: PublicTarget[];
  rules: PlanRules;
}

export const publicPlanKey = (plan?: string) => ["public", "plan", "targets", plan] as const;

export const fetchPublicPlan = (plan: string | undefined, signal?: AbortSignal) =>
  api<PublicPlanProgress>("/api/public/plan/targets", { query: { plan }, signal });
