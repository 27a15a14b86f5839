// Opens Waymark's database: real PostgreSQL when DATABASE_URL is set, otherwise
// the embedded PGlite in a data folder, owned by a worker thread and a lock.
import { Kysely, type KyselyPlugin } from 'kysely';
import type { DB } from './schema.js';
import { PgliteWorkerDialect, PgliteWorkerSource } from './pglite-driver.js';
import { PgDialect, createPool } from './pg-driver.js';
import { lockDataFolder } from './lock.js';
import { migrate, pendingMigrations } from './migrate.js';
import { registerReplica } from './replica.js';

export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: 'pglite' | 'postgres';
  /** Where the data is, for messages: a folder or a redacted URL. */
  readonly location: string;
  /**
   * A streaming replica of the PostgreSQL primary (DATABASE_REPLICA_URL), for
   * the heavy reads only (src/db/replica.ts); writes never go there.
   */
  readonly replica?: Kysely<DB>;
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
  /**
   * PostgreSQL: the schema owner's connection string, for the migrations
   * (WAYMARK_MIGRATION_DATABASE_URL), when databaseUrl is a role that may
   * only use the tables. Opened only when a migration is pending.
   */
  migrationUrl?: string;
  poolSize?: number;
  /** PostgreSQL: a streaming replica of databaseUrl for the heavy reads (DATABASE_REPLICA_URL). */
  replicaUrl?: string;
  /** Carried by every query and transaction of this database (the audit key, src/access/audit-key.ts). */
  plugins?: KyselyPlugin[];
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
    const db = new Kysely<DB>({ dialect: new PgDialect(pool), plugins: opts.plugins });
    connections.set(db, pool.options.max ?? 1);
    let replica: Kysely<DB> | undefined;
    if (opts.replicaUrl) {
      const replicaPool = createPool(opts.replicaUrl, opts.poolSize);
      replica = new Kysely<DB>({ dialect: new PgDialect(replicaPool), plugins: opts.plugins });
      connections.set(replica, replicaPool.options.max ?? 1);
      registerReplica(replica, db);
    }
    database = {
      db,
      engine: 'postgres',
      location: redact(opts.databaseUrl) + (opts.replicaUrl ? ` (heavy reads from the replica ${redact(opts.replicaUrl)})` : ''),
      replica,
      close: async () => {
        await replica?.destroy();
        await db.destroy();
      },
    };
  } else {
    if (opts.replicaUrl) throw new Error('DATABASE_REPLICA_URL is set without DATABASE_URL: a replica is for PostgreSQL only; the embedded database is one process on one machine.');
    const dataDir = opts.memory ? undefined : opts.dataDir ?? './data';
    const release = dataDir ? lockDataFolder(dataDir) : () => undefined;
    try {
      const source = new PgliteWorkerSource({ dataDir, loadDataDir: opts.loadDump });
      await source.current().ready;
      const db = new Kysely<DB>({ dialect: new PgliteWorkerDialect(source), plugins: opts.plugins });
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
      await migrateOnOpen(database, opts);
    } catch (e) {
      await database.close();
      throw e;
    }
  }
  return database;
}

/** A role that may use the tables but not change them (SQLSTATE 42501). */
function refused(e: unknown): boolean {
  return (e as { code?: string }).code === '42501';
}

/**
 * Applies pending migrations: as the database's own role, or as the schema's
 * owner when migrationUrl names one. A role that may not change the schema
 * fails here with what to do, rather than part-way through a request.
 */
async function migrateOnOpen(database: Database, opts: DatabaseOptions): Promise<void> {
  const pending = await pendingMigrations(database.db);
  if (pending.length === 0) return;
  if (opts.databaseUrl && opts.migrationUrl && opts.migrationUrl !== opts.databaseUrl) {
    const pool = createPool(opts.migrationUrl, 1);
    const owner = new Kysely<DB>({ dialect: new PgDialect(pool) });
    try {
      await migrate(owner);
    } finally {
      await owner.destroy();
    }
    return;
  }
  try {
    await migrate(database.db);
  } catch (e) {
    if (!refused(e)) throw e;
    throw new Error(
      `The database needs migration ${pending.join(', ')}, and this role may not change its schema (${(e as Error).message}). ` +
        'Run `waymark migrate` with the owner\'s DATABASE_URL, or set WAYMARK_MIGRATION_DATABASE_URL to the owner\'s connection string, then start again (docs/deploy-database.md).',
    );
  }
}
