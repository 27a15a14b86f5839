// The offence reference as stored: each partnership's gravity table (by 3-digit
// Home Office offence group). Selection and performance both read it here.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The partnership's gravity table: gravity by 3-digit offence group. */
export async function gravityTable(db: Executor, partnershipId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('offence_gravity').select(['group_code', 'gravity']).where('partnership_id', '=', partnershipId).execute();
  return new Map(rows.map((r) => [r.group_code, Number(r.gravity)]));
}
