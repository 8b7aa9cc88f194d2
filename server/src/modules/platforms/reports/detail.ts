import { metricChanges, type ReportDetail } from "@rdcity/common";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import {
  availableActions,
  instanceHistory,
  listComments,
  type WorkflowEnv,
} from "../../../core/workflow/index.js";
import { entityLabels } from "../organisations.js";
import { checkComplete, figuresOf, previousAccepted } from "./figures.js";
import { presentReport } from "./presenters.js";
import { annualReportDefinition } from "./process.js";
import type { ReportWithPlatform } from "./repo.js";

const START_LABEL = { zh: "创建草稿", en: "Draft created" };

type Action = ReportDetail["actions"][number];

/** What the viewer may do now, with what still stands in the way (for buttons and hints). */
async function actionsFor(
  ex: Executor,
  actor: Actor,
  { report, platform }: ReportWithPlatform,
  env: Partial<WorkflowEnv>,
): Promise<Action[]> {
  if (!report.instanceId) return [];
  const actions: Action[] = [];
  const filer = actor.role === "entity" && actor.orgId === platform.hostEntityId;
  if (filer && (report.status === "draft" || report.status === "returned"))
    actions.push({ action: "edit", blockers: [] });
  for (const a of await availableActions(ex, actor, report.instanceId, env)) {
    if (a.action !== "submit" && a.action !== "return" && a.action !== "accept") continue;
    const blockers = [...a.blockers];
    if (a.action === "submit") {
      try {
        checkComplete(figuresOf(report));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        blockers.push({ code: e.code, params: { ...e.params, ...e.extra } });
      }
    }
    actions.push({ action: a.action, blockers });
  }
  actions.push({ action: "comment", blockers: [] });
  return actions;
}

/** One report with the previous year's figures and the change of each, its history, comments and actions. */
export async function reportDetail(
  ex: Executor,
  actor: Actor,
  found: ReportWithPlatform,
  today: string,
  env: Partial<WorkflowEnv> = {},
): Promise<ReportDetail> {
  const { report, platform } = found;
  const hosts = await entityLabels(ex, [platform.hostEntityId]);
  const previous = await previousAccepted(ex, report);
  const figures = figuresOf(report);
  const def = annualReportDefinition;
  const labelOf = (action: string) =>
    action === "start" ? START_LABEL : (def.transitions.find((t) => t.action === action)?.label ?? null);
  const history = report.instanceId
    ? (await instanceHistory(ex, actor, report.instanceId)).flatMap((h) => {
        const label = h.kind === "transition" ? labelOf(h.action) : null;
        return label
          ? [
              {
                at: h.at,
                actorName: h.actorName,
                actorRole: h.actorRole,
                action: h.action,
                actionLabel: label,
                from: h.from,
                to: h.to,
                comment: h.comment,
              },
            ]
          : [];
      })
    : [];
  const comments = report.instanceId
    ? (await listComments(ex, actor, report.instanceId)).map((c) => ({
        id: c.id,
        at: c.at,
        authorName: c.authorName,
        authorRole: c.authorRole,
        body: c.body,
      }))
    : [];
  return {
    ...presentReport(report, platform, hosts.get(platform.hostEntityId)?.name ?? null, today),
    previous: previous ? { id: previous.id, year: previous.year, ...figuresOf(previous) } : null,
    changes: metricChanges(figures, previous ? figuresOf(previous) : null),
    history,
    comments,
    actions: await actionsFor(ex, actor, found, env),
  } as ReportDetail;
}
