// COPY of CSV text into a table, chunk after chunk on one connection, as an
// import does. In the embedded engine each chunk's bytes travel in a buffer
// that the worker hands back for the next chunk, so a short chunk after a long
// one must not see the long one's leftover bytes, and text beyond ASCII must
// arrive whole.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { copyInto } from '../../../src/db/statements.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const lines = (from: number, n: number, text: string) =>
  Array.from({ length: n }, (_, i) => `${from + i},"${text} ${from + i}"`).join('\n') + '\n';

describe('COPY in chunks', () => {
  it('stores each chunk exactly, whatever the sizes and characters of the chunks before it', async () => {
    const rows = await t.db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE copy_chunks (n integer NOT NULL, note text) ON COMMIT DROP`.execute(trx);
      // Long, then short, then longer than the first, then one line of 4-byte characters.
      await copyInto(trx, 'copy_chunks', ['n', 'note'], lines(0, 5000, 'Magistrates, Benchtown'));
      await copyInto(trx, 'copy_chunks', ['n', 'note'], lines(5000, 2, 'short'));
      await copyInto(trx, 'copy_chunks', ['n', 'note'], lines(5002, 20000, 'Crown Court "Benchtown"'));
      await copyInto(trx, 'copy_chunks', ['n', 'note'], lines(25002, 1, 'café ✓ 𝔅'));
      return (
        await sql<{ total: number; distinct_n: number; max_n: number; last: string; short: number }>`
          SELECT count(*)::int AS total, count(DISTINCT n)::int AS distinct_n, max(n) AS max_n,
                 (SELECT note FROM copy_chunks WHERE n = 25002) AS last,
                 count(*) FILTER (WHERE note LIKE 'short %')::int AS short
          FROM copy_chunks`.execute(trx)
      ).rows[0]!;
    });
    expect(rows).toEqual({ total: 25003, distinct_n: 25003, max_n: 25002, last: 'café ✓ 𝔅 25002', short: 2 });
  });

  it('carries on with the next COPY after one that failed', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE copy_after (n integer NOT NULL) ON COMMIT DROP`.execute(trx);
      await sql`SAVEPOINT bad_copy`.execute(trx);
      await expect(copyInto(trx, 'copy_after', ['n'], '1\nnot a number\n')).rejects.toThrow(/integer/);
      await sql`ROLLBACK TO SAVEPOINT bad_copy`.execute(trx);
      await copyInto(trx, 'copy_after', ['n'], '7\n8\n');
      const r = await sql<{ s: number }>`SELECT sum(n)::int AS s FROM copy_after`.execute(trx);
      expect(r.rows[0]!.s).toBe(15);
    });
  });
});
