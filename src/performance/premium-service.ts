// The Premium Service for PPOs (speedy enforcement, seed 004), measured: days
// from charge (the arrest whose outcome is `charged`) to disposal (the outcome
// date of the offence charged), for scheme members against everyone else, by
// quarter, with the median and the 90th percentile. Issue 16.
// STUB (groundwork): the shapes are fixed; the figures are to be built.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';

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
  dataCurrency: { lastArrestsImport: string | null; lastOutcomesImport: string | null };
  method: string[];
}

export async function premiumService(_db: Kysely<DB>, _actor: Actor, _input: PremiumServiceRequest): Promise<PremiumServiceReport> {
  throw new Error('The Premium Service measure is not built yet.');
}
