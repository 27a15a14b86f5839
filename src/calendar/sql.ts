// The calendar's rules in SQL, written once: "a half-open span [start, end)
// covers a date" and "overlaps the days first..last", for Kysely queries and
// for raw `sql` templates alike (a RawBuilder is both an expression and a
// template fragment). A null end is an open span.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { IsoDate } from './dates.js';

type DateOperand = IsoDate | Expression<unknown>;

function dateOperand(d: DateOperand): Expression<unknown> {
  return typeof d === 'string' ? sql`${d}::date` : d;
}

/** `start <= date AND (end IS NULL OR end > date)`, with start and end column references such as 'm.start_date'. */
export function spanCovers(start: string, end: string, date: DateOperand): RawBuilder<SqlBool> {
  const d = dateOperand(date);
  return sql<SqlBool>`(${sql.ref(start)} <= ${d} AND (${sql.ref(end)} IS NULL OR ${sql.ref(end)} > ${d}))`;
}

/** The span shares at least one day with the days `first` to `last` inclusive. */
export function spanOverlapsDays(start: string, end: string, first: DateOperand, last: DateOperand): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(start)} <= ${dateOperand(last)} AND (${sql.ref(end)} IS NULL OR ${sql.ref(end)} > ${dateOperand(first)}))`;
}

/** The span is still open on `date`: `end IS NULL OR end > date` (for spans known to have started). */
export function spanOpenOn(end: string, date: DateOperand): RawBuilder<SqlBool> {
  const d = dateOperand(date);
  return sql<SqlBool>`(${sql.ref(end)} IS NULL OR ${sql.ref(end)} > ${d})`;
}
