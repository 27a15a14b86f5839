// Imports of real CSV and XLSX files of every kind (SPEC 3.1 and 5), on
// whichever engine this run targets.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { importFile, INTERRUPTED } from '../../../src/imports/import-file.js';
import { dataQuality } from '../../../src/imports/quality.js';
import { verifyAuditChain } from '../../../src/access/audit.js';
import type { ImportKind } from '../../../src/imports/kind-names.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv, writeXlsx } from './files.js';
import { HEADERS, ORDER, ROWS, createPpoScheme } from './dataset.js';

let t: TestDatabase;

beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

async function freshPartnership(): Promise<PartnershipFixture> {
  const f = await createPartnership(t.db);
  await createPpoScheme(t.db, f);
  return f;
}

async function importAll(f: PartnershipFixture, dir: string) {
  const results: Record<string, Awaited<ReturnType<typeof importFile>>> = {};
  for (const kind of ORDER) {
    const file = writeCsv(dir, `${kind}.csv`, [HEADERS[kind], ...ROWS[kind]]);
    results[kind] = await importFile(t.db, f.operator, { kind, path: file });
  }
  return results;
}

/** An import's result in words, for an assertion's message: a failure then says what the import said. */
const said = (kind: string, r: Awaited<ReturnType<typeof importFile>>) =>
  `${kind}: ${r.status}, ${r.rowsAdded} added, ${r.rowsUpdated} updated, ${r.rowsUnchanged} unchanged, ${r.rowsRejected} rejected. ${r.message ?? ''} ${r.errors
    .slice(0, 3)
    .map((e) => e.message)
    .join('; ')}`;

const count = async (table: 'outcomes' | 'arrests' | 'people' | 'custody_periods', partnershipId: number) =>
  (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('partnership_id', '=', partnershipId).executeTakeFirstOrThrow()).n;

