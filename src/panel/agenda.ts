// The panel's agenda for a meeting date (SPEC 3.4): proposals from the latest
// run, de-selection flags, re-selection reviews, releases since the last panel
// and people due for release, each with any decision already recorded; and the
// same items gathered by person (issue 15), as a chair runs the meeting: one
// row and one decision per person, with the comparison a member's review
// weighs (a candidate far above them), never a proposal.
import { requirePermission } from '../access/permissions.js';
import { sql, type Kysely, type Transaction } from 'kysely';
import { auditList } from '../access/audit.js';
import { visiblePeople, withheldBecause, type Sensitive } from '../access/need-to-know.js';
import { storedMatrix } from '../selection/matrix.js';
import { scoreWithheldFor, showProposalReasons } from '../selection/withhold.js';
import type { Actor } from '../access/actor.js';
import { spanOpenOn } from '../calendar/sql.js';
import type { DB, IsoDate } from '../db/schema.js';
import { findScheme } from '../schemes/find.js';
import { requireIsoDate } from '../calendar/dates.js';
import { addDays, daysBetween } from '../calendar/dates.js';
import type { RuleResult } from '../selection/deselection.js';
import { custodyAt, releaseDue } from '../selection/features.js';
import { getMatrix, hiddenInRun } from '../selection/service.js';
import { rankAndReasonsWithout } from '../selection/hidden.js';
import type { Reason } from '../selection/reasons.js';
import { outscoring, type OutscoredBy } from '../selection/proposals.js';
import { decisionsOf, type RecordedDecision } from './decisions.js';
import { reviewIn } from './review.js';

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

/** One person on the agenda: every item about them, and one decision that answers those still open. */
export interface AgendaPerson {
  personId: number;
  personRef: string;
  member: boolean;
  score: number | null;
  rank: number | null;
  /** All their items (flags, proposals, reviews, releases), each with the decision that answered it, if any. */
  items: AgendaItem[];
  /** The items no decision at this meeting answers yet (not an automatic exit): the person's one decision answers these. */
  pending: string[];
  /** Their decisions at this meeting, in the order taken. */
  decisions: RecordedDecision[];
  /**
   * A member only: the best candidate left without a place in the run, when
   * they score more than the matrix's comparison margin above this member.
   * Shown for the panel to weigh at the review; never a proposal. Null when
   * the scores are withheld.
   */
  outscoredBy: OutscoredBy | null;
}

export interface PanelAgenda {
  schemeCode: string;
  meetingDate: IsoDate;
  meetingId: number | null;
  lastMeetingDate: IsoDate | null;
  runId: number | null;
  runAsOf: IsoDate | null;
  items: AgendaItem[];
  /** The items gathered by person, in agenda order: the chair's summary table and one decision each. */
  people: AgendaPerson[];
  /** The run's matrix's comparison margin (null without a run). */
  comparisonMargin: number | null;
  decisions: RecordedDecision[];
  /** Why this viewer may not see the run's scores and ranks (items are then in reference order), or null. */
  scoresWithheld: Sensitive | null;
  /**
   * When the scheme's members on the meeting date are not the run's members
   * (people joined or left since it, other than by this meeting's decisions):
   * its proposals do not take them into account, and this says so. Else null.
   */
  runOutOfDate: string | null;
}

/**
 * The agenda for a meeting date: the latest stored run on or before the date
 * (its proposals), the rules that are met, re-selection reviews, people
 * released since the last panel and due for release within the window, and
 * any decisions already recorded at this meeting.
 */
