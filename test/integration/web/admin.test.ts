// The administration pages and what they hand out, through the real HTTP
// pipeline: users added with an invitation link or a one-time password,
// disabled (sessions and tokens stop at once), role and agency changed,
// password and second factor reset; agencies and areas; API tokens created
// once-shown, scoped (read-only refuses changes with 403 problem details),
// expiring and revocable; every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, cookiesOf, hiddenCsrf, PASSWORD, type TestApp } from '../../support/app.js';
import { verifyAuditChain } from '../../../src/access/audit.js';

let t: TestDatabase;
let ta: TestApp;
let admin: { jar: Record<string, string>; csrf: string };

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, [
    { username: 'admin', role: 'administrator', agency: 'police' },
    { username: 'officer', role: 'practitioner', agency: 'police' },
  ]);
  admin = await signInAs(ta.app, 'admin');
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const form = (body: Record<string, string>) => new URLSearchParams(body).toString();
const get = (url: string, jar?: Record<string, string>, headers: Record<string, string> = {}) =>
  ta.app.inject({ method: 'GET', url, headers: { ...(jar ? { cookie: cookieHeader(jar) } : {}), ...headers } });
const post = (url: string, body: Record<string, string>, s: { jar: Record<string, string>; csrf: string } = admin) =>
  ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(s.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: s.csrf, ...body }) });

async function lastAudit(): Promise<string> {
  const row = await t.db.selectFrom('audit_log').select('what').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return row.what;
}

describe('administration is for administrators', () => {
  it('shows Administration in the navigation of an administrator only, and refuses anyone else', async () => {
    expect((await get('/', admin.jar)).body).toContain('href="/admin"');
    const officer = await signInAs(ta.app, 'officer');
    expect((await get('/', officer.jar)).body).not.toContain('href="/admin"');
    for (const url of ['/admin', '/admin/users', '/admin/agencies', '/admin/areas', '/admin/tokens']) {
      expect((await get(url, officer.jar)).statusCode, url).toBe(403);
      expect((await get(url, admin.jar)).statusCode, url).toBe(200);
    }
    expect((await post('/admin/agencies', { code: 'X', name: 'X', kind: 'police' }, officer)).statusCode).toBe(403);
  });
});

