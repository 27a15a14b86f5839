// Sign-in, CSRF, the role gate on every route, and the audit of person views,
// through the real HTTP pipeline (Fastify inject) on the run's database engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, cookiesOf, hiddenCsrf, PASSWORD, type TestApp } from '../../support/app.js';
import { createPerson, createUser } from '../../support/fixtures.js';
import { hashPassword } from '../../../src/access/passwords.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import { createApiToken } from '../../../src/access/api-tokens.js';

let t: TestDatabase;
let ta: TestApp;
let personId: number;
let restrictedId: number;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'officer', role: 'practitioner', agency: 'police' },
    { username: 'probation', role: 'practitioner', agency: 'probation' },
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'board', role: 'board_member', agency: 'local_authority' },
    { username: 'admin', role: 'administrator', agency: 'police' },
  ]);
  personId = await createPerson(t.db, ta.f, { ref: 'WEB1', family: 'Examplesson', given: 'Alfa' });
  restrictedId = await createPerson(t.db, ta.f, { ref: 'WEB2', family: 'Fictitia', given: 'Bravo', restricted: true });
  await t.db.insertInto('person_identifiers').values({ partnership_id: ta.f.partnershipId, person_id: personId, kind: 'pnc', value: '1901/0000001X' }).execute();
  await t.db.insertInto('intelligence_reports').values({ partnership_id: ta.f.partnershipId, person_id: personId, report_date: '2009-03-01', grading: 'B2', topic: 'Secret-topic-xyz' }).execute();
  await t.db.insertInto('outcomes').values({ partnership_id: ta.f.partnershipId, person_id: personId, offence_date: '2009-01-10', outcome_date: '2009-02-01', outcome: 'conviction', offence_code: '02800', offence_code_raw: '02800', disposal: 'custody', sentence_days: 120 }).execute();
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, jar?: Record<string, string>, headers: Record<string, string> = {}) =>
  ta.app.inject({ method: 'GET', url, headers: { ...(jar ? { cookie: cookieHeader(jar) } : {}), ...headers } });

function concrete(url: string): string {
  return url.replace(':id', String(personId)).replace(':code', 'PPO').replace(':file', 'init.js').replace('*', 'x');
}

describe('every route refuses an unauthenticated request', () => {
  it('except sign-in, health and static assets', async () => {
    const routes = ta.app.routeTable;
    expect(routes.length).toBeGreaterThan(8);
    const open = routes.filter((r) => r.access === 'public').map((r) => r.url);
    expect(new Set(open.filter((u) => !u.startsWith('/assets/')))).toEqual(new Set(['/sign-in', '/health']));
    for (const r of routes.filter((r) => r.access !== 'public')) {
      const res = await ta.app.inject({ method: r.method as any, url: concrete(r.url), payload: r.method === 'GET' ? undefined : {} });
      if (r.url.startsWith('/api/')) expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      else expect([303, 401, 403], `${r.method} ${r.url}`).toContain(res.statusCode);
      if (res.statusCode === 303) expect(res.headers.location).toMatch(/^\/sign-in/);
      expect(res.body).not.toContain('Examplesson');
    }
  });

  it('answers an unknown address as if it were protected', async () => {
    const res = await get('/no-such-page');
    expect(res.statusCode).toBe(303);
  });
});

describe('sign in', () => {
  it('signs in with the right password and shows the home page', async () => {
    const { jar } = await signInAs(ta.app, 'officer');
    const res = await get('/', jar);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('What needs attention');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[0-9a-f]+'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const page = await get('/sign-in');
    const res = await ta.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: cookieHeader(cookiesOf(page)), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ username: 'officer', password: 'wrong', _csrf: hiddenCsrf(page.body) }).toString(),
    });
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('The username or password is not right');
    expect(cookiesOf(res).waymark_session).toBeUndefined();
  });

  it('limits failed attempts for one username', async () => {
    // A user of its own: the lock lasts 15 minutes, and would refuse another test's sign-in.
    await createUser(t.db, ta.f, { username: 'locked', role: 'board_member', agency: 'local_authority', passwordHash: await hashPassword(PASSWORD) });
    const page = await get('/sign-in');
    const post = (password: string) =>
      ta.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie: cookieHeader(cookiesOf(page)), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ username: 'locked', password, _csrf: hiddenCsrf(page.body) }).toString(),
      });
    for (let i = 0; i < 5; i++) expect((await post('nope')).statusCode).toBe(401);
    const limited = await post(PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('Too many failed attempts');
  });

  it('signs out and the session no longer works', async () => {
    const { jar, csrf } = await signInAs(ta.app, 'probation');
    const out = await ta.app.inject({ method: 'POST', url: '/sign-out', headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${csrf}` });
    expect(out.statusCode).toBe(303);
    expect((await get('/', jar)).statusCode).toBe(303);
  });
});

describe('CSRF protection', () => {
  it('refuses the sign-in form without the token', async () => {
    const page = await get('/sign-in');
    const res = await ta.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: cookieHeader(cookiesOf(page)), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ username: 'officer', password: PASSWORD }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(cookiesOf(res).waymark_session).toBeUndefined();
  });

  it('refuses a signed-in form with a wrong token and accepts the right one', async () => {
    const { jar, csrf } = await signInAs(ta.app, 'manager');
    const post = (token: string) =>
      ta.app.inject({ method: 'POST', url: '/sign-out', headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${token}` });
    expect((await post('forged')).statusCode).toBe(403);
    expect((await get('/', jar)).statusCode).toBe(200);
    expect((await post(csrf)).statusCode).toBe(303);
  });
});

