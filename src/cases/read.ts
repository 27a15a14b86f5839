// The case as its readers see it (CaseView of model.ts): the case page, GET
// /api/v1/people/{personRef}/case and `waymark case show`. Read in one
// transaction with need-to-know applied (health and drug-treatment detail left
// out, with the reason, for those who may not see it) and logged as a
// consultation in the same transaction. Also the lookups every case service
// shares: the person behind a key, the actor's agency, the open case.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { leadsCase, maySee, visiblePeople, WITHHELD_BECAUSE } from '../access/need-to-know.js';
import { can, JustificationRequiredError, requirePermission } from '../access/permissions.js';
import { addMonths, type IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { HEALTH_PATHWAYS, type AlertKind, type AssessmentKind, type CaseActionKind, type NeedRating, type Pathway } from '../glossary.js';
import { consentInForce } from '../people/consent.js';
import { actorAgencyId } from '../access/actor-agency.js';
import { personReadBasis } from '../sharing/disclosures.js';
import type { CaseView, CustodyStatus } from './model.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** A person named by id (the web) or by reference (the API and the CLI). */
export type PersonKey = { personId: number } | { personRef: string };

/** What a reader of a case in place of withheld purpose text sees. */
export const WITHHELD_TEXT = 'Withheld (health or drug-treatment detail)';

/**
 * The person behind a key, if this actor may see them, with whether the
 * actor's agency leads their case. A person the actor may not see is "not
 * found", in words that never repeat the key (a restricted person's reference
 * must not come back to those not named on them).
 */
export async function personFor(trx: Executor, actor: Actor, key: PersonKey, opts: { lock?: boolean } = {}) {
  let q = trx
    .selectFrom('people')
    .select(['id', 'person_ref', 'restricted', 'lead_agency_id'])
    .select(visiblePeople(actor).as('visible'))
    .select(leadsCase(actor).as('is_lead'))
    .where('partnership_id', '=', actor.partnershipId);
  q = 'personId' in key ? q.where('id', '=', key.personId) : q.where('person_ref', '=', key.personRef);
  const p = await (opts.lock ? q.forUpdate() : q).executeTakeFirst();
  if (!p || !p.visible) throw new NotFoundError('There is no person you may see at this address.');
  return { id: p.id, personRef: p.person_ref, restricted: p.restricted, leadAgencyId: p.lead_agency_id, isLead: Boolean(p.is_lead) };
}

/** The person's open case (the latest opened, when on more than one scheme), or undefined. */
export async function openCaseOf(trx: Executor, partnershipId: number, personId: number, opts: { lock?: boolean } = {}) {
  const q = trx
    .selectFrom('cases')
    .selectAll()
    .where('partnership_id', '=', partnershipId)
    .where('person_id', '=', personId)
    .where('closed_on', 'is', null)
    .orderBy('opened_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1);
  return (opts.lock ? q.forUpdate() : q).executeTakeFirst();
}

/** Whether the actor's health view of this person is allowed (need-to-know for health). */
export async function seesHealth(trx: Executor, actor: Actor, person: { id: number; isLead: boolean }): Promise<boolean> {
  if (maySee(actor, 'health', { isLead: person.isLead })) return true;
  const consent = await consentInForce(trx, actor.partnershipId, person.id);
  return maySee(actor, 'health', { isLead: person.isLead, consent: consent?.scope ?? null });
}

/**
 * Reads the person's open case for display, with need-to-know applied, and
 * logs the consultation. null when the person has no open case (still logged:
 * the reader learnt that). A restricted person's case needs a justification.
 */
export async function readCase(
  db: Kysely<DB>,
  actor: Actor,
  key: PersonKey,
  today: IsoDate,
  opts: { justification?: string; channel?: 'web' | 'api' | 'cli' } = {},
): Promise<CaseView | null> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, key);
    const justification = opts.justification?.trim() || null;
    if (person.restricted && !justification) throw new JustificationRequiredError();
    const c = await openCaseOf(trx, actor.partnershipId, person.id);
    // A read by an agency that leads neither the person nor the case shown is
    // a disclosure to it, refused without an information-sharing agreement
    // with the case's lead (the person's, with no case), on every door, as for
    // the person record. A second open case may be led by another agency than
    // the person's lead; that agency reads its own case as its lead.
    const basis = person.isLead ? { action: 'consultation' as const, agreementId: null } : await personReadBasis(trx, actor, c ? c.lead_agency_id : person.leadAgencyId);
    const action = basis.action;
    const channel = { channel: opts.channel ?? 'web', agreementId: basis.agreementId };
    if (!c) {
      await appendAudit(trx, actor, { action, personId: person.id, what: 'viewed case', justification, details: { ...channel, caseId: null } });
      return null;
    }
    const seeHealth = await seesHealth(trx, actor, person);
    const seeDrugTests = maySee(actor, 'drug_tests');
    const view = await buildCaseView(trx, c, person, today, { seeHealth, seeDrugTests });
    await appendAudit(trx, actor, {
      action,
      personId: person.id,
      what: 'viewed case',
      justification,
      details: { ...channel, caseId: c.id, healthWithheld: !seeHealth },
    });
    return view;
  });
}

