import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX, MatrixInvalidError, completeMatrix, matrixProblems, storedMatrix } from '../../../src/selection/matrix.js';
import { scoreAll, scorePerson } from '../../../src/selection/score.js';
import { featuresFromHistory, inPool, releaseDue } from '../../../src/selection/features.js';
import { DEFAULT_OFFENCE_REFERENCE, type OffenceReference } from '../../../src/offences/reference.js';
import { addDays, addMonths } from '../../../src/calendar/dates.js';
import type { CriterionResult } from '../../../src/selection/criteria.js';
import { conviction, history } from './history.js';

const asOf = '2010-06-30';
const byName = (r: { criteria: CriterionResult[] }, name: string) => r.criteria.find((c) => c.name === name)!;

describe('dates', () => {
  it('clamps month arithmetic to the end of a shorter month, as PostgreSQL does', () => {
    expect(addMonths('2009-08-31', -6)).toBe('2009-02-28');
    expect(addMonths('2008-08-31', -6)).toBe('2008-02-29');
    expect(addMonths('2010-01-15', -24)).toBe('2008-01-15');
    expect(addDays('2010-03-27', 2)).toBe('2010-03-29');
  });
});

describe('features from a history', () => {
  it('counts events in windows that end on the as-of date and start after asOf − N months', () => {
    const h = history({
      outcomes: [
        conviction(addMonths(asOf, -6), '2010-06-01'), // on the boundary: outside 6 months
        conviction(addDays(addMonths(asOf, -6), 1), '2010-06-01'),
        conviction('2010-06-30', '2010-06-30'),
        conviction('2010-06-29', '2010-07-01'), // outcome not yet known on the as-of date
      ],
      arrests: [{ arrestDate: '2010-07-01', offenceCode: null, outcome: null }, { arrestDate: '2009-12-01', offenceCode: null, outcome: null }],
    });
    const f = featuresFromHistory(h, asOf, DEFAULT_MATRIX);
    expect(f.windows.map((w) => [w.months, w.offences, w.arrests])).toEqual([
      [6, 2, 0],
      [12, 3, 1],
      [24, 3, 1],
    ]);
    expect(f.lastOffenceDate).toBe('2010-06-30');
    expect(f.lastArrestDate).toBe('2009-12-01');
    expect(f.sanctions).toBe(2);
  });

  it('computes gravity and the neighbourhood share from the table, with the default for unknown groups', () => {
    const h = history({ outcomes: [conviction('2010-01-01', '2010-02-01', '02800'), conviction('2010-01-02', '2010-02-01', '99900'), conviction('2010-01-03', '2010-02-01', null)] });
    const f = featuresFromHistory(h, asOf, DEFAULT_MATRIX);
    expect(f.gravityMax).toBe(6);
    expect(f.gravityTotal).toBe(6 + 1 + 1);
    expect(f.neighbourhoodOffences).toBe(1);
    const r = scorePerson(f, DEFAULT_MATRIX);
    expect(byName(r, 'neighbourhood_crime')).toMatchObject({ value: 0.3333, weight: 5, contribution: 1.6667 });
  });
});

