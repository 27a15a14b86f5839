// The four watch-list searches (SPEC 3.5) as their users see them: names,
// what each finds, and the one parameter a search takes (the offence group or
// code of "offending by type"). Pure: the SQL is in watch-lists.ts.
import type { WatchListQuery } from '../glossary.js';
import { InvalidInputError } from '../errors.js';

export const WATCH_QUERIES: readonly WatchListQuery[] = ['released_recently', 'convicted_this_month', 'offending_outside_areas', 'offending_by_type'];

export const WATCH_QUERY_LABELS: Record<WatchListQuery, string> = {
  released_recently: 'Members released in the last 28 days',
  convicted_this_month: 'Members convicted this month',
  offending_outside_areas: "Members offending outside the partnership's areas in the last 3 months",
  offending_by_type: 'Members offending in the last 3 months, by offence type',
};

/** What each search finds, said once for the form, the page and the docs. */
export const WATCH_QUERY_HINTS: Record<WatchListQuery, string> = {
  released_recently: 'Current scheme members with a custody release date in the 28 days up to today.',
  convicted_this_month: 'Current scheme members with a conviction dated from the first of this month to today.',
  offending_outside_areas: "Current scheme members with an offence in the last 3 months committed while their address was outside the partnership's areas.",
  offending_by_type: 'Current scheme members with an offence in the last 3 months whose Home Office code is in the group (3 digits) or is the code (5 digits) given.',
};

/** The searches the home page runs for someone with no saved watch list. */
export const DEFAULT_WATCH_QUERIES: readonly WatchListQuery[] = ['released_recently', 'convicted_this_month', 'offending_outside_areas'];

export interface WatchParams {
  /** offending_by_type: a Home Office offence group (3 digits) or code (5 digits). */
  offence?: string;
}

export const RECENT_DAYS = 28;
export const OFFENDING_MONTHS = 3;

/** The search named, or a refusal that lists the four. */
export function requireWatchQuery(value: unknown): WatchListQuery {
  if (typeof value === 'string' && (WATCH_QUERIES as readonly string[]).includes(value)) return value as WatchListQuery;
  throw new InvalidInputError(`The search must be one of ${WATCH_QUERIES.join(', ')}${value ? `, not "${String(value)}"` : ''}.`, { field: 'query' });
}

/** The parameters a search takes, checked: only offending_by_type takes one, and needs it. */
export function watchParams(query: WatchListQuery, input: { offence?: unknown }): WatchParams {
  const raw = typeof input.offence === 'string' ? input.offence.trim() : '';
  if (query !== 'offending_by_type') {
    if (raw !== '') throw new InvalidInputError(`Only "${WATCH_QUERY_LABELS.offending_by_type}" takes an offence type.`, { field: 'offence' });
    return {};
  }
  if (!/^\d{3}(\d{2})?$/.test(raw)) {
    throw new InvalidInputError(`The offence type must be a Home Office offence group (3 digits, e.g. 028) or code (5 digits, e.g. 02800)${raw ? `, not "${raw}"` : ''}.`, { field: 'offence' });
  }
  return { offence: raw };
}

/** A watch list's name: 1 to 100 characters. */
export function requireWatchName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === '') throw new InvalidInputError('Enter a name for the watch list.', { field: 'name' });
  if (name.length > 100) throw new InvalidInputError('The name must be 100 characters or fewer.', { field: 'name' });
  return name;
}

/** How a saved search reads in a list: its label, with the offence type. */
export function describeWatch(query: WatchListQuery, params: WatchParams): string {
  return query === 'offending_by_type' && params.offence ? `${WATCH_QUERY_LABELS[query]}: ${params.offence}` : WATCH_QUERY_LABELS[query];
}
