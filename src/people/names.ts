// Names for lists of people that the services return by id (selection runs,
// panel agendas). Only for the people the actor may see (need-to-know.ts): a
// restricted person the actor is not named on is left out of the map
// altogether, so a list built from it shows nothing of them.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { visiblePeople } from '../access/need-to-know.js';

export interface PersonLabel {
  personRef: string;
  /** "FAMILY, Given". */
  name: string;
}

export async function personLabels(db: Kysely<DB>, actor: Actor, ids: readonly number[]): Promise<Map<number, PersonLabel>> {
  requirePermission(actor, 'person:view');
  const out = new Map<number, PersonLabel>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('people')
    .select(['people.id', 'people.person_ref', 'people.family_name', 'people.given_names'])
    .where(visiblePeople(actor))
    .where(sql<boolean>`people.id = ANY(${[...new Set(ids)]}::bigint[])`)
    .execute();
  for (const r of rows) out.set(r.id, { personRef: r.person_ref, name: `${r.family_name.toUpperCase()}, ${r.given_names}` });
  return out;
}
