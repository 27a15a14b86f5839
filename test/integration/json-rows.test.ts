// Reading rows as JSON text (src/db/json-rows.ts), as objects or as arrays of named columns.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { jsonArraysText, jsonArraysTexts, jsonRows } from '../../src/db/json-rows.js';
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

  it('jsonArraysTexts streams the rows a batch at a time, each batch a text of jsonArraysText’s shape, in order', async () => {
    const numbers = (n: number) => sql`SELECT g AS id, g::text AS label FROM generate_series(1, ${n}::int) g ORDER BY g`;
    const read = (n: number, atATime: number) =>
      t.db.transaction().execute(async (trx) => {
        const given: string[] = [];
        const texts = await jsonArraysTexts(trx, numbers(n), ['id', 'label'], atATime, (text) => given.push(text));
        expect(given).toEqual(texts);
        return texts;
      });
    const seven = await read(7, 3);
    expect(seven.map((text) => arrayRowTexts(text).length)).toEqual([3, 3, 1]);
    expect(seven.flatMap((text) => JSON.parse(text) as unknown[])).toEqual(JSON.parse(await jsonArraysText(t.db, numbers(7), ['id', 'label'], sql`json_row.id`)));
    // A last batch that is exactly full leaves no empty text after it; no rows at all give one '[]'.
    expect((await read(6, 3)).map((text) => arrayRowTexts(text).length)).toEqual([3, 3]);
    expect(await read(0, 3)).toEqual(['[]']);
    // The cursor is closed, so the transaction can read again.
    await t.db.transaction().execute(async (trx) => {
      await jsonArraysTexts(trx, numbers(2), ['id'], 5);
      expect((await jsonArraysTexts(trx, numbers(2), ['id'], 5)).map((text) => JSON.parse(text))).toEqual([[[1], [2]]]);
    });
    await t.db.transaction().execute(async (trx) => {
      await expect(jsonArraysTexts(trx, numbers(2), ['id'], 0)).rejects.toThrow(/whole number of rows/);
    });
  });
});
