// Signing in through OpenID Connect against a real provider (oidc-provider,
// started in this process on a loopback port; never a mock), over real HTTP:
// Waymark listens on a port too, and the test is the browser, with one cookie
// jar, following every redirect by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { listenTestProvider, type TestProvider } from '../../support/oidc-provider.js';
import { loadConfig } from '../../../src/config.js';


let t: TestDatabase;
let ta: TestApp;
let idp: TestProvider;
let baseUrl: string;
const LABEL = 'Sign in with Northmoor Police';

beforeAll(async () => {
  t = await testDatabase();
  idp = await listenTestProvider();
  ta = await testApp(
    t,
    [
      { username: 'officer', role: 'practitioner', agency: 'police' },
      { username: 'manager', role: 'scheme_manager', agency: 'police' },
      { username: 'leaver', role: 'practitioner', agency: 'police' },
      { username: 'twin', role: 'practitioner', agency: 'probation' },
    ],
    // Read as the server reads its environment, so the settings' parsing is under test too.
    { oidc: loadConfig({ WAYMARK_OIDC_ISSUER: idp.issuer, WAYMARK_OIDC_CLIENT_ID: idp.clientId, WAYMARK_OIDC_CLIENT_SECRET: idp.clientSecret, WAYMARK_OIDC_LABEL: LABEL }).oidc },
  );
  const users = t.db.updateTable('users');
  await users.set({ oidc_subject: 'np-1001' }).where('username', '=', 'officer').execute();
  await users.set({ email: 'jo.marsh@northmoor-police.example' }).where('username', '=', 'manager').execute();
  await users.set({ oidc_subject: 'np-1003', disabled: true }).where('username', '=', 'leaver').execute();
  // Enrolled in a second factor: single sign-on is a first factor only.
  await users.set({ oidc_subject: 'np-1006', totp_secret: 'JBSWY3DPEHPK3PXP', totp_enrolled_at: new Date() }).where('username', '=', 'twin').execute();
  await ta.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(ta.app.server.address() as AddressInfo).port}`;
  idp.start({
    redirectUris: [`${baseUrl}/sign-in/oidc/callback`],
    identities: [
      { sub: 'np-1001', email: 'sam.okafor@northmoor-police.example', email_verified: true },
      { sub: 'np-1002', email: 'Jo.Marsh@Northmoor-Police.example', email_verified: true },
      { sub: 'np-1003' },
      { sub: 'np-1004' },
      { sub: 'np-1005', email: 'jo.marsh@northmoor-police.example', email_verified: false },
      { sub: 'np-1006' },
    ],
  });
});
afterAll(async () => {
  await ta?.app.close();
  await idp?.close();
  await t?.close();
});

/** A browser's cookie jar: one host (127.0.0.1), as a browser shares cookies across ports. */
class Jar {
  readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
      if (expired || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function send(jar: Jar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
  jar.take(res);
  return res;
}

/** Follows redirects by hand until a page answers or the browser is sent back to Waymark's callback. */
async function follow(jar: Jar, res: Response, from: string): Promise<{ res: Response; url: string }> {
  let url = from;
  while (res.status >= 300 && res.status < 400) {
    url = new URL(res.headers.get('location')!, url).href;
    if (url.startsWith(`${baseUrl}/sign-in/oidc/callback`)) return { res, url };
    res = await send(jar, url);
  }
  return { res, url };
}

/**
 * From Waymark's sign-in page, through the provider's login form (as `login`),
 * back to Waymark's callback; returns Waymark's answer to the callback.
 */
async function signInThroughProvider(login: string, jar = new Jar()): Promise<{ jar: Jar; callback: Response; callbackUrl: string }> {
  const page = await send(jar, `${baseUrl}/sign-in`);
  const html = await page.text();
  expect(html).toContain(LABEL);
  const start = await send(jar, `${baseUrl}/sign-in/oidc?returnTo=%2F`);
  expect(start.status).toBe(303);
  expect(jar.cookies.has('waymark_oidc')).toBe(true);
  const authorise = new URL(start.headers.get('location')!);
  expect(authorise.origin).toBe(idp.issuer);
  expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorise.searchParams.get('state')).toBeTruthy();
  expect(authorise.searchParams.get('nonce')).toBeTruthy();
  expect(authorise.searchParams.get('redirect_uri')).toBe(`${baseUrl}/sign-in/oidc/callback`);
  const login_ = await follow(jar, await send(jar, authorise.href), authorise.href);
  const form = await login_.res.text();
  const action = form.match(/<form[^>]*action="([^"]+)"/)?.[1];
  expect(action, 'the provider shows its login form').toBeTruthy();
  const submitted = await send(jar, new URL(action!, login_.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login, password: 'any password at all' }).toString(),
  });
  const back = await follow(jar, submitted, new URL(action!, login_.url).href);
  expect(back.url.startsWith(`${baseUrl}/sign-in/oidc/callback?`), `sent back to Waymark, not ${back.url}`).toBe(true);
  const callback = await send(jar, back.url);
  return { jar, callback, callbackUrl: back.url };
}

async function auditOf(what: RegExp) {
  const rows = await t.db.selectFrom('audit_log').select(['action', 'user_id', 'what', 'details']).orderBy('id', 'desc').limit(5).execute();
  return rows.find((r) => what.test(r.what));
}

describe('signing in through the OpenID Connect provider', () => {
  it('maps the verified subject to its account and signs in with a session, as the password sign-in does', async () => {
    const { jar, callback, callbackUrl } = await signInThroughProvider('np-1001');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/');
    expect(jar.cookies.has('waymark_session')).toBe(true);
    expect(jar.cookies.has('waymark_oidc')).toBe(false);
    const setCookie = callback.headers.getSetCookie().find((c) => c.startsWith('waymark_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const home = await send(jar, `${baseUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('What needs attention');
    const entry = await auditOf(/OpenID Connect/);
    expect(entry?.action).toBe('sign_in');
    expect(entry?.user_id).toBe(ta.users.officer!.userId);
    expect(JSON.parse(entry!.details!)).toMatchObject({ method: 'oidc', subject: 'np-1001', matched_by: 'subject' });
    // The sign-in under way is used once: the same callback again is refused.
    const again = await send(jar, callbackUrl);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Your sign-in had expired');
    expect(await t.db.selectFrom('oidc_sign_ins').select('id').execute()).toEqual([]);
  });

  it('maps a verified e-mail (in any case) to the one account with that address', async () => {
    const { jar, callback } = await signInThroughProvider('np-1002');
    expect(callback.status).toBe(303);
    const home = await send(jar, `${baseUrl}/`);
    expect(home.status).toBe(200);
    const entry = await auditOf(/OpenID Connect/);
    expect(entry?.action).toBe('sign_in');
    expect(entry?.user_id).toBe(ta.users.manager!.userId);
    expect(JSON.parse(entry!.details!)).toMatchObject({ matched_by: 'email', subject: 'np-1002' });
  });

  it('asks a user who has a second factor for a code after the provider, as after a password', async () => {
    const { jar, callback } = await signInThroughProvider('np-1006');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/sign-in');
    expect(jar.cookies.has('waymark_sign_in')).toBe(true);
    expect(jar.cookies.has('waymark_session')).toBe(false);
    const home = await send(jar, `${baseUrl}/`);
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toMatch(/^\/sign-in/);
  });

  it('does not map an e-mail the provider has not verified', async () => {
    const { jar, callback } = await signInThroughProvider('np-1005');
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('There is no Waymark account for you');
    expect(jar.cookies.has('waymark_session')).toBe(false);
  });

  it('refuses an unknown subject with a clear page, creates no account, and audits the refusal', async () => {
    const before = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const { jar, callback } = await signInThroughProvider('np-1004');
    expect(callback.status).toBe(403);
    const html = await callback.text();
    expect(html).toContain('There is no Waymark account for you');
    expect(html).toContain('href="/sign-in"');
    expect(jar.cookies.has('waymark_session')).toBe(false);
    const after = await t.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const entry = await auditOf(/OpenID Connect refused/);
    expect(entry?.action).toBe('sign_in_failed');
    expect(JSON.parse(entry!.details!)).toMatchObject({ subject: 'np-1004' });
  });

  it('refuses a disabled account', async () => {
    const { jar, callback } = await signInThroughProvider('np-1003');
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('Your Waymark account is disabled');
    expect(jar.cookies.has('waymark_session')).toBe(false);
    const entry = await auditOf(/OpenID Connect refused/);
    expect(entry?.action).toBe('sign_in_failed');
    expect(entry?.user_id).toBe(ta.users.leaver!.userId);
  });

  it('refuses a callback in a browser that did not start the sign-in (login CSRF)', async () => {
    // Someone completes a sign-in at the provider and sends its callback address to another browser.
    const callbackUrl = await signInThroughProviderUntilCallback('np-1001');
    const victim = new Jar();
    const res = await send(victim, callbackUrl);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Your sign-in had expired');
    expect(victim.cookies.has('waymark_session')).toBe(false);
  });
});

