// Two app nodes against one PostgreSQL (issue 18): this test's process (node
// A, the app built in-process) and a real `waymark serve` child process (node
// B) on a port of its own. They share nothing but the database: a session
// made on one carries on on the other, and an import started on A shows its
// progress, its problems and its error file on B, which never held it.
// PostgreSQL pass only (the embedded database has one process).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, writeTestKeyFile, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, PASSWORD, type TestApp } from '../../support/app.js';
import { csvLine } from '../../../src/db/statements.js';
import { runWaymark } from '../../support/cli.js';
import { cookieOf, signInOver, startServe, type ServerProcess } from './support.js';

const skip = testEngine !== 'postgres';
// Enough rows that the import outlasts several of the one-second progress writes, on a quiet machine too.
const ROWS = 80_000;
let t: TestDatabase;
let a: TestApp;
let b: ServerProcess;
let dir: string;

beforeAll(async () => {
  if (skip) return;
  t = await testDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-two-nodes-'));
  a = await testApp(t, [{ username: 'admin', role: 'administrator', agency: 'police' }], { dataDir: path.join(dir, 'node-a') });
  b = await startServe({
    ...process.env,
    DATABASE_URL: t.url,
    WAYMARK_DATA: path.join(dir, 'node-b'),
    WAYMARK_AUDIT_KEY_FILE: writeTestKeyFile(path.join(dir, 'audit.key')),
    WAYMARK_LOG_LEVEL: 'warn',
  });
}, 90_000);

afterAll(async () => {
  await b?.stop();
  await a?.app.close();
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const onA = (url: string, jar: Record<string, string>) => a.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });
const onB = (url: string, jar: Record<string, string>) => fetch(`${b.base}${url}`, { headers: { cookie: cookieOf(jar) }, redirect: 'manual' });

