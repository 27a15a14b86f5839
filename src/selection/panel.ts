// Reviews and the review panel (SPEC 3.4): the de-selection rules over a
// scheme's members, the agenda for a meeting date, decisions that change
// memberships in one transaction with the audit entry, the minutes, risk
// assessments, MAPPA referrals and transfers out of the area.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import type { DB, EndReason, IsoDate, PanelAction, PanelDecisionKind, RiskOfSeriousHarm } from '../db/schema.js';
import { csvLine } from '../db/statements.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { assertCanDecide, assertCanReadPeople, assertDate, findScheme, type SchemeInfo } from './access.js';
import { addDays, daysBetween } from './dates.js';
import { continuousMembershipStart, deceasedOn, reselectionReview, reviewMember, type RuleResult } from './deselection.js';
import { loadOffenceReference } from '../offences/store.js';
import { custodyAt } from './features.js';
import { loadHistories } from './histories.js';
import { getMatrix, membersOn, type RunResult } from './service.js';
import type { Reason } from './reasons.js';

type Executor = Kysely<DB> | Transaction<DB>;

// ---------------------------------------------------------------- review

export interface MemberReview {
  personId: number;
  personRef: string;
  tierCode: string | null;
  memberSince: IsoDate;
  rules: RuleResult[];
}

export interface SchemeReview {
  schemeCode: string;
  asOf: IsoDate;
  matrixVersion: number;
  members: MemberReview[];
  /** Former members de-selected for custody: rule 3's re-selection review. */
  reselection: { personId: number; personRef: string; result: RuleResult }[];
  /** Members who have died: they leave automatically (applyAutomaticExits). */
  automaticExits: { personId: number; personRef: string; membershipId: number; dateOfDeath: IsoDate }[];
}

async function lastReviews(db: Executor, partnershipId: number, schemeId: number, asOf: IsoDate): Promise<Map<number, IsoDate>> {
  const rows = await db
    .selectFrom('panel_decisions as d')
    .innerJoin('panel_meetings as m', 'm.id', 'd.meeting_id')
    .select(['d.person_id', (eb) => eb.fn.max('m.meeting_date').as('last')])
    .where('d.partnership_id', '=', partnershipId)
    .where('m.scheme_id', '=', schemeId)
    .where('m.meeting_date', '<=', asOf)
    .groupBy('d.person_id')
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.last as IsoDate]));
}

