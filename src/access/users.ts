// User accounts and their API tokens, as an administrator manages them
// (SPEC 3.8). Every change is audited in its own transaction.
import type { Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import type { Actor } from './actor.js';
import { appendAudit } from './audit.js';
import { hashPassword } from './passwords.js';
import { requirePermission } from './permissions.js';
import { createApiToken } from './sessions.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export interface NewUser {
  username: string;
  role: Role;
  /** The code of the agency the user works for, in the actor's partnership. */
  agencyCode: string;
  displayName: string;
  password: string;
  /** Their work address; an OpenID Connect provider that says it is verified can sign them in by it. */
  email?: string;
  /** The subject the OpenID Connect provider gives them. */
  oidcSubject?: string;
}

export async function addUser(db: Kysely<DB>, actor: Actor, input: NewUser): Promise<void> {
  requirePermission(actor, 'admin:users');
  const agency = await db.selectFrom('agencies').select('id').where('partnership_id', '=', actor.partnershipId).where('code', '=', input.agencyCode).executeTakeFirst();
  if (!agency) throw new NotFoundError(`No agency with code ${input.agencyCode} in this partnership.`, { field: 'agency' });
  const exists = await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (exists) throw new ConflictError(`The username ${input.username} is taken.`, { field: 'username' });
  if (input.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(input.email)) throw new InvalidInputError(`"${input.email}" is not an e-mail address.`, { field: 'email' });
  if (input.oidcSubject) {
    const linked = await db.selectFrom('users').select('username').where('oidc_subject', '=', input.oidcSubject).executeTakeFirst();
    if (linked) throw new ConflictError(`The OpenID Connect subject ${input.oidcSubject} belongs to ${linked.username} already.`, { field: 'oidcSubject' });
  }
  const password_hash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        partnership_id: actor.partnershipId,
        agency_id: agency.id,
        username: input.username,
        display_name: input.displayName,
        password_hash,
        role: input.role,
        email: input.email ?? null,
        oidc_subject: input.oidcSubject ?? null,
      })
      .execute();
    await appendAudit(trx, actor, { action: 'collection', what: `user ${input.username} added`, details: { role: input.role, agency: input.agencyCode, email: input.email ?? null, oidc_subject: input.oidcSubject ?? null } });
  });
}

/** Creates an API token for a user of the actor's partnership; the token is returned once and stored only as a hash. */
export async function createUserToken(db: Kysely<DB>, actor: Actor, input: { username: string; name: string }): Promise<string> {
  requirePermission(actor, 'admin:users');
  const u = await db.selectFrom('users').select('id').where('username', '=', input.username).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  if (!u) throw new NotFoundError(`No user ${input.username} in this partnership.`, { field: 'user' });
  return createApiToken(db, u.id, input.name);
}
