// The retention rules of SPEC 3.8, pure: what counts as a person's activity,
// when a record comes up for review, and what each decision does. The service
// (service.ts) reads the dates and applies the decision; no clock here.
import { addYears, maxDate } from '../calendar/dates.js';
import type { IsoDate } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';
import type { Sensitive } from '../access/need-to-know.js';

/** The retention period a partnership starts with (docs/retention.md says why). */
export const DEFAULT_RETENTION_YEARS = 6;

/** A kept record is looked at again after this long, unless the decision says otherwise. */
export const DEFAULT_KEEP_YEARS = 1;

/**
 * The dates that count as activity, table by table: every event about the
 * person, and the record's own changes. A span still open (custody not yet
 * released, supervision, membership or address with no end) is activity today.
 * service.ts builds its one query from this list.
 */
export const ACTIVITY_SOURCES: readonly { table: string; dates: readonly string[]; openEnd?: string; sensitive?: Sensitive }[] = [
  { table: 'outcomes', dates: ['offence_date', 'outcome_date'] },
  { table: 'arrests', dates: ['arrest_date'] },
  { table: 'charges', dates: ['charge_date'] },
  // The date of a report, test or assessment is itself that data: a last
  // activity that rests on one is withheld from those who may not see it.
  { table: 'intelligence_reports', dates: ['report_date'], sensitive: 'intelligence' },
  { table: 'drug_tests', dates: ['test_date'], sensitive: 'drug_tests' },
  { table: 'required_assessments', dates: ['assessment_date'], sensitive: 'health' },
  { table: 'breaches', dates: ['breach_date'] },
  { table: 'custody_periods', dates: ['reception_date'], openEnd: 'release_date' },
  { table: 'supervision_periods', dates: ['start_date'], openEnd: 'end_date' },
  { table: 'memberships', dates: ['start_date'], openEnd: 'end_date' },
  { table: 'addresses', dates: ['from_date'], openEnd: 'to_date' },
  { table: 'risk_assessments', dates: ['assessment_date'] },
  { table: 'mappa_referrals', dates: ['referral_date', 'outcome_date'] },
  { table: 'panel_decisions', dates: ['decided_at'] },
  { table: 'transfers', dates: ['notified_at'] },
];

/** The newest of a person's activity dates (null: none at all). */
export function lastActivity(dates: readonly (IsoDate | null | undefined)[]): IsoDate | null {
  return maxDate(...dates);
}

/** Records whose last activity is on or before this date are due for review on asOf. */
export function retentionCutoff(asOf: IsoDate, years: number): IsoDate {
  return addYears(asOf, -years);
}

export interface RetentionStatus {
  due: boolean;
  /** The day the record came (or comes) up for review: last activity plus the period, or the end of a keep. */
  dueOn: IsoDate;
}

/** Whether a record is due for review on asOf, and since when. */
export function retentionStatus(input: { lastActivity: IsoDate; asOf: IsoDate; years: number; keptUntil?: IsoDate | null }): RetentionStatus {
  const dueOn = maxDate(addYears(input.lastActivity, input.years), input.keptUntil ?? null)!;
  return { due: dueOn <= input.asOf, dueOn };
}

export type RetentionDecision = 'keep' | 'erase' | 'anonymise';
export const RETENTION_DECISIONS: readonly RetentionDecision[] = ['keep', 'erase', 'anonymise'];

export function requireRetentionYears(v: unknown): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) {
    throw new InvalidInputError(`The retention period must be a whole number of years from 1 to 100, not "${String(v)}".`, { field: 'years' });
  }
  return n;
}

export function requireDecision(v: unknown): RetentionDecision {
  if (typeof v === 'string' && (RETENTION_DECISIONS as readonly string[]).includes(v)) return v as RetentionDecision;
  throw new InvalidInputError(`The decision must be keep, erase or anonymise, not "${String(v ?? '')}".`, { field: 'decision' });
}

export function requireReason(v: unknown): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) throw new InvalidInputError('Give the reason for the decision. Name no one in it: the audit log keeps it.', { field: 'reason' });
  if (s.length > 1000) throw new InvalidInputError('The reason must be at most 1,000 characters.', { field: 'reason' });
  return s;
}

/** A date of birth reduced to its year (the middle of it, so ages stay right on average). */
export function yearOnly(d: IsoDate): IsoDate {
  return `${d.slice(0, 4)}-07-01` as IsoDate;
}
