// The schemes pages refuse an "as of" date that does not exist (2009-02-30)
// with the calendar's one message, through the real HTTP pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createScheme } from '../selection/support.js';

let t: TestDatabase;
let ta: TestApp;
let jar: Record<string, string>;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [{ username: 'manager', role: 'scheme_manager', agency: 'police' }]);
  await createScheme(t.db, ta.f, 'PPO', 2);
  jar = (await signInAs(ta.app, 'manager')).jar;
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });

describe('the schemes pages read their "as of" date through the calendar', () => {
  it('show a real date, and the partnership\'s today when none is given', async () => {
    for (const url of ['/schemes?asOf=2008-02-29', '/schemes', '/schemes/PPO?asOf=2008-02-29', '/schemes/PPO']) expect((await get(url)).statusCode, url).toBe(200);
  });

  it('refuse 2009-02-30 and other non-dates with 400 and one message', async () => {
    for (const url of ['/schemes?asOf=2009-02-30', '/schemes/PPO?asOf=2009-02-30', '/schemes?asOf=2009-13-01', '/schemes/PPO?asOf=30%2F06%2F2010']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
    }
    const res = await get('/schemes?asOf=2009-02-30');
    expect(res.body).toMatch(/The as-of date must be a date as YYYY-MM-DD, not (&quot;|&#34;|")2009-02-30(&quot;|&#34;|")\./);
  });
});
