// NI30 (SPEC 3.6): convictions of a scheme's cohort against the baseline year,
// read from the stored outcomes and handed to the pure arithmetic of ni30.ts.
import { requirePermission, mayNot } from '../access/permissions.js';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { IsoDate } from '../calendar/dates.js';
import { jsonRows } from '../db/json-rows.js';
import { computeNi30, type Ni30Figures } from './ni30.js';
import { performanceYear, previousPerformanceYear } from '../calendar/performance-year.js';
import * as q from './queries.js';
import { analytic, date, invalid, notFound, record, scheme, type Db } from './service-support.js';

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
export async function ni30Counts(db: Db, partnershipId: number, cohort: q.CohortSource, bounds: IsoDate[], asOf: IsoDate | null): Promise<Ni30Row[]> {
  if (bounds.length !== 9) throw new Error('ni30Counts needs 9 quarter boundaries');
  const filters = bounds.slice(0, 8).map(
    (b, i) => sql`count(*) FILTER (WHERE o.offence_date >= ${b}::date AND o.offence_date < ${bounds[i + 1]!}::date)`,
  );
  const cols = sql.join(filters.map((f, i) => sql`${f} AS ${sql.ref(`q${i}`)}`));
  const outer = sql.join(Array.from({ length: 8 }, (_, i) => sql`coalesce(k.${sql.ref(`q${i}`)}, 0) AS ${sql.ref(`q${i}`)}`));
  const rows = await jsonRows<Record<string, number>>(
    db,
    sql`
    WITH cohort AS (${q.cohortCte(partnershipId, cohort)}),
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

// ------------------------------------------------------------------ the measure

export interface Ni30Request {
  schemeCode: string;
  /** '2008/09' */
  year: string;
  /** 0.16 for 16% */
  ceiling: number;
  stretch?: number | null;
  /** Default 1 April of the year. */
  cohortDate?: IsoDate | null;
  /** A frozen cohort list instead of the members on the cohort date. */
  cohortListId?: number | null;
  /** Count only convictions recorded by this date (to reproduce a past report). */
  asOf?: IsoDate | null;
}

export interface Ni30Report extends Ni30Figures {
  measure: 'ni30';
  resultId: number;
  modelVersion: string;
  scheme: { code: string; name: string };
  year: string;
  baselineYear: string;
  cohort: { source: 'membership' | 'frozen_list'; cohortDate: IsoDate; list: { id: number; name: string; frozenAt: string; frozenBy: string } | null };
  dataCurrency: { asOf: IsoDate | null; lastOutcomesImport: string | null; latestOutcomeDate: IsoDate | null };
  method: string[];
}

export const NI30_METHOD_VERSION = 'ni30-1';

function fraction(field: string, v: number | null | undefined, required: boolean): number | null {
  if (v === undefined || v === null) {
    if (required) throw invalid(`${field} is required: the agreed reduction as a fraction, e.g. 0.16 for 16%.`);
    return null;
  }
  if (!Number.isFinite(v) || v < 0 || v >= 1) throw invalid(`${field}: ${v} must be a fraction from 0 up to 1, e.g. 0.16 for 16%.`);
  return v;
}

export async function ni30(db: Db, actor: Actor, input: Ni30Request): Promise<Ni30Report> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide reoffending figures'));
  let year;
  try {
    year = performanceYear(input.year);
  } catch (e) {
    throw invalid((e as Error).message);
  }
  const ceiling = fraction('ceiling', input.ceiling, true)!;
  const stretch = fraction('stretch', input.stretch, false);
  const asOf = date('asOf', input.asOf);
  const baseYear = previousPerformanceYear(year);

  return analytic(db, async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    let source: q.CohortSource;
    let cohortDate: IsoDate;
    let list: Ni30Report['cohort']['list'] = null;
    if (input.cohortListId !== undefined && input.cohortListId !== null) {
      if (input.cohortDate) throw invalid('Give a cohort date or a frozen cohort list, not both: the list has its own date.');
      const l = await q.findCohortList(trx, actor.partnershipId, input.cohortListId);
      if (!l || l.scheme_id !== s.id) throw notFound(`No frozen cohort list ${input.cohortListId} for scheme ${s.code}.`);
      source = { kind: 'frozen_list', cohortListId: l.id };
      cohortDate = l.cohort_date;
      list = { id: l.id, name: l.name, frozenAt: new Date(l.frozen_at).toISOString(), frozenBy: l.frozen_by_label };
    } else {
      cohortDate = date('cohortDate', input.cohortDate) ?? year.start;
      source = { kind: 'membership', schemeId: s.id, cohortDate };
    }
    const bounds = [...baseYear.quarters.map((x) => x.start), ...year.quarters.map((x) => x.start), year.end];
    const rows = await ni30Counts(trx, actor.partnershipId, source, bounds, asOf);
    const ids = rows.map((r) => r.person_id);
    const spans = await membershipSpans(trx, actor.partnershipId, s.id, ids, cohortDate);
    const spansBy = new Map<number, { startDate: IsoDate; endDate: IsoDate | null }[]>();
    for (const m of spans) {
      const id = Number(m.person_id);
      if (!spansBy.has(id)) spansBy.set(id, []);
      spansBy.get(id)!.push({ startDate: m.start_date, endDate: m.end_date });
    }
    const figures = computeNi30({
      year,
      cohortDate,
      ceiling,
      stretch,
      people: rows.map((r) => ({
        personId: r.person_id,
        baselineQuarters: r.q.slice(0, 4) as [number, number, number, number],
        yearQuarters: r.q.slice(4, 8) as [number, number, number, number],
        memberships: spansBy.get(r.person_id) ?? [],
      })),
    });
    const currency = await dataCurrency(trx, actor.partnershipId);
    const method = [
      list
        ? `Cohort: the ${figures.cohortSize} people on the frozen list "${list.name}" (cohort date ${cohortDate}, frozen ${list.frozenAt.slice(0, 10)} by ${list.frozenBy}).`
        : `Cohort: the ${figures.cohortSize} members of ${s.code} on ${cohortDate} (membership spans are [start, end)).`,
      `Baseline: offences proven by conviction that the cohort committed in ${baseYear.label} (${baseYear.start} up to ${baseYear.end}), by offence date; cautions are not counted.`,
      `Threshold = round(baseline × (1 − ceiling)) = round(${figures.baseline} × (1 − ${ceiling})) = ${figures.threshold}; expected per quarter = threshold ÷ 4 = ${figures.threshold / 4}.`,
      `Actual: convictions for offences committed in ${year.label}, each in the quarter of its offence date, whenever convicted${asOf ? ` (only convictions recorded by ${asOf})` : ''}.`,
      'Variance = actual − expected for each quarter and cumulatively; reduction achieved = (baseline − actual) ÷ baseline.',
      'Share convicted: cohort members with at least one such conviction in the year ÷ cohort size.',
      'Rolling 12 months to each quarter end: observed convictions by offence date, against a prediction falling in a straight line from the baseline to the threshold.',
      `Average months on the scheme: time on ${s.code} before the cohort date over all of a member's spans, averaged over the cohort.`,
      'Convictions lag offences: a figure for a recent quarter will rise as courts deal with its offences; see the data currency.',
    ];
    const report = {
      measure: 'ni30' as const,
      modelVersion: NI30_METHOD_VERSION,
      scheme: { code: s.code, name: s.name },
      year: year.label,
      baselineYear: baseYear.label,
      cohort: { source: source.kind, cohortDate, list },
      ...figures,
      dataCurrency: { asOf, ...currency },
      method,
    };
    const resultId = await record(trx, actor, {
      measure: 'ni30',
      schemeId: s.id,
      modelVersion: NI30_METHOD_VERSION,
      inputs: { ...input, cohortDate },
      figures: report,
      what: `NI30 figures for ${s.code} ${year.label}`,
    });
    return { resultId, ...report };
  });
}
