// Reading rows as JSON text (src/db/json-rows.ts), as objects or as arrays of named columns.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { jsonArraysText, jsonRows } from '../../src/db/json-rows.js';
import { arrayRowTexts } from '../../src/formats/json-lines.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const rows = sql`SELECT * FROM (VALUES
  (1::bigint, 'a,"b"'::text, '2010-01-02'::date, 2.5::float8, true, NULL::date, 7::int),
  (2::bigint, NULL, '2011-03-04'::date, 3::float8, false, '2012-01-01'::date, 8::int)) v(id, label, day, weight, flag, gone, unread)`;

describe('jsonRows and jsonArraysText', () => {
  it('give the same values, as objects or as arrays of the columns asked for in that order, with the same types', async () => {
    const whole = await jsonRows<Record<string, unknown>>(t.db, rows, { order: sql`json_row.id` });
    const columns = ['id', 'label', 'day', 'weight', 'flag', 'gone'];
    const picked = JSON.parse(await jsonArraysText(t.db, rows, columns, sql`json_row.id`)) as unknown[][];
    expect(picked).toEqual(whole.map((r) => columns.map((c) => r[c])));
    expect(picked[0]).toEqual([1, 'a,"b"', '2010-01-02', 2.5, true, null]);
  });

  it('put each row on a line of its own, however its strings break', async () => {
    const strings = ['a,\n],[', '\\n,\r\n', ''];
    const text = await jsonArraysText(t.db, sql`SELECT * FROM unnest(${strings}::text[]) WITH ORDINALITY v(s, id)`, ['id', 's'], sql`json_row.id`);
    const rows = arrayRowTexts(text);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => JSON.parse(r))).toEqual(strings.map((s, i) => [i + 1, s]));
    expect(arrayRowTexts('[]')).toEqual([]);
  });

  it('map each row; jsonArraysText orders its rows, gives [] for none, and refuses more columns than json_build_array takes', async () => {
    expect(JSON.parse(await jsonArraysText(t.db, rows, ['id'], sql`json_row.id DESC`))).toEqual([[2], [1]]);
    expect(await jsonArraysText(t.db, sql`SELECT 1 AS id WHERE false`, ['id'])).toBe('[]');
    // A column may be an expression over the row: here the two numbers as one typed array.
    expect(JSON.parse(await jsonArraysText(t.db, rows, ['id', sql`ARRAY[json_row.id::float8, json_row.weight]`], sql`json_row.id`))).toEqual([
      [1, [1, 2.5]],
      [2, [2, 3]],
    ]);
    expect(await jsonRows<{ id: number; day: string }, string>(t.db, rows, { order: sql`json_row.id`, map: (r) => `${r.id}:${r.day}` })).toEqual(['1:2010-01-02', '2:2011-03-04']);
    await expect(jsonArraysText(t.db, rows, Array.from({ length: 101 }, () => 'id'))).rejects.toThrow(/1 to 100 columns/);
  });
});