describe('criteria', () => {
  it('gives each criterion a value, weight and contribution, and the score is their sum', () => {
    const h = history({
      outcomes: [conviction('2010-06-10', '2010-06-20', '02800'), conviction('2009-01-10', '2009-02-20', '04600')],
      arrests: [{ arrestDate: '2010-06-10', offenceCode: '02800', outcome: 'charged' }],
      intelligence: Array.from({ length: 14 }, (_, i) => ({ reportDate: addDays('2010-06-01', i), grading: null })),
      drugTests: [{ testDate: '2010-06-10', opiates: true, cocaine: false }],
    });
    const f = featuresFromHistory(h, asOf, DEFAULT_MATRIX);
    const r = scorePerson(f, DEFAULT_MATRIX);
    expect(byName(r, 'recency')).toMatchObject({ value: 20, weight: 1, contribution: 10 });
    expect(byName(r, 'offences_6m')).toMatchObject({ value: 1, weight: 3, contribution: 3 });
    expect(byName(r, 'intelligence_6m')).toMatchObject({ value: 14, weight: 0.3, contribution: 3 }); // capped at 10
    expect(byName(r, 'intelligence_6m').reasons[0]!.text).toContain('capped at 10');
    expect(byName(r, 'gravity_max')).toMatchObject({ value: 6, contribution: 6 });
    expect(byName(r, 'gravity_total')).toMatchObject({ value: 9, contribution: 1.8 });
    expect(byName(r, 'drugs')).toMatchObject({ value: 1, contribution: 2 });
    expect(byName(r, 'release_due')).toMatchObject({ value: null, met: false, contribution: 0 });
    expect(byName(r, 'no_statutory_supervision')).toMatchObject({ value: true, met: true, contribution: 3 });
    const sum = r.criteria.reduce((s, c) => s + c.contribution, 0);
    expect(r.score).toBeCloseTo(sum, 6);
    expect(r.criteria.every((c) => c.reasons.length > 0)).toBe(true);
  });

  it('derives OGRS3 from the sanctions, with the category from the offence tables', () => {
    const offences: OffenceReference = { ...DEFAULT_OFFENCE_REFERENCE, codes: new Map(), groups: new Map([['028', { ogrs3Category: 'burglary_domestic', violent: false, sexual: false }]]) };
    // Published case T316 (../shared/reference/ogrs3/cases.json): a man born 1985-09-03,
    // four sanctions from 2004-08-18 to 2009-11-27, the latest a domestic burglary,
    // at risk from 2013-03-31. Its two-year probability is 0.3916739842363161.
    const h = history({
      dateOfBirth: '1985-09-03',
      outcomes: [
        conviction('2004-07-01', '2004-08-18', '04600'),
        conviction('2006-04-01', '2006-05-10', '04600'),
        conviction('2008-01-01', '2008-02-14', '04600'),
        conviction('2009-10-01', '2009-11-27', '02800'),
      ],
    });
    const f = featuresFromHistory(h, '2013-03-31', DEFAULT_MATRIX, offences);
    const c = byName(scorePerson(f, DEFAULT_MATRIX), 'ogrs3');
    expect(c.value).toBe(0.3917);
    expect(c.contribution).toBeCloseTo(10 * 0.3916739842363161, 4);
    expect(c.reasons.map((x) => x.code)).toEqual(['ogrs3']);
  });

  it('uses the release date as the at-risk date for someone in custody, and "other" when the category is unknown', () => {
    // Published case T188 (../shared/reference/ogrs3/cases.json): a woman born 1965-10-01,
    // one sanction on 2013-03-04 for an offence of category "other", at risk from
    // 2013-03-31 (here her expected release). Its two-year probability is 0.09811980105508725.
    const h = history({
      dateOfBirth: '1965-10-01',
      sex: 'female',
      outcomes: [conviction('2013-02-01', '2013-03-04', '99999')],
      custody: [{ kind: 'sentenced', receptionDate: '2013-03-04', releaseDate: null, sentenceDays: 50, expectedReleaseDate: '2013-03-31' }],
    });
    const f = featuresFromHistory(h, '2013-03-10', DEFAULT_MATRIX);
    const c = byName(scorePerson(f, DEFAULT_MATRIX), 'ogrs3');
    expect(c.value).toBe(0.0981);
    expect(c.reasons.map((x) => x.code)).toEqual(['ogrs3', 'offence_category_assumed']);
    // Her age is 47 on both dates, so the figure alone cannot tell them apart; the reason does.
    expect(c.reasons[0]!.text).toContain('at risk from 2013-03-31');
  });

  it('gives no OGRS3 value without a sanction, and says why', () => {
    const c = byName(scorePerson(featuresFromHistory(history(), asOf, DEFAULT_MATRIX), DEFAULT_MATRIX), 'ogrs3');
    expect(c).toMatchObject({ value: null, contribution: 0 });
    expect(c.reasons[0]!.code).toBe('no_sanction');
  });

  it('marks release due at 89 and 90 days, not at 91', () => {
    const f = (days: number) =>
      featuresFromHistory(
        history({ custody: [{ kind: 'sentenced', receptionDate: '2010-01-01', releaseDate: null, sentenceDays: 300, expectedReleaseDate: addDays(asOf, days) }] }),
        asOf,
        DEFAULT_MATRIX,
      );
    expect(releaseDue(f(89), DEFAULT_MATRIX)).toBe(true);
    expect(releaseDue(f(90), DEFAULT_MATRIX)).toBe(true);
    expect(releaseDue(f(91), DEFAULT_MATRIX)).toBe(false);
    expect(byName(scorePerson(f(90), DEFAULT_MATRIX), 'release_due')).toMatchObject({ value: 90, met: true, contribution: 5 });
    expect(byName(scorePerson(f(91), DEFAULT_MATRIX), 'release_due')).toMatchObject({ value: 91, met: false, contribution: 0 });
  });

  it('treats a long sentence or a recorded licence as statutory supervision', () => {
    const long = history({ custody: [{ kind: 'sentenced', receptionDate: '2010-01-01', releaseDate: null, sentenceDays: 400, expectedReleaseDate: '2010-08-01' }] });
    expect(byName(scorePerson(featuresFromHistory(long, asOf, DEFAULT_MATRIX), DEFAULT_MATRIX), 'no_statutory_supervision')).toMatchObject({ met: false });
    const licensed = history({
      custody: [{ kind: 'sentenced', receptionDate: '2010-01-01', releaseDate: null, sentenceDays: 200, expectedReleaseDate: '2010-08-01' }],
      supervision: [{ kind: 'licence', statutory: true, startDate: '2010-08-01', endDate: '2011-01-01' }],
    });
    const c = byName(scorePerson(featuresFromHistory(licensed, asOf, DEFAULT_MATRIX), DEFAULT_MATRIX), 'no_statutory_supervision');
    expect(c).toMatchObject({ met: false });
    expect(c.reasons[0]!.code).toBe('statutory_supervision');
  });
});

