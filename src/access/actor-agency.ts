// The actor's agency, and the actor a username names: the lookups every
// service that reasons about agencies (a case's team and lead, an alert's
// recipients) needs, in one place.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { NotFoundError } from '../errors.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The actor's agency: from the actor when set, else from the users table (null for the CLI operator). */
export async function actorAgencyId(db: Executor, actor: Actor): Promise<number | null> {
  if (actor.agencyId !== undefined) return actor.agencyId;
  if (actor.userId === null) return null;
  const u = await db.selectFrom('users').select('agency_id').where('id', '=', actor.userId).executeTakeFirst();
  return u?.agency_id ?? null;
}

/** The user a username names, as an actor: for the CLI operator's `--user`, to see a list as that user sees it. */
export async function actorOfUsername(db: Executor, partnershipId: number, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('users as u')
    .leftJoin('agencies as ag', 'ag.id', 'u.agency_id')
    .select(['u.id', 'u.role', 'u.agency_id', 'ag.kind'])
    .where('u.partnership_id', '=', partnershipId)
    .where('u.username', '=', username)
    .executeTakeFirst();
  if (!u) throw new NotFoundError(`There is no user ${username} in this partnership.`, { field: 'user' });
  return { userId: u.id, partnershipId, role: u.role, agencyKind: u.kind ?? null, agencyId: u.agency_id, label: username };
}