/** The six de-selection rules over every member on the date, with re-selection reviews and automatic exits. */
export async function reviewScheme(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; asOf: string; matrixVersion?: number }): Promise<SchemeReview> {
  assertCanReadPeople(actor);
  const asOf = assertDate(input.asOf, 'The as-of date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const matrix = await getMatrix(db, actor, { schemeCode: scheme.code, version: input.matrixVersion });
  const members = await membersOn(db, actor.partnershipId, scheme.id, asOf);
  // Former members whose last membership ended for significant custody, and who are not members now.
  const memberIds = new Set(members.map((m) => m.person_id));
  const former = await db
    .selectFrom('memberships as m')
    .select(['m.person_id', 'm.end_date'])
    .where('m.partnership_id', '=', actor.partnershipId)
    .where('m.scheme_id', '=', scheme.id)
    .where('m.end_reason', '=', 'significant_custody')
    .where('m.end_date', '<=', asOf)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('memberships as later').select('later.id').whereRef('later.person_id', '=', 'm.person_id').whereRef('later.scheme_id', '=', 'm.scheme_id').whereRef('later.start_date', '>', 'm.start_date').where('later.start_date', '<=', asOf),
        ),
      ),
    )
    .execute();
  const formerIds = former.map((r) => r.person_id).filter((id) => !memberIds.has(id));
  const ids = [...memberIds, ...formerIds];
  const [histories, offences, reviews, risks, mappa] = await Promise.all([
    loadHistories(db, actor.partnershipId, ids),
    loadOffenceReference(db, actor.partnershipId),
    lastReviews(db, actor.partnershipId, scheme.id, asOf),
    db.selectFrom('risk_assessments').select(['person_id', 'assessment_date', 'risk_of_serious_harm']).where('partnership_id', '=', actor.partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).execute(),
    db.selectFrom('mappa_referrals').select(['person_id', 'referral_date', 'outcome']).where('partnership_id', '=', actor.partnershipId).where(sql<boolean>`person_id = ANY(${ids}::bigint[])`).execute(),
  ]);
  const ctxFor = (personId: number) => ({
    asOf,
    schemeCode: scheme.code,
    schemeAreaCodes: new Set(scheme.areaCodes),
    config: matrix.config,
    offences,
    riskAssessments: risks.filter((r) => r.person_id === personId).map((r) => ({ date: r.assessment_date, riskOfSeriousHarm: r.risk_of_serious_harm })),
    mappaReferrals: mappa.filter((r) => r.person_id === personId).map((r) => ({ date: r.referral_date, outcome: r.outcome })),
    lastReviewDate: reviews.get(personId) ?? null,
  });
  const out: SchemeReview = { schemeCode: scheme.code, asOf, matrixVersion: matrix.version, members: [], reselection: [], automaticExits: [] };
  for (const m of members) {
    const h = histories.get(m.person_id);
    if (!h) continue;
    const died = deceasedOn(h, asOf);
    if (died) {
      out.automaticExits.push({ personId: h.personId, personRef: h.personRef, membershipId: m.id, dateOfDeath: died });
      continue;
    }
    const rules = reviewMember(h, ctxFor(h.personId));
    const memberSince = continuousMembershipStart(h, scheme.code, asOf) ?? m.start_date;
    out.members.push({ personId: h.personId, personRef: h.personRef, tierCode: m.tier_code, memberSince, rules });
  }
  for (const r of former) {
    if (memberIds.has(r.person_id)) continue;
    const h = histories.get(r.person_id);
    if (!h || deceasedOn(h, asOf)) continue;
    out.reselection.push({ personId: h.personId, personRef: h.personRef, result: reselectionReview(h, ctxFor(h.personId), r.end_date!) });
  }
  out.members.sort((a, b) => (a.personRef < b.personRef ? -1 : 1));
  await db.transaction().execute((trx) =>
    appendAudit(trx, actor, { action: 'consultation', what: `review of scheme ${scheme.code} as of ${asOf}`, details: { people: ids.length } }),
  );
  return out;
}

/** The review as flat rows: one per member per rule, and one per re-selection review (the CLI's JSON). */
export function reviewRows(review: SchemeReview): { personId: number; personRef: string; rule: string; met: boolean; reasons: Reason[]; prompts: RuleResult['prompts'] }[] {
  const rows = review.members.flatMap((m) => m.rules.map((r) => ({ personId: m.personId, personRef: m.personRef, rule: r.rule, met: r.met, reasons: r.reasons, prompts: r.prompts })));
  for (const r of review.reselection) rows.push({ personId: r.personId, personRef: r.personRef, rule: r.result.rule, met: r.result.met, reasons: r.result.reasons, prompts: r.result.prompts });
  return rows;
}

/** Ends the memberships of members who have died, with end reason "deceased". */
export async function applyAutomaticExits(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; asOf: string }): Promise<{ personRef: string; dateOfDeath: IsoDate }[]> {
  assertCanDecide(actor);
  const review = await reviewScheme(db, actor, input);
  if (review.automaticExits.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    for (const e of review.automaticExits) {
      const m = await trx.selectFrom('memberships').select(['start_date']).where('id', '=', e.membershipId).executeTakeFirstOrThrow();
      // A membership ends the day after death, or on the day it started if that is later (spans are half-open).
      const end = addDays(e.dateOfDeath, 1) > m.start_date ? addDays(e.dateOfDeath, 1) : addDays(m.start_date, 1);
      await trx
        .updateTable('memberships')
        .set({ end_date: end, end_reason: 'deceased', end_reason_raw: 'deceased', exit_plan: 'None: the person has died.' })
        .where('id', '=', e.membershipId)
        .where('partnership_id', '=', actor.partnershipId)
        .execute();
      await appendAudit(trx, actor, { action: 'alteration', personId: e.personId, what: `membership of ${input.schemeCode} ended: deceased`, details: { membershipId: e.membershipId } });
    }
  });
  return review.automaticExits.map((e) => ({ personRef: e.personRef, dateOfDeath: e.dateOfDeath }));
}