/** Like signInThroughProvider, but stops before the callback and returns its address. */
async function signInThroughProviderUntilCallback(login: string): Promise<string> {
  const jar = new Jar();
  const start = await send(jar, `${baseUrl}/sign-in/oidc`);
  const authorise = start.headers.get('location')!;
  const login_ = await follow(jar, await send(jar, authorise), authorise);
  const action = new URL((await login_.res.text()).match(/<form[^>]*action="([^"]+)"/)![1]!, login_.url).href;
  const submitted = await send(jar, action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ prompt: 'login', login, password: 'x' }).toString(),
  });
  return (await follow(jar, submitted, action)).url;
}

describe('linking accounts to the provider', () => {
  it('user add takes an e-mail and a subject, and refuses a subject that is linked already', async () => {
    const actor = ta.f.operator;
    await ta.app.services.access.addUser(actor, { username: 'newcomer', role: 'practitioner', agencyCode: 'POLICE', displayName: 'New Comer', password: 'long enough password', email: 'new.comer@northmoor-police.example', oidcSubject: 'np-2001' });
    const row = await t.db.selectFrom('users').select(['email', 'oidc_subject']).where('username', '=', 'newcomer').executeTakeFirstOrThrow();
    expect(row).toEqual({ email: 'new.comer@northmoor-police.example', oidc_subject: 'np-2001' });
    await expect(
      ta.app.services.access.addUser(actor, { username: 'other', role: 'practitioner', agencyCode: 'POLICE', displayName: 'Other', password: 'long enough password', oidcSubject: 'np-2001' }),
    ).rejects.toThrow(/belongs to newcomer/);
    await expect(
      ta.app.services.access.addUser(actor, { username: 'other', role: 'practitioner', agencyCode: 'POLICE', displayName: 'Other', password: 'long enough password', email: 'not-an-address' }),
    ).rejects.toThrow(/not an e-mail address/);
  });
});

