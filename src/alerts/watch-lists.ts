// Watch lists (SPEC 3.5): saved searches a user names and runs daily, each
// exportable as CSV or XLSX. Every search finds current scheme members only,
// and only those the user may see (need-to-know.ts); a run is logged as a
// consultation naming everyone shown, an export as a disclosure naming
// everyone in the file and the sharing agreement it relies on.
import { sql, type Kysely, type Transaction } from 'kysely';
import type ExcelJS from 'exceljs';
import { excel } from '../formats/excel.js';
import type { DB, IsoDate } from '../db/schema.js';
import type { WatchListQuery } from '../glossary.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { visiblePeople } from '../access/need-to-know.js';
import { appendAudit, auditList } from '../access/audit.js';
import { addDays, addMonths } from '../calendar/dates.js';
import { spanCovers } from '../calendar/sql.js';
import { csvLine } from '../db/statements.js';
import { neutralise } from '../formats/spreadsheet-cells.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { exportBasis } from '../sharing/disclosures.js';
import { partnershipToday } from '../partnerships/service.js';
import {
  DEFAULT_WATCH_QUERIES,
  OFFENDING_MONTHS,
  RECENT_DAYS,
  WATCH_QUERY_LABELS,
  describeWatch,
  requireWatchName,
  requireWatchQuery,
  watchParams,
  type WatchParams,
} from './watch-queries.js';

export interface WatchList {
  id: number;
  name: string;
  query: WatchListQuery;
  params: WatchParams;
  /** What it searches for, as a sentence. */
  description: string;
  version: number;
}

export interface WatchRow {
  personId: number;
  personRef: string;
  /** "FAMILY, Given". */
  name: string;
  /** The date of what put the person on the list (the release, the conviction, the offence). */
  date: IsoDate;
  detail: string;
}

export interface WatchResult {
  list: WatchList;
  asOf: IsoDate;
  rows: WatchRow[];
}

export interface WatchCard {
  /** The saved list's id, or null for a default search. */
  id: number | null;
  query: WatchListQuery;
  title: string;
  count: number;
  people: WatchRow[];
}

export type WatchExportFormat = 'csv' | 'xlsx';

type Trx = Transaction<DB>;
type Db = Kysely<DB> | Trx;

interface StoredList {
  id: number;
  name: string;
  query: WatchListQuery;
  params: unknown;
  version: number;
}

function toList(r: StoredList): WatchList {
  const params = (typeof r.params === 'string' ? JSON.parse(r.params) : r.params ?? {}) as WatchParams;
  return { id: Number(r.id), name: r.name, query: r.query, params, description: describeWatch(r.query, params), version: Number(r.version) };
}

/** The actor's own lists: a user's by their id, the operator's those with no user. */
function ownedBy(actor: Actor) {
  return actor.userId === null ? sql<boolean>`w.user_id IS NULL` : sql<boolean>`w.user_id = ${actor.userId}`;
}

async function findList(db: Db, actor: Actor, id: number): Promise<WatchList> {
  const r = await db
    .selectFrom('watch_lists as w')
    .select(['w.id', 'w.name', 'w.query', 'w.params', 'w.version'])
    .where('w.partnership_id', '=', actor.partnershipId)
    .where('w.id', '=', id)
    .where(ownedBy(actor))
    .executeTakeFirst();
  if (!r) throw new NotFoundError(`You have no watch list ${id}.`);
  return toList(r);
}

/**
 * The people a search finds on the date, one row each (the latest thing that
 * put them there), newest first: current members of a scheme of the
 * partnership whom the actor may see.
 */
