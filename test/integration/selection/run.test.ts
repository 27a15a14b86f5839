// Selection runs against a real database, on whichever engine this run targets.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePlainRole } from '../../support/plain-role.js';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { addPerson, createScheme } from './support.js';
import { compareRuns, createMatrixVersion, getMatrix, getRun, listRuns, runSelection, skipRunKeyChecks, visibleDisproportionality } from '../../../src/selection/service.js';
import { extractFeatures, featureParts, inParts, poolFeatureTexts, type Part } from '../../../src/selection/extract.js';
import { loadOffenceReference } from '../../../src/offences/store.js';
import { parseFeatureText } from '../../../src/selection/feature-rows.js';
import { concurrentQueries } from '../../../src/db/database.js';
import { loadHistories } from '../../../src/selection/histories.js';
import { featuresFromHistory } from '../../../src/selection/features.js';
import { DEFAULT_MATRIX, completeMatrix } from '../../../src/selection/matrix.js';
import { scoreAll } from '../../../src/selection/score.js';
import { findScheme } from '../../../src/schemes/find.js';
import { panelAgenda } from '../../../src/panel/agenda.js';
import { ForbiddenError } from '../../../src/errors.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$0000000000000000000000000000000000000000000';
const asOf = '2010-06-30';
let t: TestDatabase;
// The partnership most tests read. A test that changes what others read (a new
// matrix version) builds a partnership of its own with `buildPartnership`.
let f: PartnershipFixture;
let ids: Record<string, number>;

beforeAll(async () => {
  t = await testDatabase();
  ({ f, ids } = await buildPartnership());
});
afterAll(async () => t?.close());