export async function panelAgenda(db: Kysely<DB>, actor: Actor, input: { schemeCode: string; meetingDate: string }): Promise<PanelAgenda> {
  requirePermission(actor, 'person:view');
  const meetingDate = requireIsoDate(input.meetingDate, 'The meeting date');
  // Read and logged, naming everyone on it, in one transaction.
  return db.transaction().execute(async (trx) => {
    const agenda = await agendaIn(trx, actor, input.schemeCode, meetingDate);
    await auditList(trx, actor, {
      what: `agenda of the ${agenda.schemeCode} panel of ${meetingDate}`,
      personIds: [...new Set([...agenda.items.map((i) => i.personId), ...agenda.decisions.map((d) => d.personId), ...agenda.people.flatMap((p) => (p.outscoredBy ? [p.outscoredBy.personId] : []))])],
      details: { meetingId: agenda.meetingId, runId: agenda.runId },
    });
    return agenda;
  });
}

async function agendaIn(db: Transaction<DB>, actor: Actor, schemeCode: string, meetingDate: IsoDate): Promise<PanelAgenda> {
  const scheme = await findScheme(db, actor.partnershipId, schemeCode);
  const meeting = await db.selectFrom('panel_meetings').select(['id', 'run_id']).where('scheme_id', '=', scheme.id).where('meeting_date', '=', meetingDate).where('partnership_id', '=', actor.partnershipId).executeTakeFirst();
  const last = await db.selectFrom('panel_meetings').select('meeting_date').where('scheme_id', '=', scheme.id).where('partnership_id', '=', actor.partnershipId).where('meeting_date', '<', meetingDate).orderBy('meeting_date', 'desc').limit(1).executeTakeFirst();
  // The meeting's run, else the latest on or before the meeting, with its matrix.
  const runs = db
    .selectFrom('selection_runs')
    .innerJoin('matrix_versions', 'matrix_versions.id', 'selection_runs.matrix_version_id')
    .select(['selection_runs.id', 'selection_runs.as_of', 'selection_runs.capacity', 'matrix_versions.config']);
  const runRow = meeting?.run_id
    ? await runs.where('selection_runs.id', '=', meeting.run_id).executeTakeFirst()
    : await runs.where('selection_runs.scheme_id', '=', scheme.id).where('selection_runs.partnership_id', '=', actor.partnershipId).where('selection_runs.as_of', '<=', meetingDate).orderBy('selection_runs.as_of', 'desc').orderBy('selection_runs.id', 'desc').limit(1).executeTakeFirst();
  const review = await reviewIn(db, actor, { schemeCode: scheme.code, asOf: meetingDate });
  const decisions = meeting ? await decisionsOf(db, actor.partnershipId, meeting.id, actor) : [];
  // The run's scores and ranks, unless its matrix weighs data this viewer may
  // not see; a decision's score (from whichever run came before it) is shown
  // only to those who may see every kind of data a matrix can weigh.
  const runConfig = runRow ? storedMatrix(JSON.parse(runRow.config)) : null;
  const scoresWithheld = runConfig ? scoreWithheldFor(actor, runConfig) : null;
  const decisionScoresWithheld = withheldBecause(actor, ['intelligence', 'drug_tests']);
  const items: AgendaItem[] = [];
  const scores = new Map<number, { score: number; rank: number; member: boolean }>();
  const memberIds = new Set(review.members.map((m) => m.personId));

  let runPeople: number[] = [];
  const runMembers = new Set<number>();
  const outscored = new Map<number, OutscoredBy>();
  if (runRow) {
    const rows = await db
      .selectFrom('selection_run_results as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.person_id', 'p.person_ref', 'r.score', 'r.rank', 'r.member', 'r.in_pool', 'r.proposal', 'r.proposal_reasons'])
      .where('r.run_id', '=', runRow.id)
      .where('r.partnership_id', '=', actor.partnershipId)
      .where(visiblePeople(actor, 'p'))
      .execute();
    // Ranks and reasons as the run's page shows them to this viewer: no gap
    // where a person hidden from them was, no count that includes them.
    const hidden = await hiddenInRun(db, actor, { id: runRow.id, asOf: runRow.as_of, config: runConfig! });
    for (const r of rows) {
      const shown = rankAndReasonsWithout(r.rank, r.score, JSON.parse(r.proposal_reasons) as Reason[], hidden.ranks, runRow.capacity, hidden.proposalsRestOnHidden);
      r.rank = shown.rank;
      r.proposal_reasons = JSON.stringify(shown.proposalReasons);
    }
    runPeople = rows.map((r) => r.person_id);
    for (const r of rows) if (r.member) runMembers.add(r.person_id);
    // The best candidate left without a place whom this viewer may see, as the run page shows (selection/service.ts memberComparisons).
    if (!scoresWithheld && runConfig) {
      let best: (typeof rows)[number] | null = null;
      for (const r of rows) if (!r.member && r.in_pool && r.proposal === null && (!best || r.score > best.score || (r.score === best.score && r.rank < best.rank))) best = r;
      const candidate = best ? { personId: best.person_id, personRef: best.person_ref, score: best.score } : null;
      for (const r of rows) if (r.member) {
        const o = outscoring(r.score, candidate, runConfig.proposals.comparisonMargin);
        if (o) outscored.set(r.person_id, o);
      }
    }
    for (const r of rows) {
      if (!scoresWithheld) scores.set(r.person_id, { score: r.score, rank: r.rank, member: r.member });
      if (r.proposal)
        items.push({
          personId: r.person_id,
          personRef: r.person_ref,
          kind: 'proposal',
          item: `proposal:${r.proposal}`,
          member: memberIds.has(r.person_id),
          score: scoresWithheld ? null : r.score,
          rank: scoresWithheld ? null : r.rank,
          reasons: showProposalReasons(JSON.parse(r.proposal_reasons) as Reason[], scoresWithheld),
          prompts: [],
          decision: null,
        });
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
      .where(visiblePeople(actor, 'p'))
      .where(sql<boolean>`c.person_id = ANY(${watch}::bigint[])`)
      .where((eb) => eb.or([eb.and([eb('c.release_date', '>', since), eb('c.release_date', '<=', meetingDate)]), spanOpenOn('c.release_date', meetingDate)]))
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
      if (releaseDue({ asOf: meetingDate, custody: now }, matrix.config))
        items.push({ ...base, kind: 'due_for_release', item: 'due_for_release', reasons: [{ code: 'due_for_release', text: `Expected release ${now.expectedReleaseDate}, in ${days} days.`, date: now.expectedReleaseDate, days, threshold: window }] });
    }
  }
  for (const it of items) it.decision = decisions.find((d) => d.personId === it.personId && d.items.includes(it.item)) ?? null;
  // A decision already taken can remove its own items (a de-selected person is
  // no longer a member on the date); keep them on the agenda with the decision.
  for (const d of decisions) {
    for (const item of d.items) {
      if (items.some((i) => i.personId === d.personId && i.item === item)) continue;
      const kind: AgendaKind = item.startsWith('proposal:') ? 'proposal' : item.startsWith('rule:') ? 'rule' : item === 'reselection_review' ? 'reselection' : item === 'released' ? 'released' : item === 'due_for_release' ? 'due_for_release' : 'rule';
      items.push({ personId: d.personId, personRef: d.personRef, kind, item, member: memberIds.has(d.personId), score: decisionScoresWithheld ? null : d.score, rank: s(d.personId)?.rank ?? null, reasons: [], prompts: [], decision: d });
    }
  }
  const shownDecisions = decisionScoresWithheld ? decisions.map((d) => ({ ...d, score: null })) : decisions;
  for (const it of items) if (it.decision && decisionScoresWithheld) it.decision = { ...it.decision, score: null };
  const order: AgendaKind[] = ['automatic_exit', 'proposal', 'rule', 'reselection', 'released', 'due_for_release'];
  items.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.personRef < b.personRef ? -1 : 1));
  const people = byPerson(items, shownDecisions, outscored);
  const decided = new Set(decisions.map((d) => d.personId));
  // Members on the date, those about to leave automatically (the dead) included.
  const onScheme = new Set([...memberIds, ...review.automaticExits.map((e) => e.personId)]);
  const joined = [...onScheme].filter((id) => !runMembers.has(id) && !decided.has(id)).length;
  const left = [...runMembers].filter((id) => !onScheme.has(id) && !decided.has(id)).length;
  return {
    schemeCode: scheme.code,
    meetingDate,
    meetingId: meeting?.id ?? null,
    lastMeetingDate: last?.meeting_date ?? null,
    runId: runRow?.id ?? null,
    runAsOf: runRow?.as_of ?? null,
    items,
    people,
    comparisonMargin: runConfig?.proposals.comparisonMargin ?? null,
    decisions: shownDecisions,
    scoresWithheld,
    runOutOfDate: runRow ? runOutOfDateText(runRow.id, runRow.as_of, meetingDate, joined, left) : null,
  };
}

