// NI18-style probation caseload reoffending (SPEC 3.6): the share of the adult
// caseload in a snapshot month proven to reoffend within 3 months, against a
// predicted rate. Issue 16. The caseload, its proven reoffending and its OGRS3
// inputs are read here; the arithmetic is ni18.ts.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { mayNot, requirePermission } from '../access/permissions.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import type { IsoDate } from '../calendar/dates.js';
import { spanOverlapsDays } from '../calendar/sql.js';
import { jsonRows } from '../db/json-rows.js';
import type { DB } from '../db/schema.js';
import { partnershipToday } from '../partnerships/service.js';
import { computeNi18, ni18Dates, NI18_FOLLOW_UP_MONTHS, NI18_METHOD_VERSION, NI18_PROOF_WAIT_MONTHS, type Ni18Dates, type Ni18Person } from './ni18.js';
import { dataCurrency } from './ni30-service.js';
import { OGRS3_VERSION } from './ogrs3.js';
import { ogrs3Inputs, toPersonOgrs3 } from './ogrs3-service.js';
import { analytic, invalid, scheme, writerOf, type Db } from './service-support.js';

export interface Ni18Request {
  /** The snapshot month, 'YYYY-MM'. */
  month: string;
  /** Limit the caseload to one scheme's members; absent for the whole probation caseload. */
  schemeCode?: string | null;
}

export interface Ni18Report {
  measure: 'ni18';
  snapshotMonth: string;
  scheme: { code: string; name: string } | null;
  /** Adults under probation supervision in the snapshot month. */
  caseload: number;
  /** Of them, proven to reoffend (an offence within 3 months, convicted or cautioned). */
  reoffenders: number;
  actualRate: number | null;
  predictedRate: number | null;
  /** actualRate - predictedRate, as a fraction (negative is better). */
  difference: number | null;
  followUpEnds: IsoDate;
  dataCurrency: { lastOutcomesImport: string | null; latestOutcomeDate: IsoDate | null };
  method: string[];
  /** The version of the method (ni18.ts), with the OGRS3 model it uses. */
  methodVersion: string;
  ogrs3Version: string;
  /** The last day of the snapshot month: ages and OGRS3 are taken on it. */
  snapshotDate: IsoDate;
  followUpStarts: IsoDate;
  /** The last day a conviction or caution may be recorded and still count. */
  proofBy: IsoDate;
  /** People supervised in the month who were under 18 on the snapshot date (not in the caseload). */
  under18: number;
  /** Adults with no conviction or caution on record by the snapshot date, so no OGRS3: left out of the predicted rate. */
  unscored: number;
  /** True while the wait for proof has not ended by the partnership's today: the figure may still rise. */
  provisional: boolean;
  /** The partnership's today, on which the figure was read. */
  readOn: IsoDate;
}

type CaseloadRow = { person_id: number; date_of_birth: IsoDate; proven: boolean };

/**
 * The snapshot month's probation caseload (everyone with statutory supervision,
 * a community order, licence or DRR, running on any day of the month; on the
 * scheme at some time in the month when one is given), with whether each was
 * convicted or cautioned for an offence committed in follow-up, by proofBy.
 */
export async function ni18Rows(db: Db, partnershipId: number, d: Ni18Dates, schemeId: number | null): Promise<CaseloadRow[]> {
  const schemeFilter =
    schemeId === null
      ? sql`true`
      : sql`EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${schemeId}
          AND m.person_id = s.person_id AND ${spanOverlapsDays('m.start_date', 'm.end_date', d.monthStart, d.snapshotDate)})`;
  const rows = await jsonRows<CaseloadRow>(
    db,
    sql`
    WITH caseload AS (
      SELECT DISTINCT s.person_id FROM supervision_periods s
      WHERE s.partnership_id = ${partnershipId} AND s.statutory AND s.kind IN ('community_order', 'licence', 'drr')
        AND ${spanOverlapsDays('s.start_date', 's.end_date', d.monthStart, d.snapshotDate)} AND ${schemeFilter}
    ),
    proven AS (
      SELECT DISTINCT o.person_id FROM outcomes o JOIN caseload c ON c.person_id = o.person_id
      WHERE o.partnership_id = ${partnershipId} AND o.outcome IN ('conviction', 'caution')
        AND o.offence_date >= ${d.followUpStarts}::date AND o.offence_date <= ${d.followUpEnds}::date
        AND o.outcome_date <= ${d.proofBy}::date
    )
    SELECT c.person_id, p.date_of_birth, (pr.person_id IS NOT NULL) AS proven
    FROM caseload c
    JOIN people p ON p.id = c.person_id AND p.partnership_id = ${partnershipId}
    LEFT JOIN proven pr ON pr.person_id = c.person_id`,
    { order: sql`json_row.person_id` },
  );
  return rows.map((r) => ({ ...r, person_id: Number(r.person_id) }));
}

