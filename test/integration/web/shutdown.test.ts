// A shutdown (src/web/server.ts) closes the database only once every request
// being handled has finished, a request whose client has left included:
// Fastify's close() waits for the connections, and such a request has none,
// though its handler runs on and still needs the database.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/web/app.js';
import { loadConfig } from '../../../src/config.js';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
  // (An empty database answers every page with the first-run notice.)
  await createPartnership(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** An app with a route whose handler waits at a gate, then reads the database. */
async function gatedApp() {
  const app = await buildApp({ database: t, config: { ...loadConfig({}), secureCookies: false } });
  const state = { entered: false, finished: false };
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  app.get('/gated', { config: { access: 'public' } }, async () => {
    state.entered = true;
    await gate;
    await sql`SELECT 1`.execute(t.db);
    state.finished = true;
    return 'done';
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, state, open };
}

/** Asks for the gated page, waits until its handler is running, and leaves. */
async function askAndLeave(app: FastifyInstance, state: { entered: boolean }): Promise<void> {
  const { port } = app.server.address() as AddressInfo;
  const req = http.get(`http://127.0.0.1:${port}/gated`);
  req.on('error', () => undefined);
  for (let waited = 0; !state.entered; waited += 5) {
    if (waited > 5000) throw new Error('the gated handler never ran');
    await new Promise((r) => setTimeout(r, 5));
  }
  req.destroy();
  // The server sees the connection end.
  while ((await new Promise<number>((r) => app.server.getConnections((_e, n) => r(n)))) > 0) await new Promise((r) => setTimeout(r, 5));
}

describe('shutting the web app down', () => {
  it('waits for a request whose client has left, which close() alone does not', async () => {
    const { app, state, open } = await gatedApp();
    await askAndLeave(app, state);
    await app.close();
    expect(state.finished).toBe(false);
    // Two waiting at once (a second signal, say) are both told.
    const t0 = Date.now();
    const settled = [app.handlersSettled(60_000), app.handlersSettled(60_000)];
    setTimeout(open, 50);
    expect(await Promise.all(settled)).toEqual([0, 0]);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(state.finished).toBe(true);
  });

  it('says how many requests are still running when the wait runs out', async () => {
    const { app, state, open } = await gatedApp();
    await askAndLeave(app, state);
    await app.close();
    expect(await app.handlersSettled(50)).toBe(1);
    open();
    expect(await app.handlersSettled(5000)).toBe(0);
    expect(state.finished).toBe(true);
  });

  it('resolves at once when nothing is running', async () => {
    const { app, open } = await gatedApp();
    open();
    await app.close();
    expect(await app.handlersSettled(60_000)).toBe(0);
  });
});
