// PostgreSQL stopped and started again under the running app: while it is down
// every page answers a clear 503 (never a stack trace or a hang), and the app
// recovers by itself when it is back, sessions included. Runs on the PostgreSQL
// pass, on a cluster of its own (stopping the shared one would break the other
// test files running beside it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { buildApp } from '../../../src/web/app.js';
import { loadConfig } from '../../../src/config.js';
import { hashPassword } from '../../../src/access/passwords.js';
import { findPostgresBin, startPostgres, type ThrowawayPostgres } from '../../../scripts/postgres.mjs';
import { testAuditKey, testEngine } from '../../support/db.js';
import { createPartnership, createPerson, createUser } from '../../support/fixtures.js';
import { PASSWORD, signInAs, cookieHeader } from '../../support/app.js';

const reason = testEngine !== 'postgres' ? 'runs on the PostgreSQL pass only (WAYMARK_TEST_DATABASE_URL)' : !findPostgresBin() ? 'no PostgreSQL server binaries to start a cluster of its own' : '';
if (reason) process.stderr.write(`PostgreSQL restart test skipped: ${reason}\n`);

let pg: ThrowawayPostgres | undefined;
let database: Database | undefined;
let app: FastifyInstance | undefined;

beforeAll(async () => {
  if (reason) return;
  pg = await startPostgres();
  database = await openDatabase({ databaseUrl: pg.url, poolSize: 3, plugins: [testAuditKey] });
  app = await buildApp({ database, config: { ...loadConfig({}), secureCookies: false } });
});

afterAll(async () => {
  await app?.close();
  await database?.close().catch(() => undefined);
  pg?.stop();
});

async function until<T>(ms: number, probe: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(Boolean(reason))('PostgreSQL goes away and comes back', () => {
  it('answers 503 with a clear message while it is down, and recovers when it is back', async () => {
    const db = database!.db;
    const f = await createPartnership(db, 'RESTART');
    await createUser(db, f, { username: 'restart-officer', role: 'practitioner', passwordHash: await hashPassword(PASSWORD) });
    const personId = await createPerson(db, f, { ref: 'R-1', family: 'Comebackson', given: 'Alfa' });
    const { jar } = await signInAs(app!, 'restart-officer');
    const page = () => app!.inject({ method: 'GET', url: `/people/${personId}`, headers: { cookie: cookieHeader(jar) } });
    expect((await page()).statusCode).toBe(200);

    pg!.pgCtl('stop');
    const t0 = Date.now();
    const down = await page();
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('10');
    expect(down.body).toContain('Waymark cannot reach its database just now');
    expect(down.body).not.toContain('Comebackson');
    const health = await app!.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', message: 'The database cannot be reached.' });
    const api = await app!.inject({ method: 'GET', url: `/api/v1/people/${personId}`, headers: { cookie: cookieHeader(jar) } });
    expect(api.statusCode).toBe(503);
    expect(api.json().error).toBe('database_unavailable');

    pg!.pgCtl('start');
    const back = await until(20_000, page, (r) => r.statusCode === 200);
    expect(back.statusCode).toBe(200);
    expect(back.body).toContain('COMEBACKSON, Alfa');
    expect((await app!.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});
