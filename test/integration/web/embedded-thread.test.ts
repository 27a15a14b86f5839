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
});
