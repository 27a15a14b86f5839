// A stored run as seen by a viewer from whom some of its people are hidden (a
// restricted person they are not named on: docs/need-to-know.md). Such a
// person is left out of the run's rows, so the counts beside those rows must
// leave them out too: otherwise the pool size, the members, the proposals'
// counts, the disproportionality table, the scheme's balance and the gaps in
// the ranks would each give them away by difference (a pool of 12 beside 11
// rows, one more 40–49-year-old man in the pool than the rows show). No I/O:
// the service reads the hidden people's rows and hands them here.
import type { IsoDate } from '../db/schema.js';
import { ageBand, countsOf, fromCounts, NOT_STATED, type Counts, type Disproportionality } from './disproportionality.js';
import type { SelectionFeatures } from './features.js';
import { freePlaceReason, overCapacityReasonWithoutCounts, type ProposalKind } from './proposals.js';
import type { Reason } from './reasons.js';
import type { RunSummary, SchemeBalance } from './scoring.js';

/** A run's row of a person hidden from the viewer, with what the counts are made of. */
export interface HiddenRow {
  rank: number;
  score: number;
  member: boolean;
  inPool: boolean;
  proposal: ProposalKind | null;
  sex: string;
  ethnicity: string | null;
  dateOfBirth: IsoDate;
  /** The stored features (null in runs stored before features were kept): the member's custody and area. */
  features: SelectionFeatures | null;
}

/** The counts of a run as the viewer may see them. */
export interface VisibleCounts {
  poolSize: number;
  members: number;
  summary: RunSummary;
  /**
   * Whether a hidden person was a member or proposed: the proposals were made
   * with them, so the counts they rest on (members against places, places
   * left free) are not shown, as they would not add up without them.
   */
  proposalsRestOnHidden: boolean;
}

/** Whether a person counts as selected in the disproportionality table (as rankRun counts them). */
function selected(r: { member: boolean; proposal: ProposalKind | null }): boolean {
  return (r.member && r.proposal !== 'deselect') || r.proposal === 'select';
}

/** Whether the run's proposals were made with a hidden person in them: a member, or proposed. */
export function proposalsRestOn(hidden: readonly Pick<HiddenRow, 'member' | 'proposal'>[]): boolean {
  return hidden.some((h) => h.member || h.proposal !== null);
}

/**
 * The run's counts without the hidden people. `visibleLowestMemberScore` is
 * the lowest score among the members the viewer may see (the stored one is
 * kept when no hidden member scores that low); `comparisons` how many
 * comparisons the viewer is shown.
 */
export function countsWithout(
  run: { poolSize: number; members: number; capacity: number | null; asOf: IsoDate; summary: RunSummary },
  hidden: readonly HiddenRow[],
  visibleLowestMemberScore: number | null,
  comparisons: number,
  longSentenceDays: number,
): VisibleCounts {
  const { summary } = run;
  const hiddenMembers = hidden.filter((h) => h.member);
  const p = summary.proposals;
  const members = p.members - hiddenMembers.length;
  const selections = p.selections - hidden.filter((h) => h.proposal === 'select').length;
  const deselections = p.deselections - hidden.filter((h) => h.proposal === 'deselect').length;
  const proposalsRestOnHidden = proposalsRestOn(hidden);
  return {
    proposalsRestOnHidden,
    poolSize: run.poolSize - hidden.filter((h) => h.inPool).length,
    members: run.members - hiddenMembers.length,
    summary: {
      ...summary,
      proposals: {
        ...p,
        members,
        selections,
        deselections,
        lowestMemberScore: hiddenMembers.length > 0 ? visibleLowestMemberScore : p.lowestMemberScore,
        // Places left free were worked out with the hidden people: withheld, not shown wrong.
        freePlacesAfter: proposalsRestOnHidden ? null : p.freePlacesAfter,
        ...(p.comparisons === undefined ? {} : { comparisons }),
      },
      disproportionality: disproportionalityWithout(summary.disproportionality, hidden, run.asOf),
      balance: balanceWithout(summary.balance, hiddenMembers, longSentenceDays),
    },
  };
}

/**
 * The disproportionality table without the hidden people: each group's
 * counts less theirs, and the rates and ratios worked out again as
 * disproportionality() works them out.
 */
