// The second factor's pure rules (RFC 6238 TOTP): who must enrol, checking a
// code against a secret at an instant without accepting a time step twice, and
// the shape of recovery codes. No database, clock or HTTP: callers pass the
// instant and the last accepted step.
import crypto from 'node:crypto';
import { generateSecret, generateSync, generateURI, verifySync } from 'otplib';
import type { Role } from '../glossary.js';

/** Seconds per time step (RFC 6238's default, which every authenticator app uses). */
export const TOTP_PERIOD = 30;
/** A code from the step before or after the current one is accepted too (clock drift). */
export const TOTP_WINDOW_STEPS = 1;
export const RECOVERY_CODE_COUNT = 10;
export const ISSUER = 'Waymark';

/** Whether a user must have a second factor before reaching any page but enrolment. */
export function secondFactorRequired(input: { role: Role; requiredForAll: boolean; demoExempt: boolean; production: boolean }): boolean {
  if (input.requiredForAll) return true;
  if (input.role !== 'administrator') return false;
  // The demo's published administrator stays easy, but never in production.
  return !(input.demoExempt && !input.production);
}

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret, period: TOTP_PERIOD });
}

/** The code for an instant (tests, and nothing else, use this to answer). */
export function totpCodeAt(secret: string, at: Date): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'reused' };

/**
 * Checks a six-digit code at an instant: the current step or one either side.
 * A code whose step is at or before `lastStep` (already used, or older than
 * one used) is refused, so a code cannot be replayed within its step.
 */
export function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): TotpCheck {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: 'wrong' };
  const result = verifySync({ secret, token, epoch: Math.floor(at.getTime() / 1000), period: TOTP_PERIOD, epochTolerance: TOTP_PERIOD * TOTP_WINDOW_STEPS });
  if (!result.valid || !('timeStep' in result)) return { ok: false, reason: 'wrong' };
  const step = result.timeStep as number;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'reused' };
  return { ok: true, step };
}

/** Whether what was typed looks like a TOTP code (digits) rather than a recovery code. */
export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s+/g, ''));
}

// Recovery codes: ten letters and digits from an alphabet without look-alikes, shown as xxxxx-xxxxx.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let s = '';
    for (let i = 0; i < 10; i++) s += ALPHABET[crypto.randomInt(ALPHABET.length)];
    codes.add(`${s.slice(0, 5)}-${s.slice(5)}`);
  }
  return [...codes];
}

/** A recovery code as stored (its hash's input): lower case, without spaces or hyphens. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]+/g, '');
}
