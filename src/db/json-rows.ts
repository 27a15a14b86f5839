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
  const result = await sql<{ j: string }>`SELECT to_json(json_row)::text AS j FROM (${query}) json_row${opts.order ? sql` ORDER BY ${opts.order}` : sql``}`.execute(db);
  const out: U[] = [];
  // A large result is parsed in slices of a few milliseconds, so it does not hold the event loop (the web server shares it).
  const pause = breather();
  for (let i = 0; i < result.rows.length; i++) {
    await pause();
    out.push(map(JSON.parse(result.rows[i]!.j) as T));
  }
  return out;
}

/**
 * The rows of `query` as one JSON text: an array of each row's array of
 * `columns`' values, in that order, each array on a line of its own (an empty
 * result is '[]'; arrayRowTexts in src/formats/json-lines.ts splits the lines). In a wide row
 * the keys are most of an object's JSON: a selection run's features are 22 MB
 * of text as objects and 8 MB as arrays. One text value crosses from the
 * embedded database's thread, and on to another thread, as a single copy;
 * whoever parses it (a worker thread, or the caller when it is small) parses
 * it in one go. A column may also be an expression over the row (json_row),
 * such as an SQL array of several columns of one type.
 */
export async function jsonArraysText(
  db: Kysely<DB> | Transaction<DB>,
  query: RawBuilder<unknown>,
  columns: readonly (string | RawBuilder<unknown>)[],
  order?: RawBuilder<unknown>,
): Promise<string> {
  const value = rowArray(columns, 'jsonArraysText');
  const agg = sql`string_agg(${value}, E',\n' ${order ? sql`ORDER BY ${order}` : sql``})`;
  const result = await sql<{ j: string }>`SELECT '[' || coalesce(${agg}, '') || ']' AS j FROM (${query}) json_row`.execute(db);
  return result.rows[0]!.j;
}

/**
 * The rows of `query` as jsonArraysText's texts, one for each `rowsAtATime`
 * rows, each given to `onText` as it arrives: a cursor fetched in batches,
 * inside the caller's transaction. The database streams the query's last
 * stage (for a selection run's features, about a fifth of it), so whoever
 * parses the texts works while it does. Returns the texts, in order. (On
 * PostgreSQL a cursor's query gets no parallel workers.)
 */
export async function jsonArraysTexts(
  trx: Transaction<DB>,
  query: RawBuilder<unknown>,
  columns: readonly (string | RawBuilder<unknown>)[],
  rowsAtATime: number,
  onText?: (text: string) => void,
): Promise<string[]> {
  const value = rowArray(columns, 'jsonArraysTexts');
  if (!Number.isInteger(rowsAtATime) || rowsAtATime < 1) throw new Error(`jsonArraysTexts fetches a whole number of rows at a time, not ${rowsAtATime}`);
  // Every row is read, so the cursor's query is planned for its whole result,
  // as the same query without a cursor is: by default PostgreSQL plans a
  // cursor to give its first tenth of rows soonest, which can turn hash
  // joins over aggregates into merge joins over index scans. (SET LOCAL: to
  // the end of the caller's transaction.)
  await sql`SET LOCAL cursor_tuple_fraction = 1`.execute(trx);
  // (The transaction ends the cursor; it is closed here for a caller that goes on.)
  await sql`DECLARE json_arrays NO SCROLL CURSOR FOR SELECT ${value} AS j FROM (${query}) json_row`.execute(trx);
  const texts: string[] = [];
  for (;;) {
    const batch = await sql<{ j: string }>`FETCH ${sql.lit(rowsAtATime)} FROM json_arrays`.execute(trx);
    const rows = batch.rows;
    if (rows.length > 0 || texts.length === 0) {
      const text = `[${rows.map((r) => r.j).join(',\n')}]`;
      texts.push(text);
      onText?.(text);
    }
    if (rows.length < rowsAtATime) break;
  }
  await sql`CLOSE json_arrays`.execute(trx);
  return texts;
}

/** One row of json_row as the JSON text of an array of `columns` (names or expressions over json_row), as jsonArraysText and jsonArraysTexts both write it. */
function rowArray(columns: readonly (string | RawBuilder<unknown>)[], caller: string): RawBuilder<unknown> {
  if (columns.length === 0 || columns.length > MAX_COLUMNS) throw new Error(`${caller} takes 1 to ${MAX_COLUMNS} columns, not ${columns.length}`);
  return sql`json_build_array(${sql.join(columns.map((c) => (typeof c === 'string' ? sql.ref(`json_row.${c}`) : c)))})::text`;
}
