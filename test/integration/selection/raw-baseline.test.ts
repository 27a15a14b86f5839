// The selection run's benchmark (bench/selection-run.ts) measures the run
// against "the raw SQL of the same scoring" (bench/selection.ts). That SQL
// restates src/selection/criteria.ts, so it must keep giving the run's own
// scores: if a criterion changes and the SQL does not, this test says so, not
// a benchmark that quietly measures a cheaper query than the run's.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createDemoPartnership } from '../../../src/demo/service.js';
import { rawScoresDiffer, rawScoringSql, timedSelectionRun } from '../../../bench/selection.js';

let t: TestDatabase;
let partnershipId: number;

beforeAll(async () => {
  t = await testDatabase();
  ({ partnershipId } = await createDemoPartnership(t, { people: 1500, seed: 18, code: 'BASE', actorLabel: 'test' }));
});
afterAll(async () => t?.close());

describe("the selection benchmark's raw SQL", () => {
  it('gives every person of the pool the score the run gives them, and ranks as many', async () => {
    const run = await timedSelectionRun(t.db, partnershipId);
    expect(run.runId).not.toBeNull();
    expect(run.ranked).toBeGreaterThan(100);
    expect(await rawScoresDiffer(t.db, partnershipId, run.runId!)).toEqual({ differ: 0, scored: run.ranked });
    expect(await rawScoringSql(t.db, partnershipId)).toBe(run.ranked);

    // The check sees a difference: one stored score moved by a point.
    await sql`UPDATE selection_run_results SET score = score + 1
      WHERE run_id = ${run.runId} AND person_id = (SELECT min(person_id) FROM selection_run_results WHERE run_id = ${run.runId})`.execute(t.db);
    expect(await rawScoresDiffer(t.db, partnershipId, run.runId!)).toEqual({ differ: 1, scored: run.ranked });
  });
});
