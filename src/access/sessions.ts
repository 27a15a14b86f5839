// Sessions, kept in the database (only their SHA-256 is stored), so any
// number of web processes can serve one user. A session ends at its absolute
// limit, after an idle spell, at sign-out (here or everywhere) and as soon as
// its user is disabled. API tokens: api-tokens.ts.
import { systemClock, type Clock } from '../calendar/clock.js';
import { randomToken, sha256 } from './tokens.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { secondFactorRequired } from './second-factor.js';


export interface SessionActor extends Actor {
  userId: number;
  displayName: string;
  username: string;
  agencyName: string;
  partnershipName: string;
  sessionId: string;
  csrfToken: string;
  /** The user must enrol a second factor first: every page but enrolment is refused. */
  mustEnrol: boolean;
  /**
   * The user signed in with a one-time password and must choose their own
   * before anything else; read with the session, on every request.
   */
  mustChangePassword: boolean;
}

/** What a session's check needs beside the clock (the absolute limit is stored with the session). */
export interface SessionRules {
  /** A session with no request for this long has ended. */
  idleMinutes: number;
  /** In production the demo's exemption from the second factor does not hold. */
  production: boolean;
}

/** The defaults, strict side: 30 idle minutes, the production rules. */
export const DEFAULT_SESSION_RULES: SessionRules = { idleMinutes: 30, production: true };

/** last_seen_at is written at most this often, so a busy user costs one write a minute. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export async function createSession(db: Kysely<DB>, userId: number, hours: number, clock: Clock = systemClock): Promise<string> {
  const token = randomToken();
  const now = clock.now();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: randomToken(24),
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + hours * 3600_000),
    })
    .execute();
  return token;
}

const actorColumns = [
  'users.id as user_id',
  'users.partnership_id',
  'users.role',
  'users.username',
  'users.display_name',
  'agencies.kind as agency_kind',
  'agencies.name as agency_name',
  'users.agency_id',
] as const;

/**
 * The signed-in user for a session cookie, or null when missing, past its
 * absolute limit, idle too long, or the user is disabled (checked on every
 * request, so disabling a user ends their sessions at once).
 */
export async function sessionActor(db: Kysely<DB>, token: string, limits: SessionRules = DEFAULT_SESSION_RULES, clock: Clock = systemClock): Promise<SessionActor | null> {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .innerJoin('partnerships', 'partnerships.id', 'users.partnership_id')
    .select([
      ...actorColumns,
      'partnerships.name as partnership_name',
      'partnerships.second_factor_required_for_all',
      'partnerships.demo_second_factor_exempt',
      'users.totp_enrolled_at',
      'users.must_change_password',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock.now().getTime();
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (new Date(row.expires_at).getTime() <= now || lastSeen + limits.idleMinutes * 60_000 <= now) {
    await destroySession(db, id);
    return null;
  }
  if (now - lastSeen >= LAST_SEEN_RESOLUTION_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', id).execute();
  }
  const mustEnrol =
    row.totp_enrolled_at === null &&
    secondFactorRequired({ role: row.role, requiredForAll: row.second_factor_required_for_all, demoExempt: row.demo_second_factor_exempt, production: limits.production });
  return {
    userId: row.user_id,
    partnershipId: row.partnership_id,
    role: row.role,
    agencyKind: row.agency_kind,
    agencyId: row.agency_id,
    label: row.username,
    displayName: row.display_name,
    username: row.username,
    agencyName: row.agency_name,
    partnershipName: row.partnership_name,
    sessionId: id,
    csrfToken: row.csrf_token,
    mustEnrol,
    mustChangePassword: row.must_change_password,
  };
}

export async function destroySession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user (sign out everywhere, a reset); returns how many. */
export async function destroyUserSessions(db: Kysely<DB>, userId: number): Promise<number> {
  const r = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}
