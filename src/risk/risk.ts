// Risk assessments and MAPPA referrals (SPEC 3.4): recorded by practitioners,
// read by the significant-custody and high-risk-of-harm rules (panel/review.ts)
// and shown on the person's timeline. Each is recorded once (a later
// assessment supersedes an earlier one by its date); nothing here is edited,
// so every record stays at version 1.
import { requirePermission } from '../access/permissions.js';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import { JustificationRequiredError } from '../access/permissions.js';
import { personReadBasis } from '../sharing/disclosures.js';
import type { DB, IsoDate, RiskOfSeriousHarm } from '../db/schema.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { requireIsoDate } from '../calendar/dates.js';
import { systemClock, type Clock } from '../calendar/clock.js';
import { partnershipToday } from '../partnerships/service.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const ROSH_LEVELS: readonly RiskOfSeriousHarm[] = ['low', 'medium', 'high', 'very_high'];
export const ROSH_LABELS: Record<RiskOfSeriousHarm, string> = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };

export interface RiskAssessmentView {
  id: number;
  personId: number;
  personRef: string;
  date: IsoDate;
  riskOfSeriousHarm: RiskOfSeriousHarm;
  assessorAgency: { code: string; name: string } | null;
  assessor: string | null;
  notes: string | null;
  recordedBy: string | null;
  version: number;
}

export interface MappaReferralView {
  id: number;
  personId: number;
  personRef: string;
  date: IsoDate;
  outcome: string | null;
  outcomeDate: IsoDate | null;
  recordedBy: string | null;
  version: number;
}

/** Who the person is: by id or by reference, among those the actor may see. */
export type PersonKey = { personId: number; personRef?: undefined } | { personRef: string; personId?: undefined };

async function personFor(db: Executor, actor: Actor, key: PersonKey) {
  let q = db.selectFrom('people').select(['id', 'person_ref', 'restricted', 'lead_agency_id']).select(visiblePeople(actor).as('visible')).where('partnership_id', '=', actor.partnershipId);
  q = key.personRef !== undefined ? q.where('person_ref', '=', key.personRef) : q.where('id', '=', key.personId);
  const p = await q.executeTakeFirst();
  // The same words whether or not the person exists: a restricted person's reference never comes back.
  if (!p || !p.visible) throw new NotFoundError('There is no person you may see at this address.');
  return p;
}

/** A risk level as a partner or a form writes it ("Very High", "very-high") to the stored value, or an error naming the field. */
export function parseRosh(raw: unknown, field = 'riskOfSeriousHarm'): RiskOfSeriousHarm {
  const k = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/[\s-]+/g, '_') : '';
  if (!(ROSH_LEVELS as readonly string[]).includes(k)) {
    // In words (as the labels say them), which every door takes: "very high" is read as very_high.
    const levels = ROSH_LEVELS.map((l) => ROSH_LABELS[l].toLowerCase());
    throw new InvalidInputError(`Risk of serious harm must be ${levels.slice(0, -1).join(', ')} or ${levels.at(-1)}${typeof raw === 'string' && raw.trim() ? `, not ${raw.trim()}` : ''}.`, { field });
  }
  return k as RiskOfSeriousHarm;
}

async function agencyByCode(db: Executor, actor: Actor, code: string | null | undefined): Promise<{ id: number; code: string; name: string } | null> {
  const c = code?.trim();
  if (!c) return null;
  const a = await db.selectFrom('agencies').select(['id', 'code', 'name']).where('partnership_id', '=', actor.partnershipId).where('code', '=', c).executeTakeFirst();
  if (!a) throw new InvalidInputError(`${c} is not the code of an agency of this partnership.`, { field: 'assessorAgency' });
  return a;
}

/** Who recorded a record, as its list gives it: the user's name (none for the CLI operator). */
async function recorder(db: Executor, actor: Actor): Promise<string | null> {
  if (actor.userId === null) return null;
  const u = await db.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
  return u?.display_name ?? null;
}

