// The partnership an actor belongs to, and its "today".
import type { Kysely } from 'kysely';
import type { DB, IsoDate } from './db/schema.js';

export function isoToday(now = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** "Today" for a partnership: its data_as_of date when set (the demo), else the real date. */
export async function partnershipToday(db: Kysely<DB>, partnershipId: number, now = new Date()): Promise<IsoDate> {
  const row = await db.selectFrom('partnerships').select('data_as_of').where('id', '=', partnershipId).executeTakeFirst();
  return row?.data_as_of ?? isoToday(now);
}

export async function partnershipName(db: Kysely<DB>, partnershipId: number): Promise<string> {
  const row = await db.selectFrom('partnerships').select('name').where('id', '=', partnershipId).executeTakeFirst();
  return row?.name ?? '';
}
