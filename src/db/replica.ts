// A streaming replica for the heavy reads (DATABASE_REPLICA_URL, PostgreSQL
// only): the performance measures, the selection run's features and the
// reports read there, and every write, and every read that must see its own
// writes, goes to the primary.
//
// The rule that keeps a replica's lag invisible: a heavy read first asks the
// primary where its log is now and reads the replica only
// once the replica has replayed that far, so it sees everything committed
// before the read began, whatever this or another node wrote a moment ago. A
// replica that does not catch up in time (REPLICA_WAIT_MS), or cannot be
// reached, is passed over for the primary: slower, never stale, never failed.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';

/** Each replica's primary: the database its writes and fresh reads go to. */
const primaries = new WeakMap<Kysely<DB>, Kysely<DB>>();
/** A heavy read's replica transaction, and the primary transaction its writes go to. */
const writers = new WeakMap<Transaction<DB>, Transaction<DB>>();

/** How long a heavy read waits for the replica to catch up before it reads the primary. */
export const REPLICA_WAIT_MS = 2_000;

export function registerReplica(replica: Kysely<DB>, primary: Kysely<DB>): void {
  primaries.set(replica, primary);
}

/** The primary of a replica; any other database is its own primary. */
export function primaryOf(db: Kysely<DB>): Kysely<DB> {
  return primaries.get(db) ?? db;
}

/** Whether `db` is a replica (reads only). */
export function isReplica(db: Kysely<DB>): boolean {
  return primaries.has(db);
}

/**
 * Where a heavy read should go: the replica once it has replayed everything
 * the primary had written when this was called, else (lagging too far, or
 * unreachable) the primary. Any database that is not a replica is returned as
 * it is.
 */
export async function caughtUpReader(db: Kysely<DB>, waitMs = REPLICA_WAIT_MS): Promise<Kysely<DB>> {
  const primary = primaries.get(db);
  if (!primary) return db;
  try {
    // The insert position, not the write position (pg_current_wal_lsn): with
    // synchronous_commit off a committed transaction may not be written out yet.
    const at = await sql<{ lsn: string }>`SELECT pg_current_wal_insert_lsn()::text AS lsn`.execute(primary);
    const lsn = at.rows[0]!.lsn;
    const deadline = Date.now() + waitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const r = await sql<{ ok: boolean | null }>`SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS ok`.execute(db);
      if (r.rows[0]?.ok) return db;
      if (Date.now() + pause > deadline) return primary;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  } catch {
    return primary;
  }
}

/**
 * Runs a heavy read in one transaction on the replica once caught up (else on
 * the primary), with a primary transaction beside it for what the read
 * records: `writerOf(trx)` inside `fn` is that primary transaction. Both
 * commit when `fn` returns, and neither when it throws.
 */
export async function readOnReplica<T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const reader = await caughtUpReader(db);
  const primary = primaryOf(db);
  if (reader === primary) return primary.transaction().execute(fn);
  return primary.transaction().execute((w) =>
    reader.transaction().execute(async (r) => {
      writers.set(r, w);
      return fn(r);
    }),
  );
}

/** The transaction a heavy read's writes (its stored result, its audit entries) go to: the primary's. */
export function writerOf(trx: Transaction<DB>): Transaction<DB> {
  return writers.get(trx) ?? trx;
}
