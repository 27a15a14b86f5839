// Cases (SPEC 3.5): opening a case, its lead, case manager and team; caseloads; needs assessments; plan actions; case notes; the case as its readers see it.
// Every write needs case:work, a person the actor may see, and (for a case
// already open) an agency on the case's team, or a scheme manager or
// administrator. Each change is one transaction with its audit entry; edits of
// a versioned row are refused when stale (db/versions.ts).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { can, requirePermission } from '../access/permissions.js';
import { isIsoDate, type IsoDate } from '../calendar/dates.js';
import { requireVersion } from '../db/versions.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, type DoorAdvice } from '../errors.js';
import { PATHWAYS, PATHWAY_LABELS, type AssessmentKind, type NeedRating, type NoteSensitivity, type Pathway } from '../glossary.js';
import { partnershipToday } from '../partnerships/service.js';
import { actorAgencyId } from '../access/actor-agency.js';
import { caseRights, leadOrManager, openCaseOf, personFor, readCase, requireMayChange, seesHealth, type PersonKey } from './read.js';
import { readCaseload, type CaseloadQuery } from './caseload.js';
import { actionSetOn, datedBeforeCaseProblem, doneOnProblem, dueDateProblem } from './case-dates.js';

export type { PersonKey } from './read.js';
export type { Caseload, CaseloadRow, CaseloadView } from './caseload.js';

const RATINGS: readonly NeedRating[] = ['none', 'low', 'medium', 'high'];

interface Deps {
  db: Kysely<DB>;
  clock: Clock;
}

/** An agency or a user named by id (forms) or by code/username (the API and the CLI). */
export type AgencyRef = number | string;
export type UserRef = number | string;

/**
 * What the pathways are, for a refusal of one: the API and the CLI take their
 * codes, so they are named there; the web's forms offer them by name (a
 * select, a rating per pathway), so a page adds nothing but the message.
 */
const PATHWAY_ADVICE: DoorAdvice = {
  web: '',
  api: `The pathways are ${PATHWAYS.join(', ')}.`,
  cli: `The pathways are ${PATHWAYS.join(', ')}.`,
};

function text(value: unknown, field: string, what: string, max = 2000): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s === '') throw new InvalidInputError(`Give ${what}.`, { field });
  if (s.length > max) throw new InvalidInputError(`${what[0]!.toUpperCase()}${what.slice(1)} is too long: at most ${max} characters (it has ${s.length}).`, { field });
  return s;
}

const capital = (what: string) => `${what[0]!.toUpperCase()}${what.slice(1)}`;

function optionalText(value: unknown, field: string, what: string, max = 2000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidInputError(`${capital(what)} must be text.`, { field });
  const s = value.trim();
  if (s.length > max) throw new InvalidInputError(`${capital(what)} is too long: at most ${max} characters.`, { field });
  return s === '' ? null : s;
}

/** A date given, or the fallback when none is; `what` names the field in the refusal ("The due date"). */
function dateOr(value: unknown, fallback: IsoDate, field: string, what = 'The date'): IsoDate {
  if (value === undefined || value === null || value === '') return fallback;
  const s = typeof value === 'string' ? value.trim() : '';
  if (!isIsoDate(s)) throw new InvalidInputError(`${what} must be a real date written YYYY-MM-DD, not "${String(value)}".`, { field });
  return s;
}

function notAfter(date: IsoDate, today: IsoDate, field: string, what: string): void {
  if (date > today) throw new InvalidInputError(`${what} cannot be after today (${today}).`, { field });
}

/** Refuses a date case-dates.ts finds implausible, naming the field. */
function refuse(problem: string | null, field: string): void {
  if (problem) throw new InvalidInputError(problem, { field });
}

