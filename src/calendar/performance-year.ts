// The performance year (SPEC 2): April to March, written 2008/09, with its
// quarters Q1 (April–June) to Q4 (January–March), each a half-open span. Pure.
import { addMonths, parseIsoDate, type IsoDate } from './dates.js';
import type { EndedSpan } from './spans.js';

export interface Quarter extends EndedSpan {
  quarter: 1 | 2 | 3 | 4;
  label: string;
}

export interface PerformanceYear extends EndedSpan {
  /** '2008/09' */
  label: string;
  startYear: number;
  quarters: [Quarter, Quarter, Quarter, Quarter];
}

const YEAR = /^(\d{4})\/(\d{2})$/;

/** Parses '2008/09' (the second part must be the next year); throws RangeError with the reason. */
export function performanceYear(label: string): PerformanceYear {
  const m = YEAR.exec(label.trim());
  if (!m) throw new RangeError(`performance year "${label}" is not in the form YYYY/YY, e.g. 2008/09`);
  const startYear = Number(m[1]);
  if ((startYear + 1) % 100 !== Number(m[2])) {
    throw new RangeError(`performance year "${label}" must run April to March of consecutive years, e.g. ${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`);
  }
  return performanceYearStarting(startYear);
}

export function performanceYearStarting(startYear: number): PerformanceYear {
  const start = `${String(startYear).padStart(4, '0')}-04-01`;
  const label = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  const quarters = ([1, 2, 3, 4] as const).map((q) => ({
    quarter: q,
    label: `Q${q} ${label}`,
    start: addMonths(start, (q - 1) * 3),
    end: addMonths(start, q * 3),
  })) as PerformanceYear['quarters'];
  return { label, startYear, start, end: addMonths(start, 12), quarters };
}

/** The performance year that contains a date. */
export function performanceYearOf(d: IsoDate): PerformanceYear {
  const [y, m] = parseIsoDate(d);
  return performanceYearStarting(m >= 4 ? y : y - 1);
}

export function previousPerformanceYear(y: PerformanceYear): PerformanceYear {
  return performanceYearStarting(y.startYear - 1);
}

/** Which quarter (1–4) of the year a date falls in, or null when outside the year. */
export function quarterOf(y: PerformanceYear, d: IsoDate): 1 | 2 | 3 | 4 | null {
  for (const q of y.quarters) if (d >= q.start && d < q.end) return q.quarter;
  return null;
}
