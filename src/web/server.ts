// `waymark serve`: opens the database (creating the demo partnership on an
// empty one when asked), builds the app and listens.
import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { buildApp } from './app.js';
import { databaseIsEmpty } from '../demo/service.js';
import { createDemoWithProgress, formatDemoSummary } from '../demo/cli.js';

export interface ServeOptions {
  port?: number;
  host?: string;
  /** Create the demo partnership when the database has none (npm start). */
  demoIfEmpty?: boolean;
}

export async function serve(opts: ServeOptions): Promise<void> {
  const config = loadConfig();
  if (opts.port !== undefined) config.port = opts.port;
  if (opts.host !== undefined) config.host = opts.host;
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  process.stderr.write(`Opening ${where}…\n`);
  const database: Database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (opts.demoIfEmpty && (await databaseIsEmpty(database))) {
    process.stderr.write('The database is empty: creating the fictional demo partnership (a minute or so)…\n');
    const result = await createDemoWithProgress(database, { actorLabel: 'serve:first start' });
    process.stdout.write(formatDemoSummary(result));
  }
  const app = await buildApp({ database, config });
  const shutdown = async (signal: string) => {
    process.stderr.write(`\n${signal}: stopping Waymark…\n`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  process.stderr.write(`Waymark is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${database.engine === 'pglite' ? 'the embedded database' : 'PostgreSQL'}.\n`);
}
