// SPEC 6: a full selection run (score every pool member, rank, give reasons,
// propose, store) over the force-scale data in ≤ 3 s on PostgreSQL and ≤ 6 s
// on PGlite, and (issue 18) in at most 1.3× the raw SQL of the same scoring
// (bench/selection.ts), measured in the same run.
import type { Benchmark } from './types.js';
import { rawScoresDiffer, rawScoringSql, storeFloorSeconds, timedSelectionRun } from './selection.js';
import { round } from './stats.js';

// Five pairs, not three: the machine's speed swings within a minute, and one slow
// raw SQL or run in three moves the median (as for the import's pairs).
const RUNS = 5;
/** The run's time at most this many times the raw SQL's (issue 18). */
const RATIO_BAR = 1.3;

export const selectionRun: Benchmark = {
  name: 'selection-run',
  engines: ['pglite', 'postgres'],
  describes: 'full selection run (stored) ≤ 3 s PostgreSQL, ≤ 6 s PGlite, ≤ 1.3× the raw SQL of the same scoring (the baseline)',
  async run({ data, log }) {
    const database = await data.open();
    try {
      const db = database.db;
      // A first run saves the default matrix as version 1 and warms the caches.
      const first = await timedSelectionRun(db, data.partnershipId);
      log(`  first run ${round(first.seconds, 2)} s (${first.ranked.toLocaleString('en-GB')} ranked, pool ${first.pool.toLocaleString('en-GB')})`);
      // The baseline must do the run's arithmetic: its scores, person by
      // person, against the first run's stored ones (not timed).
      const check = first.runId === null ? null : await rawScoresDiffer(db, data.partnershipId, first.runId);
      if (check) log(`  the raw SQL's scores differ from the run's for ${check.differ.toLocaleString('en-GB')} of ${check.scored.toLocaleString('en-GB')} people`);
      // Each run is followed by the raw SQL of the same scoring, so the two
      // of a pair meet the same load (the machine may be shared).
      // Beside each pair, the least that storing the run's rows can cost
      // (storeFloorSeconds): raw SQL plus that is a floor for a stored run.
      const runs = [];
      const raw: number[] = [];
      const store: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await timedSelectionRun(db, data.partnershipId);
        runs.push(run);
        const t0 = performance.now();
        await rawScoringSql(db, data.partnershipId);
        raw.push((performance.now() - t0) / 1000);
        store.push(run.runId === null ? 0 : await storeFloorSeconds(db, run.runId));
      }
      const storeMedian = [...store].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
      const pairRatios = runs.map((r, i) => r.seconds / raw[i]!).sort((a, b) => a - b);
      const pairMedian = pairRatios[Math.floor(RUNS / 2)]!;
      runs.sort((a, b) => a.seconds - b.seconds);
      const median = runs[Math.floor(RUNS / 2)]!;
      const rawMedian = raw.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
      const phases = Object.entries(median.phases).map(([k, v]) => `${k} ${round(v!, 2)}`).join(', ');
      log(`  runs: ${runs.map((r) => round(r.seconds, 2)).join(', ')} s; raw SQL: ${raw.map((t) => round(t, 2)).join(', ')} s`);
      log(`  median run by phase (s): ${phases}`);
      log(`  writing the run's rows again in the database (INSERT … SELECT, rolled back): ${store.map((t) => round(t, 2)).join(', ')} s`);
      const bar = data.engine === 'postgres' ? 3 : 6;
      const ratio = round(median.seconds / rawMedian, 2);
      return {
        name: this.name,
        engine: data.engine,
        value: round(median.seconds, 2),
        unit: 's',
        bar: `≤ ${bar} s, ≤ ${RATIO_BAR}× raw SQL`,
        baseline: round(rawMedian, 2),
        ratio,
        // A baseline that scores differently, or other people, is not the same scoring.
        pass: median.seconds <= bar && ratio <= RATIO_BAR && check?.differ === 0 && check.scored === first.ranked,
        note:
          `median of ${RUNS}; raw SQL scores ${check ? `differ for ${check.differ} of ${check.scored}` : 'not checked'}; median of the paired ratios ${round(pairMedian, 2)}×; ${median.ranked.toLocaleString('en-GB')} ranked; phases (s): ${phases}; ` +
          `raw SQL plus writing the run's rows ${round(rawMedian + storeMedian, 2)} s (the run ${round(median.seconds / (rawMedian + storeMedian), 2)}× it)`,
      };
    } finally {
      await database.close();
    }
  },
};