/** A partnership with the PPO scheme (capacity 3) and its eight people, A1 to G1. */
async function buildPartnership(): Promise<{ f: PartnershipFixture; ids: Record<string, number> }> {
  const f = await createPartnership(t.db);
  const scheme = await createScheme(t.db, f, 'PPO', 3);
  const ids: Record<string, number> = {};
  await t.db
    .insertInto('offence_groups')
    .values([
      { group_code: '028', description: 'Burglary in a dwelling', category: 'Burglary', ogrs3_category: 'burglary_domestic', neighbourhood_crime: true },
      { group_code: '046', description: 'Shoplifting', category: 'Theft', ogrs3_category: 'theft_non_motor' },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
  const people = [
    // Prolific burglar, member.
    { ref: 'A1', ethnicity: 'White British', offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-03-01', '2010-04-01', '02801'], ['2009-08-01', '2009-09-01', '04600']] as [string, string, string][], arrests: ['2010-05-01', '2010-03-01'], intelligence: ['2010-06-01'], memberSince: { schemeId: scheme.id, start: '2009-01-01', tierId: scheme.tiers.high } },
    // Quiet member: below threshold, still ranked.
    { ref: 'A2', ethnicity: 'White British', offences: [['2007-05-01', '2007-06-01', '04600']] as [string, string, string][], memberSince: { schemeId: scheme.id, start: '2008-01-01' } },
    // Active non-member shoplifter.
    { ref: 'B1', ethnicity: 'Black Caribbean', offences: [['2010-06-01', '2010-06-20', '04600'], ['2010-04-01', '2010-05-01', '04600'], ['2010-02-01', '2010-03-01', '04600']] as [string, string, string][], arrests: ['2010-06-01'], positiveTests: ['2010-06-01'] },
    // Short-sentence release in 60 days, no supervision: priority.
    { ref: 'C1', sex: 'female' as const, offences: [['2010-01-01', '2010-02-01', '04600']] as [string, string, string][], custody: { reception: '2010-02-01', sentenceDays: 300, expected: '2010-08-29' } },
    // Two offences but lives outside the areas.
    { ref: 'D1', area: 'E09000001', offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-04-01', '2010-05-01', '02800']] as [string, string, string][] },
    // Below threshold: one offence.
    { ref: 'E1', offences: [['2010-05-01', '2010-06-01', '04600']] as [string, string, string][] },
    // Two offences, moderate.
    { ref: 'F1', offences: [['2009-10-01', '2009-11-01', '04600'], ['2009-09-01', '2009-10-01', '04600']] as [string, string, string][], supervision: { start: '2009-11-01', statutory: true } },
    // Dead.
    { ref: 'G1', offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-04-01', '2010-05-01', '02800']] as [string, string, string][], dateOfDeath: '2010-06-15' },
  ];
  for (const p of people) ids[p.ref] = await addPerson(t.db, f, p);
  return { f, ids };
}

describe('runSelection', () => {
  it('ranks the pool and the members, proposes up to capacity with priority, and stores the run', async () => {
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    const refs = run.results.map((r) => r.personRef);
    expect(refs.sort()).toEqual(['A1', 'A2', 'B1', 'C1', 'F1']);
    expect(run.matrixVersion).toBe(1);
    expect(run.members).toBe(2);
    expect(run.poolSize).toBe(4); // A2 is a member below the threshold
    const by = Object.fromEntries(run.results.map((r) => [r.personRef, r]));
    expect(by.A2).toMatchObject({ member: true, inPool: false });
    expect(by.C1).toMatchObject({ priority: true, proposal: 'select' });
    expect(by.C1!.proposalReasons.map((r) => r.code)).toEqual(['free_place', 'priority_release']);
    // Capacity 3, two members: the one free place goes to the priority release, not the higher-ranked B1.
    expect(run.results.filter((r) => r.proposal === 'select').map((r) => r.personRef).sort()).toEqual(['C1']);
    expect(by.B1!.score).toBeGreaterThan(by.C1!.score!);
    // Full once C1 takes the free place: B1 scores far above A2, yet no swap is proposed;
    // A2 is shown the comparison with B1, the best candidate left without a place.
    expect(by.B1!.proposal).toBeNull();
    expect(by.A2!.proposal).toBeNull();
    expect(by.B1!.aboveLowestMember).toBe(true);
    expect(by.A2!.outscoredBy).toMatchObject({ personRef: 'B1', score: by.B1!.score });
    expect(by.A1!.outscoredBy).toBeNull();
    expect(run.comparisonMargin).toBe(0.2);
    expect(run.comparisons.map((c) => c.personRef)).toEqual(['A2']);
    expect(run.results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const r of run.results) expect(r.score).toBeCloseTo(r.criteria.reduce((s, c) => s + c.contribution!, 0), 3);
    expect(run.summary.balance).toMatchObject({ members: 2, inCustody: 0, inCommunity: 2 });
    const sex = run.summary.disproportionality.dimensions.find((d) => d.dimension === 'sex')!;
    expect(sex.groups.find((g) => g.group === 'female')).toMatchObject({ pool: 1, selected: 1, rate: 1 });

    const reopened = await getRun(t.db, f.operator, { runId: run.runId! });
    expect(reopened.results).toEqual(run.results);
    expect(reopened.summary).toEqual(run.summary);
    expect(reopened.comparisons).toEqual(run.comparisons);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what']).where('partnership_id', '=', f.partnershipId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['alteration', 'combination', 'consultation']));
  });

  it('tries a past date and compares two matrix versions side by side', async () => {
    // Its own partnership, where a first stored run saves the default as version 1.
    const { f } = await buildPartnership();
    await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    await createMatrixVersion(t.db, f.operator, { schemeCode: 'PPO', config: { drugs: { weight: 50 } }, note: 'drugs heavy' });
    expect((await getMatrix(t.db, f.operator, { schemeCode: 'PPO' })).version).toBe(2);
    const a = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf: '2010-06-30', matrixVersion: 1 });
    const b = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf: '2010-06-30', matrixVersion: 2 });
    const cmp = await compareRuns(t.db, f.operator, { runA: a.runId!, runB: b.runId! });
    expect(cmp.a.matrixVersion).toBe(1);
    expect(cmp.b.matrixVersion).toBe(2);
    const b1 = cmp.rows.find((r) => r.personRef === 'B1')!;
    expect(b1.b!.score! - b1.a!.score!).toBeCloseTo(48, 4); // one positive test × (50 − 2)
    const past = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf: '2008-06-30', store: false });
    expect(past.members).toBe(1);
    expect(past.results.map((r) => r.personRef)).toEqual(['A2']);
    expect((await listRuns(t.db, f.operator, { schemeCode: 'PPO' })).length).toBeGreaterThanOrEqual(3);
  });

  it('compares a member only with a candidate the viewer may see, and withholds comparisons with the scores', async () => {
    // Its own partnership: B1, the best candidate left out, is restricted.
    const { f, ids } = await buildPartnership();
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    await t.db.updateTable('people').set({ restricted: true }).where('id', '=', ids.B1!).execute();
    const manager = await createUser(t.db, f, { username: `cm${Date.now()}`, role: 'scheme_manager', agency: 'police', passwordHash: HASH });
    const seen = await getRun(t.db, manager, { runId: run.runId! });
    expect(seen.results.map((r) => r.personRef)).not.toContain('B1');
    expect(JSON.stringify(seen)).not.toContain('"B1"');
    for (const c of seen.comparisons) expect(c.outscoredBy.personRef).not.toBe('B1');
    // The operator, who sees everyone, still sees the comparison with B1.
    expect((await getRun(t.db, f.operator, { runId: run.runId! })).comparisons.map((c) => c.outscoredBy.personRef)).toEqual(['B1']);
    // A probation analyst may not see intelligence, which the matrix weighs: no scores, no comparisons.
    const analyst = await createUser(t.db, f, { username: `ca${Date.now()}`, role: 'analyst', agency: 'probation', passwordHash: HASH });
    const withheld = await getRun(t.db, analyst, { runId: run.runId! });
    expect(withheld.scoresWithheld).not.toBeNull();
    expect(withheld.comparisons).toEqual([]);
    expect(withheld.results.every((r) => r.outscoredBy === null)).toBe(true);
  });

  it('counts beside the rows only the people a viewer may see: pool, members, proposals, disproportionality, balance and ranks', async () => {
    // Its own partnership: A1 (a member) and B1 (the only Black Caribbean person, a candidate) are restricted.
    const { f, ids } = await buildPartnership();
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    await t.db.updateTable('people').set({ restricted: true }).where('id', 'in', [ids.A1!, ids.B1!]).execute();
    const manager = await createUser(t.db, f, { username: `cv${Date.now()}`, role: 'scheme_manager', agency: 'police', passwordHash: HASH });
    const all = await getRun(t.db, f.operator, { runId: run.runId! });
    const seen = await getRun(t.db, manager, { runId: run.runId! });
    const hidden = all.results.filter((r) => r.personRef === 'A1' || r.personRef === 'B1');
    expect(hidden.map((r) => r.inPool)).toEqual([true, true]);
    expect(seen.results.map((r) => r.personRef).sort()).toEqual(all.results.map((r) => r.personRef).filter((ref) => ref !== 'A1' && ref !== 'B1').sort());
    // Every count is the rows' own.
    expect(seen.poolSize).toBe(all.poolSize - 2);
    expect(seen.poolSize).toBe(seen.results.filter((r) => r.inPool).length);
    expect(seen.members).toBe(seen.results.filter((r) => r.member).length);
    const p = seen.summary.proposals;
    expect(p.members).toBe(seen.members);
    expect(p.selections).toBe(seen.results.filter((r) => r.proposal === 'select').length);
    expect(p.deselections).toBe(seen.results.filter((r) => r.proposal === 'deselect').length);
    expect(p.lowestMemberScore).toBe(Math.min(...seen.results.filter((r) => r.member).map((r) => r.score!)));
    const d = seen.summary.disproportionality;
    expect(d.pool).toBe(seen.results.length);
    expect(d.selected).toBe(seen.results.filter((r) => (r.member && r.proposal !== 'deselect') || r.proposal === 'select').length);
    for (const dim of d.dimensions) expect(dim.groups.reduce((n, g) => n + g.pool, 0)).toBe(seen.results.length);
    // B1 was the only one of their group: the group is not there at all, as if B1 were not.
    expect(all.summary.disproportionality.dimensions[0]!.groups.map((g) => g.group)).toContain('Black Caribbean');
    expect(d.dimensions[0]!.groups.map((g) => g.group)).not.toContain('Black Caribbean');
    expect(seen.summary.balance.members).toBe(seen.members);
    expect(seen.summary.balance.byArea.reduce((n, a) => n + a.members, 0)).toBe(seen.members);
    expect(seen.summary.balance.inCustody + seen.summary.balance.inCommunity).toBe(seen.members);
    // The ranks run 1, 2, 3 … with no gap where a hidden person was, and a reason quoting a rank quotes that one.
    expect(seen.results.map((r) => r.rank)).toEqual(seen.results.map((_, i) => i + 1));
    for (const r of seen.results.filter((r) => r.proposal === 'select')) expect(r.proposalReasons.find((x) => x.code === 'free_place')!.text).toContain(`ranked ${r.rank} `);
    // The partnership reports' table of the run (visibleDisproportionality) is the page's.
    const { config } = await t.db.selectFrom('selection_runs').innerJoin('matrix_versions', 'matrix_versions.id', 'selection_runs.matrix_version_id').select('matrix_versions.config').where('selection_runs.id', '=', run.runId!).executeTakeFirstOrThrow();
    expect(await visibleDisproportionality(t.db, manager, { id: run.runId!, asOf, matrixConfig: config }, all.summary.disproportionality)).toEqual(d);
    // A1, a hidden member, was there when the proposals were made: places left free, and members against places, are not shown.
    expect(p.freePlacesAfter).toBeNull();
    expect(JSON.stringify(seen.results)).not.toMatch(/has \d+ members for \d+ places/);
    // The panel's agenda shows the same ranks and reasons as the page.
    const agenda = await panelAgenda(t.db, manager, { schemeCode: 'PPO', meetingDate: asOf });
    const proposals = agenda.items.filter((i) => i.kind === 'proposal');
    expect(proposals.length).toBeGreaterThan(0);
    for (const i of proposals) {
      const shown = seen.results.find((r) => r.personRef === i.personRef)!;
      expect([i.personRef, i.rank, i.reasons]).toEqual([shown.personRef, shown.rank, shown.proposalReasons]);
    }
    // The list of runs says the same.
    const listed = (await listRuns(t.db, manager, { schemeCode: 'PPO' })).find((r) => r.runId === run.runId)!;
    expect([listed.poolSize, listed.members]).toEqual([seen.poolSize, seen.members]);
    // Someone named on both sees the run as it was made.
    await t.db.insertInto('person_access').values([{ person_id: ids.A1!, user_id: manager.userId! }, { person_id: ids.B1!, user_id: manager.userId! }]).execute();
    const named = await getRun(t.db, manager, { runId: run.runId! });
    expect([named.poolSize, named.members, named.summary]).toEqual([all.poolSize, all.members, all.summary]);
    expect(named.results.map((r) => [r.personRef, r.rank])).toEqual(all.results.map((r) => [r.personRef, r.rank]));
  });

  it('lets analysts run, never board members; hides intelligence from non-police roles', async () => {
    const analyst = await createUser(t.db, f, { username: `an${Date.now()}`, role: 'analyst', agency: 'probation', passwordHash: HASH });
    const board = await createUser(t.db, f, { username: `bd${Date.now()}`, role: 'board_member', agency: 'local_authority', passwordHash: HASH });
    const run = await runSelection(t.db, analyst, { schemeCode: 'PPO', asOf, store: false });
    const a1 = run.results.find((r) => r.personRef === 'A1')!;
    expect(a1.criteria.find((c) => c.name === 'intelligence_6m')).toMatchObject({ value: null });
    await expect(runSelection(t.db, board, { schemeCode: 'PPO', asOf })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createMatrixVersion(t.db, analyst, { schemeCode: 'PPO', config: {} })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the run’s scoring, in its own thread, with reasons deferred', () => {
  it('ranks, scores and explains exactly as scoring everyone at once does', async () => {
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf, store: false });
    const { config } = await getMatrix(t.db, f.operator, { schemeCode: 'PPO' });
    const members = run.results.filter((r) => r.member).map((r) => r.personId);
    const { areaCodes } = await findScheme(t.db, f.partnershipId, 'PPO');
    const offences = await loadOffenceReference(t.db, f.partnershipId);
    const features = await extractFeatures(t.db, { partnershipId: f.partnershipId, asOf, config, offences, areaCodes, include: members });
    const straight = scoreAll(features, config);
    expect(run.results.map((r) => [r.personRef, r.rank, r.score])).toEqual(straight.map((s) => [s.personRef, s.rank, s.score]));
    // Criteria (with reasons) are written on first reading, the same as the straightforward ones, and kept.
    expect(run.results.map((r) => r.criteria)).toEqual(straight.map((s) => s.criteria));
    expect(run.results[0]!.criteria).toBe(run.results[0]!.criteria);
    expect(JSON.parse(JSON.stringify(run.results[0]))).toMatchObject({ criteria: straight[0]!.criteria });
  });

  it('stores the same run when the caller does not want its results here (the web form)', async () => {
    const whole = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    const bare = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf, results: false });
    expect(bare.results).toEqual([]);
    expect(bare.summary).toEqual(whole.summary);
    expect(bare.poolSize).toBe(whole.poolSize);
    const reopened = await getRun(t.db, f.operator, { runId: bare.runId! });
    expect(reopened.results).toEqual(whole.results);
  });

  it('gives and stores the same run a few results at a time, across chunks and a last part-chunk', async () => {
    const whole = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    expect(whole.results.length).toBe(5);
    const progress: [number, number][] = [];
    const chunked = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf, chunk: 2, onProgress: (done, total) => progress.push([done, total]) });
    expect(chunked.results).toEqual(whole.results);
    expect((await getRun(t.db, f.operator, { runId: chunked.runId! })).results).toEqual(whole.results);
    expect(progress).toEqual([[2, 5], [4, 5], [5, 5]]);
  });
});

