// An outcome's natural key (person, offence date, outcome date, offence code
// as sent, key_seq) is unique (migration 0137). Rows stored before it may
// share one: the migration numbers each such row after its key's others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership } from '../../support/fixtures.js';
import { migrate } from '../../../src/db/migrate.js';
import { importFile } from '../../../src/imports/import-file.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

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
