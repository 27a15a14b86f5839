// Sessions, kept in the database (only their SHA-256 is stored), so any
// number of web processes can serve one user. API tokens: api-tokens.ts.
import { systemClock, type Clock } from '../calendar/clock.js';
import { randomToken, sha256 } from './tokens.js';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';


export interface SessionActor extends Actor {
  userId: number;
  displayName: string;
  username: string;
  agencyName: string;
  partnershipName: string;
  sessionId: string;
  csrfToken: string;
}

export async function createSession(db: Kysely<DB>, userId: number, hours: number, clock: Clock = systemClock): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: randomToken(24),
      expires_at: new Date(clock.now().getTime() + hours * 3600_000),
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
] as const;

/** The signed-in user for a session cookie, or null when missing, expired or disabled. */
export async function sessionActor(db: Kysely<DB>, token: string, clock: Clock = systemClock): Promise<SessionActor | null> {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .innerJoin('partnerships', 'partnerships.id', 'users.partnership_id')
    .select([...actorColumns, 'partnerships.name as partnership_name', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', id)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at).getTime() <= clock.now().getTime()) return null;
  return {
    userId: row.user_id,
    partnershipId: row.partnership_id,
    role: row.role,
    agencyKind: row.agency_kind,
    label: row.username,
    displayName: row.display_name,
    username: row.username,
    agencyName: row.agency_name,
    partnershipName: row.partnership_name,
    sessionId: id,
    csrfToken: row.csrf_token,
  };
}

export async function destroySession(db: Kysely<DB>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
