// Data access for the performance measures. Each measure reads its cohort and
// aggregates each event table once per person in set-based SQL (never a query
// per person), then hands plain counts to the pure modules. Every query is
// filtered by partnership and parameterised; it runs on PostgreSQL 15 and PGlite.
import { sql, type Kysely } from 'kysely';
import type { DB, IsoDate, Sex } from '../db/schema.js';
import { jsonRows } from '../db/json-rows.js';

type Db = Kysely<DB>;

export async function findScheme(db: Db, partnershipId: number, code: string) {
  return db.selectFrom('schemes').select(['id', 'code', 'name']).where('partnership_id', '=', partnershipId).where('code', '=', code).executeTakeFirst();
}

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

function cohortCte(partnershipId: number, c: CohortSource) {
  if (c.kind === 'membership') {
    return sql`SELECT DISTINCT m.person_id FROM memberships m
      WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${c.schemeId}
        AND m.start_date <= ${c.cohortDate}::date AND (m.end_date IS NULL OR m.end_date > ${c.cohortDate}::date)`;
  }
  return sql`SELECT l.person_id FROM cohort_list_members l JOIN cohort_lists cl ON cl.id = l.cohort_list_id
      WHERE cl.partnership_id = ${partnershipId} AND cl.id = ${c.cohortListId}`;
}

export interface Ni30Row {
  person_id: number;
  q: number[];
}

/**
 * Convictions per cohort member in each of 8 quarters (the baseline year's
 * four, then the performance year's), by offence date. `bounds` are the 9
 * quarter boundaries. Cautions are not counted; convictions after asOf are
 * left out when asOf is given (to reproduce a figure as it stood).
 */
export async function ni30Counts(db: Db, partnershipId: number, cohort: CohortSource, bounds: IsoDate[], asOf: IsoDate | null): Promise<Ni30Row[]> {
  if (bounds.length !== 9) throw new Error('ni30Counts needs 9 quarter boundaries');
  const filters = bounds.slice(0, 8).map(
    (b, i) => sql`count(*) FILTER (WHERE o.offence_date >= ${b}::date AND o.offence_date < ${bounds[i + 1]!}::date)`,
  );
  const cols = sql.join(filters.map((f, i) => sql`${f} AS ${sql.ref(`q${i}`)}`));
  const outer = sql.join(Array.from({ length: 8 }, (_, i) => sql`coalesce(k.${sql.ref(`q${i}`)}, 0) AS ${sql.ref(`q${i}`)}`));
  const rows = await jsonRows<Record<string, number>>(
    db,
    sql`
    WITH cohort AS (${cohortCte(partnershipId, cohort)}),
    counts AS (
      SELECT o.person_id, ${cols}
      FROM outcomes o JOIN cohort c ON c.person_id = o.person_id
      WHERE o.partnership_id = ${partnershipId} AND o.outcome = 'conviction'
        AND o.offence_date >= ${bounds[0]!}::date AND o.offence_date < ${bounds[8]!}::date
        AND (${asOf}::date IS NULL OR o.outcome_date <= ${asOf}::date)
      GROUP BY o.person_id
    )
    SELECT c.person_id, ${outer}
    FROM cohort c LEFT JOIN counts k ON k.person_id = c.person_id`,
    { order: sql`json_row.person_id` },
  );
  return rows.map((row) => ({ person_id: Number(row.person_id), q: Array.from({ length: 8 }, (_, i) => Number(row[`q${i}`])) }));
}

export async function membershipSpans(db: Db, partnershipId: number, schemeId: number, personIds: number[], before: IsoDate) {
  if (personIds.length === 0) return [];
  const r = await sql<{ person_id: number; start_date: IsoDate; end_date: IsoDate | null }>`
    SELECT m.person_id, m.start_date, m.end_date FROM memberships m
    WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${schemeId}
      AND m.person_id = ANY(${personIds}::bigint[]) AND m.start_date < ${before}::date
    ORDER BY m.person_id, m.start_date`.execute(db);
  return r.rows;
}

