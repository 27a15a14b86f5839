// One audit entry's proof: the HMAC of its content under the installation's
// key, and, for the entries written before migration 0110, their SHA-256 chain.
import crypto from 'node:crypto';
import type { AuditKey } from './audit-key.js';

/** What an entry's mac covers: everything it says, and its random uid. */
export interface EntryContent {
  uid: string;
  at: string;
  partnershipId: number | null;
  userId: number | null;
  action: string;
  personId: number | null;
  personIds: readonly number[] | null;
  what: string;
  justification: string | null;
  details: string | null;
}

/** The canonical text an entry's mac is taken over. */
export function entryMacText(e: EntryContent): string {
  return JSON.stringify(['waymark audit entry 1', e.uid, e.at, e.partnershipId, e.userId, e.action, e.personId, e.personIds, e.what, e.justification, e.details]);
}

export function entryMac(key: AuditKey, e: EntryContent): string {
  return key.mac(entryMacText(e));
}

/** The previous hash of the first entry of the SHA-256 chain of before migration 0110. */
export const GENESIS_HASH = '0'.repeat(64);

/** The SHA-256 chain of the entries written before migration 0110 (they are verified by it, then sealed). */
export function entryHash(prevHash: string, e: {
  at: string;
  partnershipId: number | null;
  userId: number | null;
  action: string;
  personId: number | null;
  what: string;
  justification: string | null;
  details: string | null;
  personIds?: readonly number[] | null;
}): string {
  const canonical = JSON.stringify([
    ...(e.personIds ? [e.personIds] : []),
    prevHash,
    e.at,
    e.partnershipId,
    e.userId,
    e.action,
    e.personId,
    e.what,
    e.justification,
    e.details,
  ]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

