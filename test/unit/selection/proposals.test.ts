import { describe, expect, it } from 'vitest';
import { propose, type ProposalCandidate } from '../../../src/selection/proposals.js';
import { disproportionality, ageBand } from '../../../src/selection/disproportionality.js';

const cfg = { proposals: { shortSentenceDays: 365, displaceLowerScoringMembers: true } };
let nextId = 1;
const row = (ref: string, score: number, p: Partial<ProposalCandidate> = {}): ProposalCandidate => ({
  personId: nextId++,
  personRef: ref,
  score,
  rank: 0,
  member: false,
  inPool: true,
  priority: false,
  ...p,
});
function ranked(rows: ProposalCandidate[]) {
  [...rows].sort((a, b) => b.score - a.score).forEach((r, i) => (r.rank = i + 1));
  return rows;
}
const proposals = (rows: ProposalCandidate[], res: ReturnType<typeof propose>) =>
  Object.fromEntries(rows.map((r) => [r.personRef, res.outcomes.get(r.personId)!.proposal]));

describe('proposals', () => {
  it('fills free places in rank order, priority releases first', () => {
    const rows = ranked([row('M1', 5, { member: true }), row('A', 30), row('B', 20), row('R', 10, { priority: true }), row('C', 1)]);
    const res = propose(rows, 3, { proposals: { ...cfg.proposals, displaceLowerScoringMembers: false } });
    expect(proposals(rows, res)).toEqual({ M1: null, A: 'select', B: null, R: 'select', C: null });
    expect(res.outcomes.get(rows[3]!.personId)!.reasons.map((r) => r.code)).toEqual(['free_place', 'priority_release']);
    expect(res.summary).toMatchObject({ capacity: 3, members: 1, selections: 2, deselections: 0, freePlacesAfter: 0, lowestMemberScore: 5 });
  });

  it('marks candidates scoring above the lowest current member', () => {
    const rows = ranked([row('M1', 5, { member: true }), row('M2', 9, { member: true }), row('A', 6), row('B', 5)]);
    const res = propose(rows, null, cfg);
    expect(rows.map((r) => res.outcomes.get(r.personId)!.aboveLowestMember)).toEqual([false, false, true, false]);
    expect(proposals(rows, res)).toEqual({ M1: null, M2: null, A: null, B: null });
  });

  it('de-selects the least active members when over capacity', () => {
    const rows = ranked([row('M1', 5, { member: true }), row('M2', 9, { member: true }), row('M3', 2, { member: true }), row('A', 1)]);
    const res = propose(rows, 2, cfg);
    expect(proposals(rows, res)).toEqual({ M1: null, M2: null, M3: 'deselect', A: null });
    expect(res.outcomes.get(rows[2]!.personId)!.reasons[0]).toMatchObject({ code: 'over_capacity', count: 3, threshold: 2 });
  });

  it('when full, lets a higher-scoring candidate displace the least active member, never a lower one', () => {
    const rows = ranked([row('M1', 5, { member: true }), row('M2', 9, { member: true }), row('A', 7), row('B', 6), row('C', 4)]);
    const res = propose(rows, 2, cfg);
    expect(proposals(rows, res)).toEqual({ M1: 'deselect', M2: null, A: 'select', B: null, C: null });
    expect(res.outcomes.get(rows[0]!.personId)!.reasons[0]!.code).toBe('displaced');
    expect(res.summary).toMatchObject({ selections: 1, deselections: 1, freePlacesAfter: 0 });
  });

  it('never proposes someone outside the pool', () => {
    const rows = ranked([row('A', 7, { inPool: false }), row('B', 6)]);
    expect(proposals(rows, propose(rows, 5, cfg))).toEqual({ A: null, B: 'select' });
  });
});

describe('disproportionality', () => {
  it('gives each group its selection rate and the ratios to the overall and reference rates', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => ({ ethnicity: 'White British', sex: 'male', dateOfBirth: '1980-01-01', selected: i < 2 })),
      ...Array.from({ length: 3 }, (_, i) => ({ ethnicity: 'Black Caribbean', sex: 'male', dateOfBirth: '1995-01-01', selected: i < 2 })),
      { ethnicity: null, sex: 'female', dateOfBirth: '1992-07-01', selected: false },
    ];
    const d = disproportionality(rows, '2010-06-30');
    expect(d).toMatchObject({ pool: 10, selected: 4, overallRate: 0.4 });
    const eth = d.dimensions.find((x) => x.dimension === 'ethnicity')!;
    expect(eth.reference).toBe('White British');
    expect(eth.groups).toEqual([
      { group: 'White British', pool: 6, selected: 2, rate: 0.333333, ratioToOverall: 0.833333, ratioToReference: 1 },
      { group: 'Black Caribbean', pool: 3, selected: 2, rate: 0.666667, ratioToOverall: 1.666667, ratioToReference: 2 },
      { group: 'Not stated', pool: 1, selected: 0, rate: 0, ratioToOverall: 0, ratioToReference: 0 },
    ]);
    const age = d.dimensions.find((x) => x.dimension === 'age_band')!;
    expect(age.groups.map((g) => [g.group, g.pool])).toEqual([
      ['30-39', 6],
      ['10-17', 4],
    ]);
  });

  it('gives no ratio when nobody is selected', () => {
    const d = disproportionality([{ ethnicity: 'A', sex: 'male', dateOfBirth: '1990-01-01', selected: false }], '2010-01-01');
    expect(d.dimensions[0]!.groups[0]).toMatchObject({ rate: 0, ratioToOverall: null, ratioToReference: null });
  });

  it('puts ages on the band boundaries where they belong', () => {
    expect(ageBand('1992-07-01', '2010-06-30')).toBe('10-17');
    expect(ageBand('1992-06-30', '2010-06-30')).toBe('18-20');
    expect(ageBand('1960-06-30', '2010-06-30')).toBe('50+');
  });
});