/** When the data were extracted: the last completed outcomes import, and the latest outcome on record. */
export async function dataCurrency(db: Db, partnershipId: number): Promise<{ lastOutcomesImport: string | null; latestOutcomeDate: IsoDate | null }> {
  const r = await sql<{ last_import: Date | string | null; latest: IsoDate | null }>`
    SELECT (SELECT max(finished_at) FROM imports WHERE partnership_id = ${partnershipId} AND kind = 'outcomes' AND status = 'completed') AS last_import,
           (SELECT max(outcome_date) FROM outcomes WHERE partnership_id = ${partnershipId}) AS latest`.execute(db);
  const row = r.rows[0];
  const li = row?.last_import ?? null;
  return { lastOutcomesImport: li === null ? null : new Date(li).toISOString(), latestOutcomeDate: row?.latest ?? null };
}

export interface Ogrs3Row {
  person_id: number;
  as_of: IsoDate;
  person_ref: string;
  sex: Sex;
  date_of_birth: IsoDate;
  occasions: number;
  first_date: IsoDate | null;
  last_date: IsoDate | null;
  offence_code: string | null;
  code_category: string | null;
  group_category: string | null;
  code_known: boolean;
}

/**
 * What OGRS3 needs, for many people each as of their own date, in one query:
 * sanction occasions (distinct outcome dates of convictions and cautions) up to
 * the date, the first and latest, and the principal offence of the latest (the
 * gravest by the gravity table, then the lowest code), with its code's and its
 * group's OGRS3 category.
 */
export async function ogrs3Inputs(db: Db, partnershipId: number, targets: { personId: number; asOf: IsoDate }[]): Promise<Ogrs3Row[]> {
  if (targets.length === 0) return [];
  const ids = targets.map((t) => t.personId);
  const dates = targets.map((t) => t.asOf);
  // One pass over the targets' sanctions: `person_id = ANY(ids)` lets both
  // engines read only their rows through the person index (joined to the
  // unnest alone, the planner cannot see how few they are and reads the whole
  // table), and one grouping gives the occasions, the first and latest dates
  // and the principal offence of the latest (the first in date-then-gravity
  // order), so the categories are looked up once a person.
  const rows = await jsonRows<Ogrs3Row>(
    db,
    sql`
    WITH targets AS (SELECT * FROM unnest(${ids}::bigint[], ${dates}::date[]) AS t(person_id, as_of)),
    occ AS (
      SELECT t.person_id, t.as_of, count(DISTINCT o.outcome_date) AS occasions, min(o.outcome_date) AS first_date, max(o.outcome_date) AS last_date,
             (array_agg(o.offence_code ORDER BY o.outcome_date DESC, g.gravity DESC NULLS LAST, o.offence_code ASC NULLS LAST))[1] AS offence_code
      FROM targets t JOIN outcomes o ON o.person_id = t.person_id AND o.outcome_date <= t.as_of
      LEFT JOIN offence_gravity g ON g.partnership_id = ${partnershipId} AND g.group_code = substr(o.offence_code, 1, 3)
      WHERE o.partnership_id = ${partnershipId} AND o.person_id = ANY(${ids}::bigint[])
      GROUP BY t.person_id, t.as_of
    )
    SELECT t.person_id, t.as_of, p.person_ref, p.sex, p.date_of_birth,
           coalesce(occ.occasions, 0) AS occasions, occ.first_date, occ.last_date,
           occ.offence_code, oc.ogrs3_category AS code_category, og.ogrs3_category AS group_category, (oc.code IS NOT NULL) AS code_known
    FROM targets t
    JOIN people p ON p.id = t.person_id AND p.partnership_id = ${partnershipId} AND p.id = ANY(${ids}::bigint[])
    LEFT JOIN occ ON occ.person_id = t.person_id AND occ.as_of = t.as_of
    LEFT JOIN offence_codes oc ON oc.code = occ.offence_code
    LEFT JOIN offence_groups og ON og.group_code = substr(occ.offence_code, 1, 3)`,
    { order: sql`json_row.person_id, json_row.as_of` },
  );
  return rows.map((x) => ({ ...x, person_id: Number(x.person_id), occasions: Number(x.occasions) }));
}

