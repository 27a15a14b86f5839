// A day's outcomes at force scale: a small file (3,000 rows) naming few of
// the partnership's 200,000 people, the import partners run most often. Its
// baseline, measured in the same run, is reading the partnership's whole map
// of person references, which such an import used to do before its first row
// (about half its time on the embedded engine); a small file now looks up only
// the people it names (src/imports/import-file.ts). Reported, no bar.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Benchmark, BenchData } from './types.js';
import { csvLine } from '../src/db/statements.js';
import { importFile } from '../src/imports/import-file.js';
import { headerNames, KINDS } from '../src/imports/kinds.js';
import { personIds } from '../src/imports/merge.js';
import type { Database } from '../src/db/database.js';
import { percentile, round } from './stats.js';
import { benchActor } from './selection.js';
import { compactOutcomes } from './import-throughput.js';

const ROWS = 3_000; // about 240 KB as CSV: under the size at which a file's people are looked up alone
const RUNS = 5;

const day = (n: number) => new Date(Date.UTC(2009, 5, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** Writes (once) the day's file: new outcomes for people spread over the whole partnership. */
async function dailyFile(data: BenchData, database: Database): Promise<string> {
  const file = path.resolve('bench/data', `daily-outcomes-${data.engine}-${data.people}-${ROWS}.csv`);
  if (fs.existsSync(file)) return file;
  const refs = (await database.db.selectFrom('people').select('person_ref').where('partnership_id', '=', data.partnershipId).orderBy('id').execute()).map((r) => r.person_ref);
  if (refs.length === 0) throw new Error('the bench partnership has no people');
  const lines = [headerNames(KINDS.outcomes).join(',') + '\n'];
  for (let i = 0; i < ROWS; i++) {
    const d = i % 20;
    lines.push(csvLine([refs[(i * 104_729) % refs.length], day(d), day(d + 7), i % 5 ? 'conviction' : 'caution', '02800', '', 'fine', null, 'Benchtown Magistrates', null]));
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join(''));
  return file;
}

export const importDaily: Benchmark = {
  name: 'import-daily-outcomes',
  engines: ['pglite', 'postgres'],
  describes: `a day's outcomes (${ROWS.toLocaleString('en-GB')} rows) at force scale, against reading the partnership's whole map of person references; reported`,
  async run({ data, log }) {
    const database = await data.open();
    try {
      const file = await dailyFile(data, database);
      const actor = benchActor(data.partnershipId);
      const mapTimes: number[] = [];
      const importTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t0 = performance.now();
        await personIds(database.db, data.partnershipId);
        mapTimes.push(performance.now() - t0);
        t0 = performance.now();
        const r = await importFile(database.db, actor, { kind: 'outcomes', path: file });
        importTimes.push(performance.now() - t0);
        if (r.status !== 'completed' || r.rowsAdded !== ROWS) throw new Error(`the import did not add its ${ROWS} rows: ${r.status} ${r.message ?? ''}`);
        await sql`DELETE FROM outcomes WHERE partnership_id = ${data.partnershipId} AND import_id = ${r.importId}`.execute(database.db);
      }
      await compactOutcomes(database);
      const importMs = percentile(importTimes, 50);
      const mapMs = percentile(mapTimes, 50);
      log(`  import of ${ROWS.toLocaleString('en-GB')} rows: ${round(importMs)} ms (median of ${RUNS}); reading the whole map of ${data.people.toLocaleString('en-GB')} references: ${round(mapMs)} ms`);
      return {
        name: this.name,
        engine: data.engine,
        value: round(importMs),
        unit: 'ms',
        bar: 'reported',
        baseline: round(mapMs),
        ratio: round(importMs / mapMs, 2),
        pass: true,
        meets: true,
        note: `reported, no bar; ratio: the import against reading the whole map of person references once`,
      };
    } finally {
      await database.close();
    }
  },
};
