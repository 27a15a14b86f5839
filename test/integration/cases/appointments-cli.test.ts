// `waymark case appointment …` and `case outreach-days`
// run as a real process: a late miss opens outreach, a planned one's miss
// recorded later opens the pathway, the days to outreach set; bad input exits 1 with one line.
// The CLI door's parsing and printing do not depend on the engine, and the
// services under it are tested on both; each command is a new process, which
// costs seconds on the embedded engine, so these run on the PostgreSQL pass.
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';
import { createScheme } from '../selection/support.js';

let cli: CliWorld;
let probationId: number;
const open = (): Promise<Database> => cli.open();
const done = (d: Database): Promise<void> => cli.done(d);
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-appointments-cli-');
  const d = await open();
  const f = await createPartnership(d.db, 'APPTCLI');
  await d.db.updateTable('partnerships').set({ data_as_of: '2010-06-30' }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(d.db, f, 'PPO', 10);
  const personId = await createPerson(d.db, f, { ref: 'CLI0001' });
  probationId = f.agencies.probation;
  const c = await d.db.insertInto('cases').values({ partnership_id: f.partnershipId, person_id: personId, scheme_id: scheme.id, lead_agency_id: probationId, opened_on: '2009-06-01' }).returning('id').executeTakeFirstOrThrow();
  await d.db.insertInto('case_team').values({ case_id: c.id, agency_id: probationId, role: 'lead', added_on: '2009-06-01' }).execute();
  await done(d);
}, 60_000);

afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark case appointment', () => {
  it('records a late miss (outreach due 2 days after it), then a planned one and its outcome, and sets the days to outreach', async () => {
    const missed = await waymark(['case', 'appointment', 'add', 'CLI0001', '--date', '2010-06-01', '--purpose', 'Supervision', '--status', 'missed', '--json']);
    expect(missed.stderr).toBe('');
    expect(missed.code).toBe(0);
    const a = JSON.parse(missed.stdout);
    expect(a).toMatchObject({ status: 'missed', date: '2010-06-01', agencyId: probationId, outreach: { dueDate: '2010-06-03' } });

    const days = await waymark(['case', 'outreach-days', '4']);
    expect(days.stdout).toBe('Assertive outreach is now due 4 days after a missed appointment (was 2).\n');

    const planned = await waymark(['case', 'appointment', 'add', 'CLI0001', '--date', '2010-06-10', '--purpose', 'Supervision', '--json']);
    const p = JSON.parse(planned.stdout);
    const out = await waymark(['case', 'appointment', 'outcome', String(p.id), '--status', 'missed', '--version', '1']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^Appointment ${p.id} for CLI0001 on 2010-06-10 recorded as missed; assertive outreach \\d+ due 2010-06-14; the disengagement pathway \\(\\d+\\) opened\\.\\n$`));
  }, 180_000);

  it('refuses an attended appointment after today, exiting 1 with one line', async () => {
    const future = await waymark(['case', 'appointment', 'add', 'CLI0001', '--date', '2010-07-02', '--purpose', 'x', '--status', 'attended']);
    expect(future.code).toBe(1);
    expect(future.stderr).toBe('waymark: An appointment cannot be recorded as attended before its date (2010-07-02 is after today, 2010-06-30).\n');
  }, 60_000);
});