/** Why a run's proposals are out of date for a meeting (people joined or left since it), or null when they are not. */
export function runOutOfDateText(runId: number, runAsOf: IsoDate, meetingDate: IsoDate, joined: number, left: number): string | null {
  if (joined === 0 && left === 0) return null;
  const people = (n: number) => `${n} ${n === 1 ? 'person has' : 'people have'}`;
  const changes = [joined ? `${people(joined)} joined the scheme` : '', left ? `${people(left)} left it` : ''].filter(Boolean).join(' and ');
  return `Since selection run ${runId} (as of ${runAsOf}), ${changes}, other than by this meeting's decisions, so its proposals do not take them into account. Run the selection again as of ${meetingDate} before deciding.`;
}

/** The items (in agenda order) gathered by person, in the order each person first appears. */
export function byPerson(items: readonly AgendaItem[], decisions: readonly RecordedDecision[], outscored: ReadonlyMap<number, OutscoredBy>): AgendaPerson[] {
  const people = new Map<number, AgendaPerson>();
  for (const it of items) {
    let p = people.get(it.personId);
    if (!p) {
      p = { personId: it.personId, personRef: it.personRef, member: it.member, score: it.score, rank: it.rank, items: [], pending: [], decisions: decisions.filter((d) => d.personId === it.personId), outscoredBy: outscored.get(it.personId) ?? null };
      people.set(it.personId, p);
    }
    p.items.push(it);
    p.member ||= it.member;
    p.score ??= it.score;
    p.rank ??= it.rank;
    if (!it.decision && it.kind !== 'automatic_exit' && !p.pending.includes(it.item)) p.pending.push(it.item);
  }
  return [...people.values()];
}

