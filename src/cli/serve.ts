// `waymark serve`: opens the database, creates the demo partnership on an
// empty one when asked (never in production), then runs the web app and API
// until stopped. On an empty database it says how to set up the first
// partnership and administrator, and its pages say the same until then.
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { startServer } from '../web/server.js';
import { cliServices } from './context.js';
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
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  process.stderr.write(`Opening ${where}…\n`);
  const database: Database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const services = cliServices(database, config);
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
  await startServer({ database, config, services }, async () => {
    await database.close();
    process.exit(0);
  });
  process.stderr.write(`Waymark is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}.\n`);
}
