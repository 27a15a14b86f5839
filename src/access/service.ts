// PLACEHOLDER: filled in by the architecture work (issue 12).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Accounts, sessions, tokens and the audit log. Built once by the composition root (src/services.ts). */
export function accessService(deps: { db: Kysely<DB>; clock: Clock }) {
  void deps;
  return {};
}
