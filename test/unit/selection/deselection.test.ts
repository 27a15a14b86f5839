import { describe, expect, it } from 'vitest';
import {
  continuousMembershipStart,
  deceasedOn,
  highRiskOfHarm,
  movedArea,
  regularReview,
  reselectionReview,
  reviewMember,
  significantCustody,
  stoppedOffending,
  twoYearsOnScheme,
  type ReviewContext,
} from '../../../src/selection/deselection.js';
import { DEFAULT_MATRIX } from '../../../src/selection/matrix.js';
import { DEFAULT_OFFENCE_REFERENCE } from '../../../src/offences/reference.js';
import { addDays } from '../../../src/calendar/dates.js';
import { conviction, history } from './history.js';

const asOf = '2010-06-30';
function ctx(p: Partial<ReviewContext> = {}): ReviewContext {
  return {
    asOf,
    schemeCode: 'PPO',
    schemeAreaCodes: new Set(['A1', 'A2']),
    config: DEFAULT_MATRIX,
    offences: DEFAULT_OFFENCE_REFERENCE,
    riskAssessments: [],
    mappaReferrals: [],
    lastReviewDate: null,
    ...p,
  };
}
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code);

describe('rule 1: stopped offending', () => {
  const arrestedDaysAgo = (days: number) => history({ arrests: [{ arrestDate: addDays(asOf, -days), offenceCode: null, outcome: null }] });

  it('is not met at 182 days without arrest or intelligence', () => {
    const r = stoppedOffending(arrestedDaysAgo(182), ctx(), '2009-01-01');
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toMatchObject({ code: 'recent_arrest_or_intelligence', days: 182, threshold: 183, date: addDays(asOf, -182) });
  });

  it('is met at 183 days, with the date and the count of days', () => {
    const r = stoppedOffending(arrestedDaysAgo(183), ctx(), '2009-01-01');
    expect(r.met).toBe(true);
    expect(r.reasons).toEqual([expect.objectContaining({ code: 'no_arrest_or_intelligence', days: 183, date: addDays(asOf, -183) })]);
  });

  it('counts from an intelligence report later than the last arrest', () => {
    const h = history({
      arrests: [{ arrestDate: '2009-06-01', offenceCode: null, outcome: null }],
      intelligence: [{ reportDate: addDays(asOf, -100), grading: null }],
    });
    const r = stoppedOffending(h, ctx(), '2009-01-01');
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toMatchObject({ days: 100 });
  });

  it('is a 12-month rule when configured so (earlier guidance)', () => {
    const config = { ...DEFAULT_MATRIX, rules: { ...DEFAULT_MATRIX.rules, stoppedOffendingDays: 365 } };
    expect(stoppedOffending(arrestedDaysAgo(300), ctx({ config }), '2009-01-01').met).toBe(false);
    expect(stoppedOffending(arrestedDaysAgo(365), ctx({ config }), '2009-01-01').met).toBe(true);
  });

  it('is suppressed by a positive drug test in the period, and says so', () => {
    const h = history({
      arrests: [{ arrestDate: addDays(asOf, -200), offenceCode: null, outcome: null }],
      drugTests: [{ testDate: addDays(asOf, -20), opiates: true, cocaine: false }],
    });
    const r = stoppedOffending(h, ctx(), '2009-01-01');
    expect(r.met).toBe(false);
    expect(codes(r)).toEqual(['no_arrest_or_intelligence', 'suppressed_other_signs', 'positive_drug_test']);
    expect(r.reasons[2]).toMatchObject({ date: addDays(asOf, -20) });
    expect(r.reasons[2]!.text).toContain('opiates');
  });

  it('is suppressed by an offence committed in the period without an arrest', () => {
    const h = history({
      arrests: [{ arrestDate: addDays(asOf, -200), offenceCode: null, outcome: null }],
      outcomes: [conviction(addDays(asOf, -50), addDays(asOf, -10))],
    });
    const r = stoppedOffending(h, ctx(), '2009-01-01');
    expect(r.met).toBe(false);
    expect(codes(r)).toContain('offence_in_period');
  });

  it('ignores a negative drug test and one before the quiet period', () => {
    const h = history({
      arrests: [{ arrestDate: addDays(asOf, -200), offenceCode: null, outcome: null }],
      drugTests: [
        { testDate: addDays(asOf, -20), opiates: false, cocaine: false },
        { testDate: addDays(asOf, -250), opiates: true, cocaine: true },
      ],
    });
    expect(stoppedOffending(h, ctx(), '2009-01-01').met).toBe(true);
  });

  it('is not raised while in custody, and counts from release afterwards', () => {
    const inside = history({ custody: [{ kind: 'sentenced', receptionDate: '2009-01-01', releaseDate: null, sentenceDays: 900, expectedReleaseDate: null }] });
    expect(codes(stoppedOffending(inside, ctx(), '2008-01-01'))).toEqual(['in_custody']);
    const released = history({
      arrests: [{ arrestDate: '2008-12-01', offenceCode: null, outcome: null }],
      custody: [{ kind: 'sentenced', receptionDate: '2009-01-01', releaseDate: addDays(asOf, -30), sentenceDays: 900, expectedReleaseDate: null }],
    });
    const r = stoppedOffending(released, ctx(), '2008-01-01');
    expect(r.met).toBe(false);
    expect(r.reasons[0]).toMatchObject({ days: 30, date: addDays(asOf, -30) });
  });

  it('counts from joining the scheme when nothing is on record', () => {
    const r = stoppedOffending(history(), ctx(), addDays(asOf, -183));
    expect(r.met).toBe(true);
    expect(r.reasons[0]!.text).toContain('joining the scheme');
  });
});

