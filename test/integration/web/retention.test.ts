// The retention review through the real HTTP pipeline: the administrator's
// page lists the records due and records a decision (CSRF-protected form), the
// API gives the same list and takes decisions with problem details on error,
// and anyone else is refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';

let t: TestDatabase;
let ta: TestApp;
let admin: { jar: Record<string, string>; csrf: string };

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'admin', role: 'administrator', agency: 'police' },
    { username: 'analyst', role: 'analyst', agency: 'local_authority' },
  ]);
  admin = await signInAs(ta.app, 'admin');
  for (const ref of ['OLDA', 'OLDB', 'OLDC']) await createPerson(t.db, ta.f, { ref, family: `Family${ref}` });
  await createPerson(t.db, ta.f, { ref: 'SECRET', family: 'Hiddenfamily', restricted: true });
  await sql`UPDATE people SET created_at = '2001-01-01', updated_at = '2001-01-01' WHERE partnership_id = ${ta.f.partnershipId}`.execute(t.db);
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const form = (body: Record<string, string>) => new URLSearchParams(body).toString();
const get = (url: string, jar?: Record<string, string>, headers: Record<string, string> = {}) =>
  ta.app.inject({ method: 'GET', url, headers: { ...(jar ? { cookie: cookieHeader(jar) } : {}), ...headers } });
const post = (url: string, body: Record<string, string>, s = admin) =>
  ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: s.csrf, ...body }) });

describe('the retention review page', () => {
  it('lists the records due to an administrator (not a restricted one they are not named on), and logs the list', async () => {
    const res = await get('/admin/retention', admin.jar);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('FamilyOLDA');
    expect(res.body).toContain('OLDC');
    expect(res.body).not.toContain('Hiddenfamily');
    const list = await t.db.selectFrom('audit_log').select(['person_ids']).where('what', '=', 'records due for retention review').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(list.person_ids).toHaveLength(3);
  });

  it('records a decision, and says what is wrong with a bad one', async () => {
    const missing = await post('/admin/retention/decisions', { personRef: 'OLDA', decision: 'erase', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Give the reason for the decision');
    const ok = await post('/admin/retention/decisions', { personRef: 'OLDA', decision: 'anonymise', reason: 'statistics only' });
    expect(ok.statusCode).toBe(303);
    const after = await get(ok.headers.location as string, admin.jar);
    expect(after.body).toContain('OLDA was anonymised');
    expect(after.body).not.toContain('FamilyOLDA');
    const noCsrf = await ta.app.inject({ method: 'POST', url: '/admin/retention/decisions', headers: { cookie: cookieHeader(admin.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ personRef: 'OLDB', decision: 'erase', reason: 'x' }) });
    expect(noCsrf.statusCode).toBe(403);
    const period = await post('/admin/retention/period', { years: 'ten' });
    expect(period.statusCode).toBe(400);
    expect(period.body).toContain('whole number of years from 1 to 100');
  });

  it('refuses anyone but an administrator', async () => {
    const analyst = await signInAs(ta.app, 'analyst');
    expect((await get('/admin/retention', analyst.jar)).statusCode).toBe(403);
    expect((await post('/admin/retention/decisions', { personRef: 'OLDB', decision: 'erase', reason: 'x' }, analyst)).statusCode).toBe(403);
  });
});

describe('the retention API', () => {
  it('lists the records due and takes decisions, with problem details on error', async () => {
    const token = (await ta.app.services.access.createToken(ta.f.operator, { username: 'admin', name: 'retention', scope: 'role' })).token;
    const auth = { authorization: `Bearer ${token}` };
    const due = await get('/api/v1/retention/due?asOf=2030-01-01', undefined, auth);
    expect(due.statusCode).toBe(200);
    expect(due.json()).toMatchObject({ asOf: '2030-01-01', years: 6 });
    expect(due.json().records.map((r: { personRef: string }) => r.personRef)).toEqual(expect.arrayContaining(['OLDB', 'OLDC']));
    // Only those: not the restricted record the administrator is not named on.
    expect(due.json().records.map((r: { personRef: string }) => r.personRef).sort()).toEqual(['OLDB', 'OLDC']);
    expect(due.body).not.toContain('SECRET');

    const decide = (body: unknown) => ta.app.inject({ method: 'POST', url: '/api/v1/retention/decisions', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    const erased = await decide({ personRef: 'OLDB', decision: 'erase', reason: 'no activity' });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ decision: 'erase', records: 1 });
    const unknown = await decide({ personRef: 'OLDB', decision: 'erase', reason: 'again' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ status: 404, detail: 'No person with reference OLDB in this partnership.', field: 'personRef' });
    const bad = await decide({ personRef: 'OLDC', decision: 'shred', reason: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const kept = await decide({ personRef: 'OLDC', decision: 'keep', reason: 'open MAPPA case', reviewAfter: '2031-01-01' });
    expect(kept.json()).toMatchObject({ decision: 'keep', reviewAfter: '2031-01-01' });

    const analystToken = (await ta.app.services.access.createToken(ta.f.operator, { username: 'analyst', name: 'x', scope: 'role' })).token;
    const refused = await get('/api/v1/retention/due', undefined, { authorization: `Bearer ${analystToken}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});
