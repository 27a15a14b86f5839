// `waymark serve`: opens the database, creates the demo partnership on an
// empty one when asked (never in production), then runs the web app and API
// until stopped. On an empty database it says how to set up the first
// partnership and administrator, and its pages say the same until then.
import type { Command } from 'commander';
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

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('run the web app and API (http://localhost:3000 by default)')
    .option('--port <n>', 'port to listen on (default PORT or 3000)', (v) => Number(v))
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--demo-if-empty', 'create the demo partnership when the database is empty, and print its sign-ins (never with NODE_ENV=production)')
    .action(async (opts: { port?: number; host?: string; demoIfEmpty?: boolean }) => {
      await serve({ port: opts.port, host: opts.host, demoIfEmpty: opts.demoIfEmpty });
    });
}

export async function serve(opts: ServeOptions): Promise<void> {
  const config = loadConfig();
  if (opts.port !== undefined) config.port = opts.port;
  if (opts.host !== undefined) config.host = opts.host;
  // Before anything else: in production a missing audit key stops the start here.
  const auditKey = openAuditKey(config, { announce: true });
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  process.stderr.write(`Opening ${where}…\n`);
  const database: Database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrationUrl: config.migrationDatabaseUrl, plugins: [auditKey] });
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
  const sealer = startAuditSealer(services);
  await startServer({ database, config, services }, async () => {
    await sealer.stop();
    await database.close();
    process.exit(0);
  });
  process.stderr.write(`Waymark is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}.\n`);
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
