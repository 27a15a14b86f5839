// Sign-in through the real HTTP pipeline: the administrators' second-factor
// gate and enrolment, the code step, recovery codes, the idle timeout on an
// advancing clock, sign out everywhere, a new session id at sign-in and at
// enrolment, disabled users, throttling that parallel guesses cannot race, and
// the trusted-proxy setting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, cookieHeader, cookiesOf, hiddenCsrf, movableClock, PASSWORD, type TestApp } from '../../support/app.js';
import { createUser } from '../../support/fixtures.js';
import { hashPassword } from '../../../src/access/passwords.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { totpCodeAt } from '../../../src/access/second-factor.js';
import { MAX_FAILURES_PER_USERNAME, MAX_FAILURES_PER_IP } from '../../../src/access/sign-in.js';
import { trustProxy } from '../../../src/config.js';

let t: TestDatabase;
let ta: TestApp;
const clock = movableClock('2025-03-03T09:00:00Z');
const form = { 'content-type': 'application/x-www-form-urlencoded' };

beforeAll(async () => {
  t = await testDatabase();
  // A real partnership: its administrators must enrol (no demo exemption).
  ta = await testApp(
    t,
    [
      { username: 'admin1', role: 'administrator', agency: 'local_authority' },
      { username: 'admin2', role: 'administrator', agency: 'local_authority' },
      { username: 'officer', role: 'practitioner', agency: 'police' },
      { username: 'roamer', role: 'practitioner', agency: 'police' },
      { username: 'leaver', role: 'practitioner', agency: 'probation' },
      { username: 'idler', role: 'analyst', agency: 'police' },
    ],
    {},
    { clock, secondFactor: 'required' },
  );
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = (url: string, jar: Record<string, string> = {}, app: FastifyInstance = ta.app) =>
  app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });
const post = (url: string, jar: Record<string, string>, body: Record<string, string>, app: FastifyInstance = ta.app, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(jar), ...form, ...headers }, payload: new URLSearchParams(body).toString() });

/** The password step; returns the jar (with a session or a challenge) and the response. */
async function passwordStep(username: string, password = PASSWORD, jar: Record<string, string> = {}, app: FastifyInstance = ta.app, headers: Record<string, string> = {}) {
  const page = await get('/sign-in', jar, app);
  Object.assign(jar, cookiesOf(page));
  const res = await post('/sign-in', jar, { username, password, _csrf: hiddenCsrf(page.body), returnTo: '/' }, app, headers);
  Object.assign(jar, cookiesOf(res));
  return { jar, res };
}

/** The code step on the sign-in page. */
async function codeStep(jar: Record<string, string>, code: string) {
  const page = await get('/sign-in', jar);
  expect(page.body).toContain('Enter your security code');
  const res = await post('/sign-in', jar, { step: 'code', code, _csrf: hiddenCsrf(page.body) });
  Object.assign(jar, cookiesOf(res));
  return res;
}

const csrfOf = async (jar: Record<string, string>, url = '/account') => hiddenCsrf((await get(url, jar)).body);
const secretOn = (html: string) => html.match(/data-secret="([A-Z2-7]+)"/)![1]!;
const nextStep = () => clock.advance(30_000);

