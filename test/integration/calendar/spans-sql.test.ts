// The pure span rules agree with the database's own: overlaps() with
// daterange(start, end, '[)') && daterange(...), and contains() with @>, which
// the exclusion constraints on periods use. On both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { addDays } from '../../../src/calendar/dates.js';
import { contains, overlaps, type Span } from '../../../src/calendar/spans.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const span: fc.Arbitrary<Span> = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.boolean())
  .map(([s, len, open]) => ({ start: addDays('2009-01-28', s), end: open ? null : addDays('2009-01-28', s + len) }));

describe(`spans agree with PostgreSQL ranges (${testEngine})`, () => {
  it('on overlap and containment', async () => {
    const cases = fc.sample(fc.tuple(span, span, fc.integer({ min: 0, max: 100 })), { numRuns: 500, seed: 20090401 });
    const rows = await sql<{ i: number; overlaps: boolean; contains: boolean }>`
      SELECT i::int AS i,
             daterange(a1::date, a2::date, '[)') && daterange(b1::date, b2::date, '[)') AS overlaps,
             daterange(a1::date, a2::date, '[)') @> d::date AS contains
      FROM unnest(${cases.map((_, i) => i)}::int[], ${cases.map((c) => c[0].start)}::text[], ${cases.map((c) => c[0].end)}::text[],
                  ${cases.map((c) => c[1].start)}::text[], ${cases.map((c) => c[1].end)}::text[], ${cases.map((c) => addDays('2009-01-28', c[2]))}::text[])
           AS x(i, a1, a2, b1, b2, d)
      ORDER BY i`.execute(t.db);
    expect(rows.rows).toHaveLength(cases.length);
    const mismatches = rows.rows.filter((r) => {
      const [a, b, k] = cases[r.i]!;
      return r.overlaps !== overlaps(a, b) || r.contains !== contains(a, addDays('2009-01-28', k));
    });
    expect(mismatches).toEqual([]);
    expect(rows.rows.some((r) => r.overlaps) && rows.rows.some((r) => !r.overlaps)).toBe(true);
  });
});
