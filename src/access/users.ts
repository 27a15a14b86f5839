// User accounts, as an administrator manages them (SPEC 3.8): adding a user
// with a password, an invitation link or a one-time password; disabling;
// changing role and agency; resetting the password and the second factor.
// Every change is audited in the transaction that makes it.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely, Transaction } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import type { Actor } from './actor.js';
import { appendAudit } from './audit.js';
import { checkNewPassword, hashPassword } from './passwords.js';
import { requirePermission } from './permissions.js';
import { randomToken } from './tokens.js';
import { issueInvitation } from './invitations.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export const ROLES: readonly Role[] = ['practitioner', 'scheme_manager', 'analyst', 'board_member', 'administrator'];

/** How a new user (or a reset) gets a password. */
export type Credential = 'password' | 'invitation' | 'one-time';

export interface NewUser {
  username: string;
  role: Role;
  /** The code of the agency the user works for, in the actor's partnership. */
  agencyCode: string;
  displayName: string;
  /** Their work address; an OpenID Connect provider that says it is verified can sign them in by it. */
  email?: string | null;
  /** The subject the OpenID Connect provider gives them. */
  oidcSubject?: string;
  /** A password chosen by the administrator (the CLI). Without it, `credential` says how the user gets one. */
  password?: string;
  credential?: Exclude<Credential, 'password'>;
}

/** What the administrator hands the user, shown once: an invitation token or a one-time password. */
export interface IssuedCredential {
  invitationToken?: string;
  invitationExpiresAt?: Date;
  oneTimePassword?: string;
}

function checkRole(role: string): asserts role is Role {
  if (!ROLES.includes(role as Role)) throw new InvalidInputError(`The role must be one of ${ROLES.join(', ')}, not "${role}".`, { field: 'role' });
}

/** A one-time password: 20 characters, readable aloud. */
function oneTimePassword(): string {
  return randomToken(15).replace(/[-_]/g, 'x');
}

async function agencyId(db: Kysely<DB> | Transaction<DB>, actor: Actor, code: string): Promise<number> {
  const agency = await db.selectFrom('agencies').select('id').where('partnership_id', '=', actor.partnershipId).where('code', '=', code).executeTakeFirst();
  if (!agency) throw new NotFoundError(`No agency with code ${code} in this partnership.`, { field: 'agency' });
  return agency.id;
}

async function userOf(db: Kysely<DB> | Transaction<DB>, actor: Actor, username: string) {
  const u = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'disabled', 'agency_id'])
    .where('username', '=', username)
    .where('partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  if (!u) throw new NotFoundError(`No user ${username} in this partnership.`, { field: 'username' });
  return u;
}

export async function addUser(db: Kysely<DB>, actor: Actor, input: NewUser, clock: Clock = systemClock): Promise<IssuedCredential> {
  requirePermission(actor, 'admin:users');
  const username = input.username.trim();
  if (!/^[A-Za-z0-9._@-]{2,64}$/.test(username)) throw new InvalidInputError('The username must be 2 to 64 letters, digits, dots, dashes, underscores or @.', { field: 'username' });
  checkRole(input.role);
  if (!input.displayName.trim()) throw new InvalidInputError('Enter the name shown on screen.', { field: 'displayName' });
  const agency = await agencyId(db, actor, input.agencyCode);
  const exists = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (exists) throw new ConflictError(`The username ${username} is taken.`, { field: 'username' });
  if (input.email && !/^[^@\s]+@[^@\s]+$/.test(input.email.trim())) throw new InvalidInputError(`"${input.email}" is not an e-mail address.`, { field: 'email' });
  if (input.oidcSubject) {
    const linked = await db.selectFrom('users').select('username').where('oidc_subject', '=', input.oidcSubject).executeTakeFirst();
    if (linked) throw new ConflictError(`The OpenID Connect subject ${input.oidcSubject} belongs to ${linked.username} already.`, { field: 'oidcSubject' });
  }
  const issued: IssuedCredential = {};
  let password_hash: string | null = null;
  let must_change_password = false;
  let how: Credential;
  if (input.password !== undefined) {
    checkNewPassword(input.password);
    password_hash = await hashPassword(input.password);
    how = 'password';
  } else if (input.credential === 'one-time') {
    issued.oneTimePassword = oneTimePassword();
    password_hash = await hashPassword(issued.oneTimePassword);
    must_change_password = true;
    how = 'one-time';
  } else {
    how = 'invitation';
  }
  await db.transaction().execute(async (trx) => {
    const u = await trx
      .insertInto('users')
      .values({
        partnership_id: actor.partnershipId,
        agency_id: agency,
        username,
        display_name: input.displayName.trim(),
        email: input.email?.trim() || null,
        oidc_subject: input.oidcSubject ?? null,
        password_hash,
        must_change_password,
        role: input.role,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (how === 'invitation') Object.assign(issued, await issueInvitation(trx, u.id, 'invitation', clock));
    await appendAudit(trx, actor, { action: 'collection', what: `user ${username} added`, details: { role: input.role, agency: input.agencyCode, credential: how, email: input.email?.trim() || null, oidc_subject: input.oidcSubject ?? null } }, clock);
  });
  return issued;
}

export interface UserListing {
  username: string;
  displayName: string;
  role: Role;
  agencyCode: string;
  agencyName: string;
  disabled: boolean;
  /** Has signed in with a password of their own (not waiting on an invitation or a one-time password). */
  status: 'active' | 'invited' | 'must change password' | 'disabled';
  secondFactor: boolean;
}

/** The partnership's users, by username. */
export async function listUsers(db: Kysely<DB>, actor: Actor): Promise<UserListing[]> {
  requirePermission(actor, 'admin:users');
  const rows = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(['users.username', 'users.display_name', 'users.role', 'agencies.code as agency_code', 'agencies.name as agency_name', 'users.disabled', 'users.must_change_password', 'users.password_hash', 'users.totp_secret'])
    .where('users.partnership_id', '=', actor.partnershipId)
    .orderBy('users.username')
    .execute();
  return rows.map((r) => ({
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    agencyCode: r.agency_code,
    agencyName: r.agency_name,
    disabled: r.disabled,
    status: r.disabled ? 'disabled' : r.password_hash === null ? 'invited' : r.must_change_password ? 'must change password' : 'active',
    secondFactor: r.totp_secret !== null,
  }));
}

/** One user of the partnership. */
export async function getUser(db: Kysely<DB>, actor: Actor, username: string): Promise<UserListing> {
  const found = (await listUsers(db, actor)).find((u) => u.username === username);
  if (!found) throw new NotFoundError(`No user ${username} in this partnership.`, { field: 'username' });
  return found;
}

/** Disables a user: their sessions end and their API tokens stop working at once. */
export async function disableUser(db: Kysely<DB>, actor: Actor, username: string, clock: Clock = systemClock): Promise<{ alreadyDisabled: boolean }> {
  requirePermission(actor, 'admin:users');
  const u = await userOf(db, actor, username);
  if (actor.userId !== null && u.id === actor.userId) throw new InvalidInputError('You cannot disable your own account.', { field: 'username' });
  if (u.disabled) return { alreadyDisabled: true };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled: true }).where('id', '=', u.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', u.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `user ${username} disabled` }, clock);
  });
  return { alreadyDisabled: false };
}