async function search(db: Db, actor: Actor, query: WatchListQuery, params: WatchParams, asOf: IsoDate): Promise<WatchRow[]> {
  const p = actor.partnershipId;
  const member = sql<boolean>`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.partnership_id = ${p} AND ${spanCovers('m.start_date', 'm.end_date', asOf)})`;
  const since = addMonths(asOf, -OFFENDING_MONTHS);
  const offence = sql<string>`COALESCE(oc.description || ' (' || x.offence_code || ')', x.offence_code, x.offence_code_raw)`;
  let found: { from: ReturnType<typeof sql>; where: ReturnType<typeof sql<boolean>>; date: ReturnType<typeof sql<string>>; detail: ReturnType<typeof sql<string>> };
  switch (query) {
    case 'released_recently':
      found = {
        from: sql`custody_periods x`,
        where: sql<boolean>`x.release_date <= ${asOf}::date AND x.release_date > ${addDays(asOf, -RECENT_DAYS)}::date`,
        date: sql<string>`x.release_date`,
        detail: sql<string>`'Released from custody' || COALESCE(' (' || x.establishment || ')', '')`,
      };
      break;
    case 'convicted_this_month':
      found = {
        from: sql`outcomes x LEFT JOIN offence_codes oc ON oc.code = x.offence_code`,
        where: sql<boolean>`x.outcome = 'conviction' AND x.outcome_date <= ${asOf}::date AND x.outcome_date >= ${asOf.slice(0, 8) + '01'}::date`,
        date: sql<string>`x.outcome_date`,
        detail: sql<string>`'Convicted: ' || ${offence}`,
      };
      break;
    case 'offending_outside_areas': {
      // Where they lived on the day: the area of the address then, or failing one the person's area.
      const outsideArea = (code: string) => sql<boolean>`NOT EXISTS (SELECT 1 FROM areas ar WHERE ar.partnership_id = ${p} AND ar.code = ${sql.ref(code)})`;
      const outside = sql<boolean>`COALESCE(
        (SELECT ${outsideArea('ad.area_code')} FROM addresses ad WHERE ad.person_id = p.id AND ad.from_date <= x.offence_date AND (ad.to_date IS NULL OR ad.to_date > x.offence_date)
          ORDER BY ad.from_date DESC LIMIT 1),
        (p.area_code IS NOT NULL AND ${outsideArea('p.area_code')}))`;
      found = {
        from: sql`outcomes x LEFT JOIN offence_codes oc ON oc.code = x.offence_code`,
        where: sql<boolean>`x.offence_date > ${since}::date AND x.offence_date <= ${asOf}::date AND x.outcome_date <= ${asOf}::date AND ${outside}`,
        date: sql<string>`x.offence_date`,
        detail: sql<string>`'Offence while living outside the partnership''s areas: ' || ${offence}`,
      };
      break;
    }
    case 'offending_by_type':
      if (!params.offence) throw new InvalidInputError('This watch list has no offence type.', { field: 'offence' });
      found = {
        from: sql`outcomes x LEFT JOIN offence_codes oc ON oc.code = x.offence_code`,
        where: sql<boolean>`x.offence_date > ${since}::date AND x.offence_date <= ${asOf}::date AND x.outcome_date <= ${asOf}::date AND x.offence_code LIKE ${params.offence + '%'}`,
        date: sql<string>`x.offence_date`,
        detail: sql<string>`'Offence: ' || ${offence}`,
      };
      break;
  }
  const rows = await sql<{ person_id: number; person_ref: string; family_name: string; given_names: string; date: IsoDate; detail: string }>`
    SELECT * FROM (
      SELECT DISTINCT ON (p.id) p.id::int AS person_id, p.person_ref, p.family_name, p.given_names, ${found.date}::text AS date, ${found.detail} AS detail
        FROM ${found.from} JOIN people p ON p.id = x.person_id
       WHERE x.partnership_id = ${p} AND ${found.where} AND ${member} AND ${visiblePeople(actor, 'p')}
       ORDER BY p.id, ${found.date} DESC, x.id DESC
    ) found ORDER BY date DESC, family_name, given_names, person_id`.execute(db);
  return rows.rows.map((r) => ({
    personId: Number(r.person_id),
    personRef: r.person_ref,
    name: `${r.family_name.toUpperCase()}, ${r.given_names}`,
    date: r.date,
    detail: r.detail,
  }));
}

