// NI30 from stored people, memberships and outcomes: SPEC 3.6's worked figures
// (Stockton 2008/09 and Sunderland 2009/10), with the traps that a careless
// count would fall into.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { ni30 } from '../../../src/performance/ni30-service.js';
import { freezeCohortList } from '../../../src/performance/cohort-lists-service.js';
import { ForbiddenError, WaymarkError } from '../../../src/errors.js';
import { addMembership, addOutcomes, createScheme, spread, type OutcomeSpec } from './helpers.js';

let t: TestDatabase;
let f: PartnershipFixture;
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$0000000000000000000000000000000000000000000';

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  const ppo = await createScheme(t.db, f, 'PPO');
  const drr = await createScheme(t.db, f, 'DRR');
  const rows: OutcomeSpec[] = [];

  // The cohort: 40 members on 1 April 2008, half on the scheme 21 months, half 22.
  const cohort: number[] = [];
  for (let i = 0; i < 40; i++) {
    const id = await createPerson(t.db, f, { ref: `S${i}` });
    cohort.push(id);
    // Some leave during the year: they stay in the cohort.
    await addMembership(t.db, f, ppo, id, i < 20 ? '2006-07-01' : '2006-06-01', i % 7 === 0 ? '2008-09-15' : null);
  }
  // Baseline: 247 convictions for offences committed in 2007/08 (7 each for
  // the first 7 people, 6 for the rest); the first ten people each have one
  // convicted only in 2008/09, which still belongs to the baseline.
  cohort.forEach((id, i) => {
    const n = i < 7 ? 7 : 6;
    spread(n, '2007-04-01', 366).forEach((d, k) => rows.push({ personId: id, offenceDate: d, outcomeDate: i < 10 && k === n - 1 ? '2008-06-15' : d }));
  });
  // The year: 56, 49, 23 and 22 convictions by offence date, spread over 22 people;
  // some Q4 offences are convicted after the year ends and still count.
  const quarters: [string, number][] = [
    ['2008-04-01', 56],
    ['2008-07-01', 49],
    ['2008-10-01', 23],
    ['2009-01-01', 22],
  ];
  let r = 0;
  for (const [start, n] of quarters) {
    spread(n, start, 90).forEach((d, k) => {
      rows.push({ personId: cohort[r++ % 22]!, offenceDate: d, outcomeDate: start === '2009-01-01' && k < 5 ? '2009-07-01' : d });
    });
  }
  // Traps for the cohort: cautions in both years; offences just outside the two years.
  for (const id of cohort.slice(0, 30)) {
    rows.push({ personId: id, offenceDate: '2007-09-01', outcome: 'caution' });
    rows.push({ personId: id, offenceDate: '2008-09-01', outcome: 'caution' });
  }
  for (const id of cohort.slice(22, 30)) {
    rows.push({ personId: id, offenceDate: '2007-03-31' });
    rows.push({ personId: id, offenceDate: '2009-04-01' });
  }
  // Not in the cohort: joined after the cohort date; left before it; left on it
  // (half-open spans); on another scheme only.
  const joiner = await createPerson(t.db, f, { ref: 'JOIN' });
  await addMembership(t.db, f, ppo, joiner, '2008-05-01');
  const leaver = await createPerson(t.db, f, { ref: 'LEFT' });
  await addMembership(t.db, f, ppo, leaver, '2006-01-01', '2008-03-01');
  const leftOnDay = await createPerson(t.db, f, { ref: 'LEFTON' });
  await addMembership(t.db, f, ppo, leftOnDay, '2006-01-01', '2008-04-01');
  const drrOnly = await createPerson(t.db, f, { ref: 'DRRONLY' });
  await addMembership(t.db, f, drr, drrOnly, '2007-01-01');
  for (const id of [joiner, leaver, leftOnDay, drrOnly]) {
    for (const d of ['2007-06-01', '2007-12-01', '2008-06-01', '2008-12-01', '2009-02-01']) rows.push({ personId: id, offenceDate: d });
  }
  await addOutcomes(t.db, f, rows);

  // Another partnership with its own PPO scheme and a busy member.
  const other = await createPartnership(t.db);
  const otherPpo = await createScheme(t.db, other, 'PPO');
  const stranger = await createPerson(t.db, other, { ref: 'S0' });
  await addMembership(t.db, other, otherPpo, stranger, '2006-01-01');
  await addOutcomes(t.db, other, spread(30, '2007-04-01', 700).map((d) => ({ personId: stranger, offenceDate: d })));

  // Sunderland 2009/10: 153 convictions in 2008/09; 30 and 22 in the first two quarters.
  const sun = await createScheme(t.db, f, 'SUN');
  const sunRows: OutcomeSpec[] = [];
  for (let i = 0; i < 9; i++) {
    const id = await createPerson(t.db, f, { ref: `SUN${i}` });
    await addMembership(t.db, f, sun, id, '2008-01-01');
    spread(i < 9 - 1 ? 17 : 17, '2008-04-01', 365).forEach((d) => sunRows.push({ personId: id, offenceDate: d }));
    if (i < 6) spread(5, '2009-04-01', 90).forEach((d) => sunRows.push({ personId: id, offenceDate: d }));
    if (i < 2) spread(11, '2009-07-01', 90).forEach((d) => sunRows.push({ personId: id, offenceDate: d }));
  }
  await addOutcomes(t.db, f, sunRows);
});
afterAll(async () => t?.close());

