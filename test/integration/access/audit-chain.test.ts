// Tamper evidence that survives the database's owner (issue 14): entries are
// keyed by an HMAC under a key kept outside the database, sealed in the order
// of the transactions that wrote them, and `waymark audit anchor` gives a head
// to keep elsewhere. `waymark audit verify --anchor` (the real command) names
// an altered, removed or inserted entry, a rewritten log and a cut tail, and
// exits 1. Appends take no lock, and an export during writes forks nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { runWaymark, type CliRun as Run } from '../../support/cli.js';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/db/database.js';
import type { DB } from '../../../src/db/schema.js';
import { AuditKey } from '../../../src/access/audit-key.js';
import { appendAudit, entryHash, entryMac, GENESIS_HASH, verifyAuditChain } from '../../../src/access/audit.js';
import { sealAudit, verifyAuditLog } from '../../../src/access/audit-seal.js';
import { exportKind } from '../../../src/imports/export.js';
import { pgliteDump, testAuditKey, testDatabase, testEngine, writeTestKeyFile, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, type PartnershipFixture } from '../../support/fixtures.js';

const testKey = testAuditKey;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

interface Installation {
  f: PartnershipFixture;
  env: NodeJS.ProcessEnv;
  dir: string;
  /** The database in this process (on PGlite, closed again before the command runs: one process owns a data folder). */
  use<T>(fn: (db: Kysely<DB>) => Promise<T>, key?: AuditKey): Promise<T>;
  close(): Promise<void>;
}

async function installation(): Promise<Installation> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-audit-'));
  dirs.push(dir);
  const keyFile = writeTestKeyFile(path.join(dir, 'audit.key'));
  let pg: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  const dataDir = path.join(dir, 'data');
  let first = true;
  if (testEngine === 'postgres') {
    pg = await testDatabase();
    env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: pg.url, WAYMARK_DATA: '', WAYMARK_AUDIT_KEY_FILE: keyFile };
  } else {
    env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', WAYMARK_DATA: dataDir, WAYMARK_AUDIT_KEY_FILE: keyFile };
  }
  const others: Database[] = [];
  const use = async <T,>(fn: (db: Kysely<DB>) => Promise<T>, key: AuditKey = testKey): Promise<T> => {
    if (pg) {
      if (key === testKey) return fn(pg.db);
      const other = await openDatabase({ databaseUrl: pg.url, migrate: false, poolSize: 2, plugins: [key] });
      others.push(other);
      return fn(other.db);
    }
    const d = await openDatabase({ dataDir, migrate: false, plugins: [key], ...(first ? { loadDump: await pgliteDump() } : {}) });
    first = false;
    try {
      return await fn(d.db);
    } finally {
      await d.close();
    }
  };
  const f = await use((db) => createPartnership(db, 'AUD'));
  return {
    f,
    env,
    dir,
    use,
    close: async () => {
      for (const o of others) await o.close();
      await pg?.close();
    },
  };
}


function waymark(env: NodeJS.ProcessEnv, args: string[]): Promise<Run> {
  return runWaymark(args, { env });
}

/** Appends n entries, each in its own transaction; returns their ids. */
async function append(db: Kysely<DB>, f: PartnershipFixture, n: number, what = 'viewed person record'): Promise<number[]> {
  for (let i = 0; i < n; i++) {
    await db.transaction().execute((trx) => appendAudit(trx, f.operator, { action: 'consultation', personId: 1000 + i, what, justification: `reason ${i}`, details: { n: i } }));
  }
  const rows = await db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(n).execute();
  return rows.map((r) => Number(r.id)).reverse();
}

/** What an owner may do: switch the log's triggers off. */
async function untriggered(db: Kysely<DB>): Promise<void> {
  for (const t of ['audit_log', 'audit_seals', 'audit_seal_entries']) await sql.raw(`ALTER TABLE ${t} DISABLE TRIGGER USER`).execute(db);
}