describe('every kind', () => {
  it('imports each kind from CSV and stores what the files say', async () => {
    const f = await freshPartnership();
    const results = await importAll(f, tempDir());
    for (const kind of ORDER) {
      expect(results[kind], said(kind, results[kind]!)).toMatchObject({ status: 'completed', rowsAdded: ROWS[kind].length, rowsRejected: 0 });
    }
    const p = f.partnershipId;
    const p1 = await t.db.selectFrom('people').selectAll().where('partnership_id', '=', p).where('person_ref', '=', 'P1').executeTakeFirstOrThrow();
    expect(p1).toMatchObject({ family_name: 'Testfamily1', date_of_birth: '1985-03-04', sex: 'male', area_code: 'E06000001' });
    expect(p1.area_id).toBe(f.areas.find((a) => a.code === 'E06000001')!.id);
    const p2 = await t.db.selectFrom('people').selectAll().where('partnership_id', '=', p).where('person_ref', '=', 'P2').executeTakeFirstOrThrow();
    expect(p2).toMatchObject({ sex: 'female', sex_raw: 'F', area_code: 'W06000099', area_id: null });
    const ids = await t.db.selectFrom('person_identifiers').select(['kind', 'value']).where('person_id', '=', p1.id).execute();
    expect(ids).toEqual([{ kind: 'pnc', value: '1990/0000001A' }]);

    const outcomes = await t.db
      .selectFrom('outcomes')
      .innerJoin('people', 'people.id', 'outcomes.person_id')
      .select(['person_ref', 'offence_code', 'offence_code_raw', 'offence_code_known', 'disposal', 'disposal_raw', 'key_seq', 'sentence_days'])
      .where('outcomes.partnership_id', '=', p)
      .orderBy('outcomes.id')
      .execute();
    expect(outcomes).toEqual([
      { person_ref: 'P1', offence_code: '02801', offence_code_raw: '02801', offence_code_known: true, disposal: 'custody', disposal_raw: 'custody', key_seq: 1, sentence_days: 180 },
      { person_ref: 'P1', offence_code: '02801', offence_code_raw: '02801', offence_code_known: true, disposal: 'custody', disposal_raw: 'custody', key_seq: 2, sentence_days: 180 },
      { person_ref: 'P2', offence_code: '04601', offence_code_raw: '046/01', offence_code_known: true, disposal: null, disposal_raw: null, key_seq: 1, sentence_days: null },
      // An unknown code is kept with its text and flagged, not rejected.
      { person_ref: 'P3', offence_code: null, offence_code_raw: 'THEFT', offence_code_known: false, disposal: 'discharge', disposal_raw: 'Conditional discharge', key_seq: 1, sentence_days: null },
    ]);
    const arrests = await t.db.selectFrom('arrests').select(['outcome', 'outcome_raw', 'offence_code']).where('partnership_id', '=', p).orderBy('id').execute();
    expect(arrests).toEqual([
      { outcome: 'charged', outcome_raw: 'charged', offence_code: '02801' },
      { outcome: 'released', outcome_raw: 'released under investigation', offence_code: null },
    ]);
    const tests = await t.db.selectFrom('drug_tests').select(['opiates', 'cocaine', 'trigger_offence_code']).where('partnership_id', '=', p).orderBy('id').execute();
    expect(tests).toEqual([
      { opiates: true, cocaine: false, trigger_offence_code: '02801' },
      { opiates: false, cocaine: true, trigger_offence_code: null },
    ]);
    const custody = await t.db.selectFrom('custody_periods').select(['kind', 'reception_date', 'release_date']).where('partnership_id', '=', p).orderBy('reception_date').execute();
    expect(custody).toEqual([
      { kind: 'sentenced', reception_date: '2008-02-01', release_date: '2008-04-30' },
      { kind: 'remand', reception_date: '2009-01-10', release_date: null },
    ]);
    const sup = await t.db.selectFrom('supervision_periods').select(['kind', 'statutory', 'end_date']).where('partnership_id', '=', p).orderBy('id').execute();
    expect(sup).toEqual([
      { kind: 'licence', statutory: true, end_date: '2008-10-30' },
      { kind: 'drr', statutory: false, end_date: null },
    ]);
    const members = await t.db
      .selectFrom('memberships')
      .innerJoin('tiers', 'tiers.id', 'memberships.tier_id')
      .select(['tiers.code', 'start_date', 'end_date', 'end_reason', 'end_reason_raw'])
      .where('memberships.partnership_id', '=', p)
      .orderBy('start_date')
      .execute();
    expect(members).toEqual([
      { code: 'HIGH', start_date: '2008-04-01', end_date: '2009-04-01', end_reason: 'regular_review', end_reason_raw: 'regular review' },
      { code: 'MED', start_date: '2009-04-01', end_date: null, end_reason: null, end_reason_raw: null },
    ]);
    // An address lasts until the next one.
    const addresses = await t.db.selectFrom('addresses').select(['from_date', 'to_date', 'area_id']).where('partnership_id', '=', p).orderBy('id').execute();
    expect(addresses.map((a) => [a.from_date, a.to_date])).toEqual([
      ['2005-01-01', '2009-01-01'],
      ['2009-01-01', null],
      ['2006-06-06', null],
    ]);
    expect(addresses[2]!.area_id).toBeNull();

    const imports = await t.db.selectFrom('imports').selectAll().where('partnership_id', '=', p).orderBy('id').execute();
    expect(imports).toHaveLength(ORDER.length);
    expect(imports[1]).toMatchObject({ kind: 'outcomes', file_name: 'outcomes.csv', status: 'completed', rows_added: 4, rows_read: 4 });
    expect(imports[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'what']).where('partnership_id', '=', p).where('action', '=', 'collection').execute();
    expect(audit).toHaveLength(ORDER.length);
    expect(await verifyAuditChain(t.db)).toBeNull();

    const q = await dataQuality(t.db, f.operator);
    const byKey = Object.fromEntries(q.checks.map((c) => [c.key, c]));
    expect(byKey.missing_pnc).toMatchObject({ count: 1, examples: [{ personRef: 'P3' }] });
    expect(byKey.offence_after_outcome).toMatchObject({ count: 1, examples: [{ personRef: 'P3' }] });
    expect(byKey.unknown_offence_codes!.count).toBe(1);
    expect(byKey.area_outside_partnership!.count).toBe(1);
    expect(byKey.overlapping_custody!.count).toBe(0);
    expect(q.unknownCodes).toEqual([{ code: 'THEFT', count: 1 }]);
  });

  it('imports each kind from XLSX, with real date cells', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    for (const kind of ORDER) {
      // Dates as real spreadsheet dates, numbers as numbers.
      const rows = ROWS[kind].map((r) => r.map((c) => (/^\d{4}-\d{2}-\d{2}$/.test(c) ? new Date(`${c}T00:00:00Z`) : /^\d+$/.test(c) && c.length < 5 ? Number(c) : c)));
      const file = await writeXlsx(dir, `${kind}.xlsx`, [HEADERS[kind], ...rows]);
      const r = await importFile(t.db, f.operator, { kind, path: file });
      expect(r, said(kind, r)).toMatchObject({ status: 'completed', rowsAdded: ROWS[kind].length });
    }
    const o = await t.db.selectFrom('outcomes').select(['offence_date', 'sentence_days']).where('partnership_id', '=', f.partnershipId).orderBy('id').executeTakeFirstOrThrow();
    expect(o).toEqual({ offence_date: '2008-01-01', sentence_days: 180 });
  });
});

