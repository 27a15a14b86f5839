// Setting up a real partnership from nothing, with the real CLI as a child
// process on an empty embedded data folder (issue 13): the fresh-clone flow
// from `partnership add` to `performance ni30`, and the set-up commands' exit
// codes and messages (a second partnership with the same code, an unknown
// agency kind, tokens created once, listed, revoked and audited), and the
// lists of what was set up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWaymark, type CliRun as Run } from '../../support/cli.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../../src/db/statements.js';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-setup-'));
  // An empty embedded data folder and no demo, whatever the run's engine.
  env = { ...process.env, DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data'), NODE_ENV: '' };
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});


function waymark(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return runWaymark(args, { cwd: dir, env: { ...env, ...extraEnv } });
}

/** Runs a command that must succeed, showing its stderr when it does not. */
async function ok(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const r = await waymark(args, extraEnv);
  expect(r.code, `waymark ${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r;
}

function csv(name: string, rows: (string | number)[][]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, rows.map((r) => csvLine(r.map(String))).join(''));
  return file;
}

const PEOPLE = ['person_ref', 'pnc_id', 'cro_number', 'prison_number', 'probation_crn', 'family_name', 'given_names', 'date_of_birth', 'sex', 'ethnicity', 'area_code', 'postcode'];
const OUTCOMES = ['person_ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'offence_description', 'disposal', 'sentence_days', 'court'];
const MEMBERSHIPS = ['person_ref', 'scheme', 'tier', 'start_date', 'end_date', 'end_reason'];

// It runs on an embedded data folder whatever the run's engine, so once is enough.
const onPostgresPass = Boolean(process.env.WAYMARK_TEST_DATABASE_URL);
if (onPostgresPass) process.stderr.write('the fresh-clone flow test skipped: it runs on an embedded data folder, on the PGlite pass only\n');

describe.skipIf(onPostgresPass)('a fresh installation, set up with the CLI', () => {
  it('says how to start when there is no partnership, naming a command that exists', async () => {
    const r = await waymark(['scheme', 'add', 'PPO', '--name', 'PPO']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The database has no partnership yet. Run `waymark partnership add CODE --name NAME`');
    expect((await waymark(['partnership', 'add', '--help'])).stdout).toContain('--area <CODE[=NAME]>');
    expect((await ok(['partnership', 'list'])).stdout).toBe('No partnerships yet: add one with `waymark partnership add`.\n');
    expect(JSON.parse((await ok(['partnership', 'list', '--json'])).stdout)).toEqual([]);
  }, 60_000);

  it('runs from `partnership add` to imports, selection, review and NI30', async () => {
    const added = await ok(['partnership', 'add', 'T', '--name', 'Test', '--area', 'E06000004=Stockton', '--area', 'E06000001=Hartlepool']);
    expect(added.stdout).toBe('Partnership T added with 2 areas (E06000004, E06000001).\n');
    expect(added.stderr).toContain('waymark user add');

    const again = await waymark(['partnership', 'add', 'T', '--name', 'Test again']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A partnership with code T exists already.');

    expect((await ok(['scheme', 'add', 'PPO', '--name', 'PPO', '--area', 'E06000004'])).stdout).toBe('Scheme PPO added.\n');
    expect((await ok(['agency', 'add', 'POLICE', '--name', 'Cleveland Police', '--kind', 'police'])).stdout).toBe('Agency POLICE added.\n');
    const user = await ok(['user', 'add', 'first.admin', '--role', 'administrator', '--agency', 'POLICE', '--name', 'First Admin'], { WAYMARK_NEW_PASSWORD: 'a long first password' });
    expect(user.stdout).toBe('User first.admin added.\n');

    // Twelve synthetic people in Stockton, each convicted twice a year from 2006.
    const refs = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
    const people = csv('people.csv', [PEOPLE, ...refs.map((ref, i) => [ref, `1905/${String(i + 1).padStart(7, '0')}B`, '', '', '', `Fictional${i + 1}`, 'Test', '1980-01-01', 'male', 'W1', 'E06000004', 'ZZ9 9ZZ'])]);
    const outcomes: (string | number)[][] = [OUTCOMES];
    for (const [i, ref] of refs.entries()) {
      for (const year of [2006, 2007, 2008, 2009]) {
        for (const month of ['03', '09']) {
          if (year === 2009 && i % 2 === 0) continue;
          outcomes.push([ref, `${year}-${month}-0${(i % 8) + 1}`, `${year}-${month}-2${(i % 8) + 1}`, 'conviction', '02801', 'Burglary in a dwelling', 'community', '', 'Teesside Magistrates']);
        }
      }
    }
    const memberships = csv('memberships.csv', [MEMBERSHIPS, ...refs.slice(0, 6).map((ref) => [ref, 'PPO', '', '2008-06-01', '', ''])]);
    expect((await ok(['import', 'people', people])).stdout).toMatch(/people.csv \(people\): 12 added/);
    expect((await ok(['import', 'outcomes', csv('outcomes.csv', outcomes)])).stdout).toMatch(/outcomes.csv \(outcomes\): \d+ added/);
    expect((await ok(['import', 'memberships', memberships])).stdout).toMatch(/memberships.csv \(memberships\): 6 added/);

    const select = JSON.parse((await ok(['select', '--scheme', 'PPO', '--as-of', '2009-04-01', '--json'])).stdout);
    expect(Array.isArray(select) ? select.length : Object.keys(select).length).toBeGreaterThan(0);
    const review = JSON.parse((await ok(['review', '--scheme', 'PPO', '--as-of', '2009-04-01', '--json'])).stdout);
    expect(Array.isArray(review)).toBe(true);
    const ni30 = JSON.parse((await ok(['performance', 'ni30', '--scheme', 'PPO', '--year', '2009/10', '--ceiling', '0.16', '--json'])).stdout);
    expect(ni30.scheme.code).toBe('PPO');
    expect(ni30.cohortSize).toBe(6);
    expect(ni30.quarters).toHaveLength(4);
  }, 600_000);

  it('adds areas and agencies, refusing an unknown kind, parent or a duplicate, exit 1', async () => {
    expect((await ok(['area', 'add', 'E05000001', '--name', 'Stockton Town Centre', '--parent', 'E06000004'])).stdout).toBe('Area E05000001 added.\n');
    const dup = await waymark(['area', 'add', 'E05000001', '--name', 'Again']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('An area with code E05000001 exists already');
    const parent = await waymark(['area', 'add', 'E05000002', '--name', 'Lost', '--parent', 'NOWHERE']);
    expect(parent.code).toBe(1);
    expect(parent.stderr).toContain('No area with code NOWHERE');
    const kind = await waymark(['agency', 'add', 'BANK', '--name', 'A bank', '--kind', 'bank']);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('The kind must be one of police, probation, prison, drug_service, youth_offending, local_authority, housing, voluntary');
  }, 180_000);

  it('creates a token printed alone on stdout, lists and revokes it, audited; disables a user', async () => {
    const created = await ok(['token', 'create', '--user', 'first.admin', '--name', 'reporting']);
    expect(created.stdout).toMatch(/^wm_[A-Za-z0-9_-]+\n$/);
    expect(created.stderr).toMatch(/Token 1 for first.admin \(read-only\), expires \d{4}-\d\d-\d\d/);
    const role = await ok(['token', 'create', '--user', 'first.admin', '--name', 'sync', '--scope', 'role', '--expires-in', '7']);
    expect(role.stdout).toMatch(/^wm_/);
    const badScope = await waymark(['token', 'create', '--user', 'first.admin', '--name', 'x', '--scope', 'all']);
    expect(badScope.code).toBe(1);
    expect(badScope.stderr).toContain('--scope must be read or role');
    const badDays = await waymark(['token', 'create', '--user', 'first.admin', '--name', 'x', '--expires-in', 'soon']);
    expect(badDays.code).toBe(1);
    expect(badDays.stderr).toContain('--expires-in must be a whole number of days');

    const list = await ok(['token', 'list', '--json']);
    const tokens = JSON.parse(list.stdout) as { id: number; name: string; scope: string; status: string }[];
    expect(tokens.map((t) => [t.id, t.name, t.scope, t.status])).toEqual([[2, 'sync', 'role', 'active'], [1, 'reporting', 'read', 'active']]);
    expect(list.stdout).not.toContain('wm_');

    expect((await ok(['token', 'revoke', '1'])).stdout).toBe('Token 1 revoked.\n');
    const missing = await waymark(['token', 'revoke', '99']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No API token 99 in this partnership.');
    expect((await ok(['token', 'list'])).stdout).toMatch(/1\s+first.admin\s+reporting\s+read\s+\S+\s+\S+\s+revoked/);

    const dupUser = await waymark(['user', 'add', 'first.admin', '--role', 'administrator', '--agency', 'POLICE', '--name', 'X'], { WAYMARK_NEW_PASSWORD: 'a long first password' });
    expect(dupUser.code).toBe(1);
    expect(dupUser.stderr).toContain('The username first.admin is taken.');
    await ok(['user', 'add', 'leaver', '--role', 'practitioner', '--agency', 'POLICE', '--name', 'Lee Leaver'], { WAYMARK_NEW_PASSWORD: 'another long password' });
    expect((await ok(['user', 'disable', 'leaver'])).stdout).toBe('User leaver disabled.\n');
    const nobody = await waymark(['user', 'disable', 'nobody']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('No user nobody in this partnership.');

    const audit = JSON.parse((await ok(['audit', 'search', '--json', '--limit', '200'])).stdout) as { what: string }[];
    const what = audit.map((a) => a.what);
    expect(what).toEqual(expect.arrayContaining(['partnership T set up', 'agency POLICE added', 'user first.admin added', 'API token 1 created for first.admin', 'API token 1 of first.admin revoked', 'user leaver disabled']));
    expect((await ok(['audit', 'verify'])).stdout).toContain('verifies');
  }, 300_000);

  it('asks for --partnership once there are two', async () => {
    await ok(['partnership', 'add', 'U', '--name', 'Second']);
    const which = await waymark(['agency', 'add', 'PROB', '--name', 'Probation', '--kind', 'probation']);
    expect(which.code).toBe(1);
    expect(which.stderr).toContain('choose one with --partnership CODE');
    expect((await ok(['--partnership', 'U', 'agency', 'add', 'PROB', '--name', 'Probation', '--kind', 'probation'])).stdout).toBe('Agency PROB added.\n');
    expect((await ok(['agency', 'add', 'PROB', '--name', 'Probation', '--kind', 'probation', '--partnership', 'T'])).stdout).toBe('Agency PROB added.\n');
  }, 120_000);

  it('lists what was set up: partnerships, areas, agencies, users and schemes, as tables or as the API items', async () => {
    expect(JSON.parse((await ok(['partnership', 'list', '--json'])).stdout)).toEqual([
      { code: 'T', name: 'Test' },
      { code: 'U', name: 'Second' },
    ]);
    expect((await ok(['partnership', 'list'])).stdout).toMatch(/^code\s+name\nT\s+Test\nU\s+Second\n$/);
    expect(JSON.parse((await ok(['area', 'list', '--json', '--partnership', 'T'])).stdout)).toEqual([
      { code: 'E05000001', name: 'Stockton Town Centre', parentCode: 'E06000004' },
      { code: 'E06000001', name: 'Hartlepool', parentCode: null },
      { code: 'E06000004', name: 'Stockton', parentCode: null },
    ]);
    expect((await ok(['area', 'list', '--partnership', 'T'])).stdout).toContain('E05000001  Stockton Town Centre  E06000004\n');
    expect((await ok(['area', 'list', '--partnership', 'U'])).stdout).toBe('No areas yet: add one with `waymark area add`.\n');
    expect(JSON.parse((await ok(['agency', 'list', '--json', '--partnership', 'T'])).stdout)).toEqual([
      { code: 'POLICE', name: 'Cleveland Police', kind: 'police', users: 2 },
      { code: 'PROB', name: 'Probation', kind: 'probation', users: 0 },
    ]);
    const users = JSON.parse((await ok(['user', 'list', '--json', '--partnership', 'T'])).stdout) as { username: string; role: string; agencyCode: string; status: string; disabled: boolean }[];
    expect(users.map((u) => [u.username, u.role, u.agencyCode, u.status, u.disabled])).toEqual([
      ['first.admin', 'administrator', 'POLICE', expect.any(String), false],
      ['leaver', 'practitioner', 'POLICE', 'disabled', true],
    ]);
    expect((await ok(['user', 'list', '--partnership', 'T'])).stdout).toMatch(/^username\s+name\s+role\s+agency\s+status\s+second factor\nfirst\.admin\s+First Admin\s+administrator\s+POLICE/);
    expect(JSON.parse((await ok(['scheme', 'list', '--json', '--as-of', '2009-04-01', '--partnership', 'T'])).stdout)).toEqual([{ code: 'PPO', name: 'PPO', capacity: null, members: 6 }]);
    expect((await ok(['scheme', 'list', '--as-of', '2009-04-01', '--partnership', 'T'])).stdout).toMatch(/^code\s+name\s+capacity\s+members on 2009-04-01\nPPO\s+PPO\s+6\n$/);
    const badDate = await waymark(['scheme', 'list', '--as-of', '2009-13-01', '--partnership', 'T']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('The as-of date');
  }, 180_000);
});
