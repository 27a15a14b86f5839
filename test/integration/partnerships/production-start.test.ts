// A production start on an empty database (issue 13): `waymark serve
// --demo-if-empty` (what `npm start` runs) with NODE_ENV=production creates no
// demo data and no user, prints how to set up the first partnership and
// administrator, and serves a page that says the same. Without the database
// named, production refuses to start, naming the variables.
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function start(args: string[], env: NodeJS.ProcessEnv, cwd: string): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.resolve('bin/waymark.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

// It runs on an embedded data folder whatever the run's engine, so once is enough.
const onPostgresPass = Boolean(process.env.WAYMARK_TEST_DATABASE_URL);
if (onPostgresPass) process.stderr.write('the production start test skipped: it runs on an embedded data folder, on the PGlite pass only\n');

describe.skipIf(onPostgresPass)('NODE_ENV=production on an empty database', () => {
  it('creates no demo and no user, prints the set-up steps and serves a page saying them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-prod-'));
    dirs.push(dir);
    const port = await freePort();
    // Production makes no audit key by itself (`waymark audit key --create` would).
    fs.writeFileSync(path.join(dir, 'audit.key'), '5a'.repeat(32) + '\n', { mode: 0o600 });
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data'), WAYMARK_AUDIT_KEY_FILE: path.join(dir, 'audit.key'), PORT: String(port), HOST: '127.0.0.1' };
    const server = start(['serve', '--demo-if-empty'], env, dir);
    try {
      await until(() => server.output().stderr.includes('Waymark is running') || server.child.exitCode !== null, 120_000);
      const { stdout, stderr } = server.output();
      expect(server.child.exitCode, stderr).toBeNull();
      expect(stdout).toContain('The database has no partnership yet');
      expect(stdout).toContain('waymark partnership add CODE');
      expect(stdout).toMatch(/waymark user add USERNAME --role administrator/);
      expect(stdout).not.toMatch(/demo/i);
      expect(stderr).toContain('the demo, with its published passwords, is never created');
      expect(stderr).not.toContain('creating the fictional demo');

      const page = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toContain('Waymark is not set up yet');
      expect(html).toContain('waymark partnership add');
      expect(html).toContain('--role administrator');
      const signIn = await fetch(`http://127.0.0.1:${port}/sign-in`);
      expect(await signIn.text()).toContain('Waymark is not set up yet');
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }

    const d = await openDatabase({ dataDir: path.join(dir, 'data') });
    try {
      const count = async (table: 'partnerships' | 'users' | 'people' | 'agencies') =>
        (await d.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      expect(await count('partnerships')).toBe(0);
      expect(await count('users')).toBe(0);
      expect(await count('people')).toBe(0);
      expect(await count('agencies')).toBe(0);
    } finally {
      await d.close();
    }
  }, 240_000);

  it('refuses to start without the database named, naming the variables', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-prod-'));
    dirs.push(dir);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.DATABASE_URL;
    delete env.WAYMARK_DATA;
    const server = start(['serve', '--demo-if-empty'], env, dir);
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain('set DATABASE_URL (PostgreSQL) or WAYMARK_DATA');
    expect(server.output().stderr).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  }, 60_000);
});
