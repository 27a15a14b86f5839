// `waymark serve --workers N` (issue 18): N app processes answer on one port,
// each log line says which worker wrote it, a worker that dies is started
// again, and SIGTERM stops them all. The embedded database refuses more than
// one. PostgreSQL pass only (real child processes).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, testEngine, writeTestKeyFile, type TestDatabase } from '../../support/db.js';
import { runWaymark } from '../../support/cli.js';
import { startServe, type ServerProcess } from './support.js';

const skip = testEngine !== 'postgres';
let t: TestDatabase;
let dir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  if (skip) return;
  t = await testDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-workers-'));
});
afterAll(async () => {
  await server?.stop();
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** GET on a new connection each time, so that the cluster hands it to the next worker. */
function getFresh(port: number, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, agent: false, headers: { connection: 'close' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** The pids of the workers whose log lines record a completed request for `url`. */
function answeringPids(output: string, url: string): Set<number> {
  const pids = new Set<number>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const l = JSON.parse(line) as { pid?: number; worker?: number; msg?: string; req?: { url?: string }; res?: unknown };
    if (l.worker !== undefined && l.msg === 'request completed' && l.pid) pids.add(l.pid);
    else if (l.worker !== undefined && l.req?.url === url && l.pid) pids.add(l.pid);
  }
  return pids;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(ms: number, done: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(skip)('serve --workers', () => {
  it('refuses more than one worker on the embedded database, saying why', async () => {
    const r = await runWaymark(['serve', '--workers', '2'], { env: { ...process.env, DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'embedded') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--workers 2 needs PostgreSQL (DATABASE_URL)');
    expect(r.stderr).toContain('belongs to one process');
    expect(fs.existsSync(path.join(dir, 'embedded'))).toBe(false);
  });

  it('answers on one port from two processes, restarts a worker that dies, and stops them all on SIGTERM', async () => {
    server = await startServe(
      { ...process.env, DATABASE_URL: t.url, WAYMARK_DATA: path.join(dir, 'data'), WAYMARK_AUDIT_KEY_FILE: writeTestKeyFile(path.join(dir, 'audit.key')), WAYMARK_LOG_LEVEL: 'info' },
      ['--workers', '2'],
      /with 2 workers/,
    );
    const workerPids = () => [...server!.output().matchAll(/worker \d+ \(pid (\d+)\) is answering/g)].map((m) => Number(m[1]));
    expect(new Set(workerPids()).size).toBe(2);
    for (let i = 0; i < 10; i++) expect(await getFresh(server.port, '/health')).toBe(200);
    await until(5_000, () => answeringPids(server!.output(), '/health').size === 2);
    expect([...answeringPids(server.output(), '/health')].sort()).toEqual(workerPids().sort());

    // A worker killed outright is replaced, and the port still answers.
    const [victim] = workerPids();
    process.kill(victim!, 'SIGKILL');
    await until(30_000, () => workerPids().length === 3);
    expect(server.output()).toMatch(new RegExp(`worker \\d+ \\(pid ${victim}\\) was ended by SIGKILL: starting another`));
    expect(await getFresh(server.port, '/health')).toBe(200);

    const code = await server.stop();
    expect(code).toBe(0);
    expect(server.output()).toContain('SIGTERM: stopping the workers');
    for (const pid of workerPids()) expect(alive(pid)).toBe(false);
    server = undefined;
  }, 120_000);
});
