// A Kysely driver for PGlite running in a worker thread (pglite-worker.js).
// PGlite has one session, so the driver hands out one connection at a time;
// a transaction holds it until commit or rollback.
import { Worker } from 'node:worker_threads';
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
import { breathe } from './breather.js';

export interface PgliteWorkerOptions {
  /** Data folder; undefined for an in-memory database. */
  dataDir?: string;
  /** A dump (from dump()) to start an in-memory database from. */
  loadDataDir?: Uint8Array;
}

export class DatabaseError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
  constructor(e: Record<string, string | undefined>) {
    super(e.message);
    this.name = 'DatabaseError';
    Object.assign(this, e);
  }
}

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
}

/**
 * A COPY's CSV text as UTF-8 in a buffer of its own, to be transferred (not
 * copied) to the worker, which hands it straight to PGlite and transfers it
 * back when the COPY is done, so it dies here, where collections are
 * frequent. Each chunk once made four copies, and the worker, whose heap is
 * small, collected them rarely: over a hundred MB of dead chunks stayed in
 * its memory. (Not a resizable buffer kept for reuse: PGlite copies a
 * COPY's bytes one at a time, and over a resizable buffer that measured
 * slower: the reading phase of a million-row import 15 s against 9 s.)
 */
function copyBytes(text: string): ArrayBuffer {
  const buf = new ArrayBuffer(Buffer.byteLength(text, 'utf8'));
  new TextEncoder().encodeInto(text, new Uint8Array(buf));
  return buf;
}

/** The main thread's handle on the worker that owns PGlite. */
export class PgliteWorker {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  dead: Error | undefined;

  constructor(opts: PgliteWorkerOptions) {
    this.worker = new Worker(new URL('./pglite-worker.js', import.meta.url), {
      workerData: { dataDir: opts.dataDir, loadDataDir: opts.loadDataDir },
      // The worker is plain JavaScript; it needs no TypeScript loader.
      execArgv: [],
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.worker.on('message', (msg: any) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new DatabaseError(msg.error));
      else p.resolve(msg);
    });
    const fail = (e: Error) => {
      this.dead = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`embedded database worker exited (code ${code})`)));
  }

  request(msg: Record<string, unknown>, transfer?: ArrayBuffer[]): Promise<any> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, id }, transfer ?? []);
    });
  }

  async dump(): Promise<Uint8Array> {
    const r = await this.request({ kind: 'dump' });
    return r.dump as Uint8Array;
  }

  async close(): Promise<void> {
    if (!this.dead) {
      await this.request({ kind: 'close' }).catch(() => undefined);
    }
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

class PgliteConnection implements DatabaseConnection {
  /**
   * A transaction's BEGIN, not yet sent: it goes with the transaction's first
   * statement, in the same message, so a transaction costs one crossing to
   * the database's thread fewer (about half a millisecond of a person page).
   */
  private begin: string | null = null;
  constructor(private readonly worker: PgliteWorker) {}

  /** Begins a transaction with its first statement (or not at all, if it has none). */
  deferBegin(sql: string): void {
    this.begin = sql;
  }

  /** Whether a transaction begun with deferBegin has sent nothing yet; clears it. */
  takeUnsentBegin(): boolean {
    const unsent = this.begin !== null;
    this.begin = null;
    return unsent;
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    let r: any;
    if (this.begin !== null && isScript(q)) {
      // A script runs whole, not as one statement: begin on its own first.
      await this.worker.request({ kind: 'script', sql: this.begin });
      this.begin = null;
    }
    const begin = this.begin ?? undefined;
    this.begin = null;
    if (isScript(q)) {
      r = await this.worker.request({ kind: 'script', sql: q.sql });
    } else if (isCopyIn(q)) {
      const payload = q.parameters[0];
      const sql = q.sql.replace(/FROM STDIN/i, "FROM '/dev/blob'");
      if (typeof payload === 'string') {
        const buf = copyBytes(payload);
        r = await this.worker.request({ kind: 'query', sql, params: [], blob: buf, begin }, [buf]);
      } else {
        // Bytes that fill their own buffer go across whole (transferred, not copied).
        const bytes = payload as Uint8Array;
        const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        r = whole
          ? await this.worker.request({ kind: 'query', sql, params: [], blob: bytes.buffer, begin }, [bytes.buffer as ArrayBuffer])
          : await this.worker.request({ kind: 'query', sql, params: [], blob: bytes, begin });
      }
    } else {
      r = await this.worker.request({ kind: 'query', sql: q.sql, params: q.parameters as unknown[], begin });
    }
    let rows = r.rows as R[];
    if (r.cursor !== undefined) {
      // A large result arrives in parts (pglite-worker.js); between parts the
      // event loop serves other requests.
      for (let part = r; part.cursor !== undefined; ) {
        await breathe();
        part = await this.worker.request({ kind: 'next', cursor: part.cursor });
        for (const row of part.rows as R[]) rows.push(row);
      }
    }
    return { rows, numAffectedRows: BigInt(r.affectedRows ?? 0) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported; page with keyset queries instead');
  }
}

/** One connection at a time, handed out in request order. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.tail;
    this.tail = prev.then(() => next);
    return prev.then(() => release);
  }
}

class PgliteDriver implements Driver {
  private mutex = new Mutex();
  private releases = new Map<DatabaseConnection, () => void>();
  constructor(private readonly source: PgliteWorkerSource) {}

  async init(): Promise<void> {
    await this.source.current().ready;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.mutex.acquire();
    let worker: PgliteWorker;
    try {
      worker = await this.source.live();
    } catch (e) {
      release();
      throw e;
    }
    const conn = new PgliteConnection(worker);
    this.releases.set(conn, release);
    return conn;
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    this.releases.get(conn)?.();
    this.releases.delete(conn);
  }
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let sql = 'begin';
    if (settings.isolationLevel) sql += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) sql += ` ${settings.accessMode}`;
    (conn as PgliteConnection).deferBegin(sql);
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    // A transaction that ran nothing has nothing to commit.
    if ((conn as PgliteConnection).takeUnsentBegin()) return;
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    if ((conn as PgliteConnection).takeUnsentBegin()) return;
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
    await this.source.current().close();
  }
}

/**
 * Owns the worker, and starts a new one on the same data folder if the old one
 * died (an out-of-memory abort in WebAssembly, say), so the app answers 503 for
 * the failed request and recovers on the next. In-memory databases cannot
 * come back, so they are not restarted.
 */
export class PgliteWorkerSource {
  private worker: PgliteWorker;
  constructor(private readonly opts: PgliteWorkerOptions) {
    this.worker = new PgliteWorker(opts);
  }
  current(): PgliteWorker {
    return this.worker;
  }
  async live(): Promise<PgliteWorker> {
    if (this.worker.dead && this.opts.dataDir) {
      const next = new PgliteWorker({ dataDir: this.opts.dataDir });
      await next.ready;
      this.worker = next;
    }
    return this.worker;
  }
}

export class PgliteWorkerDialect implements Dialect {
  constructor(private readonly source: PgliteWorkerSource) {}
  createDriver(): Driver {
    return new PgliteDriver(this.source);
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
