// Need to know on every list (issue 14): a restricted person is shown only to
// the users named on them, on every page, list and export that lists people,
// and counts next to lists count only the people shown. Every list is logged
// as one consultation naming everyone it showed, so `audit search --person`
// finds it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { cookieHeader, signInAs, testApp, type TestApp } from '../../support/app.js';
import { createPartnership, createPerson, type PartnershipFixture } from '../../support/fixtures.js';
import type { Actor } from '../../../src/access/actor.js';
import { searchAudit, verifyAuditChain } from '../../../src/access/audit.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { exportKind } from '../../../src/imports/export.js';
import { backupDatabase } from '../../../src/ops/backup.js';
import type { AgencyKind, Role } from '../../../src/db/schema.js';

let t: TestDatabase;
let ta: TestApp;
let other: PartnershipFixture;
let openId: number;
let hiddenId: number;
let twinId: number;
let importId: number;

// The restricted person's name and the details only a named user may see.
const HIDDEN = { ref: 'HID1', family: 'Hiddenfield', given: 'Rex', dob: '1979-09-09' };
const HIDDEN_NAME = /hiddenfield/i;

const USERS: { username: string; role: Role; agency: AgencyKind }[] = [
  { username: 'housing', role: 'practitioner', agency: 'housing' },
  { username: 'officer', role: 'practitioner', agency: 'police' },
  { username: 'hadmin', role: 'administrator', agency: 'housing' },
  { username: 'padmin', role: 'administrator', agency: 'police' },
  { username: 'hmanager', role: 'scheme_manager', agency: 'housing' },
  { username: 'pmanager', role: 'scheme_manager', agency: 'police' },
];
/** The users named on the restricted people. */
const NAMED = ['officer', 'padmin', 'pmanager'];

function actorOf(username: string): Actor {
  const u = USERS.find((x) => x.username === username)!;
  return { userId: ta.users[username]!.userId, partnershipId: ta.f.partnershipId, role: u.role, agencyKind: u.agency, label: username };
}

beforeAll(async () => {
  t = await testDatabase();
  ta = await testApp(t, USERS);
  const p = ta.f.partnershipId;
  await t.db.updateTable('partnerships').set({ data_as_of: '2009-06-15' }).where('id', '=', p).execute();
  openId = await createPerson(t.db, ta.f, { ref: 'OPEN1', family: 'Openfield', given: 'Alice', dob: '1980-01-01' });
  hiddenId = await createPerson(t.db, ta.f, { ...HIDDEN, restricted: true });
  // A visible record that resembles the restricted one (a possible duplicate).
  twinId = await createPerson(t.db, ta.f, { ref: 'TWIN1', family: 'Twinfield', given: 'Tom', dob: '1981-02-02' });
  for (const u of NAMED) await t.db.insertInto('person_access').values({ person_id: hiddenId, user_id: ta.users[u]!.userId }).execute();

  const scheme = await t.db.insertInto('schemes').values({ partnership_id: p, code: 'PPO', name: 'Prolific and priority offenders' }).returning('id').executeTakeFirstOrThrow();
  for (const id of [openId, hiddenId]) {
    await t.db.insertInto('memberships').values({ partnership_id: p, person_id: id, scheme_id: scheme.id, start_date: '2009-01-01' }).execute();
    // Released in the last 28 days: the home page's first card.
    await t.db.insertInto('custody_periods').values({ partnership_id: p, person_id: id, kind: 'sentenced', reception_date: '2009-02-01', release_date: '2009-06-01' }).execute();
  }
  await t.db.insertInto('possible_duplicates').values({ partnership_id: p, person_id: twinId, other_person_id: hiddenId, reason: 'same name and date of birth' }).execute();
  await t.db.insertInto('possible_duplicates').values({ partnership_id: p, person_id: twinId, other_person_id: openId, reason: 'same date of birth' }).execute();

  // An import run by a named administrator whose rejected rows name the restricted person.
  const imp = await t.db
    .insertInto('imports')
    .values({ partnership_id: p, user_id: ta.users.padmin!.userId, kind: 'people', file_name: 'people.csv', sha256: 'x'.repeat(64), status: 'completed', mode: 'partial', rows_read: 2, rows_rejected: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  importId = imp.id;
  await t.db
    .insertInto('import_errors')
    .values([
      { partnership_id: p, import_id: importId, position: 1, file_name: 'people.csv', row_no: 2, field: 'family_name', value: 'Hiddenfield', reason: 'Hiddenfield is too long' },
      { partnership_id: p, import_id: importId, position: 2, file_name: 'people.csv', row_no: 3, field: 'person_ref', value: 'HID1', reason: 'duplicate reference' },
    ])
    .execute();

  // Transfers into this partnership from another, one of a person restricted there.
  other = await createPartnership(t.db);
  const sentOpen = await createPerson(t.db, other, { ref: 'TR-OPEN', family: 'Movingfield', given: 'Mo' });
  const sentHidden = await createPerson(t.db, other, { ref: 'TR-HID', family: 'Hiddenfield', given: 'Rita', restricted: true });
  await t.db.insertInto('person_access').values({ person_id: sentHidden, user_id: ta.users.pmanager!.userId }).execute();
  for (const [id, family, given] of [[sentOpen, 'Movingfield', 'Mo'], [sentHidden, 'Hiddenfield', 'Rita']] as const) {
    await t.db
      .insertInto('transfers')
      .values({ partnership_id: other.partnershipId, person_id: id, to_area_code: 'E06000001', to_partnership_id: p, summary: JSON.stringify({ familyName: family, givenNames: given, dateOfBirth: '1990-01-01' }), status: 'sent', created_by_label: 'test' })
      .execute();
  }
});

afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const get = async (username: string, url: string) => {
  const { jar } = await signInAs(ta.app, username);
  return ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(jar) } });
};

