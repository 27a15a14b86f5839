// The CLI doors of issue 14, with the real `waymark` as a child process on the
// test's database: `person restrict REF --allow USERNAME...` and `person
// unrestrict REF` (a user not named no longer finds the person; the named one
// does; each change is in `audit search --person`), the people import's
// restricted column, and `agreement add|list|end`.
import fs from 'node:fs';
import path from 'node:path';
import { cliWorld, runWaymark, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { csvLine } from '../../../src/db/statements.js';
import type { Database } from '../../../src/db/database.js';
import { testEngine } from '../../support/db.js';
import { createPartnership, createUser } from '../../support/fixtures.js';
import { searchPeople } from '../../../src/people/service.js';
import type { Actor } from '../../../src/access/actor.js';

let cli: CliWorld;
let dir: string;

beforeAll(async () => {
  cli = await cliWorld('waymark-sharing-');
  dir = cli.dir;
});
afterAll(async () => {
  await cli?.close();
});


function waymark(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return runWaymark(args, { cwd: dir, env: { ...cli.env, NODE_ENV: '', ...extraEnv } });
}

async function ok(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const r = await waymark(args, extraEnv);
  expect(r.code, `waymark ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

/** Runs fn on the database the CLI uses, in-process (the CLI is slow to start; only the doors under test run as children). */
async function onData<T>(fn: (db: Database['db']) => Promise<T>): Promise<T> {
  const database = await cli.open();
  try {
    return await fn(database.db);
  } finally {
    await cli.done(database);
  }
}

/** Who finds each person by name, read in-process from the database the CLI wrote. */
async function finders(...refs: string[]): Promise<Record<string, string[]>> {
  return onData(async (db) => {
    const users = await db.selectFrom('users').innerJoin('agencies', 'agencies.id', 'users.agency_id').select(['users.id', 'users.username', 'users.partnership_id', 'users.role', 'agencies.kind']).orderBy('users.username').execute();
    const found: Record<string, string[]> = Object.fromEntries(refs.map((r) => [r, []]));
    for (const u of users) {
      const actor: Actor = { userId: u.id, partnershipId: u.partnership_id, role: u.role, agencyKind: u.kind, label: u.username };
      const seen = (await searchPeople(db, actor, 'Fictional')).map((p) => p.personRef);
      for (const r of refs) if (seen.includes(r)) found[r]!.push(u.username);
    }
    return found;
  });
}

// The command-line doors, on the PostgreSQL pass (as the other CLI door
// tests): on the embedded engine every command would open the data folder
// anew, and the services beneath are tested in-process on both engines.
describe.skipIf(testEngine === 'pglite')('restrictions and agreements at the command line', () => {
  it('restricts and unrestricts a person, refusing unknown users by name; each change is audited', async () => {
    // The partnership (agencies POLICE, HOUSING, …; area E06000001) and its users, set up in-process.
    await onData(async (db) => {
      const f = await createPartnership(db, 'T');
      for (const [username, agency] of [['alice', 'police'], ['bob', 'housing'], ['carol', 'police']] as const) {
        await createUser(db, f, { username, role: 'practitioner', agency, passwordHash: 'not-used' });
      }
    });
    const header = ['person_ref', 'pnc_id', 'cro_number', 'prison_number', 'probation_crn', 'family_name', 'given_names', 'date_of_birth', 'sex', 'ethnicity', 'area_code', 'postcode', 'restricted'];
    const file = path.join(dir, 'people.csv');
    fs.writeFileSync(file, [header, ['T1', '', '', '', '', 'Fictional1', 'Test', '1980-01-01', 'male', '', 'E06000001', '', ''], ['T2', '', '', '', '', 'Fictional2', 'Test', '1980-01-01', 'male', '', 'E06000001', '', 'yes']].map((r) => csvLine(r)).join(''));
    expect((await ok(['import', 'people', file])).stdout).toMatch(/2 added/);
    // Restricted by the file, by the operator: no user is named until someone is.
    expect(await finders('T1', 'T2')).toEqual({ T1: ['alice', 'bob', 'carol'], T2: [] });

    const restricted = await ok(['person', 'restrict', 'T1', '--allow', 'alice', 'carol']);
    expect(restricted.stdout).toBe('T1 is restricted: only alice, carol may see the record.\n');
    expect(await finders('T1')).toEqual({ T1: ['alice', 'carol'] });

    const unknown = await waymark(['person', 'restrict', 'T1', '--allow', 'alice', 'nobody', 'ghost']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('No user nobody, ghost in this partnership');
    expect((await waymark(['person', 'restrict', 'T1'])).stderr).toContain("required option '--allow <username...>'");

    expect((await ok(['person', 'unrestrict', 'T1'])).stdout).toBe('T1 is not restricted.\n');
    expect(await finders('T1')).toEqual({ T1: ['alice', 'bob', 'carol'] });

    const audit = JSON.parse((await ok(['audit', 'search', '--person', 'T1', '--json'])).stdout) as { action: string; what: string }[];
    const changes = audit.filter((e) => e.action === 'alteration').map((e) => e.what);
    expect(changes).toEqual(['lifted the restriction on the record', 'restricted the record to named users']);
    const t2 = await onData((db) =>
      db.selectFrom('audit_log').select('what').where('action', '=', 'alteration').where(sql<boolean>`person_ids @> ARRAY[(SELECT id FROM people WHERE person_ref = 'T2')]::bigint[]`).execute(),
    );
    expect(t2.map((e) => e.what)).toEqual([expect.stringMatching(/^restrictions set by import \d+$/)]);
  }, 600_000);

  it('adds, lists and ends information-sharing agreements', async () => {
    const added = await ok(['agreement', 'add', '--title', 'Tees IOM protocol', '--parties', 'POLICE,HOUSING', '--purpose', 'Integrated offender management', '--data', 'identity,offending', '--from', '2009-04-01']);
    const id = Number(/^Agreement (\d+) recorded\.\n$/.exec(added.stdout)![1]);
    const bad = await waymark(['agreement', 'add', '--title', 'X', '--parties', 'POLICE,NOPE', '--purpose', 'X', '--data', 'identity', '--from', '2009-04-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('No agency NOPE');

    const list = JSON.parse((await ok(['agreement', 'list', '--json'])).stdout) as { id: number; title: string; to: string | null; data: string[]; parties: { code: string }[] }[];
    expect(list.filter((a) => a.id === id)).toEqual([expect.objectContaining({ id, title: 'Tees IOM protocol', to: null, data: ['identity', 'offending'], parties: [expect.objectContaining({ code: 'HOUSING' }), expect.objectContaining({ code: 'POLICE' })] })]);
    expect((await ok(['agreement', 'end', String(id), '--on', '2011-04-01'])).stdout).toBe(`Agreement ${id} ends on 2011-04-01.\n`);
    expect((await ok(['agreement', 'list'])).stdout).toContain('Tees IOM protocol\tHOUSING,POLICE\tfrom 2009-04-01 until 2011-04-01 (exclusive)');
    const ended = await onData((db) => db.selectFrom('audit_log').select(['action', 'details']).where('what', '=', `information-sharing agreement ${id} ended`).execute());
    expect(ended).toEqual([expect.objectContaining({ action: 'alteration' })]);
  }, 600_000);
});
