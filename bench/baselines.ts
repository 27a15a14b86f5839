// The raw-SQL baseline and load: a scoring-like aggregate over every person's
// events (each event table aggregated once per person, then joined), until
// the selection run exists to take its place.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema.js';

export async function heavyAggregate(db: Kysely<DB>, partnershipId: number, asOf = '2009-06-30'): Promise<number> {
  const r = await sql<{ n: number }>`
    WITH o AS (
      SELECT person_id, count(*) AS n, max(offence_date) AS last,
             count(*) FILTER (WHERE offence_date >= ${asOf}::date - 365) AS recent
      FROM outcomes WHERE partnership_id = ${partnershipId} AND offence_date < ${asOf}::date GROUP BY person_id),
    a AS (
      SELECT person_id, count(*) AS n, max(arrest_date) AS last
      FROM arrests WHERE partnership_id = ${partnershipId} AND arrest_date < ${asOf}::date GROUP BY person_id),
    scored AS (
      SELECT p.id, coalesce(o.n, 0) * 2 + coalesce(a.n, 0) + coalesce(o.recent, 0) * 5
               - coalesce(${asOf}::date - greatest(o.last, a.last), 3650) / 100.0 AS score
      FROM people p LEFT JOIN o ON o.person_id = p.id LEFT JOIN a ON a.person_id = p.id
      WHERE p.partnership_id = ${partnershipId})
    SELECT count(*)::int AS n FROM (SELECT id, rank() OVER (ORDER BY score DESC) FROM scored) ranked`.execute(db);
  return r.rows[0]!.n;
}
