// Signing in with a local account: argon2id passwords, then (for a user with a
// second factor) a code from their app or a recovery code, every outcome
// audited. Guesses are throttled per username and per address by counters
// that one statement records and reads (throttle.ts), so they cannot be raced.
// Between the password and the code the user holds a short-lived challenge,
// which is not a session and reaches no page but the code page.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { verifyPassword } from './passwords.js';
import { appendAudit, type AuditActor } from './audit.js';
import { createSession, destroySession, destroyUserSessions, type SessionActor } from './sessions.js';
import { randomToken, sha256 } from './tokens.js';
import { attemptSucceeded, FAILURE_WINDOW_MINUTES, recordAttempt } from './throttle.js';
import { confirmEnrolment, verifySecondFactor } from './totp.js';

export { MAX_FAILURES_PER_USERNAME, MAX_FAILURES_PER_IP, FAILURE_WINDOW_MINUTES } from './throttle.js';

/** How long the code page waits for a code after the password was right. */
export const CHALLENGE_MINUTES = 5;

type Refused =
  | { ok: false; reason: 'invalid' }
  /** Too many failures: try again after this many minutes. */
  | { ok: false; reason: 'rate_limited'; waitMinutes: number };

export type SignInResult =
  /** Signed in: the new session's cookie token. */
  | { ok: true; next: 'session'; token: string }
  /** The password was right; the user must give a code: the challenge's cookie token. */
  | { ok: true; next: 'second_factor'; challenge: string }
  | Refused;

export type SecondFactorResult = { ok: true; token: string; returnTo: string } | Refused | { ok: false; reason: 'expired' };

// Spent on an unknown username too, so timing does not reveal which names exist.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2C0nY6LkTq0y0mX0mB8y0m6m9a3m7s7VwQm8yYkqGkM';

export interface SignInDeps {
  db: Kysely<DB>;
  clock: Clock;
  sessionHours: number;
}

async function record(db: Kysely<DB>, who: AuditActor, username: string, ip: string, succeeded: boolean, details: Record<string, unknown>, clock: Clock): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('sign_in_attempts').values({ username, ip, succeeded, at: clock.now() }).execute();
    await appendAudit(
      trx,
      who,
      { action: succeeded ? 'sign_in' : 'sign_in_failed', what: succeeded ? 'signed in' : 'sign-in refused', details: { ip, ...details } },
      clock,
    );
  });
}

/**
 * The password step. `previousToken` (a session cookie the browser still
 * sent) is ended: a sign-in always starts a new session id.
 */
export async function signIn(
  { db, clock, sessionHours }: SignInDeps,
  input: { username: string; password: string; ip: string; returnTo?: string; previousToken?: string },
): Promise<SignInResult> {
  const { username, password, ip } = input;
  if (input.previousToken) await destroySession(db, sha256(input.previousToken));
  if (!(await recordAttempt(db, username, ip, clock))) return { ok: false, reason: 'rate_limited', waitMinutes: FAILURE_WINDOW_MINUTES };
  const user = await db
    .selectFrom('users')
    .select(['id', 'partnership_id', 'password_hash', 'disabled', 'totp_enrolled_at'])
    .where('username', '=', username)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  const succeeded = Boolean(user && ok && !user.disabled);
  if (!succeeded) {
    await record(db, { userId: null, partnershipId: user?.partnership_id ?? null, label: username }, username, ip, false, {}, clock);
    return { ok: false, reason: 'invalid' };
  }
  await attemptSucceeded(db, username, ip);
  if (user!.totp_enrolled_at) return { ok: true, next: 'second_factor', challenge: await issueChallenge(db, user!.id, input.returnTo ?? '/', clock) };
  await record(db, { userId: user!.id, partnershipId: user!.partnership_id, label: username }, username, ip, true, {}, clock);
  return { ok: true, next: 'session', token: await createSession(db, user!.id, sessionHours, clock) };
}

/** A short-lived challenge for the code step: not a session, it reaches no page. */
async function issueChallenge(db: Kysely<DB>, userId: number, returnTo: string, clock: Clock): Promise<string> {
  const challenge = randomToken();
  await db
    .insertInto('sign_in_challenges')
    .values({ id: sha256(challenge), user_id: userId, return_to: returnTo, expires_at: new Date(clock.now().getTime() + CHALLENGE_MINUTES * 60_000) })
    .execute();
  return challenge;
}

