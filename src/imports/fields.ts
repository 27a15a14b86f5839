// Field parsers for the import formats of SPEC 5: pure functions from the text a
// partner sent to a typed value, or a plain reason why it is not one.
import { isIsoDate, isoDateParts } from '../calendar/dates.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Quotes a value for a message: short, on one line. */
export function show(raw: string): string {
  const s = raw.replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** An ISO 8601 calendar date (YYYY-MM-DD) that exists, in 1900–2099. */
export function parseDate(raw: string): Parsed<string> {
  const parts = isoDateParts(raw);
  if (!parts) return bad(`${show(raw)} is not a date in the form YYYY-MM-DD`);
  if (!isIsoDate(raw)) return bad(`${raw} is not a date`);
  if (parts[0] < 1900 || parts[0] > 2099) return bad(`${raw} is outside the years 1900 to 2099`);
  return ok(raw);
}

/** A whole number of at least 0 (days, say). */
export function parseCount(raw: string): Parsed<number> {
  if (!/^\d{1,7}$/.test(raw)) return bad(`${show(raw)} is not a whole number of 0 or more`);
  return ok(Number(raw));
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

export function parseYesNo(raw: string): Parsed<boolean> {
  const s = raw.toLowerCase();
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return bad(`${show(raw)} is not yes or no`);
}

const POSITIVE = new Set(['positive', 'pos', 'p', '+', 'yes', 'y', 'true', '1']);
const NEGATIVE = new Set(['negative', 'neg', 'n', '-', 'no', 'false', '0']);

export function parsePositiveNegative(raw: string): Parsed<boolean> {
  const s = raw.toLowerCase();
  if (POSITIVE.has(s)) return ok(true);
  if (NEGATIVE.has(s)) return ok(false);
  return bad(`${show(raw)} is not positive or negative`);
}

/** Lower case, with spaces and hyphens as underscores: "Community Order" → community_order. */
export function enumKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export interface EnumSpec<T extends string> {
  values: readonly T[];
  aliases?: Record<string, T>;
  /** Where an unrecognised value goes (its text kept as *_raw); none means a row error. */
  fallback?: T;
}

/** Maps a partner's text onto one of the values; the raw text is always kept beside it. */
export function parseEnum<T extends string>(spec: EnumSpec<T>, raw: string): Parsed<T> {
  const k = enumKey(raw);
  if ((spec.values as readonly string[]).includes(k)) return ok(k as T);
  const alias = spec.aliases?.[k];
  if (alias) return ok(alias);
  if (spec.fallback) return ok(spec.fallback);
  return bad(`${show(raw)} is not one of ${spec.values.join(', ')}`);
}

/**
 * A Home Office offence code: 3-digit group and 2-digit subcode, written
 * 02801, 028/01, 028.01 or 028 01. Returns the 5 digits, or null when the text
 * is not shaped like a code (it is then kept raw and flagged, not rejected).
 */
export function normaliseOffenceCode(raw: string): string | null {
  const m = /^(\d{3})\s*[/.\s]?\s*(\d{2})$/.exec(raw.trim());
  return m ? `${m[1]}${m[2]}` : null;
}

/** A PNC ID: year (2 or 4 digits) / serial number, then a check letter. */
export function parsePncId(raw: string): Parsed<string> {
  const s = raw.toUpperCase().replace(/\s+/g, '');
  if (!/^(\d{2}|\d{4})\/\d{1,7}[A-Z]$/.test(s)) return bad(`${show(raw)} is not a PNC ID (like 2001/0123456A)`);
  return ok(s);
}

/** Free text, at most max characters. */
export function parseText(raw: string, max = 500): Parsed<string> {
  if (raw.length > max) return bad(`is longer than ${max} characters`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(raw)) return bad('contains control characters');
  return ok(raw);
}