describe('the pool and ranking', () => {
  it('takes people in the areas above the threshold, plus imminent releases, and never the dead', () => {
    const areas = new Set(['A1']);
    const two = [conviction('2010-01-01', '2010-02-01'), conviction('2010-03-01', '2010-04-01')];
    expect(inPool(featuresFromHistory(history({ outcomes: two }), asOf, DEFAULT_MATRIX), areas, DEFAULT_MATRIX)).toBe(true);
    expect(inPool(featuresFromHistory(history({ outcomes: two.slice(1) }), asOf, DEFAULT_MATRIX), areas, DEFAULT_MATRIX)).toBe(false);
    expect(inPool(featuresFromHistory(history({ outcomes: two, dateOfDeath: '2010-05-01' }), asOf, DEFAULT_MATRIX), areas, DEFAULT_MATRIX)).toBe(false);
    expect(inPool(featuresFromHistory(history({ outcomes: two }), asOf, DEFAULT_MATRIX), new Set(['A2']), DEFAULT_MATRIX)).toBe(false);
    const releasing = history({ custody: [{ kind: 'sentenced', receptionDate: '2010-01-01', releaseDate: null, sentenceDays: 300, expectedReleaseDate: '2010-07-15' }] });
    expect(inPool(featuresFromHistory(releasing, asOf, DEFAULT_MATRIX), areas, DEFAULT_MATRIX)).toBe(true);
  });

  it('ranks by score, breaking ties by person reference', () => {
    const mk = (ref: string, n: number) =>
      featuresFromHistory(history({ personRef: ref, personId: n, outcomes: Array.from({ length: n }, (_, i) => conviction(addDays('2010-01-01', i), '2010-03-01')) }), asOf, DEFAULT_MATRIX);
    const ranked = scoreAll([mk('B', 1), mk('C', 3), mk('A', 1)], DEFAULT_MATRIX);
    expect(ranked.map((r) => [r.personRef, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    expect(ranked[1]!.score).toBe(ranked[2]!.score);
  });
});

describe('matrix configuration', () => {
  it('accepts the default and completes a partial edit from it', () => {
    expect(matrixProblems(DEFAULT_MATRIX)).toEqual([]);
    const m = completeMatrix({ drugs: { weight: 4 }, rules: { stoppedOffendingDays: 365 } });
    expect(m.drugs).toEqual({ weight: 4, cap: 5 });
    expect(m.rules.stoppedOffendingDays).toBe(365);
    expect(m.rules.regularReviewDays).toBe(91);
  });

  it('names every problem with its path', () => {
    try {
      completeMatrix({ gravity: { table: { '28': 5, '034': -1 } }, frequency: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatrixInvalidError);
      const paths = (e as MatrixInvalidError).problems.map((p) => p.path);
      // The gravity table is the offence reference's now (its own checks: test/integration/offences).
      expect(paths).toEqual(expect.arrayContaining(['frequency', 'gravity.table']));
    }
    expect(() => completeMatrix({ colour: 'blue' })).toThrow(/colour/);
  });

  it('has a comparison margin of 20% by default, and no swap setting: old versions with one still load', () => {
    expect(DEFAULT_MATRIX.proposals).toEqual({ shortSentenceDays: 365, comparisonMargin: 0.2 });
    expect(completeMatrix({ proposals: { comparisonMargin: 0.35 } }).proposals.comparisonMargin).toBe(0.35);
    expect(() => completeMatrix({ proposals: { comparisonMargin: -1 } })).toThrow(/proposals.comparisonMargin: must be between 0 and 10/);
    // A version saved before issue 15 reads, without the setting, with the default margin.
    const old = storedMatrix({ ...DEFAULT_MATRIX, proposals: { shortSentenceDays: 300, displaceLowerScoringMembers: true } });
    expect(old.proposals).toEqual({ shortSentenceDays: 300, comparisonMargin: 0.2 });
    // A new version may not carry it: it would do nothing.
    expect(() => completeMatrix({ proposals: { displaceLowerScoringMembers: false } })).toThrow(/displaceLowerScoringMembers: is no longer part of the matrix: a run never proposes a swap/);
  });
});