export async function listWatchLists(db: Kysely<DB>, actor: Actor): Promise<WatchList[]> {
  requirePermission(actor, 'case:work');
  const rows = await db
    .selectFrom('watch_lists as w')
    .select(['w.id', 'w.name', 'w.query', 'w.params', 'w.version'])
    .where('w.partnership_id', '=', actor.partnershipId)
    .where(ownedBy(actor))
    .orderBy('w.name')
    .execute();
  return rows.map(toList);
}

export async function createWatchList(db: Kysely<DB>, actor: Actor, input: { name?: unknown; query?: unknown; offence?: unknown }): Promise<WatchList> {
  requirePermission(actor, 'case:work');
  const name = requireWatchName(input.name);
  const query = requireWatchQuery(input.query);
  const params = watchParams(query, { offence: input.offence });
  return db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('watch_lists as w').select('w.id').where('w.partnership_id', '=', actor.partnershipId).where(ownedBy(actor)).where('w.name', '=', name).executeTakeFirst();
    if (clash) throw new ConflictError(`You already have a watch list named "${name}". Choose another name, or delete that one first.`, { field: 'name' });
    const row = await trx
      .insertInto('watch_lists')
      .values({ partnership_id: actor.partnershipId, user_id: actor.userId, name, query, params: JSON.stringify(params) })
      .returning(['id', 'name', 'query', 'params', 'version'])
      .executeTakeFirstOrThrow();
    return toList(row);
  });
}

export async function deleteWatchList(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  requirePermission(actor, 'case:work');
  await db.transaction().execute(async (trx) => {
    const list = await findList(trx, actor, id);
    await trx.deleteFrom('watch_lists').where('id', '=', list.id).execute();
  });
}

/** Runs a saved list on the date, logging everyone it shows as one consultation. */
export async function runWatchList(db: Kysely<DB>, actor: Actor, id: number, asOf: IsoDate): Promise<WatchResult> {
  requirePermission(actor, 'case:work');
  return db.transaction().execute(async (trx) => {
    const list = await findList(trx, actor, id);
    const rows = await search(trx, actor, list.query, list.params, asOf);
    if (rows.length > 0) await auditList(trx, actor, { what: `watch list ${list.id} on ${asOf}`, personIds: rows.map((r) => r.personId), details: { watchListId: list.id, query: list.query, asOf } });
    return { list, asOf, rows };
  });
}

/** The actor's saved list of that name (the CLI names lists). */
export async function watchListByName(db: Kysely<DB>, actor: Actor, name: string): Promise<WatchList> {
  requirePermission(actor, 'case:work');
  const lists = await listWatchLists(db, actor);
  const found = lists.find((l) => l.name === name.trim());
  if (!found) throw new NotFoundError(`You have no watch list named "${name}".${lists.length ? ` Yours: ${lists.map((l) => l.name).join(', ')}.` : ''}`);
  return found;
}

const EXPORT_HEAD = ['person_ref', 'family_name', 'given_names', 'date', 'detail'];

/**
 * A saved list's results today as a CSV or XLSX file, every cell neutralised
 * against formula injection, logged as a disclosure naming everyone in it.
 * Restricted records are left out of the file (they are shown on the page to
 * the users named on them).
 */
