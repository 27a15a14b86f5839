// Rate limits on the JSON API, per caller: an API token, a signed-in user,
// or (for anonymous calls) an address. The counts live in the database
// (table api_rate_counts, migration 0133), not in the process, so every app
// node behind a load balancer counts against the same limit. Fixed windows:
// a caller's row holds the start of its current window and the calls made
// in it; one atomic upsert both counts the call and starts a new window when
// the stored one has passed. @fastify/rate-limit does the rest (headers,
// the 429 answer, which the app's error handler turns into problem details).
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** How many counts are taken between sweeps of rows from windows long gone. */
const SWEEP_EVERY = 500;

/** Counts a caller's call in its current window; returns the count so far and the milliseconds left. */
export async function countCall(db: Kysely<DB>, clock: Clock, key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
  const now = clock.now().getTime();
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const row = await sql<{ count: number; window_start: Date | string }>`
    INSERT INTO api_rate_counts AS c (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN c.window_start >= excluded.window_start THEN c.count + 1 ELSE 1 END,
      window_start = GREATEST(c.window_start, excluded.window_start)
    RETURNING count, window_start`.execute(db);
  const r = row.rows[0]!;
  const start = new Date(r.window_start).getTime();
  return { current: Number(r.count), ttl: Math.max(0, start + windowMs - now) };
}

/** The rows of windows that ended before `before`: nobody's count any more. */
export async function sweepRateCounts(db: Kysely<DB>, before: Date): Promise<void> {
  await db.deleteFrom('api_rate_counts').where('window_start', '<', before).execute();
}

/**
 * A store class for @fastify/rate-limit (it is given a class and makes
 * instances of it) counting in the database.
 */
export function databaseRateLimitStore(db: Kysely<DB>, clock: Clock) {
  let taken = 0;
  return class DatabaseRateLimitStore {
    incr(key: string, cb: Callback, timeWindow: number): void {
      countCall(db, clock, key, timeWindow).then(
        (res) => {
          if (++taken % SWEEP_EVERY === 0) void sweepRateCounts(db, new Date(clock.now().getTime() - 2 * timeWindow)).catch(() => undefined);
          cb(null, res);
        },
        (e: Error) => cb(e),
      );
    }
    child(): DatabaseRateLimitStore {
      return this;
    }
  };
}

/**
 * Whose calls a request counts against: its API token (by a hash, never the
 * token itself), else its signed-in user, else its address.
 */
export function rateLimitKey(req: FastifyRequest): string {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return `token:${crypto.createHash('sha256').update(auth.slice(7).trim()).digest('base64url').slice(0, 32)}`;
  if (req.session) return `user:${req.session.userId}`;
  return `ip:${req.ip}`;
}
