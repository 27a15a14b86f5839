// DRR (SPEC 3.5): starts, completions and early terminations of Drug Rehabilitation Requirements, against a yearly target.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Built once by the composition root (src/services.ts). */
export function drrService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  void db;
  void clock;
  return {};
}