/** Anchors with the real command, to a file; returns the file. */
async function anchor(ins: Installation, name = 'anchor.json'): Promise<string> {
  const file = path.join(ins.dir, name);
  const r = await waymark(ins.env, ['audit', 'anchor', '--out', file]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  return file;
}

const CLI = 180_000;

// The tampering cases run the real command several times each, and on the
// embedded engine every command opens the data folder (about two seconds
// apiece): they run on the PostgreSQL pass. What they check is the same SQL
// and the same keyed hashes on both engines, and the embedded command itself
// is covered by the first case, which runs on both passes, as do the
// in-process verifications below (the key, the sealer, the older chain).
const tamper = it.skipIf(testEngine === 'pglite');

describe('waymark audit anchor and verify', () => {
  it('anchor writes one line of JSON and nothing else; verify --anchor passes on an untouched log', async () => {
    const ins = await installation();
    try {
      await ins.use((db) => append(db, ins.f, 4));
      const out = await waymark(ins.env, ['audit', 'anchor']);
      expect(out.code, out.stderr).toBe(0);
      const lines = out.stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      const head = JSON.parse(lines[0]!);
      expect(head).toMatchObject({ waymark: 'audit anchor', seq: 1, entries: 4, keyId: testKey.id });
      fs.writeFileSync(path.join(ins.dir, 'a.json'), out.stdout);
      // Entries written after the anchor do not upset it.
      await ins.use((db) => append(db, ins.f, 2));
      const ok = await waymark(ins.env, ['audit', 'verify', '--anchor', path.join(ins.dir, 'a.json')]);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/The audit log verifies: \d+ entries/);
    } finally {
      await ins.close();
    }
  }, CLI);

  tamper('names an entry altered by the owner with the trigger off', async () => {
    const ins = await installation();
    try {
      const ids = await ins.use((db) => append(db, ins.f, 5));
      const file = await anchor(ins);
      await ins.use(async (db) => {
        await untriggered(db);
        await db.updateTable('audit_log').set({ what: 'nothing to see' }).where('id', '=', ids[2]!).execute();
      });
      const r = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`entry ${ids[2]} was altered`);
    } finally {
      await ins.close();
    }
  }, CLI);

  tamper('names an entry deleted by the owner, with or without the record of its seal', async () => {
    const ins = await installation();
    try {
      const ids = await ins.use((db) => append(db, ins.f, 5));
      const file = await anchor(ins);
      await ins.use(async (db) => {
        await untriggered(db);
        await db.deleteFrom('audit_log').where('id', '=', ids[1]!).execute();
      });
      const r = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`entry ${ids[1]} was removed`);
      await ins.use((db) => db.deleteFrom('audit_seal_entries').where('entry_id', '=', ids[1]!).execute());
      const again = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`entry ${ids[1]} was removed`);
    } finally {
      await ins.close();
    }
  }, CLI);

  tamper('fails a log rewritten whole without the key, or in the old SHA-256 chain', async () => {
    const ins = await installation();
    try {
      const ids = await ins.use((db) => append(db, ins.f, 5));
      const file = await anchor(ins);
      // The owner changes one entry, then recomputes every mac and seal under a key of their own.
      const theirs = AuditKey.generate();
      await ins.use(async (db) => {
        await untriggered(db);
        await db.updateTable('audit_log').set({ what: 'nothing to see' }).where('id', '=', ids[3]!).execute();
        const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
        for (const r of rows) {
          const mac = entryMac(theirs, { uid: r.uid!, at: new Date(r.at).toISOString(), partnershipId: r.partnership_id, userId: r.user_id, action: r.action, personId: r.person_id, personIds: r.person_ids, what: r.what, justification: r.justification, details: r.details });
          await sql`UPDATE audit_log SET mac = ${mac} WHERE id = ${r.id}`.execute(db);
        }
        await db.deleteFrom('audit_seal_entries').execute();
        await db.deleteFrom('audit_seals').execute();
      });
      await ins.use((db) => sealAudit(db), theirs);
      const r = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`entry ${ids[0]} does not verify`);

      // The same rewrite as entries of before the keyed log: a plain SHA-256 chain, which anyone can compute.
      await ins.use(async (db) => {
        await db.deleteFrom('audit_seal_entries').execute();
        await db.deleteFrom('audit_seals').execute();
        const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
        let prev = GENESIS_HASH;
        for (const r of rows) {
          const hash = entryHash(prev, { at: new Date(r.at).toISOString(), partnershipId: r.partnership_id, userId: r.user_id, action: r.action, personId: r.person_id, what: r.what, justification: r.justification, details: r.details, personIds: r.person_ids });
          await sql`UPDATE audit_log SET mac = NULL, uid = NULL, prev_hash = ${prev}, hash = ${hash} WHERE id = ${r.id}`.execute(db);
          prev = hash;
        }
      });
      const legacy = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(legacy.code).toBe(1);
      expect(legacy.stderr).toMatch(/seal 1 is not the one anchored|was rewritten/);
    } finally {
      await ins.close();
    }
  }, CLI);

  tamper('fails a cut tail against the anchor, though what is left is consistent', async () => {
    const ins = await installation();
    try {
      await ins.use((db) => append(db, ins.f, 4));
      await anchor(ins, 'early.json');
      const tail = await ins.use((db) => append(db, ins.f, 3));
      const file = await anchor(ins, 'late.json');
      // The owner removes the last entries, their seal and its record.
      await ins.use(async (db) => {
        await untriggered(db);
        await db.deleteFrom('audit_seal_entries').where('entry_id', 'in', tail).execute();
        await db.deleteFrom('audit_seals').where('seq', '=', 2).execute();
        await db.deleteFrom('audit_log').where('id', 'in', tail).execute();
      });
      const alone = await waymark(ins.env, ['audit', 'verify']);
      expect(alone.code, 'without an anchor a clean cut cannot show').toBe(0);
      const r = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the log was cut');
      expect(r.stderr).toContain(`entries up to ${tail.at(-1)}`);
      expect((await waymark(ins.env, ['audit', 'verify', '--anchor', path.join(ins.dir, 'early.json')])).code).toBe(0);
    } finally {
      await ins.close();
    }
  }, CLI);

  tamper('names a forged entry inserted by the owner, new or slipped in below the seals', async () => {
    const ins = await installation();
    try {
      const ids = await ins.use((db) => append(db, ins.f, 4));
      const file = await anchor(ins);
      const forged = await ins.use(async (db) => {
        // Looks like any entry, but its mac is not the key's.
        const row = await sql<{ id: number }>`
          INSERT INTO audit_log (at, partnership_id, action, what, details, uid, mac)
          VALUES (now(), ${ins.f.partnershipId}, 'consultation', 'viewed person record', '{}', 'forged-1', ${'ab'.repeat(32)}) RETURNING id`.execute(db);
        return Number(row.rows[0]!.id);
      });
      const r = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`entry ${forged} was inserted`);

      // A copy of a real entry (its mac holds), slipped in among the sealed ones with an old transaction id.
      const copy = await ins.use(async (db) => {
        await sql`DROP INDEX audit_log_uid`.execute(db);
        const row = await sql<{ id: number }>`
          INSERT INTO audit_log (id, at, partnership_id, user_id, action, person_id, person_ids, what, justification, details, uid, mac, txid)
          SELECT -5, at, partnership_id, user_id, action, person_id, person_ids, what, justification, details, uid, mac, 1
          FROM audit_log WHERE id = ${ids[1]!} RETURNING id`.execute(db);
        return Number(row.rows[0]!.id);
      });
      const again = await waymark(ins.env, ['audit', 'verify', '--anchor', file]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`entry ${copy} was inserted`);
    } finally {
      await ins.close();
    }
  }, CLI);
});