/** The agency named; `what` names the field in a refusal ("the lead agency"). */
async function agencyOf(trx: Transaction<DB>, actor: Actor, ref: AgencyRef | undefined | null, field: string, what: string) {
  if (ref === undefined || ref === null || ref === '') throw new InvalidInputError(`Choose ${what}.`, { field });
  const asId = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : null;
  let q = trx.selectFrom('agencies').select(['id', 'name', 'kind', 'code']).where('partnership_id', '=', actor.partnershipId);
  q = asId !== null ? q.where('id', '=', asId) : q.where('code', '=', String(ref).trim());
  const a = await q.executeTakeFirst();
  if (!a) throw new InvalidInputError(`No agency ${ref} in this partnership: choose ${what} from this partnership's agencies.`, { field });
  return a;
}

/**
 * A user named to work a case (its manager, a named worker): one who may do
 * case work (SPEC 3.8), as the forms' lists offer. A board member or an
 * analyst sees no individual's case, so would manage one they could not open.
 */
async function userOf(trx: Transaction<DB>, actor: Actor, ref: UserRef | undefined | null, field: string, what: string) {
  if (ref === undefined || ref === null || ref === '') return null;
  const asId = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : null;
  let q = trx.selectFrom('users').select(['id', 'display_name', 'agency_id', 'disabled', 'role']).where('partnership_id', '=', actor.partnershipId);
  q = asId !== null ? q.where('id', '=', asId) : q.where('username', '=', String(ref).trim());
  const u = await q.executeTakeFirst();
  if (!u) throw new InvalidInputError(`No user ${ref} in this partnership: choose ${what} from this partnership's users.`, { field });
  if (u.disabled) throw new InvalidInputError(`User ${ref} is disabled, so cannot be ${what}.`, { field });
  if (!can({ role: u.role }, 'case:work')) throw new InvalidInputError(`${u.display_name} (${u.role.replace('_', ' ')}) does not do case work, so cannot manage or work a case.`, { field });
  return u;
}

/** The version an edit of a case expects: given, or read off an If-Match once the case is known. */
export type ExpectedCaseVersion = number | ((caseId: number) => number | undefined) | undefined;
const expected = (v: ExpectedCaseVersion, caseId: number) => (typeof v === 'function' ? v(caseId) : v);

/** The person's open case, ready to change: locked, and the actor allowed to change it. */
async function caseToChange(trx: Transaction<DB>, actor: Actor, key: PersonKey) {
  requirePermission(actor, 'case:work');
  const person = await personFor(trx, actor, key);
  const c = await openCaseOf(trx, actor.partnershipId, person.id, { lock: true });
  if (!c) throw new NotFoundError('This person has no open case. Open one first.');
  await requireMayChange(trx, actor, c.id);
  return { person, c };
}

/** Raises the case's version: every change to its lead, manager or team is a versioned edit of the case. */
async function bumpCase(trx: Transaction<DB>, actor: Actor, clock: Clock, caseId: number, set: { lead_agency_id?: number; case_manager_id?: number | null } = {}) {
  await trx
    .updateTable('cases')
    .set((eb) => ({ ...set, version: eb('version', '+', 1), updated_by_label: actor.label, updated_at: clock.now() }))
    .where('id', '=', caseId)
    .execute();
}

export interface OpenCaseInput {
  schemeCode: string;
  leadAgency: AgencyRef;
  caseManager?: UserRef | null;
  openedOn?: string;
}

