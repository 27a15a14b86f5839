// Reading rows as JSON text (src/db/json-rows.ts), as objects or as arrays of named columns.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { jsonArrays, jsonRows } from '../../src/db/json-rows.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const rows = sql`SELECT * FROM (VALUES
  (1::bigint, 'a,"b"'::text, '2010-01-02'::date, 2.5::float8, true, NULL::date, 7::int),
  (2::bigint, NULL, '2011-03-04'::date, 3::float8, false, '2012-01-01'::date, 8::int)) v(id, label, day, weight, flag, gone, unread)`;

describe('jsonRows and jsonArrays', () => {
  it('give the same values, as objects or as arrays of the columns asked for in that order, with the same types', async () => {
    const whole = await jsonRows<Record<string, unknown>>(t.db, rows, { order: sql`json_row.id` });
    const columns = ['id', 'label', 'day', 'weight', 'flag', 'gone'];
    const picked = await jsonArrays(t.db, rows, columns, (v) => v, sql`json_row.id`);
    expect(picked).toEqual(whole.map((r) => columns.map((c) => r[c])));
    expect(picked[0]).toEqual([1, 'a,"b"', '2010-01-02', 2.5, true, null]);
  });

  it('map each row, and jsonArrays refuses more columns than json_build_array takes', async () => {
    expect(await jsonArrays(t.db, rows, ['day', 'id'], (v) => `${v[1]}:${v[0]}`, sql`json_row.id`)).toEqual(['1:2010-01-02', '2:2011-03-04']);
    expect(await jsonRows<{ id: number; day: string }, string>(t.db, rows, { order: sql`json_row.id`, map: (r) => `${r.id}:${r.day}` })).toEqual(['1:2010-01-02', '2:2011-03-04']);
    await expect(jsonArrays(t.db, rows, Array.from({ length: 101 }, () => 'id'), (v) => v)).rejects.toThrow(/1 to 100 columns/);
  });
});
