// Alerts (SPEC 3.5): raised from imports and from the work, addressed to roles on the case, acknowledged.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Built once by the composition root (src/services.ts). */
export function alertService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  void db;
  void clock;
  return {};
}