describe('rule 2: moved to another area', () => {
  it('is met when the current address is outside the scheme areas, with a transfer prompt', () => {
    const h = history({
      addresses: [
        { fromDate: '2005-01-01', toDate: '2010-03-01', areaCode: 'A1' },
        { fromDate: '2010-03-01', toDate: null, areaCode: 'E09000001' },
      ],
    });
    const r = movedArea(h, ctx());
    expect(r.met).toBe(true);
    expect(r.reasons[0]).toMatchObject({ code: 'address_outside_areas', value: 'E09000001', date: '2010-03-01' });
    expect(r.prompts.map((p) => p.code)).toEqual(['transfer_notice']);
  });

  it('is not met in the area, nor on a move after the as-of date', () => {
    const h = history({
      addresses: [
        { fromDate: '2005-01-01', toDate: '2010-07-01', areaCode: 'A2' },
        { fromDate: '2010-07-01', toDate: null, areaCode: 'E09000001' },
      ],
    });
    expect(movedArea(h, ctx()).met).toBe(false);
    expect(codes(movedArea(history({ addresses: [] }), ctx()))).toEqual(['no_current_address']);
  });
});

describe('rule 3: significant custody', () => {
  const inside = (expected: string | null, kind: 'sentenced' | 'remand' = 'sentenced') =>
    history({ custody: [{ kind, receptionDate: '2010-01-10', releaseDate: null, sentenceDays: kind === 'remand' ? null : 2400, expectedReleaseDate: expected }] });
  const assessed = (rosh: 'low' | 'medium' | 'high' | 'very_high', date = '2010-02-01') => ({ riskAssessments: [{ date, riskOfSeriousHarm: rosh }] });

  it('is not met at exactly two years to release, and met one day beyond with an assessment', () => {
    expect(significantCustody(inside(addDays(asOf, 730)), ctx(assessed('medium'))).met).toBe(false);
    const r = significantCustody(inside(addDays(asOf, 731)), ctx(assessed('medium')));
    expect(r.met).toBe(true);
    expect(r.reasons[0]).toMatchObject({ code: 'long_custody', days: 731, threshold: 730 });
    expect(r.prompts.map((p) => p.code)).toEqual(['consider_community_replacement', 'reselection_review']);
    expect(r.prompts[1]!.date).toBe(addDays(addDays(asOf, 731), -90));
  });

  it('needs a risk assessment recorded during this custody', () => {
    const none = significantCustody(inside('2014-01-01'), ctx());
    expect(none.met).toBe(false);
    expect(codes(none)).toEqual(['long_custody', 'risk_assessment_required']);
    expect(none.prompts.map((p) => p.code)).toEqual(['request_risk_assessment']);
    const before = significantCustody(inside('2014-01-01'), ctx(assessed('low', '2009-12-01')));
    expect(codes(before)).toContain('risk_assessment_required');
  });

  it('never de-selects a person whose risk of serious harm is high or very high', () => {
    for (const rosh of ['high', 'very_high'] as const) {
      const r = significantCustody(inside('2014-01-01'), ctx(assessed(rosh)));
      expect(r.met).toBe(false);
      expect(r.reasons[1]).toMatchObject({ code: 'high_risk_of_serious_harm', value: rosh });
    }
  });

  it('uses the latest assessment', () => {
    const r = significantCustody(inside('2014-01-01'), ctx({ riskAssessments: [{ date: '2010-02-01', riskOfSeriousHarm: 'high' }, { date: '2010-05-01', riskOfSeriousHarm: 'medium' }] }));
    expect(r.met).toBe(true);
  });

  it('estimates release at half the sentence when no date is recorded', () => {
    const h = history({ custody: [{ kind: 'sentenced', receptionDate: '2010-01-10', releaseDate: null, sentenceDays: 3000, expectedReleaseDate: null }] });
    const r = significantCustody(h, ctx(assessed('low')));
    expect(r.met).toBe(true);
    expect(r.reasons[0]).toMatchObject({ date: addDays('2010-01-10', 1500) });
    expect(r.reasons[0]!.text).toContain('estimated');
  });

  it('is not met on remand or in the community', () => {
    expect(codes(significantCustody(inside(null, 'remand'), ctx()))).toEqual(['on_remand']);
    expect(codes(significantCustody(history(), ctx()))).toEqual(['not_in_custody']);
  });

  it('falls due for re-selection review at 90 days before release, not 91', () => {
    const r = (days: number) => reselectionReview(inside(addDays(asOf, days)), ctx(), '2010-02-01');
    expect(r(89).met).toBe(true);
    expect(r(90).met).toBe(true);
    expect(r(90).reasons[1]).toMatchObject({ code: 'reselection_review_due', days: 90, threshold: 90 });
    expect(r(90).prompts[0]!.code).toBe('reselection_review');
    expect(r(91).met).toBe(false);
    expect(r(91).reasons[1]).toMatchObject({ code: 'reselection_review_not_due', days: 91 });
  });
});

