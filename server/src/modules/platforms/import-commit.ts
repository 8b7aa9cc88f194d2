import type { PlatformStatus } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import type { ImportPlan } from "../../core/imports/kinds.js";
import { searchVectorOf } from "../../core/search/index.js";
import {
  type PlatformChange,
  recordPlatformChanges,
  recordStatusEntries,
  type StatusEntry,
} from "./history.js";
import type { PlatformRow } from "./presenters.js";
import { linksOf } from "./repo.js";
import { initialStatusEntries, insertPlatforms, linkValues, type PlatformFields } from "./row-values.js";
import { platformLinks, platforms } from "./schema.js";

export type PlatformImportOp =
  | { type: "create"; rowNumber: number; fields: PlatformFields; status: PlatformStatus; today: string }
  | {
      type: "update";
      rowNumber: number;
      fields: PlatformFields;
      before: PlatformRow;
      /** The new status, when the file changes it (dated today; recognised on the recognition date). */
      status: PlatformStatus | null;
      replaceLinks: boolean;
      today: string;
    };

/** Writes a checked plan inside the import runner's transaction: creates in batches, then updates one by one. */
export async function commitPlatformImport(
  tx: Executor,
  actor: Actor,
  plan: ImportPlan<PlatformImportOp>,
  progress: (n: number, phase: "writing") => void,
) {
  const creates = plan.operations.flatMap((op) =>
    op.type === "create"
      ? [
          {
            fields: op.fields,
            statusEntries: initialStatusEntries(
              op.status,
              op.fields.recognisedOn,
              op.fields.recognisedOn ?? op.today,
            ),
          },
        ]
      : [],
  );
  await insertPlatforms(tx, actor, creates, { action: "import_create" }, (n) => progress(n, "writing"));
  const changes: PlatformChange[] = [];
  const entries: StatusEntry[] = [];
  for (const op of plan.operations) {
    if (op.type !== "update") continue;
    const { links, ...fields } = op.fields;
    const recognisedOn = fields.recognisedOn ?? (op.status === "recognised" ? op.today : null);
    const effectiveOn = op.status === "recognised" && fields.recognisedOn ? fields.recognisedOn : op.today;
    const [after] = await tx
      .update(platforms)
      .set({
        ...fields,
        recognisedOn,
        ...(op.status ? { status: op.status, statusOn: effectiveOn } : {}),
        searchVector: searchVectorOf(fields.name, fields.nameEn),
        version: op.before.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(and(eq(platforms.id, op.before.id), eq(platforms.version, op.before.version)))
      .returning();
    let beforeLinks: PlatformChange["beforeLinks"];
    let afterLinks: PlatformChange["afterLinks"];
    if (op.replaceLinks) {
      beforeLinks = (await linksOf(tx, [op.before.id])).get(op.before.id) ?? [];
      await tx
        .delete(platformLinks)
        .where(and(eq(platformLinks.platformId, op.before.id), eq(platformLinks.role, "co_builder")));
      if (links.length) await tx.insert(platformLinks).values(linkValues(op.before.id, links, actor));
      afterLinks = (await linksOf(tx, [op.before.id])).get(op.before.id) ?? [];
    }
    if (op.status)
      entries.push({
        platformId: op.before.id,
        fromStatus: op.before.status as PlatformStatus,
        status: op.status,
        effectiveOn,
      });
    changes.push({ before: op.before, beforeLinks, after: after!, afterLinks, action: "import_update" });
  }
  await recordStatusEntries(tx, actor, entries);
  await recordPlatformChanges(tx, actor, changes);
  progress(plan.operations.length, "writing");
}