describe('idempotency', () => {
  it('adds and changes nothing when the same files are imported again', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importAll(f, dir);
    const before = await Promise.all(['outcomes', 'arrests', 'people', 'custody_periods'].map((x) => count(x as 'outcomes', f.partnershipId)));
    const again = await importAll(f, dir);
    for (const kind of ORDER) {
      expect(again[kind], kind).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUpdated: 0, rowsUnchanged: ROWS[kind].length });
    }
    const after = await Promise.all(['outcomes', 'arrests', 'people', 'custody_periods'].map((x) => count(x as 'outcomes', f.partnershipId)));
    expect(after).toEqual(before);
  });

  it('updates a row whose attributes changed and counts it', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importAll(f, dir);
    const changed = ROWS.outcomes.map((r) => [...r]);
    changed[2]![8] = 'Southvale Magistrates';
    const file = writeCsv(dir, 'outcomes2.csv', [HEADERS.outcomes, ...changed]);
    const r = await importFile(t.db, f.operator, { kind: 'outcomes', path: file });
    expect(r).toMatchObject({ rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 3 });
    const people = writeCsv(dir, 'people2.csv', [PEOPLE_HEADER, personRow('P1', 1, { family_name: 'Renamed' }), personRow('P2', 2, { sex: 'F', area_code: 'W06000099', ethnicity: '' })]);
    const rp = await importFile(t.db, f.operator, { kind: 'people', path: people });
    expect(rp).toMatchObject({ rowsAdded: 0, rowsUpdated: 1, rowsUnchanged: 1 });
  });
});

