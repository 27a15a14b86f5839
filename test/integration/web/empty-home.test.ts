// The home page of a new partnership: where a list would be empty it says why
// and what to do, never a table of headers with no rows (tester's report).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createScheme } from '../selection/support.js';

let t: TestDatabase;
let ta: TestApp;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
  ]);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = async (url: string, who: string) => ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader((await signInAs(ta.app, who)).jar) } });

describe('a partnership with no schemes yet', () => {
  it('tells a scheme manager there are none and how one is added, on the home page and the schemes page', async () => {
    for (const url of ['/', '/schemes']) {
      const page = await get(url, 'manager');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('This partnership has no schemes yet.');
      expect(page.body).toContain('href="/schemes#add-scheme"');
      expect(page.body).not.toContain('waymark scheme add');
      expect(page.body).not.toMatch(/<table[^>]*>\s*<caption[^>]*>\s*Schemes/);
    }
  });

  it('points a board member, who sees no scheme members, to the figures instead of an empty table', async () => {
    const page = await get('/', 'board');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-testid="schemes-as-figures"');
    expect(page.body).toContain('href="/performance"');
    expect(page.body).not.toContain('Schemes and their size against capacity');
  });

  it('shows the table once there is a scheme', async () => {
    await createScheme(t.db, ta.f, 'IOM', 10);
    const page = await get('/', 'manager');
    expect(page.body).toContain('Schemes and their size against capacity');
    expect(page.body).not.toContain('This partnership has no schemes yet.');
  });
});