/** An optional text, or a refusal naming the field and saying it in words ("The notes"). */
function optionalText(v: string | null | undefined, max: number, field: string, what: string): string | null {
  const s = v?.trim() ?? '';
  if (s === '') return null;
  if (s.length > max) throw new InvalidInputError(`${what} must be ${max.toLocaleString('en-GB')} characters or fewer (it has ${s.length.toLocaleString('en-GB')}).`, { field });
  return s;
}

/** A date the input must give, or a refusal naming the field: "Enter the referral date." when blank. */
function requiredDate(v: unknown, what: string, field: string): IsoDate {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) throw new InvalidInputError(`Enter ${what.toLowerCase()}.`, { field });
  return requireIsoDate(typeof v === 'string' ? v.trim() : v, what, field);
}

export interface RiskAssessmentInput {
  date: string;
  riskOfSeriousHarm: string;
  /** The assessing agency's code. */
  assessorAgency?: string | null;
  assessor?: string | null;
  notes?: string | null;
}

/**
 * A date that has happened: the partnership's today at the latest. The
 * latest assessment is the one in force (its RoSH decides rule 3 of
 * de-selection and shows on the person's page), so a future date would
 * replace today's real one before it was made.
 */
async function notInFuture(db: Kysely<DB>, actor: Actor, date: IsoDate, what: string, field: string, clock: Clock): Promise<void> {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  if (date > today) throw new InvalidInputError(`${what} ${date} is after today (${today}): record an assessment or referral once it has been made.`, { field });
}

export async function recordRiskAssessment(db: Kysely<DB>, actor: Actor, input: PersonKey & RiskAssessmentInput, clock: Clock = systemClock): Promise<RiskAssessmentView> {
  requirePermission(actor, 'risk:record', 'Only practitioners, scheme managers and administrators record risk assessments.');
  const date = requiredDate(input.date, 'The assessment date', 'date');
  await notInFuture(db, actor, date, 'The assessment date', 'date', clock);
  const rosh = parseRosh(input.riskOfSeriousHarm);
  const assessor = optionalText(input.assessor, 200, 'assessor', "The assessor's name");
  const notes = optionalText(input.notes, 4000, 'notes', 'The notes');
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, input);
    const agency = await agencyByCode(trx, actor, input.assessorAgency);
    const row = await trx
      .insertInto('risk_assessments')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, assessment_date: date, risk_of_serious_harm: rosh, risk_of_serious_harm_raw: input.riskOfSeriousHarm.trim(), assessor, agency_id: agency?.id ?? null, notes, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: `risk assessment (${rosh}) of ${date}`, details: { riskAssessmentId: row.id } });
    return { id: row.id, personId: person.id, personRef: person.person_ref, date, riskOfSeriousHarm: rosh, assessorAgency: agency && { code: agency.code, name: agency.name }, assessor, notes, recordedBy: await recorder(trx, actor), version: 1 };
  });
}

export interface MappaReferralInput {
  date: string;
  outcome?: string | null;
  outcomeDate?: string | null;
}

export async function recordMappaReferral(db: Kysely<DB>, actor: Actor, input: PersonKey & MappaReferralInput, clock: Clock = systemClock): Promise<MappaReferralView> {
  requirePermission(actor, 'risk:record', 'Only practitioners, scheme managers and administrators record MAPPA referrals.');
  const date = requiredDate(input.date, 'The referral date', 'date');
  await notInFuture(db, actor, date, 'The referral date', 'date', clock);
  const outcome = optionalText(input.outcome, 500, 'outcome', 'The outcome');
  const outcomeDate = input.outcomeDate?.trim() ? requireIsoDate(input.outcomeDate.trim(), 'The outcome date', 'outcomeDate') : null;
  if (outcomeDate && outcomeDate < date) throw new InvalidInputError(`The outcome date ${outcomeDate} is before the referral date ${date}.`, { field: 'outcomeDate' });
  if (outcomeDate && !outcome) throw new InvalidInputError('An outcome date needs the outcome.', { field: 'outcome' });
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, input);
    const row = await trx
      .insertInto('mappa_referrals')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, referral_date: date, outcome, outcome_date: outcomeDate, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: `MAPPA referral of ${date}`, details: { mappaReferralId: row.id } });
    return { id: row.id, personId: person.id, personRef: person.person_ref, date, outcome, outcomeDate, recordedBy: await recorder(trx, actor), version: 1 };
  });
}

