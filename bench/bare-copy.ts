// The import baseline: a bare COPY of outcome rows (SPEC 6: importing outcome
// rows ≥ 100,000 rows/s on PostgreSQL and never slower than 2× a bare COPY of
// the same file). Copies into a scratch table shaped like outcomes, then drops it.
import { sql } from 'kysely';
import type { Benchmark } from './types.js';
import { copyInto, csvLine } from '../src/db/statements.js';
import { round } from './stats.js';

export const OUTCOME_COLUMNS = ['partnership_id', 'person_id', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'offence_code_raw', 'disposal', 'sentence_days'];

/** The same outcome rows every time: n rows of CSV without a header. */
export function outcomeRowsCsv(n: number, partnershipId: number, personId: number): string {
  let csv = '';
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2001, 0, 1) + (i % 3000) * 86_400_000).toISOString().slice(0, 10);
    csv += csvLine([partnershipId, personId, d, d, i % 5 ? 'conviction' : 'caution', '02800', '02800', 'community', null]);
  }
  return csv;
}

export const bareCopy: Benchmark = {
  name: 'bare-copy-outcomes',
  engines: ['pglite', 'postgres'],
  describes: 'baseline for imports: bare COPY of outcome rows',
  async run({ data, log }) {
    const rows = Math.min(1_000_000, Math.max(50_000, Math.round(data.events / 4)));
    const csv = outcomeRowsCsv(rows, data.partnershipId, data.personId);
    const database = await data.open();
    try {
      await sql`DROP TABLE IF EXISTS bench_copy`.execute(database.db);
      await sql`CREATE TABLE bench_copy (LIKE outcomes INCLUDING DEFAULTS)`.execute(database.db);
      const t0 = performance.now();
      const CHUNK = 200_000;
      const lines = csv.split('\n');
      lines.pop(); // the text ends with a newline
      for (let i = 0; i < rows; i += CHUNK) await copyInto(database.db, 'bench_copy', OUTCOME_COLUMNS, lines.slice(i, i + CHUNK).join('\n') + '\n');
      const seconds = (performance.now() - t0) / 1000;
      await sql`DROP TABLE bench_copy`.execute(database.db);
      const perSecond = rows / seconds;
      log(`  ${rows.toLocaleString('en-GB')} rows in ${round(seconds, 2)} s`);
      return { name: this.name, engine: data.engine, value: Math.round(perSecond), unit: 'rows/s', bar: '(baseline; the import bar is against its write floor)', baseline: null, ratio: null, pass: true, note: 'baseline only' };
    } finally {
      await database.close();
    }
  },
};
