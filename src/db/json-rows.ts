// Reading a wide or long result as one JSON text value per row. Embedded,
// PGlite turns every column of every row into a JavaScript value in its worker
// thread, and the rows cross to the main thread by structured clone: for such
// results that costs more than the query itself (a selection run's features,
// about 40 columns for 31,000 people: 2 s; a 3,000-person cohort of 12
// columns: 75–120 ms, against about 25 ms as text). One text column a row is
// cheap on both engines, and JSON gives both the same types: numbers (counts
// and ids), booleans, and dates as 'YYYY-MM-DD'.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import { breather } from './breather.js';


/** json_build_array takes at most 100 arguments (PostgreSQL's FUNC_MAX_ARGS). */
const MAX_COLUMNS = 100;

/**
 * The rows of `query` (referred to as json_row in `order`), each mapped by
 * `map` as it is parsed.
 */
export async function jsonRows<T, U = T>(
  db: Kysely<DB> | Transaction<DB>,
  query: RawBuilder<unknown>,
  opts: { order?: RawBuilder<unknown>; map?: (row: T) => U } = {},
): Promise<U[]> {
  const map = opts.map ?? ((row: T) => row as unknown as U);
  return parsed(db, sql`to_json(json_row)`, query, opts.order, (row) => map(row as T));
}

/**
 * The rows of `query` as arrays of `columns`' values, in that order, each
 * mapped by `map` as it is parsed. In a wide row the keys are most of an
 * object's JSON: a selection run's features are 22 MB of text as objects and
 * 8 MB as arrays, built, moved and parsed once a row on every engine.
 */
export async function jsonArrays<U>(
  db: Kysely<DB> | Transaction<DB>,
  query: RawBuilder<unknown>,
  columns: readonly string[],
  map: (values: unknown[]) => U,
  order?: RawBuilder<unknown>,
): Promise<U[]> {
  if (columns.length === 0 || columns.length > MAX_COLUMNS) throw new Error(`jsonArrays takes 1 to ${MAX_COLUMNS} columns, not ${columns.length}`);
  const value = sql`json_build_array(${sql.join(columns.map((c) => sql.ref(`json_row.${c}`)))})`;
  return parsed(db, value, query, order, (values) => map(values as unknown[]));
}

async function parsed<U>(
  db: Kysely<DB> | Transaction<DB>,
  value: RawBuilder<unknown>,
  query: RawBuilder<unknown>,
  order: RawBuilder<unknown> | undefined,
  map: (parsed: unknown) => U,
): Promise<U[]> {
  const result = await sql<{ j: string }>`SELECT ${value}::text AS j FROM (${query}) json_row${order ? sql` ORDER BY ${order}` : sql``}`.execute(db);
  const out: U[] = [];
  // A large result is parsed in slices of a few milliseconds, so it does not hold the event loop (the web server shares it).
  const pause = breather();
  for (let i = 0; i < result.rows.length; i++) {
    await pause();
    out.push(map(JSON.parse(result.rows[i]!.j)));
  }
  return out;
}
