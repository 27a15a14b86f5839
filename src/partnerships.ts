// The partnership an actor belongs to, and its "today".
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.js';
import type { Clock } from './calendar/clock.js';
import { isoDateOf, type IsoDate } from './calendar/dates.js';

/**
 * "Today" for a partnership, the date that governs its rules and figures: its
 * data_as_of date when set (the demo's is 2010-12-31), else the wall clock's
 * UTC date.
 */
export async function partnershipToday(db: Kysely<DB>, partnershipId: number, clock: Clock): Promise<IsoDate> {
  const row = await db.selectFrom('partnerships').select('data_as_of').where('id', '=', partnershipId).executeTakeFirst();
  return row?.data_as_of ?? isoDateOf(clock.now());
}

export async function partnershipName(db: Kysely<DB>, partnershipId: number): Promise<string> {
  const row = await db.selectFrom('partnerships').select('name').where('id', '=', partnershipId).executeTakeFirst();
  return row?.name ?? '';
}