describe('features', () => {
  it('agree between the set-based query and the pure function over a history, for every person', async () => {
    const config = completeMatrix({ frequency: [{ months: 3, offenceWeight: 1, arrestWeight: 1, intelligenceWeight: 1 }, ...DEFAULT_MATRIX.frequency] });
    const all = Object.values(ids);
    const offences = await loadOffenceReference(t.db, f.partnershipId);
    const histories = await loadHistories(t.db, f.partnershipId, all);
    for (const date of ['2010-06-30', '2010-03-31', '2009-08-31', '2010-08-29']) {
      const fromSql = await extractFeatures(t.db, { partnershipId: f.partnershipId, asOf: date, config, offences, areaCodes: [], only: all });
      expect(fromSql.length).toBe(all.length);
      for (const s of fromSql) expect(s).toEqual(featuresFromHistory(histories.get(s.personId)!, date, config, offences));
    }
  });

  it('agree on the latest sanction’s offence when one outcome date holds several offences, and on histories older than the look-back', async () => {
    // A partnership of its own, so the runs above and below keep their people.
    const g = await createPartnership(t.db);
    const spec = (ref: string, offences: [string, string, string | null][], arrests: string[] = [], intelligence: string[] = []) =>
      addPerson(t.db, g, { ref, offences, arrests, intelligence });
    const people = {
      // The latest outcome date holds three offences: the latest offence date wins, then the greatest code.
      T1: await spec('T1', [['2010-03-01', '2010-05-01', '04600'], ['2010-04-01', '2010-05-01', '02800'], ['2010-04-01', '2010-05-01', '04601'], ['2010-04-01', '2010-05-01', null], ['2009-01-01', '2009-02-01', '02800']], ['2010-06-01', '2001-01-01'], ['2002-03-03']),
      // Same offence date: a code before none.
      T2: await spec('T2', [['2010-04-01', '2010-05-01', null], ['2010-04-01', '2010-05-01', '02800'], ['2010-02-01', '2010-03-01', '04600']]),
      // Only no code on the latest outcome date, though an earlier one has a code.
      T3: await spec('T3', [['2010-04-01', '2010-05-01', null], ['2008-04-01', '2008-05-01', '04600']]),
      // Nothing inside any window: sanctions and the last dates come from the old history alone.
      T4: await spec('T4', [['2004-04-01', '2004-05-01', '04600'], ['2003-01-01', '2004-05-01', '02800'], ['2002-01-01', '2002-02-01', '02801']], ['2004-06-01', '2003-01-01'], ['2004-07-01']),
      // Offences in the look-back whose outcomes come later than some as-of dates.
      T5: await spec('T5', [['2010-04-01', '2010-07-15', '02800'], ['2010-03-01', '2010-04-20', '04600'], ['2009-12-01', '2010-01-10', '02801']]),
    };
    const all = Object.values(people);
    const offences = await loadOffenceReference(t.db, g.partnershipId);
    const histories = await loadHistories(t.db, g.partnershipId, all);
    const config = DEFAULT_MATRIX;
    for (const date of ['2010-06-30', '2010-04-15', '2010-08-31', '2005-01-01']) {
      const fromSql = await extractFeatures(t.db, { partnershipId: g.partnershipId, asOf: date, config, offences, areaCodes: [], only: all });
      expect(fromSql.length).toBe(all.length);
      for (const s of fromSql) expect(s).toEqual(featuresFromHistory(histories.get(s.personId)!, date, config, offences));
    }
    const at = await extractFeatures(t.db, { partnershipId: g.partnershipId, asOf: '2010-06-30', config, offences, areaCodes: [], only: all });
    const byId = new Map(at.map((x) => [x.personId, x]));
    expect([people.T1, people.T2, people.T3].map((id) => byId.get(id)!.latestOffenceCode)).toEqual(['04601', '02800', null]);
    expect(byId.get(people.T4)).toMatchObject({ sanctions: 2, firstSanctionDate: '2002-02-01', latestSanctionDate: '2004-05-01', lastOffenceDate: '2004-04-01', lookbackOffences: 0 });
    expect(byId.get(people.T4)).toMatchObject({ lastArrestDate: '2004-06-01', lastIntelligenceDate: '2004-07-01' });
    expect(byId.get(people.T1)).toMatchObject({ lastArrestDate: '2010-06-01', lastIntelligenceDate: '2002-03-03' });
  });
});

