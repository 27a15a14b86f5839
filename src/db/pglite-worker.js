// @ts-check
// The thread that owns the embedded PGlite database. PGlite runs on the thread
// that calls it and blocks it completely during a query, so the web server
// talks to it only through messages (see pglite-driver.ts).
// Plain JavaScript on purpose: a worker thread started from tests or from the
// CLI then needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types, protocol, parse } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { append } from './append.js';

if (!parentPort) throw new Error('pglite-worker must run as a worker thread');
const port = parentPort;

/** Both drivers must return the same JavaScript types: see types.ts. */
const parsers = {
  [types.INT8]: (/** @type {string} */ v) => Number(v),
  [types.NUMERIC]: (/** @type {string} */ v) => Number(v),
  [types.DATE]: (/** @type {string} */ v) => v,
};

/** @type {PGlite} */
let db;

async function open() {
  const { dataDir, loadDataDir } = workerData;
  db = new PGlite({
    dataDir: dataDir ?? undefined,
    loadDataDir: loadDataDir ? new Blob([loadDataDir]) : undefined,
    extensions: { btree_gist, pg_trgm },
    parsers,
  });
  await db.waitReady;
}

/** @param {any} e */
function serialiseError(e) {
  return {
    message: e?.message ?? String(e),
    code: e?.code,
    detail: e?.detail,
    constraint: e?.constraint,
    table: e?.table,
    column: e?.column,
    severity: e?.severity,
    hint: e?.hint,
  };
}

/**
 * A large result goes to the main thread in parts of this many rows, each
 * fetched by the main thread when it is ready for it ('next'): one huge message
 * would be deserialised in one go on the thread that serves the web pages.
 */
const PART_ROWS = 2000;
/** The rows of large results not yet fetched, by cursor. */
const unsent = new Map();
let nextCursor = 1;

/** @param {unknown[]} rows */
function firstPart(rows) {
  if (rows.length <= PART_ROWS) return { rows };
  const cursor = nextCursor++;
  unsent.set(cursor, { rows, from: PART_ROWS });
  return { rows: rows.slice(0, PART_ROWS), cursor };
}

/**
 * Statements run again and again (every page's session check, the person
 * page's read) are prepared once, by name, and then only bound and run:
 * PGlite's query() parses, analyses and plans its statement at every call,
 * which on a person page cost more than running it (about 2 ms of planning
 * against well under 1 ms of execution; the page's server time fell from
 * 14 ms to 10). Keyed by SQL text; Kysely writes values as parameters, so
 * one statement serves every person. The oldest are closed beyond
 * MAX_STATEMENTS. A script (migrations, DDL) clears them all, and
 * PostgreSQL re-plans a prepared statement whose tables changed.
 * A statement that runs for longer than SLOW_MS twice in a row is closed
 * and never prepared again (once could be a cold start: the first person
 * pages after a start take 20-30 ms): planning is nothing beside its work, and after five runs
 * PostgreSQL may choose a generic plan (one for any values), which for a
 * heavy query (a selection run's features, a measure) could be far worse
 * than the plan made for the values at hand, as every unprepared query gets.
 */
const statements = new Map();
const MAX_STATEMENTS = 128;
const SLOW_MS = 50;
/** SQL texts that ran slowly twice in a row: always planned afresh. */
const unprepared = new Set();
let nextStatement = 1;
/** Statements worth preparing: plain reads and writes (not COPY, DDL or session commands). */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
/**
 * Statements that change tables: the prepared ones are forgotten first, as
 * for a script. (A staging table made again with other columns would make a
 * prepared SELECT * fail with "cached plan must not change result type".)
 */
const DDL = /^\s*(create|alter|drop|truncate)\b/i;
const { serialize } = protocol;
const noSync = { syncToFs: false };

/**
 * One statement through the extended protocol with a named, cached prepared
 * statement, as PGlite's own query() does it with an unnamed one. The same
 * serialisers and parsers; the same errors (a failed parse is not cached).
 * @param {string} text
 * @param {unknown[]} params
 */
