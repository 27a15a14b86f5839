// DRR figures (SPEC 3.5, issue 15), pure: starts, completions and early
// terminations of Drug Rehabilitation Requirement supervision periods in a
// performance year (April–March), by quarter, against the year's target.
import type { IsoDate } from '../calendar/dates.js';
import { quarterOf, type PerformanceYear } from '../calendar/performance-year.js';
import type { SupervisionEndKind } from '../glossary.js';
import { isShareWithheld, suppressRow } from '../disclosure.js';

export interface DrrPeriod {
  start: IsoDate;
  end: IsoDate | null;
  endKind: SupervisionEndKind | null;
}

export interface DrrTarget {
  starts: number;
  completions: number | null;
  version: number;
}

/** Counts are null when withheld from a viewer who may not see people (1 to 4: SPEC 3.7). */
export interface DrrCounts {
  starts: number | null;
  completions: number | null;
  earlyTerminations: number | null;
  /** Ended with end kind 'other', or with no end kind recorded. */
  otherEnds: number | null;
}

export interface DrrQuarter extends DrrCounts {
  quarter: 1 | 2 | 3 | 4;
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export interface DrrFigures {
  year: string;
  start: IsoDate;
  /** The first day after the year. */
  end: IsoDate;
  quarters: DrrQuarter[];
  total: DrrCounts;
  target: DrrTarget | null;
  /** Starts as a share of the target of starts (0.5 = half), or null without a target. */
  startsAgainstTarget: number | null;
  completionsAgainstTarget: number | null;
  /** Completions as a share of all orders that ended in the year (completed, terminated early or otherwise). */
  completionRate: number | null;
  /** True when some count from 1 to 4 was withheld (the viewer may not see people). */
  suppressed: boolean;
  method: string;
}

export const DRR_METHOD =
  'A start is a DRR supervision period whose start date falls in the performance year (1 April to 31 March). ' +
  'A completion or an early termination is one whose end date falls in the year with that end kind (recorded on the supervision import, column end_kind); ' +
  'an order that ended with end kind "other" or none recorded is counted as ended otherwise. ' +
  'The completion rate is completions divided by all orders that ended in the year. ' +
  'Each is counted in the quarter of its date. The target is set for the year by a scheme manager or administrator. ' +
  'Records restricted from you are left out.';

type Raw = { starts: number; completions: number; earlyTerminations: number; otherEnds: number };

/** The year's figures from the DRR periods that start or end in it. `named`: the viewer may see people (else small counts are withheld). */
export function drrFigures(year: PerformanceYear, periods: readonly DrrPeriod[], target: DrrTarget | null, named: boolean): DrrFigures {
  const raw: Raw[] = year.quarters.map(() => ({ starts: 0, completions: 0, earlyTerminations: 0, otherEnds: 0 }));
  for (const p of periods) {
    const qs = quarterOf(year, p.start);
    if (qs !== null) raw[qs - 1]!.starts++;
    if (p.end === null) continue;
    const qe = quarterOf(year, p.end);
    if (qe === null) continue;
    if (p.endKind === 'completed') raw[qe - 1]!.completions++;
    else if (p.endKind === 'early_termination') raw[qe - 1]!.earlyTerminations++;
    else raw[qe - 1]!.otherEnds++;
  }
  const sum: Raw = { starts: 0, completions: 0, earlyTerminations: 0, otherEnds: 0 };
  for (const r of raw) for (const k of Object.keys(sum) as (keyof Raw)[]) sum[k] += r[k];
  const flag = { suppressed: false };
  const ended = sum.completions + sum.earlyTerminations + sum.otherEnds;
  const rateWithheld = isShareWithheld(named, sum.completions, ended);
  if (rateWithheld && ended > 0) flag.suppressed = true;
  // Each measure's quarters and year total, with secondary suppression, so
  // that a withheld quarter cannot be worked back from the year's total.
  const measures = Object.keys(sum) as (keyof Raw)[];
  const shown = new Map(measures.map((k) => [k, suppressRow(named, raw.map((r) => r[k]), sum[k])]));
  for (const k of measures) {
    const row = shown.get(k)!;
    if (row.total === null && sum[k] > 0) flag.suppressed = true;
    row.cells.forEach((c, i) => {
      if (c === null && raw[i]![k] > 0) flag.suppressed = true;
    });
  }
  const cell = (i: number): DrrCounts => ({
    starts: shown.get('starts')!.cells[i]!,
    completions: shown.get('completions')!.cells[i]!,
    earlyTerminations: shown.get('earlyTerminations')!.cells[i]!,
    otherEnds: shown.get('otherEnds')!.cells[i]!,
  });
  const quarters = year.quarters.map((q, i) => ({ quarter: q.quarter, label: q.label, start: q.start, end: q.end, ...cell(i) }));
  const total: DrrCounts = { starts: shown.get('starts')!.total, completions: shown.get('completions')!.total, earlyTerminations: shown.get('earlyTerminations')!.total, otherEnds: shown.get('otherEnds')!.total };
  return {
    year: year.label,
    start: year.start,
    end: year.end,
    quarters,
    total,
    target,
    startsAgainstTarget: target && target.starts > 0 && total.starts !== null ? sum.starts / target.starts : null,
    completionsAgainstTarget: target && target.completions && total.completions !== null ? sum.completions / target.completions : null,
    completionRate: ended > 0 && !rateWithheld ? sum.completions / ended : null,
    suppressed: flag.suppressed,
    method: DRR_METHOD,
  };
}
