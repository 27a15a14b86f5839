// What a selection run proposes to the panel (SPEC 3.3): selections up to
// capacity with priority to short-sentence releases without statutory
// supervision, and de-selection of the least active members only when the
// scheme is over capacity (down to capacity). The six rules of SPEC 3.4 flag
// members for review on the panel's agenda; a score alone never proposes a
// swap. A candidate left without a place who outscores a member by more than
// the matrix's comparison margin is shown beside that member, for the panel to
// weigh at the member's review (issue 15). The panel decides; this proposes.
import { withoutStatutorySupervision } from './criteria.js';
import { releaseDue, type SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';
import { reason, type Reason } from './reasons.js';

export type ProposalKind = 'select' | 'deselect';

export interface ProposalCandidate {
  personId: number;
  personRef: string;
  score: number;
  rank: number;
  member: boolean;
  inPool: boolean;
  priority: boolean;
}

/** A candidate who outscores a member by more than the margin: shown to the panel, never proposed. */
export interface OutscoredBy {
  personId: number;
  personRef: string;
  score: number;
  /** How far above the member's score, as a fraction of it (0.26: 26% above); null when the member scores 0 or less. */
  ratio: number | null;
}

export interface ProposalOutcome {
  proposal: ProposalKind | null;
  /** Not a member, and scores above the lowest-scoring current member. */
  aboveLowestMember: boolean;
  reasons: Reason[];
  /** Members only: the best candidate left without a place, when they outscore this member by more than the margin. */
  outscoredBy: OutscoredBy | null;
}

export interface ProposalSummary {
  capacity: number | null;
  members: number;
  lowestMemberScore: number | null;
  selections: number;
  deselections: number;
  /** Places free once the proposals are accepted. */
  freePlacesAfter: number | null;
  /** Members outscored by more than the comparison margin (shown to the panel, not proposed); absent in runs stored before it was counted. */
  comparisons?: number;
}

/**
 * How far a candidate's score is above a member's, or null when it is not
 * above by more than the margin. The ratio is (candidate − member) / member,
 * rounded to 4 places; a member scoring 0 or less is outscored by any higher
 * score, with no ratio.
 */
export function outscoring(memberScore: number, candidate: { personId: number; personRef: string; score: number } | null, margin: number): OutscoredBy | null {
  if (!candidate || !(candidate.score > memberScore)) return null;
  if (memberScore <= 0) return { personId: candidate.personId, personRef: candidate.personRef, score: candidate.score, ratio: null };
  const ratio = (candidate.score - memberScore) / memberScore;
  if (!(ratio > margin)) return null;
  return { personId: candidate.personId, personRef: candidate.personRef, score: candidate.score, ratio: Math.round(ratio * 10000) / 10000 };
}

/** "X scores 127.2, 26% above": the comparison in words, for pages and the CLI. */
export function outscoringText(o: OutscoredBy, name = o.personRef): string {
  const score = Math.round(o.score * 100) / 100;
  return o.ratio === null ? `${name} scores ${score}, above this member's score of 0` : `${name} scores ${score}, ${Math.round(o.ratio * 100)}% above`;
}

/** The 2009 guidance's priority group: due out of a short sentence with no statutory supervision. */
export function isPriority(f: SelectionFeatures, config: MatrixConfig): boolean {
  const c = f.custody;
  return (
    c !== null &&
    c.kind === 'sentenced' &&
    c.sentenceDays !== null &&
    c.sentenceDays < config.proposals.shortSentenceDays &&
    releaseDue(f, config) &&
    withoutStatutorySupervision(f, config).met
  );
}

export function propose(
  rows: readonly ProposalCandidate[],
  capacity: number | null,
  config: Pick<MatrixConfig, 'proposals'>,
): { outcomes: Map<number, ProposalOutcome>; summary: ProposalSummary } {
  const outcomes = new Map<number, ProposalOutcome>();
  for (const r of rows) outcomes.set(r.personId, { proposal: null, aboveLowestMember: false, reasons: [], outscoredBy: null });
  const out = (id: number) => outcomes.get(id)!;

  // Least active first: lowest score, then lowest rank position.
  const members = rows.filter((r) => r.member).sort((a, b) => a.score - b.score || b.rank - a.rank);
  const lowest = members[0]?.score ?? null;
  for (const r of rows) if (!r.member && lowest !== null && r.score > lowest) out(r.personId).aboveLowestMember = true;

  let selections = 0;
  let deselections = 0;
  const candidates = candidatesInTurn(rows);
  if (capacity === null) {
    const comparisons = compare(members, candidates, out, config.proposals.comparisonMargin);
    return { outcomes, summary: { capacity, members: members.length, lowestMemberScore: lowest, selections, deselections, freePlacesAfter: null, comparisons } };
  }

  // Members still in place, least active first.
  const staying = [...members];
  while (staying.length > capacity) {
    const m = staying.shift()!;
    out(m.personId).proposal = 'deselect';
    out(m.personId).reasons.push(overCapacityReason(members.length, capacity, m.score));
    deselections++;
  }

  let free = capacity - staying.length;
  for (const c of candidates) {
    if (free <= 0) break;
    const o = out(c.personId);
    o.proposal = 'select';
    o.reasons.push(freePlaceReason(capacity, c.rank, c.score));
    if (c.priority) o.reasons.push(reason('priority_release', 'Due out of a short sentence without statutory supervision: priority under the 2009 guidance.'));
    free--;
    selections++;
  }
  const comparisons = compare(members, candidates, out, config.proposals.comparisonMargin);
  return {
    outcomes,
    summary: { capacity, members: members.length, lowestMemberScore: lowest, selections, deselections, freePlacesAfter: free, comparisons },
  };
}

/** Why a member is proposed for de-selection: the scheme is over capacity and they are among the least active. */
export function overCapacityReason(members: number, capacity: number, score: number): Reason {
  return reason('over_capacity', `The scheme has ${members} members for ${capacity} places; this member scores ${score}, among the lowest.`, {
    count: members,
    threshold: capacity,
    value: score,
  });
}

/** The same, for a viewer from whom some of the members are hidden: the counts left out (selection/hidden.ts). */
export function overCapacityReasonWithoutCounts(score: number): Reason {
  return reason('over_capacity', `The scheme has more members than places; this member scores ${score}, among the lowest.`, { value: score });
}

/** Why a candidate is proposed for selection: a place is free, and their rank. */
export function freePlaceReason(capacity: number, rank: number, score: number): Reason {
  return reason('free_place', `A place is free (capacity ${capacity}); ranked ${rank} with score ${score}.`, { value: score, threshold: capacity });
}

/**
 * The candidates for a place (in the pool, not members) in the order places
 * go to them: the priority group first, then the rest, each by rank. A run's
 * rows come in rank order, so this is one pass, not a sort.
 */
function candidatesInTurn(rows: readonly ProposalCandidate[]): ProposalCandidate[] {
  let ranked = rows;
  for (let i = 1; i < rows.length; i++) {
    if (rows[i - 1]!.rank > rows[i]!.rank) {
      ranked = [...rows].sort((a, b) => a.rank - b.rank);
      break;
    }
  }
  const priority: ProposalCandidate[] = [];
  const rest: ProposalCandidate[] = [];
  for (const r of ranked) if (!r.member && r.inPool) (r.priority ? priority : rest).push(r);
  for (const r of rest) priority.push(r);
  return priority;
}

/**
 * The best candidate left without a place (in the pool, not a member, not
 * proposed for selection: highest score, then rank) beside each member;
 * returns how many members they outscore by more than the margin.
 */
function compare(members: readonly ProposalCandidate[], candidates: readonly ProposalCandidate[], out: (id: number) => ProposalOutcome, margin: number): number {
  let best: ProposalCandidate | null = null;
  for (const c of candidates) {
    if (out(c.personId).proposal !== null) continue;
    if (!best || c.score > best.score || (c.score === best.score && c.rank < best.rank)) best = c;
  }
  let n = 0;
  for (const m of members) {
    const o = outscoring(m.score, best, margin);
    out(m.personId).outscoredBy = o;
    if (o) n++;
  }
  return n;
}
