// The real CLI as a child process: `waymark ogrs3 FILE` (no database needed),
// and `waymark performance ni30 --json` against an embedded data folder.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';
import { addMembership, addOutcomes, createScheme, spread } from './helpers.js';
import { scratchDir } from '../../support/scratch.js';

const run = promisify(execFile);
const bin = path.resolve('bin/waymark.js');
const CASES = path.resolve('../shared/reference/ogrs3/cases.json');

async function waymark(args: string[], env: Record<string, string> = {}, cwd = os.tmpdir()) {
  try {
    const r = await run(process.execPath, [bin, ...args], { cwd, env: { ...process.env, DATABASE_URL: '', ...env }, maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

// These run on an embedded data folder (or none) whatever the run's engine, so once is enough: on the PGlite pass.
const onPostgresPass = Boolean(process.env.WAYMARK_TEST_DATABASE_URL);

describe.skipIf(onPostgresPass)('waymark ogrs3 FILE', () => {
  it('reproduces all 250 published cases to within 1e-12, without a database', async () => {
    const cwd = scratchDir('waymark-ogrs3-');
    const r = await waymark(['ogrs3', CASES], { WAYMARK_DATA: path.join(cwd, 'data') }, cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = JSON.parse(fs.readFileSync(CASES, 'utf8')) as { id: string; expected: { oneYear: number; twoYear: number } }[];
    const got = JSON.parse(r.stdout) as { id: string; oneYear: number; twoYear: number; band: string }[];
    expect(got).toHaveLength(250);
    got.forEach((g, i) => {
      expect(g.id).toBe(expected[i]!.id);
      expect(Math.abs(g.oneYear - expected[i]!.expected.oneYear)).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(g.twoYear - expected[i]!.expected.twoYear)).toBeLessThanOrEqual(1e-12);
      expect(['low', 'medium', 'high', 'very high']).toContain(g.band);
    });
    expect(fs.existsSync(path.join(cwd, 'data'))).toBe(false);
  });

  it('rejects a malformed record with its id and field, exit code 1', async () => {
    const cases = JSON.parse(fs.readFileSync(CASES, 'utf8')) as Record<string, unknown>[];
    cases[7] = { ...cases[7], id: 'T7', birthDate: '1990-02-30' };
    const file = path.join(scratchDir('waymark-ogrs3-'), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(cases));
    const r = await waymark(['ogrs3', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('record T7 (index 7), birthDate: "1990-02-30" is not a date');
  });

  it('says when the file is not JSON', async () => {
    const file = path.join(scratchDir('waymark-ogrs3-'), 'x.json');
    fs.writeFileSync(file, '[{');
    const r = await waymark(['ogrs3', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not valid JSON/);
  });
});

describe.skipIf(onPostgresPass)('waymark performance ni30 --json', () => {
  it('prints exactly the documented fields', async () => {
    const dir = scratchDir('waymark-ni30-');
    const dataDir = path.join(dir, 'data');
    const d = await openDatabase({ dataDir });
    try {
      const f = await createPartnership(d.db, 'CLI');
      // The partnership's data run to 2010-03-31: its "today", whatever the computer's date.
      await d.db.updateTable('partnerships').set({ data_as_of: '2010-03-31' }).where('id', '=', f.partnershipId).execute();
      const s = await createScheme(d.db, f, 'PPO');
      for (let i = 0; i < 4; i++) {
        const p = await createPerson(d.db, f, { ref: `C${i}` });
        await addMembership(d.db, f, s, p, '2007-04-01');
        await addOutcomes(d.db, f, [...spread(5, '2007-04-01', 360), ...spread(i, '2008-04-01', 360)].map((x) => ({ personId: p, offenceDate: x })));
      }
    } finally {
      await d.close();
    }
    const r = await waymark(['performance', 'ni30', '--scheme', 'PPO', '--year', '2008/09', '--ceiling', '16%', '--json'], { WAYMARK_DATA: dataDir });
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    for (const k of ['cohortSize', 'baseline', 'ceiling', 'threshold', 'averageMonthsOnScheme', 'quarters', 'actual', 'reductionAchieved', 'shareConvicted']) expect(j).toHaveProperty(k);
    for (const k of ['quarter', 'actual', 'expected', 'variance', 'cumulativeActual', 'cumulativeExpected']) expect(j.quarters[0]).toHaveProperty(k);
    expect(j).toMatchObject({ cohortSize: 4, baseline: 20, ceiling: 0.16, threshold: 17, actual: 6, averageMonthsOnScheme: 12, shareConvicted: 0.75 });
    const table = await waymark(['performance', 'ni30', '--scheme', 'PPO', '--year', '2008/09', '--ceiling', '0.16'], { WAYMARK_DATA: dataDir });
    expect(table.stdout).toMatch(/Threshold\s+17/);
    expect(table.stdout).toMatch(/Method/);
    const bad = await waymark(['performance', 'ni30', '--scheme', 'NOPE', '--year', '2008/09', '--ceiling', '0.16'], { WAYMARK_DATA: dataDir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No scheme with code NOPE/);

    // OGRS3 for a frozen list: on 2006-01-01 nobody is a member yet, but the list has all four.
    const frozen = await waymark(['performance', 'cohort-freeze', '--scheme', 'PPO', '--name', 'NI30 2008/09', '--year', '2008/09'], { WAYMARK_DATA: dataDir });
    expect(frozen.stdout).toMatch(/Froze cohort list (\d+) "NI30 2008\/09": 4 members/);
    const listId = frozen.stdout.match(/Froze cohort list (\d+)/)![1]!;
    const members = await waymark(['performance', 'ogrs3', '--scheme', 'PPO', '--as-of', '2006-01-01', '--json'], { WAYMARK_DATA: dataDir });
    expect(JSON.parse(members.stdout)).toMatchObject({ cohortSize: 0, cohort: { source: 'membership', list: null } });
    const listed = await waymark(['performance', 'ogrs3', '--scheme', 'PPO', '--as-of', '2006-01-01', '--cohort-list', listId], { WAYMARK_DATA: dataDir });
    expect(listed.stderr).toBe('');
    expect(listed.stdout).toMatch(/OGRS3 — PPO frozen list "NI30 2008\/09", as of 2006-01-01: 4 \(0 scored\)/);

    // Without --as-of the figures are read on the partnership's today, as on the web and the API.
    const onToday = await waymark(['performance', 'ogrs3', '--scheme', 'PPO', '--json'], { WAYMARK_DATA: dataDir });
    expect(onToday.stderr).toBe('');
    expect(JSON.parse(onToday.stdout)).toMatchObject({ asOf: '2010-03-31', cohortSize: 4 });
    const reoffending = await waymark(['performance', 'reoffending', '--scheme', 'PPO', '--from', '2007-04-01', '--to', '2008-03-31', '--json'], { WAYMARK_DATA: dataDir });
    expect(reoffending.stderr).toBe('');
    expect(JSON.parse(reoffending.stdout)).toMatchObject({ asOf: '2010-03-31' });
  });
});
