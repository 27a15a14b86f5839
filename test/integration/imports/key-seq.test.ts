// key_seq numbers the rows of one natural key (person, dates, code) in file
// order. These cover the ways a key can repeat: written twice in the file, and two person_refs of
// the file that lead to one stored person (one was merged into the other).
// The natural key with key_seq is unique (migration 0137); rows stored before
// it that shared one are numbered by the migration after their key's others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';
import { importFile } from '../../../src/imports/import-file.js';
import { migrate } from '../../../src/db/migrate.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';
import { HEADERS } from './dataset.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

const outcome = (ref: string, code: string) => [ref, '2008-01-01', '2008-02-01', 'conviction', code, '', '', '', ''];

async function setUp() {
  const f = await createPartnership(t.db);
  const dir = tempDir();
  const people = writeCsv(dir, 'people.csv', [PEOPLE_HEADER, personRow('P1', 1), personRow('P2', 2), personRow('P3', 3)]);
  expect(await importFile(t.db, f.operator, { kind: 'people', path: people })).toMatchObject({ status: 'completed' });
  return { f, dir };
}

async function stored(partnershipId: number) {
  return t.db
    .selectFrom('outcomes')
    .innerJoin('people', 'people.id', 'outcomes.person_id')
    .select(['person_ref', 'offence_code_raw', 'key_seq'])
    .where('outcomes.partnership_id', '=', partnershipId)
    .orderBy('outcomes.id')
    .execute();
}

/** Imports the file, finds the stored rows numbered as wanted, then imports it again and finds it changes nothing. */
async function storesOnce(f: Awaited<ReturnType<typeof setUp>>['f'], file: string, want: Awaited<ReturnType<typeof stored>>) {
  expect(await importFile(t.db, f.operator, { kind: 'outcomes', path: file })).toMatchObject({ status: 'completed', rowsAdded: want.length });
  expect(await stored(f.partnershipId)).toEqual(want);
  expect(await importFile(t.db, f.operator, { kind: 'outcomes', path: file })).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUnchanged: want.length });
}

describe('key_seq', () => {
  it('is 1 for every row when no key repeats, and a second import of the same file changes nothing', async () => {
    const { f, dir } = await setUp();
    const file = writeCsv(dir, 'outcomes.csv', [HEADERS.outcomes, outcome('P1', '02801'), outcome('P1', '04601'), outcome('P2', '02801')]);
    await storesOnce(f, file, [
      { person_ref: 'P1', offence_code_raw: '02801', key_seq: 1 },
      { person_ref: 'P1', offence_code_raw: '04601', key_seq: 1 },
      { person_ref: 'P2', offence_code_raw: '02801', key_seq: 1 },
    ]);
  });

  it('counts on when two person_refs of the file lead to one person', async () => {
    const { f, dir } = await setUp();
    const [p1, p2] = await t.db.selectFrom('people').select('id').where('partnership_id', '=', f.partnershipId).orderBy('id').execute();
    await t.db.updateTable('people').set({ merged_into_id: p1!.id }).where('id', '=', p2!.id).where('partnership_id', '=', f.partnershipId).execute();
    const file = writeCsv(dir, 'outcomes.csv', [HEADERS.outcomes, outcome('P1', '02801'), outcome('P2', '02801'), outcome('P3', '02801')]);
    // Both of the first two rows are now P1's (P2 was merged into P1): the same key twice.
    await storesOnce(f, file, [
      { person_ref: 'P1', offence_code_raw: '02801', key_seq: 1 },
      { person_ref: 'P1', offence_code_raw: '02801', key_seq: 2 },
      { person_ref: 'P3', offence_code_raw: '02801', key_seq: 1 },
    ]);
  });

  it('stores only what is new when a file repeats a stored key once more and adds another', async () => {
    const { f, dir } = await setUp();
    const first = writeCsv(dir, 'first.csv', [HEADERS.outcomes, outcome('P1', '02801')]);
    expect(await importFile(t.db, f.operator, { kind: 'outcomes', path: first })).toMatchObject({ status: 'completed', rowsAdded: 1 });
    const second = writeCsv(dir, 'second.csv', [HEADERS.outcomes, outcome('P1', '02801'), outcome('P2', '04601'), outcome('P1', '02801')]);
    expect(await importFile(t.db, f.operator, { kind: 'outcomes', path: second })).toMatchObject({ status: 'completed', rowsAdded: 2, rowsUpdated: 0, rowsUnchanged: 1 });
    expect(await stored(f.partnershipId)).toEqual([
      { person_ref: 'P1', offence_code_raw: '02801', key_seq: 1 },
      { person_ref: 'P1', offence_code_raw: '02801', key_seq: 2 },
      { person_ref: 'P2', offence_code_raw: '04601', key_seq: 1 },
    ]);
  });

  it('finds a stored row whose key has an empty part (an arrest without an offence code)', async () => {
    const { f, dir } = await setUp();
    const file = writeCsv(dir, 'arrests.csv', [HEADERS.arrests, ['P1', '2008-03-01', '', 'charged'], ['P1', '2008-03-01', '', 'charged']]);
    expect(await importFile(t.db, f.operator, { kind: 'arrests', path: file })).toMatchObject({ status: 'completed', rowsAdded: 2 });
    expect(await importFile(t.db, f.operator, { kind: 'arrests', path: file })).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUnchanged: 2 });
  });

  it('stores every row whole when each COPY chunk holds a row or less, whatever its characters', async () => {
    const { f, dir } = await setUp();
    const text = (i: number) => `Café ✓ 𝔅 "${i}", ${'x'.repeat(i * 7)}.`;
    const rows = Array.from({ length: 12 }, (_, i) => ['P' + (1 + (i % 3)), '2008-01-01', '2008-02-01', 'conviction', `0280${i % 10}`, text(i), '', '', '']);
    const file = writeCsv(dir, 'outcomes.csv', [HEADERS.outcomes, ...rows]);
    expect(await importFile(t.db, f.operator, { kind: 'outcomes', path: file, chunkBytes: 40 })).toMatchObject({ status: 'completed', rowsAdded: 12 });
    const stored = await t.db
      .selectFrom('outcomes')
      .select('offence_description')
      .where('partnership_id', '=', f.partnershipId)
      .execute();
    expect(stored.map((r) => r.offence_description).sort()).toEqual(rows.map((r) => r[5]).sort());
  });
});