async function preparedQuery(text, params) {
  return db.runExclusive(async () => {
    /** @type {any[]} */
    const messages = [];
    /** @type {string[]} */
    const evict = [];
    /** @type {{ name: string, types: number[], slow: number } | undefined} */
    let st;
    try {
      st = statements.get(text);
      if (st) {
        // Most recently used last, so the first is the one to close.
        statements.delete(text);
        statements.set(text, st);
      } else {
        const name = `wm_${nextStatement++}`;
        await db.execProtocolStream(serialize.parse({ name, text }), noSync);
        const described = await db.execProtocolStream(serialize.describe({ type: 'S', name }), noSync);
        const types = /** @type {any} */ (described.find((m) => m.name === 'parameterDescription'))?.dataTypeIDs ?? [];
        st = { name, types, slow: 0 };
        statements.set(text, st);
        if (statements.size > MAX_STATEMENTS) {
          const [oldest, old] = statements.entries().next().value;
          statements.delete(oldest);
          evict.push(old.name);
        }
      }
      const values = params.map((v, i) => {
        if (v === null || v === undefined) return null;
        const serialiser = db.serializers[/** @type {any} */ (st).types[i]];
        return serialiser ? serialiser(v) : String(v);
      });
      const started = performance.now();
      append(messages, await db.execProtocolStream(serialize.bind({ statement: st.name, values }), noSync));
      append(messages, await db.execProtocolStream(serialize.describe({ type: 'P' }), noSync));
      append(messages, await db.execProtocolStream(serialize.execute({}), noSync));
      if (performance.now() - started <= SLOW_MS) st.slow = 0;
      else if (++st.slow >= 2) {
        statements.delete(text);
        if (unprepared.size >= 1000) unprepared.clear();
        unprepared.add(text);
        evict.push(st.name);
      }
    } catch (e) {
      // "cached plan must not change result type": a table it reads changed
      // shape outside a script; prepared afresh next time.
      if (st && /** @type {any} */ (e)?.code === '0A000' && statements.get(text) === st) {
        statements.delete(text);
        evict.push(st.name);
      }
      throw e;
    } finally {
      append(messages, await db.execProtocolStream(serialize.sync(), noSync));
      for (const name of evict) {
        await db.execProtocolStream(serialize.close({ type: 'S', name }), noSync);
        await db.execProtocolStream(serialize.sync(), noSync);
      }
    }
    return parse.parseResults(messages, db.parsers)[0];
  });
}

/** Forgets every prepared statement (before a script: migrations may change what they read). */
async function forgetStatements() {
  if (!statements.size) return;
  statements.clear();
  await db.exec('DEALLOCATE ALL');
}

/**
 * The data of a COPY as PGlite's `blob` option. PGlite reads a blob only
 * through arrayBuffer(), so an ArrayBuffer the main thread transferred is
 * handed over as it is: no Blob and no copy of the chunk in this thread.
 * @param {Uint8Array | ArrayBuffer} data
 * @returns {Blob}
 */
function asBlob(data) {
  if (data instanceof ArrayBuffer) return /** @type {Blob} */ (/** @type {unknown} */ ({ arrayBuffer: async () => data }));
  return new Blob([data]);
}

/**
 * @param {{ kind: string, sql: string, params?: unknown[], blob?: Uint8Array | ArrayBuffer, cursor?: number, begin?: string }} msg
 * @returns {Promise<Record<string, unknown>>}
 */
async function handle(msg) {
  switch (msg.kind) {
    case 'query': {
      // A transaction's BEGIN comes with its first statement (pglite-driver.ts):
      // if it fails, the statement is not run outside the transaction.
      if (msg.begin) await db.exec(msg.begin);
      const opts = msg.blob ? { blob: asBlob(msg.blob) } : undefined;
      if (DDL.test(msg.sql)) await forgetStatements();
      const r = !opts && PREPARABLE.test(msg.sql) && !unprepared.has(msg.sql) ? await preparedQuery(msg.sql, msg.params ?? []) : await db.query(msg.sql, msg.params ?? [], opts);
      // A transferred COPY buffer goes back to the main thread to be freed
      // there: garbage here would wait for this thread's rare collections.
      const buffer = msg.blob instanceof ArrayBuffer ? msg.blob : undefined;
      return { ...firstPart(r.rows), affectedRows: r.affectedRows ?? 0, ...(buffer ? { buffer } : {}) };
    }
    case 'next': {
      const pending = unsent.get(msg.cursor);
      if (!pending) throw new Error(`no result with cursor ${msg.cursor}`);
      const rows = pending.rows.slice(pending.from, pending.from + PART_ROWS);
      pending.from += PART_ROWS;
      if (pending.from >= pending.rows.length) {
        unsent.delete(msg.cursor);
        return { rows };
      }
      return { rows, cursor: msg.cursor };
    }
    case 'script': {
      await forgetStatements();
      const results = await db.exec(msg.sql);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], affectedRows: last?.affectedRows ?? 0 };
    }
    case 'dump': {
      const file = await db.dumpDataDir('none');
      return { dump: new Uint8Array(await file.arrayBuffer()) };
    }
    case 'close': {
      await db.close();
      return {};
    }
    default:
      throw new Error(`unknown message kind ${msg.kind}`);
  }
}

const ready = open();
ready.then(
  () => port.postMessage({ id: 0, ok: true }),
  (e) => port.postMessage({ id: 0, error: serialiseError(e) }),
);

/** Messages are handled one after another, in the order sent: a transaction's statements may be sent without waiting. */
let queue = ready.catch(() => undefined);

port.on('message', (/** @type {any} */ msg) => {
  queue = queue.then(async () => {
    try {
      await ready;
      const result = await handle(msg);
      port.postMessage({ id: msg.id, ok: true, ...result }, result.buffer instanceof ArrayBuffer ? [result.buffer] : []);
    } catch (e) {
      port.postMessage({ id: msg.id, error: serialiseError(e) });
    }
  });
});
