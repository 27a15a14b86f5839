// NI18-style probation caseload reoffending (SPEC 3.6): the share of the adult
// caseload in a snapshot month proven to reoffend within 3 months, against a
// predicted rate. Issue 16.
// STUB (groundwork): the shapes are fixed; the figures are to be built.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';

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
}

export async function ni18(_db: Kysely<DB>, _actor: Actor, _input: Ni18Request): Promise<Ni18Report> {
  throw new Error('The NI18 measure is not built yet.');
}