export async function openCase({ db, clock }: Deps, actor: Actor, key: PersonKey, input: OpenCaseInput) {
  requirePermission(actor, 'case:work');
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const person = await personFor(trx, actor, key, { lock: true });
    const code = text(input.schemeCode, 'scheme', 'the scheme', 50);
    const scheme = await trx.selectFrom('schemes').select(['id', 'code']).where('partnership_id', '=', actor.partnershipId).where('code', '=', code).executeTakeFirst();
    if (!scheme) throw new InvalidInputError(`No scheme ${code} in this partnership.`, { field: 'scheme' });
    const existing = await trx.selectFrom('cases').select('id').where('person_id', '=', person.id).where('scheme_id', '=', scheme.id).where('closed_on', 'is', null).executeTakeFirst();
    if (existing) throw new ConflictError(`This person already has an open case on ${scheme.code}.`, { field: 'scheme' });
    const openedOn = dateOr(input.openedOn, today, 'openedOn', 'The date opened');
    notAfter(openedOn, today, 'openedOn', 'A case');
    const membership = await trx
      .selectFrom('memberships')
      .select('id')
      .where('person_id', '=', person.id)
      .where('scheme_id', '=', scheme.id)
      .where('start_date', '<=', today)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
      .executeTakeFirst();
    if (!membership) throw new ConflictError(`This person is not on ${scheme.code} today, so no case can be opened on it.`, { field: 'scheme' });
    const lead = await agencyOf(trx, actor, input.leadAgency, 'leadAgency', 'the lead agency');
    const manager = await userOf(trx, actor, input.caseManager, 'caseManager', 'the case manager');
    const c = await trx
      .insertInto('cases')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, scheme_id: scheme.id, lead_agency_id: lead.id, case_manager_id: manager?.id ?? null, opened_on: openedOn, updated_by_label: actor.label })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('case_team')
      .values({ case_id: c.id, agency_id: lead.id, user_id: manager && manager.agency_id === lead.id ? manager.id : null, role: 'lead', added_on: openedOn })
      .execute();
    if (manager && manager.agency_id !== lead.id) {
      await trx.insertInto('case_team').values({ case_id: c.id, agency_id: manager.agency_id, user_id: manager.id, role: 'case manager', added_on: openedOn }).execute();
    }
    // The person's lead (which need-to-know reads) is set by their first open
    // case; a second case on another scheme leaves it to that case's lead.
    const others = await trx.selectFrom('cases').select('id').where('person_id', '=', person.id).where('closed_on', 'is', null).where('id', '<>', c.id).executeTakeFirst();
    if (!others || person.leadAgencyId === null) await trx.updateTable('people').set({ lead_agency_id: lead.id }).where('id', '=', person.id).execute();
    await appendAudit(trx, actor, {
      action: 'collection',
      personId: person.id,
      what: 'opened case',
      details: { caseId: c.id, scheme: scheme.code, leadAgencyId: lead.id, caseManagerId: manager?.id ?? null, openedOn },
    });
    return { caseId: c.id, personId: person.id, personRef: person.personRef, version: c.version };
  });
}

export interface LeadInput {
  leadAgency: AgencyRef;
  caseManager?: UserRef | null;
  version?: ExpectedCaseVersion;
}