describe('roles and need to know', () => {
  it('never shows a board member a person', async () => {
    const { jar } = await signInAs(ta.app, 'board');
    expect((await get(`/people/${personId}`, jar)).statusCode).toBe(403);
    expect((await get('/people?q=Examplesson', jar)).statusCode).toBe(403);
    expect((await get(`/api/v1/people/${personId}`, jar)).statusCode).toBe(403);
  });

  it('shows intelligence to police staff only', async () => {
    const police = await signInAs(ta.app, 'officer');
    const probation = await signInAs(ta.app, 'probation');
    expect((await get(`/people/${personId}`, police.jar)).body).toContain('Secret-topic-xyz');
    const other = await get(`/people/${personId}`, probation.jar);
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain('Secret-topic-xyz');
    expect(other.body).toContain('Intelligence reports are shown to police staff only');
  });

  it('hides a restricted person from everyone not named, and asks a named user why', async () => {
    const { jar, csrf } = await signInAs(ta.app, 'officer');
    // Not named: answered exactly as an id no one has, so the sequence of ids tells nothing.
    const hidden = await get(`/people/${restrictedId}`, jar);
    const missing = await get('/people/999999', jar);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.statusCode).toBe(missing.statusCode);
    expect(hidden.body).toContain('No such person.');
    expect(missing.body).toContain('No such person.');
    expect((await get('/people?q=Fictitia', jar)).body).not.toContain('Bravo');
    await t.db.insertInto('person_access').values({ person_id: restrictedId, user_id: ta.users.officer!.userId }).execute();
    const ask = await get(`/people/${restrictedId}`, jar);
    expect(ask.statusCode).toBe(403);
    expect(ask.body).toContain('Why do you need to see this record?');
    const view = await ta.app.inject({
      method: 'POST',
      url: `/people/${restrictedId}/view`,
      headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, justification: 'Preparing the PPO panel on 3 March' }).toString(),
    });
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('FICTITIA, Bravo');
    const entry = await t.db.selectFrom('audit_log').selectAll().where('person_id', '=', restrictedId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.justification).toBe('Preparing the PPO panel on 3 March');
  });
});

describe('audit of person views', () => {
  it('writes an entry for every view of a person page, and the chain verifies', async () => {
    const { jar } = await signInAs(ta.app, 'officer');
    // No agency leads this person: the police officer's view relies on the
    // partnership's agreement, so it is logged as a disclosure naming it
    // (src/sharing/disclosures.ts personReadBasis), on every door.
    const count = async () =>
      (await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId).where('action', 'in', ['consultation', 'disclosure']).executeTakeFirstOrThrow()).n;
    const before = await count();
    const res = await get(`/people/${personId}`, jar);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('EXAMPLESSON, Alfa');
    expect(res.body).toContain('moj-timeline');
    expect(await count()).toBe(before + 1);
    const last = await t.db.selectFrom('audit_log').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.user_id).toBe(ta.users.officer!.userId);
    expect(last.what).toBe('viewed person record');
    expect(last.action).toBe('disclosure');
    expect(await verifyAuditChain(t.db)).toBeNull();
  });

  it('refuses to alter or delete audit entries', async () => {
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(t.db.updateTable('audit_log').set({ what: 'x' }).execute()).rejects.toThrow(/append-only/);
  });
});

describe('JSON API', () => {
  it('searches and reads a person with a bearer token, audited the same way', async () => {
    const token = await createApiToken(t.db, ta.users.admin!.userId, 'test');
    const auth = { authorization: `Bearer ${token}` };
    const search = await get('/api/v1/people?q=1901/0000001X', undefined, auth);
    expect(search.statusCode).toBe(200);
    expect(search.json().people).toEqual([expect.objectContaining({ id: personId, personRef: 'WEB1', pncId: '1901/0000001X' })]);
    const one = await get(`/api/v1/people/${personId}`, undefined, auth);
    expect(one.statusCode).toBe(200);
    expect(one.json().person.familyName).toBe('Examplesson');
    const last = await t.db.selectFrom('audit_log').selectAll().where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(last.details!).channel).toBe('api');
    expect((await get('/api/v1/people?q=x', undefined, { authorization: 'Bearer wm_wrong' })).statusCode).toBe(401);
  });

  it('describes itself in OpenAPI', async () => {
    const { jar } = await signInAs(ta.app, 'officer');
    const doc = (await get('/api/v1/openapi.json', jar)).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/people', '/api/v1/people/{id}']));
  });
});
