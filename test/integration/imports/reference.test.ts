// Offence codes (reference data loaded in place from ../shared, never copied
// into the project) and the review of possible duplicate people.
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createUser } from '../../support/fixtures.js';
import { importFile } from '../../../src/imports/import-file.js';
import { loadOffenceCodes } from '../../../src/imports/offence-codes.js';
import { listPossibleDuplicates, markNotDuplicate, mergePeople, unmergePeople } from '../../../src/imports/duplicates.js';
import { ForbiddenError, InvalidInputError } from '../../../src/errors.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';
import { HEADERS } from './dataset.js';

const REFERENCE_CODES = path.resolve('../shared/reference/offences/home-office-offence-codes.csv');

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

describe('offence codes', () => {
  it('without a loaded code table, the 3-digit groups decide; after loading, the codes do', async () => {
    const f = await createPartnership(t.db);
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [PEOPLE_HEADER, personRow('P1', 1)]) });
    const outcomes = (codes: string[]) =>
      writeCsv(dir, 'outcomes.csv', [HEADERS.outcomes, ...codes.map((c, i) => ['P1', `2008-01-${String(i + 10)}`, '2008-03-01', 'conviction', c, '', '', '', ''])]);
    const known = async () =>
      (await t.db.selectFrom('outcomes').select(['offence_code_raw', 'offence_code', 'offence_code_known']).where('partnership_id', '=', f.partnershipId).orderBy('offence_date').execute());

    expect(await t.db.selectFrom('offence_codes').select('code').limit(1).execute()).toEqual([]);
    await importFile(t.db, f.operator, { kind: 'outcomes', path: outcomes(['02801', '02877', '31201']) });
    expect(await known()).toEqual([
      { offence_code_raw: '02801', offence_code: '02801', offence_code_known: true },
      { offence_code_raw: '02877', offence_code: '02877', offence_code_known: true }, // group 028 is known
      { offence_code_raw: '31201', offence_code: null, offence_code_known: false },
    ]);

    const loaded = await loadOffenceCodes(t.db, f.operator, { path: REFERENCE_CODES });
    expect(loaded.status).toBe('completed');
    expect(loaded.rowsAdded).toBeGreaterThan(3000);
    const burglary = await t.db.selectFrom('offence_codes').selectAll().where('code', '=', '02801').executeTakeFirstOrThrow();
    expect(burglary).toMatchObject({ group_code: '028', ogrs3_category: 'burglary_domestic' });
    const again = await loadOffenceCodes(t.db, f.operator, { path: REFERENCE_CODES });
    expect(again).toMatchObject({ rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: loaded.rowsAdded });
    // Each load is in the audit log, as any import is, with what it changed.
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what', 'details']).where('partnership_id', '=', f.partnershipId).where('what', 'like', 'Home Office offence code table%').orderBy('id').execute();
    expect(audit.map((a) => ({ action: a.action, what: a.what, details: JSON.parse(a.details ?? '{}') }))).toEqual([
      { action: 'alteration', what: `Home Office offence code table loaded from ${path.basename(REFERENCE_CODES)}`, details: expect.objectContaining({ importId: loaded.importId, added: loaded.rowsAdded, updated: 0 }) },
      { action: 'alteration', what: `Home Office offence code table loaded from ${path.basename(REFERENCE_CODES)}`, details: expect.objectContaining({ importId: again.importId, added: 0, unchanged: loaded.rowsAdded }) },
    ]);

    // Re-importing the same file now judges codes by the loaded table.
    const r = await importFile(t.db, f.operator, { kind: 'outcomes', path: outcomes(['02801', '02877', '31201']) });
    expect(r).toMatchObject({ rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 2 });
    expect((await known())[1]).toEqual({ offence_code_raw: '02877', offence_code: null, offence_code_known: false });
  });

  it('refuses a code file with a malformed code, naming the row', async () => {
    const f = await createPartnership(t.db);
    const file = writeCsv(tempDir(), 'codes.csv', [['ho_code', 'subcategory'], ['02801', 'Burglary'], ['2801', 'Short']]);
    const r = await loadOffenceCodes(t.db, f.operator, { path: file });
    expect(r.status).toBe('failed');
    expect(r.errors[0]!.message).toBe('codes.csv row 3, ho_code: 2801 is not a 5-digit Home Office code');
    expect(fs.existsSync(REFERENCE_CODES)).toBe(true);
  });
});

