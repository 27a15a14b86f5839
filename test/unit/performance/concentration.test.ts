import { describe, expect, it } from 'vitest';
import { concentration, lorenzCurve } from '../../../src/performance/concentration.js';

describe('concentration', () => {
  it('finds the share of the most prolific tenth', () => {
    // 10 people: one committed 45 of 100 offences.
    const c = concentration([45, 7, 6, 6, 6, 6, 6, 6, 6, 6]);
    expect(c.topDecileShare).toBeCloseTo(0.45, 12);
    expect(c.offences).toBe(100);
  });

  it('interpolates when a tenth is not a whole person', () => {
    // 5 people; the top 10% is half of the most prolific person.
    const c = concentration([10, 0, 0, 0, 0]);
    expect(c.topDecileShare).toBeCloseTo(0.5, 12);
  });

  it('gives Gini 0 for equal offending and a diagonal curve', () => {
    const c = concentration([3, 3, 3, 3]);
    expect(c.gini).toBeCloseTo(0, 12);
    expect(c.lorenz.map((p) => p.offences)).toEqual(c.lorenz.map((p) => p.people).map((x) => expect.closeTo(x, 12)));
  });

  it('orders the curve least prolific first and ends at (1, 1)', () => {
    const pts = lorenzCurve([5, 0, 1]);
    expect(pts.map((p) => p.offences)).toEqual([0, 0, 1 / 6, 1]);
    expect(pts.at(-1)).toEqual({ people: 1, offences: 1 });
  });

  it('has no share when there are no offences', () => {
    expect(concentration([0, 0]).topDecileShare).toBeNull();
    expect(concentration([]).topDecileShare).toBeNull();
  });
});