/** Changes the lead agency and the case manager: a versioned edit of the case. The lead also becomes the person's lead (need-to-know reads it). */
export async function changeLead({ db, clock }: Deps, actor: Actor, key: PersonKey, input: LeadInput) {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    const now = await describeCase(trx, c.id);
    requireVersion(expected(input.version, c.id), c, 'This case', now);
    const lead = await agencyOf(trx, actor, input.leadAgency, 'leadAgency', 'the lead agency');
    const manager = await userOf(trx, actor, input.caseManager, 'caseManager', 'the case manager');
    // Leading a case opens its health detail to the lead (need-to-know), so a
    // team member may not hand the lead to their own agency: only the lead
    // agency, a scheme manager or an administrator moves it.
    if (lead.id !== c.lead_agency_id && !leadOrManager(actor, (await actorAgencyId(trx, actor)) === c.lead_agency_id)) {
      throw new ForbiddenError('Only the lead agency, a scheme manager or an administrator may change which agency leads a case.');
    }
    if (lead.id !== c.lead_agency_id) {
      await trx.updateTable('case_team').set({ role: 'partner' }).where('case_id', '=', c.id).where('role', '=', 'lead').execute();
      const onTeam = await trx.selectFrom('case_team').select('id').where('case_id', '=', c.id).where('agency_id', '=', lead.id).executeTakeFirst();
      if (onTeam) await trx.updateTable('case_team').set({ role: 'lead' }).where('id', '=', onTeam.id).execute();
      else await trx.insertInto('case_team').values({ case_id: c.id, agency_id: lead.id, role: 'lead', added_on: today }).execute();
    }
    if (manager) {
      const row = await trx.selectFrom('case_team').select(['id', 'user_id']).where('case_id', '=', c.id).where('agency_id', '=', manager.agency_id).executeTakeFirst();
      if (row && row.user_id === null) await trx.updateTable('case_team').set({ user_id: manager.id }).where('id', '=', row.id).execute();
      if (!row) await trx.insertInto('case_team').values({ case_id: c.id, agency_id: manager.agency_id, user_id: manager.id, role: 'case manager', added_on: c.opened_on }).execute();
    }
    await bumpCase(trx, actor, clock, c.id, { lead_agency_id: lead.id, case_manager_id: manager?.id ?? null });
    if (person.leadAgencyId === null || person.leadAgencyId === c.lead_agency_id) await trx.updateTable('people').set({ lead_agency_id: lead.id }).where('id', '=', person.id).execute();
    await appendAudit(trx, actor, {
      action: 'alteration',
      personId: person.id,
      what: 'changed case lead or manager',
      details: { caseId: c.id, from: { leadAgencyId: c.lead_agency_id, caseManagerId: c.case_manager_id }, to: { leadAgencyId: lead.id, caseManagerId: manager?.id ?? null } },
    });
    return { caseId: c.id, version: c.version + 1 };
  });
}

/** How a case stands now, for a stale edit's message: its lead, manager and team. */
async function describeCase(trx: Transaction<DB>, caseId: number): Promise<string> {
  const c = await trx
    .selectFrom('cases')
    .innerJoin('agencies', 'agencies.id', 'cases.lead_agency_id')
    .leftJoin('users', 'users.id', 'cases.case_manager_id')
    .select(['agencies.name as lead', 'users.display_name as manager'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const team = await trx.selectFrom('case_team').innerJoin('agencies', 'agencies.id', 'case_team.agency_id').select(['agencies.name', 'case_team.role']).where('case_id', '=', caseId).orderBy('agencies.name').execute();
  return `It is now led by ${c.lead}, case manager ${c.manager ?? 'none'}, with the team ${team.map((t) => `${t.name} (${t.role})`).join(', ')}.`;
}

export interface TeamInput {
  agency: AgencyRef;
  role: string;
  worker?: UserRef | null;
  version?: ExpectedCaseVersion;
}

/** Adds an agency to the team, or changes its role or named worker (one role per agency). */
export async function setTeamMember({ db, clock }: Deps, actor: Actor, key: PersonKey, input: TeamInput) {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    requireVersion(expected(input.version, c.id), c, 'This case', await describeCase(trx, c.id));
    const agency = await agencyOf(trx, actor, input.agency, 'agency', 'the agency on the team');
    const worker = await userOf(trx, actor, input.worker, 'worker', 'the named worker');
    if (worker && worker.agency_id !== agency.id) throw new InvalidInputError(`The worker named must work for ${agency.name}.`, { field: 'worker' });
    const existing = await trx.selectFrom('case_team').select(['id', 'role']).where('case_id', '=', c.id).where('agency_id', '=', agency.id).executeTakeFirst();
    let role: string;
    if (existing?.role === 'lead') {
      // The lead agency's role is the lead's: this names its worker. Another
      // role given for it was once dropped without a word.
      const given = typeof input.role === 'string' ? input.role.trim() : '';
      if (given !== '' && given.toLowerCase() !== 'lead') {
        throw new InvalidInputError(`${agency.name} leads this case, so its role on the case is lead: leave the role empty (or "lead") to change its named worker, or change the lead agency first.`, { field: 'role' });
      }
      role = 'lead';
    } else {
      role = text(input.role, 'role', "the agency's role on the case", 100);
      if (role.toLowerCase() === 'lead') throw new InvalidInputError('The lead is changed with the lead agency, not as a team role.', { field: 'role' });
    }
    if (existing) await trx.updateTable('case_team').set({ role, user_id: worker?.id ?? null }).where('id', '=', existing.id).execute();
    else await trx.insertInto('case_team').values({ case_id: c.id, agency_id: agency.id, user_id: worker?.id ?? null, role, added_on: today }).execute();
    await bumpCase(trx, actor, clock, c.id);
    await appendAudit(trx, actor, { action: 'alteration', personId: person.id, what: existing ? 'changed case team member' : 'added case team member', details: { caseId: c.id, agencyId: agency.id, role, workerId: worker?.id ?? null } });
    return { caseId: c.id, version: c.version + 1 };
  });
}

