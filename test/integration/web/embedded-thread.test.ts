// The embedded database runs off the request thread: while a long query runs,
// the web server still answers. Asserted by order of completion, not by timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestDatabase;
let ta: TestApp;
let base: string;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, []);
  await ta.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = ta.app.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe.runIf(testEngine === 'pglite')('embedded database off the request thread', () => {
  it('serves a static asset while a long query is still running', async () => {
    const order: string[] = [];
    const longQuery = sql<{ n: number }>`SELECT count(*) AS n FROM generate_series(1, 3000000) g WHERE g % 7 = 3`
      .execute(t.db)
      .then((r) => {
        order.push('query');
        return r.rows[0]!.n;
      });
    // Let the worker start on the query first.
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${base}/assets/application.css`);
    order.push('asset');
    expect(res.status).toBe(200);
    expect(await longQuery).toBe(Math.floor((3000000 - 3) / 7) + 1);
    expect(order).toEqual(['asset', 'query']);
  });

  it('returns a large result whole and in order, in parts, serving a request between parts', async () => {
    const order: string[] = [];
    // 4,500 rows: more than one part of 2,000 (pglite-worker.js).
    const big = sql<{ g: number; label: string }>`SELECT g, 'row ' || g AS label FROM generate_series(1, 4500) g ORDER BY g`
      .execute(t.db)
      .then((r) => {
        order.push('query');
        return r.rows;
      });
    const asset = fetch(`${base}/assets/application.css`).then((res) => (order.push('asset'), res.status));
    const rows = await big;
    expect(await asset).toBe(200);
    expect(rows.length).toBe(4500);
    expect(rows.every((r, i) => r.g === i + 1 && r.label === `row ${i + 1}`)).toBe(true);
    // A second large result after the first: the worker kept no stale parts.
    const again = await sql<{ g: number }>`SELECT g FROM generate_series(1, 2001) g ORDER BY g`.execute(t.db);
    expect(again.rows.map((r) => r.g)).toEqual(Array.from({ length: 2001 }, (_, i) => i + 1));
    expect(order).toContain('asset');
  });
});
