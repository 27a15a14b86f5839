// The one offence reference: selection and performance grade offences by the
// same gravity table, so changing one entry changes both a selection score and
// the severity of proven reoffending; a run stores the version it used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';
import { runSelection, getRun } from '../../../src/selection/service.js';
import { reoffending } from '../../../src/performance/reoffending-service.js';
import { listGravity, setGravity } from '../../../src/offences/service.js';
import { loadOffenceGrading, seedOffenceReference } from '../../../src/offences/store.js';
import { DEFAULT_GRAVITY, NEIGHBOURHOOD_CRIME_GROUPS } from '../../../src/offences/defaults.js';
import { InvalidInputError } from '../../../src/errors.js';

let t: TestDatabase;
let f: PartnershipFixture;

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  // As the demo (and any new partnership) is given it.
  await t.db.transaction().execute((trx) => seedOffenceReference(trx, f.partnershipId));
  await createScheme(t.db, f, 'PPO', 5);
  // A community sentence for shoplifting (group 046) starts follow-up on 15
  // January 2009; a robbery (group 034) six weeks later is proven in April.
  await addPerson(t.db, f, { ref: 'R1', offences: [['2009-01-10', '2009-01-15', '04600'], ['2009-03-01', '2009-04-01', '03401']] });
});
afterAll(async () => t?.close());

const gravityMax = async () => {
  const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf: '2009-06-30' });
  const r1 = run.results.find((r) => r.personRef === 'R1')!;
  return { run, value: r1.criteria.find((c) => c.name === 'gravity_max')!.value, contribution: r1.criteria.find((c) => c.name === 'gravity_max')!.contribution };
};
const severity = async () => (await reoffending(t.db, f.operator, { from: '2009-01-01', to: '2009-03-31', asOf: '2012-01-01' })).severity;

describe('the offence reference', () => {
  it('starts as the matrix default, for selection and performance alike', async () => {
    expect(Object.fromEntries((await listGravity(t.db, f.operator)).map((r) => [r.groupCode, r.gravity]))).toEqual(DEFAULT_GRAVITY);
    const grading = await loadOffenceGrading(t.db, f.partnershipId);
    expect(grading.version).toBe(1);
    expect([...grading.neighbourhoodCrime].sort()).toEqual([...NEIGHBOURHOOD_CRIME_GROUPS].sort());
  });

  it('changes both a selection score and the severity figure when one gravity entry changes', async () => {
    const before = await gravityMax();
    expect(before).toMatchObject({ value: 7, contribution: 7 }); // robbery, 7 in the default table
    expect(before.run.offenceReferenceVersion).toBe(1);
    expect(await severity()).toMatchObject({ gradedOffences: 1, totalGravity: 7, maxGravity: 7 });

    await setGravity(t.db, f.operator, { groupCode: '034', gravity: 9 });

    const after = await gravityMax();
    expect(after).toMatchObject({ value: 9, contribution: 9 });
    expect(after.run.offenceReferenceVersion).toBe(2);
    expect(await severity()).toMatchObject({ gradedOffences: 1, totalGravity: 9, maxGravity: 9 });
    // The earlier run keeps its version and its scores.
    const reopened = await getRun(t.db, f.operator, { runId: before.run.runId! });
    expect(reopened.offenceReferenceVersion).toBe(1);
    expect(reopened.results.find((r) => r.personRef === 'R1')!.criteria.find((c) => c.name === 'gravity_max')!.value).toBe(7);
  });

  it('names what is wrong with a gravity entry, and leaves the version as it was', async () => {
    const version = (await loadOffenceGrading(t.db, f.partnershipId)).version;
    await expect(setGravity(t.db, f.operator, { groupCode: '28', gravity: 5 })).rejects.toMatchObject({ field: 'groupCode' });
    await expect(setGravity(t.db, f.operator, { groupCode: '034', gravity: -1 })).rejects.toBeInstanceOf(InvalidInputError);
    expect((await loadOffenceGrading(t.db, f.partnershipId)).version).toBe(version);
  });

  it('gives a partnership without a reference the default the first time selection reads it', async () => {
    const bare = await createPartnership(t.db);
    const grading = await loadOffenceGrading(t.db, bare.partnershipId);
    expect(grading.version).toBe(1);
    expect(Object.fromEntries(grading.gravity)).toEqual(DEFAULT_GRAVITY);
  });
});