/** A person's risk assessments, newest first, read and logged as a consultation in one transaction. */
export async function listRiskAssessments(db: Kysely<DB>, actor: Actor, input: PersonKey & { justification?: string }): Promise<RiskAssessmentView[]> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, input);
    const justification = input.justification?.trim() || null;
    if (person.restricted && !justification) throw new JustificationRequiredError();
    // Another agency's read rests on an information-sharing agreement, as every read of a person (sharing/disclosures.ts).
    const basis = await personReadBasis(trx, actor, person.lead_agency_id);
    const rows = await trx
      .selectFrom('risk_assessments as r')
      .leftJoin('agencies as a', 'a.id', 'r.agency_id')
      .leftJoin('users as u', 'u.id', 'r.created_by')
      .select(['r.id', 'r.assessment_date', 'r.risk_of_serious_harm', 'r.assessor', 'r.notes', 'a.code as agency_code', 'a.name as agency_name', 'u.display_name'])
      .where('r.partnership_id', '=', actor.partnershipId)
      .where('r.person_id', '=', person.id)
      .orderBy('r.assessment_date', 'desc')
      .orderBy('r.id', 'desc')
      .execute();
    await appendAudit(trx, actor, { action: basis.action, personId: person.id, what: 'viewed risk assessments', justification, details: { count: rows.length, agreementId: basis.agreementId } });
    return rows.map((r) => ({
      id: r.id,
      personId: person.id,
      personRef: person.person_ref,
      date: r.assessment_date,
      riskOfSeriousHarm: r.risk_of_serious_harm,
      assessorAgency: r.agency_code ? { code: r.agency_code, name: r.agency_name! } : null,
      assessor: r.assessor,
      notes: r.notes,
      recordedBy: r.display_name,
      version: 1,
    }));
  });
}

/** A person's MAPPA referrals, newest first, read and logged as a consultation in one transaction. */
export async function listMappaReferrals(db: Kysely<DB>, actor: Actor, input: PersonKey & { justification?: string }): Promise<MappaReferralView[]> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, input);
    const justification = input.justification?.trim() || null;
    if (person.restricted && !justification) throw new JustificationRequiredError();
    // Another agency's read rests on an information-sharing agreement, as every read of a person (sharing/disclosures.ts).
    const basis = await personReadBasis(trx, actor, person.lead_agency_id);
    const rows = await trx
      .selectFrom('mappa_referrals as m')
      .leftJoin('users as u', 'u.id', 'm.created_by')
      .select(['m.id', 'm.referral_date', 'm.outcome', 'm.outcome_date', 'u.display_name'])
      .where('m.partnership_id', '=', actor.partnershipId)
      .where('m.person_id', '=', person.id)
      .orderBy('m.referral_date', 'desc')
      .orderBy('m.id', 'desc')
      .execute();
    await appendAudit(trx, actor, { action: basis.action, personId: person.id, what: 'viewed MAPPA referrals', justification, details: { count: rows.length, agreementId: basis.agreementId } });
    return rows.map((r) => ({ id: r.id, personId: person.id, personRef: person.person_ref, date: r.referral_date, outcome: r.outcome, outcomeDate: r.outcome_date, recordedBy: r.display_name, version: 1 }));
  });
}
