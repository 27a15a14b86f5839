// PLACEHOLDER: filled in by the architecture work (issue 12).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Risk assessments and MAPPA referrals. Built once by the composition root (src/services.ts). */
export function riskService(deps: { db: Kysely<DB>; clock: Clock }) {
  void deps;
  return {};
}