/** One person on the agenda as `waymark panel agenda --json` prints them and the API returns them. */
export interface AgendaJsonRow {
  personRef: string;
  member: boolean;
  score: number | null;
  items: { item: string; reasons: string[]; prompts: string[]; decisionId: number | null }[];
  pending: string[];
  comparisonMargin: number | null;
  outscoredBy: { personRef: string; score: number; ratio: number | null } | null;
  decisions: { id: number; items: string[]; decision: RecordedDecision['decision']; action: RecordedDecision['action']; reason: string; decidedBy: string }[];
}

/** The agenda by person, as the CLI's JSON and the API give it. */
export function agendaJsonRows(agenda: PanelAgenda): AgendaJsonRow[] {
  return agenda.people.map((p) => ({
    personRef: p.personRef,
    member: p.member,
    score: p.score,
    items: p.items.map((i) => ({ item: i.item, reasons: i.reasons.map((r) => r.text), prompts: i.prompts.map((x) => x.text), decisionId: i.decision?.id ?? null })),
    pending: p.pending,
    comparisonMargin: agenda.comparisonMargin,
    outscoredBy: p.outscoredBy ? { personRef: p.outscoredBy.personRef, score: p.outscoredBy.score, ratio: p.outscoredBy.ratio } : null,
    decisions: p.decisions.map((d) => ({ id: d.id, items: d.items, decision: d.decision, action: d.action, reason: d.reason, decidedBy: d.decidedBy })),
  }));
}
