// `waymark case …` run as a real process (issue 15): open a case, its team, a
// plan action and its outcome, a note and an assessment; show it as JSON (the
// API's shape); a user's caseload; a bad argument exits 1 with a message.
// The CLI door's parsing and printing do not depend on the engine, and the
// services under it are tested on both; each command is a new process, which
// costs seconds on the embedded engine, so these run on the PostgreSQL pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import type { Database } from '../../../src/db/database.js';
import { createPartnership, createUser } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';

let cli: CliWorld;
const open = (): Promise<Database> => cli.open();
const done = (d: Database): Promise<void> => cli.done(d);
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-case-cli-');
  const d = await open();
  const f = await createPartnership(d.db, 'CASECLI');
  await d.db.updateTable('partnerships').set({ data_as_of: '2010-06-30' }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(d.db, f, 'PPO', 10);
  await addPerson(d.db, f, { ref: 'CLI1', memberSince: { schemeId: scheme.id, start: '2010-01-01' } });
  await createUser(d.db, f, { username: 'olivia', role: 'practitioner', agency: 'probation', passwordHash: 'x' });
  await createUser(d.db, f, { username: 'dora', role: 'practitioner', agency: 'drug_service', passwordHash: 'x' });
  await done(d);
}, 60_000);
afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark case', () => {
  it('opens a case, works it, and shows it and the caseload', async () => {
    const opened = await waymark(['case', 'open', 'CLI1', '--scheme', 'PPO', '--lead', 'PROBATION', '--manager', 'olivia', '--date', '2010-02-01']);
    expect(opened.stderr).toBe('');
    expect(opened.stdout).toMatch(/^Case \d+ opened for CLI1 on PPO\.\n$/);
    expect((await waymark(['case', 'team', 'CLI1', '--agency', 'DRUG_SERVICE', '--role', 'drug worker', '--worker', 'dora'])).stdout).toBe('DRUG_SERVICE is on the team of CLI1 as drug worker.\n');
    const added = await waymark(['case', 'action', 'add', 'CLI1', '--pathway', 'accommodation', '--description', 'Hostel referral', '--owner', 'HOUSING', '--due', '2010-06-20']);
    expect(added.stderr).toBe('');
    const actionId = /^Action (\d+) added/.exec(added.stdout)![1]!;
    expect((await waymark(['case', 'note', 'CLI1', '--body', 'Methadone dose stable', '--health'])).stdout).toMatch(/\(health\)\.\n$/);
    const rates = ['accommodation', 'education_training_employment', 'health', 'drugs_alcohol', 'finance_benefit_debt', 'children_families', 'attitudes_thinking_behaviour'].flatMap((p) => ['--rate', `${p}=medium`]);
    expect((await waymark(['case', 'assess', 'CLI1', '--kind', 'initial', ...rates])).stdout).toMatch(/Assessment \d+ \(initial\) recorded for CLI1 on 2010-06-30\./);

    const load = await waymark(['case', 'caseload', '--user', 'olivia', '--json']);
    expect(load.stderr).toBe('');
    expect(JSON.parse(load.stdout).cases).toEqual([expect.objectContaining({ personRef: 'CLI1', scheme: 'PPO', lead: 'Test probation', overdueActions: 1 })]);
    const dora = JSON.parse((await waymark(['case', 'caseload', '--user', 'dora', '--view', 'today', '--json'])).stdout);
    expect(dora.cases.map((c: { personRef: string }) => c.personRef)).toEqual(['CLI1']);

    const done = await waymark(['case', 'action', 'done', actionId, '--outcome', 'Place found']);
    expect(done.stdout).toBe(`Action ${actionId} done on 2010-06-30.\n`);
    const shown = JSON.parse((await waymark(['case', 'show', 'CLI1', '--json'])).stdout);
    expect(shown).toMatchObject({ personRef: 'CLI1', lead: { agency: 'Test probation' }, disengagement: null, healthWithheld: null });
    expect(shown.team.map((m: { role: string }) => m.role)).toEqual(['lead', 'drug worker']);
    expect(shown.actions[0]).toMatchObject({ kind: 'plan', status: 'done', outcome: 'Place found' });
    expect(shown.notes[0].body).toBe('Methadone dose stable');
    expect(shown.assessments[0].ratings).toHaveLength(7);
  });

  it('exits 1 with a message on bad input', async () => {
    const bad = await waymark(['case', 'caseload', '--user', 'olivia', '--view', 'everything']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('view must be one of mine, team, today');
    const rate = await waymark(['case', 'assess', 'CLI1', '--rate', 'accommodation']);
    expect(rate.code).toBe(1);
    expect(rate.stderr).toContain('write PATHWAY=RATING');
    // An implausible date is refused in the service's words, naming the field, as on the web and the API.
    const ancient = await waymark(['case', 'action', 'add', 'CLI1', '--pathway', 'accommodation', '--description', 'Ancient', '--owner', 'HOUSING', '--due', '1900-01-01']);
    expect(ancient.code).toBe(1);
    expect(ancient.stderr).toContain('An action cannot be due before the case opened (2010-02-01).');
    const note = await waymark(['case', 'note', 'CLI1', '--body', 'Long ago', '--date', '2010-01-31']);
    expect(note.code).toBe(1);
    expect(note.stderr).toContain('A note cannot be dated before the case opened (2010-02-01).');
  });
});
