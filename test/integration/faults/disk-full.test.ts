// The embedded data folder running out of space, for real: the folder lives on
// a small tmpfs (mounted for the test, so it needs root or CAP_SYS_ADMIN), and
// a filler file takes the rest of the space. A write then fails with a clear
// error instead of hanging; nothing committed before is lost; the failed write
// leaves nothing behind; and with space freed and Waymark reopened, it works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { buildApp } from '../../../src/web/app.js';
import { loadConfig } from '../../../src/config.js';
import { hashPassword } from '../../../src/access/passwords.js';
import { pgliteDump, testAuditKey, testEngine } from '../../support/db.js';
import { createPartnership, createPerson, createUser } from '../../support/fixtures.js';
import { PASSWORD, signInAs, cookieHeader } from '../../support/app.js';

function tryMount(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (e: any) {
    return String(e.stderr ?? e.message).trim();
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-full-'));
const mountError = testEngine === 'pglite' ? tryMount(root) : 'not on the PostgreSQL pass';
const reason =
  testEngine !== 'pglite'
    ? 'the embedded data folder is tested on the PGlite pass only'
    : mountError
      ? `cannot mount a small tmpfs here (${mountError}); run as root or with CAP_SYS_ADMIN to test a full disk`
      : '';
if (reason) process.stderr.write(`disk-full test skipped: ${reason}\n`);

const dataDir = path.join(root, 'data');
const filler = path.join(root, 'filler');
let database: Database | undefined;

function fillDisk(): void {
  const fd = fs.openSync(filler, 'w');
  const block = Buffer.alloc(256 * 1024, 7);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (e: any) {
    if (e.code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

/** Fails the test instead of hanging when a promise never settles. */
function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms (hung)`)), ms))]);
}

beforeAll(async () => {
  if (reason) return;
  database = await openDatabase({ dataDir, loadDump: await pgliteDump(), migrate: false, plugins: [testAuditKey] });
});

afterAll(async () => {
  await database?.close().catch(() => undefined);
  if (!mountError) execFileSync('umount', ['-l', root], { stdio: 'ignore' });
  fs.rmSync(root, { recursive: true, force: true });
});

describe.skipIf(Boolean(reason))('embedded data folder full', () => {
  it('fails the write clearly, keeps what was committed, and works again once space is freed', async () => {
    const db = database!.db;
    const f = await createPartnership(db, 'FULL');
    await createUser(db, f, { username: 'full-officer', role: 'practitioner', passwordHash: await hashPassword(PASSWORD) });
    const personId = await createPerson(db, f, { ref: 'FULL-1', family: 'Keptson', given: 'Alfa' });
    const app = await buildApp({ database: database!, config: { ...loadConfig({}), secureCookies: false } });
    const { jar } = await signInAs(app, 'full-officer');
    expect((await app.inject({ method: 'GET', url: `/people/${personId}`, headers: { cookie: cookieHeader(jar) } })).statusCode).toBe(200);

    fillDisk();
    // A bulk write, like an import, on a full disk.
    const bulk = db.transaction().execute(async (trx) => {
      for (let i = 0; i < 200; i++) {
        await sql`INSERT INTO outcomes (partnership_id, person_id, offence_date, outcome_date, outcome, offence_code_raw, offence_description)
          SELECT ${f.partnershipId}, ${personId}, '2009-01-01', '2009-02-01', 'conviction', '02800', repeat(md5(g::text), 60)
          FROM generate_series(1, 2000) g`.execute(trx);
      }
    });
    const error: any = await within(60_000, bulk.then(() => null, (e) => e), 'the bulk write');
    expect(error, 'the write should have failed on a full disk').not.toBeNull();
    expect(`${error.code} ${error.message}`).toMatch(/53100|No space left on device|embedded database/);

    // The app answers at once with a clear page, never a hang and never a stack trace.
    const res = await within(15_000, app.inject({ method: 'GET', url: `/people/${personId}`, headers: { cookie: cookieHeader(jar) } }), 'the person page');
    if (process.env.WAYMARK_DEBUG) process.stderr.write(`write error: ${error.code} ${error.message}; page: ${res.statusCode} ${res.body.slice(0, 600)}\n`);
    expect([200, 503, 507]).toContain(res.statusCode);
    if (res.statusCode !== 200) expect(res.body).toMatch(/storage is full|cannot reach its database/);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    await app.close();

    // Free the space and reopen, as an operator would after the alert.
    fs.rmSync(filler);
    await database!.close().catch(() => undefined);
    database = await within(60_000, openDatabase({ dataDir, migrate: false, plugins: [testAuditKey] }), 'reopening the data folder');
    const again = database.db;
    const kept = await again.selectFrom('people').select('family_name').where('person_ref', '=', 'FULL-1').executeTakeFirst();
    expect(kept?.family_name).toBe('Keptson');
    const partial = await again.selectFrom('outcomes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(partial.n).toBe(0);
    await again.insertInto('outcomes').values({ partnership_id: f.partnershipId, person_id: personId, offence_date: '2009-01-01', outcome_date: '2009-02-01', outcome: 'conviction', offence_code_raw: '02800' }).execute();
    expect((await again.selectFrom('outcomes').select('id').execute()).length).toBe(1);
  });
});
