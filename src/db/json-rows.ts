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

/** Rows parsed between pauses, so a large result does not hold the event loop (the web server shares it). */
const BREATH_ROWS = 2000;

/** json_build_array takes at most 100 arguments (PostgreSQL's FUNC_MAX_ARGS). */
const MAX_COLUMNS = 100;

/**
 * The rows of `query` (referred to as json_row in `order`), each mapped by
 * `map` as it is parsed. With `columns`, each row travels as a JSON array of
 * those columns only, in that order, and is made an object again here: in a
 * wide row the keys are most of the JSON (a selection run's features: 22 MB
 * as objects, 7 MB as arrays), and the text is built, moved and parsed once
 * per row on every engine.
 */
export async function jsonRows<T, U = T>(
  db: Kysely<DB> | Transaction<DB>,
  query: RawBuilder<unknown>,
  opts: { order?: RawBuilder<unknown>; map?: (row: T) => U; columns?: readonly string[] } = {},
): Promise<U[]> {
  const order = opts.order ? sql` ORDER BY ${opts.order}` : sql``;
  const columns = opts.columns;
  if (columns && (columns.length === 0 || columns.length > MAX_COLUMNS)) throw new Error(`jsonRows takes 1 to ${MAX_COLUMNS} columns, not ${columns.length}`);
  const value = columns ? sql`json_build_array(${sql.join(columns.map((c) => sql.ref(`json_row.${c}`)))})` : sql`to_json(json_row)`;
  const result = await sql<{ j: string }>`SELECT ${value}::text AS j FROM (${query}) json_row${order}`.execute(db);
  const map = opts.map ?? ((row: T) => row as unknown as U);
  const parse = columns ? (text: string) => objectOf(columns, JSON.parse(text) as unknown[]) as T : (text: string) => JSON.parse(text) as T;
  const out: U[] = [];
  for (let i = 0; i < result.rows.length; i++) {
    if (i > 0 && i % BREATH_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(map(parse(result.rows[i]!.j)));
  }
  return out;
}

function objectOf(columns: readonly string[], values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
  return row;
}