describe('users', () => {
  it('adds a user with an invitation link, which sets a password once and then signs in', async () => {
    const res = await post('/admin/users', { username: 'newbie', displayName: 'New Person', role: 'practitioner', agency: 'PROBATION', credential: 'invitation' });
    expect(res.statusCode).toBe(200);
    const link = /https?:\/\/[^/]+(\/invitations\/[A-Za-z0-9_-]+)/.exec(res.body)![1]!;
    expect(await lastAudit()).toBe('user newbie added');
    // No password yet: signing in fails.
    const signIn = await get('/sign-in');
    const refused = await ta.app.inject({
      method: 'POST', url: '/sign-in',
      headers: { cookie: cookieHeader(cookiesOf(signIn)), 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ username: 'newbie', password: 'whatever-it-is-now', _csrf: hiddenCsrf(signIn.body) }),
    });
    expect(refused.statusCode).toBe(401);

    const page = await get(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Set your password');
    const jar = cookiesOf(page);
    const send = (password: string, confirm = password) =>
      ta.app.inject({ method: 'POST', url: link, headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: hiddenCsrf(page.body), password, confirm }) });
    expect((await send('short')).statusCode).toBe(400);
    expect((await send('a long enough password', 'a different password')).statusCode).toBe(400);
    const ok = await send('a long enough password');
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/sign-in');
    // Single use.
    expect((await get(link)).statusCode).toBe(403);
    expect((await send('another long password')).statusCode).toBe(403);
    const s = await signInAs(ta.app, 'newbie', 'a long enough password');
    expect((await get('/', s.jar)).statusCode).toBe(200);
  });

  it('adds a user with a one-time password, who must change it before any other page', async () => {
    const res = await post('/admin/users', { username: 'onetime', displayName: 'One Time', role: 'analyst', agency: 'POLICE', credential: 'one-time' });
    expect(res.statusCode).toBe(200);
    const otp = /data-testid="one-time-password">([^<]+)</.exec(res.body)![1]!;
    expect(otp.length).toBeGreaterThanOrEqual(12);
    const page = await get('/sign-in');
    const jar = cookiesOf(page);
    const signedIn = await ta.app.inject({
      method: 'POST', url: '/sign-in',
      headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ username: 'onetime', password: otp, _csrf: hiddenCsrf(page.body), returnTo: '/' }),
    });
    expect(signedIn.statusCode).toBe(303);
    Object.assign(jar, cookiesOf(signedIn));
    for (const url of ['/', '/people', '/schemes']) {
      const r = await get(url, jar);
      expect(r.statusCode, url).toBe(303);
      expect(r.headers.location).toBe('/account/password');
    }
    const change = await get('/account/password', jar);
    expect(change.statusCode).toBe(200);
    expect(change.body).toContain('one-time password');
    const csrf = hiddenCsrf(change.body);
    const send = (body: Record<string, string>) =>
      ta.app.inject({ method: 'POST', url: '/account/password', headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ _csrf: csrf, ...body }) });
    expect((await send({ current: 'wrong', password: 'my own password now', confirm: 'my own password now' })).statusCode).toBe(400);
    expect((await send({ current: otp, password: otp, confirm: otp })).statusCode).toBe(400);
    const done = await send({ current: otp, password: 'my own password now', confirm: 'my own password now' });
    expect(done.statusCode).toBe(303);
    expect((await get('/', jar)).statusCode).toBe(200);
    expect(await lastAudit()).toBe('changed their password');
  });

  it('refuses a taken username and an unknown agency, keeping what was typed', async () => {
    const taken = await post('/admin/users', { username: 'officer', displayName: 'Dup', role: 'practitioner', agency: 'POLICE', credential: 'invitation' });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('The username officer is taken.');
    const agency = await post('/admin/users', { username: 'fresh', displayName: 'Fresh Name', role: 'practitioner', agency: 'NOPE', credential: 'invitation' });
    expect(agency.statusCode).toBe(400);
    expect(agency.body).toContain('No agency with code NOPE');
    expect(agency.body).toContain('value="Fresh Name"');
  });

  it('changes role and agency, resets the password and the second factor, and disables a user at once', async () => {
    await post('/admin/users', { username: 'target', displayName: 'Tar Get', role: 'practitioner', agency: 'POLICE', credential: 'one-time' });
    await t.db.updateTable('users').set({ totp_secret: 'SECRET', must_change_password: false, password_hash: (await t.db.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow()).password_hash }).where('username', '=', 'target').execute();
    const session = await signInAs(ta.app, 'target');
    expect((await get('/performance', session.jar)).statusCode).toBe(403);

    const changed = await post('/admin/users/target/role', { role: 'analyst', agency: 'PROBATION' });
    expect(changed.statusCode).toBe(303);
    expect((await get('/performance', session.jar)).statusCode).toBe(200);
    expect(await lastAudit()).toBe('user target changed');
    const page = await get('/admin/users/target', admin.jar);
    expect(page.body).toContain('Analyst');
    expect(page.body).toContain('Test probation');

    expect((await post('/admin/users/target/second-factor', {})).statusCode).toBe(303);
    expect((await t.db.selectFrom('users').select('totp_secret').where('username', '=', 'target').executeTakeFirstOrThrow()).totp_secret).toBeNull();
    expect(await lastAudit()).toBe('second factor of target reset');

    // Reset by link: the old password and the open session stop working.
    const reset = await post('/admin/users/target/password', { credential: 'invitation' });
    expect(reset.statusCode).toBe(200);
    expect(reset.body).toMatch(/\/invitations\/[A-Za-z0-9_-]+/);
    expect((await get('/', session.jar)).statusCode).toBe(303);
    await expect(signInAs(ta.app, 'target')).rejects.toThrow(/401/);

    const other = await signInAs(ta.app, 'officer');
    const token = await ta.app.services.access.createToken(ta.f.operator, { username: 'officer', name: 'probe' });
    expect((await get('/api/v1/people?q=x', undefined, { authorization: `Bearer ${token.token}` })).statusCode).toBe(200);
    expect((await post('/admin/users/officer/disable', {})).statusCode).toBe(303);
    expect(await lastAudit()).toBe('user officer disabled');
    expect((await get('/', other.jar)).statusCode).toBe(303);
    expect((await get('/api/v1/people?q=x', undefined, { authorization: `Bearer ${token.token}` })).statusCode).toBe(401);
    // An administrator cannot disable or demote themselves.
    expect((await post('/admin/users/admin/disable', {})).statusCode).toBe(400);
    expect((await post('/admin/users/admin/role', { role: 'analyst', agency: 'POLICE' })).statusCode).toBe(400);
  });
});

