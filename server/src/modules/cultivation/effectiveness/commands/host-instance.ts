import type { Actor } from "../../../../core/actor.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { notify } from "../../../../core/notify/index.js";
import { startInstance, type WorkflowEnv, type WorkflowInstance } from "../../../../core/workflow/index.js";
import { entitySummaries } from "../../../registry/index.js";
import type { PlatformFacts } from "../repo.js";

export async function hostNames(ex: Executor, facts: PlatformFacts[]): Promise<Map<string, string>> {
  const hosts = await entitySummaries(ex, [...new Set(facts.map((f) => f.hostEntityId))]);
  return new Map(hosts.map((h) => [h.id, h.name]));
}

/**
 * Starts an instance that the platform's host organisation carries on (its users are the owner), in the
 * platform's district and zone. The city starts it without its user id, so the official does not become the
 * owner; the history and the audit name the official. The host's users are told, since the engine tells nobody of
 * a start.
 */
export async function startForHost(
  tx: Executor,
  actor: Actor,
  input: {
    process: string;
    subject: { type: string; id: string };
    platform: PlatformFacts;
    hostName: string;
    data: Record<string, unknown>;
    message: { kind: string; title: { zh: string; en: string }; body: { zh: string; en: string } };
  },
  env: Partial<WorkflowEnv>,
): Promise<WorkflowInstance> {
  const { platform } = input;
  const instance = await startInstance(
    tx as unknown as Db,
    { ...actor, userId: null },
    {
      process: input.process,
      subject: input.subject,
      ownerOrgId: platform.hostEntityId,
      ownerName: input.hostName,
      partyOrgIds: [platform.hostEntityId],
      areaCode: platform.districtCode as never,
      zoneCode: platform.zoneCode,
      data: input.data,
    },
    env,
  );
  await notify(tx, {
    audience: { orgIds: [platform.hostEntityId] },
    kind: input.message.kind,
    title: input.message.title,
    body: input.message.body,
    link: `/console/workflow/${instance.id}`,
    subjectType: "workflow_instance",
    subjectId: instance.id,
    dedupeKey: `${input.process}:${instance.id}:started`,
  });
  return instance;
}
