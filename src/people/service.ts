// The register of people: search, and the person page (record.ts). Reading a
// person's record is authorised first and logged as a consultation in the same
// transaction.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { personLabels } from './names.js';
import { viewPerson, type PersonSummary } from './record.js';
import { requirePermission } from '../access/permissions.js';


/** Restricted people are visible only to the named users (and the CLI operator). */
export function visibleTo(actor: Actor) {
  return sql<boolean>`(people.restricted = false OR ${actor.userId === null} OR EXISTS (
    SELECT 1 FROM person_access pa WHERE pa.person_id = people.id AND pa.user_id = ${actor.userId ?? 0}))`;
}

export async function searchPeople(db: Kysely<DB>, actor: Actor, q: string, limit = 50): Promise<PersonSummary[]> {
  requirePermission(actor, 'person:search');
  const term = q.trim();
  if (term.length === 0) return [];
  const like = `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = await db
    .selectFrom('people')
    .leftJoin('person_identifiers as pnc', (j) => j.onRef('pnc.person_id', '=', 'people.id').on('pnc.kind', '=', 'pnc'))
    .select(['people.id', 'people.person_ref', 'people.family_name', 'people.given_names', 'people.date_of_birth', 'people.restricted', 'pnc.value as pnc'])
    .where('people.partnership_id', '=', actor.partnershipId)
    .where(visibleTo(actor))
    .where((eb) =>
      eb.or([
        eb('people.person_ref', '=', term),
        eb('pnc.value', '=', term.toUpperCase()),
        eb(sql`people.family_name || ' ' || people.given_names`, 'ilike', like),
        eb(sql`people.given_names || ' ' || people.family_name`, 'ilike', like),
      ]),
    )
    .orderBy('people.family_name')
    .orderBy('people.given_names')
    .orderBy('people.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personRef: r.person_ref,
    familyName: r.family_name,
    givenNames: r.given_names,
    dateOfBirth: r.date_of_birth,
    pncId: r.pnc,
    restricted: r.restricted,
  }));
}

/** People: search and the person record. Built once by the composition root (src/services.ts). */
export function peopleService({ db }: { db: Kysely<DB> }) {
  return {
    search: (actor: Actor, q: string, limit?: number) => searchPeople(db, actor, q, limit),
    view: (actor: Actor, personId: number, opts?: { justification?: string; channel?: 'web' | 'api' | 'cli' }) => viewPerson(db, actor, personId, opts),
    /** Names for lists of people by id; a restricted person's name only for the named users. */
    labels: (actor: Actor, ids: readonly number[]) => personLabels(db, actor, ids),
  };
}

export type { PersonRecord, PersonSummary, TimelineItem, TimelineKind } from './record.js';
