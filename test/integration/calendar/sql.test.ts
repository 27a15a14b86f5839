// The calendar's SQL (src/calendar/sql.ts) on a real database, at the edges of
// a half-open span: the start day is in, the end day is out, a null end is
// open; and the same answer as the pure `contains` for every day, in a join.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { spanCovers, spanOpenOn, spanOverlapsDays } from '../../../src/calendar/sql.js';
import { addDays } from '../../../src/calendar/dates.js';
import { contains, type Span } from '../../../src/calendar/spans.js';

interface Tables {
  cal_spans: { id: number; start_date: string; end_date: string | null };
  cal_days: { day: string };
}

const SPANS: Record<number, Span> = {
  1: { start: '2009-03-01', end: '2009-03-10' },
  2: { start: '2009-02-01', end: null },
  3: { start: '2009-03-10', end: '2009-04-01' },
  4: { start: '2009-01-01', end: '2009-03-01' },
  5: { start: '2009-03-02', end: null },
};

let t: TestDatabase;
let db: Kysely<Tables>;
beforeAll(async () => {
  t = await testDatabase();
  db = t.db as unknown as Kysely<Tables>;
  // Plain tables (not temporary) so every pooled connection sees them; the database is this file's own.
  await sql`CREATE TABLE cal_spans (id int PRIMARY KEY, start_date date NOT NULL, end_date date)`.execute(db);
  await sql`CREATE TABLE cal_days (day date PRIMARY KEY)`.execute(db);
  await db.insertInto('cal_spans').values(Object.entries(SPANS).map(([id, s]) => ({ id: Number(id), start_date: s.start, end_date: s.end }))).execute();
  const days: { day: string }[] = [];
  for (let d = '2008-12-25'; d <= '2009-04-10'; d = addDays(d, 1)) days.push({ day: d });
  await db.insertInto('cal_days').values(days).execute();
});
afterAll(async () => {
  await t?.close();
});

const ids = async (where: ReturnType<typeof spanCovers>) => (await db.selectFrom('cal_spans as s').select('s.id').where(where).orderBy('s.id').execute()).map((r) => r.id);

describe(`the calendar's SQL (${testEngine})`, () => {
  it('spanCovers: the start day is covered, the end day is not, a null end is open', async () => {
    expect(await ids(spanCovers('s.start_date', 's.end_date', '2009-03-01'))).toEqual([1, 2]);
    expect(await ids(spanCovers('s.start_date', 's.end_date', '2009-02-28'))).toEqual([2, 4]);
    expect(await ids(spanCovers('s.start_date', 's.end_date', '2009-03-09'))).toEqual([1, 2, 5]);
    expect(await ids(spanCovers('s.start_date', 's.end_date', '2009-03-10'))).toEqual([2, 3, 5]);
    expect(await ids(spanCovers('s.start_date', 's.end_date', '2008-12-31'))).toEqual([]);
  });

  it('spanOverlapsDays: the days first to last inclusive share a day with the span', async () => {
    expect(await ids(spanOverlapsDays('s.start_date', 's.end_date', '2009-02-28', '2009-03-01'))).toEqual([1, 2, 4]);
    expect(await ids(spanOverlapsDays('s.start_date', 's.end_date', '2009-03-01', '2009-03-01'))).toEqual([1, 2]);
    expect(await ids(spanOverlapsDays('s.start_date', 's.end_date', '2009-04-01', '2009-04-30'))).toEqual([2, 5]);
    expect(await ids(spanOverlapsDays('s.start_date', 's.end_date', '2008-12-01', '2008-12-31'))).toEqual([]);
    expect(await ids(spanOverlapsDays('s.start_date', 's.end_date', '2008-12-01', '2009-01-01'))).toEqual([4]);
  });

  it('spanOpenOn: a null end, or an end after the date', async () => {
    expect(await ids(spanOpenOn('s.end_date', '2009-03-10'))).toEqual([2, 3, 5]);
    expect(await ids(spanOpenOn('s.end_date', '2009-03-09'))).toEqual([1, 2, 3, 5]);
    expect(await ids(spanOpenOn('s.end_date', '2009-04-01'))).toEqual([2, 5]);
  });

  it('agrees with the pure contains() on every day, as a join condition on a column and inside a raw template', async () => {
    const joined = await db
      .selectFrom('cal_days as d')
      .innerJoin('cal_spans as s', (j) => j.on(spanCovers('s.start_date', 's.end_date', sql.ref('d.day'))))
      .select(['d.day', 's.id'])
      .execute();
    const raw = await sql<{ day: string; id: number }>`SELECT d.day, s.id FROM cal_days d JOIN cal_spans s ON ${spanCovers('s.start_date', 's.end_date', sql.ref('d.day'))}`.execute(db);
    const days = (await db.selectFrom('cal_days').select('day').execute()).map((r) => r.day);
    const expected = days.flatMap((day) => Object.entries(SPANS).filter(([, s]) => contains(s, day)).map(([id]) => `${day} ${id}`)).sort();
    const key = (rows: { day: string; id: number }[]) => rows.map((r) => `${r.day} ${r.id}`).sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(key(joined)).toEqual(expected);
    expect(key(raw.rows)).toEqual(expected);
  });
});
