// Proven reoffending from stored events: index events, the 12-month window and
// the six months' wait, severity, costs (and editing them), concentration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { reoffending } from '../../../src/performance/reoffending-service.js';
import { listUnitCosts, setUnitCost } from '../../../src/performance/reference.js';
import { setGravity } from '../../../src/offences/service.js';
import { ForbiddenError } from '../../../src/errors.js';
import { addMembership, addOutcomes, createScheme } from './helpers.js';

let t: TestDatabase;
let f: PartnershipFixture;
let other: PartnershipFixture;
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$0000000000000000000000000000000000000000000';

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  other = await createPartnership(t.db);
  const iom = await createScheme(t.db, f, 'IOM');
  const r1 = await createPerson(t.db, f, { ref: 'R1' });
  const r2 = await createPerson(t.db, f, { ref: 'R2' });
  const r3 = await createPerson(t.db, f, { ref: 'R3' });
  const r4 = await createPerson(t.db, f, { ref: 'R4' });
  for (const p of [r1, r2, r3]) await addMembership(t.db, f, iom, p, '2008-01-01');
  // R1: released 1 February 2009: follow-up to 1 February 2010, proven by 1 August 2010.
  await t.db.insertInto('custody_periods').values({ partnership_id: f.partnershipId, person_id: r1, kind: 'sentenced', reception_date: '2008-06-01', release_date: '2009-02-01' }).execute();
  await addOutcomes(t.db, f, [
    { personId: r1, offenceDate: '2008-05-01', outcomeDate: '2008-06-01', code: '04600', disposal: 'custody' },
    { personId: r1, offenceDate: '2009-03-01', outcomeDate: '2009-04-01', code: '03401' },
    { personId: r1, offenceDate: '2009-05-01', outcomeDate: '2009-05-02', code: '02801', outcome: 'caution' },
    { personId: r1, offenceDate: '2009-12-01', outcomeDate: '2010-07-15', code: '03401' },
    { personId: r1, offenceDate: '2010-01-15', outcomeDate: '2010-09-01', code: '04600' }, // proven too late
    { personId: r1, offenceDate: '2010-03-01', outcomeDate: '2010-04-01', code: '04600' }, // after the window
    // R2: a caution starts follow-up; no reoffending.
    { personId: r2, offenceDate: '2009-01-14', outcomeDate: '2009-01-15', code: '04600', outcome: 'caution' },
    // R3: a custodial sentence in the period and no release: not in the cohort.
    { personId: r3, offenceDate: '2008-12-01', outcomeDate: '2009-01-20', code: '04600', disposal: 'custody' },
    { personId: r3, offenceDate: '2009-06-01', outcomeDate: '2009-07-01', code: '04600' },
    // R4: a community sentence; an offence the same day is the index offence's day, not counted.
    { personId: r4, offenceDate: '2009-03-10', outcomeDate: '2009-03-10', code: '04600' },
    { personId: r4, offenceDate: '2009-04-01', outcomeDate: '2009-05-01', code: '05800' },
  ]);
  // The other partnership's figures must not leak in, nor its unit cost edits.
  const x = await createPerson(t.db, other, { ref: 'R1' });
  await addOutcomes(t.db, other, [
    { personId: x, offenceDate: '2009-01-01', outcomeDate: '2009-01-02' },
    { personId: x, offenceDate: '2009-02-01', outcomeDate: '2009-03-02', code: '03401' },
  ]);
});
afterAll(async () => t?.close());

describe('proven reoffending', () => {
  it('counts proven offences in the window with six months to prove them', async () => {
    const r = await reoffending(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31', asOf: '2012-01-01' });
    expect(r.cohortSize).toBe(3); // R1, R2, R4
    expect(r.reoffenders).toBe(2);
    expect(r.binaryRate).toBeCloseTo(2 / 3, 12);
    expect(r.offences).toBe(4); // R1: robbery, burglary caution, robbery; R4: criminal damage
    expect(r.frequencyPerOffender).toBeCloseTo(4 / 3, 12);
    expect(r.frequencyPerReoffender).toBe(2);
    expect(r.provisional).toBe(false);
    const robbery = r.cost.byCategory.find((c) => c.category === 'robbery')!;
    expect(robbery).toMatchObject({ offences: 2, unitCost: 11320, cost: 22640 });
    expect(r.cost.byCategory.find((c) => c.category === 'domestic burglary')).toMatchObject({ offences: 1, unitCost: null, cost: null });
    expect(r.cost.total).toBe(22640 + 1350);
    expect(r.cost.uncostedOffences).toBe(1);
    expect(r.severity.ungradedOffences).toBe(4);
    expect(r.concentration.topDecileShare).toBeCloseTo(0.3 * 3 / 4, 12);
  });

  it('restricts to a scheme and marks figures provisional until the wait is over', async () => {
    const r = await reoffending(t.db, f.operator, { schemeCode: 'IOM', from: '2009-01-01', to: '2009-03-31', asOf: '2010-06-01' });
    expect(r.cohortSize).toBe(2); // R1 and R2
    expect(r.provisional).toBe(true);
    expect(r.incompleteFollowUp).toBe(2);
  });

  it('grades severity and costs with the tables the user edits, for this partnership only', async () => {
    const analyst = await createUser(t.db, f, { username: `an${Date.now()}`, role: 'analyst', passwordHash: HASH });
    await setGravity(t.db, analyst, { groupCode: '034', gravity: 8 });
    await setUnitCost(t.db, analyst, { category: 'domestic burglary', pounds: 5930, priceYear: '2015/16' });
    const r = await reoffending(t.db, analyst, { from: '2009-01-01', to: '2009-03-31', asOf: '2012-01-01' });
    expect(r.severity).toMatchObject({ gradedOffences: 2, ungradedOffences: 2, totalGravity: 16, maxGravity: 8 });
    expect(r.cost.total).toBe(22640 + 1350 + 5930);
    expect(r.cost.uncostedOffences).toBe(0);
    const theirs = await listUnitCosts(t.db, other.operator);
    expect(theirs.find((c) => c.category === 'domestic burglary')!.pounds).toBeNull();
    expect(theirs.find((c) => c.category === 'rape')!.pounds).toBe(39360);
    const practitioner = await createUser(t.db, f, { username: `p${Date.now()}`, role: 'practitioner', passwordHash: HASH });
    await expect(setUnitCost(t.db, practitioner, { category: 'rape', pounds: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setUnitCost(t.db, analyst, { category: 'new thing', pounds: 1 })).rejects.toThrow(/give the 3-digit offence groups/);
  });

  it('is seeded with the published unit costs and leaves the missing ones empty', async () => {
    const costs = await listUnitCosts(t.db, other.operator);
    expect(Object.fromEntries(costs.map((c) => [c.category, c.pounds]))).toEqual({
      rape: 39360,
      'violence with injury': 14050,
      robbery: 11320,
      'theft of a vehicle': 10290,
      arson: 8420,
      'other sexual offences': 6520,
      'criminal damage': 1350,
      'theft from a vehicle': 870,
      'domestic burglary': null,
      'violence without injury': null,
      'theft from the person': null,
      'other theft': null,
    });
  });
});
