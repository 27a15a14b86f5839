// The offence reference's services: reading and editing a partnership's
// gravity table, with the permission check first and the audit entry in the
// same transaction as the change.
import { can, requirePermission, mayNot } from '../access/permissions.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import type { DB } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';
import { bumpOffenceReference, gravityTable, loadOffenceGrading } from './store.js';

export async function listGravity(db: Kysely<DB>, actor: Actor) {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see the gravity table'));
  const m = await gravityTable(db, actor.partnershipId);
  return [...m.entries()].map(([groupCode, gravity]) => ({ groupCode, gravity })).sort((a, b) => a.groupCode.localeCompare(b.groupCode));
}

/**
 * A gravity as given on any door: a number, or its text (a form, the CLI);
 * null or empty removes the group's row. Refused, naming the group, unless a
 * number of 0 or more.
 */
function gravityValue(groupCode: string, given: number | string | null): number | null {
  if (given === null || (typeof given === 'string' && given.trim() === '')) return null;
  const value = typeof given === 'number' ? given : Number(given.trim());
  if (!Number.isFinite(value) || value < 0) {
    throw new InvalidInputError(`The gravity of offence group ${groupCode} must be a number, 0 or more (such as 8), not "${String(given).trim()}".`, { field: 'gravity' });
  }
  return value;
}

/** Sets one group's gravity; null (or an empty text) removes the row, and the group is then ungraded. Answers the group's row as it now stands. */
export async function setGravity(db: Kysely<DB>, actor: Actor, given: { groupCode: string; gravity: number | string | null }, clock: Clock = systemClock) {
  requirePermission(actor, 'offences:edit', mayNot(actor, 'edit the gravity table'));
  const groupCode = given.groupCode.trim();
  if (!/^[0-9]{3}$/.test(groupCode)) throw new InvalidInputError(`"${groupCode}" is not an offence group: a Home Office offence group is 3 digits, such as 034.`, { field: 'groupCode' });
  const input = { groupCode, gravity: gravityValue(groupCode, given.gravity) };
  await db.transaction().execute(async (trx) => {
    if (input.gravity === null) {
      await trx.deleteFrom('offence_gravity').where('partnership_id', '=', actor.partnershipId).where('group_code', '=', input.groupCode).execute();
    } else {
      await trx
        .insertInto('offence_gravity')
        .values({ partnership_id: actor.partnershipId, group_code: input.groupCode, gravity: input.gravity })
        .onConflict((oc) => oc.columns(['partnership_id', 'group_code']).doUpdateSet({ gravity: input.gravity!, updated_at: clock.now() }))
        .execute();
    }
    // Selection runs store the version they graded with, so a change is a new version.
    const version = await bumpOffenceReference(trx, actor.partnershipId, actor.label, clock.now());
    await appendAudit(trx, actor, { action: 'alteration', what: `gravity of offence group ${input.groupCode} set to ${input.gravity ?? 'none'}`, details: { offenceReferenceVersion: version } });
  });
  return input;
}

/** The partnership's grading in short, for the pages that use it (the matrix editor says where gravity is set). */
export async function describeOffenceReference(db: Kysely<DB>, actor: Actor): Promise<{ version: number; gradedGroups: number; neighbourhoodCrime: string[] }> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see the gravity table'));
  const g = await loadOffenceGrading(db, actor.partnershipId);
  return { version: g.version, gradedGroups: g.gravity.size, neighbourhoodCrime: [...g.neighbourhoodCrime].sort() };
}

/** The offence reference. Built once by the composition root (src/services.ts). */
export function offenceService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    listGravity: (actor: Actor) => listGravity(db, actor),
    setGravity: (actor: Actor, input: { groupCode: string; gravity: number | string | null }) => setGravity(db, actor, input, clock),
    mayEdit: (actor: Actor) => can(actor, 'offences:edit'),
    describe: (actor: Actor) => describeOffenceReference(db, actor),
  };
}
