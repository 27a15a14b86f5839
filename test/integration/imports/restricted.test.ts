// The people import's optional `restricted` column (issue 14): yes restricts
// the person to named users (the importing administrator is named), no lifts
// it, blank leaves a stored person as they are (a new one unrestricted). Each
// change is an alteration in the audit log naming the people by id; export
// then import carries it.
import { PassThrough } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { importFile } from '../../../src/imports/import-file.js';
import { exportKind } from '../../../src/imports/export.js';
import { searchPeople } from '../../../src/people/service.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import type { Actor } from '../../../src/access/actor.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';

let t: TestDatabase;
let f: PartnershipFixture;
let admin: Actor;
let housing: Actor;
let dir: string;
const HEADER = [...PEOPLE_HEADER, 'restricted'];

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  const passwordHash = 'not-used';
  admin = await createUser(t.db, f, { username: 'importer', role: 'administrator', agency: 'local_authority', passwordHash });
  housing = await createUser(t.db, f, { username: 'housingworker', role: 'practitioner', agency: 'housing', passwordHash });
  dir = tempDir();
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const row = (ref: string, n: number, restricted: string) => [...personRow(ref, n), restricted];
const refs = async (actor: Actor, q: string) => (await searchPeople(t.db, actor, q)).map((p) => p.personRef).sort();
const state = async (ref: string) => t.db.selectFrom('people').select(['id', 'restricted']).where('person_ref', '=', ref).where('partnership_id', '=', f.partnershipId).executeTakeFirstOrThrow();

describe('the restricted column of the people import', () => {
  it('restricts, leaves alone, and lifts; a user not named no longer finds the person; every change is audited', async () => {
    const first = await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'a.csv', [HEADER, row('R1', 1, 'yes'), row('R2', 2, ''), row('R3', 3, 'false')]) });
    expect(first.status).toBe('completed');
    expect((await state('R1')).restricted).toBe(true);
    expect((await state('R2')).restricted).toBe(false);
    expect((await state('R3')).restricted).toBe(false);
    const r1 = (await state('R1')).id;
    // The importing administrator is named; nobody else.
    expect(await t.db.selectFrom('person_access').select('user_id').where('person_id', '=', r1).execute()).toEqual([{ user_id: admin.userId }]);
    expect(await refs(housing, 'Testfamily')).toEqual(['R2', 'R3']);
    expect(await refs(admin, 'Testfamily')).toEqual(['R1', 'R2', 'R3']);
    let entry = await t.db.selectFrom('audit_log').select(['action', 'what', 'person_ids', 'details']).where('action', '=', 'alteration').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'alteration', what: `restrictions set by import ${first.importId}` });
    expect(entry.person_ids!.map(Number)).toEqual([r1]);
    expect(entry.details).not.toMatch(/Testfamily|Given/);

    // Blank leaves R1 restricted and is no change at all; R2 marked yes is restricted.
    const second = await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'b.csv', [HEADER, row('R1', 1, ''), row('R2', 2, 'Yes')]) });
    expect(second).toMatchObject({ rowsUpdated: 1, rowsUnchanged: 1 });
    expect((await state('R1')).restricted).toBe(true);
    expect((await state('R2')).restricted).toBe(true);
    expect(await refs(housing, 'Testfamily')).toEqual(['R3']);

    // A file without the column changes no restriction.
    await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'c.csv', [PEOPLE_HEADER, personRow('R1', 1), personRow('R2', 2)]) });
    expect((await state('R1')).restricted).toBe(true);

    // No lifts it, and the named users go with it.
    const third = await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'd.csv', [HEADER, row('R1', 1, 'no')]) });
    expect((await state('R1')).restricted).toBe(false);
    expect(await t.db.selectFrom('person_access').selectAll().where('person_id', '=', r1).execute()).toEqual([]);
    expect(await refs(housing, 'Testfamily')).toEqual(['R1', 'R3']);
    entry = await t.db.selectFrom('audit_log').select(['action', 'what', 'person_ids', 'details']).where('action', '=', 'alteration').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'alteration', what: `restrictions set by import ${third.importId}` });
    expect(JSON.parse(entry.details!)).toMatchObject({ liftedPersonIds: [r1], restrictedPersonIds: [] });
    expect(await verifyAuditChain(t.db)).toBeNull();
  });

  it('refuses a value that is not yes or no, naming the row and field', async () => {
    const r = await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'bad.csv', [HEADER, row('R9', 9, 'maybe')]) });
    expect(r.status).toBe('failed');
    expect(r.errors[0]).toMatchObject({ field: 'restricted', reason: expect.stringContaining('maybe is not yes or no') });
  });

  it('is carried by export then import', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportKind(t.db, f.operator, { kind: 'people', out, format: 'csv' });
    const file = path.join(dir, 'export.csv');
    fs.writeFileSync(file, Buffer.concat(chunks));
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n')[0]!.split(',').at(-1)).toBe('restricted');
    expect(text, text).toMatch(/\nR2,.*,yes\r?\n/);

    const g = await createPartnership(t.db);
    const r = await importFile(t.db, g.operator, { kind: 'people', path: file });
    expect(r.status).toBe('completed');
    const copied = await t.db.selectFrom('people').select(['person_ref', 'restricted']).where('partnership_id', '=', g.partnershipId).orderBy('person_ref').execute();
    expect(copied).toEqual([
      { person_ref: 'R1', restricted: false },
      { person_ref: 'R2', restricted: true },
      { person_ref: 'R3', restricted: false },
    ]);
  });
});
