// Proven reoffending like the MoJ measure (SPEC 3.6): binary rate, frequency,
// severity, cost and concentration, read from the stored index events and
// outcomes and handed to the pure arithmetic of reoffending.ts.
import { requirePermission, mayNot } from '../access/permissions.js';
import { gravityTable } from '../offences/store.js';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { IsoDate } from '../calendar/dates.js';
import { spanOverlapsDays } from '../calendar/sql.js';
import { effectiveUnitCosts } from './reference.js';
import { computeReoffending, type ReoffendingFigures, type ReoffendingPerson } from './reoffending.js';
import { analytic, date, invalid, record, scheme, type Db } from './service-support.js';
import type { Concentration } from './concentration.js';

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
          AND m.person_id = i.person_id AND ${spanOverlapsDays('m.start_date', 'm.end_date', opts.from, opts.to)})`;
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

// ------------------------------------------------------------------ the measure

export interface ReoffendingRequest {
  schemeCode?: string | null;
  from: IsoDate;
  to: IsoDate;
  /** The date the figures are read on (for "provisional"); the caller's today. */
  asOf: IsoDate;
}

export interface ReoffendingReport extends ReoffendingFigures {
  measure: 'reoffending';
  resultId: number;
  modelVersion: string;
  scheme: { code: string; name: string } | null;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
  gravityTableSize: number;
  method: string[];
}

export const REOFFENDING_METHOD_VERSION = 'proven-reoffending-1';

export async function reoffending(db: Db, actor: Actor, input: ReoffendingRequest): Promise<ReoffendingReport> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide figures'));
  const from = date('from', input.from);
  const to = date('to', input.to);
  const asOf = date('asOf', input.asOf);
  if (!from || !to) throw invalid('from and to: the period whose index events start follow-up is required.');
  if (!asOf) throw invalid('asOf is required.');
  if (to < from) throw invalid(`to (${to}) is before from (${from}).`);
  return analytic(db, async (trx) => {
    const s = input.schemeCode ? await scheme(trx, actor, input.schemeCode) : null;
    const rows = await reoffendingRows(trx, actor.partnershipId, { from, to, schemeId: s?.id ?? null });
    const people = new Map<number, ReoffendingPerson>();
    for (const r of rows) {
      let p = people.get(r.person_id);
      if (!p) people.set(r.person_id, (p = { personId: r.person_id, startDate: r.start_date, offences: [] }));
      if (r.n > 0) p.offences.push({ groupCode: r.group_code, count: r.n, violent: r.violent });
    }
    const gravity = await gravityTable(trx, actor.partnershipId);
    const costs = await effectiveUnitCosts(trx, actor.partnershipId);
    const figures = computeReoffending({
      people: [...people.values()],
      gravity,
      unitCosts: costs.map((c) => ({ category: c.category, pounds: c.pounds, priceYear: c.price_year, groupCodes: c.group_codes })),
      asOf,
    });
    const report = {
      measure: 'reoffending' as const,
      modelVersion: REOFFENDING_METHOD_VERSION,
      scheme: s && { code: s.code, name: s.name },
      from,
      to,
      asOf,
      gravityTableSize: gravity.size,
      ...figures,
      method: [
        `Cohort: people whose first index event falls from ${from} to ${to} inclusive — release from custody, or a caution or non-custodial conviction${s ? `; and on ${s.code} at some time in that period` : ''}. That event starts follow-up.`,
        'A proven reoffence is a conviction or caution for an offence committed in the 12 months after the start of follow-up (the day after, to the anniversary), proven by court or caution within a further 6 months.',
        'Binary rate = people with any proven reoffence ÷ cohort. Frequency = reoffences ÷ cohort (per offender) and ÷ reoffenders (per reoffender).',
        `Severity: each reoffence graded by the partnership's gravity table, keyed by 3-digit Home Office offence group (${gravity.size} groups graded); offences in ungraded groups are counted as such.`,
        'Cost: reoffences × the unit cost of crime for their category (Heeks et al. 2018, 2015/16 prices, editable). Categories with no figure entered are not costed and are counted.',
        'Concentration: share of reoffences committed by the most prolific 10% of the cohort, read from the Lorenz curve.',
        figures.provisional
          ? `Provisional: ${figures.incompleteFollowUp} people's follow-up and six-month wait end after ${asOf}.`
          : `Final: every follow-up and its six-month wait ended by ${asOf}.`,
      ],
    };
    const resultId = await record(trx, actor, {
      measure: 'reoffending',
      schemeId: s?.id ?? null,
      modelVersion: REOFFENDING_METHOD_VERSION,
      inputs: input,
      figures: report,
      what: `Proven reoffending for ${s?.code ?? 'the partnership'} ${from} to ${to}`,
      personIds: [...people.keys()],
    });
    return { resultId, ...report };
  });
}

/** The concentration of the reoffending cohort's offences, as `waymark performance concentration --json` prints it and the API returns it. */
export interface ConcentrationReport extends Concentration {
  scheme: { code: string; name: string } | null;
  from: IsoDate;
  to: IsoDate;
  resultId: number;
}

export async function reoffendingConcentration(db: Db, actor: Actor, input: ReoffendingRequest): Promise<ConcentrationReport> {
  const r = await reoffending(db, actor, input);
  return { ...r.concentration, scheme: r.scheme, from: r.from, to: r.to, resultId: r.resultId };
}
