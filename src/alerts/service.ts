// Alerts (SPEC 3.5): raised from imports and from the work, addressed to roles
// on the case ('lead': the lead agency's staff; 'team': staff of the agencies
// on the case team), and closed for everyone by one acknowledgement.
//
// Need to know: only people the viewer may see (need-to-know.ts), and a
// positive drug test only to those who may see drug test results; to anyone
// else the alert is left out of every list and count, as if it were not there,
// since even its kind would tell the result.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, IsoDate } from '../db/schema.js';
import type { AlertKind } from '../glossary.js';
import type { Clock } from '../calendar/clock.js';
import type { Actor } from '../access/actor.js';
import { actorAgencyId, actorOfUsername } from '../access/actor-agency.js';
import { requirePermission } from '../access/permissions.js';
import { healthVisible, isHealthAction, isOperator, maySee, visiblePeople } from '../access/need-to-know.js';
import { appendAudit, auditList } from '../access/audit.js';
import { requireVersion } from '../db/versions.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { requireIsoDate } from '../calendar/dates.js';
import { partnershipToday } from '../partnerships/service.js';
import { refreshTimedAlerts } from './generate.js';
import { addressedTo } from './raise.js';
import { caseReadable } from '../sharing/disclosures.js';
import { DEFAULT_LIMIT, decodeCursor, limitOf, pageOf } from '../formats/cursor.js';

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  arrested: 'Arrested',
  charged: 'Charged',
  positive_drug_test: 'Positive drug test',
  remanded: 'Remanded',
  released: 'Released from custody',
  missed_appointment: 'Missed appointment',
  review_due: 'Review due',
  release_due: 'Release due within 3 months',
};

export interface AlertView {
  id: number;
  kind: AlertKind;
  kindLabel: string;
  personId: number;
  personRef: string;
  /** "FAMILY, Given". */
  name: string;
  caseId: number | null;
  scheme: string | null;
  raisedOn: IsoDate;
  aboutDate: IsoDate | null;
  detail: string;
  recipients: string[];
  acknowledged: null | { by: string | null; at: string };
  version: number;
}

