// Runs the real `waymark` command as a child process, as a user would, and
// collects what it printed and how it exited.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/database.js';
import { pgliteDump, testDatabase, testEngine, type TestDatabase } from './db.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runWaymark(args: readonly string[], opts: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('bin/waymark.js'), ...args], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A database for tests that run `waymark` as a real process: on PostgreSQL the
 * test's own database (DATABASE_URL), on the embedded engine a data folder in a
 * temporary directory (WAYMARK_DATA). `open` gives the test a connection to set
 * up its data, `done` closes it again (a PGlite folder has one owner at a
 * time: close it before running a command), `waymark` runs a command against
 * the same database.
 */
export interface CliWorld {
  dir: string;
  env: NodeJS.ProcessEnv;
  open(): Promise<Database>;
  done(d: Database): Promise<void>;
  waymark(args: readonly string[]): Promise<CliRun>;
  close(): Promise<void>;
}

export async function cliWorld(prefix: string): Promise<CliWorld> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const pg: TestDatabase | undefined = testEngine === 'postgres' ? await testDatabase() : undefined;
  const env = pg ? { ...process.env, DATABASE_URL: pg.url, WAYMARK_DATA: '' } : { ...process.env, DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data') };
  return {
    dir,
    env,
    // A new data folder starts from the cached dump of a migrated database
    // (half a second) rather than running every migration (five).
    open: async () => pg ?? openDatabase({ dataDir: path.join(dir, 'data'), ...(fs.existsSync(path.join(dir, 'data')) ? {} : { loadDump: await pgliteDump() }) }),
    done: async (d) => {
      if (!pg) await d.close();
    },
    waymark: (args) => runWaymark(args, { env }),
    close: async () => {
      await pg?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
