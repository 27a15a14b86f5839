// Looking up a scheme by its code in a partnership, with the areas it covers:
// what selection, the panel, transfers and the measures all start from.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { NotFoundError } from '../errors.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface SchemeInfo {
  id: number;
  code: string;
  name: string;
  capacity: number | null;
  /** The scheme's areas with their neighbourhoods; the partnership's when none are set. */
  areaCodes: string[];
}

export async function findScheme(db: Executor, partnershipId: number, code: string): Promise<SchemeInfo> {
  const s = await db
    .selectFrom('schemes')
    .select(['id', 'code', 'name', 'capacity'])
    .where('partnership_id', '=', partnershipId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!s) throw new NotFoundError(`No scheme with code ${code} in this partnership.`);
  const areas = await db.selectFrom('areas').select(['id', 'code', 'parent_area_id']).where('partnership_id', '=', partnershipId).execute();
  const own = await db.selectFrom('scheme_areas').select('area_id').where('scheme_id', '=', s.id).execute();
  let ids = new Set(own.length ? own.map((a) => a.area_id) : areas.map((a) => a.id));
  // Neighbourhoods within a covered area are covered too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of areas) if (a.parent_area_id !== null && ids.has(a.parent_area_id) && !ids.has(a.id)) (ids.add(a.id), (grew = true));
  }
  return { ...s, areaCodes: areas.filter((a) => ids.has(a.id)).map((a) => a.code).sort() };
}
