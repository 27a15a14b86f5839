// "What needs attention" on the home page: members released recently, members
// due for release, and members whose time on a scheme calls for the mandatory
// review. The last two ask the panel's own rules (releaseDue, twoYearsOnScheme)
// under each scheme's matrix, so the home page and the agenda cannot disagree.
import { sql, type Kysely } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { can, requirePermission } from '../access/permissions.js';
import { spanCovers } from '../calendar/sql.js';
import { continuousMembershipStart, twoYearsOnScheme } from '../selection/deselection.js';
import { custodyAt, releaseDue } from '../selection/features.js';
import { loadHistories } from '../selection/histories.js';
import { getMatrix, membersOn } from '../selection/service.js';
import { lastReviews } from './review.js';

export interface AttentionCard {
  id: string;
  title: string;
  count: number;
  /** Names only for roles that may see people. */
  people: { id: number; name: string; note: string }[];
}

const SHOW = 5;

type Row = { id: number; date: IsoDate; code?: string };

export async function attention(db: Kysely<DB>, actor: Actor, asOf: IsoDate): Promise<AttentionCard[]> {
  requirePermission(actor, 'scheme:view');
  const showPeople = can(actor, 'person:view');
  const currentMember = (personId: any) =>
    sql<boolean>`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = ${personId} AND m.partnership_id = ${actor.partnershipId}
      AND ${spanCovers('m.start_date', 'm.end_date', asOf)})`;

  const released: Row[] = await db
    .selectFrom('custody_periods as c')
    .select(['c.person_id as id', sql<IsoDate>`c.release_date`.as('date')])
    .where('c.partnership_id', '=', actor.partnershipId)
    .where('c.release_date', '<=', asOf)
    .where('c.release_date', '>', sql<string>`${asOf}::date - 28`)
    .where(currentMember(sql.ref('c.person_id')))
    .orderBy('c.release_date', 'desc')
    .execute();

  // Each scheme's members on the date, with the scheme's matrix (its release window and review years).
  const schemes = await db.selectFrom('schemes').select(['id', 'code']).where('partnership_id', '=', actor.partnershipId).orderBy('code').execute();
  const perScheme = await Promise.all(
    schemes.map(async (s) => ({
      code: s.code,
      members: await membersOn(db, actor.partnershipId, s.id, asOf),
      config: (await getMatrix(db, actor, { schemeCode: s.code })).config,
      reviews: await lastReviews(db, actor.partnershipId, s.id, asOf),
    })),
  );
  const histories = await loadHistories(db, actor.partnershipId, [...new Set(perScheme.flatMap((s) => s.members.map((m) => m.person_id)))]);
  // A person on two schemes is due for release once.
  const due = new Map<number, Row>();
  const twoYears: Row[] = [];
  for (const s of perScheme) {
    for (const m of s.members) {
      const h = histories.get(m.person_id);
      if (!h) continue;
      const custody = custodyAt(h, asOf);
      if (!due.has(h.personId) && releaseDue({ asOf, custody }, s.config)) due.set(h.personId, { id: h.personId, date: custody!.expectedReleaseDate! });
      const since = continuousMembershipStart(h, s.code, asOf) ?? m.start_date;
      if (twoYearsOnScheme({ asOf, config: s.config, lastReviewDate: s.reviews.get(h.personId) ?? null }, since).met) twoYears.push({ id: h.personId, date: since, code: s.code });
    }
  }
  const byDate = (a: Row, b: Row) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const dueRows = [...due.values()].sort(byDate);
  twoYears.sort(byDate);

  const shown = showPeople ? [...new Set([released, dueRows, twoYears].flatMap((rows) => rows.slice(0, SHOW).map((r) => r.id)))] : [];
  const names =
    shown.length === 0
      ? new Map<number, string>()
      : new Map(
          (await db.selectFrom('people').select(['id', 'family_name', 'given_names']).where('partnership_id', '=', actor.partnershipId).where(sql<boolean>`id = ANY(${shown}::bigint[])`).execute()).map(
            (p) => [p.id, `${p.family_name.toUpperCase()}, ${p.given_names}`],
          ),
        );
  const card = (id: string, title: string, rows: Row[], note: (r: Row) => string): AttentionCard => ({
    id,
    title,
    count: rows.length,
    people: showPeople ? rows.slice(0, SHOW).map((r) => ({ id: r.id, name: names.get(r.id) ?? '', note: note(r) })) : [],
  });
  return [
    card('released', 'Members released in the last 28 days', released, (r) => `released ${r.date}`),
    card('due', 'Members due for release within 3 months', dueRows, (r) => `due ${r.date}`),
    card('two-years', 'Two years on a scheme: review due', twoYears, (r) => `${r.code} since ${r.date}`),
  ];
}