export function disproportionalityWithout(d: Disproportionality, hidden: readonly HiddenRow[], asOf: IsoDate): Disproportionality {
  if (hidden.length === 0) return d;
  const counts = countsOf(d);
  const take = (m: Map<string, Counts>, group: string, isSelected: boolean) => {
    const c = m.get(group);
    if (!c) return;
    c.pool--;
    if (isSelected) c.selected--;
  };
  for (const h of hidden) {
    const s = selected(h);
    take(counts.ethnicity, h.ethnicity?.trim() || NOT_STATED, s);
    take(counts.sex, h.sex, s);
    take(counts.age_band, ageBand(h.dateOfBirth, asOf), s);
  }
  return fromCounts(d.asOf, counts);
}

/** The scheme's balance without the hidden members (their custody and area from their stored features). */
export function balanceWithout(b: SchemeBalance, hiddenMembers: readonly HiddenRow[], longSentenceDays: number): SchemeBalance {
  if (hiddenMembers.length === 0) return b;
  const out: SchemeBalance = { ...b, members: b.members - hiddenMembers.length };
  const areas = new Map(b.byArea.map((a) => [a.areaCode, a.members]));
  let unknown = false;
  for (const { features: f } of hiddenMembers) {
    if (!f) {
      unknown = true;
      continue;
    }
    const area = f.areaCode ?? 'unknown';
    areas.set(area, (areas.get(area) ?? 0) - 1);
    if (!f.custody) out.inCommunity--;
    else {
      out.inCustody--;
      if (f.custody.kind !== 'sentenced' || f.custody.sentenceDays === null) out.custodyOther--;
      else if (f.custody.sentenceDays >= longSentenceDays) out.custodyOver12Months--;
      else out.custodyUnder12Months--;
    }
  }
  // A hidden member of a run stored without features: where they were is not
  // known, so the breakdown that would count them is not shown at all.
  if (unknown) return { members: out.members, inCustody: 0, inCommunity: 0, custodyOver12Months: 0, custodyUnder12Months: 0, custodyOther: 0, byArea: [] };
  out.byArea = [...areas.entries()]
    .filter(([, n]) => n > 0)
    .map(([areaCode, members]) => ({ areaCode, members }))
    .sort((a, c) => c.members - a.members || (a.areaCode < c.areaCode ? -1 : 1));
  return out;
}

/**
 * A visible row's rank, flag and reasons without the hidden people: its rank
 * among the people the viewer may see (no gap where a hidden person was);
 * above the lowest member the viewer may see; and its reasons as
 * rankAndReasonsWithout gives them.
 */
export function resultWithout<R extends { rank: number; score: number; member: boolean; aboveLowestMember: boolean; proposalReasons: Reason[] }>(
  r: R,
  hiddenRanks: readonly number[],
  counts: VisibleCounts,
  capacity: number | null,
): R {
  const shown = rankAndReasonsWithout(r.rank, r.score, r.proposalReasons, hiddenRanks, capacity, counts.proposalsRestOnHidden);
  const lowest = counts.summary.proposals.lowestMemberScore;
  return { ...r, ...shown, aboveLowestMember: !r.member && lowest !== null && r.score > lowest };
}

/**
 * A stored row's rank and proposal reasons without the hidden people, for
 * every list drawn from a run (its page, the panel's agenda): the rank among
 * the people shown; a free place's reason quoting that rank; and, when the
 * proposals rest on hidden people, an over-capacity reason without the
 * numbers of members and places, which would not add up without them.
 */
export function rankAndReasonsWithout(
  rank: number,
  score: number,
  reasons: readonly Reason[],
  hiddenRanks: readonly number[],
  capacity: number | null,
  proposalsRestOnHidden: boolean,
): { rank: number; proposalReasons: Reason[] } {
  const shownRank = rank - hiddenRanks.filter((h) => h < rank).length;
  const proposalReasons = reasons.map((reason) => {
    if (capacity !== null && reason.code === 'free_place') return freePlaceReason(capacity, shownRank, score);
    if (proposalsRestOnHidden && reason.code === 'over_capacity') return overCapacityReasonWithoutCounts(score);
    return reason;
  });
  return { rank: shownRank, proposalReasons };
}