/** Takes an agency off the team (never the lead: change the lead first). */
export async function removeTeamMember({ db, clock }: Deps, actor: Actor, key: PersonKey, input: { agency: AgencyRef; version?: ExpectedCaseVersion }) {
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    requireVersion(expected(input.version, c.id), c, 'This case', await describeCase(trx, c.id));
    const agency = await agencyOf(trx, actor, input.agency, 'agency', 'the agency to take off the team');
    const row = await trx.selectFrom('case_team').select(['id', 'role']).where('case_id', '=', c.id).where('agency_id', '=', agency.id).executeTakeFirst();
    if (!row) throw new NotFoundError(`${agency.name} is not on this case's team.`, { field: 'agency' });
    if (row.role === 'lead') throw new ConflictError(`${agency.name} leads this case: change the lead before taking it off the team.`, { field: 'agency' });
    // Off the team, an agency no longer sees the case's actions (SPEC 3.5: no one silently drops out), so its open ones must move first.
    const owned = await trx.selectFrom('case_actions').select(['description', 'due_date']).where('case_id', '=', c.id).where('owner_agency_id', '=', agency.id).where('status', '=', 'open').orderBy('due_date').execute();
    if (owned.length > 0) {
      const first = owned[0]!;
      throw new ConflictError(
        `${agency.name} owns ${owned.length === 1 ? 'an open action' : `${owned.length} open actions`} on this case ("${first.description}", due ${first.due_date}${owned.length > 1 ? ', and others' : ''}): record ${owned.length === 1 ? 'its' : 'their'} outcome (done, or cancelled with a new action for another agency) before taking ${agency.name} off the team.`,
        { field: 'agency' },
      );
    }
    await trx.deleteFrom('case_team').where('id', '=', row.id).execute();
    await bumpCase(trx, actor, clock, c.id);
    await appendAudit(trx, actor, { action: 'alteration', personId: person.id, what: 'removed case team member', details: { caseId: c.id, agencyId: agency.id } });
    return { caseId: c.id, version: c.version + 1 };
  });
}

export interface AssessmentInput {
  kind: string;
  date?: string;
  /** Every pathway rated none, low, medium or high, with an optional note. */
  ratings: Partial<Record<string, { rating: string; note?: string | null }>>;
}

