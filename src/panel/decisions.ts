// Panel decisions (SPEC 3.4): each recorded one at a time, in one transaction
// with its change to memberships and its audit entry, and read back for the
// agenda and the minutes. One decision per person answers all the agenda
// items it names (issue 15): a person with three flags gets one decision.
import { requirePermission } from '../access/permissions.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { visiblePeople } from '../access/need-to-know.js';
import { appendAudit } from '../access/audit.js';
import { spanCovers } from '../calendar/sql.js';
import type { DB, EndReason, IsoDate, PanelAction, PanelDecisionKind } from '../db/schema.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { findScheme, type SchemeInfo } from '../schemes/find.js';
import { requireIsoDate } from '../calendar/dates.js';
import { insertTransfer } from '../transfers/transfers.js';

type Executor = Kysely<DB> | Transaction<DB>;

export interface RecordedDecision {
  id: number;
  personId: number;
  personRef: string;
  /** The first of the items answered (kept for readers that name one). */
  item: string;
  /** Every agenda item the decision answers. */
  items: string[];
  decision: PanelDecisionKind;
  action: PanelAction;
  reason: string;
  endReason: EndReason | null;
  exitPlan: string | null;
  tierCode: string | null;
  score: number | null;
  decidedBy: string;
  decidedAt: string;
}

/** The decisions recorded at one meeting, in the order they were taken. */
/** With `visibleTo`, only the decisions about people that actor may see. */
export async function decisionsOf(db: Executor, partnershipId: number, meetingId: number, visibleTo?: Actor): Promise<RecordedDecision[]> {
  const rows = await db
    .selectFrom('panel_decisions as d')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .leftJoin('tiers as t', 't.id', 'd.tier_id')
    .select(['d.id', 'd.person_id', 'p.person_ref', 'd.item', 'd.items', 'd.decision', 'd.action', 'd.reason', 'd.end_reason', 'd.exit_plan', 't.code as tier_code', 'd.score', 'd.decided_by_label', 'd.decided_at'])
    .where('d.partnership_id', '=', partnershipId)
    .where('d.meeting_id', '=', meetingId)
    .$if(visibleTo !== undefined, (q) => q.where(visiblePeople(visibleTo!, 'p')))
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personRef: r.person_ref,
    item: r.item,
    items: r.items.length ? r.items : [r.item],
    decision: r.decision,
    action: r.action,
    reason: r.reason,
    endReason: r.end_reason,
    exitPlan: r.exit_plan,
    tierCode: r.tier_code,
    score: r.score,
    decidedBy: r.decided_by_label,
    decidedAt: new Date(r.decided_at).toISOString(),
  }));
}

export interface DecisionInput {
  schemeCode: string;
  meetingDate: string;
  personRef: string;
  /**
   * The agenda items the decision answers, e.g. ["rule:stopped_offending",
   * "rule:regular_review", "proposal:deselect"]: all of the person's items
   * on the agenda, one decision for them all. "override" items may be free text.
   */
  items?: string[];
  /** One item alone (the same as items: [item]). */
  item?: string;
  decision: PanelDecisionKind;
  action: PanelAction;
  reason: string;
  /** select and tier_move: the tier to place the person in. */
  tierCode?: string | null;
  /** deselect: why, as a de-selection reason of SPEC 3.4 or "other". */
  endReason?: EndReason | null;
  /** deselect: the lower tier or ongoing support that follows (required). */
  exitPlan?: string | null;
  /** deselect for a move out of the area: send a transfer notice to this area. */
  transferToAreaCode?: string | null;
  /** When the change takes effect (default: the meeting date). */
  effectiveDate?: string;
}

export const PANEL_DECISIONS: readonly PanelDecisionKind[] = ['accept', 'reject', 'override'];
export const PANEL_ACTIONS: readonly PanelAction[] = ['select', 'deselect', 'tier_move', 'none'];

/** The items a decision answers, trimmed and each once, in the order given; at least one. */
export function decisionItems(input: Pick<DecisionInput, 'items' | 'item'>): string[] {
  const given = input.items ?? (input.item !== undefined ? [input.item] : []);
  const items = [...new Set(given.map((i) => (typeof i === 'string' ? i.trim() : '')).filter(Boolean))];
  if (items.length === 0) throw new InvalidInputError('Say which agenda items the decision answers (field "items").', { field: 'items' });
  const long = items.find((i) => i.length > 200);
  if (long) throw new InvalidInputError(`An agenda item is at most 200 characters: "${long.slice(0, 40)}…" (field "items").`, { field: 'items' });
  return items;
}

