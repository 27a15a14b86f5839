// Builds the web app over a test database, with users of each role, and signs
// in through the real sign-in form (CSRF on). Every API answer is checked
// against the OpenAPI document (contract.ts).
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/web/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { hashPassword } from '../../src/access/passwords.js';
import type { TestDatabase } from './db.js';
import { createPartnership, createUser, type PartnershipFixture } from './fixtures.js';
import type { Role, AgencyKind } from '../../src/db/schema.js';
import type { Clock } from '../../src/calendar/clock.js';
import { checkApiContract } from './contract.js';

export const PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  f: PartnershipFixture;
  users: Record<string, { userId: number; username: string }>;
}

let hashed: Promise<string> | undefined;

export async function testApp(
  t: TestDatabase,
  users: { username: string; role: Role; agency?: AgencyKind }[],
  configOverrides: Partial<Config> = {},
  opts: { clock?: Clock; secondFactor?: 'demo-exempt' | 'required'; agreement?: boolean } = {},
): Promise<TestApp> {
  hashed ??= hashPassword(PASSWORD);
  const passwordHash = await hashed;
  const f = await createPartnership(t.db, undefined, { secondFactor: opts.secondFactor, agreement: opts.agreement });
  const made: TestApp['users'] = {};
  for (const u of users) {
    const a = await createUser(t.db, f, { ...u, passwordHash });
    made[u.username] = { userId: a.userId, username: u.username };
  }
  const config = { ...loadConfig({}), secureCookies: false, ...configOverrides };
  const app = await buildApp({ database: t, config, clock: opts.clock });
  // Every /api/v1 answer of every test is checked against the OpenAPI document
  // (test/support/contract.ts): a violation makes the inject() call reject.
  checkApiContract(app);
  return { app, f, users: made };
}

export function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies as { name: string; value: string }[]) out[c.name] = c.value;
  return out;
}

export function cookieHeader(jar: Record<string, string>): string {
  return Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

export function hiddenCsrf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1]!;
}

/** Signs in through GET + POST /sign-in; returns the cookie jar and the session's CSRF token. */
export async function signInAs(app: FastifyInstance, username: string, password = PASSWORD): Promise<{ jar: Record<string, string>; csrf: string }> {
  const page = await app.inject({ method: 'GET', url: '/sign-in' });
  const jar = cookiesOf(page);
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username, password, _csrf: hiddenCsrf(page.body), returnTo: '/' }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed: ${res.statusCode}`);
  Object.assign(jar, cookiesOf(res));
  const home = await app.inject({ method: 'GET', url: '/', headers: { cookie: cookieHeader(jar) } });
  return { jar, csrf: hiddenCsrf(home.body) };
}

/** A clock the test moves on by hand (idle timeouts without sleeping). */
export function movableClock(start: Date | string = new Date()): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (at: Date | string) => {
      t = new Date(at).getTime();
    },
  };
}
