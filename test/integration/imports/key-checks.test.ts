// Event merges skip the per-row foreign-key triggers only when the database
// allows it and every referenced row is locked and present; otherwise the
// triggers run, and the import gives the same result either way.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usePlainRole } from '../../support/plain-role.js';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { importFile } from '../../../src/imports/import-file.js';
import { lockReferences, restoreKeyChecks, skipKeyChecks } from '../../../src/imports/merge.js';
import { PEOPLE_HEADER, personRow, tempDir, writeCsv } from './files.js';
import { HEADERS, ROWS } from './dataset.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => t?.close());

async function withPeople(): Promise<{ f: PartnershipFixture; importId: number; personIds: number[] }> {
  const f = await createPartnership(t.db);
  const dir = tempDir();
  await importFile(t.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [PEOPLE_HEADER, personRow('P1', 1), personRow('P2', 2), personRow('P3', 3)]) });
  const people = await t.db.selectFrom('people').select('id').where('partnership_id', '=', f.partnershipId).orderBy('id').execute();
  const rec = await t.db
    .insertInto('imports')
    .values({ partnership_id: f.partnershipId, user_id: null, kind: 'outcomes', file_name: 'x.csv', sha256: 'x', status: 'running', mode: 'all_or_nothing' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { f, importId: rec.id, personIds: people.map((p) => p.id) };
}

const role = async (trx: Parameters<typeof skipKeyChecks>[0]) =>
  (await sql<{ r: string }>`SELECT current_setting('session_replication_role') AS r`.execute(trx)).rows[0]!.r;

describe('skipping the per-row key checks', () => {
  it('switches the triggers off when every referenced person is locked and present, and back on after', async () => {
    const { f, importId, personIds } = await withPeople();
    const ctx = { partnershipId: f.partnershipId, importId, offenceCodesLoaded: false };
    await t.db.transaction().execute(async (trx) => {
      const ids = sql`SELECT unnest(${personIds}::bigint[]) AS person_id`;
      expect(await skipKeyChecks(trx, 'outcomes', ctx, ids)).toBe(true);
      expect(await role(trx)).toBe('replica');
      await restoreKeyChecks(trx);
      expect(await role(trx)).toBe('origin');
    });
  });

  it('keeps the triggers when a referenced person is missing, or the table has triggers or other references', async () => {
    const { f, importId, personIds } = await withPeople();
    const ctx = { partnershipId: f.partnershipId, importId, offenceCodesLoaded: false };
    await t.db.transaction().execute(async (trx) => {
      const gone = sql`SELECT unnest(${[...personIds, Math.max(...personIds) + 1000]}::bigint[]) AS person_id`;
      expect(await skipKeyChecks(trx, 'outcomes', ctx, gone)).toBe(false);
      const ids = sql`SELECT unnest(${personIds}::bigint[]) AS person_id`;
      // people has a trigger of its own; memberships references schemes and tiers too.
      expect(await skipKeyChecks(trx, 'people', ctx, ids)).toBe(false);
      expect(await skipKeyChecks(trx, 'memberships', ctx, ids)).toBe(false);
      // Another partnership's import is not this one's.
      const other = await createPartnership(trx);
      expect(await skipKeyChecks(trx, 'outcomes', { ...ctx, partnershipId: other.partnershipId }, ids)).toBe(false);
      expect(await role(trx)).toBe('origin');
    });
  });
});

describe('keeping the referenced people for a force-scale file', () => {
  it('with { wholeTable: true }, holds a SHARE lock on people until commit instead of a lock on each, and still finds a person gone', async () => {
    const { f, importId, personIds } = await withPeople();
    const ctx = { partnershipId: f.partnershipId, importId, offenceCodesLoaded: false };
    const peopleLock = async (trx: Parameters<typeof lockReferences>[0]) =>
      (await sql<{ mode: string }>`SELECT mode FROM pg_locks WHERE locktype = 'relation' AND relation = 'people'::regclass AND pid = pg_backend_pid() ORDER BY mode`.execute(trx)).rows.map((r) => r.mode);
    await t.db.transaction().execute(async (trx) => {
      expect(await lockReferences(trx, ctx, sql`SELECT unnest(${personIds}::bigint[]) AS person_id`, { wholeTable: true })).toBe(true);
      expect(await peopleLock(trx)).toContain('ShareLock');
      expect(await lockReferences(trx, ctx, sql`SELECT unnest(${[...personIds, Math.max(...personIds) + 1000]}::bigint[]) AS person_id`, { wholeTable: true })).toBe(false);
    });
    await t.db.transaction().execute(async (trx) => {
      expect(await lockReferences(trx, ctx, sql`SELECT unnest(${personIds}::bigint[]) AS person_id`)).toBe(true);
      expect(await peopleLock(trx)).not.toContain('ShareLock');
    });
  });
});

describe.runIf(testEngine === 'postgres')('when the people table is being written by another transaction', () => {
  it('waits about a second for the SHARE lock, then locks each person instead, and the transaction goes on', async () => {
    const { f, importId, personIds } = await withPeople();
    const ctx = { partnershipId: f.partnershipId, importId, offenceCodesLoaded: false };
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    // Another transaction changes a person (ROW EXCLUSIVE on people) and stays open.
    const other = t.db.transaction().execute(async (trx) => {
      await sql`UPDATE people SET updated_at = now() WHERE id = ${personIds[0]!}`.execute(trx);
      holding();
      await released;
    });
    await held;
    try {
      await t.db.transaction().execute(async (trx) => {
        const t0 = Date.now();
        expect(await lockReferences(trx, ctx, sql`SELECT unnest(${personIds}::bigint[]) AS person_id`, { wholeTable: true })).toBe(true);
        expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
        const modes = await sql<{ mode: string }>`SELECT mode FROM pg_locks WHERE locktype = 'relation' AND relation = 'people'::regclass AND pid = pg_backend_pid()`.execute(trx);
        expect(modes.rows.map((r) => r.mode)).not.toContain('ShareLock');
        expect((await sql<{ t: string }>`SELECT current_setting('lock_timeout') AS t`.execute(trx)).rows[0]!.t).toBe('0');
      });
    } finally {
      release();
      await other;
    }
  });
});

describe.runIf(testEngine === 'postgres')('where the database refuses session_replication_role', () => {
  const plainRole = usePlainRole(() => t.url!, 'waymark_plain');

  it('imports with the triggers on, storing the same rows, and a re-import adds nothing', async () => {
    const { f, importId, personIds } = await withPeople();
    const plain = await plainRole.open();
    try {
      await plain.db.transaction().execute(async (trx) => {
        const ids = sql`SELECT unnest(${personIds}::bigint[]) AS person_id`;
        expect(await skipKeyChecks(trx, 'outcomes', { partnershipId: f.partnershipId, importId, offenceCodesLoaded: false }, ids)).toBe(false);
        // The refusal was rolled back to a savepoint: the transaction goes on.
        expect(await role(trx)).toBe('origin');
      });
      const file = writeCsv(tempDir(), 'outcomes.csv', [HEADERS.outcomes, ...ROWS.outcomes]);
      const r = await importFile(plain.db, f.operator, { kind: 'outcomes', path: file });
      expect(r).toMatchObject({ status: 'completed', rowsAdded: ROWS.outcomes.length, rowsRejected: 0 });
      const stored = await t.db
        .selectFrom('outcomes')
        .innerJoin('people', 'people.id', 'outcomes.person_id')
        .select(['person_ref', 'offence_code', 'key_seq'])
        .where('outcomes.partnership_id', '=', f.partnershipId)
        .orderBy('outcomes.id')
        .execute();
      expect(stored).toEqual([
        { person_ref: 'P1', offence_code: '02801', key_seq: 1 },
        { person_ref: 'P1', offence_code: '02801', key_seq: 2 },
        { person_ref: 'P2', offence_code: '04601', key_seq: 1 },
        { person_ref: 'P3', offence_code: null, key_seq: 1 },
      ]);
      expect(await importFile(plain.db, f.operator, { kind: 'outcomes', path: file })).toMatchObject({ status: 'completed', rowsAdded: 0, rowsUpdated: 0 });
    } finally {
      await plain.close();
    }
  });
});
