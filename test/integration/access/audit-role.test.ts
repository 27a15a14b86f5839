// Least privilege on PostgreSQL (issue 14, docs/deploy-database.md): the app
// runs as a role that may only INSERT and SELECT on the audit log and its
// seals, while the owner migrates. As that role appends, seals and verify
// work, and UPDATE, DELETE, TRUNCATE and dropping or disabling the log's
// triggers are refused. A role that may not migrate says what to do.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/db/database.js';
import { appendAudit } from '../../../src/access/audit.js';
import { mayAlterAuditLog, sealAudit, verifyAuditLog } from '../../../src/access/audit-seal.js';
import { testAuditKey, testEngine, writeTestKeyFile } from '../../support/db.js';
import { runWaymark } from '../../support/cli.js';
import { createPartnership } from '../../support/fixtures.js';

const adminUrl = process.env.WAYMARK_TEST_DATABASE_URL ?? '';
const suffix = `${process.pid}_${Math.floor(Math.random() * 1e6)}`;
const owner = `wm_owner_${suffix}`;
const app = `wm_app_${suffix}`;
const dbName = `wm_roles_${suffix}`;

function urlFor(role: string): string {
  const u = new URL(adminUrl);
  u.username = role;
  u.password = '';
  u.pathname = '/' + dbName;
  return u.toString();
}

async function asAdmin(database: string | null, statements: string[]): Promise<void> {
  const u = new URL(adminUrl);
  if (database) u.pathname = '/' + database;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    for (const s of statements) await c.query(s);
  } finally {
    await c.end();
  }
}

describe.runIf(testEngine === 'postgres')('the app as a role that may only add to the audit log', () => {
  const opened: Database[] = [];
  let asApp: Database;
  let asOwner: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-roles-'));

  beforeAll(async () => {
    // The set-up of docs/deploy-database.md, as a superuser.
    await asAdmin(null, [`CREATE ROLE ${owner} LOGIN`, `CREATE ROLE ${app} LOGIN`, `CREATE DATABASE ${dbName} OWNER ${owner}`]);
    await asAdmin(dbName, [
      'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
      `ALTER SCHEMA public OWNER TO ${owner}`,
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    ]);
  }, 120_000);

  afterAll(async () => {
    for (const d of opened) await d.close().catch(() => undefined);
    await asAdmin(null, [`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`, `DROP ROLE IF EXISTS ${app}`, `DROP ROLE IF EXISTS ${owner}`]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start with migrations pending that the role may not apply, saying what to do', async () => {
    await expect(openDatabase({ databaseUrl: urlFor(app), poolSize: 1, plugins: [testAuditKey] })).rejects.toThrow(/needs migration .*0110_audit_keyed.*waymark migrate.*WAYMARK_MIGRATION_DATABASE_URL/s);
  }, 60_000);

  it('migrates through the owner’s connection (WAYMARK_MIGRATION_DATABASE_URL), then appends, seals and verifies as the app', async () => {
    asApp = await openDatabase({ databaseUrl: urlFor(app), migrationUrl: urlFor(owner), poolSize: 2, plugins: [testAuditKey] });
    opened.push(asApp);
    asOwner = await openDatabase({ databaseUrl: urlFor(owner), migrate: false, poolSize: 1, plugins: [testAuditKey] });
    opened.push(asOwner);
    const f = await createPartnership(asApp.db, 'ROLES');
    for (let i = 0; i < 3; i++) await asApp.db.transaction().execute((trx) => appendAudit(trx, f.operator, { action: 'consultation', personId: i + 1, what: 'viewed person record' }));
    expect((await sealAudit(asApp.db)).entries).toBe(3);
    expect((await verifyAuditLog(asApp.db)).problem).toBeNull();
    expect(await mayAlterAuditLog(asApp.db)).toBe(false);
    expect(await mayAlterAuditLog(asOwner.db)).toBe(true);
  }, 120_000);

  it('refuses the app role UPDATE, DELETE, TRUNCATE and dropping or disabling the triggers', async () => {
    const refusals: [string, RegExp][] = [
      ['UPDATE audit_log SET what = what', /permission denied/],
      ['DELETE FROM audit_log', /permission denied/],
      ['TRUNCATE audit_log', /permission denied/],
      ['DROP TRIGGER audit_log_no_update ON audit_log', /must be owner/],
      ['ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner/],
      ['UPDATE audit_seals SET hash = hash', /permission denied/],
      ['DELETE FROM audit_seal_entries', /permission denied/],
      ['TRUNCATE audit_seals CASCADE', /permission denied/],
    ];
    for (const [stmt, why] of refusals) await expect(sql.raw(stmt).execute(asApp.db), stmt).rejects.toThrow(why);
    // The owner may: that is what the key and the anchors are for.
    await sql.raw('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update').execute(asOwner.db);
    await sql.raw('ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_update').execute(asOwner.db);
  }, 60_000);

  it('warns at a production start when its role may alter the log (the owner), and not as the app role', async () => {
    const keyFile = writeTestKeyFile(path.join(dir, 'serve.key'));
    const start = async (role: string): Promise<string> => {
      const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: urlFor(role), WAYMARK_DATA: '', WAYMARK_AUDIT_KEY_FILE: keyFile, PORT: '0', HOST: '127.0.0.1' };
      const child = spawn(process.execPath, ['bin/waymark.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const end = Date.now() + 90_000;
      while (!stderr.includes('Waymark is running') && child.exitCode === null && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
      child.kill('SIGTERM');
      await new Promise((r) => child.on('close', r));
      expect(stderr).toContain('Waymark is running');
      return stderr;
    };
    expect(await start(owner)).toContain("Warning: Waymark's database role may alter or empty the audit log");
    expect(await start(app)).not.toContain('may alter or empty the audit log');
  }, 240_000);

  it('runs `waymark audit anchor` and `audit verify --anchor` as the app role', async () => {
    const keyFile = writeTestKeyFile(path.join(dir, 'audit.key'));
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: urlFor(app), WAYMARK_DATA: '', WAYMARK_AUDIT_KEY_FILE: keyFile };
    const run = (args: string[]) => runWaymark(args, { env });
    const anchor = await run(['audit', 'anchor', '--out', path.join(dir, 'anchor.json')]);
    expect(anchor.code, anchor.stderr).toBe(0);
    const verify = await run(['audit', 'verify', '--anchor', path.join(dir, 'anchor.json')]);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('The audit log verifies');
  }, 120_000);
});