describe('agencies and areas', () => {
  it('adds them, and refuses a duplicate code or an unknown kind', async () => {
    expect((await post('/admin/agencies', { code: 'YOT', name: 'Youth Offending Team', kind: 'youth_offending' })).statusCode).toBe(303);
    expect(await lastAudit()).toBe('agency YOT added');
    expect((await get('/admin/agencies', admin.jar)).body).toContain('Youth Offending Team');
    expect((await post('/admin/agencies', { code: 'YOT', name: 'Again', kind: 'youth_offending' })).statusCode).toBe(400);
    expect((await post('/admin/agencies', { code: 'ODD', name: 'Odd', kind: 'bank' })).body).toContain('The kind must be one of');

    expect((await post('/admin/areas', { code: 'E05000001', name: 'North ward', parent: 'E06000001' })).statusCode).toBe(303);
    const areas = await get('/admin/areas', admin.jar);
    expect(areas.body).toContain('North ward');
    expect((await post('/admin/areas', { code: 'E05000001', name: 'Again' })).statusCode).toBe(400);
    expect((await post('/admin/areas', { code: 'E05000002', name: 'Lost', parent: 'NOWHERE' })).statusCode).toBe(400);
  });
});

describe('API tokens', () => {
  async function createOnPage(body: Record<string, string>): Promise<{ id: number; token: string }> {
    const res = await post('/admin/tokens', body);
    expect(res.statusCode).toBe(200);
    const token = /data-testid="new-token">([^<]+)</.exec(res.body)![1]!;
    const id = Number(/Token (\d+) created/.exec(res.body)![1]);
    return { id, token };
  }

  it('shows a new token once; a read token reads but may not change anything', async () => {
    const { id, token } = await createOnPage({ user: 'admin', name: 'reporting', scope: 'read', expiresIn: '' });
    expect(await lastAudit()).toBe(`API token ${id} created for admin`);
    const list = await get('/admin/tokens', admin.jar);
    expect(list.body).toContain('reporting');
    expect(list.body).not.toContain(token);
    const auth = { authorization: `Bearer ${token}` };
    expect((await get('/api/v1/people?q=x', undefined, auth)).statusCode).toBe(200);
    const write = await ta.app.inject({ method: 'POST', url: '/admin/agencies', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ code: 'RO', name: 'Read only', kind: 'police' }) });
    expect(write.statusCode).toBe(403);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect(write.json().detail).toMatch(/read-only/);
    expect(await t.db.selectFrom('agencies').select('id').where('code', '=', 'RO').executeTakeFirst()).toBeUndefined();
  });

  it("a role token may do what the user's role may", async () => {
    const { token } = await createOnPage({ user: 'admin', name: 'sync', scope: 'role', expiresIn: '30' });
    const write = await ta.app.inject({ method: 'POST', url: '/admin/agencies', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: form({ code: 'RW', name: 'Read write', kind: 'police' }) });
    expect(write.statusCode).toBe(303);
    expect(await t.db.selectFrom('agencies').select('id').where('code', '=', 'RW').executeTakeFirst()).toBeDefined();
  });

  it('stops working when revoked or expired, and refuses a bad expiry', async () => {
    const a = await createOnPage({ user: 'admin', name: 'to revoke', scope: 'read' });
    const auth = { authorization: `Bearer ${a.token}` };
    expect((await get('/api/v1/people?q=x', undefined, auth)).statusCode).toBe(200);
    const revoked = await post(`/admin/tokens/${a.id}/revoke`, {});
    expect(revoked.statusCode).toBe(303);
    expect(await lastAudit()).toBe(`API token ${a.id} of admin revoked`);
    expect((await get('/api/v1/people?q=x', undefined, auth)).statusCode).toBe(401);
    // A token named by other than its number: the web points to its own list, not the CLI's command.
    const notANumber = await post('/admin/tokens/first/revoke', {});
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.body).toContain('A token is named by its number. The tokens and their numbers are listed under Administration &gt; API tokens (/admin/tokens).');
    expect(notANumber.body).not.toContain('waymark token');

    const b = await createOnPage({ user: 'admin', name: 'to expire', scope: 'read', expiresIn: '1' });
    expect((await get('/api/v1/people?q=x', undefined, { authorization: `Bearer ${b.token}` })).statusCode).toBe(200);
    await t.db.updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', b.id).execute();
    expect((await get('/api/v1/people?q=x', undefined, { authorization: `Bearer ${b.token}` })).statusCode).toBe(401);
    expect((await get('/admin/tokens', admin.jar)).body).toContain('expired');

    const bad = await post('/admin/tokens', { user: 'admin', name: 'x', scope: 'read', expiresIn: '9999' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('The expiry must be a whole number of days');
    expect(await verifyAuditChain(t.db)).toBeNull();
  });
});
