// A selection run's scoring (src/selection/scoring.ts), which runs in the
// scoring thread a part of the pool at a time as each part's features arrive.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_MATRIX } from '../../../src/selection/matrix.js';
import { scoreAll } from '../../../src/selection/score.js';
import { propose } from '../../../src/selection/proposals.js';
import { byRank, rankRun, scorePeople, type RunContext } from '../../../src/selection/scoring.js';
import { asOf, features } from './features-arbitrary.js';

const pool = fc.uniqueArray(features, { selector: (f) => f.personId, minLength: 1, maxLength: 60 });

describe('scoring a run', () => {
  it('ranks and scores as scoring everyone at once does, however the pool arrives in parts', () => {
    fc.assert(
      fc.property(pool, fc.nat(), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), fc.array(fc.boolean()), (people, cut, capacity, memberFlags) => {
        const memberIds = people.filter((_, i) => memberFlags[i]).map((f) => f.personId);
        const ctx: RunContext = { asOf, config: DEFAULT_MATRIX, areaCodes: ['A1'], memberIds, capacity };
        const at = cut % (people.length + 1);
        const run = rankRun([...scorePeople(people.slice(at), ctx), ...scorePeople(people.slice(0, at), ctx)], ctx);
        const whole = rankRun(scorePeople(people, ctx), ctx);
        const straight = scoreAll(people, DEFAULT_MATRIX);

        expect(run.people.map((p) => [p.personRef, p.rank, p.score])).toEqual(straight.map((s) => [s.personRef, s.rank, s.score]));
        expect(run.people.map(({ features: _f, ...p }) => p)).toEqual(whole.people.map(({ features: _f, ...p }) => p));
        expect(run.summary).toEqual(whole.summary);
        // As the scoring thread feeds it: each part sorted as it arrives.
        const fed = rankRun([...scorePeople(people.slice(at), ctx).sort(byRank), ...scorePeople(people.slice(0, at), ctx).sort(byRank)], ctx);
        expect(fed.people.map(({ features: _f, ...p }) => p)).toEqual(whole.people.map(({ features: _f, ...p }) => p));
        expect(fed.summary).toEqual(whole.summary);

        const { outcomes, summary } = propose(run.people, capacity, DEFAULT_MATRIX);
        expect(run.summary.proposals).toEqual(summary);
        // The rows in any order propose the same (they are taken by rank).
        const shuffled = [...run.people].reverse();
        shuffled.push(...shuffled.splice(0, at % (shuffled.length + 1)));
        const unordered = propose(shuffled, capacity, DEFAULT_MATRIX);
        expect(unordered.summary).toEqual(summary);
        expect([...unordered.outcomes.entries()].sort((a, b) => a[0] - b[0])).toEqual([...outcomes.entries()].sort((a, b) => a[0] - b[0]));
        for (const p of run.people) {
          expect(p.member).toBe(memberIds.includes(p.personId));
          expect({ proposal: p.proposal, aboveLowestMember: p.aboveLowestMember, reasons: p.proposalReasons, outscoredBy: p.outscoredBy }).toEqual(outcomes.get(p.personId));
        }
        expect(run.summary.balance.members).toBe(memberIds.length);
        expect(run.summary.disproportionality.pool).toBe(people.length);
        expect(run.poolSize).toBe(run.people.filter((p) => p.inPool).length);
      }),
      { numRuns: 200 },
    );
  });
});
