// The gravity table on all three doors (issue 18's trial: it was CLI-only): a
// page under Performance, GET and PUT in the API, and `waymark performance
// gravity`, each through the one setGravity and listGravity, with the same
// permission (offences:edit to change it; performance:view to see it) and the
// same words for a bad group or gravity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { cliWorld, type CliWorld } from '../../support/cli.js';
import { createPartnership } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { seedOffenceReference } from '../../../src/offences/store.js';

let t: TestDatabase;
let ta: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'analyst', role: 'analyst' },
    { username: 'board', role: 'board_member' },
  ]);
  await t.db.transaction().execute((trx) => seedOffenceReference(trx, ta.f.partnershipId));
  for (const u of ['analyst', 'board']) tokens[u] = await createApiToken(t.db, ta.users[u]!.userId, 'test', { scope: 'role' });
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const api = (method: 'GET' | 'PUT', url: string, user: string, body?: unknown) =>
  ta.app.inject({ method, url, headers: { authorization: `Bearer ${tokens[user]}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, ...(body !== undefined ? { payload: JSON.stringify(body) } : {}) });

async function apiTable(user: string): Promise<Record<string, number>> {
  const rows: { groupCode: string; gravity: number }[] = [];
  let url = '/api/v1/offences/gravity?limit=50';
  for (;;) {
    const res = await api('GET', url, user);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { gravity: typeof rows; next: string | null };
    rows.push(...body.gravity);
    if (!body.next) break;
    url = `/api/v1/offences/gravity?limit=50&cursor=${encodeURIComponent(body.next)}`;
  }
  return Object.fromEntries(rows.map((r) => [r.groupCode, r.gravity]));
}

describe('the gravity table', () => {
  it('is changed on its page by an analyst, and the API and the page show the same table', async () => {
    const analyst = await signInAs(ta.app, 'analyst');
    const post = (fields: Record<string, string>) =>
      ta.app.inject({ method: 'POST', url: '/performance/gravity', headers: { cookie: cookieHeader(analyst.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: analyst.csrf, ...fields }).toString() });
    const version = async () => (await ta.app.services.offences.describe(ta.f.operator)).version;
    const before = await version();

    const saved = await post({ groupCode: '034', gravity: '9' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/performance/gravity?saved=034');
    const page = await ta.app.inject({ method: 'GET', url: saved.headers.location as string, headers: { cookie: cookieHeader(analyst.jar) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Offence group 034 now has gravity 9.');
    expect(page.body).toContain('Save the gravity');
    expect(await version()).toBe(before + 1);
    expect((await apiTable('analyst'))['034']).toBe(9);

    // Removing a group leaves it ungraded, on every door.
    expect((await post({ groupCode: '034', gravity: '' })).statusCode).toBe(303);
    expect((await apiTable('board'))['034']).toBeUndefined();
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'alteration', what: 'gravity of offence group 034 set to none' });
  });

  it('names the field and what is wrong, in the same words on the page and in the API', async () => {
    const analyst = await signInAs(ta.app, 'analyst');
    const post = (fields: Record<string, string>) =>
      ta.app.inject({ method: 'POST', url: '/performance/gravity', headers: { cookie: cookieHeader(analyst.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: analyst.csrf, ...fields }).toString() });
    const badGroup = await post({ groupCode: '34', gravity: '5' });
    expect(badGroup.statusCode).toBe(400);
    expect(badGroup.body).toContain('href="#groupCode"');
    expect(badGroup.body.replaceAll('&quot;', '"')).toContain('"34" is not an offence group: a Home Office offence group is 3 digits, such as 034.');
    const viaApi = await api('PUT', '/api/v1/offences/gravity/34', 'analyst', { gravity: 5 });
    expect(viaApi.statusCode).toBe(400);
    expect(viaApi.json()).toMatchObject({ detail: '"34" is not an offence group: a Home Office offence group is 3 digits, such as 034.' });

    const badGravity = await post({ groupCode: '034', gravity: 'high' });
    expect(badGravity.statusCode).toBe(400);
    expect(badGravity.body).toContain('href="#gravity"');
    expect(badGravity.body.replaceAll('&quot;', '"')).toContain('The gravity of offence group 034 must be a number, 0 or more (such as 8), not "high".');
    expect((await api('PUT', '/api/v1/offences/gravity/034', 'analyst', { gravity: -1 })).statusCode).toBe(400);

    const put = await api('PUT', '/api/v1/offences/gravity/105', 'analyst', { gravity: 4.5 });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ groupCode: '105', gravity: 4.5 });
  });

  it('is shown to a board member without the form, and may not be changed by one', async () => {
    const board = await signInAs(ta.app, 'board');
    const page = await ta.app.inject({ method: 'GET', url: '/performance/gravity', headers: { cookie: cookieHeader(board.jar) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Graded offence groups');
    expect(page.body).not.toContain('Save the gravity');
    const refused = await ta.app.inject({
      method: 'POST',
      url: '/performance/gravity',
      headers: { cookie: cookieHeader(board.jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: board.csrf, groupCode: '034', gravity: '1' }).toString(),
    });
    expect(refused.statusCode).toBe(403);
    expect((await api('PUT', '/api/v1/offences/gravity/034', 'board', { gravity: 1 })).statusCode).toBe(403);
  });
});

// Each command is a new process, which costs seconds on the embedded engine,
// so the CLI door runs on the PostgreSQL pass (the service under it is tested on both).
describe.skipIf(testEngine !== 'postgres')('waymark performance gravity', () => {
  let cli: CliWorld;
  beforeAll(async () => {
    cli = await cliWorld('waymark-gravity-');
    const d = await cli.open();
    const f = await createPartnership(d.db, 'GRAV');
    await d.db.transaction().execute((trx) => seedOffenceReference(trx, f.partnershipId));
    await cli.done(d);
  }, 60_000);
  afterAll(async () => {
    await cli?.close();
  });

  it('sets and removes a group, and refuses a bad gravity in the words the page and the API use', async () => {
    const set = await cli.waymark(['performance', 'gravity', '--set', '034=9', '--set', '046=', '--json']);
    expect(set.stderr).toBe('');
    const rows = JSON.parse(set.stdout) as { groupCode: string; gravity: number }[];
    expect(rows.find((r) => r.groupCode === '034')?.gravity).toBe(9);
    expect(rows.find((r) => r.groupCode === '046')).toBeUndefined();
    const bad = await cli.waymark(['performance', 'gravity', '--set', '034=high']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('The gravity of offence group 034 must be a number, 0 or more (such as 8), not "high".');
  }, 120_000);
});
