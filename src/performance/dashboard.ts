// What the performance pages need beyond the measures themselves: the schemes
// to choose from (board members included, who may not open scheme pages) and
// the names of NI38 contributors for the roles that may see people.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { can } from '../access/permissions.js';
import type { DB } from '../db/schema.js';
import { ForbiddenError } from '../errors.js';

export async function dashboardSchemes(db: Kysely<DB>, actor: Actor): Promise<{ code: string; name: string }[]> {
  if (!can(actor, 'performance:view')) throw new ForbiddenError(`A ${actor.role.replace('_', ' ')} may not see performance figures.`);
  return db.selectFrom('schemes').select(['code', 'name']).where('partnership_id', '=', actor.partnershipId).orderBy('code').execute();
}

export interface ContributorName {
  personId: number;
  /** "FAMILY, Given"; null when the person is restricted and the actor is not named on them. */
  name: string | null;
  restricted: boolean;
}

/**
 * Names for a list of people, for roles that may see a person. A restricted
 * person's name is given only to the users named on them (and the CLI).
 */
export async function contributorNames(db: Kysely<DB>, actor: Actor, personIds: number[]): Promise<Map<number, ContributorName>> {
  if (!can(actor, 'person:view')) throw new ForbiddenError(`A ${actor.role.replace('_', ' ')} may not see people's names.`);
  const out = new Map<number, ContributorName>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('people')
    .leftJoin('person_access as pa', (j) => j.onRef('pa.person_id', '=', 'people.id').on('pa.user_id', '=', actor.userId ?? 0))
    .select(['people.id', 'people.family_name', 'people.given_names', 'people.restricted', 'pa.user_id'])
    .where('people.partnership_id', '=', actor.partnershipId)
    .where('people.id', 'in', personIds)
    .execute();
  for (const r of rows) {
    const visible = !r.restricted || actor.userId === null || r.user_id !== null;
    out.set(r.id, { personId: r.id, name: visible ? `${r.family_name.toUpperCase()}, ${r.given_names}` : null, restricted: r.restricted });
  }
  return out;
}