describe('NI30 from stored events', () => {
  it('reproduces Stockton 2008/09', async () => {
    const r = await ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16 });
    expect(r.cohortSize).toBe(40);
    expect(r.baseline).toBe(247);
    expect(r.threshold).toBe(207);
    expect(r.quarters.map((q) => q.expected)).toEqual([51.75, 51.75, 51.75, 51.75]);
    expect(r.quarters.map((q) => q.actual)).toEqual([56, 49, 23, 22]);
    expect(r.quarters[0]!.variance).toBe(4.25);
    expect(r.quarters[1]!.variance).toBe(-2.75);
    expect(r.quarters.map((q) => q.cumulativeActual)).toEqual([56, 105, 128, 150]);
    expect(r.actual).toBe(150);
    expect(r.underThreshold).toBe(57);
    expect(Math.round(r.reductionAchieved! * 1000) / 10).toBe(39.3);
    expect(r.shareConvicted).toBe(22 / 40);
    expect(r.averageMonthsOnScheme).toBe(21.5);
    expect(r.cohort).toMatchObject({ source: 'membership', cohortDate: '2008-04-01' });
    expect(r.method.join(' ')).toMatch(/round\(247 × \(1 − 0.16\)\) = 207/);
  });

  it('stores the result with its method version', async () => {
    const r = await ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16 });
    const row = await t.db.selectFrom('performance_results').select(['measure', 'model_version', 'figures']).where('id', '=', r.resultId).executeTakeFirstOrThrow();
    expect(row.measure).toBe('ni30');
    expect(row.model_version).toBe('ni30-1');
    expect((row.figures as { threshold: number }).threshold).toBe(207);
  });

  it('counts only convictions recorded by an as-of date when asked', async () => {
    const r = await ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16, asOf: '2009-04-30' });
    expect(r.quarters[3]!.actual).toBe(17); // five Q4 offences convicted in July 2009 are not yet known
    expect(r.baseline).toBe(247);
  });

  it('reproduces Sunderland 2009/10: a 17% target gives 127; 52 in six months against 63.5', async () => {
    const r = await ni30(t.db, f.operator, { schemeCode: 'SUN', year: '2009/10', ceiling: 0.17 });
    expect(r.baseline).toBe(153);
    expect(r.threshold).toBe(127);
    expect(r.quarters[1]!.cumulativeActual).toBe(52);
    expect(r.quarters[1]!.cumulativeExpected).toBe(63.5);
  });

  it('uses a frozen cohort list, unchanged by later edits to memberships', async () => {
    const manager = await createUser(t.db, f, { username: `mgr${Date.now()}`, role: 'scheme_manager', passwordHash: HASH });
    const list = await freezeCohortList(t.db, manager, { schemeCode: 'PPO', name: 'NI30 2008/09', year: '2008/09' });
    expect(list).toMatchObject({ members: 40, cohortDate: '2008-04-01' });
    // A membership recorded in error is removed after the list was agreed.
    const s0 = await t.db.selectFrom('people').select('id').where('partnership_id', '=', f.partnershipId).where('person_ref', '=', 'S0').executeTakeFirstOrThrow();
    await t.db.deleteFrom('memberships').where('person_id', '=', s0.id).execute();
    const live = await ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16 });
    const frozen = await ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16, cohortListId: list.id });
    expect(live.cohortSize).toBe(39);
    expect(frozen.cohortSize).toBe(40);
    expect(frozen.baseline).toBe(247);
    expect(frozen.actual).toBe(150);
    expect(frozen.cohort.source).toBe('frozen_list');
  });

  it('denies practitioners and lets board members see the aggregate', async () => {
    const practitioner = await createUser(t.db, f, { username: `pr${Date.now()}`, role: 'practitioner', passwordHash: HASH });
    await expect(ni30(t.db, practitioner, { schemeCode: 'PPO', year: '2008/09', ceiling: 0.16 })).rejects.toBeInstanceOf(ForbiddenError);
    const board = await createUser(t.db, f, { username: `bd${Date.now()}`, role: 'board_member', passwordHash: HASH });
    const r = await ni30(t.db, board, { schemeCode: 'SUN', year: '2009/10', ceiling: 0.17 });
    expect(r.threshold).toBe(127);
  });

  it('rejects bad input with the field named', async () => {
    await expect(ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008-09', ceiling: 0.16 })).rejects.toThrow(/YYYY\/YY/);
    await expect(ni30(t.db, f.operator, { schemeCode: 'PPO', year: '2008/09', ceiling: 16 })).rejects.toThrow(/ceiling: 16/);
    await expect(ni30(t.db, f.operator, { schemeCode: 'NOPE', year: '2008/09', ceiling: 0.16 })).rejects.toBeInstanceOf(WaymarkError);
  });
});
