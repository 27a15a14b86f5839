// Appointments (SPEC 3.5): planned, attended, missed or cancelled; assertive outreach after a miss; the disengagement pathway; release planning tasks.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';

/** Built once by the composition root (src/services.ts). */
export function appointmentService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  void db;
  void clock;
  return {};
}
