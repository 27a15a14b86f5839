// `waymark retention …` run as a real process: the records due (JSON), a
// decision, the period; a bad choice exits 1 with a message.
import { sql } from 'kysely';
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';

let cli: CliWorld;
const open = (): Promise<Database> => cli.open();
const done = (d: Database): Promise<void> => cli.done(d);
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);

// The command-line doors, on the PostgreSQL pass (as the other CLI door
// tests); the retention rules beneath are tested in-process on both engines.
describe.skipIf(testEngine === 'pglite')('waymark retention', () => {
  beforeAll(async () => {
    cli = await cliWorld('waymark-retention-cli-');
    const d = await open();
    const f = await createPartnership(d.db, 'RET');
    const a = await createPerson(d.db, f, { ref: 'OLD1', family: 'Oldrecord' });
    await createPerson(d.db, f, { ref: 'OLD2' });
    await sql`UPDATE people SET created_at = '2001-01-01', updated_at = '2001-01-01' WHERE partnership_id = ${f.partnershipId}`.execute(d.db);
    expect(a).toBeGreaterThan(0);
    await done(d);
  }, 60_000);

  afterAll(async () => {
    await cli?.close();
  });

  it('lists the records due, decides on one, and sets the period', async () => {
    const due = await waymark(['retention', 'due', '--json', '--as-of', '2010-01-01']);
    expect(due.stderr).toBe('');
    expect(due.code).toBe(0);
    const list = JSON.parse(due.stdout);
    expect(list).toMatchObject({ asOf: '2010-01-01', years: 6, cutoff: '2004-01-01' });
    expect(list.records.map((r: { personRef: string }) => r.personRef)).toEqual(['OLD1', 'OLD2']);

    const both = await waymark(['retention', 'decide', 'OLD1', '--erase', '--keep', '--reason', 'x']);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('Choose one of --keep, --erase or --anonymise.');

    const erased = await waymark(['retention', 'decide', 'OLD1', '--erase', '--reason', 'no activity for six years']);
    expect(erased.stderr).toBe('');
    expect(erased.stdout).toBe('OLD1: erased (1 record). Logged as an erasure.\n');

    const set = await waymark(['retention', 'period', '--years', '10']);
    expect(set.stdout).toBe('Records now come up for review after 10 years without activity.\n');
    const after = JSON.parse((await waymark(['retention', 'due', '--json', '--as-of', '2010-01-01'])).stdout);
    expect(after.records).toEqual([]);
    const plain = await waymark(['retention', 'due', '--as-of', '2012-01-01']);
    expect(plain.stdout).toMatch(/^1 record with no activity since 2002-01-01 \(retention period 10 years, as of 2012-01-01\)\.\nOLD2 /);
  }, 120_000);
});
