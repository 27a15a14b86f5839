// One page of a person's timeline, read in one statement by the database
// function person_timeline (migration 0135): the keys of every entry the
// viewer may see (date, same-day rank, row, part) from each table's person
// index, the counts by kind, and the rows of the page's entries only. The
// words of each entry are timeline-entries.ts's. Pages are keyset pages
// (formats/cursor.ts): newest first, `limit + 1` keys after the cursor's.
import { sql, type RawBuilder } from 'kysely';
import type { TimelineItem, TimelineKind, EntryContext } from './timeline-entries.js';
import { timelineEntry, TIMELINE_KINDS } from './timeline-entries.js';
import { decodeCursor, encodeCursor, limitOf } from '../formats/cursor.js';
import { isIsoDate } from '../calendar/dates.js';

const isKind = (k: string): k is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(k);

/** The person page shows this many entries at first, and this many more each time. */
export const TIMELINE_PAGE = 50;

export interface TimelineQuery {
  /** Only these kinds (none: every kind). */
  kinds?: readonly TimelineKind[];
  /** The `next` of the previous page. */
  cursor?: string | null;
  limit?: number | string | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
  /** How many entries of each kind the viewer may see (every kind, whatever the filter). */
  counts: Partial<Record<TimelineKind, number>>;
  /** How many entries the filter leaves (all of them when there is no filter). */
  matching: number;
  /** How many of those come before this page (0 on the first page). */
  before: number;
  total: number;
}

/** A page request checked: the kinds, the cursor's key and the page size. */
export interface TimelineRequest {
  kinds: TimelineKind[];
  after: [string, number, number, number] | null;
  limit: number;
}

/** Checks a page request (a cursor this list did not give out, or a bad limit, is refused naming its field). */
export function timelineRequest(q: TimelineQuery = {}): TimelineRequest {
  const limit = limitOf(q.limit ?? undefined, TIMELINE_PAGE);
  const kinds = [...new Set(q.kinds ?? [])].filter(isKind);
  let after: TimelineRequest['after'] = null;
  if (q.cursor) {
    const key = decodeCursor(q.cursor, 4);
    const [d, r, id, part] = key;
    // A real date and whole numbers in the integer range the SQL casts them to; anything else is not a cursor we gave out.
    const int32 = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;
    if (!isIsoDate(d) || ![r, id, part].every(int32)) {
      decodeCursor('', 4); // refused, naming the cursor field
    }
    after = [d as string, r as number, id as number, part as number];
  }
  return { kinds, after, limit };
}

/** What the viewer may see, which decides which rows are read at all. */
export interface TimelineVisibility {
  seeIntelligence: boolean;
  seeDrugTests: boolean;
  seeHealth: boolean;
}

/** What `timelineSql` gives, as JSON: the counts by kind, and the page's keys (date, rank, id, part) with their kind and row. */
export interface TimelineJson {
  before: number;
  counts: [string, number][];
  page: [string, number, number, number, string, Record<string, unknown> | null][];
}

/**
 * One scalar SQL expression (usable as a column of a larger query) giving the
 * page as JSON, from the database function person_timeline (migration 0135):
 * its statement is planned once per connection, not at every view. Only the
 * rows of the page's entries are read whole; those the viewer may not see, not at all.
 */
export function timelineSql(personId: number, v: TimelineVisibility, req: TimelineRequest): RawBuilder<TimelineJson> {
  const a = req.after;
  return sql<TimelineJson>`person_timeline(${personId}::bigint, ${v.seeIntelligence}::boolean, ${v.seeDrugTests}::boolean, ${v.seeHealth}::boolean,
    ${req.kinds.length ? req.kinds : null}::text[], ${a ? a[0] : null}::date, ${a ? a[1] : null}::integer, ${a ? a[2] : null}::bigint, ${a ? a[3] : null}::integer, ${req.limit}::integer)`;
}

/** The page from what `timelineSql` gave: the entries' words (need-to-know applied once more), and the next cursor. */
export function timelinePageOf(json: TimelineJson | string, req: TimelineRequest, ctx: EntryContext): TimelinePage {
  const j: TimelineJson = typeof json === 'string' ? JSON.parse(json) : json;
  const counts: Partial<Record<TimelineKind, number>> = {};
  let total = 0;
  for (const [kind, n] of j.counts) {
    if (!isKind(kind)) continue;
    counts[kind] = Number(n);
    total += Number(n);
  }
  const matching = req.kinds.length ? req.kinds.reduce((sum, k) => sum + (counts[k] ?? 0), 0) : total;
  const keys = j.page.slice(0, req.limit);
  const items: TimelineItem[] = [];
  for (const [, , , part, kind, row] of keys) {
    // No row: one the viewer may not see (the function checks twice), never shown.
    if (!row || !isKind(kind)) continue;
    const item = timelineEntry(kind, part, row, ctx);
    if (item) items.push(item);
  }
  const last = keys[keys.length - 1];
  const next = j.page.length > req.limit && last ? encodeCursor([last[0], last[1], last[2], last[3]]) : null;
  return { items, next, counts, matching, before: Number(j.before), total };
}
