// Throttling sign-in guesses so that parallel guesses cannot race past the
// limit: each attempt adds one to its username's and its address's counters
// and reads them back in ONE upsert. PostgreSQL runs the upserts on a row one
// after another, so the sixth of six parallel guesses sees six.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MINUTES = 15;

const userKey = (username: string) => `user:${username}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Counts an attempt as a failure until it is known to have succeeded
 * (`attemptSucceeded` takes it back). Returns false when the username or the
 * address has had too many failures in the window: then check nothing.
 */
export async function recordAttempt(db: Kysely<DB>, username: string, ip: string, clock: Clock): Promise<boolean> {
  const now = clock.now();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const { rows } = await sql<{ key: string; failures: number }>`
    INSERT INTO sign_in_throttle AS t (key, window_start, failures)
    VALUES (${userKey(username)}, ${now}, 1), (${ipKey(ip)}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_start <= ${windowStart} THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start <= ${windowStart} THEN ${now} ELSE t.window_start END
    RETURNING key, failures`.execute(db);
  const byUser = rows.find((r) => r.key === userKey(username))?.failures ?? 0;
  const byIp = rows.find((r) => r.key === ipKey(ip))?.failures ?? 0;
  return byUser <= MAX_FAILURES_PER_USERNAME && byIp <= MAX_FAILURES_PER_IP;
}

/** The attempt succeeded: it no longer counts as a failure. */
export async function attemptSucceeded(db: Kysely<DB>, username: string, ip: string): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set((eb) => ({ failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)` }))
    .where('key', 'in', [userKey(username), ipKey(ip)])
    .execute();
}
