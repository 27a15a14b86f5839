// Administration and the remaining capabilities through the JSON API (issue
// 17): users, agencies, areas and tokens; the selection matrix; the scheme's
// structure; deciding duplicates; panel minutes; unit costs and cohort lists;
// the transfers inbox and the audit search. Each group: a happy path through
// bearer tokens, checked against what the services store, and a refusal.
// Every answer is validated against the OpenAPI document (test/support/contract.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, type TestApp } from '../../support/app.js';
import { createPerson } from '../../support/fixtures.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { createScheme } from '../selection/support.js';

let t: TestDatabase;
let ta: TestApp;
const tokens: Record<string, string> = {};

const USERS = [
  { username: 'admin', role: 'administrator', agency: 'police' },
  { username: 'manager', role: 'scheme_manager', agency: 'police' },
  { username: 'analyst', role: 'analyst', agency: 'police' },
  { username: 'practitioner', role: 'practitioner', agency: 'probation' },
] as const;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
async function call(who: string, method: Method, url: string, json?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const h: Record<string, string> = { authorization: `Bearer ${tokens[who]}`, ...headers };
  if (json !== undefined) h['content-type'] = 'application/json';
  return ta.app.inject({ method, url, headers: h, payload: json !== undefined ? JSON.stringify(json) : undefined });
}
const get = (who: string, url: string) => call(who, 'GET', url);

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, USERS.map((u) => ({ ...u })));
  for (const u of USERS) tokens[u.username] = await createApiToken(t.db, ta.users[u.username]!.userId, `api ${u.username}`, { scope: 'role' });
  await createScheme(t.db, ta.f, 'PPO', 3);
}, 60_000);

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

