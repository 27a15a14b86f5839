// An outcomes file goes straight into outcomes when it is clean and new (the
// direct path, issue 18), and through the staging table otherwise. Whichever
// way a file goes, the stored rows and the counts are those of the staged
// path: each case here imports the same files into two partnerships, one
// always staged, and compares. Small COPY chunks put the problem of each file
// after the first chunk, where the direct attempt meets it late and must undo
// what it copied.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { importFile, type ImportOptions, type ImportResult } from '../../../src/imports/import-file.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv, type Cell } from './files.js';
import { HEADERS } from './dataset.js';
import { percentDone } from '../../../src/imports/progress.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const PEOPLE = 40;
const CODES = ['02800', '028/01', '10500', '99999', 'XYZ'];

/** Row i of an outcomes file: varied people, dates, codes (some unknown), text needing quotes; below 1000, a key that repeats every 97 rows (not the court). */
function outcomeRow(i: number): Cell[] {
  const k = i < 1000 && i % 97 === 5 ? 5 : i;
  const day = (n: number) => new Date(Date.UTC(2010, 0, 1) + n * 86_400_000);
  return [
    `P${k % PEOPLE}`,
    day(k % 300),
    day((k % 300) + 10 + (k % 7)),
    k % 4 ? 'conviction' : 'Caution',
    CODES[k % CODES.length]!,
    k % 9 === 0 ? 'Took a "bicycle", then left' : '',
    ['fine', 'custody', '', 'community order'][k % 4]!,
    k % 4 === 1 ? 30 + (k % 50) : null,
    // Rows of a repeated key differ here, so which is key_seq 1 shows.
    k !== i ? `Court ${i}` : k % 3 ? 'Northtown Magistrates' : '',
  ];
}
const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, j) => outcomeRow(from + j));

async function partnership(): Promise<PartnershipFixture> {
  const f = await createPartnership(t.db);
  const people = writeCsv(tempDir(), 'people.csv', [PEOPLE_HEADER, ...Array.from({ length: PEOPLE }, (_, i) => personRow(`P${i}`, i))]);
  expect(await importFile(t.db, f.operator, { kind: 'people', path: people })).toMatchObject({ status: 'completed' });
  return f;
}

/** What a partnership's outcomes say, in a stable order, without ids. */
async function storedOutcomes(partnershipId: number) {
  const r = await t.db
    .selectFrom('outcomes')
    .innerJoin('people', 'people.id', 'outcomes.person_id')
    .select([
      'person_ref', 'offence_date', 'outcome_date', 'outcome', 'outcome_raw', 'offence_code', 'offence_code_raw', 'offence_code_known',
      'offence_description', 'disposal', 'disposal_raw', 'sentence_days', 'court', 'key_seq',
    ])
    .where('outcomes.partnership_id', '=', partnershipId)
    .execute();
  return r.map((o) => JSON.stringify(o)).sort();
}

const comparable = (r: ImportResult) => ({
  status: r.status,
  rowsRead: r.rowsRead,
  rowsAdded: r.rowsAdded,
  rowsUpdated: r.rowsUpdated,
  rowsUnchanged: r.rowsUnchanged,
  rowsRejected: r.rowsRejected,
  errors: r.errors.map((e) => e.message),
  errorCount: r.errorCount,
  message: r.message,
});