export async function ni18(db: Kysely<DB>, actor: Actor, input: Ni18Request, clock: Clock = systemClock): Promise<Ni18Report> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide figures'));
  const d = ni18Dates(String(input.month ?? '').trim());
  if (!d) throw invalid(`month: "${input.month ?? ''}" is not a snapshot month; write it as YYYY-MM, e.g. 2009-06.`);
  return analytic(db, async (trx) => {
    const s = input.schemeCode ? await scheme(trx, actor, input.schemeCode) : null;
    const rows = await ni18Rows(trx, actor.partnershipId, d, s?.id ?? null);
    const inputs = await ogrs3Inputs(trx, actor.partnershipId, rows.map((r) => ({ personId: r.person_id, asOf: d.snapshotDate })));
    const scoreBy = new Map(inputs.map((r) => [r.person_id, toPersonOgrs3(r).result]));
    const people: Ni18Person[] = rows.map((r) => {
      const o = scoreBy.get(r.person_id) ?? null;
      return { personId: r.person_id, dateOfBirth: r.date_of_birth, proven: r.proven, ogrs3: o && { oneYear: o.oneYear, twoYear: o.twoYear } };
    });
    const f = computeNi18(people, d.snapshotDate);
    const today = await partnershipToday(trx, actor.partnershipId, clock);
    const currency = await dataCurrency(trx, actor.partnershipId);
    const provisional = today < d.proofBy;
    const report: Ni18Report = {
      measure: 'ni18',
      snapshotMonth: d.month,
      scheme: s && { code: s.code, name: s.name },
      caseload: f.caseload,
      reoffenders: f.reoffenders,
      actualRate: f.actualRate,
      predictedRate: f.predictedRate,
      difference: f.difference,
      followUpEnds: d.followUpEnds,
      dataCurrency: currency,
      method: [
        `Caseload: people 18 or over on ${d.snapshotDate} with statutory probation supervision (a community order, licence or DRR) running on any day from ${d.monthStart} to ${d.snapshotDate}${s ? `, and on ${s.code} at some time in that month` : ''}. Supervised people under 18 are left out (counted as under18).`,
        `Proven reoffending: a conviction or caution for an offence committed in the ${NI18_FOLLOW_UP_MONTHS} months after the snapshot month (${d.followUpStarts} to ${d.followUpEnds}), recorded by ${d.proofBy}: the same ${NI18_PROOF_WAIT_MONTHS} months' wait for proof as Waymark's proven reoffending measure.`,
        'Actual rate = proven reoffenders ÷ caseload.',
        `Predicted rate: the mean over the caseload of each person's OGRS3 probability (${OGRS3_VERSION}, as of ${d.snapshotDate}) scaled to ${NI18_FOLLOW_UP_MONTHS} months by a Weibull curve through OGRS3's own one- and two-year probabilities (cumulative hazard H(t) = H(1)·t^k with k = log2(H(2) ÷ H(1))), which keeps OGRS3's front-loading of reoffending. Adults with no conviction or caution on record have no OGRS3 score and are left out of the predicted rate, not of the actual rate (counted as unscored).`,
        "This is Waymark's own prediction, not the published NI18 model: the national indicator's predicted rate came from the Ministry of Justice's own model of the national caseload, which Waymark does not hold. Read the difference as a guide to direction, not a verdict.",
        'Difference = actual − predicted: below zero is better than predicted.',
        provisional
          ? `Provisional: the wait for proof ends on ${d.proofBy}, after the partnership's today (${today}); the actual rate may still rise.`
          : `Final: the wait for proof ended on ${d.proofBy}. Latest outcome on record: ${currency.latestOutcomeDate ?? 'none'}.`,
      ],
      methodVersion: NI18_METHOD_VERSION,
      ogrs3Version: OGRS3_VERSION,
      snapshotDate: d.snapshotDate,
      followUpStarts: d.followUpStarts,
      proofBy: d.proofBy,
      under18: f.under18,
      unscored: f.unscored,
      provisional,
      readOn: today,
    };
    // A statistical figure over the whole caseload: a combination of their records, logged.
    await appendAudit(writerOf(trx), actor, {
      action: 'combination',
      what: `NI18 figures for ${s?.code ?? 'the partnership'} ${d.month}`,
      details: { measure: 'ni18', methodVersion: NI18_METHOD_VERSION, inputs: { month: d.month, schemeCode: s?.code ?? null }, people: rows.length, personIds: rows.map((r) => r.person_id) },
    });
    return report;
  });
}
