// The CLI doors, run as a real process against a real database: an import
// killed mid-way leaves no partial data and a re-run completes it (SPEC 6,
// reliability); all-or-nothing exits 1; export to standard output.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { keyBeside, testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { importFile, INTERRUPTED } from '../../../src/imports/import-file.js';
import { csvLine } from '../../../src/db/statements.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';
import { HEADERS } from './dataset.js';

const PEOPLE = 500;
const OUTCOMES = 100_000;

let dir: string;
let env: NodeJS.ProcessEnv;
let f: PartnershipFixture;
let pg: TestDatabase | undefined;
let outcomesFile: string;

/** The test's database, opened in this process (closed again before the CLI runs on PGlite). */
async function open(): Promise<Database> {
  if (pg) return pg;
  return openDatabase({ dataDir: path.join(dir, 'data'), plugins: [keyBeside(path.join(dir, 'data'))] });
}
async function done(d: Database): Promise<void> {
  if (!pg) await d.close();
}

beforeAll(async () => {
  dir = tempDir('waymark-cli-');
  if (testEngine === 'postgres') {
    pg = await testDatabase();
    env = { ...process.env, DATABASE_URL: pg.url, WAYMARK_DATA: '' };
  } else {
    env = { ...process.env, DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data') };
  }
  const d = await open();
  f = await createPartnership(d.db, 'CLI');
  const people = writeCsv(dir, 'people.csv', [PEOPLE_HEADER, ...Array.from({ length: PEOPLE }, (_, i) => personRow(`P${i}`, i))]);
  await importFile(d.db, f.operator, { kind: 'people', path: people });
  await done(d);
  // A file big enough to take several seconds.
  outcomesFile = path.join(dir, 'outcomes.csv');
  const out = fs.createWriteStream(outcomesFile);
  out.write(csvLine(HEADERS.outcomes));
  for (let i = 0; i < OUTCOMES; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const year = 2000 + (i % 10);
    out.write(csvLine([`P${i % PEOPLE}`, `${year}-01-${day}`, `${year}-06-${day}`, 'conviction', '05801', 'Criminal damage', 'fine', '', 'Northtown Magistrates']));
  }
  await new Promise<void>((resolve) => out.end(resolve));
}, 180_000);

afterAll(async () => {
  await pg?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function waymark(args: string[], opts: { killWhen?: (stderr: string) => boolean } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/waymark.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (opts.killWhen?.(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

async function outcomeCount(): Promise<number> {
  const d = await open();
  try {
    const r = await d.db.selectFrom('outcomes').select((eb) => eb.fn.countAll<number>().as('n')).where('partnership_id', '=', f.partnershipId).executeTakeFirstOrThrow();
    return r.n;
  } finally {
    await done(d);
  }
}

describe('waymark import', () => {
  it('leaves nothing when killed mid-import, and a re-run completes it', async () => {
    const killed = await waymark(['import', 'outcomes', outcomesFile], { killWhen: (s) => /reading/.test(s) });
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).not.toMatch(/Imported/);
    expect(await outcomeCount()).toBe(0);

    const rerun = await waymark(['import', 'outcomes', outcomesFile]);
    expect(rerun.stderr).not.toMatch(/Error/);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`outcomes.csv \\(outcomes\\): ${OUTCOMES} added, 0 updated, 0 unchanged, 0 rejected`));
    expect(await outcomeCount()).toBe(OUTCOMES);

    const d = await open();
    try {
      const records = await d.db.selectFrom('imports').select(['status', 'rows_added', 'message']).where('partnership_id', '=', f.partnershipId).where('kind', '=', 'outcomes').orderBy('id').execute();
      // The re-run found the killed run's record still 'running' and marked it interrupted.
      expect(records).toEqual([
        { status: 'failed', rows_added: 0, message: INTERRUPTED },
        { status: 'completed', rows_added: OUTCOMES, message: null },
      ]);
    } finally {
      await done(d);
    }
  }, 180_000);

  it('exits 1 on an all-or-nothing failure, printing row and field, and --json prints the result', async () => {
    const bad = writeCsv(dir, 'bad.csv', [HEADERS.arrests, ['P1', '2008-01-01', '', ''], ['P1', '2008-13-01', '', '']]);
    const r = await waymark(['import', 'arrests', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv row 3, arrest_date: 2008-13-01 is not a date');
    expect(r.stderr).toMatch(/nothing was stored\. Correct them, or import the file again with --partial to store the good rows\./);
    const j = await waymark(['import', 'arrests', bad, '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({ status: 'failed', rowsRejected: 1, errors: [{ row: 3, field: 'arrest_date' }] });
    const partial = await waymark(['import', 'arrests', bad, '--partial']);
    expect(partial.code).toBe(0);
    expect(partial.stdout).toMatch(/1 added, 0 updated, 0 unchanged, 1 rejected/);
    expect(fs.readFileSync(path.join(dir, 'bad.errors.csv'), 'utf8')).toContain('bad.csv,3,arrest_date,2008-13-01,2008-13-01 is not a date');
    // A code that is no Home Office code is stored and flagged, and the import says where to see it.
    const odd = writeCsv(dir, 'odd.csv', [HEADERS.arrests, ['P2', '2008-02-01', 'NOT-A-CODE', '']]);
    const flagged = await waymark(['import', 'arrests', odd]);
    expect(flagged.code).toBe(0);
    expect(flagged.stdout).toMatch(/1 row has an offence code that is not a known Home Office code: stored as sent, and flagged\. See them in the data-quality report of the import: waymark data-quality --import \d+\./);
  }, 120_000);

  it('answers a CSV with an unclosed quote in one line naming the file and row, exit 1, no stack trace', async () => {
    const file = path.join(dir, 'unclosed.csv');
    fs.writeFileSync(file, [csvLine(PEOPLE_HEADER), csvLine(personRow('Q1', 9001)), 'Q2,"1990/0009002A,,,,Unclosed,Given,1985-03-04,male,W1,E06000001,ZZ1 1ZZ\n'].join(''));
    const r = await waymark(['import', 'people', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('waymark: unclosed.csv, row 3: a quoted field is not closed before the end of the file\n');
    expect(r.stderr).not.toContain('    at ');
  }, 60_000);

  it('exports to standard output in the import format', async () => {
    const r = await waymark(['export', 'people', '-']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // The people format's optional last column, restricted, is always exported (issue 14).
    expect(lines[0]).toBe([...PEOPLE_HEADER, 'restricted'].join(','));
    expect(lines).toHaveLength(PEOPLE + 1);
    expect(lines[1]).toBe('P0,1990/0000000A,,,,Testfamily0,Given0,1985-03-04,male,W1,E06000001,ZZ1 1ZZ,no');
    const unknown = await waymark(['export', 'nonsense', '-']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nonsense is not a kind of data/);
  }, 60_000);
});
