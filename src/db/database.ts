// Opens Waymark's database: real PostgreSQL when DATABASE_URL is set, otherwise
// the embedded PGlite in a data folder, owned by a worker thread and a lock.
import { Kysely } from 'kysely';
import type { DB } from './schema.js';
import { PgliteWorkerDialect, PgliteWorkerSource } from './pglite-driver.js';
import { PgDialect, createPool } from './pg-driver.js';
import { lockDataFolder } from './lock.js';
import { migrate } from './migrate.js';

export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: 'pglite' | 'postgres';
  /** Where the data is, for messages: a folder or a redacted URL. */
  readonly location: string;
  /** A copy of the whole embedded database (PGlite only). */
  dump?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Embedded data folder; ignored when databaseUrl is set. */
  dataDir?: string;
  /** Embedded, in memory (tests), optionally started from a dump. */
  memory?: boolean;
  loadDump?: Uint8Array;
  /** Run pending migrations on open (default true). */
  migrate?: boolean;
  poolSize?: number;
}

/** How many connections each opened database can use at once (the pool's size; one embedded). */
const connections = new WeakMap<Kysely<DB>, number>();

/**
 * How many queries `db` can run side by side: the pool's size on PostgreSQL,
 * 1 embedded (PGlite has one connection) and for a database not opened here.
 */
export function concurrentQueries(db: Kysely<DB>): number {
  return connections.get(db) ?? 1;
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  let database: Database;
  if (opts.databaseUrl) {
    const pool = createPool(opts.databaseUrl, opts.poolSize);
    const db = new Kysely<DB>({ dialect: new PgDialect(pool) });
    connections.set(db, pool.options.max ?? 1);
    database = { db, engine: 'postgres', location: redact(opts.databaseUrl), close: () => db.destroy() };
  } else {
    const dataDir = opts.memory ? undefined : opts.dataDir ?? './data';
    const release = dataDir ? lockDataFolder(dataDir) : () => undefined;
    try {
      const source = new PgliteWorkerSource({ dataDir, loadDataDir: opts.loadDump });
      await source.current().ready;
      const db = new Kysely<DB>({ dialect: new PgliteWorkerDialect(source) });
      database = {
        db,
        engine: 'pglite',
        location: dataDir ?? 'memory',
        dump: async () => (await source.live()).dump(),
        close: async () => {
          await db.destroy();
          release();
        },
      };
    } catch (e) {
      release();
      throw e;
    }
  }
  if (opts.migrate !== false) {
    try {
      await migrate(database.db);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}