describe('possible duplicates', () => {
  it('lists a new person with the same name and birth date, and merges and unmerges by recorded decision', async () => {
    const f = await createPartnership(t.db);
    const admin = await createUser(t.db, f, { username: `admin-${f.partnershipId}`, role: 'administrator', passwordHash: 'x' });
    const analyst = await createUser(t.db, f, { username: `analyst-${f.partnershipId}`, role: 'analyst', passwordHash: 'x' });
    const dir = tempDir();
    const same = { family_name: 'Sameton', given_names: 'Alex', date_of_birth: '1980-01-01' };
    await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'a.csv', [PEOPLE_HEADER, personRow('A1', 1, same)]) });
    const r = await importFile(t.db, admin, { kind: 'people', path: writeCsv(dir, 'b.csv', [PEOPLE_HEADER, personRow('B1', 2, { ...same, family_name: 'SAMETON' }), personRow('C1', 3)]) });
    expect(r).toMatchObject({ rowsAdded: 2 });
    await importFile(t.db, admin, {
      kind: 'outcomes',
      path: writeCsv(dir, 'o.csv', [HEADERS.outcomes, ['A1', '2008-01-01', '2008-02-01', 'conviction', '02801', '', '', '', ''], ['B1', '2009-01-01', '2009-02-01', 'conviction', '03401', '', '', '', '']]),
    });
    await importFile(t.db, admin, { kind: 'custody', path: writeCsv(dir, 'c.csv', [HEADERS.custody, ['B1', '2009-02-01', 'sentenced', '', '', '2009-06-01', '']]) });

    await expect(listPossibleDuplicates(t.db, analyst)).rejects.toBeInstanceOf(ForbiddenError);
    const list = await listPossibleDuplicates(t.db, admin);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'open', person: { personRef: 'B1' }, other: { personRef: 'A1' } });
    expect(list[0]!.person.identifiers).toEqual([{ kind: 'pnc', value: '1990/0000002A' }]);
    const [a1, b1] = [list[0]!.other.personId, list[0]!.person.personId];

    await expect(mergePeople(t.db, admin, { keepPersonId: a1, mergePersonId: b1, reason: '' })).rejects.toBeInstanceOf(InvalidInputError);
    const mergeId = await mergePeople(t.db, admin, { keepPersonId: a1, mergePersonId: b1, reason: 'same PNC record on review' });
    const owned = async (personId: number) =>
      (await t.db.selectFrom('outcomes').select('offence_code_raw').where('person_id', '=', personId).orderBy('offence_date').execute()).map((x) => x.offence_code_raw);
    expect(await owned(a1)).toEqual(['02801', '03401']);
    expect(await owned(b1)).toEqual([]);
    const pncs = await t.db.selectFrom('person_identifiers').select('value').where('person_id', '=', a1).where('kind', '=', 'pnc').orderBy('value').execute();
    expect(pncs.map((x) => x.value)).toEqual(['1990/0000001A', '1990/0000002A']);
    expect(await listPossibleDuplicates(t.db, admin)).toEqual([]);
    // Rows naming the merged person reach the survivor.
    const later = await importFile(t.db, admin, { kind: 'arrests', path: writeCsv(dir, 'ar.csv', [HEADERS.arrests, ['B1', '2010-01-01', '', '']]) });
    expect(later.status).toBe('completed');
    expect((await t.db.selectFrom('arrests').select('person_id').where('partnership_id', '=', f.partnershipId).executeTakeFirstOrThrow()).person_id).toBe(a1);

    await unmergePeople(t.db, admin, { mergeId, reason: 'different people after all' });
    expect(await owned(a1)).toEqual(['02801']);
    expect(await owned(b1)).toEqual(['03401']);
    expect((await t.db.selectFrom('custody_periods').select('person_id').where('partnership_id', '=', f.partnershipId).executeTakeFirstOrThrow()).person_id).toBe(b1);
    const reopened = await listPossibleDuplicates(t.db, admin);
    expect(reopened).toHaveLength(1);
    await markNotDuplicate(t.db, admin, { duplicateId: reopened[0]!.id });
    expect(await listPossibleDuplicates(t.db, admin)).toEqual([]);

    const combos = await t.db.selectFrom('audit_log').select(['what', 'justification']).where('partnership_id', '=', f.partnershipId).where('action', '=', 'combination').orderBy('id').execute();
    expect(combos).toEqual([
      { what: `merged person ${b1} into ${a1}`, justification: 'same PNC record on review' },
      { what: `undid merge ${mergeId}: person ${b1} is separate from ${a1} again`, justification: 'different people after all' },
    ]);
    expect(await verifyAuditChain(t.db)).toBeNull();
  });

  it('merges two people with the same conviction on record, numbering the moved one after the kept one, and an unmerge gives each its own back', async () => {
    const f = await createPartnership(t.db);
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'p.csv', [PEOPLE_HEADER, personRow('Y1', 1), personRow('Y2', 2)]) });
    // Both records hold the same conviction (its natural key is unique: 0137); Y2's file holds it three times.
    const same = ['2009-04-01', '2009-05-01', 'conviction', '02801', '', '', '', ''];
    const r = await importFile(t.db, f.operator, { kind: 'outcomes', path: writeCsv(dir, 'o.csv', [HEADERS.outcomes, ['Y1', ...same], ['Y2', ...same], ['Y2', ...same], ['Y2', ...same], ['Y2', '2009-06-01', '2009-07-01', 'caution', '10500', '', '', '', '']]) });
    expect(r).toMatchObject({ status: 'completed', rowsAdded: 5 });
    const ids = await t.db.selectFrom('people').select(['id', 'person_ref']).where('partnership_id', '=', f.partnershipId).orderBy('person_ref').execute();
    const [y1, y2] = [ids[0]!.id, ids[1]!.id];
    const held = async () =>
      (await t.db.selectFrom('outcomes').select(['id', 'person_id', 'offence_code_raw', 'key_seq']).where('partnership_id', '=', f.partnershipId).orderBy('id').execute()).map((o) => `${o.person_id === y1 ? 'Y1' : 'Y2'} ${o.offence_code_raw} ${o.key_seq}`);
    const before = await held();
    expect(before).toEqual(['Y1 02801 1', 'Y2 02801 1', 'Y2 02801 2', 'Y2 02801 3', 'Y2 10500 1']);

    const mergeId = await mergePeople(t.db, f.operator, { keepPersonId: y1, mergePersonId: y2, reason: 'one PNC record' });
    expect(await held()).toEqual(['Y1 02801 1', 'Y1 02801 2', 'Y1 02801 3', 'Y1 02801 4', 'Y1 10500 1']);
    // Importing Y1's file again finds its row, and the moved ones stay.
    const again = await importFile(t.db, f.operator, { kind: 'outcomes', path: writeCsv(dir, 'o1.csv', [HEADERS.outcomes, ['Y1', ...same]]) });
    expect(again).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUnchanged: 1 });

    // Giving 1, 2 and 3 back to rows now at 2, 3 and 4 is checked row by row
    // against the unique key, whatever order the rows are updated in.
    await unmergePeople(t.db, f.operator, { mergeId, reason: 'two people after all' });
    expect(await held()).toEqual(before);
  });

  it('refuses a merge that would overlap custody periods, changing nothing', async () => {
    const f = await createPartnership(t.db);
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'p.csv', [PEOPLE_HEADER, personRow('X1', 1), personRow('X2', 2)]) });
    await importFile(t.db, f.operator, {
      kind: 'custody',
      path: writeCsv(dir, 'c.csv', [HEADERS.custody, ['X1', '2009-01-01', 'sentenced', '', '', '', ''], ['X2', '2009-02-01', 'remand', '', '', '2009-03-01', '']]),
    });
    const ids = await t.db.selectFrom('people').select(['id', 'person_ref']).where('partnership_id', '=', f.partnershipId).orderBy('person_ref').execute();
    await expect(mergePeople(t.db, f.operator, { keepPersonId: ids[0]!.id, mergePersonId: ids[1]!.id, reason: 'test' })).rejects.toThrow(/overlapping periods/);
    const x2 = await t.db.selectFrom('people').select('merged_into_id').where('id', '=', ids[1]!.id).executeTakeFirstOrThrow();
    expect(x2.merged_into_id).toBeNull();
  });
});
