// The Premium Service for PPOs (speedy enforcement, seed 004), measured: days
// from charge (the arrest whose outcome is `charged`) to disposal (the outcome
// date of the offence charged), for scheme members against everyone else, by
// quarter, with the median and the 90th percentile. Issue 16. The charges and
// convictions are read here; the matching and the arithmetic are premium.ts.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { mayNot, requirePermission } from '../access/permissions.js';
import { addDays, type IsoDate } from '../calendar/dates.js';
import { performanceYear } from '../calendar/performance-year.js';
import { spanCovers } from '../calendar/sql.js';
import { jsonRows } from '../db/json-rows.js';
import type { DB } from '../db/schema.js';
import {
  computePremiumService,
  matchCharges,
  MAX_DAYS_TO_DISPOSAL,
  PREMIUM_SERVICE_METHOD_VERSION,
  type PremiumCharge,
  type PremiumDisposal,
} from './premium.js';
import { analytic, invalid, scheme, writerOf, type Db } from './service-support.js';

export interface PremiumServiceRequest {
  schemeCode: string;
  /** '2008/09' */
  year: string;
}

/** Days from charge to disposal for one group of cases. */
export interface DaysSummary {
  /** Charged cases disposed of in the period. */
  cases: number;
  medianDays: number | null;
  p90Days: number | null;
  /** The mean, to 2 decimal places (added beside the fixed fields). */
  meanDays: number | null;
}

export interface PremiumServiceQuarter {
  quarter: 1 | 2 | 3 | 4;
  members: DaysSummary;
  others: DaysSummary;
}

export interface PremiumServiceReport {
  measure: 'premium-service';
  scheme: { code: string; name: string };
  year: string;
  quarters: PremiumServiceQuarter[];
  wholeYear: { members: DaysSummary; others: DaysSummary };
  dataCurrency: { lastArrestsImport: string | null; lastOutcomesImport: string | null; latestArrestDate: IsoDate | null; latestOutcomeDate: IsoDate | null };
  method: string[];
  /** The version of the matching rule and arithmetic (premium.ts). */
  methodVersion: string;
  /** Charges made in the year that no conviction was matched to within the limit (acquitted, discontinued, or not yet dealt with). */
  chargesWithoutDisposal: { members: number; others: number };
}

type ChargeRow = { id: number; person_id: number; arrest_date: IsoDate; offence_code: string | null; member: boolean };
type DisposalRow = { id: number; person_id: number; offence_date: IsoDate; outcome_date: IsoDate; offence_code: string | null };

/**
 * The charges and convictions the year's figures rest on: every charged arrest
 * (with membership of the scheme on its date) and every conviction row of the
 * people who were charged in the year or convicted in it. All of a person's
 * earlier charges are read too, so the one-to-one matching is the same however
 * far back the data go.
 */
export async function premiumServiceRows(db: Db, partnershipId: number, opts: { schemeId: number; from: IsoDate; to: IsoDate }) {
  const until = addDays(opts.to, MAX_DAYS_TO_DISPOSAL);
  const people = sql`
    SELECT o.person_id FROM outcomes o
    WHERE o.partnership_id = ${partnershipId} AND o.outcome = 'conviction' AND o.outcome_date >= ${opts.from}::date AND o.outcome_date < ${opts.to}::date
    UNION
    SELECT a.person_id FROM arrests a
    WHERE a.partnership_id = ${partnershipId} AND a.outcome = 'charged' AND a.arrest_date >= ${opts.from}::date AND a.arrest_date < ${opts.to}::date`;
  const charges = await jsonRows<ChargeRow>(
    db,
    sql`
    WITH ppl AS (${people})
    SELECT a.id, a.person_id, a.arrest_date, a.offence_code,
      EXISTS (SELECT 1 FROM memberships m WHERE m.partnership_id = ${partnershipId} AND m.scheme_id = ${opts.schemeId}
        AND m.person_id = a.person_id AND ${spanCovers('m.start_date', 'm.end_date', sql.ref('a.arrest_date'))}) AS member
    FROM arrests a JOIN ppl ON ppl.person_id = a.person_id
    WHERE a.partnership_id = ${partnershipId} AND a.outcome = 'charged' AND a.arrest_date < ${opts.to}::date`,
    { order: sql`json_row.person_id, json_row.arrest_date, json_row.id` },
  );
  const disposals = await jsonRows<DisposalRow>(
    db,
    sql`
    WITH ppl AS (${people})
    SELECT o.id, o.person_id, o.offence_date, o.outcome_date, o.offence_code
    FROM outcomes o JOIN ppl ON ppl.person_id = o.person_id
    WHERE o.partnership_id = ${partnershipId} AND o.outcome = 'conviction' AND o.outcome_date < ${until}::date`,
    { order: sql`json_row.person_id, json_row.outcome_date, json_row.id` },
  );
  return {
    charges: charges.map((c): PremiumCharge => ({ chargeId: Number(c.id), personId: Number(c.person_id), chargeDate: c.arrest_date, offenceCode: c.offence_code, member: c.member })),
    disposals: disposals.map((d): PremiumDisposal => ({ outcomeId: Number(d.id), personId: Number(d.person_id), offenceDate: d.offence_date, outcomeDate: d.outcome_date, offenceCode: d.offence_code })),
  };
}

