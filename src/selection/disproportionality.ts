// Disproportionality monitoring (SPEC 3.3): the selection rate of each group by
// ethnicity, sex and age band, against the pool, with the ratio of rates, so a
// partnership can see whether its matrix bears harder on one group.
import { wholeYears, type IsoDate } from '../calendar/dates.js';

export interface DisproportionalityRow {
  ethnicity: string | null;
  sex: string;
  dateOfBirth: IsoDate;
  selected: boolean;
}

export interface GroupRate {
  group: string;
  pool: number;
  selected: number;
  /** selected ÷ pool */
  rate: number;
  /** This group's rate ÷ the rate over everyone; null when the overall rate is 0. */
  ratioToOverall: number | null;
  /** This group's rate ÷ the reference group's rate; null when that rate is 0. */
  ratioToReference: number | null;
}

export interface DimensionRates {
  dimension: 'ethnicity' | 'sex' | 'age_band';
  /** The largest group in the pool, against which ratios are given. */
  reference: string | null;
  groups: GroupRate[];
}

export interface Disproportionality {
  asOf: IsoDate;
  pool: number;
  selected: number;
  overallRate: number;
  dimensions: DimensionRates[];
}

export const NOT_STATED = 'Not stated';
export const AGE_BANDS = ['10-17', '18-20', '21-24', '25-29', '30-39', '40-49', '50+'] as const;

export function ageBand(dateOfBirth: IsoDate, asOf: IsoDate): string {
  const age = wholeYears(dateOfBirth, asOf);
  if (age < 18) return '10-17';
  if (age <= 20) return '18-20';
  if (age <= 24) return '21-24';
  if (age <= 29) return '25-29';
  if (age <= 39) return '30-39';
  if (age <= 49) return '40-49';
  return '50+';
}

const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

export interface Counts {
  pool: number;
  selected: number;
}

function rates(dimension: DimensionRates['dimension'], counts: Map<string, Counts>, overall: number): DimensionRates {
  const ordered = [...counts.entries()].sort((a, b) => b[1].pool - a[1].pool || (a[0] < b[0] ? -1 : 1));
  const reference = ordered[0]?.[0] ?? null;
  const refRate = reference ? counts.get(reference)!.selected / counts.get(reference)!.pool : 0;
  return {
    dimension,
    reference,
    groups: ordered.map(([group, c]) => {
      const rate = c.selected / c.pool;
      return {
        group,
        pool: c.pool,
        selected: c.selected,
        rate: r6(rate),
        ratioToOverall: overall > 0 ? r6(rate / overall) : null,
        ratioToReference: refRate > 0 ? r6(rate / refRate) : null,
      };
    }),
  };
}

function count(counts: Map<string, Counts>, key: string, selected: boolean): void {
  let c = counts.get(key);
  if (!c) counts.set(key, (c = { pool: 0, selected: 0 }));
  c.pool++;
  if (selected) c.selected++;
}

/** Rates over everyone in the run (the pool) of those selected. */
export function disproportionality(rows: Iterable<DisproportionalityRow>, asOf: IsoDate): Disproportionality {
  // One pass over the rows, counting each dimension's groups.
  const byEthnicity = new Map<string, Counts>();
  const bySex = new Map<string, Counts>();
  const byAge = new Map<string, Counts>();
  for (const r of rows) {
    count(byEthnicity, r.ethnicity?.trim() || NOT_STATED, r.selected);
    count(bySex, r.sex, r.selected);
    count(byAge, ageBand(r.dateOfBirth, asOf), r.selected);
  }
  return fromCounts(asOf, { ethnicity: byEthnicity, sex: bySex, age_band: byAge });
}

/** Each dimension's counts by group, as disproportionality() counts them. */
export type DimensionCounts = Record<DimensionRates['dimension'], Map<string, Counts>>;

/** The table from each dimension's counts by group (every dimension counts everyone); a group of no one is left out. */
export function fromCounts(asOf: IsoDate, counts: DimensionCounts): Disproportionality {
  const present = (m: Map<string, Counts>) => new Map([...m].filter(([, c]) => c.pool > 0));
  const sex = present(counts.sex);
  let n = 0;
  let s = 0;
  for (const c of sex.values()) (n += c.pool), (s += c.selected);
  const overall = n > 0 ? s / n : 0;
  return {
    asOf,
    pool: n,
    selected: s,
    overallRate: r6(overall),
    dimensions: [rates('ethnicity', present(counts.ethnicity), overall), rates('sex', sex, overall), rates('age_band', present(counts.age_band), overall)],
  };
}

/** The counts by group of a table (the inverse of fromCounts). */
export function countsOf(d: Disproportionality): DimensionCounts {
  const of = (dimension: DimensionRates['dimension']) =>
    new Map((d.dimensions.find((x) => x.dimension === dimension)?.groups ?? []).map((g) => [g.group, { pool: g.pool, selected: g.selected }]));
  return { ethnicity: of('ethnicity'), sex: of('sex'), age_band: of('age_band') };
}
