// Consent to share a person's health and drug-treatment detail (SPEC 3.8):
// recorded with the date it was given and its scope (every agency of the
// partnership, or some kinds of agency), withdrawn with a date, and every
// change logged. need-to-know.ts reads the consent in force to decide who else
// may see the detail; this module only keeps it.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { AGENCY_KINDS, leadsCase, mayRecordConsent, maySee, visiblePeople, type ConsentScope } from '../access/need-to-know.js';
import { requirePermission } from '../access/permissions.js';
import type { Clock } from '../calendar/clock.js';
import { isIsoDate, type IsoDate } from '../calendar/dates.js';
import type { AgencyKind, DB } from '../db/schema.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, type DoorAdvice } from '../errors.js';
import { partnershipToday } from '../partnerships/service.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface HealthConsent {
  personId: number;
  givenDate: IsoDate;
  scope: ConsentScope;
  recordedBy: string;
  recordedAt: string;
}

/** What a person's page shows about consent, and whether this viewer may change it. */
export interface ConsentView {
  consent: HealthConsent | null;
  mayRecord: boolean;
}

/** How each door says a scope: the form's boxes in words; the API's and the CLI's values. */
const SCOPE_ADVICE: DoorAdvice = {
  web: 'Tick "Every agency of the partnership", or the kinds of agency.',
  api: `Send "all", or a list of agency kinds: ${AGENCY_KINDS.join(', ')}.`,
  cli: `Use --scope all, or agency kinds separated by commas: ${AGENCY_KINDS.join(', ')}.`,
};

/**
 * Reads a scope as typed at the CLI or sent by a form or the API: "all", or
 * agency kinds separated by commas (or given as a list).
 */
export function parseConsentScope(input: unknown): ConsentScope {
  const parts = (Array.isArray(input) ? input : typeof input === 'string' ? input.split(',') : [])
    .map((s) => (typeof s === 'string' ? s.trim() : ''))
    .filter((s) => s !== '');
  if (parts.length === 0) throw new InvalidInputError('Say whom the person agreed to share with.', { field: 'scope' }, SCOPE_ADVICE);
  if (parts.includes('all')) {
    if (parts.length > 1) throw new InvalidInputError('Consent is to share with every agency or with the kinds of agency named, not both.', { field: 'scope' }, SCOPE_ADVICE);
    return 'all';
  }
  const unknown = parts.filter((p) => !AGENCY_KINDS.includes(p as AgencyKind));
  if (unknown.length) throw new InvalidInputError(`Unknown agency kind ${unknown.map((u) => `"${u}"`).join(', ')} in the scope.`, { field: 'scope' }, SCOPE_ADVICE);
  return [...new Set(parts as AgencyKind[])].sort();
}

