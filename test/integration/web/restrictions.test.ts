// Restricted records through the web and the API (issue 14): a scheme manager
// restricts a person to named users on the person page; then a user who is not
// named cannot see them (page, search), a named user can; lifting the
// restriction restores them; each change is in the audit log, with user ids
// and never the person's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { verifyAuditChain } from '../../../src/access/audit.js';

let t: TestDatabase;
let ta: TestApp;
type Session = { jar: Record<string, string>; csrf: string };
let manager: Session;
let named: Session;
let other: Session;
let personId: number;

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'manager', role: 'scheme_manager', agency: 'police' },
    { username: 'named', role: 'practitioner', agency: 'probation' },
    { username: 'other', role: 'practitioner', agency: 'housing' },
    { username: 'admin', role: 'administrator', agency: 'local_authority' },
  ]);
  personId = await createPerson(t.db, ta.f, { ref: 'SECRET1', family: 'Hiddenfamily', given: 'Hiddengiven' });
  manager = await signInAs(ta.app, 'manager');
  named = await signInAs(ta.app, 'named');
  other = await signInAs(ta.app, 'other');
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const form = (body: Record<string, string>) => new URLSearchParams(body).toString();
const get = (url: string, s?: Session, headers: Record<string, string> = {}) =>
  ta.app.inject({ method: 'GET', url, headers: { ...(s ? { cookie: cookieHeader(s.jar) } : {}), ...headers } });
const post = (url: string, body: Record<string, string>, s: Session) =>
  ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: s.csrf, ...body }) });

async function restrictionEntries() {
  return t.db.selectFrom('audit_log').select(['action', 'what', 'details', 'user_id']).where('person_id', '=', personId).where('action', '=', 'alteration').orderBy('id').execute();
}

describe('restricting a record on the person page', () => {
  it('hides the person from users who are not named, shows them to the named ones, and lifting it restores them', async () => {
    // Before: everyone sees the person.
    expect((await get(`/people?q=Hiddenfamily`, other)).body).toContain('HIDDENFAMILY');
    const page = await get(`/people/${personId}`, manager);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-testid="restriction"');
    expect(page.body).toContain('This record is not restricted');
    // A practitioner has no section and may not post the form.
    expect((await get(`/people/${personId}`, other)).body).not.toContain('data-testid="restriction"');
    expect((await post(`/people/${personId}/restriction`, { allow: 'other' }, other)).statusCode).toBe(403);
    // The form needs its CSRF token.
    const forged = await ta.app.inject({ method: 'POST', url: `/people/${personId}/restriction`, headers: { cookie: cookieHeader(manager.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ allow: 'named' }) });
    expect(forged.statusCode).toBe(403);

    const done = await post(`/people/${personId}/restriction`, { allow: 'named' }, manager);
    expect(done.statusCode).toBe(303);
    const after = await get(done.headers.location as string, manager);
    // A restricted record asks even a named user for their reason before it is shown.
    expect(after.statusCode).toBe(403);
    expect(after.body).toContain('This record is restricted');
    const row = await t.db.selectFrom('people').select('restricted').where('id', '=', personId).executeTakeFirstOrThrow();
    expect(row.restricted).toBe(true);
    // An administrator not named on it is answered as for a reference that does not exist, so the answer confirms nothing.
    const admin = { userId: ta.users.admin!.userId, partnershipId: ta.f.partnershipId, role: 'administrator' as const, agencyKind: 'local_authority' as const, label: 'admin' };
    await expect(ta.app.services.restrictions.restrict(admin, { ref: 'SECRET1' }, ['admin'])).rejects.toThrow('No person with reference SECRET1 in this partnership.');
    await expect(ta.app.services.restrictions.restrict(admin, { ref: 'NOSUCH1' }, ['admin'])).rejects.toThrow('No person with reference NOSUCH1 in this partnership.');

    // Not named: the person is not there (as an id no one has) and search shows nothing.
    expect((await get(`/people/${personId}`, other)).statusCode).toBe(404);
    expect((await post(`/people/${personId}/view`, { justification: 'I need to see this record for a meeting' }, other)).statusCode).toBe(404);
    const search = await get(`/people?q=Hiddenfamily`, other);
    expect(search.statusCode).toBe(200);
    expect(search.body).not.toContain('HIDDENFAMILY');
    // Named: sees them in search and, with a reason, on the page.
    expect((await get(`/people?q=Hiddenfamily`, named)).body).toContain('HIDDENFAMILY');
    const seen = await post(`/people/${personId}/view`, { justification: 'Preparing for the case conference' }, named);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain('HIDDENFAMILY');

    // The manager sees who is named, by username.
    const managerView = await post(`/people/${personId}/view`, { justification: 'Checking who may see the record' }, manager);
    expect(managerView.body).toMatch(/data-testid="restriction-allowed">[\s\S]*manager[\s\S]*named/);

    // An unknown username is refused, naming it, and changes nothing: the record
    // is restricted, so the refusal is said on its own page, leading back to it.
    const bad = await post(`/people/${personId}/restriction`, { allow: 'named, nobody-such' }, manager);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('No user nobody-such in this partnership');
    expect(bad.body).toContain(`href="/people/${personId}#restriction"`);
    expect(bad.body).not.toContain('HIDDENFAMILY');

    // Lift it: everyone sees the person again.
    const lifted = await post(`/people/${personId}/restriction/lift`, {}, manager);
    expect(lifted.statusCode).toBe(303);
    expect((await get(`/people/${personId}`, other)).statusCode).toBe(200);
    expect((await get(`/people?q=Hiddenfamily`, other)).body).toContain('HIDDENFAMILY');
    expect(await t.db.selectFrom('person_access').selectAll().where('person_id', '=', personId).execute()).toEqual([]);

    // Each change is an alteration in the log: user ids, never the person's name.
    const entries = await restrictionEntries();
    expect(entries.map((e) => e.what)).toEqual(['restricted the record to named users', 'lifted the restriction on the record']);
    const first = JSON.parse(entries[0]!.details!) as { allowedUserIds: number[] };
    expect(first.allowedUserIds.sort()).toEqual([ta.users.manager!.userId, ta.users.named!.userId].sort());
    for (const e of entries) expect(`${e.what} ${e.details}`).not.toMatch(/Hidden/);
    expect(await verifyAuditChain(t.db)).toBeNull();
  });
});

