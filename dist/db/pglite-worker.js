// @ts-check
// The thread that owns the embedded PGlite database. PGlite runs on the thread
// that calls it and blocks it completely during a query, so the web server
// talks to it only through messages (see pglite-driver.ts).
// Plain JavaScript on purpose: a worker thread started from tests or from the
// CLI then needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

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
 * @param {{ kind: string, sql: string, params?: unknown[], blob?: Uint8Array | ArrayBuffer, cursor?: number }} msg
 * @returns {Promise<Record<string, unknown>>}
 */
async function handle(msg) {
  switch (msg.kind) {
    case 'query': {
      const opts = msg.blob ? { blob: asBlob(msg.blob) } : undefined;
      const r = await db.query(msg.sql, msg.params ?? [], opts);
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

port.on('message', async (/** @type {any} */ msg) => {
  try {
    await ready;
    const result = await handle(msg);
    port.postMessage({ id: msg.id, ok: true, ...result }, result.buffer instanceof ArrayBuffer ? [result.buffer] : []);
  } catch (e) {
    port.postMessage({ id: msg.id, error: serialiseError(e) });
  }
});
