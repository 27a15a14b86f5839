// Scoring by the selection matrix (SPEC 3.3): one person's criteria and their
// sum, and a whole list ranked. Pure: the same features and matrix give the
// same scores.
import { criteriaFor, type CriterionResult } from './criteria.js';
import type { SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';

export interface RankedPerson {
  personId: number;
  personRef: string;
  score: number;
  /** 1 = highest score; ties broken by person reference so a run is repeatable. */
  rank: number;
  criteria: CriterionResult[];
  features: SelectionFeatures;
}

/** Rounds to 4 decimal places, so stored and printed scores are stable. */
export function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** Scores one person: every criterion's value, weight and contribution, and the total. */
export function scorePerson(features: SelectionFeatures, config: MatrixConfig): { score: number; criteria: CriterionResult[] } {
  const criteria = criteriaFor(config).map((c) => c.compute(features, config));
  const score = round4(criteria.reduce((s, c) => s + c.contribution, 0));
  return { score, criteria };
}

/**
 * The score alone: the same criteria and sum as scorePerson, without writing
 * the reasons (for ranking a whole pool; the reasons are written when shown).
 */
export function scoreOf(features: SelectionFeatures, config: MatrixConfig): number {
  let sum = 0;
  for (const c of criteriaFor(config)) sum += c.compute(features, config, false).contribution;
  return round4(sum);
}

/** Scores and ranks everyone given. Pure: the same features and matrix give the same ranking. */
export function scoreAll(features: readonly SelectionFeatures[], config: MatrixConfig): RankedPerson[] {
  const criteria = criteriaFor(config);
  const scored = features.map((f) => {
    const results = criteria.map((c) => c.compute(f, config));
    return {
      personId: f.personId,
      personRef: f.personRef,
      score: round4(results.reduce((s, c) => s + c.contribution, 0)),
      rank: 0,
      criteria: results,
      features: f,
    };
  });
  scored.sort((a, b) => b.score - a.score || (a.personRef < b.personRef ? -1 : a.personRef > b.personRef ? 1 : 0));
  scored.forEach((s, i) => (s.rank = i + 1));
  return scored;
}
