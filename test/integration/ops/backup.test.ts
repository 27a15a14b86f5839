// Backup and restore round trip on the run's engine (and, on a PostgreSQL run,
// across engines into embedded PGlite): every table's rows and checksum come
// back, sequences carry on, the audit chain still verifies; a non-empty
// database, a damaged file and another schema version are refused unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser } from '../../support/fixtures.js';
import { appendAudit, verifyAuditChain } from '../../../src/access/audit.js';
import { backupDatabase, restoreDatabase, tableChecksums, type TableSummary } from '../../../src/ops/backup.js';
import { InvalidInputError } from '../../../src/errors.js';
import { withKeySeq } from '../../support/outcome-keys.js';

let source: TestDatabase;
let dir: string;
let file: string;
let before: TableSummary[];
/** The source after the backup, which logs itself as a disclosure. */
let afterBackup: TableSummary[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-backup-'));
  file = path.join(dir, 'all.backup.gz');
  source = await testDatabase();
  const db = source.db;
  const f = await createPartnership(db, 'BKP');
  const user = await createUser(db, f, { username: 'bk-officer', role: 'practitioner', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA' });
  await db.updateTable('partnerships').set({ data_as_of: '2009-06-30' }).execute();
  const awkward = await createPerson(db, f, { ref: 'BK-1', family: "O'Brien, \"Junior\"", given: 'Zoë\nSecond line', ethnicity: '' });
  const plain = await createPerson(db, f, { ref: 'BK-2', family: 'Roundtrip', given: 'Alfa', restricted: true });
  await db.insertInto('person_access').values({ person_id: plain, user_id: user.userId }).execute();
  await db.insertInto('person_identifiers').values({ partnership_id: f.partnershipId, person_id: awkward, kind: 'pnc', value: '1900/0000042Z' }).execute();
  await db.insertInto('areas').values({ partnership_id: f.partnershipId, code: 'E06000001-N1', name: 'Northtown, ward 1', parent_area_id: f.areas[0]!.id }).execute();
  await db.insertInto('addresses').values({ partnership_id: f.partnershipId, person_id: awkward, from_date: '2001-02-03', to_date: null, area_code: 'E06000001', area_id: f.areas[0]!.id, postcode: null }).execute();
  const outcomes = Array.from({ length: 1200 }, (_, i) => ({
    partnership_id: f.partnershipId,
    person_id: i % 2 ? awkward : plain,
    offence_date: `200${i % 9}-0${(i % 9) + 1}-1${i % 9}`,
    outcome_date: `200${i % 9}-0${(i % 9) + 1}-2${i % 9}`,
    outcome: i % 5 ? ('conviction' as const) : ('caution' as const),
    offence_code: i % 7 ? '02800' : null,
    offence_code_raw: i % 7 ? '02800' : 'BURG,"X"',
    offence_code_known: i % 7 !== 0,
    offence_description: i % 3 === 0 ? null : i % 3 === 1 ? '' : 'Burglary, in a dwelling',
    sentence_days: i % 4 ? i : null,
  }));
  await db.insertInto('outcomes').values(withKeySeq(outcomes)).execute();
  await db.insertInto('custody_periods').values({ partnership_id: f.partnershipId, person_id: plain, kind: 'remand', reception_date: '2009-01-01', release_date: '2009-02-01' }).execute();
  const s = await db.insertInto('schemes').values({ partnership_id: f.partnershipId, code: 'PPO', name: 'PPO', capacity: 20 }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('memberships').values({ partnership_id: f.partnershipId, person_id: awkward, scheme_id: s.id, start_date: '2008-04-01', end_date: '2009-04-01', end_reason: 'other', end_reason_raw: 'Moved, "abroad"' }).execute();
  for (let i = 0; i < 5; i++) {
    await db.transaction().execute((trx) => appendAudit(trx, user, { action: 'consultation', personId: plain, what: 'viewed person record', justification: `reason ${i}, with "quotes"`, details: { n: i } }));
  }
  await sql`INSERT INTO sessions (id, user_id, csrf_token, expires_at) VALUES ('abc', ${user.userId}, 'tok', '2031-05-06T07:08:09.123456Z')`.execute(db);
  before = await tableChecksums(db);
  await backupDatabase(db, source.engine, file);
  afterBackup = await tableChecksums(db);
});

afterAll(async () => {
  await source?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const byTable = (s: TableSummary[]) => Object.fromEntries(s.map((t) => [t.table, t]));

describe(`backup and restore (${testEngine})`, () => {
  it('backs up every table with its rows and checksum', async () => {
    const counts = byTable(before);
    expect(counts.outcomes!.rows).toBe(1200);
    expect(counts.audit_log!.rows).toBe(5);
    expect(counts.people!.rows).toBe(2);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    // The backup changed nothing in the source but its audit log, which records it as a disclosure.
    const after = byTable(await tableChecksums(source.db));
    const { audit_log: auditAfter, ...restAfter } = after;
    const { audit_log: auditBefore, ...restBefore } = counts;
    expect(restAfter).toEqual(restBefore);
    expect(auditAfter!.rows).toBe(auditBefore!.rows + 1);
  });

  it('restores into an empty database exactly: rows, checksums, sequences and the audit chain', async () => {
    const target = await testDatabase();
    try {
      const summary = await restoreDatabase(target.db, file);
      expect(byTable(summary.tables)).toEqual(byTable(before));
      expect(await tableChecksums(target.db)).toEqual(before);
      expect(await verifyAuditChain(target.db)).toBeNull();
      const p = await target.db.selectFrom('people').selectAll().where('person_ref', '=', 'BK-1').executeTakeFirstOrThrow();
      expect(p.family_name).toBe("O'Brien, \"Junior\"");
      expect(p.given_names).toBe('Zoë\nSecond line');
      expect(p.ethnicity).toBe('');
      const nulls = await target.db.selectFrom('outcomes').select((eb) => eb.fn.countAll<number>().as('n')).where('offence_description', 'is', null).executeTakeFirstOrThrow();
      expect(nulls.n).toBe(400);
      // New rows carry on after the restored ids.
      const maxId = await target.db.selectFrom('outcomes').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow();
      const next = await target.db.insertInto('outcomes').values({ partnership_id: p.partnership_id, person_id: p.id, offence_date: '2009-05-05', outcome_date: '2009-06-06', outcome: 'conviction', offence_code_raw: '02800' }).returning('id').executeTakeFirstOrThrow();
      expect(next.id).toBeGreaterThan(Number(maxId.m));
    } finally {
      await target.close();
    }
  });

  it('refuses a database that already holds data, and leaves it unchanged', async () => {
    await expect(restoreDatabase(source.db, file)).rejects.toThrow(/needs an empty database.*1 partnership/);
    expect(await tableChecksums(source.db)).toEqual(afterBackup);
  });

  it('refuses a damaged or truncated file and restores nothing', async () => {
    const target = await testDatabase();
    try {
      const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
      const truncated = path.join(dir, 'truncated.gz');
      fs.writeFileSync(truncated, zlib.gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n'));
      await expect(restoreDatabase(target.db, truncated)).rejects.toThrow(InvalidInputError);
      const tampered = path.join(dir, 'tampered.gz');
      const i = lines.findIndex((l) => l.includes('Burglary, in a dwelling'));
      fs.writeFileSync(tampered, zlib.gzipSync(lines.map((l, j) => (j === i ? l.replace('Burglary', 'Robbery') : l)).join('\n')));
      await expect(restoreDatabase(target.db, tampered)).rejects.toThrow(/outcomes does not match its checksum/);
      const n = await target.db.selectFrom('outcomes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(n.n).toBe(0);
      const other = path.join(dir, 'other-schema.gz');
      const header = JSON.parse(lines[0]!);
      header.schemaVersions = [...header.schemaVersions, '9999_future'];
      fs.writeFileSync(other, zlib.gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
      await expect(restoreDatabase(target.db, other)).rejects.toThrow(/schema version 9999_future/);
      fs.writeFileSync(path.join(dir, 'not.gz'), 'hello');
      await expect(restoreDatabase(target.db, path.join(dir, 'not.gz'))).rejects.toThrow(/cannot be read as a Waymark backup/);
    } finally {
      await target.close();
    }
  });

  it.runIf(testEngine === 'postgres')('restores a PostgreSQL backup into the embedded database with the same checksums', async () => {
    // testDatabase() reads the engine when called: without the URL it gives embedded PGlite.
    const url = process.env.WAYMARK_TEST_DATABASE_URL;
    delete process.env.WAYMARK_TEST_DATABASE_URL;
    const embedded = await testDatabase().finally(() => (process.env.WAYMARK_TEST_DATABASE_URL = url));
    expect(embedded.engine).toBe('pglite');
    try {
      await restoreDatabase(embedded.db, file);
      expect(await tableChecksums(embedded.db)).toEqual(before);
    } finally {
      await embedded.close();
    }
  });
});