export interface AlertPage {
  alerts: AlertView[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
}

export interface OverdueAction {
  id: number;
  personId: number;
  name: string;
  kind: string;
  pathway: string | null;
  dueDate: IsoDate;
  days: number;
}

const MAX_LIMIT = 200;

type Db = Kysely<DB> | Transaction<DB>;

/** The actor's agency: from the actor, or looked up; null for the operator. */
/** Whom a list is for: the viewer's need to know, and their agency's alerts (all of them for the operator). */
interface Viewer {
  actor: Actor;
  agencyId: number | null;
}

function viewerConditions(v: Viewer) {
  const conds = [sql<boolean>`a.partnership_id = ${v.actor.partnershipId}`, visiblePeople(v.actor, 'p')];
  if (!maySee(v.actor, 'drug_tests')) conds.push(sql<boolean>`a.kind <> 'positive_drug_test'`);
  if (!isOperator(v.actor)) conds.push(v.agencyId === null ? sql<boolean>`false` : addressedTo({ id: v.agencyId, kind: v.actor.agencyKind }, { alert: 'a', leadAgencyColumn: 'c.lead_agency_id' }));
  // Not an alert on a case the reader's agency may not open without an agreement (the case would refuse it).
  conds.push(caseReadable(v.actor, v.agencyId, { caseLead: 'c.lead_agency_id', personLead: 'p.lead_agency_id' }));
  return sql.join(conds, sql` AND `);
}

interface AlertRow {
  id: number;
  kind: AlertKind;
  person_id: number;
  person_ref: string;
  family_name: string;
  given_names: string;
  case_id: number | null;
  scheme: string | null;
  raised_on: IsoDate;
  about_date: IsoDate | null;
  detail: string;
  recipients: string[];
  acknowledged_by_label: string | null;
  acknowledged_at: Date | string | null;
  version: number;
  lead_agency_id: number | null;
}

const SELECT = sql`a.id::int AS id, a.kind, a.person_id::int AS person_id, p.person_ref, p.family_name, p.given_names, a.case_id::int AS case_id, s.code AS scheme,
  a.raised_on::text AS raised_on, a.about_date::text AS about_date, a.detail, a.recipients, a.acknowledged_by_label, a.acknowledged_at, a.version, c.lead_agency_id
  FROM alerts a JOIN people p ON p.id = a.person_id LEFT JOIN cases c ON c.id = a.case_id LEFT JOIN schemes s ON s.id = c.scheme_id`;

function view(r: AlertRow): AlertView {
  return {
    id: Number(r.id),
    kind: r.kind,
    kindLabel: ALERT_KIND_LABELS[r.kind],
    personId: Number(r.person_id),
    personRef: r.person_ref,
    name: `${r.family_name.toUpperCase()}, ${r.given_names}`,
    caseId: r.case_id === null ? null : Number(r.case_id),
    scheme: r.scheme,
    raisedOn: r.raised_on,
    aboutDate: r.about_date,
    detail: r.detail,
    recipients: r.recipients,
    acknowledged: r.acknowledged_at ? { by: r.acknowledged_by_label, at: new Date(r.acknowledged_at).toISOString() } : null,
    version: Number(r.version),
  };
}

/** The alerts' cursor: [acknowledged (0 or 1), raised on, id], the list's sort key (src/formats/cursor.ts). */
function alertsAfter(cursor: string): { acked: 0 | 1; raisedOn: IsoDate; id: number } {
  const [acked, raisedOn, id] = decodeCursor(cursor, 3);
  if ((acked === 0 || acked === 1) && typeof raisedOn === 'string' && typeof id === 'number' && Number.isSafeInteger(id)) {
    return { acked, raisedOn: requireIsoDate(raisedOn, 'The cursor'), id };
  }
  throw new InvalidInputError('The cursor is not one this list gave out: start again from the first page.', { field: 'cursor' });
}

/**
 * The alerts addressed to the actor's agency (the operator: every alert, or
 * those of the user named), unacknowledged first, newest first, a page at a
 * time; the people shown are logged as one consultation.
 */
export async function listAlerts(db: Kysely<DB>, actor: Actor, input: { cursor?: string; limit?: unknown; forUser?: string } = {}): Promise<AlertPage> {
  requirePermission(actor, 'case:work');
  if (input.forUser !== undefined && !isOperator(actor)) throw new ForbiddenError('Only the operator at the command line may list the alerts of another user.');
  const limit = limitOf(input.limit, DEFAULT_LIMIT, MAX_LIMIT);
  const after = input.cursor ? alertsAfter(input.cursor) : null;
  return db.transaction().execute(async (trx) => {
    const seer = input.forUser !== undefined ? await actorOfUsername(trx, actor.partnershipId, input.forUser) : actor;
    const viewer: Viewer = { actor: seer, agencyId: await actorAgencyId(trx, seer) };
    const acked = sql`(a.acknowledged_at IS NOT NULL)::int`;
    const keyset = after
      ? sql<boolean>`(${acked} > ${after.acked} OR (${acked} = ${after.acked} AND (a.raised_on < ${after.raisedOn}::date OR (a.raised_on = ${after.raisedOn}::date AND a.id < ${after.id}))))`
      : sql<boolean>`true`;
    const rows = (
      await sql<AlertRow>`SELECT ${SELECT} WHERE ${viewerConditions(viewer)} AND ${keyset}
        ORDER BY ${acked}, a.raised_on DESC, a.id DESC LIMIT ${limit + 1}`.execute(trx)
    ).rows;
    const { items: page, next } = pageOf(rows.map(view), limit, (a) => [a.acknowledged ? 1 : 0, a.raisedOn, a.id]);
    if (page.length > 0) {
      await auditList(trx, actor, { what: input.forUser ? `alerts of user ${input.forUser}` : 'alerts', personIds: page.map((a) => a.personId), details: { alerts: page.map((a) => a.id) } });
    }
    return { alerts: page, next };
  });
}

/** How many alerts addressed to the actor's agency are unacknowledged (a count: no one is named). */
export async function unacknowledgedCount(db: Kysely<DB>, actor: Actor): Promise<number> {
  requirePermission(actor, 'case:work');
  const viewer: Viewer = { actor, agencyId: await actorAgencyId(db, actor) };
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM alerts a JOIN people p ON p.id = a.person_id LEFT JOIN cases c ON c.id = a.case_id
    WHERE ${viewerConditions(viewer)} AND a.acknowledged_at IS NULL`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * Acknowledges an alert addressed to the actor's agency, for everyone it is
 * addressed to. `expectedVersion` (a form's hidden field, an If-Match) refuses
 * the acknowledgement when someone else changed the alert first.
 */
export async function acknowledgeAlert(db: Kysely<DB>, actor: Actor, input: { alertId: number; expectedVersion?: number }, clock: Clock): Promise<AlertView> {
  requirePermission(actor, 'case:work');
  return db.transaction().execute(async (trx) => {
    const found = (
      await sql<AlertRow>`SELECT ${SELECT} WHERE a.id = ${input.alertId} AND a.partnership_id = ${actor.partnershipId} AND ${visiblePeople(actor, 'p')}
        FOR UPDATE OF a`.execute(trx)
    ).rows[0];
    if (!found || (found.kind === 'positive_drug_test' && !maySee(actor, 'drug_tests'))) throw new NotFoundError(`There is no alert ${input.alertId} among the alerts you may see.`);
    if (!isOperator(actor)) {
      const agencyId = await actorAgencyId(trx, actor);
      const on =
        agencyId === null
          ? undefined
          : (
              await sql<{ ok: boolean; readable: boolean }>`SELECT ${addressedTo({ id: agencyId, kind: actor.agencyKind }, { alert: 'a', leadAgencyColumn: 'c.lead_agency_id' })} AS ok,
                ${caseReadable(actor, agencyId, { caseLead: 'c.lead_agency_id', personLead: 'p.lead_agency_id' })} AS readable
                FROM alerts a JOIN people p ON p.id = a.person_id LEFT JOIN cases c ON c.id = a.case_id WHERE a.id = ${input.alertId}`.execute(trx)
            ).rows[0];
      // An alert on a case the agency may not open without an agreement is not among those it may see.
      if (on && !on.readable) throw new NotFoundError(`There is no alert ${input.alertId} among the alerts you may see.`);
      const mine = on?.ok === true;
      if (!mine) throw new ForbiddenError('This alert is not addressed to your agency on this case, so you may not acknowledge it.');
    }
    const by = found.acknowledged_by_label;
    const at = found.acknowledged_at ? new Date(found.acknowledged_at).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : null;
    // Already acknowledged is said as such, whatever version the caller saw:
    // there is nothing to make again (a stale version alone is a 412).
    if (found.acknowledged_at) throw new ConflictError(`This alert was already acknowledged by ${by ?? 'someone'} at ${at}.`);
    requireVersion(input.expectedVersion, { version: Number(found.version), updated_by_label: by, updated_at: found.acknowledged_at }, 'This alert', 'It is not acknowledged yet.');
    const now = clock.now();
    await trx
      .updateTable('alerts')
      .set({ acknowledged_by: actor.userId, acknowledged_by_label: actor.label, acknowledged_at: now, version: sql<number>`version + 1` })
      .where('id', '=', input.alertId)
      .execute();
    await appendAudit(trx, actor, { action: 'alteration', personId: Number(found.person_id), what: `acknowledged alert ${input.alertId}`, details: { alertId: input.alertId, kind: found.kind } }, clock);
    return view({ ...found, acknowledged_by_label: actor.label, acknowledged_at: now, version: Number(found.version) + 1 });
  });
}

/**
 * The open actions due before the date on cases where the actor's agency is
 * on the team (the operator: every case), oldest first. Health detail (release
 * treatment tasks, plan actions on the health pathways) only for drug-service
 * staff, the case's lead and agencies a consent covers; the people named are logged as one consultation.
 */
export async function overdueActions(db: Kysely<DB>, actor: Actor, asOf: IsoDate, show = 5): Promise<{ count: number; actions: OverdueAction[] }> {
  requirePermission(actor, 'case:work');
  return db.transaction().execute(async (trx) => {
    const agencyId = await actorAgencyId(trx, actor);
    const onTeam = isOperator(actor) ? sql<boolean>`true` : agencyId === null ? sql<boolean>`false` : sql<boolean>`EXISTS (SELECT 1 FROM case_team t WHERE t.case_id = k.case_id AND t.agency_id = ${agencyId})`;
    const health = sql<boolean>`(NOT ${isHealthAction('k')} OR ${healthVisible(actor, agencyId, { personId: 'k.person_id', leadAgencyId: 'c.lead_agency_id' })})`;
    const where = sql<boolean>`k.partnership_id = ${actor.partnershipId} AND k.status = 'open' AND k.due_date < ${asOf}::date AND c.closed_on IS NULL
      AND ${onTeam} AND ${health} AND ${visiblePeople(actor, 'p')}
      AND ${caseReadable(actor, agencyId, { caseLead: 'c.lead_agency_id', personLead: 'p.lead_agency_id' })}`;
    const from = sql`FROM case_actions k JOIN cases c ON c.id = k.case_id JOIN people p ON p.id = k.person_id`;
    const count = Number((await sql<{ n: number }>`SELECT count(*)::int AS n ${from} WHERE ${where}`.execute(trx)).rows[0]?.n ?? 0);
    const rows = (
      await sql<{ id: number; person_id: number; family_name: string; given_names: string; kind: string; pathway: string | null; due_date: IsoDate; days: number }>`
        SELECT k.id::int AS id, k.person_id::int AS person_id, p.family_name, p.given_names, k.kind, k.pathway, k.due_date::text AS due_date, (${asOf}::date - k.due_date)::int AS days
        ${from} WHERE ${where} ORDER BY k.due_date, k.id LIMIT ${show}`.execute(trx)
    ).rows;
    if (rows.length > 0) await auditList(trx, actor, { what: `overdue actions on ${asOf}`, personIds: rows.map((r) => Number(r.person_id)), details: { asOf } });
    return {
      count,
      actions: rows.map((r) => ({
        id: Number(r.id),
        personId: Number(r.person_id),
        name: `${r.family_name.toUpperCase()}, ${r.given_names}`,
        kind: r.kind,
        pathway: r.pathway,
        dueDate: r.due_date,
        days: Number(r.days),
      })),
    };
  });
}

/** Built once by the composition root (src/services.ts). */
export function alertService({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  // When each partnership's timed alerts were last brought up to date in this
  // process, so that pages may ask on every load and cost one query a minute.
  const refreshed = new Map<number, { asOf: IsoDate; at: number }>();
  const REFRESH_MS = 60_000;

  async function refresh(actor: Actor, input: { asOf?: string } = {}): Promise<{ asOf: IsoDate; raised: number }> {
    requirePermission(actor, 'case:work');
    const asOf = input.asOf ? requireIsoDate(input.asOf, 'The date', 'asOf') : await partnershipToday(db, actor.partnershipId, clock);
    const raised = await refreshTimedAlerts(db, actor.partnershipId, asOf);
    refreshed.set(actor.partnershipId, { asOf, at: clock.now().getTime() });
    return { asOf, raised };
  }

  return {
    list: (actor: Actor, input?: { cursor?: string; limit?: unknown; forUser?: string }) => listAlerts(db, actor, input),
    unacknowledgedCount: (actor: Actor) => unacknowledgedCount(db, actor),
    acknowledge: (actor: Actor, input: { alertId: number; expectedVersion?: number }) => acknowledgeAlert(db, actor, input, clock),
    overdueActions: (actor: Actor, asOf: IsoDate) => overdueActions(db, actor, asOf),
    /** Raises the timed alerts (review due, release due) on the date (default the partnership's today). Idempotent. */
    refresh,
    /** The timed alerts brought up to date for today, unless done in the last minute: for the pages' daily use. */
    async refreshIfStale(actor: Actor): Promise<void> {
      const asOf = await partnershipToday(db, actor.partnershipId, clock);
      const last = refreshed.get(actor.partnershipId);
      if (last && last.asOf === asOf && clock.now().getTime() - last.at < REFRESH_MS) return;
      await refresh(actor, { asOf });
    },
  };
}