describe('a pool extracted in parts', () => {
  const pool = async () => {
    const s = await findScheme(t.db, f.partnershipId, 'PPO');
    const { config } = await getMatrix(t.db, f.operator, { schemeCode: 'PPO' });
    const offences = await loadOffenceReference(t.db, f.partnershipId);
    return { partnershipId: f.partnershipId, asOf, config, offences, areaCodes: s.areaCodes, include: [ids.A1!, ids.A2!] };
  };
  const byPerson = (rows: { personId: number }[]) => [...rows].sort((a, b) => a.personId - b.personId);

  it('gives each person to exactly one part, and the parts together the whole pool', async () => {
    const o = await pool();
    const whole = await extractFeatures(t.db, o);
    expect(whole.length).toBeGreaterThan(3);
    // One part after the other, in transactions of their own (any engine).
    const parts = [];
    for (let index = 0; index < 3; index++) parts.push(await extractFeatures(t.db, { ...o, part: { index, of: 3 } }));
    for (const [index, part] of parts.entries()) for (const x of part) expect(x.personId % 3).toBe(index);
    expect(parts.filter((p) => p.length > 0).length).toBeGreaterThan(1);
    expect(byPerson(parts.flat())).toEqual(byPerson(whole));
  });

  it('runs the parts side by side where the database allows, with the same rows as the whole', async () => {
    const o = await pool();
    expect(featureParts(t.db)).toBe(testEngine === 'postgres' ? 2 : 1);
    const seen = await inParts(t.db, 2, async (_trx, part) => part);
    expect(seen).toEqual(testEngine === 'postgres' ? [{ index: 0, of: 2 }, { index: 1, of: 2 }] : [{ index: 0, of: 1 }]);
    const parts = (await poolFeatureTexts(t.db, o, 2)).flatMap((text) => parseFeatureText(text, o.config, o.asOf));
    expect(byPerson(parts)).toEqual(byPerson(await extractFeatures(t.db, o)));
    // A few rows at a time, as a force-scale run reads them: more texts, the same rows.
    const given: string[] = [];
    const batches = await poolFeatureTexts(t.db, o, 2, (text) => given.push(text), 2);
    expect(batches.length).toBeGreaterThan(2);
    expect(given.length).toBe(batches.length);
    expect(byPerson(batches.flatMap((text) => parseFeatureText(text, o.config, o.asOf)))).toEqual(byPerson(parts));
  });

  it.runIf(testEngine === 'postgres')('runs a part that gets no connection in the first part’s transaction, on its snapshot', async () => {
    const o = await pool();
    const whole = await extractFeatures(t.db, o);
    // Every connection of the pool but one is held by other work until the parts are done.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: Promise<void>[] = [];
    let holding = 0;
    for (let i = 0; i < concurrentQueries(t.db) - 1; i++) {
      held.push(t.db.transaction().execute(async (trx) => (await sql`SELECT 1`.execute(trx), holding++, released)));
    }
    while (holding < concurrentQueries(t.db) - 1) await new Promise((r) => setTimeout(r, 10));
    try {
      const seen: Part[] = [];
      const parts = await inParts(t.db, 2, async (trx, part) => (seen.push(part), extractFeatures(trx, { ...o, part })));
      expect(seen).toEqual([{ index: 0, of: 2 }, { index: 1, of: 2 }]);
      for (const [index, part] of parts.entries()) for (const x of part) expect(x.personId % 2).toBe(index);
      expect(byPerson(parts.flat())).toEqual(byPerson(whole));
    } finally {
      release();
      await Promise.all(held);
    }
  });

  it.runIf(testEngine === 'postgres')('reads one snapshot in every part, as one query would', async () => {
    const g = await createPartnership(t.db);
    await addPerson(t.db, g, { ref: 'S1' });
    const count = async (trx: Parameters<Parameters<typeof inParts>[2]>[0]) =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM people WHERE partnership_id = ${g.partnershipId}`.execute(trx)).rows[0]!.n;
    let added!: () => void;
    const addedOnce = new Promise<void>((resolve) => (added = resolve));
    const counts = await inParts(t.db, 2, async (trx, part) => {
      if (part.index === 0) {
        await count(trx); // the snapshot is taken here, before the second person exists
        await addedOnce;
        return count(trx);
      }
      // Another connection adds a person after both parts began: neither sees it.
      await addPerson(t.db, g, { ref: 'S2' });
      added();
      return count(trx);
    });
    expect(counts).toEqual([1, 1]);
    expect((await sql<{ n: number }>`SELECT count(*)::int AS n FROM people WHERE partnership_id = ${g.partnershipId}`.execute(t.db)).rows[0]!.n).toBe(2);
  });
});

describe('stored runs', () => {
  it('store compact features (no criteria) and lose a person’s results when the person is erased', async () => {
    const gone = await addPerson(t.db, f, { ref: 'Z9', offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-04-01', '2010-05-01', '02800']] });
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    const stored = await t.db.selectFrom('selection_run_results').select(['person_id', 'criteria', 'features']).where('run_id', '=', run.runId!).execute();
    expect(stored.map((r) => r.person_id)).toContain(gone);
    expect(stored.every((r) => r.criteria === null && r.features !== null && r.features.length < 300)).toBe(true);
    await t.db.deleteFrom('addresses').where('person_id', '=', gone).execute();
    await t.db.deleteFrom('outcomes').where('person_id', '=', gone).execute();
    await t.db.deleteFrom('people').where('id', '=', gone).execute();
    const left = await t.db.selectFrom('selection_run_results').select('person_id').where('run_id', '=', run.runId!).execute();
    expect(left.map((r) => r.person_id)).not.toContain(gone);
    expect(left.length).toBe(stored.length - 1);
  });
});

describe('stored text', () => {
  it('keeps backslashes, tabs, line breaks and quotes exactly, so the reopened run is the run', async () => {
    // A line break and a comma too: each person's features cross threads as one line of JSON.
    const ethnicity = 'Mixed \\ "other"\tgroup\\N,\n[x]';
    const odd = await addPerson(t.db, f, { ref: 'Q9', ethnicity, offences: [['2010-05-01', '2010-06-01', '02800'], ['2010-04-01', '2010-05-01', '02800']] });
    try {
      const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
      const row = await t.db.selectFrom('selection_run_results').select('features').where('run_id', '=', run.runId!).where('person_id', '=', odd).executeTakeFirstOrThrow();
      expect(JSON.parse(row.features!)[3]).toBe(ethnicity);
      const back = await getRun(t.db, f.operator, { runId: run.runId! });
      expect(back.results.map((r) => ({ ...r }))).toEqual(run.results.map((r) => ({ ...r })));
    } finally {
      await t.db.deleteFrom('addresses').where('person_id', '=', odd).execute();
      await t.db.deleteFrom('outcomes').where('person_id', '=', odd).execute();
      await t.db.deleteFrom('people').where('id', '=', odd).execute();
    }
  });
});

describe('storing a run without the per-row run key check', () => {
  const role = async (trx: Parameters<typeof skipRunKeyChecks>[0]) =>
    (await sql<{ r: string }>`SELECT current_setting('session_replication_role') AS r`.execute(trx)).rows[0]!.r;

  it('switches the check off only while the rows have the run key alone and no trigger, and the run sets it back', async () => {
    await t.db.transaction().execute(async (trx) => {
      expect(await skipRunKeyChecks(trx)).toBe(true);
      expect(await role(trx)).toBe('replica');
      await sql`SET LOCAL session_replication_role = origin`.execute(trx);
    });
    await t.db
      .transaction()
      .execute(async (trx) => {
        // A key of another kind on the rows (here the person's, as before 0022) keeps the checks on.
        await sql`ALTER TABLE selection_run_results ADD CONSTRAINT test_person_key FOREIGN KEY (person_id) REFERENCES people(id) NOT VALID`.execute(trx);
        expect(await skipRunKeyChecks(trx)).toBe(false);
        expect(await role(trx)).toBe('origin');
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    // The run leaves the session as it found it, and its rows are stored.
    const run = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    expect(await t.db.transaction().execute(role)).toBe('origin');
    const rows = await t.db.selectFrom('selection_run_results').select('person_id').where('run_id', '=', run.runId!).execute();
    expect(rows.length).toBe(run.results.length);
  });
});

describe.runIf(testEngine === 'postgres')('storing a run where the database refuses session_replication_role', () => {
  const plainRole = usePlainRole(() => t.url!, 'waymark_runs');

  it('stores the same run with the check on', async () => {
    const plain = await plainRole.open();
    try {
      await plain.db.transaction().execute(async (trx) => {
        expect(await skipRunKeyChecks(trx)).toBe(false);
        // The refusal was rolled back to a savepoint: the transaction goes on.
        expect((await sql<{ r: string }>`SELECT current_setting('session_replication_role') AS r`.execute(trx)).rows[0]!.r).toBe('origin');
      });
      const mine = await runSelection(plain.db, f.operator, { schemeCode: 'PPO', asOf });
      const theirs = await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
      const stored = (runId: number) =>
        t.db.selectFrom('selection_run_results').select(['person_id', 'rank', 'score', 'proposal', 'features']).where('run_id', '=', runId).orderBy('person_id').execute();
      expect(await stored(mine.runId!)).toEqual(await stored(theirs.runId!));
      expect((await stored(mine.runId!)).length).toBe(mine.results.length);
    } finally {
      await plain.close();
    }
  });
});
