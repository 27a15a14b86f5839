// What a selection run shows a viewer who may not see everything it rests on
// (SPEC 3.8, issue 14). A criterion that reads intelligence or drug tests is
// withheld whole (count, contribution and reasons) from those who may not see
// them; and when the matrix gives such a criterion weight, so is every figure
// the criterion is summed into: the total score, the rank, the comparison with
// the lowest member, the reasons that quote them, and the order of the list.
// Otherwise the count could be worked back from the total less the other parts.
import type { Actor } from '../access/actor.js';
import { WITHHELD_BECAUSE, withheldBecause, type Sensitive } from '../access/need-to-know.js';
import type { CriterionResult } from './criteria.js';
import type { MatrixConfig } from './matrix.js';
import { reason, type Reason } from './reasons.js';

/** The kinds of data a criterion's own value and reasons rest on. */
export function criterionRestsOn(name: string): Sensitive[] {
  if (name.startsWith('intelligence_')) return ['intelligence'];
  if (name === 'drugs') return ['drug_tests'];
  return [];
}

/** The kinds of data a matrix's total score rests on: those of every criterion it gives weight. */
export function scoreRestsOn(config: MatrixConfig): Sensitive[] {
  const out: Sensitive[] = [];
  if (config.frequency.some((w) => w.intelligenceWeight !== 0)) out.push('intelligence');
  if (config.drugs.weight !== 0) out.push('drug_tests');
  return out;
}

/** Why this viewer may not see the scores of a run with this matrix, or null when they may. */
export function scoreWithheldFor(actor: Actor, config: MatrixConfig): Sensitive | null {
  return withheldBecause(actor, scoreRestsOn(config));
}

/** The sentence a page shows in place of a withheld figure. */
export function withheldText(what: string, because: Sensitive): string {
  return `${what} withheld because ${WITHHELD_BECAUSE[because]}.`;
}

/** A criterion as this viewer may see it: whole, or with its value, contribution and reasons withheld. */
export interface ShownCriterion extends Omit<CriterionResult, 'contribution'> {
  contribution: number | null;
  /** Why the value, contribution and reasons are withheld. */
  withheld?: Sensitive;
}

export function showCriterion(actor: Actor, c: CriterionResult): ShownCriterion {
  const because = withheldBecause(actor, criterionRestsOn(c.name));
  if (!because) return c;
  const { met: _met, ...rest } = c;
  return { ...rest, value: null, contribution: null, reasons: [reason('withheld', withheldText('This count is', because))], withheld: because };
}

/** Proposal reasons that quote a score or rank; the others (priority release) stand alone. */
const QUOTES_SCORE: ReadonlySet<string> = new Set(['over_capacity', 'free_place', 'displaces_member', 'displaced']);

/** A proposal's reasons with those quoting the withheld score replaced by one that says why. */
export function showProposalReasons(reasons: readonly Reason[], because: Sensitive | null): Reason[] {
  if (!because || !reasons.some((r) => QUOTES_SCORE.has(r.code))) return [...reasons];
  return [reason('withheld', withheldText('The score and rank behind this proposal are', because)), ...reasons.filter((r) => !QUOTES_SCORE.has(r.code))];
}

/**
 * Reasons as this viewer may see them: each that rests on data they may not
 * see is replaced, whole, by one that says it is withheld and why (one such
 * line for a run of them, so that not even their number shows).
 */
export function showReasons(actor: Actor, reasons: readonly Reason[]): Reason[] {
  const out: Reason[] = [];
  for (const r of reasons) {
    const because = r.restsOn ? withheldBecause(actor, r.restsOn) : null;
    if (!because) {
      out.push(r);
      continue;
    }
    const w = reason('withheld', withheldText('A reason is', because));
    const last = out[out.length - 1];
    if (!last || last.code !== 'withheld' || last.text !== w.text) out.push(w);
  }
  return out;
}