// ---------------------------------------------------------------- agenda

export type AgendaKind = 'proposal' | 'rule' | 'reselection' | 'released' | 'due_for_release' | 'automatic_exit';

export interface AgendaItem {
  personId: number;
  personRef: string;
  kind: AgendaKind;
  /** What raised it: "proposal:select", "rule:stopped_offending", "released", … (stored with the decision). */
  item: string;
  member: boolean;
  score: number | null;
  rank: number | null;
  reasons: Reason[];
  prompts: RuleResult['prompts'];
  decision: RecordedDecision | null;
}

export interface RecordedDecision {
  id: number;
  personId: number;
  personRef: string;
  item: string;
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

export interface PanelAgenda {
  schemeCode: string;
  meetingDate: IsoDate;
  meetingId: number | null;
  lastMeetingDate: IsoDate | null;
  runId: number | null;
  runAsOf: IsoDate | null;
  items: AgendaItem[];
  decisions: RecordedDecision[];
}

async function decisionsOf(db: Executor, partnershipId: number, meetingId: number): Promise<RecordedDecision[]> {
  const rows = await db
    .selectFrom('panel_decisions as d')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .leftJoin('tiers as t', 't.id', 'd.tier_id')
    .select(['d.id', 'd.person_id', 'p.person_ref', 'd.item', 'd.decision', 'd.action', 'd.reason', 'd.end_reason', 'd.exit_plan', 't.code as tier_code', 'd.score', 'd.decided_by_label', 'd.decided_at'])
    .where('d.partnership_id', '=', partnershipId)
    .where('d.meeting_id', '=', meetingId)
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personRef: r.person_ref,
    item: r.item,
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

/**
 * The agenda for a meeting date: the latest stored run on or before the date
 * (its proposals), the rules that are met, re-selection reviews, people
 * released since the last panel and due for release within the window, and
 * any decisions already recorded at this meeting.
 */
export async function panelAgenda(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; meetingDate: string }): Promise<PanelAgenda> {
  assertCanReadPeople(actor);
  const meetingDate = assertDate(input.meetingDate, 'The meeting date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const meeting = await db.selectFrom('panel_meetings').select(['id', 'run_id']).where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  const last = await db.selectFrom('panel_meetings').select('meeting_date').where('scheme_id', '=', scheme.id).where('partnership_id', '=', actor.partnershipId).where('meeting_date', '<', meetingDate).orderBy('meeting_date', 'desc').limit(1).executeTakeFirst();
  const runRow = meeting?.run_id
    ? await db.selectFrom('selection_runs').select(['id', 'as_of']).where('id', '=', meeting.run_id).executeTakeFirst()
    : await db.selectFrom('selection_runs').select(['id', 'as_of']).where('scheme_id', '=', scheme.id).where('partnership_id', '=', actor.partnershipId).where('as_of', '<=', meetingDate).orderBy('as_of', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const review = await reviewScheme(db, actor, { schemeCode: scheme.code, asOf: meetingDate });
  const decisions = meeting ? await decisionsOf(db, actor.partnershipId, meeting.id) : [];
  const items: AgendaItem[] = [];
  const scores = new Map<number, { score: number; rank: number; member: boolean }>();
  const memberIds = new Set(review.members.map((m) => m.personId));

  let runPeople: number[] = [];
  if (runRow) {
    const rows = await db
      .selectFrom('selection_run_results as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.person_id', 'p.person_ref', 'r.score', 'r.rank', 'r.member', 'r.proposal', 'r.proposal_reasons'])
      .where('r.run_id', '=', runRow.id)
      .where('r.partnership_id', '=', actor.partnershipId)
      .execute();
    runPeople = rows.map((r) => r.person_id);
    for (const r of rows) {
      scores.set(r.person_id, { score: r.score, rank: r.rank, member: r.member });
      if (r.proposal)
        items.push({ personId: r.person_id, personRef: r.person_ref, kind: 'proposal', item: `proposal:${r.proposal}`, member: memberIds.has(r.person_id), score: r.score, rank: r.rank, reasons: JSON.parse(r.proposal_reasons) as Reason[], prompts: [], decision: null });
    }
  }
  const s = (id: number) => scores.get(id);
  for (const m of review.members)
    for (const r of m.rules)
      if (r.met) items.push({ personId: m.personId, personRef: m.personRef, kind: 'rule', item: `rule:${r.rule}`, member: true, score: s(m.personId)?.score ?? null, rank: s(m.personId)?.rank ?? null, reasons: r.reasons, prompts: r.prompts, decision: null });
  for (const r of review.reselection)
    if (r.result.met) items.push({ personId: r.personId, personRef: r.personRef, kind: 'reselection', item: 'reselection_review', member: false, score: s(r.personId)?.score ?? null, rank: s(r.personId)?.rank ?? null, reasons: r.result.reasons, prompts: r.result.prompts, decision: null });
  for (const e of review.automaticExits)
    items.push({ personId: e.personId, personRef: e.personRef, kind: 'automatic_exit', item: 'deceased', member: true, score: null, rank: null, reasons: [{ code: 'deceased', text: `Died on ${e.dateOfDeath}; leaves the scheme automatically.`, date: e.dateOfDeath }], prompts: [], decision: null });

  // Releases: members, former members under review, and everyone in the run.
  const watch = [...new Set([...memberIds, ...review.reselection.map((r) => r.personId), ...runPeople])];
  const matrix = await getMatrix(db, actor, { schemeCode: scheme.code });
  const window = matrix.config.release.withinDays;
  const since = last?.meeting_date ?? addDays(meetingDate, -matrix.config.rules.regularReviewDays);
  if (watch.length) {
    const custody = await db
      .selectFrom('custody_periods as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['c.person_id', 'p.person_ref', 'c.kind', 'c.reception_date', 'c.release_date', 'c.sentence_days', 'c.expected_release_date'])
      .where('c.partnership_id', '=', actor.partnershipId)
      .where(sql<boolean>`c.person_id = ANY(${watch}::bigint[])`)
      .where((eb) => eb.or([eb.and([eb('c.release_date', '>', since), eb('c.release_date', '<=', meetingDate)]), eb('c.release_date', 'is', null), eb('c.release_date', '>', meetingDate)]))
      .where('c.reception_date', '<=', meetingDate)
      .execute();
    for (const c of custody) {
      const base = { personId: c.person_id, personRef: c.person_ref, member: memberIds.has(c.person_id), score: s(c.person_id)?.score ?? null, rank: s(c.person_id)?.rank ?? null, prompts: [], decision: null };
      if (c.release_date && c.release_date <= meetingDate) {
        items.push({ ...base, kind: 'released', item: 'released', reasons: [{ code: 'released', text: `Released on ${c.release_date}, since the last panel (${since}).`, date: c.release_date }] });
        continue;
      }
      const now = custodyAt({ custody: [{ kind: c.kind, receptionDate: c.reception_date, releaseDate: c.release_date, sentenceDays: c.sentence_days, expectedReleaseDate: c.expected_release_date }] }, meetingDate);
      if (!now?.expectedReleaseDate) continue;
      const days = daysBetween(meetingDate, now.expectedReleaseDate);
      if (days >= 0 && days <= window)
        items.push({ ...base, kind: 'due_for_release', item: 'due_for_release', reasons: [{ code: 'due_for_release', text: `Expected release ${now.expectedReleaseDate}, in ${days} days.`, date: now.expectedReleaseDate, days, threshold: window }] });
    }
  }
  for (const it of items) it.decision = decisions.find((d) => d.personId === it.personId && d.item === it.item) ?? null;
  // A decision already taken can remove its own item (a de-selected person is
  // no longer a member on the date); keep it on the agenda with its decision.
  for (const d of decisions) {
    if (items.some((i) => i.decision?.id === d.id)) continue;
    const kind: AgendaKind = d.item.startsWith('proposal:') ? 'proposal' : d.item.startsWith('rule:') ? 'rule' : d.item === 'reselection_review' ? 'reselection' : d.item === 'released' ? 'released' : d.item === 'due_for_release' ? 'due_for_release' : 'rule';
    items.push({ personId: d.personId, personRef: d.personRef, kind, item: d.item, member: memberIds.has(d.personId), score: d.score, rank: s(d.personId)?.rank ?? null, reasons: [], prompts: [], decision: d });
  }
  const order: AgendaKind[] = ['automatic_exit', 'proposal', 'rule', 'reselection', 'released', 'due_for_release'];
  items.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.personRef < b.personRef ? -1 : 1));
  return { schemeCode: scheme.code, meetingDate, meetingId: meeting?.id ?? null, lastMeetingDate: last?.meeting_date ?? null, runId: runRow?.id ?? null, runAsOf: runRow?.as_of ?? null, items, decisions };
}

// ---------------------------------------------------------------- decisions

export interface DecisionInput {
  schemeCode: string;
  meetingDate: string;
  personRef: string;
  /** The agenda item decided on, e.g. "proposal:select" or "rule:stopped_offending"; "override" items may be free text. */
  item: string;
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
  assertCanDecide(actor);
  const meetingDate = assertDate(input.meetingDate, 'The meeting date');
  const effective = assertDate(input.effectiveDate ?? meetingDate, 'The effective date');
  const reason = input.reason?.trim();
  if (!reason) throw new InvalidInputError('Every decision needs its reason.');
  if (!input.item?.trim()) throw new InvalidInputError('Say which agenda item the decision is about.');
  if (input.decision === 'reject' && input.action !== 'none') throw new InvalidInputError('A rejected proposal changes nothing: its action must be "none".');
  if (input.action === 'deselect') {
    if (!input.endReason) throw new InvalidInputError('A de-selection needs its reason (end reason).');
    if (!input.exitPlan?.trim()) throw new InvalidInputError('Every exit records its exit plan: the lower tier or the ongoing support that follows.');
  }
  if (input.action === 'tier_move' && !input.tierCode) throw new InvalidInputError('A tier move needs the new tier.');

