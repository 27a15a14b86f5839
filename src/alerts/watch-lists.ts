// Watch lists (SPEC 3.5): saved searches a user names and runs daily, each exportable.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Built once by the composition root (src/services.ts). */
export function watchListService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  void db;
  void clock;
  return {};
}