/** The newest audit entry of this user whose `what` starts so, with the ids it names. */
async function lastList(username: string, what: string): Promise<number[]> {
  const row = await t.db
    .selectFrom('audit_log')
    .select(['person_ids', 'what', 'details'])
    .where('user_id', '=', ta.users[username]!.userId)
    .where('what', 'like', `${what}%`)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  expect(row, `an audit entry "${what}…" for ${username}`).toBeDefined();
  expect(row!.details ?? '').not.toMatch(HIDDEN_NAME);
  expect(row!.details ?? '').not.toMatch(/openfield/i);
  return (row!.person_ids ?? []).map(Number).sort((a, b) => a - b);
}

/** `audit search --person REF` finds an entry of this user whose `what` starts so. */
async function auditFinds(ref: string, username: string, what: string): Promise<boolean> {
  const rows = await searchAudit(t.db, ta.f.operator, { person: ref, user: username, limit: 200 });
  return rows.some((r) => r.what.startsWith(what));
}

const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the scheme page', () => {
  it('shows a housing user no restricted member, counts only the members shown, and logs the ids shown', async () => {
    const res = await get('housing', '/schemes/PPO');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Openfield');
    expect(res.body).not.toMatch(HIDDEN_NAME);
    expect(res.body).not.toContain('HID1');
    expect(await lastList('housing', 'members of scheme PPO')).toEqual([openId]);
    expect(await auditFinds('OPEN1', 'housing', 'members of scheme PPO')).toBe(true);
    const page = await ta.app.services.schemes.page(actorOf('housing'), 'PPO', '2009-06-15');
    expect(page.balance.total).toBe(1);
    expect(page.balance.inCustody + page.balance.inCommunity).toBe(1);
    const list = await ta.app.services.schemes.list(actorOf('housing'), '2009-06-15');
    expect(list.find((s) => s.code === 'PPO')!.members).toBe(1);
  });

  it('shows the named user the restricted member', async () => {
    const res = await get('officer', '/schemes/PPO');
    expect(res.body).toMatch(HIDDEN_NAME);
    expect(await lastList('officer', 'members of scheme PPO')).toEqual(sorted(openId, hiddenId));
    expect(await auditFinds('HID1', 'officer', 'members of scheme PPO')).toBe(true);
    const list = await ta.app.services.schemes.list(actorOf('officer'), '2009-06-15');
    expect(list.find((s) => s.code === 'PPO')!.members).toBe(2);
  });
});

