// Cursor pagination, the one way every list in the API (and the long lists on
// the web) is paged. A cursor is opaque to clients: base64url of the sort key
// of the last row given out. A service asks for `limit + 1` rows after the
// key, and `pageOf` keeps `limit` of them and says whether there is a next page.
import { InvalidInputError } from '../errors.js';

/** The default and largest page sizes, unless a list says otherwise. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** A sort key: the values of the ORDER BY columns of the last row of a page. */
export type CursorKey = (string | number | null)[];

/** One page of a list: its items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor carries, checked against the number of values the
 * list sorts by. A cursor this list did not give out is refused, naming the
 * `cursor` field.
 */
export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
      return key as CursorKey;
    }
  } catch {
    // refused below
  }
  throw new InvalidInputError('The cursor is not one this list gave out: start again from the first page.', { field: 'cursor' });
}

/** A page size from user input: absent means the default; otherwise a whole number from 1 to `max`. */
export function limitOf(value: unknown, fallback = DEFAULT_LIMIT, max = MAX_LIMIT): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > max) throw new InvalidInputError(`The limit must be a whole number from 1 to ${max}.`, { field: 'limit' });
  return n;
}

/**
 * A page from rows fetched with `LIMIT limit + 1` after the cursor's key: the
 * first `limit` rows, and a cursor naming the last of them when more follow.
 */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  const items = rows.slice(0, limit);
  const next = rows.length > limit && items.length > 0 ? encodeCursor(keyOf(items[items.length - 1]!)) : null;
  return { items, next };
}

/**
 * A page of a list already in memory and sorted (a short list: schemes, a
 * scheme's matrices): the rows after the cursor's key, compared in the
 * list's order by `keyOf`. Use keyset SQL for lists that grow without bound.
 */
export function pageOfSorted<T>(rows: T[], input: { cursor?: string; limit?: unknown }, keyOf: (row: T) => CursorKey): Page<T> {
  const limit = limitOf(input.limit);
  let start = 0;
  if (input.cursor) {
    const at = rows.length === 0 ? -1 : rows.findIndex((r) => JSON.stringify(keyOf(r)) === JSON.stringify(decodeCursor(input.cursor!, keyOf(rows[0]!).length)));
    if (at < 0) throw new InvalidInputError('The cursor is not one this list gave out: start again from the first page.', { field: 'cursor' });
    start = at + 1;
  }
  return pageOf(rows.slice(start), limit, keyOf);
}
