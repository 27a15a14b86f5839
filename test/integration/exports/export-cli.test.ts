// `waymark export LIST FILE` run as a real process (issue 16): a list exports
// from the CLI through the same service as the web and the API, neutralised and
// logged; the import kinds keep their export exactly. Each command is a new
// process (seconds on the embedded engine), so these run on the PostgreSQL pass.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cliWorld, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';

let cli: CliWorld;

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-export-cli-');
  const d = await cli.open();
  const f = await createPartnership(d.db, 'EXPCLI');
  await d.db.updateTable('partnerships').set({ data_as_of: '2010-06-30' }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(d.db, f, 'PPO', 10);
  const id = await addPerson(d.db, f, { ref: 'CLI1', memberSince: { schemeId: scheme.id, start: '2010-01-01' } });
  await d.db.updateTable('people').set({ family_name: '=HYPERLINK("http://evil.example","x")', given_names: '@SUM(A1)' }).where('id', '=', id).execute();
  await cli.done(d);
}, 60_000);
afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark export', () => {
  it('exports a list as XLSX, neutralised, and logs the disclosure', async () => {
    const file = path.join(cli.dir, 'members.xlsx');
    const r = await cli.waymark(['export', 'scheme-members', file, '--scheme', 'PPO', '--partnership', 'EXPCLI']);
    expect(r.stderr).toBe(`Exported 1 scheme-members rows to ${file}.\n`);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toContain('person_ref');
    expect(rows[1]).toContain('CLI1');
    expect(rows[1]).toContain(`'=HYPERLINK("http://evil.example","x"), @SUM(A1)`);
    const d = await cli.open();
    const entry = await d.db.selectFrom('audit_log').select(['what', 'person_ids']).where('action', '=', 'disclosure').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await cli.done(d);
    expect(entry.what).toBe('export of scheme-members (scheme PPO) as xlsx to members.xlsx');
    expect(entry.person_ids).toHaveLength(1);
  });

  it('writes CSV to standard output, and refuses a list without its parameters', async () => {
    const r = await cli.waymark(['export', 'scheme-members', '-', '--scheme', 'PPO', '--partnership', 'EXPCLI']);
    expect(r.stdout.split('\n')[0]).toBe('as_of,person_ref,name,tier,start_date,years_on_scheme,area,in_custody,custody_sentence_days,expected_release_date');
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil.example"",""x""), @SUM(A1)"`);
    const bad = await cli.waymark(['export', 'panel-minutes', '-', '--scheme', 'PPO', '--partnership', 'EXPCLI']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/date/);
  });

  it('keeps the import kinds as they were', async () => {
    const file = path.join(cli.dir, 'people.csv');
    const r = await cli.waymark(['export', 'people', file, '--partnership', 'EXPCLI']);
    expect(r.stderr).toBe(`Exported 1 people rows to ${file}.\n`);
    expect(fs.readFileSync(file, 'utf8')).toContain(`'=HYPERLINK`);
    const unknown = await cli.waymark(['export', 'nonsense', '-']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/scheme-members/);
  });
});
