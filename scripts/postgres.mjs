// Starts and stops a throwaway PostgreSQL cluster from the system's binaries
// (initdb/pg_ctl), for the tests and the benchmarks. PostgreSQL refuses to run
// as root, so as root the cluster runs as the `postgres` system user.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const CANDIDATE_DIRS = ['/usr/local/bin', '/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

export function findPostgresBin() {
  for (const dir of CANDIDATE_DIRS) {
    if (fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const isRoot = process.getuid?.() === 0;

function run(bin, args) {
  if (isRoot) {
    const cmd = [bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    execFileSync(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

/** Starts a cluster; returns { url, stop }. */
export async function startPostgres({ workMem = '64MB' } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-pg-'));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c work_mem=${workMem} -c max_connections=200`;
  run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', opts, '-w', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    } catch {
      /* already stopped */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const pgCtl = (action) => run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', opts, '-m', 'fast', '-w', action]);
  return { url, port, dataDir, stop, pgCtl };
}

/**
 * Starts a streaming replica of a running cluster (the tests' primary, or any
 * whose pg_hba lets its user replicate from 127.0.0.1, as initdb's does):
 * `pg_basebackup -R` copies the primary and writes standby.signal and
 * primary_conninfo, and the standby then follows the primary's WAL as a hot
 * standby (read-only). Returns { url, port, dataDir, stop, pgCtl } like
 * startPostgres; `url` names the same database as the primary's URL.
 */
export async function startReplica(primary) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries (pg_basebackup, pg_ctl) not found');
  const source = new URL(primary.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-pg-replica-'));
  fs.chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const conninfo = `host=${source.hostname} port=${source.port || 5432} user=${decodeURIComponent(source.username || 'postgres')}`;
  // /usr/local/bin may hold links to initdb and pg_ctl only: pg_basebackup is beside the real initdb.
  const realBin = path.dirname(fs.realpathSync(path.join(bin, 'initdb')));
  const basebackup = [bin, realBin].map((d) => path.join(d, 'pg_basebackup')).find((f) => fs.existsSync(f));
  if (!basebackup) throw new Error(`pg_basebackup not found beside initdb (${bin}, ${realBin})`);
  run(basebackup, ['-d', conninfo, '-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on -c hot_standby_feedback=on -c max_connections=200`;
  const pgCtl = (action) => run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', opts, '-m', 'fast', '-w', action]);
  pgCtl('start');
  const url = new URL(primary.url);
  url.port = String(port);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      pgCtl('stop');
    } catch {
      /* already stopped */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: url.toString(), port, dataDir, stop, pgCtl };
}
