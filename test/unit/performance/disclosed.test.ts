// The measures' figures as a board member may see them (SPEC 3.7): a withheld
// count withholds every figure it could be worked back from.
import { describe, expect, it } from 'vitest';
import { shownNi30, shownNi38, shownReoffending, shownText } from '../../../src/performance/disclosed.js';
import type { ReoffendingReport } from '../../../src/performance/reoffending-service.js';
import type { Ni38Report } from '../../../src/performance/ni38-service.js';
import type { Ni30Report } from '../../../src/performance/ni30-service.js';
import { concentration } from '../../../src/performance/concentration.js';

/** The tester's IOM 2026/27: 6 people, 5 of them reoffended, 14 reoffences. */
function reoffending(counts: number[], incomplete = 0): ReoffendingReport {
  const offences = counts.reduce((a, b) => a + b, 0);
  const reoffenders = counts.filter((n) => n > 0).length;
  return {
    cohortSize: counts.length,
    reoffenders,
    binaryRate: reoffenders / counts.length,
    offences,
    frequencyPerOffender: offences / counts.length,
    frequencyPerReoffender: reoffenders ? offences / reoffenders : null,
    concentration: concentration(counts),
    incompleteFollowUp: incomplete,
    provisional: incomplete > 0,
    method: [`Provisional: ${incomplete} people's follow-up and six-month wait end after 2026-12-06.`],
  } as unknown as ReoffendingReport;
}

describe('proven reoffending for a board member', () => {
  it('withholds the frequency per reoffender with the reoffenders (14 ÷ 2.80 would give 5 of 6)', () => {
    const s = shownReoffending(false, reoffending([0, 2, 2, 3, 3, 4]));
    expect(s.cohortSize).toEqual({ value: 6, withheld: null });
    expect(s.reoffenders.withheld).toBe('secondary');
    expect(s.binaryRate.withheld).toBe('secondary');
    expect(s.frequencyPerReoffender).toEqual({ value: null, withheld: 'secondary' });
    expect(s.frequencyPerOffender.value).toBeCloseTo(14 / 6);
    // Each tenth of 6 people is under one person: the curve and its figures are withheld.
    expect(s.concentration.withheld).toMatch(/each tenth of the cohort would hold fewer than 5 people/);
    expect(s.concentration.lorenz).toEqual([]);
    expect(s.concentration.topDecileShare).toBeNull();
    expect(s.concentration.gini).toBeNull();
  });

  it('shows them all to a reader who may see people', () => {
    const s = shownReoffending(true, reoffending([0, 2, 2, 3, 3, 4]));
    expect(s.frequencyPerReoffender.value).toBeCloseTo(2.8);
    expect(s.concentration.withheld).toBeNull();
    expect(s.concentration.lorenz).toHaveLength(11);
  });

  it('withholds the frequency per offender with a small cohort, and the count in the method notes', () => {
    const s = shownReoffending(false, reoffending([1, 2, 3], 3));
    expect(shownText(s.cohortSize)).toBe('fewer than 5');
    expect(s.frequencyPerOffender.withheld).toBe('secondary');
    expect(s.incompleteFollowUp.withheld).toBe('small');
    expect(s.method.join(' ')).not.toMatch(/\b3 people/);
  });

  it('shows the curve of a cohort of 50 or more whose reoffenders are not few', () => {
    const counts = Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 0 : (i % 5) + 1));
    const s = shownReoffending(false, reoffending(counts));
    expect(s.concentration.withheld).toBeNull();
    expect(s.concentration.lorenz).toHaveLength(11);
    expect(s.frequencyPerReoffender.withheld).toBeNull();
  });
});

describe('NI30 for a board member', () => {
  it('withholds the convicted count and the share when the rest are few, and a small cohort in the method', () => {
    const r = { cohortSize: 6, convictedCount: 5, shareConvicted: 5 / 6, method: ['Cohort: the 6 members of IOM on 2026-04-01.'] } as unknown as Ni30Report;
    const s = shownNi30(false, r);
    expect(s.convictedCount.withheld).toBe('secondary');
    expect(s.shareConvicted.withheld).toBe('secondary');
    const small = shownNi30(false, { ...r, cohortSize: 3, convictedCount: 0, method: ['Cohort: the 3 members of IOM on 2026-04-01.'] } as Ni30Report);
    expect(small.method).toEqual(['Cohort: the fewer than 5 members of IOM on 2026-04-01.']);
  });
});

describe('NI38 for a board member', () => {
  const r = {
    cohortSize: 6,
    actual: 42,
    predicted: 27.8,
    ratio: 1.51,
    difference: 14.2,
    contributorCount: 2,
    identifiedBy: { positiveTest: 6, requiredAssessment: 0 },
    byArea: [
      { areaCode: null, cohortSize: 5, actual: 30, predicted: 20, ratio: 1.5 },
      { areaCode: 'E06000001', cohortSize: 1, actual: 12, predicted: 7.8, ratio: 1.54 },
    ],
    method: [],
  } as unknown as Ni38Report;

  it('withholds an area of one and the other area beside it, with their offences, so the cohort (shown) gives nothing away', () => {
    const s = shownNi38(false, r);
    expect(s.cohortSize).toEqual({ value: 6, withheld: null });
    expect(s.byArea.map((a) => [shownText(a.cohortSize), shownText(a.actual), shownText(a.ratio)])).toEqual([
      ['withheld', 'withheld', 'withheld'],
      ['fewer than 5', 'withheld', 'withheld'],
    ]);
    expect(shownText(s.contributorCount)).toBe('fewer than 5');
    expect(s.actual.value).toBe(42);
  });

  it('withholds a split of the cohort by how people were identified the same way', () => {
    const s = shownNi38(false, { ...r, identifiedBy: { positiveTest: 4, requiredAssessment: 2 }, byArea: [] } as Ni38Report);
    expect([shownText(s.identifiedBy.positiveTest), shownText(s.identifiedBy.requiredAssessment)]).toEqual(['fewer than 5', 'fewer than 5']);
    // Two small cells adding to 6 are not worked back; the cohort stays shown.
    expect(s.cohortSize.withheld).toBeNull();
  });

  it('withholds the offences and prediction of a cohort of fewer than 5', () => {
    const s = shownNi38(false, { ...r, cohortSize: 3, identifiedBy: { positiveTest: 3, requiredAssessment: 0 }, byArea: [] } as Ni38Report);
    expect(shownText(s.cohortSize)).toBe('fewer than 5');
    expect([s.actual, s.predicted, s.ratio].map((x) => x.withheld)).toEqual(['secondary', 'secondary', 'secondary']);
  });
});
