// `waymark alerts …` and `waymark watchlist …` run as real processes: the
// daily refresh (idempotent), the list as JSON, an acknowledgement, and a watch
// list saved, run and exported with its cells neutralised. (Each process opens
// the database afresh: a few seconds each, so the steps share a test.)
// The CLI door's parsing and printing do not depend on the engine, and the
// services under it are tested on both; each command is a new process, which
// costs seconds on the embedded engine, so these run on the PostgreSQL pass.
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createPartnership } from '../../support/fixtures.js';
import { addPerson, createScheme } from '../selection/support.js';

let cli: CliWorld;
const open = (): Promise<Database> => cli.open();
const done = (d: Database): Promise<void> => cli.done(d);
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-alerts-cli-');
  const d = await open();
  const f = await createPartnership(d.db, 'ALC');
  await d.db.updateTable('partnerships').set({ data_as_of: '2010-06-30' }).where('id', '=', f.partnershipId).execute();
  const scheme = await createScheme(d.db, f, 'PPO', 10);
  const id = await addPerson(d.db, f, { ref: 'CLI1', memberSince: { schemeId: scheme.id, start: '2010-05-01' }, custody: { reception: '2010-01-10', release: '2010-06-20' } });
  await d.db.updateTable('people').set({ family_name: '@SUM(1+1)' }).where('id', '=', id).execute();
  await addPerson(d.db, f, { ref: 'CLI2', memberSince: { schemeId: scheme.id, start: '2010-05-01' }, custody: { reception: '2010-06-01', expected: '2010-08-01' } });
  const other = await d.db.selectFrom('people').select('id').where('person_ref', '=', 'CLI2').executeTakeFirstOrThrow();
  await d.db.insertInto('cases').values({ partnership_id: f.partnershipId, person_id: other.id, scheme_id: scheme.id, lead_agency_id: f.agencies.probation, opened_on: '2010-05-01' }).execute();
  await done(d);
}, 60_000);

afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark alerts', () => {
  it('refreshes the timed alerts once, lists them and acknowledges one', async () => {
    const first = await waymark(['alerts', 'refresh', '--as-of', '2010-06-30']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('1 new alert raised for 2010-06-30.\n');
    expect((await waymark(['alerts', 'refresh', '--as-of', '2010-06-30'])).stdout).toBe('0 new alerts raised for 2010-06-30.\n');
    const list = await waymark(['alerts', 'list', '--json']);
    expect(list.code).toBe(0);
    const page = JSON.parse(list.stdout) as { alerts: { id: number; kind: string; personRef: string }[] };
    expect(page.alerts.map((a) => [a.kind, a.personRef])).toEqual([['release_due', 'CLI2']]);
    const ack = await waymark(['alerts', 'acknowledge', String(page.alerts[0]!.id)]);
    expect(ack.stdout).toBe(`Alert ${page.alerts[0]!.id} (release_due, CLI2) acknowledged.\n`);
  }, 180_000);
});

describe.skipIf(testEngine !== 'postgres')('waymark watchlist', () => {
  it('saves, runs and exports a watch list', async () => {
    const add = await waymark(['watchlist', 'add', 'Released', '--query', 'released_recently']);
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('saved: Members released in the last 28 days');
    const run = await waymark(['watchlist', 'run', 'Released', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { results: { personRef: string }[] }).results.map((r) => r.personRef)).toEqual(['CLI1']);
    const csv = await waymark(['watchlist', 'run', 'Released', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[1]).toMatch(/^CLI1,'@SUM\(1\+1\),/);
    expect((await waymark(['watchlist', 'delete', 'Released'])).stdout).toMatch(/^Watch list \d+ "Released" deleted\.\n$/);
    expect((await waymark(['watchlist', 'list'])).stdout).toBe('No watch lists.\n');
  }, 180_000);
});