describe('without a provider configured', () => {
  let plain: TestApp;
  let plainDb: TestDatabase;
  beforeAll(async () => {
    plainDb = await testDatabase();
    plain = await testApp(plainDb, [{ username: 'officer', role: 'practitioner', agency: 'police' }]);
  });
  afterAll(async () => {
    await plain?.app.close();
    await plainDb?.close();
  });

  it('shows no single sign-on button, and its addresses answer as any unknown address does', async () => {
    const page = await plain.app.inject({ method: 'GET', url: '/sign-in' });
    expect(page.body).not.toContain('/sign-in/oidc');
    expect(plain.app.routeTable.some((r) => r.url.startsWith('/sign-in/oidc'))).toBe(false);
    const { jar } = await signInAs(plain.app, 'officer');
    for (const headers of [{}, { cookie: cookieHeader(jar) }]) {
      const unknown = await plain.app.inject({ method: 'GET', url: '/no-such-page', headers });
      for (const url of ['/sign-in/oidc', '/sign-in/oidc/callback?code=x&state=y']) {
        const res = await plain.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, url).toBe(unknown.statusCode);
        expect(res.headers.location === undefined, url).toBe(unknown.headers.location === undefined);
        if (res.headers.location) expect(res.headers.location, url).toMatch(/^\/sign-in(\?|$)/);
      }
    }
  });
});
