import { describe, expect, it } from 'vitest';
import { outscoring, outscoringText, propose, type ProposalCandidate } from '../../../src/selection/proposals.js';
import { disproportionality, ageBand } from '../../../src/selection/disproportionality.js';

const cfg = { proposals: { shortSentenceDays: 365, comparisonMargin: 0.2 } };
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
    const res = propose(rows, 3, cfg);
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

  it('when full, never proposes a swap: a candidate far above a member is a comparison at that member, not a proposal', () => {
    const rows = ranked([row('M1', 5, { member: true }), row('M2', 9, { member: true }), row('A', 7), row('B', 6), row('C', 4)]);
    const res = propose(rows, 2, cfg);
    expect(proposals(rows, res)).toEqual({ M1: null, M2: null, A: null, B: null, C: null });
    expect(res.outcomes.get(rows[0]!.personId)!.reasons).toEqual([]);
    expect(res.summary).toMatchObject({ selections: 0, deselections: 0, freePlacesAfter: 0, comparisons: 1 });
    // A (7) is 40% above M1 (5): shown; 7 is not above M2 (9); candidates get no comparison.
    expect(res.outcomes.get(rows[0]!.personId)!.outscoredBy).toEqual({ personId: rows[2]!.personId, personRef: 'A', score: 7, ratio: 0.4 });
    expect(res.outcomes.get(rows[1]!.personId)!.outscoredBy).toBeNull();
    expect(res.outcomes.get(rows[2]!.personId)!.outscoredBy).toBeNull();
    // Every reason a run can give is a free place, a priority release or over capacity: never a swap.
    for (const o of res.outcomes.values()) for (const r of o.reasons) expect(['free_place', 'priority_release', 'over_capacity']).toContain(r.code);
  });

  it('compares members with the best candidate left without a place, and only beyond the margin', () => {
    // One free place: A takes it, so B is the best left out.
    const rows = ranked([row('M1', 10, { member: true }), row('M2', 8, { member: true }), row('A', 20), row('B', 12), row('C', 11)]);
    const res = propose(rows, 3, cfg);
    expect(proposals(rows, res)).toMatchObject({ A: 'select', B: null });
    // B is 20% above M1 (10): not MORE than the margin. B is 50% above M2 (8).
    expect(res.outcomes.get(rows[0]!.personId)!.outscoredBy).toBeNull();
    expect(res.outcomes.get(rows[1]!.personId)!.outscoredBy).toMatchObject({ personRef: 'B', score: 12, ratio: 0.5 });
    // The margin is the matrix's: at 60%, nobody is shown.
    const wide = propose(rows, 3, { proposals: { ...cfg.proposals, comparisonMargin: 0.6 } });
    expect([...wide.outcomes.values()].filter((o) => o.outscoredBy)).toEqual([]);
    expect(wide.summary.comparisons).toBe(0);
    // Without a capacity nobody is proposed, and the comparisons still show.
    expect(propose(rows, null, cfg).outcomes.get(rows[1]!.personId)!.outscoredBy).toMatchObject({ personRef: 'A', ratio: 1.5 });
  });

  it('words a comparison with the percentage above, and a member scoring 0 without one', () => {
    const o = outscoring(100, { personId: 1, personRef: 'X', score: 127.2 }, 0.2)!;
    expect(o).toEqual({ personId: 1, personRef: 'X', score: 127.2, ratio: 0.272 });
    expect(outscoringText(o)).toBe('X scores 127.2, 27% above');
    expect(outscoring(125.96, { personId: 1, personRef: 'X', score: 127.2 }, 0.2)).toBeNull();
    expect(outscoring(0, { personId: 1, personRef: 'X', score: 3 }, 0.2)).toEqual({ personId: 1, personRef: 'X', score: 3, ratio: null });
    expect(outscoring(0, { personId: 1, personRef: 'X', score: 0 }, 0.2)).toBeNull();
    expect(outscoring(5, null, 0.2)).toBeNull();
  });

  it('at force scale (capacity 100, 85 members, a large pool a point above them) fills the 15 free places and proposes no member for being outscored', () => {
    // The scenario: members score 2 to 86 (x.xx), and 20,000 candidates
    // each score a point above some member; one large pool.
    const rows: ProposalCandidate[] = [];
    for (let i = 0; i < 85; i++) rows.push(row(`M${i}`, 2 + i + 0.96, { member: true }));
    for (let i = 0; i < 20_000; i++) rows.push(row(`C${i}`, 3 + (i % 85) + 0.96 + (i % 7) * 0.01, { inPool: i % 10 !== 0 }));
    ranked(rows);
    const res = propose(rows, 100, cfg);
    const selected = rows.filter((r) => res.outcomes.get(r.personId)!.proposal === 'select');
    const deselected = rows.filter((r) => res.outcomes.get(r.personId)!.proposal === 'deselect');
    expect(selected).toHaveLength(15);
    expect(selected.every((r) => !r.member)).toBe(true);
    expect(deselected).toEqual([]);
    expect(res.summary).toMatchObject({ capacity: 100, members: 85, selections: 15, deselections: 0, freePlacesAfter: 0 });
    // The best candidate left out scores 87.02 (the 15 places took the very top).
    const best = rows.filter((r) => !r.member && r.inPool && res.outcomes.get(r.personId)!.proposal === null).sort((a, b) => b.score - a.score || a.rank - b.rank)[0]!;
    const members = rows.filter((r) => r.member);
    const expected = members.filter((m) => (best.score - m.score) / m.score > 0.2).map((m) => m.personRef);
    const shown = members.filter((m) => res.outcomes.get(m.personId)!.outscoredBy).map((m) => m.personRef);
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.length).toBeLessThan(85); // the most active members are within 20%
    expect(res.summary.comparisons).toBe(shown.length);
    for (const m of members) {
      const o = res.outcomes.get(m.personId)!.outscoredBy;
      if (o) expect(o).toMatchObject({ personRef: best.personRef, score: best.score });
    }
    // A member a point below a candidate (125.96 against 127.2, under 1%) is not even a comparison.
    expect(outscoring(125.96, { personId: 0, personRef: 'X', score: 127.2 }, cfg.proposals.comparisonMargin)).toBeNull();
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