export async function cohortMembers(db: Db, partnershipId: number, cohort: CohortSource): Promise<number[]> {
  const rows = await jsonRows<{ person_id: number }>(db, cohortCte(partnershipId, cohort), { order: sql`json_row.person_id` });
  return rows.map((x) => Number(x.person_id));
}

export interface Ni38Row {
  person_id: number;
  person_ref: string;
  identified_on: IsoDate;
  how: 'positive_test' | 'required_assessment';
  actual: number;
  area_code: string | null;
}

/**
 * The NI38 cohort and its actual offences: each person's first identification
 * in [from, to] (a test positive for opiates or cocaine on arrest or charge, or
 * a required assessment finding a drug misuser), their area of residence that
 * day, and their offences proven by conviction committed in the 12 months after.
 */
export async function ni38Rows(
  db: Db,
  partnershipId: number,
  opts: { from: IsoDate; to: IsoDate; schemeId: number | null; asOf: IsoDate | null },
): Promise<Ni38Row[]> {
  const schemeFilter =
    opts.schemeId === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${opts.schemeId}
          AND m.person_id = i.person_id AND m.start_date <= ${opts.to}::date AND (m.end_date IS NULL OR m.end_date > ${opts.from}::date))`;
  const rows = await jsonRows<Ni38Row>(
    db,
    sql`
    WITH idents AS (
      SELECT d.person_id, d.test_date AS identified_on, 'positive_test'::text AS how
      FROM drug_tests d
      WHERE d.partnership_id = ${partnershipId} AND d.test_date >= ${opts.from}::date AND d.test_date <= ${opts.to}::date AND (d.opiates OR d.cocaine)
      UNION ALL
      SELECT a.person_id, a.assessment_date, 'required_assessment'::text
      FROM required_assessments a
      WHERE a.partnership_id = ${partnershipId} AND a.assessment_date >= ${opts.from}::date AND a.assessment_date <= ${opts.to}::date AND a.drug_misuser
    ),
    first AS (
      SELECT DISTINCT ON (i.person_id) i.person_id, i.identified_on, i.how
      FROM idents i WHERE ${schemeFilter}
      ORDER BY i.person_id, i.identified_on, i.how
    ),
    actual AS (
      SELECT o.person_id, count(*) AS actual
      FROM outcomes o JOIN first f ON f.person_id = o.person_id
      WHERE o.partnership_id = ${partnershipId} AND o.outcome = 'conviction'
        AND o.offence_date > f.identified_on AND o.offence_date <= (f.identified_on + interval '12 months')::date
        AND (${opts.asOf}::date IS NULL OR o.outcome_date <= ${opts.asOf}::date)
      GROUP BY o.person_id
    )
    SELECT f.person_id, p.person_ref, f.identified_on, f.how, coalesce(a.actual, 0) AS actual, ad.area_code
    FROM first f
    JOIN people p ON p.id = f.person_id AND p.partnership_id = ${partnershipId}
    LEFT JOIN actual a ON a.person_id = f.person_id
    LEFT JOIN LATERAL (
      SELECT x.area_code FROM addresses x
      WHERE x.partnership_id = ${partnershipId} AND x.person_id = f.person_id
        AND x.from_date <= f.identified_on AND (x.to_date IS NULL OR x.to_date > f.identified_on)
      ORDER BY x.from_date DESC LIMIT 1
    ) ad ON true`,
    { order: sql`json_row.person_id` },
  );
  return rows.map((x) => ({ ...x, person_id: Number(x.person_id), actual: Number(x.actual) }));
}

export interface ReoffendingRow {
  person_id: number;
  start_date: IsoDate;
  group_code: string | null;
  n: number;
  violent: number;
}

/**
 * The proven reoffending cohort and its offences: each person's first index
 * event in [from, to] (release from custody, or a caution or non-custodial
 * conviction) starts follow-up; proven offences (convictions and cautions)
 * committed in the 12 months after and proven within a further six months,
 * by 3-digit offence group. One row per person and group; a person with none
 * has one row with group_code null and n 0.
 */
export async function reoffendingRows(db: Db, partnershipId: number, opts: { from: IsoDate; to: IsoDate; schemeId: number | null }): Promise<ReoffendingRow[]> {
  const schemeFilter =
    opts.schemeId === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${opts.schemeId}
          AND m.person_id = i.person_id AND m.start_date <= ${opts.to}::date AND (m.end_date IS NULL OR m.end_date > ${opts.from}::date))`;
  const r = await sql<ReoffendingRow & { offence_code_present: boolean }>`
    WITH idx AS (
      SELECT c.person_id, c.release_date AS d FROM custody_periods c
      WHERE c.partnership_id = ${partnershipId} AND c.release_date >= ${opts.from}::date AND c.release_date <= ${opts.to}::date
      UNION ALL
      SELECT o.person_id, o.outcome_date FROM outcomes o
      WHERE o.partnership_id = ${partnershipId} AND o.outcome_date >= ${opts.from}::date AND o.outcome_date <= ${opts.to}::date
        AND (o.outcome = 'caution' OR o.disposal IS DISTINCT FROM 'custody')
    ),
    cohort AS (
      SELECT i.person_id, min(i.d) AS start_date FROM idx i WHERE ${schemeFilter} GROUP BY i.person_id
    ),
    reoff AS (
      SELECT o.person_id, substr(o.offence_code, 1, 3) AS group_code, count(*) AS n, count(*) FILTER (WHERE oc.violent) AS violent
      FROM outcomes o JOIN cohort c ON c.person_id = o.person_id
      LEFT JOIN offence_codes oc ON oc.code = o.offence_code
      WHERE o.partnership_id = ${partnershipId}
        AND o.offence_date > c.start_date AND o.offence_date <= (c.start_date + interval '12 months')::date
        AND o.outcome_date <= (c.start_date + interval '18 months')::date
      GROUP BY o.person_id, substr(o.offence_code, 1, 3)
    )
    SELECT c.person_id, c.start_date, r.group_code, coalesce(r.n, 0) AS n, coalesce(r.violent, 0) AS violent
    FROM cohort c LEFT JOIN reoff r ON r.person_id = c.person_id
    ORDER BY c.person_id, r.group_code`.execute(db);
  return r.rows.map((x) => ({ person_id: Number(x.person_id), start_date: x.start_date, group_code: x.group_code, n: Number(x.n), violent: Number(x.violent) }));
}

/** The unit costs in force for a partnership: its own rows over the installation's seed. */
export async function effectiveUnitCosts(db: Db, partnershipId: number) {
  const r = await sql<{ category: string; pounds: number | null; price_year: string | null; source: string | null; group_codes: string[]; partnership_id: number | null }>`
    SELECT DISTINCT ON (category) category, pounds, price_year, source, group_codes, partnership_id
    FROM unit_costs WHERE partnership_id = ${partnershipId} OR partnership_id IS NULL
    ORDER BY category, partnership_id NULLS LAST`.execute(db);
  return r.rows
    .map((x) => ({ ...x, pounds: x.pounds === null ? null : Number(x.pounds), own: x.partnership_id !== null }))
    .sort((a, b) => (b.pounds ?? -1) - (a.pounds ?? -1) || a.category.localeCompare(b.category));
}