/** Imports the files in turn into two new partnerships, directly where it can and always staged, and expects the same. */
async function sameBothWays(files: { rows: Cell[][]; mode?: ImportOptions['mode'] }[]): Promise<ImportResult[]> {
  const direct = await partnership();
  const staged = await partnership();
  const results: ImportResult[] = [];
  for (const [n, file] of files.entries()) {
    const dir = tempDir();
    const path = writeCsv(dir, `outcomes-${n}.csv`, [HEADERS.outcomes, ...file.rows]);
    const opts = { kind: 'outcomes' as const, path, mode: file.mode, chunkBytes: 8 * 1024 };
    const a = await importFile(t.db, direct.operator, opts);
    const errorsA = a.errorFile ? fs.readFileSync(a.errorFile, 'utf8') : null;
    const b = await importFile(t.db, staged.operator, { ...opts, direct: false });
    const errorsB = b.errorFile ? fs.readFileSync(b.errorFile, 'utf8') : null;
    expect(comparable(a)).toEqual(comparable(b));
    expect(errorsA).toEqual(errorsB);
    expect(await storedOutcomes(direct.partnershipId)).toEqual(await storedOutcomes(staged.partnershipId));
    const imports = await t.db.selectFrom('imports').select(['status', 'rows_added', 'rows_unchanged']).where('id', 'in', [a.importId, b.importId]).orderBy('id').execute();
    expect(imports[0]).toEqual(imports[1]);
    results.push(a);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

describe('the direct path for outcomes', () => {
  it('stores a clean file of new rows as the staged path does, numbering a repeated key in file order', async () => {
    const [r] = await sameBothWays([{ rows: rows(0, 1500) }]);
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 1500, rowsUpdated: 0, rowsUnchanged: 0 });
    const seqs = await t.db.selectFrom('outcomes').select(({ fn }) => fn.max('key_seq').as('m')).where('import_id', '=', r!.importId).executeTakeFirstOrThrow();
    expect(Number(seqs.m)).toBeGreaterThan(1);
  });

  it('takes the direct way for a new file that repeats a key, numbering the repeats in file order, and the staged way when it is imported again', async () => {
    const f = await partnership();
    const path = writeCsv(tempDir(), 'repeats.csv', [HEADERS.outcomes, ...rows(0, 1500)]);
    const ways: string[] = [];
    // 8 KB chunks: the repeats fall in different COPYs.
    const r = await importFile(t.db, f.operator, { kind: 'outcomes', path, chunkBytes: 8 * 1024, onWay: (w) => ways.push(w) });
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 1500 });
    // Rows 102, 199, … repeat row 5's key; their courts say which row of the file each was.
    const repeated = await t.db.selectFrom('outcomes').select(['court', 'key_seq']).where('import_id', '=', r.importId).where('court', 'like', 'Court %').orderBy('key_seq').execute();
    expect(repeated.map((o) => `${o.court} ${o.key_seq}`)).toEqual([102, 199, 296, 393, 490, 587, 684, 781, 878, 975].map((row, i) => `Court ${row} ${i + 2}`));
    // Stored already: the unique key refuses its first chunk's COPY, and the staged path counts it.
    const again = await importFile(t.db, f.operator, { kind: 'outcomes', path, onWay: (w) => ways.push(w) });
    expect(again).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUnchanged: 1500 });
    expect(ways).toEqual(['direct', 'staged']);
  });

  it('finds stored rows late in a file, and a whole file imported again, and counts them as the staged path does', async () => {
    const changed = outcomeRow(20);
    changed[8] = 'Southtown Crown Court';
    const [, late, again] = await sameBothWays([
      { rows: rows(0, 1000) },
      // New rows, then one already stored unchanged and one changed, at the end.
      { rows: [...rows(1000, 1600), outcomeRow(10), changed] },
      { rows: rows(0, 1000) },
    ]);
    expect(late).toMatchObject({ status: 'completed', rowsAdded: 600, rowsUpdated: 1, rowsUnchanged: 1 });
    expect(again).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 999 });
  });

  it('reports a bad row or an unknown person late in a file as the staged path does, all or nothing and partial', async () => {
    const bad = outcomeRow(1400);
    bad[1] = '2010-02-30';
    const stranger = outcomeRow(1401);
    stranger[0] = 'NOBODY';
    const file = [...rows(0, 1400), bad, stranger];
    const [all, partial] = await sameBothWays([{ rows: file }, { rows: file, mode: 'partial' }]);
    expect(all).toMatchObject({ status: 'failed', rowsAdded: 0, rowsRejected: 2 });
    expect(partial).toMatchObject({ status: 'completed', rowsAdded: 1400, rowsRejected: 2 });
  });

  it('never moves the progress bar back when it meets a problem late and reads the file again', async () => {
    const f = await partnership();
    // Over 2.5 MB, so the file is read in several pieces and the bytes read show how far each pass got.
    const bad = outcomeRow(39_990);
    bad[1] = 'not a date';
    const dir = tempDir();
    const path = writeCsv(dir, 'late.csv', [HEADERS.outcomes, ...rows(0, 39_990), bad, ...rows(39_991, 40_000)]);
    expect(fs.statSync(path).size).toBeGreaterThan(2.5 * 1024 * 1024);
    const percents: number[] = [];
    const phases: string[] = [];
    const r = await importFile(t.db, f.operator, {
      kind: 'outcomes',
      path,
      mode: 'partial',
      chunkBytes: 256 * 1024,
      onProgress: (p) => {
        percents.push(percentDone(p));
        phases.push(p.phase);
      },
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 39_999, rowsRejected: 1 });
    // The direct attempt got near the end before the bad row sent it the staged way,
    // and the staged pass read the file again from its first row.
    expect(Math.max(...percents.slice(0, phases.indexOf('checking')))).toBeGreaterThanOrEqual(80);
    for (let i = 1; i < percents.length; i++) expect(percents[i], `report ${i}: ${phases[i]} after ${phases[i - 1]}`).toBeGreaterThanOrEqual(percents[i - 1]!);
  });
});