/**
 * After a first factor that is not a password (the agency's single sign-on,
 * already audited): the code step for a user with a second factor, as after a
 * password, else a new session. Who must still enrol is decided per session.
 */
export async function afterFirstFactor(
  { db, clock, sessionHours }: SignInDeps,
  userId: number,
  returnTo: string,
): Promise<{ next: 'second_factor'; challenge: string } | { next: 'session'; token: string }> {
  const user = await db.selectFrom('users').select('totp_enrolled_at').where('id', '=', userId).executeTakeFirstOrThrow();
  if (user.totp_enrolled_at) return { next: 'second_factor', challenge: await issueChallenge(db, userId, returnTo, clock) };
  return { next: 'session', token: await createSession(db, userId, sessionHours, clock) };
}

async function challengeUser(db: Kysely<DB>, challenge: string, clock: Clock) {
  return db
    .selectFrom('sign_in_challenges')
    .innerJoin('users', 'users.id', 'sign_in_challenges.user_id')
    .select(['users.id', 'users.username', 'users.partnership_id', 'sign_in_challenges.return_to'])
    .where('sign_in_challenges.id', '=', sha256(challenge))
    .where('sign_in_challenges.expires_at', '>', clock.now())
    .where('users.disabled', '=', false)
    .executeTakeFirst();
}

/** Whose password a challenge stands for, or null when it has expired or was used. */
export async function pendingSignIn(db: Kysely<DB>, challenge: string, clock: Clock): Promise<{ username: string } | null> {
  const user = await challengeUser(db, challenge, clock);
  return user ? { username: user.username } : null;
}

/** The code step: a TOTP code or a recovery code; on success the challenge becomes a new session. */
export async function completeSignIn({ db, clock, sessionHours }: SignInDeps, input: { challenge: string; code: string; ip: string }): Promise<SecondFactorResult> {
  const user = await challengeUser(db, input.challenge, clock);
  if (!user) return { ok: false, reason: 'expired' };
  if (!(await recordAttempt(db, user.username, input.ip, clock))) return { ok: false, reason: 'rate_limited', waitMinutes: FAILURE_WINDOW_MINUTES };
  const who = { userId: user.id, partnershipId: user.partnership_id, label: user.username };
  const check = await verifySecondFactor(db, user.id, input.code, clock);
  if (!check.ok) {
    await record(db, { ...who, userId: null }, user.username, input.ip, false, { step: 'second_factor' }, clock);
    return { ok: false, reason: 'invalid' };
  }
  // Used once: a second request with the same challenge finds nothing to delete.
  const used = await db.deleteFrom('sign_in_challenges').where('id', '=', sha256(input.challenge)).executeTakeFirst();
  if (Number(used.numDeletedRows) !== 1) return { ok: false, reason: 'expired' };
  await attemptSucceeded(db, user.username, input.ip);
  await record(db, who, user.username, input.ip, true, { secondFactor: check.method }, clock);
  return { ok: true, token: await createSession(db, user.id, sessionHours, clock), returnTo: user.return_to };
}

/** Signing out: audited, then the session is gone for every web process. */
export async function signOut(db: Kysely<DB>, session: SessionActor, clock: Clock = systemClock): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await appendAudit(trx, session, { action: 'sign_out', what: 'signed out' }, clock);
  });
  await destroySession(db, session.sessionId);
}

/** Ends every session of the signed-in user, on every device. Audited. */
export async function signOutEverywhere(db: Kysely<DB>, session: SessionActor, clock: Clock): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ended = await destroyUserSessions(trx, session.userId);
    await trx.deleteFrom('sign_in_challenges').where('user_id', '=', session.userId).execute();
    await appendAudit(trx, session, { action: 'sign_out', what: 'signed out everywhere', details: { sessions: ended } }, clock);
    return ended;
  });
}

/**
 * Completes a second-factor enrolment with a first code. The privilege
 * changes, so the session is replaced by a new one (new id and CSRF token);
 * returns its cookie token and the recovery codes, shown once.
 */
export async function completeEnrolment({ db, clock, sessionHours }: SignInDeps, session: SessionActor, code: string): Promise<{ token: string; recoveryCodes: string[] }> {
  const recoveryCodes = await confirmEnrolment(db, session, code, clock);
  await destroySession(db, session.sessionId);
  return { token: await createSession(db, session.userId, sessionHours, clock), recoveryCodes };
}
