// `waymark risk assess|mappa|show`: risk assessments and MAPPA referrals from
// the command line, on an embedded database of its own, through the same
// service as the web page and the API.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';
import { runWaymark } from '../../support/cli.js';

describe('waymark risk', () => {
  it('records an assessment and a referral, refuses a bad level, and shows them', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-risk-')), 'data');
    let personId: number;
    const d = await openDatabase({ dataDir });
    try {
      const f = await createPartnership(d.db, 'CLI');
      personId = await createPerson(d.db, f, { ref: 'R1' });
    } finally {
      await d.close();
    }
    const env = { ...process.env, DATABASE_URL: '', WAYMARK_DATA: dataDir };
    const run = (args: string[]) => runWaymark(args, { env, cwd: os.tmpdir() });

    const assessed = await run(['risk', 'assess', 'R1', '--date', '2010-03-01', '--rosh', 'high', '--agency', 'PROBATION']);
    expect(assessed.stderr).toBe('');
    expect(assessed.stdout).toMatch(/Risk assessment \d+ of R1 recorded: risk of serious harm high on 2010-03-01, by Test probation\./);
    const bad = await run(['risk', 'assess', 'R1', '--date', '2010-03-01', '--rosh', 'extreme']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Risk of serious harm must be low, medium, high or very_high, not extreme/);
    const noDate = await run(['risk', 'mappa', 'R1']);
    expect(noDate.code).toBe(1);
    const referred = await run(['risk', 'mappa', 'R1', '--date', '2010-03-05', '--outcome', 'level 2']);
    expect(referred.stdout).toMatch(/MAPPA referral \d+ of R1 recorded on 2010-03-05: level 2\./);
    const shown = await run(['risk', 'show', 'R1', '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      riskAssessments: [{ personRef: 'R1', date: '2010-03-01', riskOfSeriousHarm: 'high', assessorAgency: { code: 'PROBATION' } }],
      mappaReferrals: [{ date: '2010-03-05', outcome: 'level 2' }],
    });

    const db = await openDatabase({ dataDir });
    try {
      const audit = await db.db.selectFrom('audit_log').select(['action', 'what']).where('person_id', '=', personId).orderBy('id').execute();
      expect(audit.slice(0, 2)).toEqual([
        { action: 'collection', what: 'risk assessment (high) of 2010-03-01' },
        { action: 'collection', what: 'MAPPA referral of 2010-03-05' },
      ]);
    } finally {
      await db.close();
    }
  }, 300_000);
});