export async function exportWatchList(
  db: Kysely<DB>,
  actor: Actor,
  input: { id: number; format: string; asOf: IsoDate },
): Promise<{ fileName: string; contentType: string; body: Buffer; rows: number }> {
  requirePermission(actor, 'case:work');
  if (input.format !== 'csv' && input.format !== 'xlsx') throw new InvalidInputError(`The format must be csv or xlsx, not "${input.format}".`, { field: 'format' });
  const format: WatchExportFormat = input.format;
  return db.transaction().execute(async (trx) => {
    const list = await findList(trx, actor, input.id);
    // A file of the list leaves the partnership's systems: it names the agreement it relies on.
    const basis = await exportBasis(trx, actor);
    const all = await search(trx, actor, list.query, list.params, input.asOf);
    const people = new Map((await trx.selectFrom('people').select(['id', 'family_name', 'given_names', 'restricted']).where('id', 'in', all.length ? all.map((r) => r.personId) : [0]).execute()).map((p) => [Number(p.id), p]));
    // A restricted record leaves the system only with a stated reason (SPEC 3.8):
    // a file of a watch list never carries one, even for a user named on it.
    const found = all.filter((r) => people.get(r.personId)?.restricted === false);
    const cells = found.map((r) => [r.personRef, people.get(r.personId)?.family_name ?? '', people.get(r.personId)?.given_names ?? '', r.date, r.detail].map((c) => neutralise(c)));
    let body: Buffer;
    if (format === 'csv') {
      body = Buffer.from(csvLine(EXPORT_HEAD) + cells.map((c) => csvLine(c)).join(''), 'utf8');
    } else {
      const workbook = new (await excel()).Workbook();
      const sheet = workbook.addWorksheet('watch list');
      sheet.addRow(EXPORT_HEAD);
      for (const c of cells) sheet.addRow(c);
      body = Buffer.from(await workbook.xlsx.writeBuffer());
    }
    await appendAudit(trx, actor, {
      action: 'disclosure',
      personIds: found.map((r) => r.personId),
      what: `export of watch list ${list.id} on ${input.asOf} as ${format}`,
      details: { watchListId: list.id, query: list.query, asOf: input.asOf, rows: found.length, format, agreementId: basis.agreementId },
    });
    const safe = list.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'watch-list';
    return {
      fileName: `${safe}-${input.asOf}.${format}`,
      contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
      rows: found.length,
    };
  });
}

/**
 * The home page's cards: the actor's saved lists, or the default searches for
 * someone with none, each counted in full with its first few people named;
 * everyone named is logged as one consultation.
 */
export async function watchCards(db: Kysely<DB>, actor: Actor, asOf: IsoDate, show = 5): Promise<WatchCard[]> {
  requirePermission(actor, 'case:work');
  const saved = await listWatchLists(db, actor);
  return db.transaction().execute(async (trx) => {
    const cards: WatchCard[] = [];
    if (saved.length > 0) {
      for (const l of saved) {
        const rows = await search(trx, actor, l.query, l.params, asOf);
        cards.push({ id: l.id, query: l.query, title: l.name, count: rows.length, people: rows.slice(0, show) });
      }
    } else {
      for (const q of DEFAULT_WATCH_QUERIES) {
        const rows = await search(trx, actor, q, {}, asOf);
        cards.push({ id: null, query: q, title: WATCH_QUERY_LABELS[q], count: rows.length, people: rows.slice(0, show) });
      }
    }
    const named = cards.flatMap((c) => c.people.map((p) => p.personId));
    if (named.length > 0) await auditList(trx, actor, { what: `home page watch lists on ${asOf}`, personIds: named, details: { asOf } });
    return cards;
  });
}

/** Built once by the composition root (src/services.ts). */
export function watchListService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  const today = (actor: Actor) => partnershipToday(db, actor.partnershipId, clock);
  return {
    list: (actor: Actor) => listWatchLists(db, actor),
    create: (actor: Actor, input: { name?: unknown; query?: unknown; offence?: unknown }) => createWatchList(db, actor, input),
    delete: (actor: Actor, id: number) => deleteWatchList(db, actor, id),
    byName: (actor: Actor, name: string) => watchListByName(db, actor, name),
    /** Runs the list on the partnership's today. */
    run: async (actor: Actor, id: number) => runWatchList(db, actor, id, await today(actor)),
    export: async (actor: Actor, id: number, format: string) => exportWatchList(db, actor, { id, format, asOf: await today(actor) }),
    cards: (actor: Actor, asOf: IsoDate) => watchCards(db, actor, asOf),
  };
}