/** Records a needs assessment (initial or follow-up) rating all seven pathways. */
export async function recordAssessment({ db, clock }: Deps, actor: Actor, key: PersonKey, input: AssessmentInput) {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    const kind = input.kind;
    if (kind !== 'initial' && kind !== 'follow_up') throw new InvalidInputError('The kind of assessment is initial or follow_up.', { field: 'kind' });
    const date = dateOr(input.date, today, 'date', 'The date of the assessment');
    notAfter(date, today, 'date', 'An assessment');
    refuse(datedBeforeCaseProblem('An assessment', date, c.opened_on), 'date');
    const extra = Object.keys(input.ratings ?? {}).filter((k) => !(PATHWAYS as readonly string[]).includes(k));
    if (extra.length) throw new InvalidInputError(`Unknown pathway ${extra.join(', ')}.`, { field: `ratings.${extra[0]}` }, PATHWAY_ADVICE);
    const ratings = PATHWAYS.map((pathway) => {
      const r = input.ratings?.[pathway];
      if (!r || !RATINGS.includes(r.rating as NeedRating)) throw new InvalidInputError(`Rate ${PATHWAY_LABELS[pathway]}: none, low, medium or high.`, { field: `ratings.${pathway}` });
      return { pathway, rating: r.rating as NeedRating, note: optionalText(r.note, `ratings.${pathway}.note`, `the note on ${PATHWAY_LABELS[pathway]}`) };
    });
    if (kind === 'initial') {
      const first = await trx.selectFrom('needs_assessments').select('id').where('case_id', '=', c.id).where('kind', '=', 'initial').executeTakeFirst();
      if (first) throw new ConflictError('This case already has its initial assessment: record a follow-up.', { field: 'kind' });
    }
    const a = await trx
      .insertInto('needs_assessments')
      .values({ partnership_id: actor.partnershipId, case_id: c.id, person_id: person.id, kind: kind as AssessmentKind, assessment_date: date, agency_id: await actorAgencyId(trx, actor), created_by: actor.userId, created_by_label: actor.label })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('needs_ratings').values(ratings.map((r) => ({ assessment_id: a.id, ...r }))).execute();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: 'recorded needs assessment', details: { caseId: c.id, assessmentId: a.id, kind, date } });
    return { id: a.id, caseId: c.id, kind: kind as AssessmentKind, date };
  });
}

export interface ActionInput {
  pathway: string;
  description: string;
  ownerAgency: AgencyRef;
  dueDate: string;
}

/** Adds a plan action on a pathway, owned by an agency, due on a date. */
export async function addAction({ db, clock }: Deps, actor: Actor, key: PersonKey, input: ActionInput) {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    if (!(PATHWAYS as readonly string[]).includes(input.pathway)) throw new InvalidInputError('Choose the pathway.', { field: 'pathway' }, PATHWAY_ADVICE);
    const description = text(input.description, 'description', 'what is to be done', 500);
    const owner = await agencyOf(trx, actor, input.ownerAgency, 'ownerAgency', 'the owner agency');
    if (input.dueDate === undefined || input.dueDate === '') throw new InvalidInputError('Give the date the action is due.', { field: 'dueDate' });
    const dueDate = dateOr(input.dueDate, today, 'dueDate', 'The due date');
    refuse(dueDateProblem(dueDate, c.opened_on), 'dueDate');
    const row = await trx
      .insertInto('case_actions')
      .values({ partnership_id: actor.partnershipId, case_id: c.id, person_id: person.id, kind: 'plan', pathway: input.pathway as Pathway, description, owner_agency_id: owner.id, due_date: dueDate, created_by: actor.userId, created_by_label: actor.label, updated_by_label: actor.label })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: 'added plan action', details: { caseId: c.id, actionId: row.id, pathway: input.pathway, ownerAgencyId: owner.id, dueDate } });
    return { id: row.id, kind: 'plan' as const, pathway: input.pathway as Pathway, description, ownerAgency: owner.name, dueDate, status: 'open' as const, version: row.version };
  });
}

export interface OutcomeInput {
  status: string;
  outcome: string;
  completedOn?: string;
  version?: number;
}