describe('the audit key', () => {
  it('is bound to each database: two installations with different keys in one process each verify, and neither verifies the other', async () => {
    const dump = await pgliteDump();
    const k1 = AuditKey.generate();
    const k2 = AuditKey.generate();
    const one = await openDatabase({ memory: true, loadDump: dump, migrate: false, plugins: [k1] });
    const two = await openDatabase({ memory: true, loadDump: dump, migrate: false, plugins: [k2] });
    try {
      const f1 = await createPartnership(one.db, 'K1');
      const f2 = await createPartnership(two.db, 'K2');
      await append(one.db, f1, 2);
      await append(two.db, f2, 3);
      expect(await verifyAuditChain(one.db)).toBeNull();
      expect(await verifyAuditChain(two.db)).toBeNull();
      // The second installation's log read with the first one's key.
      const crossed = await openDatabase({ memory: true, loadDump: await two.dump!(), migrate: false, plugins: [k1] });
      try {
        const r = await verifyAuditLog(crossed.db);
        expect(r.problem?.kind).toBe('key');
      } finally {
        await crossed.close();
      }
      // A database opened without its key writes nothing to the log.
      const bare = await openDatabase({ memory: true, loadDump: dump, migrate: false });
      try {
        const f = await createPartnership(bare.db, 'K0');
        await expect(bare.db.transaction().execute((trx) => appendAudit(trx, f.operator, { action: 'consultation', what: 'x' }))).rejects.toThrow(/without the audit key/);
      } finally {
        await bare.close();
      }
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe('the audit key file', () => {
  it('is never made in production: the start fails at once, naming the command that makes one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-key-'));
    dirs.push(dir);
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data'), WAYMARK_AUDIT_KEY_FILE: '', PORT: '0' };
    const serve = await waymark(env, ['serve']);
    expect(serve.code).toBe(1);
    expect(serve.stderr).toContain(`no file ${path.join(dir, 'data')}.audit-key`);
    expect(serve.stderr).toContain('waymark audit key --create');
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
    const made = await waymark(env, ['audit', 'key', '--create']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('');
    expect(fs.statSync(`${path.join(dir, 'data')}.audit-key`).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(`${path.join(dir, 'data')}.audit-key`, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const again = await waymark(env, ['audit', 'key', '--create']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already an audit key');
  }, CLI);
});

describe('the append-only triggers', () => {
  it('fire under session_replication_role = replica (as imports set it) and guard the seals too', async () => {
    const t = await testDatabase();
    try {
      const f = await createPartnership(t.db);
      await append(t.db, f, 2);
      await sealAudit(t.db);
      for (const stmt of ['UPDATE audit_log SET what = what', 'DELETE FROM audit_log', 'TRUNCATE audit_log', 'UPDATE audit_seals SET hash = hash', 'DELETE FROM audit_seal_entries', 'TRUNCATE audit_seals CASCADE']) {
        await expect(
          t.db.transaction().execute(async (trx) => {
            await sql`SET LOCAL session_replication_role = replica`.execute(trx);
            await sql.raw(stmt).execute(trx);
          }),
          stmt,
        ).rejects.toThrow(/append-only/);
      }
      expect(await verifyAuditChain(t.db)).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('the sealer', () => {
  it('splits a long backlog over several seals, entries of before the keyed log first, and leaves none out', async () => {
    const t = await testDatabase();
    try {
      const f = await createPartnership(t.db);
      let prev = GENESIS_HASH;
      for (let i = 0; i < 3; i++) {
        const e = { at: new Date(Date.UTC(2024, 0, i + 1)).toISOString(), partnershipId: f.partnershipId, userId: null, action: 'consultation', personId: 7, what: `old ${i}`, justification: null, details: '{}' };
        const hash = entryHash(prev, e);
        await sql`INSERT INTO audit_log (at, partnership_id, action, person_id, what, details, prev_hash, hash, txid) VALUES (${e.at}, ${e.partnershipId}, 'consultation', 7, ${e.what}, ${e.details}, ${prev}, ${hash}, NULL)`.execute(t.db);
        prev = hash;
      }
      await append(t.db, f, 6);
      const r = await sealAudit(t.db, undefined, 2);
      expect(r).toEqual({ seals: 5, entries: 9, refused: [] });
      await append(t.db, f, 3);
      expect((await sealAudit(t.db, undefined, 2)).entries).toBe(3);
      const v = await verifyAuditLog(t.db);
      expect(v.problem).toBeNull();
      expect(v).toMatchObject({ entries: 12, seals: 7 });
    } finally {
      await t.close();
    }
  });
});

describe('entries of before the keyed log', () => {
  it('are verified by their SHA-256 chain and sealed; an altered one is named', async () => {
    const t = await testDatabase();
    try {
      const f = await createPartnership(t.db);
      // Three entries as the code before migration 0110 wrote them.
      let prev = GENESIS_HASH;
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) {
        const e = { at: new Date(Date.UTC(2024, 0, i + 1)).toISOString(), partnershipId: f.partnershipId, userId: null, action: 'consultation', personId: 7, what: `old ${i}`, justification: null, details: '{"actor":"cli:old"}', personIds: i === 2 ? [7, 8] : null };
        const hash = entryHash(prev, e);
        const row = await sql<{ id: number }>`
          INSERT INTO audit_log (at, partnership_id, action, person_id, person_ids, what, details, prev_hash, hash, txid)
          VALUES (${e.at}, ${e.partnershipId}, 'consultation', 7, ${e.personIds}, ${e.what}, ${e.details}, ${prev}, ${hash}, NULL) RETURNING id`.execute(t.db);
        ids.push(Number(row.rows[0]!.id));
        prev = hash;
      }
      await append(t.db, f, 2);
      const r = await verifyAuditLog(t.db);
      expect(r.problem).toBeNull();
      expect(r.entries).toBe(5);
      await untriggered(t.db);
      await t.db.updateTable('audit_log').set({ what: 'changed' }).where('id', '=', ids[1]!).execute();
      expect(await verifyAuditChain(t.db)).toBe(ids[1]);
    } finally {
      await t.close();
    }
  });
});

describe.runIf(testEngine === 'postgres')('concurrent appends on PostgreSQL', () => {
  it('an uncommitted append does not hold up another', async () => {
    const t = await testDatabase();
    try {
      const f = await createPartnership(t.db);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let appended!: () => void;
      const first = new Promise<void>((r) => (appended = r));
      const slow = t.db.transaction().execute(async (trx) => {
        await appendAudit(trx, f.operator, { action: 'consultation', what: 'a long transaction' });
        appended();
        await held;
      });
      await first;
      const other = await createPartnership(t.db);
      const started = Date.now();
      const quick = t.db.transaction().execute((trx) => appendAudit(trx, other.operator, { action: 'consultation', what: 'another partnership' }));
      const outcome = await Promise.race([quick.then(() => 'done'), new Promise((r) => setTimeout(() => r('waited'), 3000))]);
      expect(outcome).toBe('done');
      expect(Date.now() - started).toBeLessThan(3000);
      // The sealer leaves the uncommitted entry for a later seal, which takes it once committed.
      const early = await sealAudit(t.db);
      expect(early.entries).toBe(1);
      release();
      await slow;
      expect((await sealAudit(t.db)).entries).toBe(1);
      expect(await verifyAuditChain(t.db)).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('an export during concurrent writes', () => {
  it('leaves a log that verifies (the export appends from its REPEATABLE READ snapshot)', async () => {
    const t = await testDatabase();
    try {
      const f = await createPartnership(t.db);
      for (let i = 0; i < 3; i++) await createPerson(t.db, f, { ref: `EXP${i}` });
      await append(t.db, f, 2);
      // An output that holds the export after it has read its snapshot, until the other writes are in.
      let writes = 0;
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let reading!: () => void;
      const snapshotTaken = new Promise<void>((r) => (reading = r));
      const out = new Writable({
        highWaterMark: 1,
        write(_chunk, _enc, cb) {
          writes++;
          if (writes === 2) {
            reading();
            void gate.then(() => cb());
          } else cb();
        },
      });
      const exporting = exportKind(t.db, f.operator, { kind: 'people', out, format: 'csv', destination: 'a test' });
      const sink = new PassThrough();
      sink.resume();
      if (testEngine === 'postgres') {
        await snapshotTaken;
        // Other requests append and commit while the export's snapshot is open.
        await append(t.db, f, 3, 'meanwhile');
        await sealAudit(t.db);
        release();
      } else {
        // One connection embedded: the writes wait for the export.
        release();
        await snapshotTaken;
      }
      await exporting;
      await append(t.db, f, 1, 'after');
      const r = await verifyAuditLog(t.db);
      expect(r.problem).toBeNull();
      const disclosures = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'disclosure').execute();
      expect(disclosures).toHaveLength(1);
      const sealed = await t.db.selectFrom('audit_seal_entries').select('entry_id').where('entry_id', '=', Number(disclosures[0]!.id)).execute();
      expect(sealed).toHaveLength(1);
    } finally {
      await t.close();
    }
  });
});
