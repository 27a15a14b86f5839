// `waymark serve`: opens the database, creates the demo partnership on an
// empty one when asked (never in production), then runs the web app and API
// until stopped. On an empty database it says how to set up the first
// partnership and administrator, and its pages say the same until then.
//
// With `--workers N` (PostgreSQL only) it runs N app processes on one port
// (node:cluster): this process migrates, seals the audit log and watches the
// workers, restarting one that dies (a few times a minute at most); the
// workers share nothing but the database (docs/deploy.md).
import cluster, { type Worker } from 'node:cluster';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import { InvalidInputError } from '../errors.js';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { startServer } from '../web/server.js';
import { cliServices, openAuditKey } from './context.js';
import type { Services } from '../services.js';
import { createDemoWithProgress, formatDemoSummary } from './demo.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Create the demo partnership when the database has none (npm start). */
  demoIfEmpty?: boolean;
  /** App processes on the one port (PostgreSQL only); 1 by default. */
  workers?: number;
}

/** What to do on an empty database (a production start): the same steps as the page the server shows until then. */
export const FIRST_PARTNERSHIP_GUIDANCE = [
  'The database has no partnership yet, so nobody can sign in. Set up the partnership and its first administrator',
  'with the same settings (DATABASE_URL or WAYMARK_DATA) from another terminal:',
  '',
  '  waymark partnership add CODE --name "Partnership name" --area E06000004=Stockton',
  '  waymark agency add POLICE --name "Police" --kind police',
  "  WAYMARK_NEW_PASSWORD='a long password' waymark user add USERNAME --role administrator --agency POLICE --name \"Your name\"",
  '',
  'On the embedded database, stop the server first (one process owns the data folder), then start it again.',
  'The administrator then signs in and adds everyone else under Administration.',
  '',
].join('\n');

/** The most app processes `--workers` accepts. */
export const MAX_WORKERS = 64;
/** A worker that dies is started again, but not more than this often in RESTART_WINDOW_MS: then the service stops. */
export const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long workers have to finish their requests when stopping, before they are killed. */
const STOP_GRACE_MS = 10_000;

function workersOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw new InvalidInputError(`--workers must be a whole number from 1 to ${MAX_WORKERS}, not ${v}.`);
  return n;
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('run the web app and API (http://localhost:3000 by default)')
    .option('--port <n>', 'port to listen on (default PORT or 3000)', (v) => Number(v))
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--workers <n>', `app processes on the one port, sharing nothing but the database (PostgreSQL only; default WAYMARK_WORKERS or 1, at most ${MAX_WORKERS})`, workersOption)
    .option('--demo-if-empty', 'create the demo partnership when the database is empty, and print its sign-ins (never with NODE_ENV=production)')
    .action(async (opts: { port?: number; host?: string; demoIfEmpty?: boolean; workers?: number }) => {
      const workers = opts.workers ?? (process.env.WAYMARK_WORKERS ? workersOption(process.env.WAYMARK_WORKERS) : undefined);
      await serve({ port: opts.port, host: opts.host, demoIfEmpty: opts.demoIfEmpty, workers });
    });
}

function configFor(opts: ServeOptions): Config {
  const config = loadConfig();
  if (opts.port !== undefined) config.port = opts.port;
  if (opts.host !== undefined) config.host = opts.host;
  return config;
}

/** Refuses more than one app process on the embedded engine: one process owns its data folder. */
export function checkWorkers(workers: number, config: Pick<Config, 'databaseUrl' | 'dataDir'>): void {
  if (workers > 1 && !config.databaseUrl) {
    throw new InvalidInputError(
      `--workers ${workers} needs PostgreSQL (DATABASE_URL): the embedded database in ${config.dataDir} belongs to one process, so it runs one app process. ` +
        'Run without --workers, or move to PostgreSQL (docs/deploy-database.md).',
    );
  }
}

export async function serve(opts: ServeOptions): Promise<void> {
  if (cluster.isWorker) return serveWorker(opts);
  const config = configFor(opts);
  const workers = opts.workers ?? 1;
  checkWorkers(workers, config);
  const { database, services } = await prepare(config, opts);
  const sealer = startAuditSealer(services);
  if (workers > 1) return superviseWorkers(config, workers, async () => {
    await sealer.stop();
    await database.close();
  });
  await startServer({ database, config, services }, async () => {
    await sealer.stop();
    await database.close();
    process.exit(0);
  });
  process.stderr.write(`Waymark is running at ${address(config)} on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}.\n`);
}