/** Changes a user's role and agency. */
export async function changeUser(db: Kysely<DB>, actor: Actor, username: string, input: { role: Role; agencyCode: string }, clock: Clock = systemClock): Promise<void> {
  requirePermission(actor, 'admin:users');
  checkRole(input.role);
  const u = await userOf(db, actor, username);
  const agency = await agencyId(db, actor, input.agencyCode);
  if (actor.userId !== null && u.id === actor.userId && input.role !== 'administrator') {
    throw new InvalidInputError('You cannot take the administrator role from yourself; ask another administrator.', { field: 'role' });
  }
  if (u.role === input.role && u.agency_id === agency) return;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ role: input.role, agency_id: agency }).where('id', '=', u.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `user ${username} changed`, details: { from: { role: u.role }, to: { role: input.role, agency: input.agencyCode } } }, clock);
  });
}

/**
 * Resets a user's password: a new one-time password, or a reset link. The
 * old password stops working and the user's sessions end at once.
 */
export async function resetPassword(db: Kysely<DB>, actor: Actor, username: string, how: Exclude<Credential, 'password'>, clock: Clock = systemClock): Promise<IssuedCredential> {
  requirePermission(actor, 'admin:users');
  const u = await userOf(db, actor, username);
  if (u.disabled) throw new InvalidInputError(`The user ${username} is disabled.`, { field: 'username' });
  const issued: IssuedCredential = {};
  let password_hash: string | null = null;
  if (how === 'one-time') {
    issued.oneTimePassword = oneTimePassword();
    password_hash = await hashPassword(issued.oneTimePassword);
  }
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash, must_change_password: how === 'one-time' }).where('id', '=', u.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', u.id).execute();
    if (how === 'invitation') Object.assign(issued, await issueInvitation(trx, u.id, 'password_reset', clock));
    await appendAudit(trx, actor, { action: 'alteration', what: `password of ${username} reset`, details: { credential: how } }, clock);
  });
  return issued;
}


/**
 * Changes what the API's PATCH names of a user (issue 17): the role and the
 * agency (either kept when absent) through changeUser, and `disabled: true`
 * through disableUser. Re-enabling a disabled user is not offered (as on the
 * web): `disabled: false` on a disabled user is refused.
 */
export async function updateUser(
  db: Kysely<DB>,
  actor: Actor,
  username: string,
  input: { role?: Role; agencyCode?: string; disabled?: boolean },
  clock: Clock = systemClock,
): Promise<UserListing> {
  const before = await getUser(db, actor, username);
  if (input.disabled === false && before.disabled) throw new InvalidInputError(`The user ${username} is disabled; a disabled user is not enabled again: add a new one.`, { field: 'disabled' });
  if (input.role !== undefined || input.agencyCode !== undefined) {
    await changeUser(db, actor, username, { role: input.role ?? before.role, agencyCode: input.agencyCode ?? before.agencyCode }, clock);
  }
  if (input.disabled === true) await disableUser(db, actor, username, clock);
  return getUser(db, actor, username);
}
