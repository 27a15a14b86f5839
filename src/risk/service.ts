// Risk assessments and MAPPA referrals, with the database bound once.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { recordMappaReferral, recordRiskAssessment } from './risk.js';

/** Risk assessments and MAPPA referrals. Built once by the composition root (src/services.ts). */
export function riskService({ db }: { db: Kysely<DB> }) {
  return {
    recordAssessment: (actor: Actor, input: Parameters<typeof recordRiskAssessment>[2]) => recordRiskAssessment(db, actor, input),
    recordMappaReferral: (actor: Actor, input: Parameters<typeof recordMappaReferral>[2]) => recordMappaReferral(db, actor, input),
  };
}