function address(config: Config): string {
  return `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
}

/**
 * Opens the database (migrating it), warns of an audit log the role could
 * alter, and on an empty database creates the demo or says how to set up.
 */
async function prepare(config: Config, opts: ServeOptions): Promise<{ database: Database; services: Services }> {
  // Before anything else: in production a missing audit key stops the start here.
  const auditKey = openAuditKey(config, { announce: true });
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  process.stderr.write(`Opening ${where}…\n`);
  const database: Database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrationUrl: config.migrationDatabaseUrl, replicaUrl: config.databaseReplicaUrl, plugins: [auditKey] });
  const services = cliServices(database, config);
  if (config.production && database.engine === 'postgres' && (await services.access.mayAlterAuditLog())) {
    process.stderr.write(
      'Warning: Waymark\'s database role may alter or empty the audit log (it owns it, is a superuser, or may UPDATE, DELETE or TRUNCATE it). ' +
        'Run the app as a role that may only INSERT and SELECT on it, and migrate as the owner: see docs/deploy-database.md.\n',
    );
  }
  if (await services.demo.isEmpty()) {
    // The demo's passwords are published: it is never made in production.
    if (opts.demoIfEmpty && !config.production) {
      process.stderr.write('The database is empty: creating the fictional demo partnership (a minute or so)…\n');
      const result = await createDemoWithProgress(services.demo, { actorLabel: 'serve:first start' });
      process.stdout.write(formatDemoSummary(result));
    } else {
      if (opts.demoIfEmpty) process.stderr.write('NODE_ENV=production: the demo, with its published passwords, is never created.\n');
      process.stdout.write(FIRST_PARTNERSHIP_GUIDANCE);
    }
  }
  return { database, services };
}

/** One worker of `serve --workers N`: the web app on the shared port, its own connections to the database. */
async function serveWorker(opts: ServeOptions): Promise<void> {
  const config = configFor(opts);
  const id = cluster.worker?.id ?? 0;
  const say = (line: string) => process.stderr.write(`[worker ${id}, pid ${process.pid}] ${line}\n`);
  // The supervisor has migrated the database and made the audit key already.
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrationUrl: config.migrationDatabaseUrl, replicaUrl: config.databaseReplicaUrl, plugins: [openAuditKey(config)] });
  const services = cliServices(database, config);
  await startServer({ database, config, services }, async () => {
    await database.close();
    say('stopped.');
    process.exit(0);
  });
  say(`answering at ${address(config)}.`);
  // The supervisor gone (killed outright), connections no longer reach this worker: it goes too.
  process.once('disconnect', () => {
    say('the supervisor has gone: stopping.');
    process.emit('SIGTERM', 'SIGTERM');
  });
}

/**
 * Starts `workers` app processes and keeps them running: a worker that dies
 * is started again, unless workers have died MAX_RESTARTS times in a minute
 * (something is wrong that a restart will not mend), when the service stops.
 * SIGINT or SIGTERM stops every worker (each finishes its requests), then
 * calls `stopped`.
 */
function superviseWorkers(config: Config, workers: number, stopped: () => Promise<void>): Promise<void> {
  const say = (line: string) => process.stderr.write(`[supervisor, pid ${process.pid}] ${line}\n`);
  const deaths: number[] = [];
  let stopping = false;
  let listening = 0;
  const start = () => cluster.fork({ WAYMARK_WORKERS: '' });
  const stop = async (code: number, why: string) => {
    if (stopping) return;
    stopping = true;
    say(why);
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    const exited = alive.map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of alive) w.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const w of alive) if (!w.isDead()) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(exited);
    clearTimeout(killer);
    await stopped();
    say('stopped.');
    process.exit(code);
  };
  cluster.on('listening', (worker) => {
    say(`worker ${worker.id} (pid ${worker.process.pid}) is answering.`);
    if (++listening === workers) say(`Waymark is running at ${address(config)} on PostgreSQL with ${workers} workers.`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const how = signal ? `was ended by ${signal}` : `exited with code ${code}`;
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0]! < now - RESTART_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_RESTARTS) {
      void stop(1, `worker ${worker.id} (pid ${worker.process.pid}) ${how}; workers have died ${deaths.length} times in a minute, so the service stops: see the log above.`);
      return;
    }
    say(`worker ${worker.id} (pid ${worker.process.pid}) ${how}: starting another.`);
    start();
  });
  process.once('SIGINT', () => void stop(0, 'SIGINT: stopping the workers…'));
  process.once('SIGTERM', () => void stop(0, 'SIGTERM: stopping the workers…'));
  say(`starting ${workers} workers on port ${config.port}…`);
  for (let i = 0; i < workers; i++) start();
  return Promise.resolve();
}

/** How often the server seals the audit entries written since the last seal. */
const SEAL_EVERY_MS = 5_000;

/**
 * Seals the audit log now and every few seconds while serving. A failed seal
 * (the database away) is said once and tried again; a refused entry (its mac
 * does not verify) is said every time, for `waymark audit verify` to name.
 */
export function startAuditSealer(services: Services, every = SEAL_EVERY_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let failing = false;
  const seal = () => {
    if (busy) return; // the last seal is still going: no pile-up
    busy = true;
    running = services.access.sealAudit().then(
      (r) => {
        failing = false;
        if (r.refused.length) process.stderr.write(`The audit sealer refused entries that do not verify (${r.refused.slice(0, 10).join(', ')}${r.refused.length > 10 ? ', …' : ''}): run \`waymark audit verify\`.\n`);
      },
      (e: unknown) => {
        if (!failing) process.stderr.write(`Could not seal the audit log (tried again every ${every / 1000} s): ${(e as Error).message}\n`);
        failing = true;
      },
    ).finally(() => {
      busy = false;
    });
  };
  seal();
  const timer = setInterval(seal, every);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
