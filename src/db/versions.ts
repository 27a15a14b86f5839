// Optimistic concurrency for edits: a row carries a version, raised by every
// save. An edit names the version it was drawn from (a form's hidden field, an
// API's If-Match); when the stored row has moved on, the edit is refused with
// the other change described, and nothing is overwritten. Read the row FOR
// UPDATE in the edit's transaction, call this, then save with version + 1.
import { StaleEditError } from '../errors.js';

export interface Versioned {
  version: number;
  updated_by_label?: string | null;
  updated_at?: Date | string | null;
}

/**
 * Refuses the edit when `expected` is given and the stored version differs.
 * `what` names the record ("This appointment"); `now` says how it stands
 * ("It is now recorded as attended.").
 */
export function requireVersion(expected: number | undefined, stored: Versioned, what: string, now: string): void {
  if (expected === undefined || expected === stored.version) return;
  const by = stored.updated_by_label ?? null;
  const at = stored.updated_at ? new Date(stored.updated_at).toISOString() : null;
  const who = by ? ` by ${by}${at ? ` at ${at.slice(0, 16).replace('T', ' ')} UTC` : ''}` : '';
  throw new StaleEditError(`${what} was changed${who} after you opened it. ${now} Your change was not saved: check the record and make your change again.`, {
    version: stored.version,
    changedBy: by,
    changedAt: at,
  });
}
