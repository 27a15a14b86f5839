// Reading rows as JSON text (src/db/json-rows.ts), as objects or as arrays of named columns.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { jsonRows } from '../../src/db/json-rows.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const rows = sql`SELECT * FROM (VALUES
  (1::bigint, 'a,"b"'::text, '2010-01-02'::date, 2.5::float8, true, NULL::date, 7::int),
  (2::bigint, NULL, '2011-03-04'::date, 3::float8, false, '2012-01-01'::date, 8::int)) v(id, label, day, weight, flag, gone, unread)`;

describe('jsonRows', () => {
  it('gives the same rows as objects or as arrays of the columns asked for, with the same types', async () => {
    const whole = await jsonRows<Record<string, unknown>>(t.db, rows, { order: sql`json_row.id` });
    const picked = await jsonRows<Record<string, unknown>>(t.db, rows, { order: sql`json_row.id`, columns: ['id', 'label', 'day', 'weight', 'flag', 'gone'] });
    expect(picked).toEqual(whole.map(({ unread: _unread, ...rest }) => rest));
    expect(picked[0]).toEqual({ id: 1, label: 'a,"b"', day: '2010-01-02', weight: 2.5, flag: true, gone: null });
    expect(Object.keys(picked[1]!)).toEqual(['id', 'label', 'day', 'weight', 'flag', 'gone']);
  });

  it('maps each row, and refuses more columns than json_build_array takes', async () => {
    expect(await jsonRows<{ id: number; day: string }, string>(t.db, rows, { order: sql`json_row.id`, columns: ['day', 'id'], map: (r) => `${r.id}:${r.day}` })).toEqual(['1:2010-01-02', '2:2011-03-04']);
    await expect(jsonRows(t.db, rows, { columns: Array.from({ length: 101 }, () => 'id') })).rejects.toThrow(/1 to 100 columns/);
  });
});
