// NI18-style probation caseload reoffending (SPEC 3.6), as arithmetic: the
// snapshot month's dates, the adult caseload, the share proven to reoffend in
// the 3 months after, and a predicted rate from OGRS3 scaled to 3 months. Pure.
import { addDays, addMonths, isIsoDate, wholeYears, type IsoDate } from '../calendar/dates.js';

export const NI18_METHOD_VERSION = 'ni18-ogrs3-weibull-1';

/** Months of follow-up after the snapshot month, and the wait for proof after that (as the proven reoffending measure waits). */
export const NI18_FOLLOW_UP_MONTHS = 3;
export const NI18_PROOF_WAIT_MONTHS = 6;

export interface Ni18Dates {
  /** 'YYYY-MM' */
  month: string;
  monthStart: IsoDate;
  /** The last day of the snapshot month: ages and OGRS3 are taken on it. */
  snapshotDate: IsoDate;
  /** The first day of follow-up: the day after the snapshot month. */
  followUpStarts: IsoDate;
  /** The last day of follow-up (inclusive). */
  followUpEnds: IsoDate;
  /** The last day a conviction or caution may be recorded and still count (inclusive). */
  proofBy: IsoDate;
}

/** The dates of a snapshot month 'YYYY-MM'; null when it is not such a month. */
export function ni18Dates(month: string): Ni18Dates | null {
  if (!/^\d{4}-\d{2}$/.test(month) || !isIsoDate(`${month}-01`)) return null;
  const monthStart = `${month}-01`;
  const followUpStarts = addMonths(monthStart, 1);
  return {
    month,
    monthStart,
    snapshotDate: addDays(followUpStarts, -1),
    followUpStarts,
    followUpEnds: addDays(addMonths(followUpStarts, NI18_FOLLOW_UP_MONTHS), -1),
    proofBy: addDays(addMonths(followUpStarts, NI18_FOLLOW_UP_MONTHS + NI18_PROOF_WAIT_MONTHS), -1),
  };
}

/**
 * The probability of proven reoffending within `years` from OGRS3's one- and
 * two-year probabilities, by a Weibull cumulative hazard H(t) = a·t^k fitted
 * through both: H(1) = −ln(1 − p1), H(2) = −ln(1 − p2), so k = log2(H(2)/H(1))
 * and H(t) = H(1)·t^k. Above a one-year probability of about 5%, OGRS3's two
 * points show reoffending is front-loaded (k < 1), which a straight p1 ÷ 4 or
 * a constant hazard would miss; below it k is at most about 1.03.
 */
export function ogrs3Within(p1: number, p2: number, years: number): number {
  if (!(p1 > 0 && p1 < 1 && p2 >= p1 && p2 < 1)) throw new RangeError(`OGRS3 probabilities ${p1}, ${p2} must satisfy 0 < one-year ≤ two-year < 1`);
  const h1 = -Math.log(1 - p1);
  const h2 = -Math.log(1 - p2);
  const k = Math.log2(h2 / h1);
  return 1 - Math.exp(-h1 * Math.pow(years, k));
}

export interface Ni18Person {
  personId: number;
  dateOfBirth: IsoDate;
  /** A conviction or caution for an offence in follow-up, proven by proofBy. */
  proven: boolean;
  /** OGRS3 as of the snapshot date; null when it could not be scored. */
  ogrs3: { oneYear: number; twoYear: number } | null;
}

export interface Ni18Figures {
  caseload: number;
  reoffenders: number;
  actualRate: number | null;
  predictedRate: number | null;
  difference: number | null;
  /** People supervised in the month but under 18 on the snapshot date. */
  under18: number;
  /** Adults with no OGRS3 score, left out of the predicted rate (and counted here). */
  unscored: number;
}

/** The adult caseload's actual and predicted 3-month rates. */
export function computeNi18(people: readonly Ni18Person[], snapshotDate: IsoDate): Ni18Figures {
  const adults = people.filter((p) => wholeYears(p.dateOfBirth, snapshotDate) >= 18);
  const reoffenders = adults.filter((p) => p.proven).length;
  const scored = adults.filter((p) => p.ogrs3 !== null);
  const predicted = scored.length ? scored.reduce((s, p) => s + ogrs3Within(p.ogrs3!.oneYear, p.ogrs3!.twoYear, NI18_FOLLOW_UP_MONTHS / 12), 0) / scored.length : null;
  const actualRate = adults.length ? reoffenders / adults.length : null;
  return {
    caseload: adults.length,
    reoffenders,
    actualRate,
    predictedRate: predicted,
    difference: actualRate !== null && predicted !== null ? actualRate - predicted : null,
    under18: people.length - adults.length,
    unscored: adults.length - scored.length,
  };
}