describe('bad rows', () => {
  const bad: Record<ImportKind, { row: string[]; field: string; text: RegExp }> = {
    people: { row: personRow('P9', 9, { date_of_birth: '1985-02-30' }), field: 'date_of_birth', text: /1985-02-30 is not a date/ },
    outcomes: { row: ['P1', '2008-02-30', '2008-03-01', 'conviction', '02801', '', '', '', ''], field: 'offence_date', text: /2008-02-30 is not a date/ },
    arrests: { row: ['P404', '2008-01-01', '', ''], field: 'person_ref', text: /P404 is not a known person/ },
    intelligence: { row: ['P1', '01/05/2008', '', ''], field: 'report_date', text: /not a date in the form YYYY-MM-DD/ },
    drug_tests: { row: ['P1', '2008-01-01', 'maybe', 'negative', ''], field: 'opiates', text: /maybe is not positive or negative/ },
    custody: { row: ['P1', '2008-03-01', 'sentenced', '', '', '', ''], field: 'reception_date', text: /2008-03-01 overlaps the custody period on row 2/ },
    supervision: { row: ['P1', '2010-01-01', '2009-01-01', 'licence', 'yes'], field: 'end_date', text: /2009-01-01 is not after start_date 2010-01-01/ },
    memberships: { row: ['P1', 'XYZ', '', '2010-01-01', '', ''], field: 'scheme', text: /XYZ is not a scheme of this partnership/ },
    addresses: { row: ['P1', '2010-01-01', '', ''], field: 'area_code', text: /area_code is required but empty/ },
    risk_assessments: { row: ['P1', '2010-01-01', 'extreme', ''], field: 'risk_of_serious_harm', text: /extreme is not one of low, medium, high, very_high/ },
    mappa_referrals: { row: ['P404', '2010-01-01', ''], field: 'person_ref', text: /P404 is not a known person/ },
  };

  for (const kind of ORDER) {
    it(`rejects a bad ${kind} row, naming file, row and field; all or nothing stores nothing`, async () => {
      const f = await freshPartnership();
      const dir = tempDir();
      await importAll(f, dir);
      const before = await t.db.selectFrom('imports').select('id').where('partnership_id', '=', f.partnershipId).execute();
      // The good rows plus one bad row, which is line 2 + the number of good rows.
      const good = kind === 'people' ? [personRow('P7', 7)] : ROWS[kind].slice(0, 1).map((r) => (kind === 'memberships' ? ['P2', 'PPO', '', '2010-01-01', '', ''] : r));
      const file = writeCsv(dir, `bad-${kind}.csv`, [HEADERS[kind], ...good, bad[kind].row]);
      const r = await importFile(t.db, f.operator, { kind, path: file });
      const badRow = 2 + good.length;
      expect(r.status).toBe('failed');
      expect(r.rowsRejected).toBe(1);
      expect(r.errors[0]).toMatchObject({ file: `bad-${kind}.csv`, row: badRow, field: bad[kind].field });
      expect(r.errors[0]!.message).toMatch(new RegExp(`^bad-${kind}\\.csv row ${badRow}, ${bad[kind].field}`));
      expect(r.errors[0]!.message).toMatch(bad[kind].text);
      // Nothing new was stored, and the failure is recorded.
      const rec = await t.db.selectFrom('imports').selectAll().where('id', '=', r.importId).executeTakeFirstOrThrow();
      expect(rec).toMatchObject({ status: 'failed', rows_added: 0 });
      expect(rec.message).toMatch(/nothing was stored/);
      expect(before.length + 1).toBe((await t.db.selectFrom('imports').select('id').where('partnership_id', '=', f.partnershipId).execute()).length);
      if (kind === 'people') {
        expect(await t.db.selectFrom('people').select('id').where('person_ref', '=', 'P7').where('partnership_id', '=', f.partnershipId).executeTakeFirst()).toBeUndefined();
      }
    });
  }

  it('with --partial stores the good rows and writes an error CSV beside the input', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importAll(f, dir);
    const file = writeCsv(dir, 'mixed.csv', [
      HEADERS.outcomes,
      ['P1', '2009-01-01', '2009-02-01', 'conviction', '05801', '', '', '', ''],
      ['P1', '2009-02-30', '2009-03-01', 'conviction', '05801', '', '', '', ''],
      ['P404', '2009-01-01', '2009-02-01', 'conviction', '05801', '', '', '', ''],
      ['P2', '2009-01-01', '2009-02-01', 'verdict', '05801', '', '', 'ten', ''],
      ['P2', '2009-01-02', '2009-02-01', 'caution', '05801', '', '', '', ''],
    ]);
    const before = await count('outcomes', f.partnershipId);
    const r = await importFile(t.db, f.operator, { kind: 'outcomes', path: file, mode: 'partial' });
    expect(r).toMatchObject({ status: 'completed', rowsRead: 5, rowsAdded: 2, rowsRejected: 3, errorCount: 4 });
    expect(r.errorFile).toBe(path.join(dir, 'mixed.errors.csv'));
    expect(await count('outcomes', f.partnershipId)).toBe(before + 2);
    const errors = fs.readFileSync(r.errorFile!, 'utf8').trim().split('\n');
    expect(errors[0]).toBe('file,row,field,value,reason');
    expect(errors.slice(1).sort()).toEqual(
      [
        'mixed.csv,3,offence_date,2009-02-30,2009-02-30 is not a date',
        'mixed.csv,4,person_ref,P404,P404 is not a known person (import the people file first)',
        'mixed.csv,5,outcome,verdict,"verdict is not one of conviction, caution"',
        'mixed.csv,5,sentence_days,ten,ten is not a whole number of 0 or more',
      ].sort(),
    );
  });

  it('fails a file whose header lacks a required column', async () => {
    const f = await freshPartnership();
    const file = writeCsv(tempDir(), 'people.csv', [['person_ref', 'family_name'], ['P1', 'X']]);
    const r = await importFile(t.db, f.operator, { kind: 'people', path: file, mode: 'partial' });
    expect(r.status).toBe('failed');
    expect(r.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['given_names', 'date_of_birth', 'sex', 'area_code']));
    expect(r.errors[0]!.message).toMatch(/^people\.csv row 1, /);
  });

  it('reports overlapping custody periods within one file as row errors', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [PEOPLE_HEADER, personRow('P1', 1)]) });
    const file = writeCsv(dir, 'custody.csv', [
      HEADERS.custody,
      ['P1', '2008-01-01', 'sentenced', '', '', '2008-06-01', ''],
      ['P1', '2008-05-01', 'remand', '', '', '2008-07-01', ''],
      ['P1', '2008-01-01', 'remand', '', '', '2008-02-01', ''],
    ]);
    const r = await importFile(t.db, f.operator, { kind: 'custody', path: file });
    expect(r.status).toBe('failed');
    expect(r.errors.map((e) => e.message)).toEqual([
      'custody.csv row 3, reception_date: 2008-05-01 overlaps the custody period on row 2',
      'custody.csv row 4, reception_date: a second custody period for this person starting 2008-01-01; the first is on row 2',
    ]);
  });
});