describe('administration: users, agencies, areas and tokens', () => {
  it('adds a user with an invitation or a one-time password, lists them a page at a time, changes and disables them', async () => {
    const made = await call('admin', 'POST', '/api/v1/users', { username: 'newbie', displayName: 'New Bie', role: 'practitioner', agency: 'PROBATION' });
    expect(made.statusCode).toBe(201);
    expect(made.headers.location).toBe('/api/v1/users/newbie');
    expect(made.json()).toMatchObject({ user: { username: 'newbie', role: 'practitioner', agencyCode: 'PROBATION', status: 'invited' }, credential: 'invitation', oneTimePassword: null });
    expect(made.json().invitationUrl).toMatch(/\/invitations\/[A-Za-z0-9_-]+$/);
    expect(made.body).not.toMatch(/hash|argon/i);
    const otp = await call('admin', 'POST', '/api/v1/users', { username: 'otp-user', displayName: 'Otp User', role: 'analyst', agency: 'POLICE', credential: 'one-time' });
    expect(otp.json()).toMatchObject({ credential: 'one-time', invitationUrl: null, user: { status: 'must change password' } });
    expect(otp.json().oneTimePassword).toHaveLength(20);

    const first = await get('admin', '/api/v1/users?limit=2');
    expect(first.json().users.map((u: { username: string }) => u.username)).toEqual(['admin', 'analyst']);
    const all: string[] = [];
    for (let cursor: string | null = null, guard = 0; guard < 10; guard++) {
      const page: { users: { username: string }[]; next: string | null } = (await get('admin', `/api/v1/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      all.push(...page.users.map((u: { username: string }) => u.username));
      cursor = page.next;
      if (!cursor) break;
    }
    expect(all).toEqual(['admin', 'analyst', 'manager', 'newbie', 'otp-user', 'practitioner']);

    const changed = await call('admin', 'PATCH', '/api/v1/users/newbie', { role: 'scheme_manager' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'scheme_manager', agencyCode: 'PROBATION' });
    const moved = await call('admin', 'PATCH', '/api/v1/users/newbie', { agency: 'POLICE', disabled: true });
    expect(moved.json()).toMatchObject({ role: 'scheme_manager', agencyCode: 'POLICE', disabled: true, status: 'disabled' });
    expect((await get('admin', '/api/v1/users/newbie')).json().disabled).toBe(true);
    const again = await call('admin', 'PATCH', '/api/v1/users/newbie', { disabled: false });
    expect(again.statusCode).toBe(400);
    expect(again.json().field).toBe('disabled');
  });

  it("resets a user's password with a one-time password, and their second factor", async () => {
    const reset = await call('admin', 'POST', '/api/v1/users/practitioner/password-reset', { credential: 'one-time' });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ user: { username: 'practitioner', status: 'must change password' }, credential: 'one-time', invitationUrl: null });
    expect(reset.json().oneTimePassword).toHaveLength(20);
    await t.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP' }).where('username', '=', 'practitioner').execute();
    expect((await get('admin', '/api/v1/users/practitioner')).json().secondFactor).toBe(true);
    expect((await call('admin', 'POST', '/api/v1/users/practitioner/second-factor-reset')).statusCode).toBe(204);
    expect((await get('admin', '/api/v1/users/practitioner')).json().secondFactor).toBe(false);
    expect((await call('manager', 'POST', '/api/v1/users/practitioner/second-factor-reset')).statusCode).toBe(403);
  });

  it('refuses others than administrators, an unknown role (naming the field) and an unknown user', async () => {
    expect((await get('manager', '/api/v1/users')).statusCode).toBe(403);
    expect((await call('manager', 'POST', '/api/v1/agencies', { code: 'X', name: 'X', kind: 'housing' })).statusCode).toBe(403);
    const bad = await call('admin', 'POST', '/api/v1/users', { username: 'bad', displayName: 'Bad', role: 'king', agency: 'POLICE' });
    expect(bad.statusCode).toBe(400);
    expect((await get('admin', '/api/v1/users/nobody-here')).statusCode).toBe(404);
    const self = await call('admin', 'PATCH', '/api/v1/users/admin', { disabled: true });
    expect(self.statusCode).toBe(400);
  });

  it('adds agencies and areas and lists them', async () => {
    const a = await call('admin', 'POST', '/api/v1/agencies', { code: 'HOUSING2', name: 'Northtown Homes', kind: 'housing' });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toEqual({ code: 'HOUSING2', name: 'Northtown Homes', kind: 'housing', users: 0 });
    expect((await get('admin', '/api/v1/agencies?limit=200')).json().agencies.map((x: { code: string }) => x.code)).toContain('HOUSING2');
    expect((await call('admin', 'POST', '/api/v1/agencies', { code: 'HOUSING2', name: 'Again', kind: 'housing' })).statusCode).toBe(409);
    const area = await call('admin', 'POST', '/api/v1/areas', { code: 'E05000001', name: 'Riverside ward', parentCode: 'E06000001' });
    expect(area.statusCode).toBe(201);
    expect(area.json()).toEqual({ code: 'E05000001', name: 'Riverside ward', parentCode: 'E06000001' });
    expect((await get('admin', '/api/v1/areas')).json().areas).toContainEqual({ code: 'E05000001', name: 'Riverside ward', parentCode: 'E06000001' });
  });

  it('creates a token whose secret works once shown, lists it without the secret, and revokes it', async () => {
    const made = await call('admin', 'POST', '/api/v1/tokens', { username: 'analyst', name: 'nightly report', scope: 'read', expiresInDays: 30 });
    expect(made.statusCode).toBe(201);
    const { id, token } = made.json();
    expect(token).toMatch(/^wm_/);
    const list = await get('admin', '/api/v1/tokens');
    expect(list.json().tokens[0]).toMatchObject({ id, username: 'analyst', name: 'nightly report', scope: 'read', status: 'active', revokedAt: null });
    expect(list.body).not.toContain(token);
    const withIt = await ta.app.inject({ method: 'GET', url: '/api/v1/schemes', headers: { authorization: `Bearer ${token}` } });
    expect(withIt.statusCode).toBe(200);
    expect((await call('admin', 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
    const after = await ta.app.inject({ method: 'GET', url: '/api/v1/schemes', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect((await get('admin', '/api/v1/tokens')).json().tokens[0]).toMatchObject({ id, status: 'revoked' });
    expect((await call('admin', 'DELETE', '/api/v1/tokens/999999')).statusCode).toBe(404);
    expect((await call('analyst', 'DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(403);
  });
});

describe('the selection matrix and the scheme structure', () => {
  it('reads the default matrix, saves a version with If-Match, and refuses a stale one with 412', async () => {
    const m = await get('manager', '/api/v1/schemes/PPO/matrix');
    expect(m.statusCode).toBe(200);
    expect(m.json()).toMatchObject({ schemeCode: 'PPO', version: 0, versions: [] });
    const etag0 = m.headers.etag as string;
    const saved = await call('manager', 'PUT', '/api/v1/schemes/PPO/matrix', { config: { intelligenceCap: 5 }, note: 'cap intelligence at 5' }, { 'if-match': etag0 });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ version: 1, note: 'cap intelligence at 5', config: { intelligenceCap: 5 }, versions: [{ version: 1 }] });
    const etag1 = saved.headers.etag as string;
    expect(etag1).not.toBe(etag0);
    const stale = await call('manager', 'PUT', '/api/v1/schemes/PPO/matrix', { config: { intelligenceCap: 6 } }, { 'if-match': etag0 });
    expect(stale.statusCode).toBe(412);
    const two = await call('manager', 'PUT', '/api/v1/schemes/PPO/matrix', { config: { intelligenceCap: 6 } }, { 'if-match': etag1 });
    expect(two.json().version).toBe(2);
    expect((await get('manager', '/api/v1/schemes/PPO/matrix?version=1')).json().config.intelligenceCap).toBe(5);
    const latest = await get('manager', '/api/v1/schemes/PPO/matrix');
    expect(latest.json()).toMatchObject({ version: 2, versions: [{ version: 1 }, { version: 2 }] });
    // The same version (with a hash of what the GET showed after it).
    expect(latest.headers.etag).toMatch(new RegExp(`^${String(two.headers.etag).slice(0, -1)}\\.`));
  });

  it('refuses a matrix edit from an analyst, and an invalid setting naming it', async () => {
    expect((await call('analyst', 'PUT', '/api/v1/schemes/PPO/matrix', { config: {} })).statusCode).toBe(403);
    const bad = await call('manager', 'PUT', '/api/v1/schemes/PPO/matrix', { config: { noSuchSetting: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('noSuchSetting');
    expect((await get('practitioner', '/api/v1/schemes/PPO/matrix')).statusCode).toBe(403);
  });

  it('changes the capacity and adds a tier and a strand', async () => {
    const cap = await call('manager', 'PATCH', '/api/v1/schemes/PPO', { capacity: 40 });
    expect(cap.statusCode).toBe(200);
    expect(cap.json()).toMatchObject({ code: 'PPO', capacity: 40 });
    const tier = await call('manager', 'POST', '/api/v1/schemes/PPO/tiers', { code: 'intensive', name: 'Intensive', rank: 4 });
    expect(tier.statusCode).toBe(201);
    expect(tier.json().tiers).toContainEqual({ code: 'intensive', name: 'Intensive', rank: 4 });
    const strand = await call('manager', 'POST', '/api/v1/schemes/PPO/strands', { code: 'catch', name: 'Catch and convict' });
    expect(strand.json().strands).toContainEqual({ code: 'catch', name: 'Catch and convict' });
    expect((await get('manager', '/api/v1/schemes/PPO')).json()).toMatchObject({ capacity: 40 });
    expect((await call('practitioner', 'PATCH', '/api/v1/schemes/PPO', { capacity: 1 })).statusCode).toBe(403);
    const bad = await call('manager', 'PATCH', '/api/v1/schemes/PPO', { capacity: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('capacity');
  });
});

describe('duplicates: merge, not a duplicate, undo a merge', () => {
  it('merges a pair keeping the one named, undoes it, and dismisses another pair', async () => {
    const a = await createPerson(t.db, ta.f, { ref: 'DUPA', family: 'Twin', given: 'Alex' });
    const b = await createPerson(t.db, ta.f, { ref: 'DUPB', family: 'Twin', given: 'Alex' });
    const c = await createPerson(t.db, ta.f, { ref: 'DUPC', family: 'Twin', given: 'Alex' });
    const [p1, p2] = await t.db
      .insertInto('possible_duplicates')
      .values([
        { partnership_id: ta.f.partnershipId, person_id: a, other_person_id: b, reason: 'same name and date of birth' },
        { partnership_id: ta.f.partnershipId, person_id: a, other_person_id: c, reason: 'same name and date of birth' },
      ])
      .returning('id')
      .execute();
    const wrong = await call('admin', 'POST', `/api/v1/duplicates/${p1!.id}/merge`, { keepPersonId: c, reason: 'same PNC' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe('keep');
    const merged = await call('admin', 'POST', `/api/v1/duplicates/${p1!.id}/merge`, { keepPersonId: b, reason: 'same PNC' });
    expect(merged.statusCode).toBe(201);
    expect(merged.json().keptPersonId).toBe(b);
    expect((await t.db.selectFrom('people').select('merged_into_id').where('id', '=', a).executeTakeFirstOrThrow()).merged_into_id).toBe(b);
    expect((await call('admin', 'POST', `/api/v1/merges/${merged.json().mergeId}/unmerge`, { reason: 'different people after all' })).statusCode).toBe(204);
    expect((await t.db.selectFrom('people').select('merged_into_id').where('id', '=', a).executeTakeFirstOrThrow()).merged_into_id).toBeNull();
    expect((await call('admin', 'POST', `/api/v1/duplicates/${p2!.id}/not-duplicate`)).statusCode).toBe(204);
    expect((await t.db.selectFrom('possible_duplicates').select('status').where('id', '=', p2!.id).executeTakeFirstOrThrow()).status).toBe('not_duplicate');
    // Decided already: a conflict; and a manager may not decide at all.
    expect((await call('admin', 'POST', `/api/v1/duplicates/${p2!.id}/not-duplicate`)).statusCode).toBe(409);
    expect((await call('manager', 'POST', `/api/v1/duplicates/${p1!.id}/not-duplicate`)).statusCode).toBe(403);
    expect((await call('admin', 'POST', '/api/v1/merges/999999/unmerge', { reason: 'x' })).statusCode).toBe(409);
  });
});

describe('panel minutes, unit costs, cohort lists, transfers and the audit', () => {
  it('gives the minutes of a panel, and 404 for a date without one', async () => {
    const scheme = await t.db.selectFrom('schemes').select('id').where('code', '=', 'PPO').executeTakeFirstOrThrow();
    await t.db.insertInto('panel_meetings').values({ partnership_id: ta.f.partnershipId, scheme_id: scheme.id, meeting_date: '2010-06-30', run_id: null, notes: null, created_by: null, created_by_label: 'test' }).execute();
    const m = await get('manager', '/api/v1/schemes/PPO/panel/minutes?date=2010-06-30');
    expect(m.statusCode).toBe(200);
    expect(m.json()).toMatchObject({ schemeCode: 'PPO', meetingDate: '2010-06-30', runId: null, decisions: [] });
    expect((await get('manager', '/api/v1/schemes/PPO/panel/minutes?date=2010-07-01')).statusCode).toBe(404);
    expect((await get('manager', '/api/v1/schemes/PPO/panel/minutes')).statusCode).toBe(400);
  });

  it('applies the automatic exits on a date (none here), for those who decide at the panel', async () => {
    const none = await call('manager', 'POST', '/api/v1/schemes/PPO/panel/automatic-exits', { date: '2010-06-30' });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ exits: [] });
    expect((await call('analyst', 'POST', '/api/v1/schemes/PPO/panel/automatic-exits', { date: '2010-06-30' })).statusCode).toBe(403);
  });

  it('sets a unit cost and lists the costs; refuses a practitioner and a negative sum', async () => {
    const put = await call('analyst', 'PUT', '/api/v1/performance/unit-costs', { priceYear: '2009/10', costs: [{ category: 'Bicycle theft', pounds: 123.5, groupCodes: ['044'] }] });
    expect(put.statusCode).toBe(200);
    const list = await get('manager', '/api/v1/performance/unit-costs?limit=200');
    expect(list.json().unitCosts).toContainEqual({ category: 'bicycle theft', pounds: 123.5, priceYear: '2009/10', source: 'entered by analyst (api)', groupCodes: ['044'], own: true });
    // All or none: a bad cost beside a good one stores neither.
    const half = await call('analyst', 'PUT', '/api/v1/performance/unit-costs', { costs: [{ category: 'bicycle theft', pounds: 99 }, { category: 'robbery', pounds: -5 }] });
    expect(half.statusCode).toBe(400);
    expect((await get('analyst', '/api/v1/performance/unit-costs?limit=200')).json().unitCosts).toContainEqual(expect.objectContaining({ category: 'bicycle theft', pounds: 123.5 }));
    expect((await call('practitioner', 'PUT', '/api/v1/performance/unit-costs', { costs: [{ category: 'x', pounds: 1 }] })).statusCode).toBe(403);
    expect((await call('analyst', 'PUT', '/api/v1/performance/unit-costs', { costs: [{ category: 'x', pounds: -1 }] })).statusCode).toBe(400);
  });

  it('freezes a cohort list and lists it; refuses an analyst', async () => {
    const made = await call('manager', 'POST', '/api/v1/performance/cohort-lists', { scheme: 'PPO', name: 'PPO 2009/10', year: '2009/10' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ name: 'PPO 2009/10', cohortDate: '2009-04-01' });
    const list = await get('analyst', '/api/v1/performance/cohort-lists?scheme=PPO');
    expect(list.json().cohortLists).toEqual([expect.objectContaining({ id: made.json().id, scheme: 'PPO', performanceYear: '2009/10', cohortDate: '2009-04-01' })]);
    expect((await call('analyst', 'POST', '/api/v1/performance/cohort-lists', { scheme: 'PPO', name: 'no' })).statusCode).toBe(403);
  });

  it('gives the transfers inbox to scheme managers only', async () => {
    const inbox = await get('manager', '/api/v1/transfers');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json()).toEqual({ transfers: [], next: null });
    expect((await get('analyst', '/api/v1/transfers')).statusCode).toBe(403);
  });

  it('searches the audit log about a person a page at a time, for administrators only', async () => {
    const ref = 'AUD1';
    const id = await createPerson(t.db, ta.f, { ref, family: 'Audit', given: 'Ann' });
    for (let i = 0; i < 3; i++) expect((await get('manager', `/api/v1/people/${id}`)).statusCode).toBe(200);
    const first = await get('admin', `/api/v1/audit?person=${ref}&limit=2`);
    expect(first.statusCode).toBe(200);
    expect(first.json().entries).toHaveLength(2);
    expect(first.json().entries.every((e: { username: string }) => e.username === 'manager')).toBe(true);
    const second = (await get('admin', `/api/v1/audit?person=${ref}&limit=2&cursor=${first.json().next}`)).json();
    expect(second.entries.length).toBeGreaterThanOrEqual(1);
    expect(second.entries[0].id).toBeLessThan(first.json().entries[1].id);
    expect((await get('manager', `/api/v1/audit?person=${ref}`)).statusCode).toBe(403);
  });
});