async function ensureMeeting(trx: Transaction<DB>, actor: Actor, scheme: SchemeInfo, meetingDate: IsoDate): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(7305121, ${scheme.id})`.execute(trx);
  const existing = await trx.selectFrom('panel_meetings').select('id').where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).executeTakeFirst();
  if (existing) return existing.id;
  const run = await trx.selectFrom('selection_runs').select('id').where('scheme_id', '=', scheme.id).where('as_of', '<=', meetingDate).orderBy('as_of', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const row = await trx
    .insertInto('panel_meetings')
    .values({ partnership_id: actor.partnershipId, scheme_id: scheme.id, meeting_date: meetingDate, run_id: run?.id ?? null, created_by: actor.userId, created_by_label: actor.label })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Records one panel decision and makes its change to memberships, all in one
 * transaction with the audit entry: select starts a membership; deselect ends
 * the current one with its reason and exit plan (and may send a transfer
 * notice); tier_move ends it and starts the next in the new tier on the same day.
 */
export async function recordDecision(db: Kysely<DB>, actor: Actor, input: DecisionInput): Promise<RecordedDecision> {
  requirePermission(actor, 'panel:decide');
  const meetingDate = requireIsoDate(input.meetingDate, 'The meeting date');
  const effective = requireIsoDate(input.effectiveDate ?? meetingDate, 'The effective date');
  // No choice is made for the panel: a decision and an action must be chosen.
  if (!PANEL_DECISIONS.includes(input.decision)) throw new InvalidInputError('Choose the decision (field "decision"): accept, reject or override.', { field: 'decision' });
  if (!PANEL_ACTIONS.includes(input.action)) throw new InvalidInputError('Choose what changes (field "action"): select, deselect, tier_move or none.', { field: 'action' });
  const reason = input.reason?.trim();
  if (!reason) throw new InvalidInputError('Every decision needs its reason.', { field: 'reason' });
  const items = decisionItems(input);
  if (input.decision === 'reject' && input.action !== 'none') throw new InvalidInputError('A rejected proposal changes nothing: its action must be "none".');
  if (input.action === 'deselect') {
    if (!input.endReason) throw new InvalidInputError('A de-selection needs its reason (end reason).');
    if (!input.exitPlan?.trim()) throw new InvalidInputError('Every exit records its exit plan: the lower tier or the ongoing support that follows.');
  }
  if (input.action === 'tier_move' && !input.tierCode) throw new InvalidInputError('A tier move needs the new tier.');

  return db.transaction().execute(async (trx) => {
    const scheme = await findScheme(trx, actor.partnershipId, input.schemeCode);
    // A restricted person is decided on only by the users named on them; to anyone else they are not there.
    const person = await trx
      .selectFrom('people')
      .select(['id', 'person_ref', 'family_name', 'given_names', 'date_of_birth'])
      .where('person_ref', '=', input.personRef)
      .where(visiblePeople(actor))
      .executeTakeFirst();
    if (!person) throw new NotFoundError('There is no person you may see with that reference in this partnership.');
    let tierId: number | null = null;
    if (input.tierCode) {
      const tier = await trx.selectFrom('tiers').select('id').where('scheme_id', '=', scheme.id).where('code', '=', input.tierCode).executeTakeFirst();
      if (!tier) throw new InvalidInputError(`Scheme ${scheme.code} has no tier ${input.tierCode}.`);
      tierId = tier.id;
    }
    const meetingId = await ensureMeeting(trx, actor, scheme, meetingDate);
    // One decision per item at a meeting: a second clerk saving the same
    // person's items is told who decided them, and nothing changes twice.
    const earlier = await trx.selectFrom('panel_decisions').select(['item', 'items', 'decided_by_label']).where('meeting_id', '=', meetingId).where('person_id', '=', person.id).forUpdate().execute();
    const clash = earlier.filter((d) => (d.items?.length ? d.items : [d.item]).some((i) => items.includes(i)));
    if (clash.length) {
      throw new ConflictError(`${person.person_ref} already has a decision at the panel of ${meetingDate} on ${items.join(', ')}, recorded by ${clash[0]!.decided_by_label}. Reload the agenda to see it.`);
    }
    const current = await trx
      .selectFrom('memberships')
      .select(['id', 'start_date', 'tier_id', 'strand_id'])
      .where('partnership_id', '=', actor.partnershipId)
      .where('scheme_id', '=', scheme.id)
      .where('person_id', '=', person.id)
      .where(spanCovers('start_date', 'end_date', effective))
      .executeTakeFirst();
    const lastRun = await trx.selectFrom('selection_run_results as r').innerJoin('selection_runs as s', 's.id', 'r.run_id').select(['r.score', 's.id as run_id', 's.as_of']).where('s.scheme_id', '=', scheme.id).where('r.person_id', '=', person.id).where('s.as_of', '<=', meetingDate).orderBy('s.as_of', 'desc').orderBy('s.id', 'desc').limit(1).executeTakeFirst();
    const selectionReason = `Panel of ${meetingDate}: ${reason}${lastRun ? ` (matrix score ${lastRun.score} in run ${lastRun.run_id} as of ${lastRun.as_of})` : ''}`;
    let membershipId: number | null = null;

    const end = async (endReason: EndReason, raw: string, exitPlan: string | null) => {
      if (!current) throw new InvalidInputError(`${person.person_ref} is not on scheme ${scheme.code} on ${effective}.`);
      if (effective <= current.start_date) throw new InvalidInputError(`The change must take effect after the membership started on ${current.start_date}.`);
      await trx.updateTable('memberships').set({ end_date: effective, end_reason: endReason, end_reason_raw: raw, exit_plan: exitPlan }).where('id', '=', current.id).execute();
      return current.id;
    };
    const start = async (tier: number | null) => {
      const later = await trx.selectFrom('memberships').select('start_date').where('scheme_id', '=', scheme.id).where('person_id', '=', person.id).where('start_date', '>', effective).executeTakeFirst();
      const row = await trx
        .insertInto('memberships')
        .values({ partnership_id: actor.partnershipId, person_id: person.id, scheme_id: scheme.id, tier_id: tier, strand_id: current?.strand_id ?? null, start_date: effective, end_date: later?.start_date ?? null, selection_reason: selectionReason })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    };

    if (input.action === 'select') {
      if (current) throw new InvalidInputError(`${person.person_ref} is already on scheme ${scheme.code} since ${current.start_date}.`);
      membershipId = await start(tierId);
    } else if (input.action === 'deselect') {
      membershipId = await end(input.endReason!, input.endReason === 'other' ? reason : input.endReason!, input.exitPlan!.trim());
    } else if (input.action === 'tier_move') {
      if (current && current.tier_id === tierId) throw new InvalidInputError(`${person.person_ref} is already in tier ${input.tierCode}.`);
      await end('other', `tier move to ${input.tierCode}: ${reason}`, `Continues on ${scheme.code} in tier ${input.tierCode}.`);
      membershipId = await start(tierId);
    }
    const row = await trx
      .insertInto('panel_decisions')
      .values({
        partnership_id: actor.partnershipId,
        meeting_id: meetingId,
        person_id: person.id,
        item: items[0]!,
        items,
        decision: input.decision,
        action: input.action,
        reason,
        end_reason: input.action === 'deselect' ? input.endReason! : null,
        exit_plan: input.action === 'deselect' ? input.exitPlan!.trim() : null,
        tier_id: tierId,
        membership_id: membershipId,
        score: lastRun?.score ?? null,
        decided_by: actor.userId,
        decided_by_label: actor.label,
      })
      .returning(['id', 'decided_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, {
      action: input.action === 'none' ? 'collection' : 'alteration',
      personId: person.id,
      what: `panel decision on ${scheme.code}: ${input.decision} ${items.join(', ')} (${input.action})`,
      justification: reason,
      details: { decisionId: row.id, meetingId, membershipId },
    });
    if (input.action === 'deselect' && input.transferToAreaCode) {
      await insertTransfer(trx, actor, { personId: person.id, schemeId: scheme.id, toAreaCode: input.transferToAreaCode, note: reason });
    }
    return {
      id: row.id,
      personId: person.id,
      personRef: person.person_ref,
      item: items[0]!,
      items,
      decision: input.decision,
      action: input.action,
      reason,
      endReason: input.action === 'deselect' ? input.endReason! : null,
      exitPlan: input.action === 'deselect' ? input.exitPlan!.trim() : null,
      tierCode: input.tierCode ?? null,
      score: lastRun?.score ?? null,
      decidedBy: actor.label,
      decidedAt: new Date(row.decided_at).toISOString(),
    };
  });
}
