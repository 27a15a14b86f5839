// Concentration of offending (SPEC 3.6; seed 002: "almost half of all offences
// were committed by the 10% most prolific"): the Lorenz curve of offences over
// people, and the share committed by the most prolific part of a cohort.

export interface LorenzPoint {
  /** Cumulative share of people, least prolific first (0..1). */
  people: number;
  /** Cumulative share of offences they committed (0..1). */
  offences: number;
}

/** The Lorenz curve: one point per person (plus the origin), least prolific first. */
export function lorenzCurve(counts: readonly number[]): LorenzPoint[] {
  const sorted = [...counts].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((s, c) => s + c, 0);
  const points: LorenzPoint[] = [{ people: 0, offences: 0 }];
  if (n === 0) return points;
  let cum = 0;
  sorted.forEach((c, i) => {
    cum += c;
    points.push({ people: (i + 1) / n, offences: total === 0 ? (i + 1) / n : cum / total });
  });
  return points;
}

/** The curve's height at a population share, interpolating linearly between people. */
export function lorenzAt(points: readonly LorenzPoint[], share: number): number {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (share <= b.people) {
      const t = b.people === a.people ? 1 : (share - a.people) / (b.people - a.people);
      return a.offences + t * (b.offences - a.offences);
    }
  }
  return 1;
}

export interface Concentration {
  people: number;
  offences: number;
  /** Share of offences committed by the most prolific 10% of people (people may be fractional, by interpolation). */
  topDecileShare: number | null;
  /** Gini coefficient of offences over people: 0 equal, towards 1 concentrated. */
  gini: number | null;
  /** Where the curve bends at each tenth of the cohort (11 points), for a chart. */
  lorenz: LorenzPoint[];
}

export function concentration(counts: readonly number[]): Concentration {
  const curve = lorenzCurve(counts);
  const offences = counts.reduce((s, c) => s + c, 0);
  const n = counts.length;
  if (n === 0 || offences === 0) {
    return { people: n, offences, topDecileShare: null, gini: null, lorenz: curve.length > 1 ? deciles(curve) : [] };
  }
  // Area under the curve by trapezia; Gini = 1 − 2 × area.
  let area = 0;
  for (let i = 1; i < curve.length; i++) area += ((curve[i]!.people - curve[i - 1]!.people) * (curve[i]!.offences + curve[i - 1]!.offences)) / 2;
  return { people: n, offences, topDecileShare: 1 - lorenzAt(curve, 0.9), gini: 1 - 2 * area, lorenz: deciles(curve) };
}

function deciles(curve: LorenzPoint[]): LorenzPoint[] {
  return Array.from({ length: 11 }, (_, i) => ({ people: i / 10, offences: lorenzAt(curve, i / 10) }));
}
