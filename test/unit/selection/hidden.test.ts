// A stored run's counts as a viewer from whom some people are hidden sees
// them (src/selection/hidden.ts): the same as counting the people left.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_MATRIX } from '../../../src/selection/matrix.js';
import { balanceOf, rankRun, scorePeople, type RunContext } from '../../../src/selection/scoring.js';
import { disproportionality } from '../../../src/selection/disproportionality.js';
import { countsWithout, resultWithout, type HiddenRow } from '../../../src/selection/hidden.js';
import { asOf, features } from './features-arbitrary.js';

const pool = fc.uniqueArray(features, { selector: (f) => f.personId, minLength: 1, maxLength: 60 });

describe('a run without the people a viewer may not see', () => {
  it('counts exactly the people left: pool, members, proposals, disproportionality, balance and ranks', () => {
    fc.assert(
      fc.property(pool, fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), fc.array(fc.boolean()), fc.array(fc.boolean()), (people, capacity, memberFlags, hiddenFlags) => {
        const memberIds = people.filter((_, i) => memberFlags[i]).map((f) => f.personId);
        const ctx: RunContext = { asOf, config: DEFAULT_MATRIX, areaCodes: ['A1'], memberIds, capacity };
        const run = rankRun(scorePeople(people, ctx), ctx);
        const isHidden = new Set(people.filter((_, i) => hiddenFlags[i]).map((f) => f.personId));
        const hidden: HiddenRow[] = run.people
          .filter((p) => isHidden.has(p.personId))
          .map((p) => ({ rank: p.rank, score: p.score, member: p.member, inPool: p.inPool, proposal: p.proposal, sex: p.features.sex, ethnicity: p.features.ethnicity, dateOfBirth: p.features.dateOfBirth, features: p.features }));
        const left = run.people.filter((p) => !isHidden.has(p.personId));
        const leftMembers = left.filter((p) => p.member);
        const lowest = leftMembers.length ? Math.min(...leftMembers.map((p) => p.score)) : null;
        const longDays = DEFAULT_MATRIX.noStatutorySupervision.longSentenceDays;
        const counts = countsWithout({ poolSize: run.poolSize, members: memberIds.length, capacity, asOf, summary: run.summary }, hidden, lowest, 0, longDays);

        expect(counts.poolSize).toBe(left.filter((p) => p.inPool).length);
        expect(counts.members).toBe(leftMembers.length);
        const selected = (p: (typeof left)[number]) => (p.member && p.proposal !== 'deselect') || p.proposal === 'select';
        expect(counts.summary.disproportionality).toEqual(disproportionality(left.map((p) => ({ ethnicity: p.features.ethnicity, sex: p.features.sex, dateOfBirth: p.features.dateOfBirth, selected: selected(p) })), asOf));
        expect(counts.summary.balance).toEqual(balanceOf(left, new Set(memberIds), longDays));
        const pr = counts.summary.proposals;
        expect([pr.members, pr.selections, pr.deselections]).toEqual([leftMembers.length, left.filter((p) => p.proposal === 'select').length, left.filter((p) => p.proposal === 'deselect').length]);
        expect(pr.lowestMemberScore).toBe(hidden.some((h) => h.member) ? lowest : run.summary.proposals.lowestMemberScore);
        // Places left free rest on everyone proposed: withheld when a hidden person is a member or proposed.
        const restsOnHidden = hidden.some((h) => h.member || h.proposal !== null);
        expect(counts.proposalsRestOnHidden).toBe(restsOnHidden);
        expect(pr.freePlacesAfter).toBe(restsOnHidden ? null : run.summary.proposals.freePlacesAfter);
        // Ranks 1, 2, 3 … among the people left.
        const ranks = left.map((p) => resultWithout({ ...p, proposalReasons: p.proposalReasons }, hidden.map((h) => h.rank), counts, capacity).rank);
        expect(ranks).toEqual(left.map((_, i) => i + 1));
        // No reason shown quotes a count of members that includes a hidden one.
        for (const p of left) {
          const shown = resultWithout({ ...p, proposalReasons: p.proposalReasons }, hidden.map((h) => h.rank), counts, capacity).proposalReasons;
          for (const r of shown.filter((x) => x.code === 'over_capacity')) expect(r.count).toBe(restsOnHidden ? undefined : memberIds.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a run with no one hidden as it is', () => {
    const ctx: RunContext = { asOf, config: DEFAULT_MATRIX, areaCodes: ['A1'], memberIds: [], capacity: 3 };
    const run = rankRun([], ctx);
    const stored = { poolSize: 0, members: 0, capacity: 3, asOf, summary: run.summary };
    expect(countsWithout(stored, [], null, 0, 365).summary.disproportionality).toBe(run.summary.disproportionality);
  });
});
