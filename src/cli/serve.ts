// `waymark serve`: opens the database, creates the demo partnership on an
// empty one when asked, then runs the web app and API until stopped.
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

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('run the web app and API (http://localhost:3000 by default)')
    .option('--port <n>', 'port to listen on (default PORT or 3000)', (v) => Number(v))
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--demo-if-empty', 'create the demo partnership when the database is empty, and print its sign-ins')
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
  if (opts.demoIfEmpty && (await services.demo.isEmpty())) {
    process.stderr.write('The database is empty: creating the fictional demo partnership (a minute or so)…\n');
    const result = await createDemoWithProgress(services.demo, { actorLabel: 'serve:first start' });
    process.stdout.write(formatDemoSummary(result));
  }
  await startServer({ database, config, services }, async () => {
    await database.close();
    process.exit(0);
  });
  process.stderr.write(`Waymark is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}.\n`);
}
