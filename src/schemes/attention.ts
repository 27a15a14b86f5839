// "What needs attention" on the home page: scheme members released recently,
// members due out soon, and memberships that reach two years (a mandatory review).
import { sql, type Kysely } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { can, requirePermission } from '../access/permissions.js';

export interface AttentionCard {
  id: string;
  title: string;
  count: number;
  /** Names only for roles that may see people. */
  people: { id: number; name: string; note: string }[];
}

const SHOW = 5;

export async function attention(db: Kysely<DB>, actor: Actor, asOf: IsoDate): Promise<AttentionCard[]> {
  requirePermission(actor, 'scheme:view');
  const showPeople = can(actor, 'person:view');
  const currentMember = (personId: any) =>
    sql<boolean>`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = ${personId} AND m.partnership_id = ${actor.partnershipId}
      AND m.start_date <= ${asOf}::date AND (m.end_date IS NULL OR m.end_date > ${asOf}::date))`;

  const released = await db
    .selectFrom('custody_periods as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['p.id', 'p.family_name', 'p.given_names', 'c.release_date as date'])
    .where('c.partnership_id', '=', actor.partnershipId)
    .where('c.release_date', '<=', asOf)
    .where('c.release_date', '>', sql<string>`${asOf}::date - 28`)
    .where(currentMember(sql.ref('p.id')))
    .orderBy('c.release_date', 'desc')
    .execute();

  const due = await db
    .selectFrom('custody_periods as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['p.id', 'p.family_name', 'p.given_names', 'c.expected_release_date as date'])
    .where('c.partnership_id', '=', actor.partnershipId)
    .where('c.reception_date', '<=', asOf)
    .where((eb) => eb.or([eb('c.release_date', 'is', null), eb('c.release_date', '>', asOf)]))
    .where('c.expected_release_date', '>', asOf)
    .where('c.expected_release_date', '<=', sql<string>`(${asOf}::date + interval '3 months')::date`)
    .where(currentMember(sql.ref('p.id')))
    .orderBy('c.expected_release_date')
    .execute();

  const twoYears = await db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('schemes as s', 's.id', 'm.scheme_id')
    .select(['p.id', 'p.family_name', 'p.given_names', 's.code', 'm.start_date as date'])
    .where('m.partnership_id', '=', actor.partnershipId)
    .where('m.start_date', '<=', sql<string>`(${asOf}::date - interval '2 years')::date`)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>', asOf)]))
    .orderBy('m.start_date')
    .execute();

  const card = (id: string, title: string, rows: { id: number; family_name: string; given_names: string; date: string | null }[], note: (r: any) => string): AttentionCard => ({
    id,
    title,
    count: rows.length,
    people: showPeople ? rows.slice(0, SHOW).map((r) => ({ id: r.id, name: `${r.family_name.toUpperCase()}, ${r.given_names}`, note: note(r) })) : [],
  });
  return [
    card('released', 'Members released in the last 28 days', released, (r) => `released ${r.date}`),
    card('due', 'Members due for release within 3 months', due, (r) => `due ${r.date}`),
    card('two-years', 'Two years on a scheme: review due', twoYears, (r) => `${r.code} since ${r.date}`),
  ];
}
