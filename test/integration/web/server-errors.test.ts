// A server error is logged as one structured line (request id, method, route
// pattern, status, error class and SQLSTATE code, stack frames) and nothing a
// person could be found by: not the address as typed, not a database error's
// message, which echoes stored values.
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/web/app.js';
import { loadConfig, type LogLevel } from '../../../src/config.js';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

async function appWithLog(level?: LogLevel) {
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => lines.push(...c.toString().split('\n').filter(Boolean)));
  const config = { ...loadConfig(level ? { WAYMARK_LOG_LEVEL: level } : {}), secureCookies: false };
  const app = await buildApp({ database: t, config, logStream: stream });
  return { app, lines };
}

describe('server errors in the log', () => {
  it('logs a 500 with its request, route and database code, and no personal value', async () => {
    const f = await createPartnership(t.db);
    const planted = 'Zebedee-Quartermaine';
    await createPerson(t.db, f, { ref: planted, family: planted });
    const { app, lines } = await appWithLog();
    // A route that fails as a real one can: a unique key broken, whose message names the value.
    app.get('/boom/:ref', { config: { access: 'public' } }, async (req) => {
      await sql`INSERT INTO people (partnership_id, person_ref, family_name, given_names, date_of_birth, sex)
        VALUES (${f.partnershipId}, ${(req.params as { ref: string }).ref}, 'x', 'y', '1980-01-01', 'male')`.execute(t.db);
      return 'not reached';
    });
    const res = await app.inject({ method: 'GET', url: `/boom/${planted}?q=${planted}`, headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('The problem has been logged');
    expect(res.body).not.toContain(planted);

    const logged = lines.map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l.event === 'server_error');
    expect(logged).toHaveLength(1);
    const line = logged[0]!;
    expect(line).toMatchObject({ level: 50, method: 'GET', route: '/boom/:ref', status: 500, msg: 'server error' });
    expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line.id).toBe(line.reqId);
    expect(line.error).toMatchObject({ sqlState: '23505', code: '23505' });
    expect(typeof line.error.constraint).toBe('string');
    expect(line.error.class).toMatch(/Error/);
    expect(line.error.message).toBeUndefined();
    expect(line.error.stack).toMatch(/^\s+at /);
    expect(lines.join('\n')).not.toContain(planted);
    expect(lines.join('\n')).not.toMatch(/already exists|Key \(/);
    await app.close();
  });

  it('keeps the message of an error that is not the database’s, without the query string', async () => {
    const { app, lines } = await appWithLog();
    app.get('/plain-failure', { config: { access: 'public' } }, async () => {
      throw new TypeError('a bug in the code');
    });
    const res = await app.inject({ method: 'GET', url: '/plain-failure?name=Someone', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(500);
    const line = JSON.parse(lines.find((l) => l.includes('server_error'))!);
    expect(line).toMatchObject({ route: '/plain-failure', status: 500, error: { class: 'TypeError', message: 'a bug in the code' } });
    expect(lines.join('\n')).not.toContain('Someone');
    await app.close();
  });

  it('writes no line per request by default, and request lines without the address at WAYMARK_LOG_LEVEL=info', async () => {
    const quiet = await appWithLog();
    await quiet.app.inject({ method: 'GET', url: '/health' });
    await quiet.app.inject({ method: 'GET', url: '/people?q=Someone' });
    expect(quiet.lines).toEqual([]);
    await quiet.app.close();

    const chatty = await appWithLog('info');
    await chatty.app.inject({ method: 'GET', url: '/people?q=Someone' });
    expect(chatty.lines.length).toBeGreaterThan(0);
    expect(chatty.lines.join('\n')).not.toContain('Someone');
    expect(chatty.lines.join('\n')).toContain('"route":"/people"');
    await chatty.app.close();
  });

  it('refuses an unknown WAYMARK_LOG_LEVEL', () => {
    expect(() => loadConfig({ WAYMARK_LOG_LEVEL: 'loud' })).toThrow(/WAYMARK_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "loud"/);
  });
});
