// "What needs attention" on the home page: members released recently, members
// due for release, and members whose time on a scheme calls for the mandatory
// review. The last two ask the panel's own rules (releaseDue, twoYearsOnScheme)
// under each scheme's matrix, so the home page and the agenda cannot disagree.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { can, requirePermission } from '../access/permissions.js';
import { auditList } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import { spanCovers } from '../calendar/sql.js';
import { continuousMembershipStart, twoYearsOnScheme } from '../selection/deselection.js';
import { custodyAt, releaseDue } from '../selection/features.js';
import { loadHistories } from '../selection/histories.js';
import { getMatrix, membersOn } from '../selection/service.js';
import { lastReviews } from './review.js';

export interface AttentionCard {
  id: string;
  title: string;
  /** Counts only the people the actor may see. */
  count: number;
  /** Names only for roles that may see people, and only people the actor may see. */
  people: { id: number; name: string; note: string }[];
}

const SHOW = 5;

type Row = { id: number; date: IsoDate; code?: string };

/**
 * The cards. Only people the actor may see (need-to-know.ts) are counted or
 * named; the people named are logged as one consultation in the transaction
 * that read them.
 */
export async function attention(db: Kysely<DB>, actor: Actor, asOf: IsoDate): Promise<AttentionCard[]> {
  requirePermission(actor, 'scheme:view');
  return db.transaction().execute((trx) => readAttention(trx, actor, asOf));
}

async function readAttention(db: Transaction<DB>, actor: Actor, asOf: IsoDate): Promise<AttentionCard[]> {
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
  const perScheme = [];
  for (const s of schemes) {
    perScheme.push({
      code: s.code,
      members: await membersOn(db, actor.partnershipId, s.id, asOf),
      config: (await getMatrix(db, actor, { schemeCode: s.code })).config,
      reviews: await lastReviews(db, actor.partnershipId, s.id, asOf),
    });
  }
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
  // Only the people the actor may see: the others are neither named nor counted.
  const candidates = [...new Set([...released, ...due.values(), ...twoYears].map((r) => r.id))];
  const people =
    candidates.length === 0
      ? []
      : await db
          .selectFrom('people')
          .select(['id', 'family_name', 'given_names'])
          .where(visiblePeople(actor))
          .where(sql<boolean>`id = ANY(${candidates}::bigint[])`)
          .execute();
  const names = new Map(people.map((p) => [p.id, `${p.family_name.toUpperCase()}, ${p.given_names}`]));
  const visible = (rows: Row[]) => rows.filter((r) => names.has(r.id));
  const byDate = (a: Row, b: Row) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const releasedRows = visible(released);
  const dueRows = visible([...due.values()]).sort(byDate);
  const twoYearRows = visible(twoYears).sort(byDate);

  const shown = showPeople ? [...new Set([releasedRows, dueRows, twoYearRows].flatMap((rows) => rows.slice(0, SHOW).map((r) => r.id)))] : [];
  if (shown.length > 0) await auditList(db, actor, { what: `home page cards on ${asOf}`, personIds: shown, details: { asOf } });
  const card = (id: string, title: string, rows: Row[], note: (r: Row) => string): AttentionCard => ({
    id,
    title,
    count: rows.length,
    people: showPeople ? rows.slice(0, SHOW).map((r) => ({ id: r.id, name: names.get(r.id) ?? '', note: note(r) })) : [],
  });
  return [
    card('released', 'Members released in the last 28 days', releasedRows, (r) => `released ${r.date}`),
    card('due', 'Members due for release within 3 months', dueRows, (r) => `due ${r.date}`),
    card('two-years', 'Two years on a scheme: review due', twoYearRows, (r) => `${r.code} since ${r.date}`),
  ];
}
