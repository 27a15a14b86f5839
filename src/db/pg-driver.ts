// A Kysely driver for real PostgreSQL through node-postgres. It is Kysely's own
// design plus COPY FROM STDIN and multi-statement scripts (statements.ts), and
// type parsers that return the same JavaScript types as the embedded driver.
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { isCopyIn, isScript } from './statements.js';

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** See types in STACK-NOTES: int8 and numeric as numbers, dates as YYYY-MM-DD strings. */
export const pgTypes = {
  getTypeParser(oid: number, format?: any) {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    if (oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types: pgTypes as any, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next
  // query fails and the app answers 503 until the database is back.
  pool.on('error', () => undefined);
  // A client checked out when its server goes away (a restart) emits 'error'
  // with no listener, which would crash the process: the query in hand fails
  // anyway. Found by test/integration/faults/postgres-restart.test.ts.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

class PgConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    if (isCopyIn(q)) {
      const payload = q.parameters[0] as string | Uint8Array;
      const stream = this.client.query(copyFrom(q.sql));
      await pipeline(Readable.from([payload]), stream);
      return { rows: [], numAffectedRows: BigInt((stream as any).rowCount ?? 0) };
    }
    if (isScript(q)) {
      const res = (await this.client.query(q.sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(res) ? res[res.length - 1] : res;
      return { rows: (last?.rows ?? []) as R[] };
    }
    const res = await this.client.query(q.sql, q.parameters as unknown[]);
    const command = res.command;
    const affected =
      command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
        ? BigInt(res.rowCount ?? 0)
        : undefined;
    return { rows: res.rows as R[], numAffectedRows: affected };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported; page with keyset queries instead');
  }
}

class PgDriver implements Driver {
  constructor(private readonly pool: pg.Pool) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgConnection(await this.pool.connect());
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    (conn as PgConnection).client.release();
  }
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let sql = 'begin';
    if (settings.isolationLevel) sql += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) sql += ` ${settings.accessMode}`;
    await conn.executeQuery(CompiledQuery.raw(sql));
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async savepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
  }
  async rollbackToSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`rollback to savepoint ${name}`));
  }
  async releaseSavepoint(conn: DatabaseConnection, name: string): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw(`release savepoint ${name}`));
  }
  async destroy(): Promise<void> {
    await this.pool.end();
  }
}

export class PgDialect implements Dialect {
  constructor(private readonly pool: pg.Pool) {}
  createDriver(): Driver {
    return new PgDriver(this.pool);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createAdapter() {
    return new PostgresAdapter();
  }
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
