// `waymark person consent`: recording and withdrawing consent to share health
// detail from the command line, on an embedded database of its own.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';
import { scratchDir } from '../../support/scratch.js';

const run = promisify(execFile);
const bin = path.resolve('bin/waymark.js');

async function waymark(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [bin, ...args], { cwd: os.tmpdir(), env: { ...process.env, DATABASE_URL: '', ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

// It runs on an embedded data folder whatever the run's engine, so once is enough: on the PGlite pass.
describe.skipIf(Boolean(process.env.WAYMARK_TEST_DATABASE_URL))('waymark person consent', () => {
  it('records, refuses bad input, withdraws, and logs each change', async () => {
    const dataDir = path.join(scratchDir('waymark-consent-'), 'data');
    let personId: number;
    const d = await openDatabase({ dataDir });
    try {
      const f = await createPartnership(d.db, 'CLI');
      personId = await createPerson(d.db, f, { ref: 'C1' });
    } finally {
      await d.close();
    }
    const env = { WAYMARK_DATA: dataDir };
    const recorded = await waymark(['person', 'consent', 'C1', '--scope', 'police,housing', '--date', '2010-03-01'], env);
    expect(recorded.stderr).toBe('');
    expect(recorded.stdout).toContain('recorded, given on 2010-03-01, shared with housing, police');
    const bad = await waymark(['person', 'consent', 'C1', '--scope', 'landlords'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Unknown agency kind "landlords" in the scope\. Use --scope all, or agency kinds separated by commas: police, probation,/);
    const both = await waymark(['person', 'consent', 'C1', '--scope', 'all', '--withdraw'], env);
    expect(both.code).toBe(1);
    const withdrawn = await waymark(['person', 'consent', 'C1', '--withdraw', '--date', '2010-04-01'], env);
    expect(withdrawn.stdout).toContain('withdrawn on 2010-04-01');
    const db = await openDatabase({ dataDir });
    try {
      const rows = await db.db.selectFrom('health_consents').select(['given_date', 'share_with_all', 'agency_kinds', 'withdrawn_date']).where('person_id', '=', personId).execute();
      expect(rows).toEqual([{ given_date: '2010-03-01', share_with_all: false, agency_kinds: ['housing', 'police'], withdrawn_date: '2010-04-01' }]);
      const audit = await db.db.selectFrom('audit_log').select(['action', 'what']).where('person_id', '=', personId).orderBy('id').execute();
      expect(audit).toEqual([
        { action: 'alteration', what: 'recorded consent to share health detail' },
        { action: 'alteration', what: 'withdrew consent to share health detail' },
      ]);
    } finally {
      await db.close();
    }
  }, 300_000);
});
