// Risk assessments and MAPPA referrals (SPEC 3.4): recorded by practitioners,
// read by the significant-custody and high-risk-of-harm rules.
import { requirePermission } from '../access/permissions.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import type { DB, RiskOfSeriousHarm } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';
import { personByRef } from '../people/by-ref.js';
import { requireIsoDate } from '../calendar/dates.js';

export async function recordRiskAssessment(
  db: Kysely<DB>,
  actor: Actor,
  input: { personRef: string; date: string; riskOfSeriousHarm: RiskOfSeriousHarm; raw?: string | null; assessor?: string | null; notes?: string | null },
): Promise<{ id: number }> {
  requirePermission(actor, 'risk:record', 'Only practitioners, scheme managers and administrators record risk assessments.');
  const date = requireIsoDate(input.date, 'The assessment date');
  if (!['low', 'medium', 'high', 'very_high'].includes(input.riskOfSeriousHarm)) throw new InvalidInputError('Risk of serious harm must be low, medium, high or very_high.');
  return db.transaction().execute(async (trx) => {
    const person = await personByRef(trx, actor, input.personRef);
    const row = await trx
      .insertInto('risk_assessments')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, assessment_date: date, risk_of_serious_harm: input.riskOfSeriousHarm, risk_of_serious_harm_raw: input.raw ?? input.riskOfSeriousHarm, assessor: input.assessor ?? null, notes: input.notes ?? null, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: `risk assessment (${input.riskOfSeriousHarm}) of ${date}`, details: { riskAssessmentId: row.id } });
    return row;
  });
}

export async function recordMappaReferral(
  db: Kysely<DB>,
  actor: Actor,
  input: { personRef: string; date: string; outcome?: string | null; outcomeDate?: string | null },
): Promise<{ id: number }> {
  requirePermission(actor, 'risk:record', 'Only practitioners, scheme managers and administrators record MAPPA referrals.');
  const date = requireIsoDate(input.date, 'The referral date');
  return db.transaction().execute(async (trx) => {
    const person = await personByRef(trx, actor, input.personRef);
    const row = await trx
      .insertInto('mappa_referrals')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, referral_date: date, outcome: input.outcome ?? null, outcome_date: input.outcomeDate ? requireIsoDate(input.outcomeDate, 'The outcome date') : null, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: `MAPPA referral of ${date}`, details: { mappaReferralId: row.id } });
    return row;
  });
}
