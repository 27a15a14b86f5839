// The TOTP second factor (RFC 6238) in the database: enrolment (a secret shown
// as a QR code and as text, confirmed by a first code), ten single-use recovery
// codes stored as hashes, verification that never accepts a time step twice,
// and an administrator's reset. The secret is stored as Base32 text in
// users.totp_secret (not encrypted at rest: the database is the trust boundary,
// as it is for the password hashes and audit log).
import QRCode from 'qrcode';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from './actor.js';
import { appendAudit } from './audit.js';
import { requirePermission } from './permissions.js';
import { sha256 } from './tokens.js';
import { checkTotp, looksLikeTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from './second-factor.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';

export interface Enrolment {
  /** Base32, for typing into an app by hand. */
  secret: string;
  /** The secret in groups of four, easier to read. */
  secretGrouped: string;
  /** The otpauth:// address, as a QR code: an SVG data: URL for an <img>. */
  qrDataUrl: string;
}

interface Who {
  userId: number;
  partnershipId: number;
  label: string;
}

/**
 * The enrolment in progress for a user who has none confirmed: the same
 * secret until it is confirmed (a reload shows the same QR code).
 */
export async function startEnrolment(db: Kysely<DB>, who: Who & { username: string }): Promise<Enrolment> {
  const user = await db.selectFrom('users').select(['totp_secret', 'totp_enrolled_at']).where('id', '=', who.userId).executeTakeFirstOrThrow();
  if (user.totp_enrolled_at) throw new ConflictError('You already have a second factor. An administrator can reset it.');
  let secret = user.totp_secret;
  if (!secret) {
    secret = newTotpSecret();
    // Only the first request of two at once stores its secret; both show that one.
    await db.updateTable('users').set({ totp_secret: secret }).where('id', '=', who.userId).where('totp_secret', 'is', null).execute();
    secret = (await db.selectFrom('users').select('totp_secret').where('id', '=', who.userId).executeTakeFirstOrThrow()).totp_secret!;
  }
  const svg = await QRCode.toString(totpUri(secret, who.username), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return {
    secret,
    secretGrouped: secret.match(/.{1,4}/g)!.join(' '),
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/**
 * Confirms the enrolment with a first code; returns the recovery codes, which
 * are shown once and stored only as hashes. Audited.
 */
export async function confirmEnrolment(db: Kysely<DB>, who: Who, code: string, clock: Clock): Promise<string[]> {
  const user = await db.selectFrom('users').select(['totp_secret', 'totp_enrolled_at', 'totp_last_step']).where('id', '=', who.userId).executeTakeFirstOrThrow();
  if (user.totp_enrolled_at) throw new ConflictError('You already have a second factor.');
  if (!user.totp_secret) throw new InvalidInputError('Start again: the enrolment has expired.', { field: 'code' });
  const check = checkTotp(user.totp_secret, code, clock.now(), user.totp_last_step);
  if (!check.ok) throw new InvalidInputError('The code is not right. Enter the 6-digit code your app shows now.', { field: 'code' });
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({ totp_enrolled_at: clock.now(), totp_last_step: check.step })
      .where('id', '=', who.userId)
      .where('totp_enrolled_at', 'is', null)
      .where('totp_secret', '=', user.totp_secret!)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('The enrolment changed meanwhile. Start again.');
    await trx.deleteFrom('recovery_codes').where('user_id', '=', who.userId).execute();
    await trx.insertInto('recovery_codes').values(codes.map((c) => ({ user_id: who.userId, code_hash: sha256(normaliseRecoveryCode(c)) }))).execute();
    await appendAudit(trx, who, { action: 'alteration', what: 'second factor enrolled', details: { recoveryCodes: codes.length } }, clock);
  });
  return codes;
}

export type SecondFactorCheck = { ok: true; method: 'totp' | 'recovery_code' } | { ok: false };

/**
 * Checks a code from the user's app, or one of their recovery codes, and uses
 * it up: the step is stored (only if later than the last one, in the same
 * statement, so two requests cannot both use one code) or the recovery code
 * is marked used.
 */
export async function verifySecondFactor(db: Kysely<DB>, userId: number, code: string, clock: Clock): Promise<SecondFactorCheck> {
  const user = await db.selectFrom('users').select(['totp_secret', 'totp_enrolled_at', 'totp_last_step']).where('id', '=', userId).executeTakeFirst();
  if (!user?.totp_secret || !user.totp_enrolled_at) return { ok: false };
  if (looksLikeTotp(code)) {
    const check = checkTotp(user.totp_secret, code, clock.now(), user.totp_last_step);
    if (!check.ok) return { ok: false };
    const used = await db
      .updateTable('users')
      .set({ totp_last_step: check.step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', check.step)]))
      .executeTakeFirst();
    return Number(used.numUpdatedRows) === 1 ? { ok: true, method: 'totp' } : { ok: false };
  }
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return { ok: false };
  const spent = await db
    .updateTable('recovery_codes')
    .set({ used_at: clock.now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', sha256(normalised))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1 ? { ok: true, method: 'recovery_code' } : { ok: false };
}

/** Whether a user has a confirmed second factor, and how many recovery codes are left. */
export async function secondFactorStatus(db: Kysely<DB>, userId: number): Promise<{ enrolled: boolean; enrolledAt: Date | null; recoveryCodesLeft: number }> {
  const user = await db.selectFrom('users').select('totp_enrolled_at').where('id', '=', userId).executeTakeFirstOrThrow();
  const left = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { enrolled: user.totp_enrolled_at !== null, enrolledAt: user.totp_enrolled_at, recoveryCodesLeft: Number(left.n) };
}

/**
 * An administrator clears a user's second factor (a lost phone): the secret,
 * the recovery codes and the user's sessions go, so the user signs in with
 * their password and enrols again. Audited.
 */
export async function resetSecondFactor(db: Kysely<DB>, actor: Actor, username: string, clock: Clock): Promise<void> {
  requirePermission(actor, 'admin:users');
  const user = await db.selectFrom('users').select('id').where('username', '=', username).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  if (!user) throw new NotFoundError(`No user ${username} in this partnership.`, { field: 'username' });
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null }).where('id', '=', user.id).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('sign_in_challenges').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', what: `second factor of ${username} reset`, details: { username } }, clock);
  });
}
