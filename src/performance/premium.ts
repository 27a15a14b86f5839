// The Premium Service for PPOs (seed 004), as arithmetic: which disposal ends
// which charge (the data hold no link between an arrest and an outcome, so a
// documented matching rule), and the days from charge to disposal summarised
// by quarter of disposal, for scheme members against everyone else. Pure.
import { daysBetween, addDays, type IsoDate } from '../calendar/dates.js';
import { quarterOf, type PerformanceYear } from '../calendar/performance-year.js';

export const PREMIUM_SERVICE_METHOD_VERSION = 'premium-service-1';

/** A charge that ends in nothing within this many days is counted as not disposed of. */
export const MAX_DAYS_TO_DISPOSAL = 365;

/** A charge: an arrest whose outcome is `charged`, dated by the arrest. */
export interface PremiumCharge {
  chargeId: number;
  personId: number;
  chargeDate: IsoDate;
  offenceCode: string | null;
  /** On the scheme on the charge date. */
  member: boolean;
}

/** A disposal: one offence row of a conviction. */
export interface PremiumDisposal {
  outcomeId: number;
  personId: number;
  offenceDate: IsoDate;
  outcomeDate: IsoDate;
  offenceCode: string | null;
}

export interface ChargeMatch {
  charge: PremiumCharge;
  disposal: PremiumDisposal | null;
  days: number | null;
}

/** The 3-digit Home Office offence group of a code, or null. */
const groupOf = (code: string | null) => (code && code.length >= 3 ? code.slice(0, 3) : null);

/**
 * Whether a disposal may end a charge: the same person; disposed of on or after
 * the charge date and within MAX_DAYS_TO_DISPOSAL; for an offence committed on
 * or before the charge date; and, when both carry an offence code, of the same
 * 3-digit offence group (charges are often altered, say from one kind of
 * burglary to another, so the exact code is preferred but not required).
 */
export function mayDispose(c: PremiumCharge, d: PremiumDisposal): boolean {
  if (c.personId !== d.personId) return false;
  if (d.outcomeDate < c.chargeDate || d.outcomeDate > addDays(c.chargeDate, MAX_DAYS_TO_DISPOSAL)) return false;
  if (d.offenceDate > c.chargeDate) return false;
  const cg = groupOf(c.offenceCode);
  const dg = groupOf(d.offenceCode);
  return cg === null || dg === null || cg === dg;
}

/**
 * Matches charges to disposals one to one. Each person's charges are taken in
 * date order (then id); each takes the earliest eligible disposal not already
 * taken, preferring on the same day one with the exact offence code, then the
 * lowest outcome id. A conviction row ends at most one charge, so two charges
 * need two convictions.
 */
export function matchCharges(charges: readonly PremiumCharge[], disposals: readonly PremiumDisposal[]): ChargeMatch[] {
  const byPerson = new Map<number, PremiumDisposal[]>();
  for (const d of disposals) {
    let list = byPerson.get(d.personId);
    if (!list) byPerson.set(d.personId, (list = []));
    list.push(d);
  }
  for (const list of byPerson.values()) list.sort((a, b) => a.outcomeDate.localeCompare(b.outcomeDate) || a.outcomeId - b.outcomeId);
  const taken = new Set<number>();
  const ordered = [...charges].sort((a, b) => a.personId - b.personId || a.chargeDate.localeCompare(b.chargeDate) || a.chargeId - b.chargeId);
  const out: ChargeMatch[] = [];
  for (const c of ordered) {
    let best: PremiumDisposal | null = null;
    for (const d of byPerson.get(c.personId) ?? []) {
      if (taken.has(d.outcomeId) || !mayDispose(c, d)) continue;
      if (best === null) best = d;
      else if (d.outcomeDate !== best.outcomeDate) break;
      else if (d.offenceCode !== null && d.offenceCode === c.offenceCode && best.offenceCode !== c.offenceCode) best = d;
    }
    if (best) taken.add(best.outcomeId);
    out.push({ charge: c, disposal: best, days: best ? daysBetween(c.chargeDate, best.outcomeDate) : null });
  }
  return out;
}

/** The median of numbers: the middle value, or the mean of the two middle values of an even count. Null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at
 * least p of the values at or below it, i.e. the value at rank ⌈p × n⌉ in
 * ascending order. Always one of the values. Null when empty.
 */
export function nearestRankPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 1)) throw new RangeError(`percentile ${p} must be above 0 and at most 1`);
  const s = [...values].sort((a, b) => a - b);
  // Rounded first so that 0.9 × 10 is rank 9, not 10 by floating-point error.
  const rank = Math.max(1, Math.ceil(Math.round(p * s.length * 1e9) / 1e9));
  return s[rank - 1]!;
}

export interface DaysFigures {
  cases: number;
  medianDays: number | null;
  p90Days: number | null;
  meanDays: number | null;
}

export function summariseDays(days: readonly number[]): DaysFigures {
  return {
    cases: days.length,
    medianDays: median(days),
    p90Days: nearestRankPercentile(days, 0.9),
    meanDays: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 100) / 100 : null,
  };
}

export interface PremiumFigures {
  quarters: { quarter: 1 | 2 | 3 | 4; members: DaysFigures; others: DaysFigures }[];
  wholeYear: { members: DaysFigures; others: DaysFigures };
  /** Charges made in the year with no disposal matched to them (acquitted, discontinued, or not yet dealt with). */
  chargesWithoutDisposal: { members: number; others: number };
}

/**
 * The year's figures from the matches: each disposed-of charge in the quarter
 * of its disposal date (disposals outside the year are left out), split by
 * membership on the charge date.
 */
export function computePremiumService(year: PerformanceYear, matches: readonly ChargeMatch[]): PremiumFigures {
  const q = ([1, 2, 3, 4] as const).map(() => ({ members: [] as number[], others: [] as number[] }));
  const unmatched = { members: 0, others: 0 };
  for (const m of matches) {
    const side = m.charge.member ? 'members' : 'others';
    if (m.disposal === null) {
      if (quarterOf(year, m.charge.chargeDate) !== null) unmatched[side]++;
      continue;
    }
    const quarter = quarterOf(year, m.disposal.outcomeDate);
    if (quarter !== null) q[quarter - 1]![side].push(m.days!);
  }
  return {
    quarters: q.map((x, i) => ({ quarter: (i + 1) as 1 | 2 | 3 | 4, members: summariseDays(x.members), others: summariseDays(x.others) })),
    wholeYear: { members: summariseDays(q.flatMap((x) => x.members)), others: summariseDays(q.flatMap((x) => x.others)) },
    chargesWithoutDisposal: unmatched,
  };
}
