// The pure part of a selection run (SPEC 3.3): score the whole pool with a
// matrix version, rank it, mark the members, propose selections and
// de-selections, and report disproportionality and the scheme's balance.
// Pure: no I/O. A run does this in its scoring thread (scoring-thread.ts), so
// the web server on the main thread is not held while 31,000 people are ranked.
import type { ProposalKind } from '../glossary.js';
import type { IsoDate } from '../calendar/dates.js';
import type { CriterionResult } from './criteria.js';
import { disproportionality, type Disproportionality } from './disproportionality.js';
import { inPool, type SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';
import { scoreOf } from './score.js';
import { isPriority, propose, type OutscoredBy, type ProposalSummary } from './proposals.js';
import type { Reason } from './reasons.js';

export interface RunResult {
  personId: number;
  personRef: string;
  rank: number;
  score: number;
  member: boolean;
  inPool: boolean;
  aboveLowestMember: boolean;
  priority: boolean;
  proposal: ProposalKind | null;
  proposalReasons: Reason[];
  /** Members only: the best candidate left without a place, when they score more than the comparison margin above this member (never a proposal). */
  outscoredBy: OutscoredBy | null;
  criteria: CriterionResult[];
}

/** A member outscored by more than the comparison margin, for the run page's list and the panel. */
export interface MemberComparison {
  personId: number;
  personRef: string;
  score: number;
  outscoredBy: OutscoredBy;
}

export interface SchemeBalance {
  members: number;
  inCustody: number;
  inCommunity: number;
  /** Sentenced custody over 12 months (365 days or more), and under. */
  custodyOver12Months: number;
  custodyUnder12Months: number;
  custodyOther: number;
  byArea: { areaCode: string; members: number }[];
}

export interface RunSummary {
  proposals: ProposalSummary;
  disproportionality: Disproportionality;
  balance: SchemeBalance;
  areaCodes: string[];
}

/** What a run scores against: the date, the matrix version's config, and the scheme. */
export interface RunContext {
  asOf: IsoDate;
  config: MatrixConfig;
  /** The scheme's areas. */
  areaCodes: string[];
  /** The scheme's members on the date. */
  memberIds: readonly number[];
  capacity: number | null;
}

/** A result before its criteria are written, with the features they are computed from. */
export interface ScoredPerson extends Omit<RunResult, 'criteria'> {
  features: SelectionFeatures;
}

export interface ScoredRun {
  /** Everyone scored, in rank order. */
  people: ScoredPerson[];
  poolSize: number;
  summary: RunSummary;
}

/** The members outscored by more than the margin, most outscored first (highest score ratio; a member scoring 0 first). */
export function comparisonsOf(people: readonly Pick<RunResult, 'personId' | 'personRef' | 'score' | 'member' | 'outscoredBy'>[]): MemberComparison[] {
  const out: MemberComparison[] = [];
  for (const p of people) if (p.member && p.outscoredBy) out.push({ personId: p.personId, personRef: p.personRef, score: p.score, outscoredBy: p.outscoredBy });
  return out.sort((a, b) => (b.outscoredBy.ratio ?? Infinity) - (a.outscoredBy.ratio ?? Infinity) || (a.personRef < b.personRef ? -1 : a.personRef > b.personRef ? 1 : 0));
}

/** Scores people, unranked: a pool's people can be scored a part at a time, as each part's features arrive. */
export function scorePeople(features: readonly SelectionFeatures[], ctx: RunContext): ScoredPerson[] {
  const { config } = ctx;
  const memberIds = new Set(ctx.memberIds);
  const areaSet = new Set(ctx.areaCodes);
  return features.map((f) => ({
    personId: f.personId,
    personRef: f.personRef,
    rank: 0,
    score: scoreOf(f, config),
    member: memberIds.has(f.personId),
    inPool: inPool(f, areaSet, config),
    aboveLowestMember: false,
    priority: isPriority(f, config),
    proposal: null,
    proposalReasons: [],
    outscoredBy: null,
    features: f,
  }));
}

/** The order of a run's ranking: highest score first, then by reference. */
export function byRank(a: Pick<ScoredPerson, 'score' | 'personRef'>, b: Pick<ScoredPerson, 'score' | 'personRef'>): number {
  return b.score - a.score || (a.personRef < b.personRef ? -1 : a.personRef > b.personRef ? 1 : 0);
}

/**
 * Ranks the whole pool's scored people (in place), proposes, and sums up the
 * run. People fed in stretches already in rank order (byRank) are ranked
 * faster: the sort merges the stretches.
 */
export function rankRun(people: ScoredPerson[], ctx: RunContext): ScoredRun {
  const { config, asOf } = ctx;
  people.sort(byRank);
  people.forEach((p, i) => (p.rank = i + 1));

  const { outcomes, summary: proposals } = propose(people, ctx.capacity, config);
  for (const p of people) {
    const o = outcomes.get(p.personId)!;
    p.proposal = o.proposal;
    p.aboveLowestMember = o.aboveLowestMember;
    p.proposalReasons = o.reasons;
    p.outscoredBy = o.outscoredBy;
  }
  const summary: RunSummary = {
    proposals,
    disproportionality: disproportionality(
      people.map((p) => ({
        ethnicity: p.features.ethnicity,
        sex: p.features.sex,
        dateOfBirth: p.features.dateOfBirth,
        selected: (p.member && p.proposal !== 'deselect') || p.proposal === 'select',
      })),
      asOf,
    ),
    balance: balanceOf(people, new Set(ctx.memberIds), config.noStatutorySupervision.longSentenceDays),
    areaCodes: ctx.areaCodes,
  };
  return { people, poolSize: people.filter((p) => p.inPool).length, summary };
}

export function balanceOf(people: readonly ScoredPerson[], memberIds: ReadonlySet<number>, longDays: number): SchemeBalance {
  const b: SchemeBalance = { members: 0, inCustody: 0, inCommunity: 0, custodyOver12Months: 0, custodyUnder12Months: 0, custodyOther: 0, byArea: [] };
  const areas = new Map<string, number>();
  for (const { features: f } of people) {
    if (!memberIds.has(f.personId)) continue;
    b.members++;
    const area = f.areaCode ?? 'unknown';
    areas.set(area, (areas.get(area) ?? 0) + 1);
    if (!f.custody) b.inCommunity++;
    else {
      b.inCustody++;
      if (f.custody.kind !== 'sentenced' || f.custody.sentenceDays === null) b.custodyOther++;
      else if (f.custody.sentenceDays >= longDays) b.custodyOver12Months++;
      else b.custodyUnder12Months++;
    }
  }
  b.byArea = [...areas.entries()].map(([areaCode, members]) => ({ areaCode, members })).sort((a, c) => c.members - a.members || (a.areaCode < c.areaCode ? -1 : 1));
  return b;
}
