// The second factor's pure rules: a code is accepted in its own 30-second step
// and one step either side, never outside, never twice; who must enrol.
import { describe, expect, it } from 'vitest';
import { checkTotp, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, secondFactorRequired, totpCodeAt, totpUri, TOTP_PERIOD } from '../../../src/access/second-factor.js';

const secret = newTotpSecret();
// The start of a time step: 2024-01-01T00:00:00Z is a multiple of 30 s.
const stepStart = new Date('2024-01-01T00:00:00Z');
const step = stepStart.getTime() / 1000 / TOTP_PERIOD;
const at = (seconds: number) => new Date(stepStart.getTime() + seconds * 1000);
const code = totpCodeAt(secret, stepStart);

describe('TOTP verification at the window boundaries', () => {
  it('accepts the code throughout its own step, and reports the step', () => {
    expect(checkTotp(secret, code, at(0), null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, code, at(29.999), null)).toEqual({ ok: true, step });
  });

  it('accepts it during the next step and the step before (clock drift), not beyond', () => {
    expect(checkTotp(secret, code, at(30), null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, code, at(59.999), null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, code, at(60), null)).toEqual({ ok: false, reason: 'wrong' });
    expect(checkTotp(secret, code, at(-30), null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, code, at(-30.001), null)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses a code of a step already used, or of an earlier step', () => {
    expect(checkTotp(secret, code, at(10), step)).toEqual({ ok: false, reason: 'reused' });
    expect(checkTotp(secret, code, at(40), step + 1)).toEqual({ ok: false, reason: 'reused' });
    const next = totpCodeAt(secret, at(30));
    expect(checkTotp(secret, next, at(31), step)).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses other digits, other lengths and another secret', () => {
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotp(secret, wrong, at(0), null).ok).toBe(false);
    expect(checkTotp(secret, code.slice(1), at(0), null).ok).toBe(false);
    expect(checkTotp(secret, `${code}0`, at(0), null).ok).toBe(false);
    expect(checkTotp(newTotpSecret(), code, at(0), null).ok).toBe(false);
    expect(checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at(0), null).ok).toBe(true);
  });

  it('puts the secret in an otpauth address for the QR code', () => {
    expect(totpUri(secret, 'kit')).toMatch(new RegExp(`^otpauth://totp/Waymark:kit\\?.*secret=${secret}`));
  });
});

describe('recovery codes', () => {
  it('makes ten different codes of ten letters and digits', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('reads a code typed in capitals, with spaces or without the hyphen', () => {
    expect(normaliseRecoveryCode(' ABCDE-fghjk ')).toBe('abcdefghjk');
    expect(normaliseRecoveryCode('abcde fghjk')).toBe('abcdefghjk');
  });
});

describe('who must enrol', () => {
  const base = { requiredForAll: false, demoExempt: false, production: false };
  it('administrators always, except a demo partnership outside production', () => {
    expect(secondFactorRequired({ ...base, role: 'administrator' })).toBe(true);
    expect(secondFactorRequired({ ...base, role: 'administrator', demoExempt: true })).toBe(false);
    expect(secondFactorRequired({ ...base, role: 'administrator', demoExempt: true, production: true })).toBe(true);
  });
  it('everyone else only when the partnership requires it', () => {
    expect(secondFactorRequired({ ...base, role: 'practitioner' })).toBe(false);
    expect(secondFactorRequired({ ...base, role: 'practitioner', requiredForAll: true })).toBe(true);
    expect(secondFactorRequired({ ...base, role: 'analyst', requiredForAll: true, demoExempt: true })).toBe(true);
  });
});
