// What a selection run proposes to the panel (SPEC 3.3): selections up to
// capacity with priority to short-sentence releases without statutory
// supervision, and de-selection of the least active members when the scheme is
// over capacity or a candidate outscores them. The panel decides; this proposes.
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

export interface ProposalOutcome {
  proposal: ProposalKind | null;
  /** Not a member, and scores above the lowest-scoring current member. */
  aboveLowestMember: boolean;
  reasons: Reason[];
}

export interface ProposalSummary {
  capacity: number | null;
  members: number;
  lowestMemberScore: number | null;
  selections: number;
  deselections: number;
  /** Places free once the proposals are accepted. */
  freePlacesAfter: number | null;
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
  for (const r of rows) outcomes.set(r.personId, { proposal: null, aboveLowestMember: false, reasons: [] });
  const out = (id: number) => outcomes.get(id)!;

  // Least active first: lowest score, then lowest rank position.
  const members = rows.filter((r) => r.member).sort((a, b) => a.score - b.score || b.rank - a.rank);
  const lowest = members[0]?.score ?? null;
  for (const r of rows) if (!r.member && lowest !== null && r.score > lowest) out(r.personId).aboveLowestMember = true;

  let selections = 0;
  let deselections = 0;
  if (capacity === null) {
    return { outcomes, summary: { capacity, members: members.length, lowestMemberScore: lowest, selections, deselections, freePlacesAfter: null } };
  }

  // Members still in place, least active first.
  const staying = [...members];
  while (staying.length > capacity) {
    const m = staying.shift()!;
    out(m.personId).proposal = 'deselect';
    out(m.personId).reasons.push(
      reason('over_capacity', `The scheme has ${members.length} members for ${capacity} places; this member scores ${m.score}, among the lowest.`, {
        count: members.length,
        threshold: capacity,
        value: m.score,
      }),
    );
    deselections++;
  }

  const candidates = rows
    .filter((r) => !r.member && r.inPool)
    .sort((a, b) => Number(b.priority) - Number(a.priority) || a.rank - b.rank);
  let free = capacity - staying.length;
  for (const c of candidates) {
    const o = out(c.personId);
    const why = c.priority ? reason('priority_release', 'Due out of a short sentence without statutory supervision: priority under the 2009 guidance.') : null;
    if (free > 0) {
      o.proposal = 'select';
      o.reasons.push(reason('free_place', `A place is free (capacity ${capacity}); ranked ${c.rank} with score ${c.score}.`, { value: c.score, threshold: capacity }));
      if (why) o.reasons.push(why);
      free--;
      selections++;
      continue;
    }
    const least = staying[0];
    if (config.proposals.displaceLowerScoringMembers && least && c.score > least.score) {
      staying.shift();
      o.proposal = 'select';
      o.reasons.push(
        reason('displaces_member', `Scores ${c.score}, above member ${least.personRef} (${least.score}); the scheme is full.`, { value: c.score }),
      );
      if (why) o.reasons.push(why);
      const m = out(least.personId);
      m.proposal = 'deselect';
      m.reasons.push(
        reason('displaced', `Less active than ${c.personRef}, who scores ${c.score} against this member's ${least.score}, with the scheme full.`, {
          value: least.score,
        }),
      );
      selections++;
      deselections++;
    }
  }
  return {
    outcomes,
    summary: { capacity, members: members.length, lowestMemberScore: lowest, selections, deselections, freePlacesAfter: free },
  };
}
