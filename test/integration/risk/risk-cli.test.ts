// `waymark risk assess|mappa|show`: risk assessments and MAPPA referrals from
// the command line, through the same service as the web page and the API.
// The CLI door's parsing and printing do not depend on the engine, and the
// services under it are tested on both; each command is a new process, which
// costs seconds on the embedded engine, so this runs on the PostgreSQL pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWorld, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';

let cli: CliWorld;
let personId: number;

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-risk-');
  const d = await cli.open();
  const f = await createPartnership(d.db, 'CLI');
  personId = await createPerson(d.db, f, { ref: 'R1' });
  await cli.done(d);
}, 60_000);
afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark risk', () => {
  it('records an assessment and a referral, refuses a bad level, and shows them', async () => {
    const run = (args: string[]) => cli.waymark(args);
    const assessed = await run(['risk', 'assess', 'R1', '--date', '2010-03-01', '--rosh', 'high', '--agency', 'PROBATION']);
    expect(assessed.stderr).toBe('');
    expect(assessed.stdout).toMatch(/Risk assessment \d+ of R1 recorded: risk of serious harm high on 2010-03-01, by Test probation\./);
    const bad = await run(['risk', 'assess', 'R1', '--date', '2010-03-01', '--rosh', 'extreme']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Risk of serious harm must be low, medium, high or very high, not extreme/);
    const noDate = await run(['risk', 'mappa', 'R1']);
    expect(noDate.code).toBe(1);
    const referred = await run(['risk', 'mappa', 'R1', '--date', '2010-03-05', '--outcome', 'level 2']);
    expect(referred.stdout).toMatch(/MAPPA referral \d+ of R1 recorded on 2010-03-05: level 2\./);
    const shown = await run(['risk', 'show', 'R1', '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      riskAssessments: [{ personRef: 'R1', date: '2010-03-01', riskOfSeriousHarm: 'high', assessorAgency: { code: 'PROBATION' } }],
      mappaReferrals: [{ date: '2010-03-05', outcome: 'level 2' }],
    });

    const d = await cli.open();
    try {
      const audit = await d.db.selectFrom('audit_log').select(['action', 'what']).where('person_id', '=', personId).orderBy('id').execute();
      expect(audit.slice(0, 2)).toEqual([
        { action: 'collection', what: 'risk assessment (high) of 2010-03-01' },
        { action: 'collection', what: 'MAPPA referral of 2010-03-05' },
      ]);
    } finally {
      await cli.done(d);
    }
  }, 300_000);
});
