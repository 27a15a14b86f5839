// Cases (SPEC 3.5): opening a case, its lead, case manager and team; caseloads; needs assessments; plan actions; case notes; the case as its readers see it.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Built once by the composition root (src/services.ts). */
export function caseService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  void db;
  void clock;
  return {};
}
