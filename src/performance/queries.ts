// The data access every performance measure shares: the scheme and the cohort
// a measure is about (a scheme's members on a date, or a frozen list) and the
// gravity table. Each measure's own SQL is in its *-service.ts beside it. Every
// query is filtered by partnership and parameterised; it runs on PostgreSQL 15
// and PGlite.
import { sql, type Kysely } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import { jsonRows } from '../db/json-rows.js';
import { spanCovers } from '../calendar/sql.js';

type Db = Kysely<DB>;

export async function findCohortList(db: Db, partnershipId: number, id: number) {
  return db
    .selectFrom('cohort_lists')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Who the measure is about: the scheme's members on a date, or a frozen list. */
export type CohortSource = { kind: 'membership'; schemeId: number; cohortDate: IsoDate } | { kind: 'frozen_list'; cohortListId: number };

export function cohortCte(partnershipId: number, c: CohortSource) {
  if (c.kind === 'membership') {
    return sql`SELECT DISTINCT m.person_id FROM memberships m
      WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${c.schemeId}
        AND ${spanCovers('m.start_date', 'm.end_date', c.cohortDate)}`;
  }
  return sql`SELECT l.person_id FROM cohort_list_members l JOIN cohort_lists cl ON cl.id = l.cohort_list_id
      WHERE cl.partnership_id = ${partnershipId} AND cl.id = ${c.cohortListId}`;
}

export async function cohortMembers(db: Db, partnershipId: number, cohort: CohortSource): Promise<number[]> {
  const rows = await jsonRows<{ person_id: number }>(db, cohortCte(partnershipId, cohort), { order: sql`json_row.person_id` });
  return rows.map((x) => Number(x.person_id));
}