describe('rule 4: regular review', () => {
  it('is due 91 days after the last review, not 90', () => {
    expect(regularReview(ctx({ lastReviewDate: addDays(asOf, -90) }), '2009-01-01').met).toBe(false);
    const r = regularReview(ctx({ lastReviewDate: addDays(asOf, -91) }), '2009-01-01');
    expect(r.met).toBe(true);
    expect(r.reasons[0]).toMatchObject({ code: 'review_due', days: 91, date: addDays(asOf, -91) });
  });

  it('counts from selection when never reviewed', () => {
    const r = regularReview(ctx(), addDays(asOf, -10));
    expect(r.met).toBe(false);
    expect(r.reasons[0]!.text).toContain('selection');
  });
});

describe('rule 5: two years on the scheme', () => {
  it('is met on the second anniversary exactly, and not the day before', () => {
    expect(twoYearsOnScheme(ctx(), '2008-07-01').met).toBe(false);
    const r = twoYearsOnScheme(ctx(), '2008-06-30');
    expect(r.met).toBe(true);
    expect(r.reasons[0]).toMatchObject({ code: 'years_on_scheme', date: '2010-06-30', days: 730 });
  });

  it('is not raised again once reviewed after the anniversary', () => {
    const r = twoYearsOnScheme(ctx({ lastReviewDate: '2010-05-01' }), '2008-01-01');
    expect(r.met).toBe(false);
    expect(codes(r)).toEqual(['reviewed_since_anniversary']);
  });

  it('counts tier moves as one unbroken stretch on the scheme', () => {
    const h = history({
      memberships: [
        { schemeCode: 'PPO', tierCode: 'high', startDate: '2008-06-30', endDate: '2009-09-01', endReason: 'other' },
        { schemeCode: 'PPO', tierCode: 'medium', startDate: '2009-09-01', endDate: null, endReason: null },
        { schemeCode: 'DRR', tierCode: null, startDate: '2007-01-01', endDate: null, endReason: null },
      ],
    });
    expect(continuousMembershipStart(h, 'PPO', asOf)).toBe('2008-06-30');
    const rules = reviewMember(h, ctx());
    expect(rules.map((r) => r.rule)).toEqual(['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm']);
    expect(rules.find((r) => r.rule === 'two_years_on_scheme')!.met).toBe(true);
  });

  it('restarts after a gap', () => {
    const h = history({
      memberships: [
        { schemeCode: 'PPO', tierCode: null, startDate: '2007-01-01', endDate: '2009-01-01', endReason: 'other' },
        { schemeCode: 'PPO', tierCode: null, startDate: '2009-02-01', endDate: null, endReason: null },
      ],
    });
    expect(continuousMembershipStart(h, 'PPO', asOf)).toBe('2009-02-01');
    expect(reviewMember(history({ memberships: [] }), ctx())).toEqual([]);
  });
});