/** When the arrests and outcomes were extracted: the last completed import of each, and the latest date on record. */
export async function premiumDataCurrency(db: Db, partnershipId: number): Promise<PremiumServiceReport['dataCurrency']> {
  const r = await sql<{ arrests_import: Date | string | null; outcomes_import: Date | string | null; latest_arrest: IsoDate | null; latest_outcome: IsoDate | null }>`
    SELECT (SELECT max(finished_at) FROM imports WHERE partnership_id = ${partnershipId} AND kind = 'arrests' AND status = 'completed') AS arrests_import,
           (SELECT max(finished_at) FROM imports WHERE partnership_id = ${partnershipId} AND kind = 'outcomes' AND status = 'completed') AS outcomes_import,
           (SELECT max(arrest_date) FROM arrests WHERE partnership_id = ${partnershipId}) AS latest_arrest,
           (SELECT max(outcome_date) FROM outcomes WHERE partnership_id = ${partnershipId}) AS latest_outcome`.execute(db);
  const row = r.rows[0];
  const iso = (v: Date | string | null | undefined) => (v === null || v === undefined ? null : new Date(v).toISOString());
  return {
    lastArrestsImport: iso(row?.arrests_import),
    lastOutcomesImport: iso(row?.outcomes_import),
    latestArrestDate: row?.latest_arrest ?? null,
    latestOutcomeDate: row?.latest_outcome ?? null,
  };
}

export async function premiumService(db: Kysely<DB>, actor: Actor, input: PremiumServiceRequest): Promise<PremiumServiceReport> {
  requirePermission(actor, 'performance:view', mayNot(actor, 'see cohort-wide figures'));
  if (!input.schemeCode) throw invalid('scheme: the code of the scheme whose members are compared is required.');
  let year;
  try {
    year = performanceYear(input.year ?? '');
  } catch (e) {
    throw invalid(`year: ${(e as Error).message}`);
  }
  return analytic(db, async (trx) => {
    const s = await scheme(trx, actor, input.schemeCode);
    const rows = await premiumServiceRows(trx, actor.partnershipId, { schemeId: s.id, from: year.start, to: year.end });
    const matches = matchCharges(rows.charges, rows.disposals);
    const figures = computePremiumService(year, matches);
    const currency = await premiumDataCurrency(trx, actor.partnershipId);
    const last = addDays(year.end, -1);
    const report: PremiumServiceReport = {
      measure: 'premium-service',
      scheme: { code: s.code, name: s.name },
      year: year.label,
      quarters: figures.quarters,
      wholeYear: figures.wholeYear,
      dataCurrency: currency,
      method: [
        "Charge: an arrest whose outcome is 'charged' (arrests import), dated by the arrest: the decision to charge is taken in custody, normally on the day of arrest.",
        `Disposal: the extract links no arrest to its outcome, so each charge is matched to a conviction by this rule: the same person; convicted on or after the charge date and within ${MAX_DAYS_TO_DISPOSAL} days of it; for an offence committed on or before the charge date; and, where both carry a Home Office offence code, of the same 3-digit offence group. Each person's charges are taken in date order, each taking the earliest such conviction not already taken (the exact offence code first on the same day), so one conviction row ends at most one charge.`,
        'Days from charge to disposal = outcome date − charge date. Cautions are not disposals of a charge; charges ending in acquittal or discontinuance are not in the data and are counted below as without a disposal.',
        `Members: people on ${s.code} on the charge date (membership spans are [start, end)); others: everyone else charged in the partnership, members of other schemes included.`,
        `Quarters of ${year.label} (${year.start} to ${last}) by the disposal date; the whole year is every case disposed of in the year.`,
        'Median: the middle value, or the mean of the two middle values of an even count. 90th percentile: nearest rank, the value at rank ⌈0.9 × n⌉ in ascending order (always an observed number of days).',
        `Charges made in ${year.label} with no conviction matched to them are counted apart (chargesWithoutDisposal): acquitted, discontinued, or not yet dealt with by the data extract.`,
        `Data: latest arrest on record ${currency.latestArrestDate ?? 'none'}, latest outcome ${currency.latestOutcomeDate ?? 'none'}. Disposals lag charges, so a recent quarter will gain its slower cases later.`,
      ],
      methodVersion: PREMIUM_SERVICE_METHOD_VERSION,
      chargesWithoutDisposal: figures.chargesWithoutDisposal,
    };
    // A statistical figure over everyone whose charges and convictions were read: a combination of their records, logged.
    const counted = [...new Set([...rows.charges.map((c) => c.personId), ...rows.disposals.map((d) => d.personId)])].sort((a, b) => a - b);
    await appendAudit(writerOf(trx), actor, {
      action: 'combination',
      what: `Premium Service figures for ${s.code} ${year.label}`,
      details: { measure: 'premium-service', methodVersion: PREMIUM_SERVICE_METHOD_VERSION, inputs: { schemeCode: s.code, year: year.label }, people: counted.length, personIds: counted },
    });
    return report;
  });
}