/** The consent in force for a person, if any (no permission check: callers decide what to show). */
export async function consentInForce(db: Executor, partnershipId: number, personId: number): Promise<HealthConsent | null> {
  const row = await db
    .selectFrom('health_consents')
    .select(['person_id', 'given_date', 'share_with_all', 'agency_kinds', 'recorded_by_label', 'recorded_at'])
    .where('partnership_id', '=', partnershipId)
    .where('person_id', '=', personId)
    .where('withdrawn_date', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    personId: row.person_id,
    givenDate: row.given_date,
    scope: row.share_with_all ? 'all' : [...row.agency_kinds],
    recordedBy: row.recorded_by_label,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

/** The person, if this actor may see them, and whether the actor's agency leads the case. Locks the row in a transaction. */
async function personFor(trx: Transaction<DB>, actor: Actor, personId: number) {
  const p = await trx
    .selectFrom('people')
    .select(['id', 'person_ref'])
    .select(visiblePeople(actor).as('visible'))
    .select(leadsCase(actor).as('is_lead'))
    .where('id', '=', personId)
    .where('partnership_id', '=', actor.partnershipId)
    .forUpdate()
    .executeTakeFirst();
  if (!p || !p.visible) throw new NotFoundError(`No person ${personId} that you may see in this partnership.`);
  return p;
}

function requireMayRecord(actor: Actor, isLead: boolean): void {
  if (!mayRecordConsent(actor, { isLead }))
    throw new ForbiddenError('Only staff of the agency that leads the case, drug-service staff and administrators may record or withdraw consent to share health detail.');
}

function dateOrToday(date: string | undefined, today: IsoDate, field: string): IsoDate {
  if (date === undefined || date.trim() === '') return today;
  const d = date.trim();
  if (!isIsoDate(d)) throw new InvalidInputError(`The date must be YYYY-MM-DD, not "${d}".`, { field });
  return d;
}

export interface ConsentDeps {
  db: Kysely<DB>;
  clock: Clock;
}

/** What the person page shows: the consent in force and whether this viewer may change it. */
export async function viewConsent({ db }: ConsentDeps, actor: Actor, personId: number): Promise<ConsentView> {
  requirePermission(actor, 'person:view');
  const p = await db
    .selectFrom('people')
    .select(visiblePeople(actor).as('visible'))
    .select(leadsCase(actor).as('is_lead'))
    .where('id', '=', personId)
    .where('partnership_id', '=', actor.partnershipId)
    .executeTakeFirst();
  if (!p || !p.visible) throw new NotFoundError(`No person ${personId} that you may see in this partnership.`);
  return { consent: await consentInForce(db, actor.partnershipId, personId), mayRecord: mayRecordConsent(actor, { isLead: Boolean(p.is_lead) }) };
}

/**
 * Records consent given on a date (the partnership's today unless given) with
 * its scope. A consent already in force is replaced: it is withdrawn on the
 * new consent's date, so the history shows what held when.
 */
export async function recordConsent(deps: ConsentDeps, actor: Actor, input: { personId: number; scope: unknown; givenDate?: string }): Promise<HealthConsent> {
  requirePermission(actor, 'person:view');
  const scope = parseConsentScope(input.scope);
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const givenDate = dateOrToday(input.givenDate, today, 'givenDate');
  if (givenDate > today) throw new InvalidInputError(`Consent cannot be given in the future (${givenDate} is after ${today}).`, { field: 'givenDate' });
  return deps.db.transaction().execute(async (trx) => {
    const p = await personFor(trx, actor, input.personId);
    requireMayRecord(actor, Boolean(p.is_lead));
    const current = await trx.selectFrom('health_consents').select(['id', 'given_date']).where('person_id', '=', p.id).where('withdrawn_date', 'is', null).executeTakeFirst();
    if (current) {
      if (givenDate < current.given_date) throw new ConflictError(`The consent in force was given on ${current.given_date}; a new one cannot be dated before it.`, { field: 'givenDate' });
      await trx.updateTable('health_consents').set({ withdrawn_date: givenDate, withdrawn_by: actor.userId, withdrawn_by_label: actor.label }).where('id', '=', current.id).execute();
    }
    const row = await trx
      .insertInto('health_consents')
      .values({
        partnership_id: actor.partnershipId,
        person_id: p.id,
        given_date: givenDate,
        share_with_all: scope === 'all',
        agency_kinds: scope === 'all' ? [] : [...scope],
        recorded_by: actor.userId,
        recorded_by_label: actor.label,
      })
      .returning(['id', 'recorded_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, {
      action: 'alteration',
      personId: p.id,
      what: current ? 'replaced consent to share health detail' : 'recorded consent to share health detail',
      details: { consentId: row.id, givenDate, scope, replaced: current?.id ?? null },
    });
    return { personId: p.id, givenDate, scope, recordedBy: actor.label, recordedAt: new Date(row.recorded_at).toISOString() };
  });
}

/** Withdraws the consent in force, on a date (the partnership's today unless given). */
export async function withdrawConsent(deps: ConsentDeps, actor: Actor, input: { personId: number; date?: string }): Promise<{ personId: number; withdrawnDate: IsoDate }> {
  requirePermission(actor, 'person:view');
  const today = await partnershipToday(deps.db, actor.partnershipId, deps.clock);
  const date = dateOrToday(input.date, today, 'date');
  return deps.db.transaction().execute(async (trx) => {
    const p = await personFor(trx, actor, input.personId);
    requireMayRecord(actor, Boolean(p.is_lead));
    const current = await trx.selectFrom('health_consents').select(['id', 'given_date']).where('person_id', '=', p.id).where('withdrawn_date', 'is', null).executeTakeFirst();
    if (!current) throw new ConflictError('No consent to share health detail is in force for this person, so there is none to withdraw.');
    if (date < current.given_date) throw new InvalidInputError(`The consent was given on ${current.given_date}; it cannot be withdrawn before that.`, { field: 'date' });
    await trx.updateTable('health_consents').set({ withdrawn_date: date, withdrawn_by: actor.userId, withdrawn_by_label: actor.label }).where('id', '=', current.id).execute();
    await appendAudit(trx, actor, { action: 'alteration', personId: p.id, what: 'withdrew consent to share health detail', details: { consentId: current.id, withdrawnDate: date } });
    return { personId: p.id, withdrawnDate: date };
  });
}

/** Consent to share health detail. Built once by the composition root (src/services.ts). */
export function consentService(deps: ConsentDeps) {
  return {
    view: (actor: Actor, personId: number) => viewConsent(deps, actor, personId),
    record: (actor: Actor, input: Parameters<typeof recordConsent>[2]) => recordConsent(deps, actor, input),
    withdraw: (actor: Actor, input: Parameters<typeof withdrawConsent>[2]) => withdrawConsent(deps, actor, input),
  };
}

/**
 * Of these people, those whose health and drug-treatment detail this actor may
 * see (maySee 'health'): all of them for drug-service staff and the CLI
 * operator; otherwise those whose case the actor's agency leads, or whose
 * consent in force covers the actor's kind of agency.
 */
export async function healthVisible(db: Executor, actor: Actor, personIds: readonly number[]): Promise<Set<number>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Set();
  if (maySee(actor, 'health')) return new Set(ids);
  if (actor.role === 'board_member') return new Set();
  const rows = await db
    .selectFrom('people')
    .leftJoin('health_consents as c', (j) => j.onRef('c.person_id', '=', 'people.id').on('c.withdrawn_date', 'is', null))
    .select(['people.id', 'c.share_with_all', 'c.agency_kinds'])
    .select(leadsCase(actor).as('is_lead'))
    .where('people.partnership_id', '=', actor.partnershipId)
    .where(sql<boolean>`people.id = ANY(${ids}::bigint[])`)
    .execute();
  const out = new Set<number>();
  for (const r of rows) {
    const consent: ConsentScope | null = r.share_with_all === null ? null : r.share_with_all ? 'all' : (r.agency_kinds ?? []);
    if (maySee(actor, 'health', { isLead: Boolean(r.is_lead), consent })) out.add(r.id);
  }
  return out;
}
