// Switching off PostgreSQL's per-row foreign-key triggers for one transaction,
// for bulk writes whose keys the caller has already proved set-based (an
// import's merge, a selection run's results). Each trigger looks up and locks
// the referenced row once per written row; for a million rows that is most of
// the time. SET LOCAL session_replication_role = replica turns the triggers off
// until the transaction ends or switchOnKeyChecks. It needs a superuser (or,
// from PostgreSQL 15, GRANT SET ON PARAMETER session_replication_role); where
// it is refused, the refusal is rolled back to a savepoint and the caller
// writes with the triggers on: slower, and just as correct.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

type Trx = Transaction<DB> | Kysely<DB>;

/** The tables a table's foreign keys reference, and how many triggers of its own it has (replica mode would silence those too). */
export async function keyShape(trx: Trx, table: string): Promise<{ references: string[]; triggers: number }> {
  const r = await sql<{ references: string[]; triggers: number }>`
    SELECT coalesce((SELECT array_agg(DISTINCT c.confrelid::regclass::text) FROM pg_constraint c WHERE c.conrelid = ${table}::regclass AND c.contype = 'f'), '{}') AS references,
           (SELECT count(*)::int FROM pg_trigger t WHERE t.tgrelid = ${table}::regclass AND NOT t.tgisinternal) AS triggers`.execute(trx);
  return r.rows[0] ?? { references: [], triggers: 0 };
}

/** Switches the per-row key triggers off for this transaction; false (and nothing changed) where the database refuses. */
export async function switchOffKeyChecks(trx: Trx): Promise<boolean> {
  await sql`SAVEPOINT waymark_key_checks`.execute(trx);
  try {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
  } catch {
    await sql`ROLLBACK TO SAVEPOINT waymark_key_checks`.execute(trx);
    return false;
  }
  await sql`RELEASE SAVEPOINT waymark_key_checks`.execute(trx);
  return true;
}

/** Switches the triggers back on (commit or rollback would too). */
export async function switchOnKeyChecks(trx: Trx): Promise<void> {
  await sql`SET LOCAL session_replication_role = origin`.execute(trx);
}
