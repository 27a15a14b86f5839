// What any driver must do with statements that repeat: the embedded engine's
// worker prepares them by SQL text (src/db/pglite-worker.js), and here the
// answers are those of a statement planned afresh, however often it runs,
// whatever values it is given, after errors, after the tables change, and
// with a transaction's BEGIN sent with its first statement.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.js';
import { runScript } from '../../src/db/statements.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  await sql`CREATE TABLE stmt_probe (id int PRIMARY KEY, label text)`.execute(t.db);
  await sql`INSERT INTO stmt_probe SELECT g, 'row ' || g FROM generate_series(1, 50) g`.execute(t.db);
});
afterAll(async () => {
  await sql`DROP TABLE IF EXISTS stmt_probe`.execute(t.db).catch(() => undefined);
  await t?.close();
});

const labelOf = async (id: number) => (await sql<{ label: string }>`SELECT label FROM stmt_probe WHERE id = ${id}`.execute(t.db)).rows[0]?.label;

describe('a statement that runs again and again', () => {
  it('answers for the values given each time, past the runs after which a plan may be kept', async () => {
    for (let i = 1; i <= 12; i++) expect(await labelOf(i)).toBe(`row ${i}`);
    expect(await labelOf(999)).toBeUndefined();
    // null and typed values go through the same serialisers as an unprepared query.
    const r = await sql<{ d: string; n: number | null; b: boolean }>`SELECT ${'2010-03-31'}::date AS d, ${null}::int AS n, ${true}::boolean AS b`.execute(t.db);
    expect(r.rows[0]).toEqual({ d: '2010-03-31', n: null, b: true });
  });

  it('reports its error each time, and leaves the connection working', async () => {
    const bad = () => sql`SELECT 1 / ${0}::int AS x`.execute(t.db);
    await expect(bad()).rejects.toThrow(/division by zero/);
    await expect(bad()).rejects.toThrow(/division by zero/);
    await expect(sql`SELEC 1`.execute(t.db)).rejects.toThrow(/syntax error/);
    expect(await labelOf(3)).toBe('row 3');
  });

  it('answers with many rows, as an unprepared query does', async () => {
    // Gathered a message a row (src/db/append.js; its unit test takes a million
    // items, past where push(...) fails). Kept small here: the suite's files share
    // a process, and 600,000 rows (0.9 GB at its peak) came before a CI failure.
    for (let i = 0; i < 2; i++) {
      const r = await sql<{ n: number }>`SELECT g AS n FROM generate_series(1, ${50_000 + i}::int) g`.execute(t.db);
      expect(r.rows).toHaveLength(50_000 + i);
      expect(r.rows[49_999 + i]).toEqual({ n: 50_000 + i });
    }
  });

  it('counts the rows it changes', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await sql`UPDATE stmt_probe SET label = label WHERE id <= ${10 + i}`.execute(t.db);
      expect(Number(r.numAffectedRows)).toBe(10 + i);
    }
  });

  it('sees a table change shape, by a script or by a statement of its own', async () => {
    const all = () => sql<Record<string, unknown>>`SELECT * FROM stmt_probe WHERE id = ${1}`.execute(t.db);
    for (let i = 0; i < 7; i++) expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'label']);
    await runScript(t.db, 'ALTER TABLE stmt_probe ADD COLUMN extra int DEFAULT 7;');
    expect((await all()).rows[0]).toEqual({ id: 1, label: 'row 1', extra: 7 });
    for (let i = 0; i < 7; i++) await all();
    await sql`ALTER TABLE stmt_probe DROP COLUMN extra`.execute(t.db);
    expect((await all()).rows[0]).toEqual({ id: 1, label: 'row 1' });
  });
});

describe('a transaction', () => {
  it('keeps its first statement inside it: rolled back, nothing stays', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await sql`INSERT INTO stmt_probe (id, label) VALUES (${1000}, ${'kept?'})`.execute(trx);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await labelOf(1000)).toBeUndefined();
  });

  it('that runs nothing commits and rolls back without a word, and sends its statements in order', async () => {
    await t.db.transaction().execute(async () => undefined);
    await expect(t.db.transaction().execute(async () => Promise.reject(new Error('nothing ran')))).rejects.toThrow('nothing ran');
    const got = await t.db.transaction().execute(async (trx) => {
      // Sent without waiting between them: each sees the one before.
      const [, , r] = await Promise.all([
        sql`INSERT INTO stmt_probe (id, label) VALUES (${2000}, ${'a'})`.execute(trx),
        sql`UPDATE stmt_probe SET label = label || ${'b'} WHERE id = ${2000}`.execute(trx),
        sql<{ label: string }>`SELECT label FROM stmt_probe WHERE id = ${2000}`.execute(trx),
      ]);
      return r.rows[0]?.label;
    });
    expect(got).toBe('ab');
    await sql`DELETE FROM stmt_probe WHERE id = ${2000}`.execute(t.db);
  });
});
