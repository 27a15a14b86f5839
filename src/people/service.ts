// The register of people: search, and the person page (record.ts). Reading a
// person's record is authorised first and logged as a consultation in the same
// transaction.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { personLabels } from './names.js';
import { viewPerson, viewPersonPage, viewPersonTimeline, type PersonSummary } from './record.js';
import type { TimelineQuery } from './timeline.js';
import { requirePermission } from '../access/permissions.js';
import { visiblePeople } from '../access/need-to-know.js';
import { auditList } from '../access/audit.js';
import { decodeCursor, limitOf, pageOf, type CursorKey } from '../formats/cursor.js';

/**
 * People matching a name, person reference or PNC ID, among those the actor may
 * see (need-to-know.ts). The results are logged as one consultation naming
 * everyone shown, in the transaction that read them; the search term is not
 * logged, since it may be a name.
 */
export async function searchPeople(db: Kysely<DB>, actor: Actor, q: string, opts: { limit?: number; channel?: 'web' | 'api' | 'cli'; after?: CursorKey } = {}): Promise<PersonSummary[]> {
  requirePermission(actor, 'person:search');
  const term = q.trim();
  if (term.length === 0) return [];
  const after = opts.after;
  const like = `%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('people')
      .leftJoin('person_identifiers as pnc', (j) => j.onRef('pnc.person_id', '=', 'people.id').on('pnc.kind', '=', 'pnc'))
      .select(['people.id', 'people.person_ref', 'people.family_name', 'people.given_names', 'people.date_of_birth', 'people.restricted', 'pnc.value as pnc'])
      .where(visiblePeople(actor))
      .where((eb) =>
        eb.or([
          eb('people.person_ref', '=', term),
          eb('pnc.value', '=', term.toUpperCase()),
          eb(sql`people.family_name || ' ' || people.given_names`, 'ilike', like),
          eb(sql`people.given_names || ' ' || people.family_name`, 'ilike', like),
        ]),
      )
      .$if(after !== undefined, (qb) =>
        // The cursor carries only the last row's id (never a name, since cursors travel in addresses): its sort key is read back here.
        qb.where(sql<boolean>`(people.family_name, people.given_names, people.id) > (SELECT c.family_name, c.given_names, c.id FROM people c WHERE c.id = ${Number(after![0])} AND c.partnership_id = ${actor.partnershipId})`),
      )
      .orderBy('people.family_name')
      .orderBy('people.given_names')
      .orderBy('people.id')
      .limit(opts.limit ?? 50)
      .execute();
    await auditList(trx, actor, { what: 'people search results', personIds: rows.map((r) => r.id), details: { channel: opts.channel ?? 'web', results: rows.length } });
    return rows.map((r) => ({
      id: r.id,
      personRef: r.person_ref,
      familyName: r.family_name,
      givenNames: r.given_names,
      dateOfBirth: r.date_of_birth,
      pncId: r.pnc,
      restricted: r.restricted,
    }));
  });
}

/**
 * A page of a search (the API): `limit` people after the cursor's, in name
 * order, and the cursor of the next page. Audited as a search is.
 */
export async function searchPeoplePage(
  db: Kysely<DB>,
  actor: Actor,
  q: string,
  input: { cursor?: string; limit?: unknown; channel?: 'web' | 'api' | 'cli' },
): Promise<{ people: PersonSummary[]; next: string | null }> {
  const limit = limitOf(input.limit);
  const after = input.cursor ? decodeCursor(input.cursor, 1) : undefined;
  if (after && !Number.isSafeInteger(after[0])) decodeCursor('', 1); // refused, naming the cursor field
  const rows = await searchPeople(db, actor, q, { limit: limit + 1, channel: input.channel, after });
  const page = pageOf(rows, limit, (p) => [p.id]);
  return { people: page.items, next: page.next };
}

/** People: search and the person record. Built once by the composition root (src/services.ts). */
export function peopleService({ db }: { db: Kysely<DB> }) {
  return {
    search: (actor: Actor, q: string, opts?: { limit?: number; channel?: 'web' | 'api' | 'cli' }) => searchPeople(db, actor, q, opts),
    searchPage: (actor: Actor, q: string, input: { cursor?: string; limit?: unknown; channel?: 'web' | 'api' | 'cli' }) => searchPeoplePage(db, actor, q, input),
    view: (actor: Actor, personId: number, opts?: { justification?: string; channel?: 'web' | 'api' | 'cli'; timeline?: TimelineQuery }) => viewPerson(db, actor, personId, opts),
    /** The record with the timeline page's figures, for the person page. */
    page: (actor: Actor, personId: number, opts?: { justification?: string; channel?: 'web' | 'api' | 'cli'; timeline?: TimelineQuery }) => viewPersonPage(db, actor, personId, opts),
    /** One page of the person's timeline (`next` gives the following page). */
    timeline: (actor: Actor, personId: number, opts?: { justification?: string; channel?: 'web' | 'api' | 'cli'; timeline?: TimelineQuery }) => viewPersonTimeline(db, actor, personId, opts),
    /** Names for lists of people by id, for the people the actor may see (the others are left out). */
    labels: (actor: Actor, ids: readonly number[]) => personLabels(db, actor, ids),
  };
}

export type { PersonRecord, PersonView, PersonSummary, TimelineItem, TimelineKind } from './record.js';
export type { TimelinePage, TimelineQuery } from './timeline.js';
export { TIMELINE_KINDS, timelineKindsOf } from './timeline-entries.js';
