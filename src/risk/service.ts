// Risk assessments and MAPPA referrals, with the database bound once.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import { listMappaReferrals, listRiskAssessments, recordMappaReferral, recordRiskAssessment } from './risk.js';

/** Risk assessments and MAPPA referrals. Built once by the composition root (src/services.ts). */
export function riskService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  return {
    recordAssessment: (actor: Actor, input: Parameters<typeof recordRiskAssessment>[2]) => recordRiskAssessment(db, actor, input, clock),
    recordMappaReferral: (actor: Actor, input: Parameters<typeof recordMappaReferral>[2]) => recordMappaReferral(db, actor, input, clock),
    assessments: (actor: Actor, input: Parameters<typeof listRiskAssessments>[2]) => listRiskAssessments(db, actor, input),
    mappaReferrals: (actor: Actor, input: Parameters<typeof listMappaReferrals>[2]) => listMappaReferrals(db, actor, input),
  };
}
