// PLACEHOLDER: filled in by the architecture work (issue 12).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Transfers between partnerships. Built once by the composition root (src/services.ts). */
export function transferService(deps: { db: Kysely<DB>; clock: Clock }) {
  void deps;
  return {};
}