describe('the home page cards', () => {
  it('name and count only the people the viewer may see, and are logged', async () => {
    const res = await get('housing', '/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('OPENFIELD, Alice');
    expect(res.body).not.toMatch(HIDDEN_NAME);
    const cards = await ta.app.services.panel.attention(actorOf('housing'), '2009-06-15');
    expect(cards.find((c) => c.id === 'released')!.count).toBe(1);
    expect(await lastList('housing', 'home page cards')).toEqual([openId]);
    expect(await auditFinds('OPEN1', 'housing', 'home page cards')).toBe(true);

    const named = await get('officer', '/');
    expect(named.body).toContain('HIDDENFIELD, Rex');
    expect((await ta.app.services.panel.attention(actorOf('officer'), '2009-06-15')).find((c) => c.id === 'released')!.count).toBe(2);
    expect(await auditFinds('HID1', 'officer', 'home page cards')).toBe(true);
  });
});

describe('people search', () => {
  it('finds no restricted person for a housing user, on the web and the API, and logs the results', async () => {
    const web = await get('housing', '/people?q=field');
    expect(web.body).toMatch(/openfield/i);
    expect(web.body).not.toMatch(HIDDEN_NAME);
    expect(await lastList('housing', 'people search results')).toEqual(sorted(openId, twinId));
    expect(await auditFinds('OPEN1', 'housing', 'people search results')).toBe(true);

    const token = await createApiToken(t.db, ta.users.hadmin!.userId, 'test');
    const api = await ta.app.inject({ method: 'GET', url: '/api/v1/people?q=field', headers: { authorization: `Bearer ${token}` } });
    expect(api.statusCode).toBe(200);
    expect(api.body).not.toMatch(HIDDEN_NAME);
    expect(api.json().people.map((p: { personRef: string }) => p.personRef).sort()).toEqual(['OPEN1', 'TWIN1']);
    expect(await lastList('hadmin', 'people search results')).toEqual(sorted(openId, twinId));
    // The search term may be a name: it is not logged.
    const entry = await t.db.selectFrom('audit_log').select(['details', 'what']).where('user_id', '=', ta.users.hadmin!.userId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.details).not.toContain('field');
  });

  it('finds the restricted person for a named user', async () => {
    const web = await get('officer', '/people?q=Hiddenfield');
    expect(web.body).toMatch(HIDDEN_NAME);
    expect(await lastList('officer', 'people search results')).toEqual([hiddenId]);
    expect(await auditFinds('HID1', 'officer', 'people search results')).toBe(true);
  });
});

describe('possible duplicates', () => {
  it('leaves out a pair with a restricted person the administrator is not named on, and logs the pairs shown', async () => {
    const res = await get('hadmin', '/duplicates');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('OPENFIELD, Alice');
    expect(res.body).not.toMatch(HIDDEN_NAME);
    expect(res.body).not.toContain(HIDDEN.ref);
    expect(res.body).not.toContain('9 September 1979');
    expect(await lastList('hadmin', 'possible duplicates')).toEqual(sorted(openId, twinId));
    expect(await auditFinds('TWIN1', 'hadmin', 'possible duplicates')).toBe(true);

    const named = await get('padmin', '/duplicates');
    expect(named.body).toContain('HIDDENFIELD, Rex');
    expect(await lastList('padmin', 'possible duplicates')).toEqual(sorted(openId, hiddenId, twinId));
    expect(await auditFinds('HID1', 'padmin', 'possible duplicates')).toBe(true);
  });

  it('refuses to merge a person the administrator may not see', async () => {
    const pairs = await t.db.selectFrom('possible_duplicates').select('id').where('other_person_id', '=', hiddenId).executeTakeFirstOrThrow();
    await expect(ta.app.services.imports.openPossibleDuplicate(actorOf('hadmin'), pairs.id)).rejects.toThrow(/no open possible duplicate/);
    await expect(ta.app.services.imports.mergePeople(actorOf('hadmin'), { keepPersonId: twinId, mergePersonId: hiddenId, reason: 'same' })).rejects.toThrow(/must be able to see both/);
    await expect(ta.app.services.imports.markNotDuplicate(actorOf('hadmin'), { duplicateId: pairs.id })).rejects.toThrow(/no open possible duplicate/);
  });
});

describe('the data-quality report', () => {
  it('counts and names only the people the viewer may see, and logs the examples shown', async () => {
    const res = await get('hadmin', '/data-quality');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('OPEN1');
    expect(res.body).not.toContain(HIDDEN.ref);
    expect(res.body).not.toMatch(HIDDEN_NAME);
    const report = await ta.app.services.imports.dataQuality(actorOf('hadmin'));
    // No one has a PNC ID: the count is of the people the administrator may see.
    expect(report.checks.find((c) => c.key === 'missing_pnc')!.count).toBe(2);
    expect(await lastList('hadmin', 'data-quality report')).toEqual(sorted(openId, twinId));
    expect(await auditFinds('OPEN1', 'hadmin', 'data-quality report')).toBe(true);

    const named = await ta.app.services.imports.dataQuality(actorOf('padmin'));
    expect(named.checks.find((c) => c.key === 'missing_pnc')!.count).toBe(3);
    expect(await auditFinds('HID1', 'padmin', 'data-quality report')).toBe(true);
  });
});

describe('the transfers inbox', () => {
  it('leaves out a notice about a person restricted by the sender, unless the reader is named, and logs the notices shown', async () => {
    const res = await get('hmanager', '/transfers');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('MOVINGFIELD, Mo');
    expect(res.body).not.toMatch(HIDDEN_NAME);
    expect((await lastList('hmanager', 'transfers inbox')).length).toBe(1);

    const named = await get('pmanager', '/transfers');
    expect(named.body).toContain('HIDDENFIELD, Rita');
    expect((await lastList('pmanager', 'transfers inbox')).length).toBe(2);
  });
});

describe('import problems', () => {
  it('shows the raw values only to the administrator who ran the import, and logs the rows shown', async () => {
    const res = await get('hadmin', `/imports/${importId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('[value] is too long');
    expect(res.body).not.toMatch(HIDDEN_NAME);
    expect(res.body).not.toContain('HID1');
    expect(await lastList('hadmin', `problems of import ${importId}`)).toEqual([]);
    const file = await get('hadmin', `/imports/${importId}/errors.csv`);
    expect(file.statusCode).toBe(403);

    const importer = await get('padmin', `/imports/${importId}`);
    expect(importer.body).toContain('Hiddenfield');
    expect(await lastList('padmin', `problems of import ${importId}`)).toEqual([hiddenId]);
    expect(await auditFinds('HID1', 'padmin', `problems of import ${importId}`)).toBe(true);
  });
});

describe('register exports', () => {
  async function exported(actor: Actor): Promise<string> {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportKind(t.db, actor, { kind: 'people', out, format: 'csv', destination: 'test' });
    return Buffer.concat(chunks).toString('utf8');
  }

  it('gives a user only the people they may see, the operator everyone, and names them all in the disclosure', async () => {
    const housing = await exported(actorOf('hadmin'));
    expect(housing).toContain('OPEN1');
    expect(housing).not.toContain('HID1');
    expect(housing).not.toMatch(HIDDEN_NAME);
    const entry = await t.db.selectFrom('audit_log').select(['person_ids', 'action']).where('user_id', '=', ta.users.hadmin!.userId).where('what', 'like', 'export of people%').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.action).toBe('disclosure');
    expect((entry.person_ids ?? []).map(Number).sort((a, b) => a - b)).toEqual(sorted(openId, twinId));

    expect(await exported(actorOf('padmin'))).toContain('HID1');
    const all = await exported(ta.f.operator);
    expect(all).toContain('HID1');
    expect(await auditFinds('HID1', 'padmin', 'export of people')).toBe(true);
  });
});

describe('waymark backup', () => {
  it('is logged as a disclosure of the whole register that audit search finds for each person', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-ntk-'));
    try {
      await backupDatabase(t.db, 'test', path.join(dir, 'b.backup.gz'), undefined, undefined, 'cli:tester');
      const rows = await searchAudit(t.db, ta.f.operator, { person: 'HID1', limit: 50 });
      const entry = rows.find((r) => r.what === 'backup of the whole database');
      expect(entry).toBeDefined();
      expect(JSON.parse(entry!.details!)).toMatchObject({ actor: 'cli:tester', people: 'all', count: 3 });
      expect((await searchAudit(t.db, ta.f.operator, { person: 'OPEN1', limit: 50 })).some((r) => r.what === 'backup of the whole database')).toBe(true);
      // The other partnership's log has its own entry.
      const theirs = await searchAudit(t.db, other.operator, { person: 'TR-HID', limit: 50 });
      expect(theirs.some((r) => r.what === 'backup of the whole database')).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(await verifyAuditChain(t.db)).toBeNull();
  });
});