type CaseRow = NonNullable<Awaited<ReturnType<typeof openCaseOf>>>;

async function buildCaseView(
  trx: Transaction<DB>,
  c: CaseRow,
  person: { id: number; personRef: string },
  today: IsoDate,
  see: { seeHealth: boolean; seeDrugTests: boolean },
): Promise<CaseView> {
  const head = await trx
    .selectFrom('cases')
    .innerJoin('schemes', 'schemes.id', 'cases.scheme_id')
    .innerJoin('agencies', 'agencies.id', 'cases.lead_agency_id')
    .leftJoin('users', 'users.id', 'cases.case_manager_id')
    .select(['schemes.code as scheme_code', 'schemes.name as scheme_name', 'agencies.name as lead_name', 'agencies.kind as lead_kind', 'users.display_name as manager_name'])
    .where('cases.id', '=', c.id)
    .executeTakeFirstOrThrow();
  const team = await trx
    .selectFrom('case_team')
    .innerJoin('agencies', 'agencies.id', 'case_team.agency_id')
    .leftJoin('users', 'users.id', 'case_team.user_id')
    .select(['case_team.agency_id', 'agencies.name', 'agencies.kind', 'case_team.role', 'case_team.user_id', 'users.display_name'])
    .where('case_team.case_id', '=', c.id)
    .orderBy(sql`case_team.role = 'lead'`, 'desc')
    .orderBy('agencies.name')
    .execute();
  const assessments = await trx
    .selectFrom('needs_assessments')
    .leftJoin('agencies', 'agencies.id', 'needs_assessments.agency_id')
    .select(['needs_assessments.id', 'needs_assessments.kind', 'needs_assessments.assessment_date', 'agencies.name as agency'])
    .where('needs_assessments.case_id', '=', c.id)
    .orderBy('needs_assessments.assessment_date', 'desc')
    .orderBy('needs_assessments.id', 'desc')
    .execute();
  const ratings = assessments.length
    ? await trx
        .selectFrom('needs_ratings')
        .select(['assessment_id', 'pathway', 'rating', 'note'])
        .where(
          'assessment_id',
          'in',
          assessments.map((a) => a.id),
        )
        .execute()
    : [];
  const actions = await trx
    .selectFrom('case_actions')
    .leftJoin('agencies', 'agencies.id', 'case_actions.owner_agency_id')
    .selectAll('case_actions')
    .select('agencies.name as owner_name')
    .where('case_actions.case_id', '=', c.id)
    .orderBy(sql`case_actions.status = 'open'`, 'desc')
    .orderBy('case_actions.due_date')
    .orderBy('case_actions.id')
    .execute();
  const appointments = await trx
    .selectFrom('appointments')
    .leftJoin('agencies', 'agencies.id', 'appointments.agency_id')
    .select(['appointments.id', 'appointments.appointment_date', 'appointments.purpose', 'appointments.status', 'appointments.version', 'agencies.name as agency', 'agencies.kind as agency_kind'])
    .where('appointments.case_id', '=', c.id)
    .orderBy('appointments.appointment_date', 'desc')
    .orderBy('appointments.id', 'desc')
    .execute();
  const alerts = await trx
    .selectFrom('alerts')
    .selectAll()
    .where('case_id', '=', c.id)
    .orderBy(sql`acknowledged_at IS NULL`, 'desc')
    .orderBy('raised_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const disengagement = await trx.selectFrom('disengagements').selectAll().where('case_id', '=', c.id).orderBy(sql`stage <> 'concluded'`, 'desc').orderBy('opened_on', 'desc').limit(1).executeTakeFirst();
  const notes = await trx
    .selectFrom('case_notes')
    .leftJoin('agencies', 'agencies.id', 'case_notes.agency_id')
    .select(['case_notes.id', 'case_notes.note_date', 'case_notes.author_label', 'case_notes.sensitivity', 'case_notes.body', 'agencies.name as agency'])
    .where('case_notes.case_id', '=', c.id)
    .orderBy('case_notes.note_date', 'desc')
    .orderBy('case_notes.id', 'desc')
    .execute();
  const custodyRows = await trx
    .selectFrom('custody_periods')
    .select(['kind', 'reception_date', 'release_date', 'expected_release_date', 'establishment'])
    .where('person_id', '=', person.id)
    .where('reception_date', '<=', today)
    .where((eb) => eb.or([eb('release_date', 'is', null), eb('release_date', '>', today)]))
    .orderBy('reception_date', 'desc')
    .limit(1)
    .execute();

  const healthPathway = (p: Pathway | null) => p !== null && HEALTH_PATHWAYS.includes(p);
  // Health and drug-treatment detail: release treatment tasks and plan actions
  // on the health pathways, health ratings, health notes, drug-service appointments' purpose.
  const hiddenAction = (kind: CaseActionKind, pathway: Pathway | null) => !see.seeHealth && (kind === 'release_treatment' || healthPathway(pathway));
  const hiddenAlert = (kind: AlertKind) => !see.seeDrugTests && kind === 'positive_drug_test';

  const cust = custodyRows[0];
  const custody: CustodyStatus = cust
    ? {
        inCustody: true,
        kind: cust.kind,
        since: cust.reception_date,
        expectedRelease: cust.expected_release_date,
        establishment: cust.establishment,
        releaseDueSoon: cust.expected_release_date !== null && cust.expected_release_date >= today && cust.expected_release_date <= addMonths(today, 3),
      }
    : { inCustody: false, kind: null, since: null, expectedRelease: null, establishment: null, releaseDueSoon: false };

  return {
    caseId: c.id,
    personId: person.id,
    personRef: person.personRef,
    scheme: { code: head.scheme_code, name: head.scheme_name },
    lead: { agencyId: c.lead_agency_id, agency: head.lead_name, agencyKind: head.lead_kind },
    caseManager: c.case_manager_id !== null && head.manager_name !== null ? { userId: c.case_manager_id, name: head.manager_name } : null,
    openedOn: c.opened_on,
    closedOn: c.closed_on,
    version: c.version,
    team: team.map((t) => ({ agencyId: t.agency_id, agency: t.name, agencyKind: t.kind, role: t.role, userId: t.user_id, worker: t.display_name })),
    assessments: assessments.map((a) => ({
      id: a.id,
      kind: a.kind as AssessmentKind,
      date: a.assessment_date,
      agency: a.agency,
      ratings: ratings
        .filter((r) => r.assessment_id === a.id && (see.seeHealth || !healthPathway(r.pathway as Pathway)))
        .map((r) => ({ pathway: r.pathway as Pathway, rating: r.rating as NeedRating, note: r.note }))
        .sort((x, y) => PATHWAY_ORDER[x.pathway] - PATHWAY_ORDER[y.pathway]),
    })),
    actions: actions
      .filter((a) => !hiddenAction(a.kind, a.pathway))
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        pathway: a.pathway,
        description: a.description,
        ownerAgency: a.owner_name,
        dueDate: a.due_date,
        status: a.status,
        outcome: a.outcome,
        completedOn: a.completed_on,
        overdue: a.status === 'open' && a.due_date < today,
        appointmentId: a.appointment_id,
        toldWhom: a.told_whom,
        toldOn: a.told_on,
        version: a.version,
      })),
    appointments: appointments.map((a) => ({
      id: a.id,
      date: a.appointment_date,
      purpose: !see.seeHealth && a.agency_kind === 'drug_service' ? WITHHELD_TEXT : a.purpose,
      agency: a.agency,
      status: a.status,
      version: a.version,
    })),
    alerts: alerts
      .filter((a) => !hiddenAlert(a.kind))
      .map((a) => ({
        id: a.id,
        kind: a.kind,
        raisedOn: a.raised_on,
        aboutDate: a.about_date,
        detail: a.detail,
        recipients: [...a.recipients],
        acknowledgedBy: a.acknowledged_by_label,
        acknowledgedAt: a.acknowledged_at ? new Date(a.acknowledged_at).toISOString() : null,
        version: a.version,
      })),
    disengagement: disengagement
      ? {
          id: disengagement.id,
          stage: disengagement.stage,
          since: disengagement.opened_on,
          route: disengagement.route,
          routeOn: disengagement.route_on,
          outcome: disengagement.outcome,
          concludedOn: disengagement.concluded_on,
          version: disengagement.version,
        }
      : null,
    notes: notes
      .filter((n) => see.seeHealth || n.sensitivity !== 'health')
      .map((n) => ({ id: n.id, date: n.note_date, author: n.author_label, agency: n.agency, sensitivity: n.sensitivity, body: n.body })),
    custody,
    healthWithheld: see.seeHealth ? null : WITHHELD_BECAUSE.health,
    today,
  };
}

