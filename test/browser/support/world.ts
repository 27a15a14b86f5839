// One browser test file's world: a test database with demo-like data, the real
// app listening on a random local port, and Chromium. Pages come from fresh
// browser contexts (own cookies), with console errors (CSP refusals, script
// failures) collected so every page check can fail on them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, PASSWORD, type TestApp } from '../../support/app.js';
import type { Role, AgencyKind } from '../../../src/db/schema.js';
import type { Clock } from '../../../src/calendar/clock.js';
import type { Config } from '../../../src/config.js';
import { launchBrowser } from './browser.js';
import { seedDemoLike, type Seed } from './seed.js';

export { PASSWORD };

export const USERS: { username: string; role: Role; agency: AgencyKind; displayName: string }[] = [
  { username: 'officer', role: 'practitioner', agency: 'police', displayName: 'Sam Okafor' },
  { username: 'housing', role: 'practitioner', agency: 'housing', displayName: 'Ria Lindqvist' },
  { username: 'drugworker', role: 'practitioner', agency: 'drug_service', displayName: 'Dee Hollis' },
  { username: 'manager', role: 'scheme_manager', agency: 'police', displayName: 'Jo Marsh' },
  { username: 'analyst', role: 'analyst', agency: 'police', displayName: 'Lee Fairbrother' },
  { username: 'board', role: 'board_member', agency: 'local_authority', displayName: 'Pat Greaves' },
  { username: 'admin', role: 'administrator', agency: 'police', displayName: 'Kit Ashworth' },
];

export interface World {
  baseUrl: string;
  t: TestDatabase;
  ta: TestApp;
  seed: Seed;
  browser: Browser;
  /** "GET /people/:id" for every HTML page the server rendered. */
  servedPages: Set<string>;
  /** "GET /imports/:id/progress" for every route that answered with something other than HTML (JSON, CSV). */
  servedOther: Set<string>;
  /** Where imports keep their uploads and error files: a temporary folder, removed on close. */
  dataDir: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

const consoleErrors = new WeakMap<Page, string[]>();

/** Console errors and uncaught page errors seen on this page since the last call. */
export function takeConsoleErrors(page: Page): string[] {
  const list = consoleErrors.get(page) ?? [];
  consoleErrors.set(page, []);
  return list;
}

/**
 * `clock`: the app's wall clock (a test moves it to test the idle timeout); the system clock by default.
 * `config`: settings for this file's app (e.g. an OpenID Connect provider).
 */
export async function openWorld(opts: { clock?: Clock; config?: Partial<Config> } = {}): Promise<World> {
  const t = await testDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-browser-'));
  const [browser, ta] = await Promise.all([launchBrowser(), testApp(t, USERS, { dataDir, ...(opts.config ?? {}) }, { clock: opts.clock })]);
  for (const u of USERS) await t.db.updateTable('users').set({ display_name: u.displayName }).where('username', '=', u.username).execute();
  const seed = await seedDemoLike(t.db, ta.f, [ta.users.officer!.userId], { drugWorker: ta.users.drugworker!.userId, officer: ta.users.officer!.userId });
  const servedPages = new Set<string>();
  const servedOther = new Set<string>();
  ta.app.addHook('onResponse', async (req, reply) => {
    if (!req.routeOptions.url || reply.statusCode >= 300) return;
    const route = `${req.method} ${req.routeOptions.url}`;
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) servedPages.add(route);
    else servedOther.add(route);
  });
  await ta.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(ta.app.server.address() as AddressInfo).port}`;
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    t,
    ta,
    seed,
    browser,
    servedPages,
    servedOther,
    dataDir,
    async newPage() {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      consoleErrors.set(page, []);
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.get(page)?.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.get(page)?.push(String(e)));
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await ta.app.close();
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