describe('rule 6: high risk of harm', () => {
  it('is met by a violent offence at the configured gravity since joining, and prompts a MAPPA referral', () => {
    const h = history({ outcomes: [conviction('2010-02-01', '2010-04-01', '10300'), conviction('2010-03-01', '2010-04-01', '04600')] });
    const r = highRiskOfHarm(h, ctx(), '2009-01-01');
    expect(r.met).toBe(true);
    expect(r.reasons).toEqual([expect.objectContaining({ code: 'harmful_offence', value: '10300', date: '2010-02-01', threshold: 6 })]);
    expect(r.prompts.map((p) => p.code)).toEqual(['mappa_referral']);
  });

  it('is not met below the gravity, before joining, or for an outcome after the as-of date', () => {
    expect(highRiskOfHarm(history({ outcomes: [conviction('2010-02-01', '2010-04-01', '10500')] }), ctx(), '2009-01-01').met).toBe(false);
    expect(highRiskOfHarm(history({ outcomes: [conviction('2008-02-01', '2008-04-01', '10300')] }), ctx(), '2009-01-01').met).toBe(false);
    expect(highRiskOfHarm(history({ outcomes: [conviction('2010-06-01', '2010-07-01', '10300')] }), ctx(), '2009-01-01').met).toBe(false);
  });

  it('uses the offence tables when loaded', () => {
    const gravity = new Map([...DEFAULT_OFFENCE_REFERENCE.gravity, ['046', 6]]);
    const offences = { ...DEFAULT_OFFENCE_REFERENCE, gravity, codes: new Map([['04600', { ogrs3Category: 'theft_non_motor', violent: true, sexual: false }]]), groups: new Map() };
    const r = highRiskOfHarm(history({ outcomes: [conviction('2010-02-01', '2010-04-01', '04600')] }), ctx({ offences }), '2009-01-01');
    expect(r.met).toBe(true);
  });

  it('shows a recorded MAPPA referral instead of prompting one', () => {
    const h = history({ outcomes: [conviction('2010-02-01', '2010-04-01', '01900')] });
    const r = highRiskOfHarm(h, ctx({ mappaReferrals: [{ date: '2010-04-10', outcome: 'level 2' }] }), '2009-01-01');
    expect(r.met).toBe(true);
    expect(r.prompts).toEqual([]);
    expect(r.reasons[1]).toMatchObject({ code: 'mappa_referral_recorded', date: '2010-04-10', value: 'level 2' });
  });
});

describe('deceased', () => {
  it('leaves automatically on or after the date of death', () => {
    expect(deceasedOn(history({ dateOfDeath: asOf }), asOf)).toBe(asOf);
    expect(deceasedOn(history({ dateOfDeath: '2010-07-01' }), asOf)).toBeNull();
  });
});