const PATHWAY_ORDER: Record<Pathway, number> = {
  accommodation: 0,
  education_training_employment: 1,
  health: 2,
  drugs_alcohol: 3,
  finance_benefit_debt: 4,
  children_families: 5,
  attitudes_thinking_behaviour: 6,
};

/** Refuses a change to a case unless the actor's agency is on its team, or the actor manages schemes or administers (or is the CLI operator). */
export async function requireMayChange(trx: Executor, actor: Actor, caseId: number): Promise<void> {
  if (!(await mayChangeCase(trx, actor, caseId))) throw new ForbiddenError("Only the agencies on the case's team, scheme managers and administrators may change this case.");
}

/** Whether the actor may change the case (requireMayChange's rule): case work, by an agency on its team, a scheme manager or an administrator. */
export async function mayChangeCase(trx: Executor, actor: Actor, caseId: number): Promise<boolean> {
  if (!can(actor, 'case:work')) return false;
  if (actor.userId === null || actor.role === 'scheme_manager' || actor.role === 'administrator') return true;
  const agencyId = await actorAgencyId(trx, actor);
  return agencyId !== null && (await trx.selectFrom('case_team').select('id').where('case_id', '=', caseId).where('agency_id', '=', agencyId).executeTakeFirst()) !== undefined;
}

