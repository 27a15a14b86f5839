// Invitation and password-reset links (SPEC 3.8): single-use, expiring after
// seven days, stored only as the SHA-256 of their token. Opening one lets the
// user set a password of their own; and a user given a one-time password must
// change it before any other page.
import { systemClock, type Clock } from '../calendar/clock.js';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import { appendAudit } from './audit.js';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords.js';
import { randomToken, sha256 } from './tokens.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

export const INVITATION_DAYS = 7;

/** Issues a link for a user, replacing any earlier unused one; returns its token (shown once). */
export async function issueInvitation(
  trx: Transaction<DB>,
  userId: number,
  purpose: 'invitation' | 'password_reset',
  clock: Clock = systemClock,
): Promise<{ invitationToken: string; invitationExpiresAt: Date }> {
  const now = clock.now();
  await trx.updateTable('invitations').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await trx.insertInto('invitations').values({ user_id: userId, token_hash: sha256(token), purpose, expires_at: expiresAt }).execute();
  return { invitationToken: token, invitationExpiresAt: expiresAt };
}

export interface OpenInvitation {
  username: string;
  displayName: string;
  purpose: 'invitation' | 'password_reset';
}

async function openInvitation(db: Kysely<DB> | Transaction<DB>, token: string, clock: Clock) {
  const row = await db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.user_id')
    .select(['invitations.id', 'invitations.purpose', 'invitations.expires_at', 'invitations.used_at', 'users.id as user_id', 'users.partnership_id', 'users.username', 'users.display_name', 'users.disabled'])
    .where('invitations.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.used_at || row.disabled || new Date(row.expires_at).getTime() <= clock.now().getTime()) return null;
  return row;
}

/** The user a link is for, or null when it is unknown, used, expired, or the user is disabled. */
export async function invitationFor(db: Kysely<DB>, token: string, clock: Clock = systemClock): Promise<OpenInvitation | null> {
  const row = await openInvitation(db, token, clock);
  return row ? { username: row.username, displayName: row.display_name, purpose: row.purpose } : null;
}

/** Sets the user's password from a link, which is then spent. Returns the username, to sign in with. */
export async function acceptInvitation(db: Kysely<DB>, token: string, password: string, clock: Clock = systemClock): Promise<string> {
  checkNewPassword(password);
  const password_hash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const row = await openInvitation(trx, token, clock);
    if (!row) throw new NotFoundError('This link has expired or has been used. Ask your administrator for a new one.');
    // Spent first and conditionally, so two submissions cannot both use it.
    const spent = await trx.updateTable('invitations').set({ used_at: clock.now() }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) throw new NotFoundError('This link has expired or has been used. Ask your administrator for a new one.');
    await trx.updateTable('users').set({ password_hash, must_change_password: false }).where('id', '=', row.user_id).execute();
    await appendAudit(trx, { userId: row.user_id, partnershipId: row.partnership_id, label: row.username }, { action: 'alteration', what: row.purpose === 'invitation' ? 'accepted the invitation and set a password' : 'set a new password from a reset link' }, clock);
    return row.username;
  });
}

/** Whether the signed-in user must change a one-time password before anything else. */
export async function passwordChangeRequired(db: Kysely<DB>, userId: number): Promise<boolean> {
  const row = await db.selectFrom('users').select('must_change_password').where('id', '=', userId).executeTakeFirst();
  return row?.must_change_password ?? false;
}

/** A signed-in user changes their own password, giving the current one. */
export async function changeOwnPassword(db: Kysely<DB>, actor: Actor, input: { current: string; password: string }, clock: Clock = systemClock): Promise<void> {
  if (actor.userId === null) throw new InvalidInputError('Only a signed-in user can change their password.');
  const user = await db.selectFrom('users').select(['id', 'password_hash']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!user.password_hash || !(await verifyPassword(user.password_hash, input.current))) throw new InvalidInputError('The current password is not right.', { field: 'current' });
  checkNewPassword(input.password);
  if (input.password === input.current) throw new InvalidInputError('Choose a password different from the current one.', { field: 'password' });
  const password_hash = await hashPassword(input.password);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash, must_change_password: false }).where('id', '=', user.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: 'changed their password' }, clock);
  });
}
