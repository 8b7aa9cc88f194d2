import type { PlatformCreate } from "@rdcity/common";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { checkOrganisations } from "../organisations.js";
import type { PlatformRow } from "../presenters.js";
import { checkUnique, uniqueViolationAs } from "../repo.js";
import { initialStatusEntries, insertPlatforms } from "../row-values.js";
import { checkLevelAllowed, checkLinks, checkRecognition, checkStatusDate } from "../rules.js";

/**
 * Registers a platform. It starts cultivating, or (for one recognised before it was registered here) recognised,
 * operating or evaluated with its recognition date; its lifecycle so far is written with those dates.
 */
export async function createPlatform(
  db: Db,
  actor: Actor,
  input: PlatformCreate,
  /** id: the platform's id chosen beforehand (a recognition names the platform it will create). */
  opts: { today?: string; id?: string } = {},
): Promise<PlatformRow> {
  const { status, statusOn: givenStatusOn, statusNote, ...fields } = input;
  if (
    !inScope(scopeOf(actor), {
      districtCode: fields.districtCode,
      zoneCode: fields.zoneCode ?? null,
      orgId: fields.hostEntityId,
    })
  )
    throw new AppError("out_of_scope", { area: actor.areaCode ?? "" });
  checkLevelAllowed(fields.typeCode, fields.level);
  checkRecognition(status, fields.recognisedOn);
  const today = opts.today ?? shanghaiDate(new Date());
  const recognisedOn = status === "cultivating" ? null : (fields.recognisedOn ?? null);
  if (fields.recognisedOn) checkStatusDate(fields.recognisedOn, { today });
  const statusOn = givenStatusOn ?? recognisedOn ?? today;
  checkStatusDate(statusOn, { notBefore: recognisedOn, today });
  checkLinks(fields.links, fields.hostEntityId);
  return db
    .transaction(async (tx) => {
      await checkOrganisations(
        tx,
        fields.hostEntityId,
        fields.links.map((l) => l.entityId),
      );
      await checkUnique(tx, fields);
      const [row] = await insertPlatforms(tx, actor, [
        {
          id: opts.id,
          fields,
          statusEntries: initialStatusEntries(status, fields.recognisedOn, statusOn, statusNote),
        },
      ]);
      return row!;
    })
    .catch(uniqueViolationAs(fields.name));
}
