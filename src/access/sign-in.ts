// Signing in with a local account: argon2id passwords, attempts recorded in the
// database and limited per username and per address, every outcome audited.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { verifyPassword } from './passwords.js';
import { appendAudit } from './audit.js';
import { destroySession, type SessionActor } from './sessions.js';

export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MINUTES = 15;

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' }
  /** Too many failures: try again after this many minutes. */
  | { ok: false; reason: 'rate_limited'; waitMinutes: number };

// Spent on an unknown username too, so timing does not reveal which names exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2C0nY6LkTq0y0mX0mB8y0m6m9a3m7s7VwQm8yYkqGkM';

export async function signIn(db: Kysely<DB>, username: string, password: string, ip: string, clock: Clock = systemClock): Promise<SignInResult> {
  const since = new Date(clock.now().getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const failures = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('username', '=', username).as('by_user'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  if (failures.by_user >= MAX_FAILURES_PER_USERNAME || failures.by_ip >= MAX_FAILURES_PER_IP) {
    return { ok: false, reason: 'rate_limited', waitMinutes: FAILURE_WINDOW_MINUTES };
  }
  const user = await db
    .selectFrom('users')
    .select(['id', 'partnership_id', 'password_hash', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  const succeeded = Boolean(user && ok && !user.disabled);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('sign_in_attempts').values({ username, ip, succeeded }).execute();
    await appendAudit(
      trx,
      { userId: succeeded ? user!.id : null, partnershipId: user?.partnership_id ?? null, label: username },
      { action: succeeded ? 'sign_in' : 'sign_in_failed', what: succeeded ? 'signed in' : 'sign-in refused', details: { ip } },
    );
  });
  return succeeded ? { ok: true, userId: user!.id } : { ok: false, reason: 'invalid' };
}

/** Signing out: audited, then the session is gone for every web process. */
export async function signOut(db: Kysely<DB>, session: SessionActor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await appendAudit(trx, session, { action: 'sign_out', what: 'signed out' });
  });
  await destroySession(db, session.sessionId);
}
