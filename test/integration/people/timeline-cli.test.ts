// `waymark person timeline` run as a real process: a page, the next by its
// cursor, kinds, a restricted record's reason, and bad input exits 1 with one
// line. The service under it is tested on both engines (timeline-paging.test.ts);
// each command is a new process, which costs seconds on the embedded engine,
// so these run on the PostgreSQL pass.
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnership, createPerson } from '../../support/fixtures.js';

let cli: CliWorld;
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);
const day = (i: number) => new Date(Date.UTC(2006, 0, 2) + i * 7 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-timeline-cli-');
  const d = await cli.open();
  const f = await createPartnership(d.db, 'TLCLI');
  const personId = await createPerson(d.db, f, { ref: 'TL0001' });
  const restrictedId = await createPerson(d.db, f, { ref: 'TL0002', restricted: true });
  const base = { partnership_id: f.partnershipId, person_id: personId };
  await d.db.insertInto('arrests').values(Array.from({ length: 8 }, (_, i) => ({ ...base, arrest_date: day(i), offence_code: '10300', offence_code_raw: '10300', outcome: 'charged' as const }))).execute();
  await d.db.insertInto('breaches').values({ ...base, breach_date: day(3), order_kind: 'licence', outcome: 'recalled' }).execute();
  await d.db.insertInto('arrests').values({ partnership_id: f.partnershipId, person_id: restrictedId, arrest_date: day(1), offence_code_raw: '10300' }).execute();
  await cli.done(d);
}, 60_000);

afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark person timeline', () => {
  it('prints a page, newest first, with the command for the next; the next page by its cursor', async () => {
    const first = await waymark(['person', 'timeline', 'TL0001', '--limit', '5']);
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${day(7)}  Arrested: `));
    expect(first.stdout).toContain('Entries 1 to 5 of 9, most recent first.');
    const more = /More: waymark person timeline TL0001 --cursor (\S+)/.exec(first.stdout);
    expect(more).not.toBeNull();
    const second = await waymark(['person', 'timeline', 'TL0001', '--limit', '5', '--cursor', more![1]!, '--json']);
    const page = JSON.parse(second.stdout);
    expect(page.timeline).toHaveLength(4);
    expect(page.next).toBeNull();
    expect(page.counts).toEqual({ arrest: 8, breach: 1 });
  });

  it('filters by kind, needs a reason for a restricted record, and refuses an unknown kind', async () => {
    const breaches = JSON.parse((await waymark(['person', 'timeline', 'TL0001', '--kind', 'breach', '--json'])).stdout);
    expect(breaches.timeline).toEqual([{ date: day(3), kind: 'breach', title: 'Breach', detail: 'licence; recalled' }]);
    const refused = await waymark(['person', 'timeline', 'TL0002']);
    expect(refused.code).toBe(1);
    // The refusal names the option that gives the reason.
    expect(refused.stderr).toContain('This record is restricted: state why you need to see it. Give the reason with --justification TEXT (or --reason TEXT)');
    const shown = await waymark(['person', 'timeline', 'TL0002', '--reason', 'Checking the record before the panel']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Entries 1 to 1 of 1');
    // --justification, the name case show and export take, is the same option.
    const justified = await waymark(['person', 'timeline', 'TL0002', '--justification', 'Checking the record before the panel']);
    expect(justified.code, justified.stderr).toBe(0);
    expect(justified.stdout).toContain('Entries 1 to 1 of 1');
    // And case show takes --reason: past the restriction, to the person's (absent) case.
    const caseShow = await waymark(['case', 'show', 'TL0002', '--reason', 'Checking the record before the panel']);
    expect(caseShow.stderr).toContain('TL0002 has no open case');
    const bad = await waymark(['person', 'timeline', 'TL0001', '--kind', 'gossip']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--kind takes kinds of entry');
  });
});
