// The raw-SQL baseline of the selection run: the run's own feature query with
// the matrix's score computed and ranked in SQL (bench/selection.ts). The bar
// shown is the selection run's, for scale.
import type { Benchmark } from './types.js';
import { rawScoringSql } from './selection.js';
import { round } from './stats.js';

export const scoringSql: Benchmark = {
  name: 'raw-scoring-sql',
  engines: ['pglite', 'postgres'],
  describes: 'baseline for the selection run: raw SQL of the same scoring over the pool',
  async run({ data, log }) {
    const database = await data.open();
    try {
      const times: number[] = [];
      let n = 0;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        n = await rawScoringSql(database.db, data.partnershipId);
        times.push((performance.now() - t0) / 1000);
      }
      const median = times.sort((a, b) => a - b)[1]!;
      log(`  scored ${n.toLocaleString('en-GB')} people: ${times.map((t) => round(t, 2)).join(', ')} s`);
      const bar = data.engine === 'postgres' ? 3 : 6;
      return { name: this.name, engine: data.engine, value: round(median, 2), unit: 's', bar: `(selection run ≤ ${bar} s)`, baseline: null, ratio: null, pass: median <= bar, note: 'median of 3; the bar is the selection run’s, shown for scale' };
    } finally {
      await database.close();
    }
  },
};