/** Marks an action done or cancelled, with its outcome: a versioned edit. */
export async function recordActionOutcome({ db, clock }: Deps, actor: Actor, actionId: number, input: OutcomeInput) {
  requirePermission(actor, 'case:work');
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const a = await trx.selectFrom('case_actions').selectAll().where('id', '=', actionId).where('partnership_id', '=', actor.partnershipId).forUpdate().executeTakeFirst();
    if (!a) throw new NotFoundError('There is no action you may see at this address.');
    const person = await personFor(trx, actor, { personId: a.person_id });
    // An action that is health detail is not found by those who may not see it.
    if ((a.kind === 'release_treatment' || a.pathway === 'health' || a.pathway === 'drugs_alcohol') && !(await seesHealth(trx, actor, person))) throw new NotFoundError('There is no action you may see at this address.');
    await requireMayChange(trx, actor, a.case_id);
    requireVersion(input.version, a, 'This action', `It is now ${a.status}${a.outcome ? `, with the outcome "${a.outcome}"` : ''}, due ${a.due_date}.`);
    if (input.status !== 'done' && input.status !== 'cancelled') throw new InvalidInputError('Mark the action done or cancelled.', { field: 'status' });
    if (a.status !== 'open') throw new ConflictError(`This action is already ${a.status}.`, { field: 'status' });
    const outcome = text(input.outcome, 'outcome', 'the outcome', 1000);
    const completedOn = dateOr(input.completedOn, today, 'completedOn', 'The date completed');
    notAfter(completedOn, today, 'completedOn', 'An outcome');
    const kase = await trx.selectFrom('cases').select('opened_on').where('id', '=', a.case_id).executeTakeFirstOrThrow();
    const missed = a.appointment_id === null ? null : await trx.selectFrom('appointments').select('appointment_date').where('id', '=', a.appointment_id).executeTakeFirst();
    refuse(doneOnProblem('An outcome cannot be dated', completedOn, kase.opened_on, actionSetOn({ createdAt: a.created_at, missedOn: missed?.appointment_date ?? null }, today)), 'completedOn');
    const row = await trx
      .updateTable('case_actions')
      .set((eb) => ({ status: input.status as 'done' | 'cancelled', outcome, completed_on: completedOn, version: eb('version', '+', 1), updated_by_label: actor.label, updated_at: clock.now() }))
      .where('id', '=', a.id)
      .returning(['id', 'kind', 'status', 'due_date', 'outcome', 'completed_on', 'version'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'alteration', personId: person.id, what: 'recorded action outcome', details: { caseId: a.case_id, actionId: a.id, status: input.status, completedOn } });
    return { id: row.id, kind: row.kind, status: row.status, dueDate: row.due_date, outcome: row.outcome, completedOn: row.completed_on, version: row.version, personId: person.id };
  });
}

export interface NoteInput {
  body: string;
  sensitivity?: string;
  date?: string;
}

/** Adds a case note, signed with the author and their agency. */
export async function addNote({ db, clock }: Deps, actor: Actor, key: PersonKey, input: NoteInput) {
  const today = await partnershipToday(db, actor.partnershipId, clock);
  return db.transaction().execute(async (trx) => {
    const { person, c } = await caseToChange(trx, actor, key);
    const body = text(input.body, 'body', 'the note', 5000);
    const sensitivity = (input.sensitivity ?? 'normal') || 'normal';
    if (sensitivity !== 'normal' && sensitivity !== 'health') throw new InvalidInputError('The sensitivity is normal or health.', { field: 'sensitivity' });
    const date = dateOr(input.date, today, 'date', 'The date of the note');
    notAfter(date, today, 'date', 'A note');
    refuse(datedBeforeCaseProblem('A note', date, c.opened_on), 'date');
    const agencyId = await actorAgencyId(trx, actor);
    const row = await trx
      .insertInto('case_notes')
      .values({ partnership_id: actor.partnershipId, case_id: c.id, person_id: person.id, note_date: date, body, sensitivity: sensitivity as NoteSensitivity, author_id: actor.userId, author_label: actor.label, agency_id: agencyId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: 'added case note', details: { caseId: c.id, noteId: row.id, sensitivity, date } });
    return { id: row.id, caseId: c.id, date, sensitivity: sensitivity as NoteSensitivity, author: actor.label };
  });
}

