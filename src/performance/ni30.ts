// NI30-style cohort reoffending (SPEC 3.6; seeds 000, 002, 003): the cohort's
// proven offences in the performance year against a threshold set from the
// previous year's baseline. Pure arithmetic over per-person counts.
import type { IsoDate } from '../calendar/dates.js';
import { addMonths, monthsBetween } from '../calendar/dates.js';
import { type PerformanceYear } from '../calendar/performance-year.js';

/** One cohort member's convictions, counted by offence date. */
export interface Ni30Person {
  personId: number;
  /** Offences proven by conviction, committed in each quarter of the previous (baseline) year. */
  baselineQuarters: [number, number, number, number];
  /** The same for the performance year. */
  yearQuarters: [number, number, number, number];
  /** The person's spans on the scheme, to measure time on it before the cohort date. */
  memberships: { startDate: IsoDate; endDate: IsoDate | null }[];
}

export interface Ni30Input {
  year: PerformanceYear;
  cohortDate: IsoDate;
  /** The performance ceiling c: the agreed reduction, 0.16 for 16%. */
  ceiling: number;
  /** An optional stretch target, also a fraction. */
  stretch?: number | null;
  people: Ni30Person[];
}

export interface Ni30Quarter {
  quarter: 1 | 2 | 3 | 4;
  start: IsoDate;
  end: IsoDate;
  actual: number;
  expected: number;
  variance: number;
  cumulativeActual: number;
  cumulativeExpected: number;
  cumulativeVariance: number;
}

export interface Ni30Rolling {
  /** The 12 months ending with this quarter: [start, end). */
  quarter: 1 | 2 | 3 | 4;
  start: IsoDate;
  end: IsoDate;
  observed: number;
  predicted: number;
}

export interface Ni30Figures {
  cohortSize: number;
  baseline: number;
  ceiling: number;
  threshold: number;
  stretch: number | null;
  stretchThreshold: number | null;
  averageMonthsOnScheme: number | null;
  quarters: Ni30Quarter[];
  actual: number;
  /** threshold − actual: how far under the threshold (negative when over). */
  underThreshold: number;
  reductionAchieved: number | null;
  convictedCount: number;
  shareConvicted: number | null;
  rolling: Ni30Rolling[];
}

/** Threshold = round(baseline × (1 − c)); half rounds up, as the published figures do. */
export function ni30Threshold(baseline: number, ceiling: number): number {
  // The small epsilon keeps 153 × 0.83 = 126.99000000000001 and exact halves
  // from being tipped the wrong way by binary floating point.
  return Math.round(baseline * (1 - ceiling) + 1e-9);
}

/**
 * The arithmetic of the measure from totals alone: SPEC 3.6's worked figures
 * (Stockton 2008/09, Sunderland 2009/10) are checked against this.
 */
export function ni30Arithmetic(input: {
  baseline: number;
  ceiling: number;
  quarterActuals: number[];
}): Pick<Ni30Figures, 'baseline' | 'ceiling' | 'threshold' | 'actual' | 'underThreshold' | 'reductionAchieved'> & {
  expectedPerQuarter: number;
  quarters: { quarter: number; actual: number; expected: number; variance: number; cumulativeActual: number; cumulativeExpected: number; cumulativeVariance: number }[];
} {
  const threshold = ni30Threshold(input.baseline, input.ceiling);
  const expectedPerQuarter = threshold / 4;
  let cumulativeActual = 0;
  const quarters = input.quarterActuals.map((actual, i) => {
    cumulativeActual += actual;
    const cumulativeExpected = expectedPerQuarter * (i + 1);
    return {
      quarter: i + 1,
      actual,
      expected: expectedPerQuarter,
      variance: actual - expectedPerQuarter,
      cumulativeActual,
      cumulativeExpected,
      cumulativeVariance: cumulativeActual - cumulativeExpected,
    };
  });
  const actual = cumulativeActual;
  return {
    baseline: input.baseline,
    ceiling: input.ceiling,
    threshold,
    expectedPerQuarter,
    quarters,
    actual,
    underThreshold: threshold - actual,
    reductionAchieved: input.baseline > 0 ? (input.baseline - actual) / input.baseline : null,
  };
}

/** Months a person had spent on the scheme by the cohort date, over all their spans. */
export function monthsOnSchemeAt(memberships: Ni30Person['memberships'], cohortDate: IsoDate): number {
  let months = 0;
  for (const m of memberships) {
    if (m.startDate >= cohortDate) continue;
    const until = m.endDate !== null && m.endDate < cohortDate ? m.endDate : cohortDate;
    months += monthsBetween(m.startDate, until);
  }
  return months;
}

export function computeNi30(input: Ni30Input): Ni30Figures {
  const sum = (f: (p: Ni30Person) => number) => input.people.reduce((n, p) => n + f(p), 0);
  const baselineQuarters = [0, 1, 2, 3].map((q) => sum((p) => p.baselineQuarters[q]!));
  const yearQuarters = [0, 1, 2, 3].map((q) => sum((p) => p.yearQuarters[q]!));
  const baseline = baselineQuarters.reduce((a, b) => a + b, 0);
  const a = ni30Arithmetic({ baseline, ceiling: input.ceiling, quarterActuals: yearQuarters });

  const quarters: Ni30Quarter[] = a.quarters.map((q, i) => ({
    ...q,
    quarter: (i + 1) as 1 | 2 | 3 | 4,
    start: input.year.quarters[i]!.start,
    end: input.year.quarters[i]!.end,
  }));

  // Rolling 12 months ending at each quarter: the baseline year's later
  // quarters plus the performance year's quarters so far, against a prediction
  // that glides in a straight line from the baseline to the threshold.
  const rolling: Ni30Rolling[] = quarters.map((q, i) => {
    const k = i + 1;
    const observed = baselineQuarters.slice(k).reduce((x, y) => x + y, 0) + yearQuarters.slice(0, k).reduce((x, y) => x + y, 0);
    return {
      quarter: q.quarter,
      start: addMonths(q.end, -12),
      end: q.end,
      observed,
      predicted: baseline - ((baseline - a.threshold) * k) / 4,
    };
  });

  const convictedCount = input.people.filter((p) => p.yearQuarters.some((n) => n > 0)).length;
  const cohortSize = input.people.length;
  const stretch = input.stretch ?? null;
  return {
    cohortSize,
    baseline,
    ceiling: input.ceiling,
    threshold: a.threshold,
    stretch,
    stretchThreshold: stretch === null ? null : ni30Threshold(baseline, stretch),
    averageMonthsOnScheme: cohortSize ? sum((p) => monthsOnSchemeAt(p.memberships, input.cohortDate)) / cohortSize : null,
    quarters,
    actual: a.actual,
    underThreshold: a.underThreshold,
    reductionAchieved: a.reductionAchieved,
    convictedCount,
    shareConvicted: cohortSize ? convictedCount / cohortSize : null,
    rolling,
  };
}
