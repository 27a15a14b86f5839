// Versioned SQL migrations: each file in migrations/ runs once, in order, in
// its own transaction. An advisory lock keeps two starting processes apart.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { runScript } from './statements.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function migrationFiles(): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/** The migrations not yet applied, found without changing anything (a role that may not create tables can ask). */
export async function pendingMigrations(db: Kysely<DB>): Promise<string[]> {
  const all = migrationFiles().map((f) => f.replace(/\.sql$/, ''));
  const exists = await sql<{ e: boolean }>`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS e`.execute(db);
  if (!exists.rows[0]?.e) return all;
  const done = new Set((await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  return all.filter((v) => !done.has(v));
}

/** Applies pending migrations; returns the versions applied. */
export async function migrate(db: Kysely<DB>): Promise<string[]> {
  if ((await pendingMigrations(db)).length === 0) return [];
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const version = file.replace(/\.sql$/, '');
    const done = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(7305102)`.execute(trx);
      const row = await trx.selectFrom('schema_migrations').select('version').where('version', '=', version).executeTakeFirst();
      if (row) return false;
      await runScript(trx, fs.readFileSync(path.join(dir, file), 'utf8'));
      await trx.insertInto('schema_migrations').values({ version }).execute();
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
