// Names for lists of people that the services return by id (selection runs,
// panel agendas). A restricted person's name is shown only to the named users.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';

export interface PersonLabel {
  personRef: string;
  /** "FAMILY, Given"; null when the person is restricted and the actor is not named. */
  name: string | null;
}

export async function personLabels(db: Kysely<DB>, actor: Actor, ids: readonly number[]): Promise<Map<number, PersonLabel>> {
  requirePermission(actor, 'person:view');
  const out = new Map<number, PersonLabel>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('people')
    .select([
      'people.id',
      'people.person_ref',
      'people.family_name',
      'people.given_names',
      sql<boolean>`(people.restricted = false OR ${actor.userId === null} OR EXISTS (
        SELECT 1 FROM person_access pa WHERE pa.person_id = people.id AND pa.user_id = ${actor.userId ?? 0}))`.as('visible'),
    ])
    .where('people.partnership_id', '=', actor.partnershipId)
    .where(sql<boolean>`people.id = ANY(${[...new Set(ids)]}::bigint[])`)
    .execute();
  for (const r of rows) out.set(r.id, { personRef: r.person_ref, name: r.visible ? `${r.family_name.toUpperCase()}, ${r.given_names}` : null });
  return out;
}
