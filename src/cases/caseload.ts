// Caseloads (SPEC 3.5): a practitioner's own cases (case manager, or the named
// worker on the team), their agency's (the agency on the team), and what needs
// action today (open actions due today or overdue, unacknowledged alerts,
// appointments today) among those. Only open cases; only people the reader may
// see (visiblePeople); every list logged naming whom it showed.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { auditList } from '../access/audit.js';
import { healthVisible, isHealthAction, isOperator, maySee, visiblePeople } from '../access/need-to-know.js';
import { requirePermission } from '../access/permissions.js';
import type { IsoDate } from '../calendar/dates.js';
import type { DB } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';
import { pageOfSorted } from '../formats/cursor.js';
import { actorAgencyId, actorOfUsername } from '../access/actor-agency.js';
import { addressedTo } from '../alerts/raise.js';
import { caseReadable } from '../sharing/disclosures.js';

export const CASELOAD_VIEWS = ['mine', 'team', 'today'] as const;
export type CaseloadView = (typeof CASELOAD_VIEWS)[number];
export const CASELOAD_SORTS = ['person', 'scheme', 'lead', 'manager', 'opened', 'due', 'overdue', 'alerts'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export interface CaseloadQuery {
  view?: string;
  /** A scheme code. */
  scheme?: string;
  /** A lead agency code. */
  lead?: string;
  sort?: string;
  order?: string;
  /** Whose caseload (a username): the CLI operator's pick; anyone else reads their own. */
  username?: string;
  /** A page of it (the API): the cases after the cursor's, in the chosen order; absent: all of them. */
  page?: { cursor?: string; limit?: unknown };
}

export interface CaseloadRow {
  caseId: number;
  personId: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  scheme: string;
  lead: string;
  leadCode: string;
  caseManager: string | null;
  openedOn: IsoDate;
  openActions: number;
  overdueActions: number;
  /** The earliest due date of an open action. */
  nextDue: IsoDate | null;
  unacknowledgedAlerts: number;
  appointmentsToday: number;
}

export interface Caseload {
  view: CaseloadView;
  /** Whose caseload it is. */
  user: { id: number; username: string; name: string } | null;
  filters: { scheme: string | null; lead: string | null };
  sort: CaseloadSort;
  order: 'asc' | 'desc';
  counts: Record<CaseloadView, number>;
  /**
   * The reader's own or team's open cases not listed because their agency
   * may not open them without an information-sharing agreement with the
   * case's lead (caseReadable): a count, never who.
   */
  withheldForAgreement: number;
  /** What the page and the CLI say of them, when there are any. */
  withheldNote: string | null;
  cases: CaseloadRow[];
  /** What the filters may choose from. */
  schemes: { code: string; name: string }[];
  leads: { code: string; name: string }[];
  today: IsoDate;
  /** The cursor of the next page when a page was asked for and more follow; otherwise null. */
  next: string | null;
}

const SORT_SQL: Record<CaseloadSort, string> = {
  person: 'family_name, given_names',
  scheme: 'scheme',
  lead: 'lead',
  manager: 'manager',
  opened: 'opened_on',
  due: 'next_due',
  overdue: 'overdue_actions',
  alerts: 'unacknowledged_alerts',
};

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, field: string): T {
  if (value === undefined || value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidInputError(`${field} must be one of ${allowed.join(', ')}, not "${value}".`, { field });
  return value as T;
}

export async function readCaseload(db: Kysely<DB>, actor: Actor, today: IsoDate, q: CaseloadQuery = {}): Promise<Caseload> {
  requirePermission(actor, 'case:work');
  const view = oneOf(q.view, CASELOAD_VIEWS, 'mine', 'view');
  const sort = oneOf(q.sort, CASELOAD_SORTS, 'due', 'sort');
  const order = oneOf(q.order, ['asc', 'desc'] as const, sort === 'overdue' || sort === 'alerts' ? 'desc' : 'asc', 'order');
  const scheme = q.scheme?.trim() || null;
  const lead = q.lead?.trim() || null;
  return db.transaction().execute(async (trx) => {
    // Whose caseload: one's own; the CLI operator names a user.
    let user: Caseload['user'] = null;
    let agencyId: number | null;
    // Whose eyes the list is seen through: the user's own, or the user the operator names.
    let seer: Actor = actor;
    if (q.username !== undefined && q.username !== '' && actor.userId === null) {
      seer = await actorOfUsername(trx, actor.partnershipId, q.username);
      const u = await trx.selectFrom('users').select(['id', 'username', 'display_name']).where('id', '=', seer.userId!).executeTakeFirstOrThrow();
      user = { id: u.id, username: u.username, name: u.display_name };
      agencyId = seer.agencyId ?? null;
    } else if (actor.userId !== null) {
      const u = await trx.selectFrom('users').select(['id', 'username', 'display_name']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
      user = { id: u.id, username: u.username, name: u.display_name };
      agencyId = await actorAgencyId(trx, actor);
    } else {
      agencyId = null;
    }
    const uid = user?.id ?? -1;
    const aid = agencyId ?? -1;

    const mine = sql<boolean>`(c.case_manager_id = ${uid} OR EXISTS (SELECT 1 FROM case_team t WHERE t.case_id = c.id AND t.user_id = ${uid}))`;
    const team = sql<boolean>`EXISTS (SELECT 1 FROM case_team t WHERE t.case_id = c.id AND t.agency_id = ${aid})`;
    // Counts only what the reader may see on the case itself (need-to-know):
    // health actions under the health rule, drug-test alerts under the drug-test
    // rule, and only the alerts addressed to the reader's agency.
    const actionShown = sql<boolean>`(NOT ${isHealthAction('x')} OR ${healthVisible(seer, agencyId, { personId: 'c.person_id', leadAgencyId: 'c.lead_agency_id' })})`;
    const alertShown = sql<boolean>`(${maySee(seer, 'drug_tests') ? sql`true` : sql`al.kind <> 'positive_drug_test'`}
      AND ${isOperator(seer) ? sql`true` : addressedTo({ id: aid, kind: seer.agencyKind }, { alert: 'al', leadAgencyColumn: 'c.lead_agency_id' })})`;
    const rows = await sql<{
      case_id: number;
      person_id: number;
      person_ref: string;
      family_name: string;
      given_names: string;
      scheme: string;
      lead: string;
      lead_code: string;
      manager: string | null;
      opened_on: IsoDate;
      open_actions: number;
      overdue_actions: number;
      next_due: IsoDate | null;
      unacknowledged_alerts: number;
      appointments_today: number;
      is_mine: boolean;
      is_team: boolean;
      readable: boolean;
      needs_action: boolean;
    }>`
      WITH base AS (
        SELECT c.id AS case_id, p.id AS person_id, p.person_ref, p.family_name, p.given_names,
               s.code AS scheme, a.name AS lead, a.code AS lead_code, u.display_name AS manager, c.opened_on,
               (SELECT count(*)::int FROM case_actions x WHERE x.case_id = c.id AND x.status = 'open' AND ${actionShown}) AS open_actions,
               (SELECT count(*)::int FROM case_actions x WHERE x.case_id = c.id AND x.status = 'open' AND x.due_date < ${today}::date AND ${actionShown}) AS overdue_actions,
               (SELECT count(*)::int FROM case_actions x WHERE x.case_id = c.id AND x.status = 'open' AND x.due_date <= ${today}::date AND ${actionShown}) AS due_actions,
               (SELECT min(x.due_date) FROM case_actions x WHERE x.case_id = c.id AND x.status = 'open' AND ${actionShown}) AS next_due,
               (SELECT count(*)::int FROM alerts al WHERE al.case_id = c.id AND al.acknowledged_at IS NULL AND ${alertShown}) AS unacknowledged_alerts,
               (SELECT count(*)::int FROM appointments ap WHERE ap.case_id = c.id AND ap.appointment_date = ${today}::date AND ap.status <> 'cancelled') AS appointments_today,
               ${mine} AS is_mine, ${team} AS is_team,
               ${caseReadable(seer, agencyId, { caseLead: 'c.lead_agency_id', personLead: 'p.lead_agency_id' })} AS readable
        FROM cases c
        JOIN people p ON p.id = c.person_id
        JOIN schemes s ON s.id = c.scheme_id
        JOIN agencies a ON a.id = c.lead_agency_id
        LEFT JOIN users u ON u.id = c.case_manager_id
        WHERE c.partnership_id = ${actor.partnershipId} AND c.closed_on IS NULL
          AND ${visiblePeople(seer, 'p')}
          AND (${scheme}::text IS NULL OR s.code = ${scheme})
          AND (${lead}::text IS NULL OR a.code = ${lead})
      )
      SELECT *, (due_actions + unacknowledged_alerts + appointments_today > 0 AND (is_mine OR is_team)) AS needs_action
      FROM base
      WHERE is_mine OR is_team
      ORDER BY ${sql.raw(SORT_SQL[sort].split(', ').map((col) => `${col} ${order} NULLS LAST`).join(', '))}, case_id
    `.execute(trx);

    // A case the reader's agency may not open without an information-sharing
    // agreement (caseReadable) is not listed: only how many there are.
    const readable = rows.rows.filter((r) => r.readable);
    const withheld = rows.rows.length - readable.length;
    const inView = (r: (typeof rows.rows)[number], v: CaseloadView) => (v === 'mine' ? r.is_mine : v === 'team' ? r.is_team : r.needs_action);
    const counts = { mine: 0, team: 0, today: 0 } as Record<CaseloadView, number>;
    for (const r of readable) for (const v of CASELOAD_VIEWS) if (inView(r, v)) counts[v]++;
    // A caseload is one user's or one agency's open cases: short enough to sort in full and page in memory.
    const inViewRows = readable.filter((r) => inView(r, view));
    const paged = q.page ? pageOfSorted(inViewRows, q.page, (r) => [Number(r.case_id)]) : { items: inViewRows, next: null };
    const shown = paged.items;

    const schemes = await trx.selectFrom('schemes').select(['code', 'name']).where('partnership_id', '=', actor.partnershipId).orderBy('code').execute();
    const leads = await trx.selectFrom('agencies').select(['code', 'name']).where('partnership_id', '=', actor.partnershipId).orderBy('name').execute();

    await auditList(trx, actor, { what: 'listed caseload', personIds: shown.map((r) => Number(r.person_id)), details: { view, userId: user?.id ?? null, scheme, lead } });
    return {
      view,
      user,
      filters: { scheme, lead },
      sort,
      order,
      counts,
      withheldForAgreement: withheld,
      withheldNote: withheld > 0 ? withheldForAgreementText(withheld) : null,
      cases: shown.map((r) => ({
        caseId: Number(r.case_id),
        personId: Number(r.person_id),
        personRef: r.person_ref,
        familyName: r.family_name,
        givenNames: r.given_names,
        scheme: r.scheme,
        lead: r.lead,
        leadCode: r.lead_code,
        caseManager: r.manager,
        openedOn: isoOf(r.opened_on),
        openActions: r.open_actions,
        overdueActions: r.overdue_actions,
        nextDue: r.next_due === null ? null : isoOf(r.next_due),
        unacknowledgedAlerts: r.unacknowledged_alerts,
        appointmentsToday: r.appointments_today,
      })),
      schemes,
      next: paged.next,
      leads,
      today,
    };
  });
}

/** What a caseload says of the cases it does not list for want of an agreement (withheldForAgreement), on every door. */
function withheldForAgreementText(n: number): string {
  return `${n === 1 ? '1 open case' : `${n} open cases`} of yours or your team's ${n === 1 ? 'is' : 'are'} not listed: your agency may not open ${n === 1 ? 'it' : 'them'} until an information-sharing agreement with the agency that leads ${n === 1 ? 'it' : 'each'} is in force. An administrator records agreements.`;
}

/** A date column read through raw SQL, as an ISO date whichever driver read it. */
function isoOf(d: unknown): IsoDate {
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return String(d).slice(0, 10);
}