function multipart(fields: [string, string][], file: { filename: string; content: Buffer }) {
  const boundary = `----waymark${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = fields.map(([n, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`));
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: text/csv\r\n\r\n`), file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.skipIf(skip)('two app nodes against one PostgreSQL', () => {
  it('carries a session from one node to the other, both ways', async () => {
    const fromB = await signInOver(b.base, 'admin', PASSWORD);
    const onAWithB = await onA('/imports', fromB);
    expect(onAWithB.statusCode).toBe(200);
    expect(onAWithB.body).toContain('name="_csrf"');
    const fromA = await signInAs(a.app, 'admin');
    const onBWithA = await onB('/imports', fromA.jar);
    expect(onBWithA.status).toBe(200);
    // Signing out on B ends the session on A as well.
    const page = await (await onB('/', fromB)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const out = await fetch(`${b.base}/sign-out`, { method: 'POST', redirect: 'manual', headers: { cookie: cookieOf(fromB), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf }).toString() });
    expect(out.status).toBe(303);
    expect((await onA('/imports', fromB)).statusCode).toBe(303);
  });

  it('shows an import started on A, its progress, problems and error file, on B', async () => {
    const admin = await signInAs(a.app, 'admin');
    // Enough rows to run for a few seconds; every 5,000th has an impossible date of birth.
    const lines = [csvLine(['person_ref', 'pnc_id', 'family_name', 'given_names', 'date_of_birth', 'sex', 'area_code'])];
    const bad: string[] = [];
    // A family name of letters of its own for each row (no two rows look like one person).
    const letters = (n: number) => Array.from(n.toString(26), (c) => String.fromCharCode(97 + parseInt(c, 26))).join('');
    for (let i = 1; i <= ROWS; i++) {
      const wrong = i % 5_000 === 0;
      if (wrong) bad.push(`many-people.csv,${i + 1},date_of_birth`); // the header is row 1
      const dob = wrong ? '1980-02-31' : `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      lines.push(csvLine([`TN${i}`, '', `N${letters(i)}`, 'Alfa', dob, i % 2 ? 'male' : 'female', i % 3 ? 'E06000001' : 'E06000002']));
    }
    const body = multipart([['_csrf', admin.csrf], ['kind', 'people'], ['mode', 'partial']], { filename: 'many-people.csv', content: Buffer.from(lines.join('')) });
    const started = await a.app.inject({ method: 'POST', url: '/imports', headers: { cookie: cookieHeader(admin.jar), 'content-type': body.contentType }, payload: body.payload });
    expect(started.statusCode, started.body.slice(0, 300)).toBe(303);
    const url = started.headers.location as string;

    // B polls the progress as the page's script does, until the import ends.
    const seen: { status: string; phase: string; rowsRead: number; percent: number }[] = [];
    let runningPage = '';
    let apiRunning: { status: string; runningElsewhere: boolean; rowsRead: number; percent: number } | undefined;
    const apiUrl = `/api/v1/imports/people/${url.split('/').pop()}`;
    for (let i = 0; i < 1200; i++) {
      const p = await onB(`${url}/progress`, admin.jar);
      expect(p.status).toBe(200);
      const j = (await p.json()) as (typeof seen)[number];
      seen.push(j);
      if (j.status === 'running' && j.rowsRead > 0 && !runningPage) {
        runningPage = await (await onB(url, admin.jar)).text();
        apiRunning = (await (await onB(apiUrl, admin.jar)).json()) as typeof apiRunning;
      }
      if (j.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const running = seen.filter((s) => s.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    // Progress written by A, read by B from the database: rows counted, rising.
    const moving = running.filter((s) => s.rowsRead > 0);
    expect(moving.length, JSON.stringify(seen.slice(0, 5))).toBeGreaterThan(0);
    expect(moving.at(-1)!.rowsRead).toBeGreaterThanOrEqual(moving[0]!.rowsRead);
    expect(moving[0]!.percent).toBeGreaterThan(0);
    expect(runningPage).toContain('data-testid="import-progress"');
    expect(runningPage).toContain('running on another server');
    expect(seen.at(-1)!.status).toBe('completed');
    // The API on B says the same (it may have been asked as the import ended).
    if (apiRunning!.status === 'running') expect(apiRunning).toMatchObject({ runningElsewhere: true, rowsRead: expect.any(Number) });
    const apiDone = (await (await onB(apiUrl, admin.jar)).json()) as { status: string; counts: unknown };
    expect(apiDone).toMatchObject({ status: 'completed', runningElsewhere: false, counts: { rejected: bad.length } });

    // The problems and the error file come from the database too (saved just after the import ends).
    let page = '';
    for (let i = 0; i < 100 && !page.includes('data-testid="error-file-link"'); i++) {
      page = await (await onB(url, admin.jar)).text();
      if (!page.includes('data-testid="error-file-link"')) await new Promise((r) => setTimeout(r, 100));
    }
    expect(page).toContain('data-testid="import-completed"');
    expect(page).toContain('data-testid="import-errors"');
    expect(page).toContain('1980-02-31');
    expect(page).toContain('data-testid="error-file-link"');
    const file = await onB(`${url}/errors.csv`, admin.jar);
    expect(file.status).toBe(200);
    const csv = await file.text();
    for (const row of bad) expect(csv).toContain(row);
    expect(csv.trim().split('\n')).toHaveLength(bad.length + 1);
    const stored = await t.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('partnership_id', '=', a.f.partnershipId).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(ROWS - bad.length);
    // And the command line, from a third process.
    const cli = await runWaymark(['import-status', url.split('/').pop()!, '--json'], {
      env: { ...process.env, DATABASE_URL: t.url, WAYMARK_DATA: path.join(dir, 'cli'), WAYMARK_AUDIT_KEY_FILE: path.join(dir, 'audit.key') },
    });
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ status: 'completed', rowsRead: ROWS, counts: { rejected: bad.length } });
  }, 120_000);
});
