// Appointments (SPEC 3.5): planned, attended, missed or cancelled; assertive
// outreach after a miss; the disengagement pathway after a further miss; and
// the prison link's release planning tasks. Every change is audited in its
// own transaction; every edit of a stored row is versioned (If-Match, a
// form's hidden version), so a second conflicting save is refused, not lost.
//
// What a miss does (outreach.ts holds the rules):
//   - it opens an assertive_outreach action due outreach_days after the
//     MISSED APPOINTMENT'S date, owned by the appointment's agency, and raises
//     a 'missed_appointment' alert (one per appointment);
//   - when an earlier miss's outreach is still open, or closed no more than
//     28 days before, it also opens the disengagement pathway (unless one is
//     already in progress for the case). Every miss still gets its own
//     outreach: the person is followed up whatever the lead decides.
// Attendance at a later appointment closes the open outreach actions of the
// misses before it, on the attended date.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { isOperator, maySee, visiblePeople } from '../access/need-to-know.js';
import { requirePermission } from '../access/permissions.js';
import { actorAgencyId } from '../access/actor-agency.js';
import { leadOrManager, personFor, requireMayChange } from './read.js';
import { personReadBasis } from '../sharing/disclosures.js';
import { raiseAlert, recipientsOf } from '../alerts/raise.js';
import type { Clock } from '../calendar/clock.js';
import { requireIsoDate, type IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';
import { requireVersion } from '../db/versions.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import type { AppointmentStatus, DisengagementRoute, DisengagementStage } from '../glossary.js';
import { partnershipToday } from '../partnerships/service.js';
import { consentInForce } from '../people/consent.js';
import { appointmentDateProblem, attendanceEndsOutreach, DISENGAGEMENT_ROUTE_LABELS, DISENGAGEMENT_ROUTES, disengagementStepProblem, opensDisengagement, outreachDueDate, type OutreachSpan } from './outreach.js';
import { actionSetOn, datedBeforeCaseProblem, doneOnProblem } from './case-dates.js';
import { expectedReleaseProblem, isReleaseTaskKind, RELEASE_TASKS, releaseTaskDueDate, type ReleaseTaskKind } from './release-plan.js';

type Executor = Kysely<DB> | Transaction<DB>;

export const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = ['planned', 'attended', 'missed', 'cancelled'];
/** The longest purpose, outcome or "told whom" a form may send. */
const MAX_TEXT = 500;

/** Which person: by id (web forms) or by reference (the API and the CLI). */
export type PersonKey = { personId: number } | { personRef: string };

/** An appointment as the doors return it. The purpose of a drug-service appointment is health detail: null, with the reason, for those who may not see it. */
export interface AppointmentOut {
  id: number;
  caseId: number;
  personId: number;
  personRef: string;
  date: IsoDate;
  purpose: string | null;
  purposeWithheld: string | null;
  agencyId: number | null;
  agency: string | null;
  status: AppointmentStatus;
  outcomeRecordedOn: IsoDate | null;
  version: number;
}

/** What recording an outcome did besides: the outreach it opened, the pathway it opened, the outreach it closed. */
export interface OutcomeEffects {
  outreach: { id: number; dueDate: IsoDate; ownerAgencyId: number | null; version: number } | null;
  disengagement: { id: number; stage: DisengagementStage; since: IsoDate; version: number } | null;
  /** A disengagement pathway already in progress for the case when this miss would have opened one. */
  disengagementInProgress: number | null;
  closedOutreach: number[];
}

export type AppointmentResult = AppointmentOut & OutcomeEffects;

export interface DisengagementOut {
  id: number;
  caseId: number;
  personId: number;
  personRef: string;
  stage: DisengagementStage;
  since: IsoDate;
  route: DisengagementRoute | null;
  routeOn: IsoDate | null;
  outcome: string | null;
  concludedOn: IsoDate | null;
  version: number;
}

export interface ReleaseTaskOut {
  id: number;
  caseId: number;
  personId: number;
  personRef: string;
  kind: ReleaseTaskKind;
  description: string;
  ownerAgencyId: number | null;
  dueDate: IsoDate;
  status: 'open' | 'done' | 'cancelled';
  toldWhom: string | null;
  toldOn: IsoDate | null;
  outcome: string | null;
  /** Why who was told is left out (treatment continuity is health detail), or null. */
  withheld: string | null;
  version: number;
}

export interface ReleasePlanOut {
  personRef: string;
  caseId: number;
  expectedRelease: IsoDate;
  tasks: ReleaseTaskOut[];
}

export interface AppointmentDeps {
  db: Kysely<DB>;
  clock: Clock;
}

const HEALTH_WITHHELD = 'Drug-service and treatment detail is shown to drug-service staff and the agency that leads the case, unless the person consented to share it with your agency.';

// ---- reading the case around a person or a row ---------------------------------------------

interface CaseRow {
  caseId: number;
  personId: number;
  personRef: string;
  partnershipId: number;
  leadAgencyId: number;
  /** The day the case opened: nothing of it is dated earlier (case-dates.ts). */
  openedOn: IsoDate;
  /** The actor's agency leads this case. */
  isLead: boolean;
  /** The actor's agency leads the person (people.lead_agency_id), which a second case's lead need not. */
  leadsPerson: boolean;
}


/** The person's open case, locked for the change (one scheme's when they have several open: `scheme` names it). */
async function openCaseOf(trx: Transaction<DB>, actor: Actor, key: PersonKey, scheme?: string): Promise<CaseRow> {
  const p = await personFor(trx, actor, key);
  const agencyId = await actorAgencyId(trx, actor);
  let q = trx
    .selectFrom('cases')
    .innerJoin('schemes', 'schemes.id', 'cases.scheme_id')
    .select(['cases.id', 'cases.lead_agency_id', 'cases.opened_on', 'schemes.code'])
    .where('cases.person_id', '=', p.id)
    .where('cases.partnership_id', '=', actor.partnershipId)
    .where('cases.closed_on', 'is', null);
  if (scheme) q = q.where('schemes.code', '=', scheme);
  const rows = await q.orderBy('cases.opened_on').orderBy('cases.id').forUpdate('cases').execute();
  if (rows.length === 0) {
    const on = scheme ?? 'SCHEME';
    throw new NotFoundError(scheme ? `${p.personRef} has no open case on scheme ${scheme}.` : `${p.personRef} has no open case.`, undefined, {
      web: `Open one first on the person's case page (/people/${p.id}/case).`,
      api: `Open one first with POST /api/v1/people/${p.personRef}/case {"scheme": "${on}", "leadAgency"}.`,
      cli: `Open one first with waymark case open ${p.personRef} --scheme ${on} --lead AGENCY.`,
    });
  }
  // On several schemes, the case most recently opened, as every reader of a case takes it (read.ts openCaseOf), unless a scheme is named.
  const c = rows[rows.length - 1]!;
  return { caseId: c.id, personId: p.id, personRef: p.personRef, partnershipId: actor.partnershipId, leadAgencyId: c.lead_agency_id, openedOn: c.opened_on, isLead: agencyId !== null && agencyId === c.lead_agency_id, leadsPerson: p.isLead };
}

/** The case a row belongs to, when the actor may see its person. */
async function caseById(trx: Executor, actor: Actor, caseId: number, what: string): Promise<CaseRow> {
  const c = await trx
    .selectFrom('cases')
    .innerJoin('people', 'people.id', 'cases.person_id')
    .select(['cases.id', 'cases.person_id', 'cases.lead_agency_id', 'cases.opened_on', 'cases.closed_on', 'people.person_ref', 'people.lead_agency_id as person_lead_agency_id'])
    .select(visiblePeople(actor).as('visible'))
    .where('cases.id', '=', caseId)
    .where('cases.partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  if (!c || !c.visible) throw new NotFoundError(`No ${what} that you may see in this partnership.`);
  const agencyId = await actorAgencyId(trx, actor);
  return {
    caseId: c.id,
    personId: c.person_id,
    personRef: c.person_ref,
    partnershipId: actor.partnershipId,
    leadAgencyId: c.lead_agency_id,
    openedOn: c.opened_on,
    isLead: agencyId !== null && agencyId === c.lead_agency_id,
    leadsPerson: agencyId !== null && agencyId === c.person_lead_agency_id,
  };
}

/** Whether this actor may see the person's health and drug-treatment detail (need-to-know.ts). */
async function seesHealth(trx: Executor, actor: Actor, c: CaseRow): Promise<boolean> {
  if (maySee(actor, 'health')) return true;
  const consent = await consentInForce(trx, actor.partnershipId, c.personId);
  return maySee(actor, 'health', { isLead: c.isLead || c.leadsPerson, consent: consent?.scope ?? null });
}

function text(value: unknown, what: string, field: string, opts: { required: boolean }): string | null {
  const v = typeof value === 'string' ? value.trim() : '';
  if (v === '') {
    if (opts.required) throw new InvalidInputError(`Enter ${what}.`, { field });
    return null;
  }
  if (v.length > MAX_TEXT) throw new InvalidInputError(`${what[0]!.toUpperCase()}${what.slice(1)} must be ${MAX_TEXT} characters or fewer (it has ${v.length}).`, { field });
  return v;
}

function dateOrToday(value: unknown, today: IsoDate, what: string, field: string): IsoDate {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return today;
  const d = requireIsoDate(typeof value === 'string' ? value.trim() : value, what, field);
  if (d > today) throw new InvalidInputError(`${what} cannot be after today (${d} is after ${today}).`, { field });
  return d;
}

function statusOf(value: unknown, field = 'status'): AppointmentStatus {
  const v = typeof value === 'string' && value.trim() !== '' ? value.trim() : 'planned';
  if (!(APPOINTMENT_STATUSES as readonly string[]).includes(v)) throw new InvalidInputError(`The status must be one of ${APPOINTMENT_STATUSES.join(', ')}, not "${v}".`, { field });
  return v as AppointmentStatus;
}

// ---- appointments ----------------------------------------------------------------------------

async function appointmentOut(trx: Executor, actor: Actor, c: CaseRow, id: number): Promise<AppointmentOut> {
  const a = await trx
    .selectFrom('appointments')
    .leftJoin('agencies', 'agencies.id', 'appointments.agency_id')
    .select(['appointments.id', 'appointments.case_id', 'appointments.appointment_date', 'appointments.purpose', 'appointments.agency_id', 'appointments.status', 'appointments.outcome_recorded_on', 'appointments.version', 'agencies.name as agency', 'agencies.kind as agency_kind'])
    .where('appointments.id', '=', id)
    .executeTakeFirstOrThrow();
  const health = a.agency_kind === 'drug_service' && !(await seesHealth(trx, actor, c));
  return {
    id: a.id,
    caseId: a.case_id,
    personId: c.personId,
    personRef: c.personRef,
    date: a.appointment_date,
    purpose: health ? null : a.purpose,
    purposeWithheld: health ? HEALTH_WITHHELD : null,
    agencyId: a.agency_id,
    agency: a.agency,
    status: a.status,
    outcomeRecordedOn: a.outcome_recorded_on,
    version: a.version,
  };
}

/** The agency an appointment is with: the one named (of this partnership), else the actor's, else the case's lead. */
async function appointmentAgency(trx: Executor, actor: Actor, c: CaseRow, input: { agencyId?: number | string | null; agencyCode?: string | null }): Promise<number> {
  const code = typeof input.agencyCode === 'string' ? input.agencyCode.trim() : '';
  const rawId = input.agencyId === undefined || input.agencyId === null || input.agencyId === '' ? null : Number(input.agencyId);
  if (code !== '' || rawId !== null) {
    if (rawId !== null && !Number.isSafeInteger(rawId)) throw new InvalidInputError(`The agency must be an agency's id, not "${String(input.agencyId)}".`, { field: 'agencyId' });
    let q = trx.selectFrom('agencies').select('id').where('partnership_id', '=', actor.partnershipId);
    q = rawId !== null ? q.where('id', '=', rawId) : q.where('code', '=', code);
    const a = await q.executeTakeFirst();
    if (!a) throw new InvalidInputError(rawId !== null ? `No agency ${rawId} in this partnership.` : `No agency with code ${code} in this partnership.`, { field: rawId !== null ? 'agencyId' : 'agency' });
    return a.id;
  }
  return (await actorAgencyId(trx, actor)) ?? c.leadAgencyId;
}

/** The outreach of the case's earlier misses, as the rule sees them (each with its missed date). */
async function outreachSpans(trx: Transaction<DB>, caseId: number, exceptAppointment: number): Promise<(OutreachSpan & { id: number })[]> {
  const rows = await trx
    .selectFrom('case_actions as o')
    .innerJoin('appointments as a', 'a.id', 'o.appointment_id')
    .select(['o.id', 'o.status', 'o.completed_on', 'o.due_date', 'a.appointment_date'])
    .where('o.case_id', '=', caseId)
    .where('o.kind', '=', 'assertive_outreach')
    .where('o.appointment_id', '<>', exceptAppointment)
    .orderBy('a.appointment_date', 'desc')
    .execute();
  // An outreach closed without a date (cancelled by hand) counts as closed on its due date.
  return rows.map((r) => ({ id: r.id, missedOn: r.appointment_date, closedOn: r.status === 'open' ? null : (r.completed_on ?? r.due_date) }));
}

/** What an outcome sets going: outreach and the pathway after a miss; the end of outreach after attendance. Called with the case locked. */
async function applyOutcome(trx: Transaction<DB>, actor: Actor, c: CaseRow, appt: { id: number; date: IsoDate; agencyId: number | null }, status: AppointmentStatus, today: IsoDate): Promise<OutcomeEffects> {
  const effects: OutcomeEffects = { outreach: null, disengagement: null, disengagementInProgress: null, closedOutreach: [] };
  if (status === 'missed') {
    const p = await trx.selectFrom('partnerships').select('outreach_days').where('id', '=', actor.partnershipId).executeTakeFirstOrThrow();
    const spans = await outreachSpans(trx, c.caseId, appt.id);
    const dueDate = outreachDueDate(appt.date, p.outreach_days);
    const o = await trx
      .insertInto('case_actions')
      .values({
        partnership_id: actor.partnershipId,
        case_id: c.caseId,
        person_id: c.personId,
        kind: 'assertive_outreach',
        description: `Assertive outreach after the missed appointment on ${appt.date}: make contact and re-engage.`,
        owner_agency_id: appt.agencyId,
        due_date: dueDate,
        appointment_id: appt.id,
        created_by: actor.userId,
        created_by_label: actor.label,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    effects.outreach = { id: o.id, dueDate, ownerAgencyId: appt.agencyId, version: o.version };
    await raiseAlert(trx, {
      partnershipId: actor.partnershipId,
      personId: c.personId,
      kind: 'missed_appointment',
      raisedOn: today,
      aboutDate: appt.date,
      detail: `Missed the appointment on ${appt.date}; assertive outreach is due by ${dueDate}.`,
      dedupeKey: `appointment:${appt.id}`,
      recipients: recipientsOf('missed_appointment', appt.agencyId === null ? null : (await trx.selectFrom('agencies').select('kind').where('id', '=', appt.agencyId).executeTakeFirst())?.kind),
    });
    await appendAudit(trx, actor, { action: 'collection', personId: c.personId, what: 'opened assertive outreach after a missed appointment', details: { caseId: c.caseId, appointmentId: appt.id, actionId: o.id, dueDate } });

    const after = opensDisengagement(appt.date, spans);
    if (after) {
      const inProgress = await trx.selectFrom('disengagements').select('id').where('case_id', '=', c.caseId).where('stage', '<>', 'concluded').executeTakeFirst();
      if (inProgress) effects.disengagementInProgress = inProgress.id;
      else {
        const d = await trx
          .insertInto('disengagements')
          .values({ partnership_id: actor.partnershipId, case_id: c.caseId, person_id: c.personId, opened_on: appt.date, appointment_id: appt.id, updated_by_label: actor.label })
          .returning(['id', 'version'])
          .executeTakeFirstOrThrow();
        effects.disengagement = { id: d.id, stage: 'opened', since: appt.date, version: d.version };
        const earlier = (after as OutreachSpan & { id: number }).id;
        await appendAudit(trx, actor, { action: 'collection', personId: c.personId, what: 'opened the disengagement pathway after a further missed appointment', details: { caseId: c.caseId, appointmentId: appt.id, disengagementId: d.id, earlierOutreachId: earlier } });
      }
    }
  } else if (status === 'attended') {
    const open = await trx
      .selectFrom('case_actions as o')
      .innerJoin('appointments as a', 'a.id', 'o.appointment_id')
      .select(['o.id', 'a.appointment_date'])
      .where('o.case_id', '=', c.caseId)
      .where('o.kind', '=', 'assertive_outreach')
      .where('o.status', '=', 'open')
      .forUpdate('o')
      .execute();
    const ended = open.filter((o) => attendanceEndsOutreach(o.appointment_date, appt.date)).map((o) => o.id);
    if (ended.length) {
      await trx
        .updateTable('case_actions')
        .set({ status: 'done', outcome: `Attended the appointment on ${appt.date}.`, completed_on: appt.date, version: sql`version + 1`, updated_by_label: actor.label, updated_at: sql`now()` })
        .where('id', 'in', ended)
        .execute();
      effects.closedOutreach = ended;
      await appendAudit(trx, actor, { action: 'alteration', personId: c.personId, what: 'closed assertive outreach on attendance', details: { caseId: c.caseId, appointmentId: appt.id, actionIds: ended } });
    }
  }
  return effects;
}

export interface NewAppointment {
  date: unknown;
  purpose: unknown;
  status?: unknown;
  agencyId?: number | string | null;
  agencyCode?: string | null;
  /** The scheme whose case it is, when the person has several open. */
  scheme?: string | null;
}

/**
 * Records an appointment: planned (any date), or with its outcome for a date
 * up to today (work done earlier is entered late). A miss sets outreach going
 * at once.
 */
export async function recordAppointment(deps: AppointmentDeps, actor: Actor, key: PersonKey, input: NewAppointment): Promise<AppointmentResult> {
  requirePermission(actor, 'case:work');
  const date = requireIsoDate(typeof input.date === 'string' ? input.date.trim() : input.date, 'The appointment date', 'date');
  const purpose = text(input.purpose, 'the purpose of the appointment', 'purpose', { required: true })!;
  const status = statusOf(input.status);
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const problem = appointmentDateProblem(date, status, today);
  if (problem) throw new InvalidInputError(problem, { field: 'date' });
  return deps.db.transaction().execute(async (trx) => {
    const c = await openCaseOf(trx, actor, key, input.scheme ?? undefined);
    await requireMayChange(trx, actor, c.caseId);
    const early = datedBeforeCaseProblem('An appointment', date, c.openedOn);
    if (early) throw new InvalidInputError(early, { field: 'date' });
    const agencyId = await appointmentAgency(trx, actor, c, input);
    const row = await trx
      .insertInto('appointments')
      .values({
        partnership_id: actor.partnershipId,
        case_id: c.caseId,
        person_id: c.personId,
        appointment_date: date,
        purpose,
        agency_id: agencyId,
        status,
        outcome_recorded_on: status === 'planned' ? null : today,
        created_by: actor.userId,
        created_by_label: actor.label,
        updated_by_label: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: c.personId, what: 'recorded an appointment', details: { caseId: c.caseId, appointmentId: row.id, date, status, agencyId } });
    const effects = await applyOutcome(trx, actor, c, { id: row.id, date, agencyId }, status, today);
    return { ...(await appointmentOut(trx, actor, c, row.id)), ...effects };
  });
}

/**
 * Records a planned appointment's outcome (attended, missed or cancelled).
 * `version` is the version the change was drawn from (If-Match, a form's
 * hidden field): when someone else saved first, the change is refused.
 */
export async function recordOutcome(deps: AppointmentDeps, actor: Actor, input: { appointmentId: number; status: unknown; version?: number }): Promise<AppointmentResult> {
  requirePermission(actor, 'case:work');
  const raw = typeof input.status === 'string' ? input.status.trim() : '';
  if (raw === '' || raw === 'planned') throw new InvalidInputError('Choose the outcome: attended, missed or cancelled.', { field: 'status' });
  const status = statusOf(raw);
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  return deps.db.transaction().execute(async (trx) => {
    const a0 = await trx.selectFrom('appointments').select(['case_id']).where('id', '=', input.appointmentId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
    if (!a0) throw new NotFoundError(`No appointment ${input.appointmentId} that you may see in this partnership.`);
    const c = await caseById(trx, actor, a0.case_id, `appointment ${input.appointmentId}`);
    await requireMayChange(trx, actor, c.caseId);
    // Lock the case first, then the appointment, as recordAppointment does: misses on one case are decided one at a time.
    const locked = await trx.selectFrom('cases').select('closed_on').where('id', '=', c.caseId).forUpdate().executeTakeFirstOrThrow();
    if (locked.closed_on) throw new ConflictError(`${c.personRef}'s case was closed on ${locked.closed_on}; its appointments can no longer be changed.`);
    const a = await trx
      .selectFrom('appointments')
      .select(['id', 'appointment_date', 'agency_id', 'status', 'outcome_recorded_on', 'version', 'updated_by_label', 'updated_at'])
      .where('id', '=', input.appointmentId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    requireVersion(input.version, a, 'This appointment', a.status === 'planned' ? 'It is still planned.' : `It is now recorded as ${a.status}.`);
    if (a.status !== 'planned') throw new ConflictError(`The appointment on ${a.appointment_date} is already recorded as ${a.status}${a.outcome_recorded_on ? ` (on ${a.outcome_recorded_on})` : ''}; an outcome is recorded once.`, { field: 'status' });
    const problem = appointmentDateProblem(a.appointment_date, status, today);
    if (problem) throw new InvalidInputError(problem, { field: 'status' });
    await trx
      .updateTable('appointments')
      .set({ status, outcome_recorded_on: today, version: sql`version + 1`, updated_by_label: actor.label, updated_at: sql`now()` })
      .where('id', '=', a.id)
      .execute();
    await appendAudit(trx, actor, { action: 'alteration', personId: c.personId, what: 'recorded an appointment outcome', details: { caseId: c.caseId, appointmentId: a.id, status, date: a.appointment_date } });
    const effects = await applyOutcome(trx, actor, c, { id: a.id, date: a.appointment_date, agencyId: a.agency_id }, status, today);
    return { ...(await appointmentOut(trx, actor, c, a.id)), ...effects };
  });
}

/** One appointment, for the API (with its version, for If-Match). Logged as a consultation. */
export async function viewAppointment(deps: AppointmentDeps, actor: Actor, appointmentId: number): Promise<AppointmentOut> {
  // A read, as readCase is (whose answer lists the case's appointments): the
  // same permission, and the same case rules through caseById.
  requirePermission(actor, 'person:view');
  return deps.db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('appointments').select('case_id').where('id', '=', appointmentId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
    if (!a) throw new NotFoundError(`No appointment ${appointmentId} that you may see in this partnership.`);
    const c = await caseById(trx, actor, a.case_id, `appointment ${appointmentId}`);
    const out = await appointmentOut(trx, actor, c, appointmentId);
    // By an agency that leads neither the person nor this case, a disclosure
    // under an agreement with the case's lead, as readCase has it (sharing/disclosures.ts).
    const basis = c.leadsPerson ? { action: 'consultation' as const, agreementId: null } : await personReadBasis(trx, actor, c.leadAgencyId);
    await appendAudit(trx, actor, {
      action: basis.action,
      personId: c.personId,
      what: 'viewed an appointment',
      details: { channel: 'api', caseId: c.caseId, appointmentId, agreementId: basis.agreementId },
    });
    return out;
  });
}

// ---- the disengagement pathway ---------------------------------------------------------------

export type DisengagementKey = { disengagementId: number } | PersonKey;

/** The lead records the route and outcome: staff of the agency leading the case, scheme managers and administrators. */
function requireMayDecide(actor: Actor, c: CaseRow): void {
  if (!leadOrManager(actor, c.isLead)) throw new ForbiddenError('Only the agency that leads the case (or a scheme manager or administrator) records the route and outcome of the disengagement pathway.');
}

async function disengagementFor(trx: Transaction<DB>, actor: Actor, key: DisengagementKey) {
  let c: CaseRow;
  let id: number;
  if ('disengagementId' in key) {
    const d = await trx.selectFrom('disengagements').select(['case_id']).where('id', '=', key.disengagementId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
    if (!d) throw new NotFoundError(`No disengagement pathway ${key.disengagementId} that you may see in this partnership.`);
    c = await caseById(trx, actor, d.case_id, `disengagement pathway ${key.disengagementId}`);
    requireMayDecide(actor, c);
    id = key.disengagementId;
  } else {
    c = await openCaseOf(trx, actor, key);
    requireMayDecide(actor, c);
    const d = await trx.selectFrom('disengagements').select('id').where('case_id', '=', c.caseId).where('stage', '<>', 'concluded').executeTakeFirst();
    if (!d) throw new ConflictError(`${c.personRef}'s case has no disengagement pathway in progress: a further missed appointment opens one.`);
    id = d.id;
  }
  const row = await trx
    .selectFrom('disengagements')
    .select(['id', 'stage', 'opened_on', 'route', 'route_on', 'outcome', 'concluded_on', 'version', 'updated_by_label', 'updated_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { c, row };
}

function disengagementOut(c: CaseRow, r: { id: number; stage: DisengagementStage; opened_on: IsoDate; route: DisengagementRoute | null; route_on: IsoDate | null; outcome: string | null; concluded_on: IsoDate | null; version: number }): DisengagementOut {
  return { id: r.id, caseId: c.caseId, personId: c.personId, personRef: c.personRef, stage: r.stage, since: r.opened_on, route: r.route, routeOn: r.route_on, outcome: r.outcome, concludedOn: r.concluded_on, version: r.version };
}

const stageWords = (r: { stage: DisengagementStage; route: DisengagementRoute | null }) =>
  r.stage === 'opened' ? 'No route is recorded yet.' : r.stage === 'route_chosen' ? `The route is now ${DISENGAGEMENT_ROUTE_LABELS[r.route!].toLowerCase()}.` : 'It is now concluded.';

/** The lead records the route taken on the pathway: enforcement, breach or return to court. */
export async function recordDisengagementRoute(deps: AppointmentDeps, actor: Actor, key: DisengagementKey, input: { route: unknown; date?: unknown; version?: number }): Promise<DisengagementOut> {
  requirePermission(actor, 'case:work');
  const given = typeof input.route === 'string' ? input.route.trim() : '';
  // As the labels word it ("Return to court") or as its code (return_to_court): the message names the routes in words, which every door takes.
  const route = given.toLowerCase().replace(/[\s-]+/g, '_');
  if (!(DISENGAGEMENT_ROUTES as string[]).includes(route)) {
    const words = DISENGAGEMENT_ROUTES.map((r) => DISENGAGEMENT_ROUTE_LABELS[r].toLowerCase());
    throw new InvalidInputError(`Choose the route taken: ${words.slice(0, -1).join(', ')} or ${words.at(-1)}${given ? `, not "${given}"` : ''}.`, { field: 'route' });
  }
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const date = dateOrToday(input.date, today, 'The date of the route', 'date');
  return deps.db.transaction().execute(async (trx) => {
    const { c, row } = await disengagementFor(trx, actor, key);
    requireVersion(input.version, row, 'This disengagement pathway', stageWords(row));
    const problem = disengagementStepProblem(row.stage, 'route');
    if (problem) throw new ConflictError(problem, { field: 'route' });
    if (date < row.opened_on) throw new InvalidInputError(`The route cannot be taken before the pathway opened on ${row.opened_on}.`, { field: 'date' });
    const saved = await trx
      .updateTable('disengagements')
      .set({ stage: 'route_chosen', route: route as DisengagementRoute, route_on: date, version: sql`version + 1`, updated_by_label: actor.label, updated_at: sql`now()` })
      .where('id', '=', row.id)
      .returning(['id', 'stage', 'opened_on', 'route', 'route_on', 'outcome', 'concluded_on', 'version'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alteration', personId: c.personId, what: 'recorded the route of the disengagement pathway', details: { caseId: c.caseId, disengagementId: row.id, route, date } });
    return disengagementOut(c, saved);
  });
}

/** The lead records the outcome of the route taken, which concludes the pathway. */
export async function recordDisengagementOutcome(deps: AppointmentDeps, actor: Actor, key: DisengagementKey, input: { outcome: unknown; date?: unknown; version?: number }): Promise<DisengagementOut> {
  requirePermission(actor, 'case:work');
  const outcome = text(input.outcome, 'the outcome', 'outcome', { required: true })!;
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const date = dateOrToday(input.date, today, 'The date of the outcome', 'date');
  return deps.db.transaction().execute(async (trx) => {
    const { c, row } = await disengagementFor(trx, actor, key);
    requireVersion(input.version, row, 'This disengagement pathway', stageWords(row));
    const problem = disengagementStepProblem(row.stage, 'outcome');
    if (problem) throw new ConflictError(problem, { field: 'outcome' });
    if (row.route_on && date < row.route_on) throw new InvalidInputError(`The outcome cannot come before the route was taken on ${row.route_on}.`, { field: 'date' });
    const saved = await trx
      .updateTable('disengagements')
      .set({ stage: 'concluded', outcome, concluded_on: date, version: sql`version + 1`, updated_by_label: actor.label, updated_at: sql`now()` })
      .where('id', '=', row.id)
      .returning(['id', 'stage', 'opened_on', 'route', 'route_on', 'outcome', 'concluded_on', 'version'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alteration', personId: c.personId, what: 'recorded the outcome of the disengagement pathway', details: { caseId: c.caseId, disengagementId: row.id, date } });
    return disengagementOut(c, saved);
  });
}

// ---- release planning (the prison link) -----------------------------------------------------

async function releaseTaskOut(trx: Executor, actor: Actor, c: CaseRow, ids: readonly number[]): Promise<ReleaseTaskOut[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('case_actions')
    .select(['id', 'kind', 'description', 'owner_agency_id', 'due_date', 'status', 'told_whom', 'told_on', 'outcome', 'version'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
  const health = await seesHealth(trx, actor, c);
  return rows.map((r) => {
    const hide = r.kind === 'release_treatment' && !health;
    return {
      id: r.id,
      caseId: c.caseId,
      personId: c.personId,
      personRef: c.personRef,
      kind: r.kind as ReleaseTaskKind,
      description: r.description,
      ownerAgencyId: r.owner_agency_id,
      dueDate: r.due_date,
      status: r.status,
      toldWhom: hide ? null : r.told_whom,
      toldOn: r.told_on,
      outcome: hide ? null : r.outcome,
      withheld: hide ? HEALTH_WITHHELD : null,
      version: r.version,
    };
  });
}

/** The expected release of the person's current custody (on today), if any. */
async function currentExpectedRelease(trx: Executor, personId: number, today: IsoDate): Promise<{ inCustody: boolean; expected: IsoDate | null }> {
  const p = await trx
    .selectFrom('custody_periods')
    .select(['expected_release_date'])
    .where('person_id', '=', personId)
    .where('reception_date', '<=', today)
    .where((eb) => eb.or([eb('release_date', 'is', null), eb('release_date', '>', today)]))
    .orderBy('reception_date', 'desc')
    .executeTakeFirst();
  return { inCustody: Boolean(p), expected: p?.expected_release_date ?? null };
}

/**
 * Plans the release: the three tasks (accommodation, treatment continuity,
 * police told), due a week before the expected release (or today, when it is
 * nearer), each owned by the team's agency of that kind, else the lead. The
 * expected release is the current custody's, unless given.
 */
export async function planRelease(deps: AppointmentDeps, actor: Actor, key: PersonKey, input: { expectedRelease?: unknown; scheme?: string | null } = {}): Promise<ReleasePlanOut> {
  requirePermission(actor, 'case:work');
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const given = input.expectedRelease === undefined || input.expectedRelease === null || input.expectedRelease === '' ? null : requireIsoDate(typeof input.expectedRelease === 'string' ? input.expectedRelease.trim() : input.expectedRelease, 'The expected release date', 'expectedRelease');
  return deps.db.transaction().execute(async (trx) => {
    const c = await openCaseOf(trx, actor, key, input.scheme ?? undefined);
    await requireMayChange(trx, actor, c.caseId);
    const custody = await currentExpectedRelease(trx, c.personId, today);
    const expected = given ?? custody.expected;
    if (!expected)
      throw new ConflictError(
        custody.inCustody ? `No expected release date is recorded for ${c.personRef}'s current custody: give the expected release date.` : `${c.personRef} is not in custody on ${today}: give the expected release date to plan a release.`,
        { field: 'expectedRelease' },
      );
    const problem = expectedReleaseProblem(expected, today);
    if (problem) throw new InvalidInputError(problem, { field: 'expectedRelease' });
    const open = await trx.selectFrom('case_actions').select('id').where('case_id', '=', c.caseId).where('kind', 'in', RELEASE_TASKS.map((t) => t.kind)).where('status', '=', 'open').execute();
    // Not how many are open: the treatment-continuity task is health detail, so the count could tell it.
    if (open.length) throw new ConflictError(`${c.personRef}'s release is already being planned: record who was told on its open tasks first.`);
    const team = await trx.selectFrom('case_team').innerJoin('agencies', 'agencies.id', 'case_team.agency_id').select(['agencies.id', 'agencies.kind']).where('case_team.case_id', '=', c.caseId).execute();
    const dueDate = releaseTaskDueDate(expected, today);
    const rows = await trx
      .insertInto('case_actions')
      .values(
        RELEASE_TASKS.map((t) => ({
          partnership_id: actor.partnershipId,
          case_id: c.caseId,
          person_id: c.personId,
          kind: t.kind,
          description: `${t.title} (release expected ${expected})`,
          owner_agency_id: team.find((m) => m.kind === t.ownerKind)?.id ?? c.leadAgencyId,
          due_date: dueDate,
          created_by: actor.userId,
          created_by_label: actor.label,
        })),
      )
      .returning('id')
      .execute();
    const ids = rows.map((r) => r.id);
    await appendAudit(trx, actor, { action: 'collection', personId: c.personId, what: 'planned a release from custody', details: { caseId: c.caseId, actionIds: ids, expectedRelease: expected, dueDate } });
    return { personRef: c.personRef, caseId: c.caseId, expectedRelease: expected, tasks: await releaseTaskOut(trx, actor, c, ids) };
  });
}

/** Records who was told of the release, and when: the task is then done. Treatment continuity is health detail, recorded only by those who may see it. */
export async function recordReleaseTask(deps: AppointmentDeps, actor: Actor, input: { actionId: number; toldWhom: unknown; toldOn?: unknown; note?: unknown; version?: number }): Promise<ReleaseTaskOut> {
  requirePermission(actor, 'case:work');
  const toldWhom = text(input.toldWhom, 'who was told', 'toldWhom', { required: true })!;
  const note = text(input.note, 'the note', 'note', { required: false });
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const toldOn = dateOrToday(input.toldOn, today, 'The date they were told', 'toldOn');
  return deps.db.transaction().execute(async (trx) => {
    const a0 = await trx.selectFrom('case_actions').select(['case_id']).where('id', '=', input.actionId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
    if (!a0) throw new NotFoundError(`No case action ${input.actionId} that you may see in this partnership.`);
    const c = await caseById(trx, actor, a0.case_id, `case action ${input.actionId}`);
    await requireMayChange(trx, actor, c.caseId);
    const a = await trx
      .selectFrom('case_actions')
      .select(['id', 'kind', 'status', 'told_whom', 'told_on', 'created_at', 'version', 'updated_by_label', 'updated_at'])
      .where('id', '=', input.actionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!isReleaseTaskKind(a.kind)) throw new ConflictError(`Case action ${a.id} is not a release planning task (it is ${a.kind.replace(/_/g, ' ')}).`);
    if (a.kind === 'release_treatment' && !(await seesHealth(trx, actor, c)))
      throw new ForbiddenError('Treatment continuity is drug-treatment detail: it is recorded by drug-service staff and the agency that leads the case, unless the person consented to share it with your agency.');
    requireVersion(input.version, a, 'This release planning task', a.status === 'open' ? 'It is still open.' : `It is now ${a.status}${a.told_on ? `, told on ${a.told_on}` : ''}.`);
    if (a.status !== 'open') throw new ConflictError(`This release planning task is already ${a.status}${a.told_on ? ` (told on ${a.told_on})` : ''}.`);
    const early = doneOnProblem('The date they were told cannot be', toldOn, c.openedOn, actionSetOn({ createdAt: a.created_at }, today), 'task');
    if (early) throw new InvalidInputError(early, { field: 'toldOn' });
    await trx
      .updateTable('case_actions')
      .set({ status: 'done', told_whom: toldWhom, told_on: toldOn, completed_on: toldOn, outcome: note, version: sql`version + 1`, updated_by_label: actor.label, updated_at: sql`now()` })
      .where('id', '=', a.id)
      .execute();
    await appendAudit(trx, actor, { action: 'alteration', personId: c.personId, what: 'recorded a release planning task', details: { caseId: c.caseId, actionId: a.id, kind: a.kind, toldOn } });
    return (await releaseTaskOut(trx, actor, c, [a.id]))[0]!;
  });
}

// ---- the partnership's outreach window --------------------------------------------------------

export async function outreachDays(deps: AppointmentDeps, actor: Actor): Promise<{ outreachDays: number }> {
  requirePermission(actor, 'case:work');
  const p = await deps.db.selectFrom('partnerships').select('outreach_days').where('id', '=', actor.partnershipId).executeTakeFirstOrThrow();
  return { outreachDays: p.outreach_days };
}

/** Sets how many days after a missed appointment its outreach is due (0 to 60): administrators only. Applies to misses recorded from now on. */
export async function setOutreachDays(deps: AppointmentDeps, actor: Actor, days: unknown): Promise<{ outreachDays: number; was: number }> {
  requirePermission(actor, 'case:work');
  if (actor.role !== 'administrator') throw new ForbiddenError('Only an administrator may set the days to assertive outreach.');
  const n = typeof days === 'number' ? days : typeof days === 'string' && /^\s*\d+\s*$/.test(days) ? Number(days) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 60) throw new InvalidInputError(`The days to assertive outreach must be a whole number from 0 to 60, not "${String(days)}".`, { field: 'days' });
  return deps.db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('partnerships').select('outreach_days').where('id', '=', actor.partnershipId).forUpdate().executeTakeFirstOrThrow();
    await trx.updateTable('partnerships').set({ outreach_days: n }).where('id', '=', actor.partnershipId).execute();
    await appendAudit(trx, actor, { action: 'alteration', personId: null, what: 'set the days to assertive outreach', details: { was: p.outreach_days, days: n } });
    return { outreachDays: n, was: p.outreach_days };
  });
}

/** Built once by the composition root (src/services.ts). */
/** Whose case an appointment belongs to, in the actor's partnership, or null (as personOfAction, for a refused form on its row). */
export async function personOfAppointment(deps: AppointmentDeps, actor: Actor, appointmentId: number): Promise<number | null> {
  requirePermission(actor, 'case:work');
  const r = await deps.db.selectFrom('appointments').select('person_id').where('id', '=', appointmentId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  return r ? Number(r.person_id) : null;
}

export function appointmentService(deps: AppointmentDeps) {
  return {
    personOf: (actor: Actor, appointmentId: number) => personOfAppointment(deps, actor, appointmentId),
    record: (actor: Actor, key: PersonKey, input: NewAppointment) => recordAppointment(deps, actor, key, input),
    recordOutcome: (actor: Actor, input: Parameters<typeof recordOutcome>[2]) => recordOutcome(deps, actor, input),
    view: (actor: Actor, appointmentId: number) => viewAppointment(deps, actor, appointmentId),
    recordDisengagementRoute: (actor: Actor, key: DisengagementKey, input: Parameters<typeof recordDisengagementRoute>[3]) => recordDisengagementRoute(deps, actor, key, input),
    recordDisengagementOutcome: (actor: Actor, key: DisengagementKey, input: Parameters<typeof recordDisengagementOutcome>[3]) => recordDisengagementOutcome(deps, actor, key, input),
    planRelease: (actor: Actor, key: PersonKey, input?: Parameters<typeof planRelease>[3]) => planRelease(deps, actor, key, input),
    recordReleaseTask: (actor: Actor, input: Parameters<typeof recordReleaseTask>[2]) => recordReleaseTask(deps, actor, input),
    outreachDays: (actor: Actor) => outreachDays(deps, actor),
    setOutreachDays: (actor: Actor, days: unknown) => setOutreachDays(deps, actor, days),
  };
}