  return db.transaction().execute(async (trx) => {
    const scheme = await findScheme(trx, actor.partnershipId, input.schemeCode);
    const person = await trx.selectFrom('people').select(['id', 'person_ref', 'family_name', 'given_names', 'date_of_birth']).where('partnership_id', '=', actor.partnershipId).where('person_ref', '=', input.personRef).executeTakeFirst();
    if (!person) throw new NotFoundError(`No person with reference ${input.personRef} in this partnership.`);
    let tierId: number | null = null;
    if (input.tierCode) {
      const tier = await trx.selectFrom('tiers').select('id').where('scheme_id', '=', scheme.id).where('code', '=', input.tierCode).executeTakeFirst();
      if (!tier) throw new InvalidInputError(`Scheme ${scheme.code} has no tier ${input.tierCode}.`);
      tierId = tier.id;
    }
    const meetingId = await ensureMeeting(trx, actor, scheme, meetingDate);
    const current = await trx
      .selectFrom('memberships')
      .select(['id', 'start_date', 'tier_id', 'strand_id'])
      .where('partnership_id', '=', actor.partnershipId)
      .where('scheme_id', '=', scheme.id)
      .where('person_id', '=', person.id)
      .where('start_date', '<=', effective)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', effective)]))
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
        item: input.item.trim(),
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
      what: `panel decision on ${scheme.code}: ${input.decision} ${input.item} (${input.action})`,
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
      item: input.item.trim(),
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

// ---------------------------------------------------------------- minutes

export interface PanelMinutes {
  schemeCode: string;
  meetingDate: IsoDate;
  runId: number | null;
  decisions: RecordedDecision[];
}

export async function panelMinutes(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; meetingDate: string }): Promise<PanelMinutes> {
  assertCanReadPeople(actor);
  const meetingDate = assertDate(input.meetingDate, 'The meeting date');
  const scheme = await findScheme(db, actor.partnershipId, input.schemeCode);
  const meeting = await db.selectFrom('panel_meetings').select(['id', 'run_id']).where('partnership_id', '=', actor.partnershipId).where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).executeTakeFirst();
  if (!meeting) throw new NotFoundError(`No panel of scheme ${scheme.code} on ${meetingDate}.`);
  const decisions = await decisionsOf(db, actor.partnershipId, meeting.id);
  await db.transaction().execute((trx) =>
    appendAudit(trx, actor, { action: 'disclosure', what: `minutes of the ${scheme.code} panel of ${meetingDate}`, details: { meetingId: meeting.id, decisions: decisions.length } }),
  );
  return { schemeCode: scheme.code, meetingDate, runId: meeting.run_id, decisions };
}

/** A cell that a spreadsheet would read as a formula is neutralised (SPEC 3.7). */
function safeCell(v: unknown): unknown {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function minutesCsv(m: PanelMinutes): string {
  const head = ['meeting_date', 'person_ref', 'item', 'decision', 'action', 'reason', 'end_reason', 'exit_plan', 'tier', 'score', 'decided_by', 'decided_at'];
  return (
    csvLine(head) +
    m.decisions
      .map((d) => csvLine([m.meetingDate, d.personRef, d.item, d.decision, d.action, d.reason, d.endReason, d.exitPlan, d.tierCode, d.score, d.decidedBy, d.decidedAt].map(safeCell)))
      .join('')
  );
}

// ---------------------------------------------------------------- risk assessments and MAPPA

export async function recordRiskAssessment(
  db: Kysely<DB>,
  actor: Actor,
  input: { personRef: string; date: string; riskOfSeriousHarm: RiskOfSeriousHarm; raw?: string | null; assessor?: string | null; notes?: string | null },
): Promise<{ id: number }> {
  if (actor.role === 'board_member' || actor.role === 'analyst') throw new ForbiddenError('Only practitioners, scheme managers and administrators record risk assessments.');
  const date = assertDate(input.date, 'The assessment date');
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
  if (actor.role === 'board_member' || actor.role === 'analyst') throw new ForbiddenError('Only practitioners, scheme managers and administrators record MAPPA referrals.');
  const date = assertDate(input.date, 'The referral date');
  return db.transaction().execute(async (trx) => {
    const person = await personByRef(trx, actor, input.personRef);
    const row = await trx
      .insertInto('mappa_referrals')
      .values({ partnership_id: actor.partnershipId, person_id: person.id, referral_date: date, outcome: input.outcome ?? null, outcome_date: input.outcomeDate ? assertDate(input.outcomeDate, 'The outcome date') : null, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, actor, { action: 'collection', personId: person.id, what: `MAPPA referral of ${date}`, details: { mappaReferralId: row.id } });
    return row;
  });
}

async function personByRef(trx: Executor, actor: Actor, ref: string) {
  const p = await trx.selectFrom('people').select(['id', 'person_ref']).where('partnership_id', '=', actor.partnershipId).where('person_ref', '=', ref).executeTakeFirst();
  if (!p) throw new NotFoundError(`No person with reference ${ref} in this partnership.`);
  return p;
}

// ---------------------------------------------------------------- transfers

export interface TransferView {
  id: number;
  fromPartnership: string;
  toAreaCode: string;
  toPartnership: string | null;
  status: string;
  notifiedAt: string;
  summary: Record<string, unknown>;
  note: string | null;
}

async function insertTransfer(trx: Transaction<DB>, actor: Actor, input: { personId: number; schemeId: number | null; toAreaCode: string; note: string | null }): Promise<number> {
  const person = await trx.selectFrom('people').select(['person_ref', 'family_name', 'given_names', 'date_of_birth']).where('id', '=', input.personId).where('partnership_id', '=', actor.partnershipId).executeTakeFirstOrThrow();
  const pnc = await trx.selectFrom('person_identifiers').select('value').where('person_id', '=', input.personId).where('kind', '=', 'pnc').executeTakeFirst();
  // The receiving partnership, when it also uses this installation.
  const to = await trx.selectFrom('areas').select('partnership_id').where('code', '=', input.toAreaCode).where('partnership_id', '<>', actor.partnershipId).orderBy('partnership_id').limit(1).executeTakeFirst();
  const scheme = input.schemeId ? await trx.selectFrom('schemes').select(['code', 'name']).where('id', '=', input.schemeId).executeTakeFirst() : undefined;
  const summary = { familyName: person.family_name, givenNames: person.given_names, dateOfBirth: person.date_of_birth, pncId: pnc?.value ?? null, scheme: scheme?.name ?? null };
  const row = await trx
    .insertInto('transfers')
    .values({
      partnership_id: actor.partnershipId,
      person_id: input.personId,
      scheme_id: input.schemeId,
      to_area_code: input.toAreaCode,
      to_partnership_id: to?.partnership_id ?? null,
      summary: JSON.stringify(summary),
      note: input.note,
      status: to ? 'sent' : 'notified_outside',
      created_by: actor.userId,
      created_by_label: actor.label,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, actor, {
    action: 'disclosure',
    personId: input.personId,
    what: `transfer notice to area ${input.toAreaCode}${to ? ` (partnership ${to.partnership_id})` : ' (outside Waymark)'}`,
    details: { transferId: row.id },
  });
  return row.id;
}

/** A move out of the area: records the transfer and notifies the receiving partnership's inbox when it uses Waymark. */
export async function createTransfer(
  db: Kysely<DB>,
  actor: Actor,
  input: { personRef: string; toAreaCode: string; schemeCode?: string | null; note?: string | null },
): Promise<{ id: number; status: string; toPartnershipId: number | null }> {
  assertCanDecide(actor);
  if (!input.toAreaCode?.trim()) throw new InvalidInputError('Give the area code the person has moved to.');
  return db.transaction().execute(async (trx) => {
    const person = await personByRef(trx, actor, input.personRef);
    const scheme = input.schemeCode ? await findScheme(trx, actor.partnershipId, input.schemeCode) : null;
    const id = await insertTransfer(trx, actor, { personId: person.id, schemeId: scheme?.id ?? null, toAreaCode: input.toAreaCode.trim(), note: input.note ?? null });
    const row = await trx.selectFrom('transfers').select(['status', 'to_partnership_id']).where('id', '=', id).executeTakeFirstOrThrow();
    return { id, status: row.status, toPartnershipId: row.to_partnership_id };
  });
}

/** Transfers notified to the actor's partnership. */
export async function transferInbox(db: Kysely<DB>, actor: Actor): Promise<TransferView[]> {
  assertCanReadPeople(actor);
  const rows = await db
    .selectFrom('transfers as t')
    .innerJoin('partnerships as f', 'f.id', 't.partnership_id')
    .select(['t.id', 'f.name as from_name', 't.to_area_code', 't.status', 't.notified_at', 't.summary', 't.note'])
    .where('t.to_partnership_id', '=', actor.partnershipId)
    .orderBy('t.notified_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fromPartnership: r.from_name,
    toAreaCode: r.to_area_code,
    toPartnership: null,
    status: r.status,
    notifiedAt: new Date(r.notified_at).toISOString(),
    summary: JSON.parse(r.summary) as Record<string, unknown>,
    note: r.note,
  }));
}

export type { RunResult };
