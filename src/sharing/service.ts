// Information-sharing agreements, with the database and clock bound once.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { Clock } from '../calendar/clock.js';
import type { DB } from '../db/schema.js';
import { endAgreement, listAgreements, recordAgreement, type NewAgreement } from './agreements.js';

/** Agreements between agencies. Built once by the composition root (src/services.ts). */
export function sharingService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    record: (actor: Actor, input: NewAgreement) => recordAgreement(db, actor, input, clock),
    list: (actor: Actor) => listAgreements(db, actor),
    end: (actor: Actor, input: { id: number; on: string }) => endAgreement(db, actor, input, clock),
  };
}

export type { Agreement, NewAgreement } from './agreements.js';