describe('the unique natural key of outcomes', () => {
  it('is refused twice, and migration 0137 numbers the rows stored before it that share a key', async () => {
    const f = await createPartnership(t.db);
    await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(tempDir(), 'p.csv', [PEOPLE_HEADER, personRow('K1', 1), personRow('K2', 2)]) });
    const [k1, k2] = (await t.db.selectFrom('people').select('id').where('partnership_id', '=', f.partnershipId).orderBy('person_ref').execute()).map((p) => p.id);
    const outcome = (personId: number, code: string, keySeq = 1) => ({
      partnership_id: f.partnershipId, person_id: personId, offence_date: '2009-03-01', outcome_date: '2009-04-01', outcome: 'conviction' as const, offence_code_raw: code, key_seq: keySeq,
    });
    await t.db.insertInto('outcomes').values(outcome(k1!, '02801')).execute();
    await expect(t.db.insertInto('outcomes').values(outcome(k1!, '02801')).execute()).rejects.toMatchObject({ code: '23505' });

    // As the table was before 0137: three rows of one key with key_seq 1, one with 2, and rows of other keys.
    await sql`DROP INDEX outcomes_key`.execute(t.db);
    await sql`CREATE INDEX outcomes_person ON outcomes (person_id, offence_date)`.execute(t.db);
    await t.db.insertInto('outcomes').values([outcome(k1!, '02801'), outcome(k1!, '02801', 2), outcome(k1!, '02801'), outcome(k1!, '10500'), outcome(k2!, '02801')]).execute();
    await t.db.deleteFrom('schema_migrations').where('version', '=', '0137_outcomes_unique_key').execute();
    expect(await migrate(t.db)).toEqual(['0137_outcomes_unique_key']);

    const rows = await t.db.selectFrom('outcomes').select(['id', 'person_id', 'offence_code_raw', 'key_seq']).where('partnership_id', '=', f.partnershipId).orderBy('id').execute();
    expect(rows.map((o) => `${o.person_id === k1 ? 'K1' : 'K2'} ${o.offence_code_raw} ${o.key_seq}`)).toEqual([
      'K1 02801 1', // the first row of the key keeps its number
      'K1 02801 3', // a second key_seq 1, numbered after the key's highest (2)
      'K1 02801 2',
      'K1 02801 4',
      'K1 10500 1',
      'K2 02801 1',
    ]);
    const index = await sql<{ def: string }>`SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'outcomes' AND indexname = 'outcomes_key'`.execute(t.db);
    expect(index.rows[0]?.def).toMatch(/UNIQUE INDEX outcomes_key ON public\.outcomes USING btree \(person_id, offence_date, outcome_date, offence_code_raw, key_seq\)/);
  });
});