describe('people matching', () => {
  it('matches by PNC ID when the person_ref is new, and keeps the new ref as a local identifier', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'a.csv', [PEOPLE_HEADER, personRow('P1', 1)]) });
    const r = await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'b.csv', [PEOPLE_HEADER, personRow('LOCAL-77', 1)]) });
    expect(r).toMatchObject({ rowsAdded: 0, rowsUpdated: 1 });
    expect(await count('people', f.partnershipId)).toBe(1);
    // Events naming the local ref reach the same person.
    const o = await importFile(t.db, f.operator, {
      kind: 'outcomes',
      path: writeCsv(dir, 'o.csv', [HEADERS.outcomes, ['LOCAL-77', '2008-01-01', '2008-02-01', 'conviction', '02801', '', '', '', '']]),
    });
    expect(o).toMatchObject({ status: 'completed', rowsAdded: 1 });
  });

  it('finds events by pnc_id when person_ref is empty', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'a.csv', [PEOPLE_HEADER, personRow('P1', 1)]) });
    const r = await importFile(t.db, f.operator, {
      kind: 'arrests',
      path: writeCsv(dir, 'arrests.csv', [['person_ref', 'pnc_id', 'arrest_date'], ['', '1990/0000001A', '2008-01-01'], ['', '1990/0000404A', '2008-01-01']]),
      mode: 'partial',
    });
    expect(r).toMatchObject({ rowsAdded: 1, rowsRejected: 1 });
    expect(r.errors[0]!.message).toBe('arrests.csv row 3, pnc_id: 1990/0000404A is not the PNC ID of a known person');
  });

  it('rejects an identifier that already belongs to someone else', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'a.csv', [PEOPLE_HEADER, personRow('P1', 1), personRow('P2', 2)]) });
    const r = await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'b.csv', [PEOPLE_HEADER, personRow('P2', 1)]) });
    expect(r.status).toBe('failed');
    expect(r.errors[0]!.message).toBe('b.csv row 2, pnc_id: 1990/0000001A already identifies person_ref P1');
  });
});

describe('an import whose process was killed', () => {
  it('is marked failed, interrupted, by the next import of the partnership', async () => {
    const f = await freshPartnership();
    const dir = tempDir();
    const stale = await t.db
      .insertInto('imports')
      .values({ partnership_id: f.partnershipId, user_id: null, kind: 'people', file_name: 'killed.csv', sha256: 'x', status: 'running', mode: 'all_or_nothing', started_at: new Date(Date.now() - 60_000) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const r = await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'next.csv', [PEOPLE_HEADER, personRow('P1', 0)]) });
    expect(r.status).toBe('completed');
    const rows = await t.db.selectFrom('imports').select(['id', 'status', 'message']).where('partnership_id', '=', f.partnershipId).orderBy('id').execute();
    expect(rows).toEqual([
      { id: stale.id, status: 'failed', message: INTERRUPTED },
      { id: r.importId, status: 'completed', message: null },
    ]);
  });
});