/** The lead agency's staff, a scheme manager, an administrator or the CLI operator: who moves a case's lead (changeLead) and decides its disengagement pathway. */
export function leadOrManager(actor: Actor, isLead: boolean): boolean {
  return actor.userId === null || actor.role === 'scheme_manager' || actor.role === 'administrator' || isLead;
}

/** What the actor may do to the person's case, by the rules the services apply, so that a page offers only the forms its reader may use. */
export interface CaseRights {
  /** Open a case (case:work). */
  open: boolean;
  /** Change the open case: its manager and team, assessments, actions, notes, appointments, release planning. */
  change: boolean;
  /** Move the lead to another agency. */
  moveLead: boolean;
  /** Record the disengagement pathway's route and outcome. */
  decideDisengagement: boolean;
}

export async function caseRights(trx: Executor, actor: Actor, person: { id: number; isLead: boolean }): Promise<CaseRights> {
  const work = can(actor, 'case:work');
  const c = work ? await openCaseOf(trx, actor.partnershipId, person.id) : undefined;
  const change = c !== undefined && (await mayChangeCase(trx, actor, c.id));
  const agencyId = c ? await actorAgencyId(trx, actor) : null;
  const isLead = c ? agencyId !== null && agencyId === c.lead_agency_id : person.isLead;
  return { open: work, change, moveLead: change && leadOrManager(actor, isLead), decideDisengagement: work && leadOrManager(actor, isLead) };
}
