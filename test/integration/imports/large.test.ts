// A 20 MB XLSX streams through the import (no whole-file buffering).
import fs from 'node:fs';
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';
import { importFile, type ImportProgress } from '../../../src/imports/import-file.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv, writeXlsx, type Cell } from './files.js';
import { HEADERS } from './dataset.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const ROWS = 32_000;
const PEOPLE = 200;

function* outcomeRows(): Generator<Cell[]> {
  yield HEADERS.outcomes;
  for (let i = 0; i < ROWS; i++) {
    const offence = new Date(Date.UTC(2000 + (i % 10), i % 12, 1 + (i % 28)));
    const outcome = new Date(offence.getTime() + 30 * 86_400_000);
    // Random text compresses badly, so the file reaches 20 MB with few rows.
    yield [`P${i % PEOPLE}`, offence, outcome, 'conviction', '05801', crypto.randomBytes(600).toString('base64'), 'fine', i % 400, 'Northtown Magistrates'];
  }
}

it('imports a 20 MB XLSX file', async () => {
  const f = await createPartnership(t.db);
  const dir = tempDir();
  await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [PEOPLE_HEADER, ...Array.from({ length: PEOPLE }, (_, i) => personRow(`P${i}`, i))]) });
  const file = await writeXlsx(dir, 'outcomes.xlsx', outcomeRows());
  expect(fs.statSync(file).size).toBeGreaterThan(20_000_000);
  const seen: ImportProgress[] = [];
  const r = await importFile(t.db, f.operator, { kind: 'outcomes', path: file, onProgress: (p) => seen.push(p) });
  expect(r).toMatchObject({ status: 'completed', rowsRead: ROWS, rowsAdded: ROWS, rowsRejected: 0 });
  // Progress came while reading, with the rows read rising. (An XLSX file is
  // unzipped first, so its bytes are all read before the rows flow.)
  const reading = seen.filter((p) => p.phase === 'reading');
  expect(reading.length).toBeGreaterThan(2);
  expect(reading[reading.length - 1]!.rowsRead).toBeGreaterThan(reading[0]!.rowsRead);
  expect(seen[seen.length - 1]).toMatchObject({ phase: 'done', rowsRead: ROWS });
  const row = await t.db.selectFrom('outcomes').select(['offence_date', 'outcome_date', 'sentence_days']).where('partnership_id', '=', f.partnershipId).orderBy('id').executeTakeFirstOrThrow();
  expect(row).toEqual({ offence_date: '2000-01-01', outcome_date: '2000-01-31', sentence_days: 0 });
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);