/** What the case page's forms choose from (the schemes the person is on today, the partnership's agencies and users), and which forms the actor may use. */
export async function caseChoices({ db, clock }: Deps, actor: Actor, key: PersonKey) {
  requirePermission(actor, 'person:view');
  const today = await partnershipToday(db, actor.partnershipId, clock);
  const person = await personFor(db, actor, key);
  const names = await db.selectFrom('people').select(['family_name', 'given_names']).where('id', '=', person.id).executeTakeFirstOrThrow();
  const schemes = await db
    .selectFrom('memberships')
    .innerJoin('schemes', 'schemes.id', 'memberships.scheme_id')
    .select(['schemes.code', 'schemes.name'])
    .where('memberships.person_id', '=', person.id)
    .where('memberships.start_date', '<=', today)
    .where((eb) => eb.or([eb('memberships.end_date', 'is', null), eb('memberships.end_date', '>', today)]))
    .orderBy('schemes.code')
    .execute();
  const agencies = await db.selectFrom('agencies').select(['id', 'code', 'name', 'kind']).where('partnership_id', '=', actor.partnershipId).orderBy('name').execute();
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name as name', 'agency_id as agencyId'])
    .where('partnership_id', '=', actor.partnershipId)
    .where('disabled', '=', false)
    .where('role', 'in', ['practitioner', 'scheme_manager', 'administrator'])
    .orderBy('display_name')
    .execute();
  // Which forms to offer: by the rules the services apply to each change.
  const may = await caseRights(db, actor, person);
  return { personId: person.id, personRef: person.personRef, familyName: names.family_name, givenNames: names.given_names, today, schemes, agencies, users, may, pathways: PATHWAYS.map((p) => ({ value: p, text: PATHWAY_LABELS[p] })) };
}

/** Built once by the composition root (src/services.ts). */
/**
 * Whose case a case action (a plan action, an outreach or a release task)
 * belongs to, in the actor's partnership, or null: for drawing that case page
 * again when a form on the action's row is refused (the page itself checks
 * who may see it, and logs the view).
 */
export async function personOfAction(db: Kysely<DB>, actor: Actor, actionId: number): Promise<number | null> {
  requirePermission(actor, 'case:work');
  const r = await db.selectFrom('case_actions').select('person_id').where('id', '=', actionId).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  return r ? Number(r.person_id) : null;
}

export function caseService(deps: Deps) {
  const { db, clock } = deps;
  const today = (actor: Actor) => partnershipToday(db, actor.partnershipId, clock);
  return {
    personOfAction: (actor: Actor, actionId: number) => personOfAction(db, actor, actionId),
    /** The person's open case as the actor may see it (null when none is open); logged. */
    view: async (actor: Actor, key: PersonKey, opts: { justification?: string; channel?: 'web' | 'api' | 'cli' } = {}) => readCase(db, actor, key, await today(actor), opts),
    caseload: async (actor: Actor, q: CaseloadQuery = {}) => readCaseload(db, actor, await today(actor), q),
    choices: (actor: Actor, key: PersonKey) => caseChoices(deps, actor, key),
    open: (actor: Actor, key: PersonKey, input: OpenCaseInput) => openCase(deps, actor, key, input),
    changeLead: (actor: Actor, key: PersonKey, input: LeadInput) => changeLead(deps, actor, key, input),
    setTeamMember: (actor: Actor, key: PersonKey, input: TeamInput) => setTeamMember(deps, actor, key, input),
    removeTeamMember: (actor: Actor, key: PersonKey, input: { agency: AgencyRef; version?: ExpectedCaseVersion }) => removeTeamMember(deps, actor, key, input),
    recordAssessment: (actor: Actor, key: PersonKey, input: AssessmentInput) => recordAssessment(deps, actor, key, input),
    addAction: (actor: Actor, key: PersonKey, input: ActionInput) => addAction(deps, actor, key, input),
    actionOutcome: (actor: Actor, actionId: number, input: OutcomeInput) => recordActionOutcome(deps, actor, actionId, input),
    addNote: (actor: Actor, key: PersonKey, input: NoteInput) => addNote(deps, actor, key, input),
  };
}
