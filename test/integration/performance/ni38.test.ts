// NI38 and OGRS3 from stored events: who is identified, which offences count,
// the model's prediction per person, contributors, and who may see names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { ni38 } from '../../../src/performance/ni38-service.js';
import { personOgrs3, cohortOgrs3 } from '../../../src/performance/ogrs3-service.js';
import { freezeCohortList } from '../../../src/performance/cohort-lists-service.js';
import { DEFAULT_NI38_MODEL } from '../../../src/performance/ni38.js';
import { ogrs3 } from '../../../src/performance/ogrs3.js';
import { ForbiddenError, NotFoundError } from '../../../src/errors.js';
import { recordConsent, withdrawConsent } from '../../../src/people/consent.js';
import { fixedClock, systemClock } from '../../../src/calendar/clock.js';
import { addMembership, addOutcomes, createScheme, loadOffenceCodes } from './helpers.js';

let t: TestDatabase;
let f: PartnershipFixture;
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$0000000000000000000000000000000000000000000';
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await testDatabase();
  await loadOffenceCodes(t.db);
  f = await createPartnership(t.db);
  const dip = await createScheme(t.db, f, 'DIP');
  const pid = f.partnershipId;
  for (const [ref, dob, sex] of [['P1', '1980-05-05', 'male'], ['P2', '1990-01-01', 'female'], ['P3', '1985-01-01', 'male'], ['P4', '1985-01-01', 'male'], ['P5', '1975-03-03', 'male']] as const) {
    ids[ref] = await createPerson(t.db, f, { ref, dob, sex });
  }
  await t.db
    .insertInto('drug_tests')
    .values([
      { partnership_id: pid, person_id: ids.P1!, test_date: '2009-01-10', opiates: true, cocaine: false },
      { partnership_id: pid, person_id: ids.P2!, test_date: '2009-03-20', opiates: false, cocaine: true },
      { partnership_id: pid, person_id: ids.P3!, test_date: '2009-02-01', opiates: false, cocaine: false },
      { partnership_id: pid, person_id: ids.P4!, test_date: '2008-12-31', opiates: true, cocaine: true },
      { partnership_id: pid, person_id: ids.P5!, test_date: '2009-03-31', opiates: true, cocaine: false },
    ])
    .execute();
  await t.db.insertInto('required_assessments').values({ partnership_id: pid, person_id: ids.P2!, assessment_date: '2009-02-15', drug_misuser: true, attended: true }).execute();
  await t.db
    .insertInto('addresses')
    .values([
      { partnership_id: pid, person_id: ids.P1!, from_date: '2005-01-01', area_code: 'E06000001' },
      { partnership_id: pid, person_id: ids.P2!, from_date: '2008-01-01', to_date: '2009-03-01', area_code: 'E06000001' },
      { partnership_id: pid, person_id: ids.P2!, from_date: '2009-03-01', area_code: 'E06000002' },
    ])
    .execute();
  await addMembership(t.db, f, dip, ids.P1!, '2008-06-01');
  await addMembership(t.db, f, dip, ids.P2!, '2009-03-01', '2009-06-01');
  await addOutcomes(t.db, f, [
    // P1's history before identification: three occasions, the latest with a robbery and a shoplifting.
    { personId: ids.P1!, offenceDate: '1999-12-01', outcomeDate: '2000-01-15', code: '04600' },
    { personId: ids.P1!, offenceDate: '2004-02-01', outcomeDate: '2004-03-01', outcome: 'caution', code: '05800' },
    { personId: ids.P1!, offenceDate: '2008-11-01', outcomeDate: '2008-12-01', code: '04600' },
    { personId: ids.P1!, offenceDate: '2008-11-02', outcomeDate: '2008-12-01', code: '03401' },
    // After identification: same day (not counted), three inside the year (the anniversary included), one caution, one after.
    { personId: ids.P1!, offenceDate: '2009-01-10', outcomeDate: '2009-02-10', code: '04600' },
    { personId: ids.P1!, offenceDate: '2009-02-01', outcomeDate: '2009-03-01', code: '04600' },
    { personId: ids.P1!, offenceDate: '2009-06-01', outcomeDate: '2009-09-01', code: '04600' },
    { personId: ids.P1!, offenceDate: '2010-01-10', outcomeDate: '2010-05-01', code: '04600' },
    { personId: ids.P1!, offenceDate: '2009-03-01', outcomeDate: '2009-03-02', outcome: 'caution', code: '04600' },
    { personId: ids.P1!, offenceDate: '2010-01-11', outcomeDate: '2010-02-01', code: '04600' },
    // P2: no history before; two offences after.
    { personId: ids.P2!, offenceDate: '2009-05-01', outcomeDate: '2009-06-01', code: '04600' },
    { personId: ids.P2!, offenceDate: '2009-05-02', outcomeDate: '2009-06-01', code: '00800' },
    // P3 and P4 are not in the cohort; their offences must not show.
    { personId: ids.P3!, offenceDate: '2009-05-01', outcomeDate: '2009-06-01' },
    { personId: ids.P4!, offenceDate: '2009-05-01', outcomeDate: '2009-06-01' },
    // P5: a history, no offending after.
    { personId: ids.P5!, offenceDate: '2007-01-01', outcomeDate: '2007-02-01', code: '08800' },
  ]);
});
afterAll(async () => t?.close());