describe('restricting a record through the API', () => {
  it('PUT /api/v1/people/:id/restriction restricts, changes the named users, lifts, and refuses unknown users with problem details', async () => {
    const token = await createApiToken(t.db, ta.users.admin!.userId, 'restrict', { scope: 'role' });
    const put = (body: unknown) =>
      ta.app.inject({ method: 'PUT', url: `/api/v1/people/${personId}/restriction`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    const r = await put({ restricted: true, allow: ['named'] });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ personId, personRef: 'SECRET1', restricted: true, allow: ['admin', 'named'] });
    expect((await get(`/people?q=Hiddenfamily`, other)).body).not.toContain('HIDDENFAMILY');

    const unknown = await put({ restricted: true, allow: ['ghost', 'phantom'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().detail).toContain('No user ghost, phantom in this partnership');

    // A practitioner's token may not restrict.
    const practitioner = await createApiToken(t.db, ta.users.other!.userId, 'p', { scope: 'role' });
    const refused = await ta.app.inject({ method: 'PUT', url: `/api/v1/people/${personId}/restriction`, headers: { authorization: `Bearer ${practitioner}`, 'content-type': 'application/json' }, payload: JSON.stringify({ restricted: false }) });
    expect(refused.statusCode).toBe(403);

    const changed = await put({ restricted: true, allow: ['other'] });
    expect(changed.json().allow).toEqual(['admin', 'other']);
    expect((await get(`/people?q=Hiddenfamily`, other)).body).toContain('HIDDENFAMILY');
    expect((await get(`/people?q=Hiddenfamily`, named)).body).not.toContain('HIDDENFAMILY');

    const lifted = await put({ restricted: false });
    expect(lifted.json()).toMatchObject({ restricted: false, allow: [] });
    const whats = (await restrictionEntries()).slice(-3).map((e) => e.what);
    expect(whats).toEqual(['restricted the record to named users', 'changed the users who may see the restricted record', 'lifted the restriction on the record']);
  });
});