describe('administrators must enrol a second factor', () => {
  let recoveryCodes: string[] = [];

  it('refuses every page but enrolment and sign-out until enrolled; API tokens are unaffected', async () => {
    const { jar, res } = await passwordStep('admin1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    for (const url of ['/', '/people', '/account', '/schemes', '/no-such-page']) {
      const r = await get(url, jar);
      expect(r.statusCode, url).toBe(303);
      expect(r.headers.location, url).toBe('/account/second-factor');
    }
    const api = await get('/api/v1/openapi.json', jar);
    expect(api.statusCode).toBe(403);
    expect(api.body).toMatch(/second factor/i);
    const token = await createApiToken(t.db, ta.users.admin1!.userId, 'script');
    const byToken = await ta.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { authorization: `Bearer ${token}` } });
    expect(byToken.statusCode).not.toBe(403);
    expect(byToken.statusCode).not.toBe(401);
    const enrol = await get('/account/second-factor', jar);
    expect(enrol.statusCode).toBe(200);
    expect(enrol.body).toContain('Set up your second factor');
    expect(enrol.body).toMatch(/<img[^>]+src="data:image\/svg\+xml;base64,/);
  });

  it('enrols with a first code, shows ten recovery codes once and replaces the session', async () => {
    const { jar } = await passwordStep('admin1');
    const page = await get('/account/second-factor', jar);
    const secret = secretOn(page.body);
    // The same secret until it is confirmed (a reload shows the same QR code).
    expect(secretOn((await get('/account/second-factor', jar)).body)).toBe(secret);
    const wrong = await post('/account/second-factor', jar, { code: '000000', _csrf: hiddenCsrf(page.body) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('The code is not right');
    const oldSession = jar.waymark_session!;
    const ok = await post('/account/second-factor', jar, { code: totpCodeAt(secret, clock.now()), _csrf: hiddenCsrf(page.body) });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Save your recovery codes');
    recoveryCodes = [...ok.body.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map((m) => m[1]!);
    expect(recoveryCodes).toHaveLength(10);
    const newSession = cookiesOf(ok).waymark_session!;
    expect(newSession).toBeTruthy();
    expect(newSession).not.toBe(oldSession);
    expect((await get('/', { ...jar, waymark_session: oldSession })).statusCode).toBe(303);
    const home = await get('/', { ...jar, waymark_session: newSession });
    expect(home.statusCode).toBe(200);
    // The page was rendered for the new session: its sign-out form carries the new session's CSRF token.
    expect(hiddenCsrf(ok.body)).toBe(hiddenCsrf(home.body));
    const stored = await t.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', ta.users.admin1!.userId).execute();
    expect(stored).toHaveLength(10);
    for (const c of recoveryCodes) expect(stored.map((s) => s.code_hash)).not.toContain(c);
    const audit = await t.db.selectFrom('audit_log').select('what').where('user_id', '=', ta.users.admin1!.userId).execute();
    expect(audit.map((a) => a.what)).toContain('second factor enrolled');
  });

  it('asks an enrolled user for a code after the password: the half-way state reaches no page', async () => {
    nextStep();
    const { jar, res } = await passwordStep('admin1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in');
    expect(jar.waymark_session).toBeUndefined();
    for (const url of ['/', '/account', '/account/second-factor']) {
      const r = await get(url, jar);
      expect(r.statusCode).toBe(303);
      expect(r.headers.location).toMatch(/^\/sign-in/);
    }
    const secret = (await t.db.selectFrom('users').select('totp_secret').where('username', '=', 'admin1').executeTakeFirstOrThrow()).totp_secret!;
    expect((await codeStep(jar, '123456')).statusCode).toBe(401);
    const code = totpCodeAt(secret, clock.now());
    const ok = await codeStep(jar, code);
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/');
    expect((await get('/', jar)).statusCode).toBe(200);

    // The same code, in the same step, is not accepted again.
    const again = await passwordStep('admin1');
    expect((await codeStep(again.jar, code)).statusCode).toBe(401);
    nextStep();
    expect((await codeStep(again.jar, totpCodeAt(secret, clock.now()))).statusCode).toBe(303);
  });

  it('accepts each recovery code once', async () => {
    const first = await passwordStep('admin1');
    expect((await codeStep(first.jar, recoveryCodes[0]!.toUpperCase())).statusCode).toBe(303);
    expect((await get('/', first.jar)).statusCode).toBe(200);
    const second = await passwordStep('admin1');
    expect((await codeStep(second.jar, recoveryCodes[0]!)).statusCode).toBe(401);
    expect((await codeStep(second.jar, recoveryCodes[1]!)).statusCode).toBe(303);
    const account = await get('/account', second.jar);
    expect(account.body).toContain('8 recovery codes left');
  });

  it('an administrator resets a second factor: sessions end and the user enrols again', async () => {
    const a2 = await passwordStep('admin2');
    const secret = secretOn((await get('/account/second-factor', a2.jar)).body);
    const csrf = hiddenCsrf((await get('/account/second-factor', a2.jar)).body);
    expect((await post('/account/second-factor', a2.jar, { code: totpCodeAt(secret, clock.now()), _csrf: csrf })).statusCode).toBe(200);
    const admin1 = await t.db.selectFrom('users').select(['id']).where('username', '=', 'admin1').executeTakeFirstOrThrow();
    const actor = { userId: admin1.id, partnershipId: ta.f.partnershipId, role: 'administrator' as const, agencyKind: 'local_authority' as const, label: 'admin1' };
    await ta.app.services.access.resetSecondFactor(actor, 'admin2');
    const user = await t.db.selectFrom('users').select(['totp_secret', 'totp_enrolled_at']).where('username', '=', 'admin2').executeTakeFirstOrThrow();
    expect(user).toEqual({ totp_secret: null, totp_enrolled_at: null });
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', ta.users.admin2!.userId).execute()).toEqual([]);
    const back = await passwordStep('admin2');
    expect(back.jar.waymark_session).toBeTruthy();
    expect((await get('/', back.jar)).headers.location).toBe('/account/second-factor');
    const officer = { ...actor, role: 'practitioner' as const, label: 'officer' };
    await expect(ta.app.services.access.resetSecondFactor(officer, 'admin1')).rejects.toThrow();
  });

  it('does not require a second factor of other roles unless the partnership says so', async () => {
    const { jar } = await passwordStep('officer');
    expect((await get('/', jar)).statusCode).toBe(200);
    await t.db.updateTable('partnerships').set({ second_factor_required_for_all: true }).where('id', '=', ta.f.partnershipId).execute();
    try {
      expect((await get('/', jar)).headers.location).toBe('/account/second-factor');
    } finally {
      await t.db.updateTable('partnerships').set({ second_factor_required_for_all: false }).where('id', '=', ta.f.partnershipId).execute();
    }
  });
});

describe('sessions', () => {
  it('end after the idle timeout, and last_seen is written at most once a minute', async () => {
    const { jar } = await passwordStep('idler');
    const id = async () => (await t.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', ta.users.idler!.userId).executeTakeFirstOrThrow()).last_seen_at;
    const signedInAt = new Date(await id()).getTime();
    clock.advance(20_000);
    expect((await get('/', jar)).statusCode).toBe(200);
    expect(new Date(await id()).getTime()).toBe(signedInAt);
    clock.advance(29 * 60_000);
    expect((await get('/', jar)).statusCode).toBe(200);
    expect(new Date(await id()).getTime()).toBe(clock.now().getTime());
    clock.advance(29 * 60_000);
    expect((await get('/', jar)).statusCode).toBe(200);
    clock.advance(30 * 60_000);
    const idle = await get('/', jar);
    expect(idle.statusCode).toBe(303);
    expect(idle.headers.location).toMatch(/^\/sign-in/);
  });

  it('end at the absolute limit however busy', async () => {
    const { jar } = await passwordStep('idler');
    // A request every 25 minutes for 475 minutes: never idle.
    for (let m = 25; m <= 475; m += 25) {
      clock.advance(25 * 60_000);
      expect((await get('/', jar)).statusCode, `after ${m} minutes`).toBe(200);
    }
    clock.advance(5 * 60_000); // 8 hours (WAYMARK_SESSION_HOURS) after sign-in
    expect((await get('/', jar)).statusCode).toBe(303);
  });

  it('get a new id at sign-in; the old one ends', async () => {
    const first = await passwordStep('officer');
    const old = first.jar.waymark_session!;
    // Signing in again from the same browser (it still sends the old cookie).
    const jar = { ...first.jar };
    const res = await post('/sign-in', jar, { username: 'officer', password: PASSWORD, _csrf: await csrfOf(jar, '/') });
    expect(res.statusCode).toBe(303);
    const again = { jar: { ...jar, ...cookiesOf(res) } };
    expect(again.jar.waymark_session).toBeTruthy();
    expect(again.jar.waymark_session).not.toBe(old);
    expect((await get('/', { waymark_session: old })).statusCode).toBe(303);
    expect((await get('/', again.jar)).statusCode).toBe(200);
  });

  it('sign out everywhere ends every session of the user, and only theirs', async () => {
    const phone = await passwordStep('roamer');
    const desk = await passwordStep('roamer');
    const other = await passwordStep('officer');
    expect((await get('/', phone.jar)).statusCode).toBe(200);
    const res = await post('/sign-out-everywhere', desk.jar, { _csrf: await csrfOf(desk.jar) });
    expect(res.statusCode).toBe(303);
    expect((await get('/', phone.jar)).statusCode).toBe(303);
    expect((await get('/', desk.jar)).statusCode).toBe(303);
    expect((await get('/', other.jar)).statusCode).toBe(200);
    const audit = await t.db.selectFrom('audit_log').select('what').where('user_id', '=', ta.users.roamer!.userId).execute();
    expect(audit.map((a) => a.what)).toContain('signed out everywhere');
  });

  it("stop at once when the user is disabled, and so do the user's API tokens", async () => {
    const { jar } = await passwordStep('leaver');
    const token = await createApiToken(t.db, ta.users.leaver!.userId, 'leaver script');
    expect((await get('/', jar)).statusCode).toBe(200);
    await t.db.updateTable('users').set({ disabled: true }).where('username', '=', 'leaver').execute();
    expect((await get('/', jar)).statusCode).toBe(303);
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(401);
  });
});

describe('throttling', () => {
  it('lets at most the limit of parallel wrong passwords for one username be checked', async () => {
    await createUser(t.db, ta.f, { username: 'target', role: 'board_member', agency: 'local_authority', passwordHash: await hashPassword(PASSWORD) });
    const page = await get('/sign-in');
    const jar = cookiesOf(page);
    const csrf = hiddenCsrf(page.body);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => post('/sign-in', jar, { username: 'target', password: 'guess', _csrf: csrf })),
    );
    const checked = results.filter((r) => r.statusCode === 401).length;
    const refused = results.filter((r) => r.statusCode === 429).length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_USERNAME);
    expect(checked + refused).toBe(20);
    // Even the right password is refused now.
    expect((await post('/sign-in', jar, { username: 'target', password: PASSWORD, _csrf: csrf })).statusCode).toBe(429);
  });

  it('lets at most the limit of parallel guesses from one address be checked', async () => {
    const page = await get('/sign-in');
    const jar = cookiesOf(page);
    const csrf = hiddenCsrf(page.body);
    // Another address than the other tests' (a trusted proxy names it).
    const app = (await testApp(t, [], { trustProxy: ['127.0.0.1'] }, { clock })).app;
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => post('/sign-in', jar, { username: `nobody${i}`, password: 'guess', _csrf: csrf }, app, { 'x-forwarded-for': '198.51.100.7' })),
      );
      expect(results.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_IP);
      expect(results.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(30 - MAX_FAILURES_PER_IP);
    } finally {
      await app.close();
    }
  });
});

describe('the trusted-proxy setting', () => {
  it('is read as none, a hop count or a list of addresses and ranges', () => {
    expect(trustProxy(undefined)).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(() => trustProxy('true')).toThrow(/WAYMARK_TRUST_PROXY/);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const ipOf = async (app: FastifyInstance, username: string) => {
      await passwordStep(username, 'wrong', {}, app, { 'x-forwarded-for': '203.0.113.9' });
      const row = await t.db.selectFrom('sign_in_attempts').select('ip').where('username', '=', username).orderBy('id', 'desc').executeTakeFirstOrThrow();
      return row.ip;
    };
    clock.advance(16 * 60_000); // past the other tests' failures from 127.0.0.1
    expect(await ipOf(ta.app, 'ghost1')).toBe('127.0.0.1');
    const trusting = (await testApp(t, [], { trustProxy: ['127.0.0.1/32'] }, { clock })).app;
    const byHops = (await testApp(t, [], { trustProxy: 1 }, { clock })).app;
    try {
      expect(await ipOf(trusting, 'ghost2')).toBe('203.0.113.9');
      expect(await ipOf(byHops, 'ghost3')).toBe('203.0.113.9');
    } finally {
      await trusting.close();
      await byHops.close();
    }
  });
});