describe('NI38 from stored events', () => {
  it('identifies the cohort, counts convictions in the 12 months after, and predicts with the default model', async () => {
    const r = await ni38(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31' }, systemClock);
    expect(r.cohortSize).toBe(3);
    const byRef = Object.fromEntries(r.people.map((p) => [p.personRef, p]));
    expect(Object.keys(byRef).sort()).toEqual(['P1', 'P2', 'P5']);
    expect(byRef.P1).toMatchObject({ identifiedOn: '2009-01-10', how: 'positive_test', actual: 3, areaCode: 'E06000001' });
    expect(byRef.P2).toMatchObject({ identifiedOn: '2009-02-15', how: 'required_assessment', actual: 2, areaCode: 'E06000001' });
    expect(byRef.P5).toMatchObject({ actual: 0, areaCode: null });
    expect(r.actual).toBe(5);

    // P1 as of identification: 3 occasions, first 2000-01-15, current 2008-12-01, principal offence
    // the lowest code on that day (no gravity table): 03401 robbery.
    const p1 = ogrs3({ sex: 'male', birthDate: '1980-05-05', convictionDate: '2008-12-01', firstSanctionDate: '2000-01-15', atRiskDate: '2009-01-10', previousSanctions: 2, offenceCategory: 'robbery' });
    expect(byRef.P1!.ogrs3OneYear).toBe(p1.oneYear);
    expect(byRef.P1!.predicted).toBe(DEFAULT_NI38_MODEL.predict({ identifiedOn: '2009-01-10', ogrs3OneYear: p1.oneYear, ogrs3TwoYear: p1.twoYear, ogrs3Band: p1.band, sanctionOccasions: 3 }));
    // P2 had no sanction before identification: scored as a first sanction, and it says so.
    expect(byRef.P2!.notes.join(' ')).toMatch(/no sanction before identification/);
    // P5's code has no category of its own: its 3-digit group's is used, and said.
    expect(byRef.P5!.notes.join(' ')).toMatch(/08800 has no OGRS3 category of its own; its group 088's \(sexual_not_child\) is used/);

    expect(r.predicted).toBeCloseTo(r.people.reduce((s, p) => s + p.predicted, 0), 12);
    expect(r.ratio).toBeCloseTo(5 / r.predicted, 12);
    expect(r.modelVersion).toBe('ni38-ogrs3-frequency-1');
    const excess = r.people.map((p) => p.actual - p.predicted).sort((a, b) => b - a);
    expect(r.contributors[0]!.excess).toBeCloseTo(excess[0]!, 12);
    expect(r.contributors.at(-1)!.cumulativeExcess).toBeGreaterThanOrEqual(r.difference - 1e-9);
    const stored = await t.db.selectFrom('performance_results').select(['model_version', 'measure']).where('id', '=', r.resultId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ model_version: 'ni38-ogrs3-frequency-1', measure: 'ni38' });
  });

  it('defaults to the January–March quarter of a year and filters by scheme', async () => {
    const r = await ni38(t.db, f.operator, { year: '2008/09', schemeCode: 'DIP' }, systemClock);
    expect([r.from, r.to]).toEqual(['2009-01-01', '2009-03-31']);
    expect(r.people.map((p) => p.personRef).sort()).toEqual(['P1', 'P2']);
  });

  it('gives board members the figures without names', async () => {
    const board = await createUser(t.db, f, { username: `board${Date.now()}`, role: 'board_member', passwordHash: HASH });
    const r = await ni38(t.db, board, { from: '2009-01-01', to: '2009-03-31' }, systemClock);
    expect(r.actual).toBe(5);
    expect(r.contributorCount).toBeGreaterThan(0);
    expect(r.contributors).toEqual([]);
    expect(r.people).toEqual([]);
    const practitioner = await createUser(t.db, f, { username: `prac${Date.now()}`, role: 'practitioner', passwordHash: HASH });
    await expect(ni38(t.db, practitioner, { from: '2009-01-01', to: '2009-03-31' }, systemClock)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('names its drug-tested people only to police and drug services, and an assessed person only to those who may see their health detail', async () => {
    const period = { from: '2009-01-01', to: '2009-03-31' };
    const housing = await createUser(t.db, f, { username: `hous${Date.now()}`, role: 'analyst', agency: 'housing', passwordHash: HASH });
    const probation = await createUser(t.db, f, { username: `prob${Date.now()}`, role: 'analyst', agency: 'probation', passwordHash: HASH });
    const police = await createUser(t.db, f, { username: `pol${Date.now()}`, role: 'analyst', agency: 'police', passwordHash: HASH });
    const drugs = await createUser(t.db, f, { username: `drug${Date.now()}`, role: 'analyst', agency: 'drug_service', passwordHash: HASH });
    for (const barred of [housing, probation]) {
      const r = await ni38(t.db, barred, period, systemClock);
      // The aggregates stay; the names go.
      expect(r.actual).toBe(5);
      expect(r.contributorCount).toBeGreaterThan(0);
      expect(r.contributors).toEqual([]);
      expect(r.people).toEqual([]);
      expect(r.namesWithheld).toMatch(/drug test results, which are shown to police and drug-service staff only/);
    }
    // Police see drug tests, not P2's required assessment (health detail).
    const p = await ni38(t.db, police, period, systemClock);
    expect(p.people.map((x) => x.personRef).sort()).toEqual(['P1', 'P5']);
    expect(p.contributors.map((c) => c.personRef)).not.toContain('P2');
    expect(p.namesWithheld).toMatch(/required assessment/);
    const logged = await t.db.selectFrom('audit_log').select('person_ids').where('user_id', '=', police.userId).where('what', 'like', 'NI38 people%').executeTakeFirstOrThrow();
    expect(logged.person_ids!.map(Number).sort()).toEqual([ids.P1!, ids.P5!].sort());
    // Drug services see everyone.
    expect((await ni38(t.db, drugs, period, systemClock)).people.map((x) => x.personRef).sort()).toEqual(['P1', 'P2', 'P5']);
    // With P2's consent to share with the police, the police see P2 too.
    await recordConsent({ db: t.db, clock: systemClock }, f.operator, { personId: ids.P2!, scope: 'police', givenDate: '2009-01-01' });
    expect((await ni38(t.db, police, period, systemClock)).people.map((x) => x.personRef).sort()).toEqual(['P1', 'P2', 'P5']);
    await withdrawConsent({ db: t.db, clock: systemClock }, f.operator, { personId: ids.P2!, date: '2009-06-01' });
    expect((await ni38(t.db, police, period, systemClock)).people.map((x) => x.personRef).sort()).toEqual(['P1', 'P5']);
  });

  it('leaves a restricted person out of the NI38 and OGRS3 names of anyone not named on them, keeping the figures', async () => {
    const period = { from: '2009-01-01', to: '2009-03-31' };
    const named = await createUser(t.db, f, { username: `named${Date.now()}`, role: 'analyst', agency: 'drug_service', passwordHash: HASH });
    const other = await createUser(t.db, f, { username: `other${Date.now()}`, role: 'analyst', agency: 'drug_service', passwordHash: HASH });
    await t.db.updateTable('people').set({ restricted: true }).where('id', '=', ids.P1!).execute();
    await t.db.insertInto('person_access').values({ person_id: ids.P1!, user_id: named.userId! }).execute();
    try {
      const seen = await ni38(t.db, named, period, systemClock);
      const hidden = await ni38(t.db, other, period, systemClock);
      expect(hidden.actual).toBe(seen.actual);
      expect(seen.people.map((x) => x.personRef)).toContain('P1');
      expect(seen.contributors.map((c) => c.personRef)).toContain('P1');
      expect(hidden.people.map((x) => x.personRef)).not.toContain('P1');
      expect(hidden.contributors.map((c) => c.personRef)).not.toContain('P1');
      const logged = await t.db.selectFrom('audit_log').select('person_ids').where('user_id', '=', other.userId).where('what', 'like', 'NI38 people%').executeTakeFirstOrThrow();
      expect(logged.person_ids!.map(Number)).not.toContain(ids.P1!);

      const cohortSeen = await cohortOgrs3(t.db, named, { schemeCode: 'DIP', asOf: '2009-03-15' });
      const cohortHidden = await cohortOgrs3(t.db, other, { schemeCode: 'DIP', asOf: '2009-03-15' });
      expect(cohortHidden.cohortSize).toBe(cohortSeen.cohortSize);
      expect(cohortSeen.people.map((x) => x.personRef)).toContain('P1');
      expect(cohortHidden.people.map((x) => x.personRef)).not.toContain('P1');
    } finally {
      await t.db.deleteFrom('person_access').where('person_id', '=', ids.P1!).execute();
      await t.db.updateTable('people').set({ restricted: false }).where('id', '=', ids.P1!).execute();
    }
  });

  it('rejects an unknown model version', async () => {
    await expect(ni38(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31', modelVersion: 'v0' }, systemClock)).rejects.toThrow(/no NI38 model "v0"/);
  });
});

describe('OGRS3 for a stored person', () => {
  it('scores as of any date from the stored history and logs the consultation', async () => {
    const r = await personOgrs3(t.db, f.operator, { personRef: 'P1', asOf: '2005-01-01' });
    expect(r.inputs).toEqual({ sex: 'male', birthDate: '1980-05-05', convictionDate: '2004-03-01', firstSanctionDate: '2000-01-15', atRiskDate: '2005-01-01', previousSanctions: 1, offenceCategory: 'criminal_damage' });
    expect(r.result).toEqual(ogrs3(r.inputs!));
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what']).where('person_id', '=', ids.P1!).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'consultation', what: 'OGRS3 as of 2005-01-01' });
  });

  it('uses the gravity table to choose the principal offence of the latest occasion', async () => {
    await t.db.insertInto('offence_gravity').values([{ partnership_id: f.partnershipId, group_code: '046', gravity: 9 }, { partnership_id: f.partnershipId, group_code: '034', gravity: 5 }]).execute();
    const r = await personOgrs3(t.db, f.operator, { personRef: 'P1', asOf: '2009-01-01' });
    expect(r.inputs!.offenceCategory).toBe('theft_non_motor');
    await t.db.deleteFrom('offence_gravity').where('partnership_id', '=', f.partnershipId).execute();
  });

  it('has no score for someone with no sanction yet', async () => {
    const r = await personOgrs3(t.db, f.operator, { personRef: 'P2', asOf: '2009-01-01' });
    expect(r.result).toBeNull();
  });

  it('scores a whole scheme in one go, names only for named roles', async () => {
    const r = await cohortOgrs3(t.db, f.operator, { schemeCode: 'DIP', asOf: '2009-03-15' });
    expect(r.cohortSize).toBe(2);
    expect(r.scored).toBe(1);
    expect(r.people.find((p) => p.personRef === 'P1')!.result).not.toBeNull();
    expect(r.cohort).toEqual({ source: 'membership', list: null });
  });

  it("scores a frozen cohort list's people as of any date, whoever is a member on that date", async () => {
    const list = await freezeCohortList(t.db, f.operator, { schemeCode: 'DIP', name: 'DIP on 15 March 2009', cohortDate: '2009-03-15' });
    expect(list.members).toBe(2);
    // On 2009-01-01 only P1 is a member; the list has P1 and P2.
    const live = await cohortOgrs3(t.db, f.operator, { schemeCode: 'DIP', asOf: '2009-01-01' });
    expect(live.people.map((p) => p.personRef)).toEqual(['P1']);
    const r = await cohortOgrs3(t.db, f.operator, { schemeCode: 'DIP', asOf: '2009-01-01', cohortListId: list.id });
    expect(r.cohort).toEqual({ source: 'frozen_list', list: { id: list.id, name: 'DIP on 15 March 2009', cohortDate: '2009-03-15' } });
    expect(r.people.map((p) => p.personRef).sort()).toEqual(['P1', 'P2']);
    expect([r.cohortSize, r.scored]).toEqual([2, 1]);
    const one = await personOgrs3(t.db, f.operator, { personRef: 'P1', asOf: '2009-01-01' });
    expect(r.people.find((p) => p.personRef === 'P1')!.result).toEqual(one.result);
    expect(r.method[0]).toMatch(/frozen list "DIP on 15 March 2009" of DIP \(cohort date 2009-03-15\), as of 2009-01-01/);
    const stored = await t.db.selectFrom('performance_results').select(['measure', 'inputs']).where('id', '=', r.resultId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ measure: 'ogrs3_cohort', inputs: { cohortListId: list.id } });
  });

  it("refuses another scheme's frozen list", async () => {
    await createScheme(t.db, f, 'PPO');
    const list = await freezeCohortList(t.db, f.operator, { schemeCode: 'DIP', name: 'DIP list for the PPO check', cohortDate: '2009-03-15' });
    await expect(cohortOgrs3(t.db, f.operator, { schemeCode: 'PPO', asOf: '2009-01-01', cohortListId: list.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('an NI38 period that has not ended', () => {
  it('says so with its figures, read on the partnership today (or the as-of date)', async () => {
    const future = await ni38(t.db, f.operator, { year: '2030/31' }, fixedClock('2026-12-06T12:00:00Z'));
    expect(future.cohortSize).toBe(0);
    expect(future.period).toMatchObject({ readOn: '2026-12-06', status: 'not_started', followUpEnds: '2032-03-31' });
    expect(future.period.note).toMatch(/No data yet/);
    const asOf = await ni38(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31', asOf: '2009-06-30' }, systemClock);
    expect(asOf.period.status).toBe('following_up');
  });
});
