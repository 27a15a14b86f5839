// The measures' figures as a viewer may see them (SPEC 3.7): for a reader who
// may not see people (a board member), every count of 1 to 4 is withheld, and
// so is every figure it could be worked back from (a rate or a frequency over
// it, the rest of a split, a fine-grained curve). The one place that decides
// it, for the performance page, the exports and the board report alike. Pure.
import {
  isShareWithheld,
  isSmallCount,
  SECONDARY,
  suppressRow,
  SUPPRESSED,
  type Withheld,
} from '../disclosure.js';
import type { Concentration, LorenzPoint } from './concentration.js';
import type { Ni30Report } from './ni30-service.js';
import type { Ni38Report } from './ni38-service.js';
import type { ReoffendingReport } from './reoffending-service.js';

/** A figure as the viewer sees it: its value, or null and why it is withheld. A value may be null without being withheld (no figure: "–"). */
export interface Shown {
  value: number | null;
  withheld: Withheld | null;
}

const show = (value: number | null): Shown => ({ value, withheld: null });
const hide = (withheld: Withheld): Shown => ({ value: null, withheld });
/** A figure worked out from others: withheld (as "withheld") when any of them is. */
const from = (value: number | null, ...inputs: Shown[]): Shown => (inputs.some((i) => i.withheld) ? hide('secondary') : show(value));

/** A count of people: withheld when it is 1 to 4. */
export function shownCount(named: boolean, n: number): Shown {
  return !named && isSmallCount(n) ? hide('small') : show(n);
}

/**
 * A count of people that splits a whole in two (those counted and the rest):
 * "fewer than 5" when it is small, and withheld too when the rest is, since the
 * whole less it would give the rest away. The whole is as shown.
 */
export function shownPart(named: boolean, part: number, whole: Shown): Shown {
  if (named) return show(part);
  if (isSmallCount(part)) return hide('small');
  if (whole.value !== null && isShareWithheld(false, part, whole.value)) return hide('secondary');
  return show(part);
}

/** A part of a whole that may itself be withheld: a part of a withheld whole is withheld with it. */
function partOf(named: boolean, part: number, whole: Shown): Shown {
  if (!named && whole.withheld) return hide(isSmallCount(part) ? 'small' : 'secondary');
  return shownPart(named, part, whole);
}

/** A figure's text: "fewer than 5", "withheld", "–" for no figure, else the value formatted. */
export function shownText(s: Shown, format: (n: number) => string = String): string {
  if (s.withheld === 'small') return SUPPRESSED;
  if (s.withheld === 'secondary') return SECONDARY;
  return s.value === null ? '–' : format(s.value);
}

/** A figure as an export's cell: the number, or the words in its place. */
export function shownCell(s: Shown): number | string | null {
  return s.withheld ? shownText(s) : s.value;
}

/**
 * Method notes with each withheld count put in words: the notes name counts
 * ("the 3 members", "3 people's follow-up"), which must not say what the
 * figures withhold.
 */
export function shownMethod(lines: readonly string[], counts: { n: number; shown: Shown }[]): string[] {
  let out = [...lines];
  for (const { n, shown } of counts) {
    if (!shown.withheld) continue;
    const words = shown.withheld === 'small' ? SUPPRESSED : 'a withheld number of';
    out = out.map((m) => m.replace(new RegExp(`\\b(the|The) ${n} (members|people)\\b`, 'g'), `$1 ${words} $2`).replace(new RegExp(`(^|\\s)${n} people's\\b`, 'g'), "$1some people's"));
  }
  return out;
}

// ------------------------------------------------------------------ concentration

/** Each tenth of a cohort must hold at least this many people for the curve to be shown to one who may not see people. */
export const CONCENTRATION_MIN_COHORT = 50;

export interface ConcentrationShown {
  /** Why the curve and its figures are withheld, or null when shown. */
  withheld: string | null;
  people: Shown;
  offences: number;
  topDecileShare: number | null;
  gini: number | null;
  lorenz: LorenzPoint[];
}

/**
 * The concentration of reoffending. Of a small cohort, the curve at each tenth
 * (and the top tenth's share, read from it) nearly gives each person's count of
 * reoffences; so for a reader who may not see people it is shown only when each
 * tenth holds at least 5 people (a cohort of 50 or more) and the reoffenders
 * are not withheld; else the curve, the top share and the Gini are withheld.
 */
export function shownConcentration(named: boolean, c: Concentration, cohort: Shown, reoffenders: Shown): ConcentrationShown {
  const people = cohort.withheld ? cohort : show(c.people);
  if (named || c.offences === 0) return { withheld: null, people, offences: c.offences, topDecileShare: c.topDecileShare, gini: c.gini, lorenz: c.lorenz };
  const why =
    c.people < CONCENTRATION_MIN_COHORT
      ? `Withheld: each tenth of the cohort would hold ${SUPPRESSED} people (it needs ${CONCENTRATION_MIN_COHORT} or more), so the curve would nearly give each person's reoffences.`
      : reoffenders.withheld
        ? `Withheld: ${SUPPRESSED} people reoffended, or did not, so the curve would give them away.`
        : null;
  if (why) return { withheld: why, people, offences: c.offences, topDecileShare: null, gini: null, lorenz: [] };
  return { withheld: null, people, offences: c.offences, topDecileShare: c.topDecileShare, gini: c.gini, lorenz: c.lorenz };
}

// ------------------------------------------------------------------ proven reoffending

export interface ReoffendingShown {
  cohortSize: Shown;
  reoffenders: Shown;
  binaryRate: Shown;
  /** Offences are not people: always shown. */
  offences: number;
  /** Offences ÷ cohort: withheld with the cohort. */
  frequencyPerOffender: Shown;
  /** Offences ÷ reoffenders: withheld with the reoffenders (14 ÷ 2.80 would give 5). */
  frequencyPerReoffender: Shown;
  /** People whose follow-up is not complete: a split of the cohort. */
  incompleteFollowUp: Shown;
  concentration: ConcentrationShown;
  method: string[];
}

export function shownReoffending(named: boolean, r: ReoffendingReport): ReoffendingShown {
  const cohortSize = shownCount(named, r.cohortSize);
  const reoffenders = partOf(named, r.reoffenders, cohortSize);
  const incompleteFollowUp = partOf(named, r.incompleteFollowUp, cohortSize);
  return {
    cohortSize,
    reoffenders,
    binaryRate: from(r.binaryRate, cohortSize, reoffenders),
    offences: r.offences,
    frequencyPerOffender: from(r.frequencyPerOffender, cohortSize),
    frequencyPerReoffender: from(r.frequencyPerReoffender, reoffenders),
    incompleteFollowUp,
    concentration: shownConcentration(named, r.concentration, cohortSize, reoffenders),
    method: shownMethod(r.method, [{ n: r.incompleteFollowUp, shown: incompleteFollowUp }]),
  };
}

// ------------------------------------------------------------------ NI30

export interface Ni30Shown {
  cohortSize: Shown;
  convictedCount: Shown;
  shareConvicted: Shown;
  method: string[];
}

export function shownNi30(named: boolean, r: Ni30Report): Ni30Shown {
  const cohortSize = shownCount(named, r.cohortSize);
  const convictedCount = partOf(named, r.convictedCount, cohortSize);
  return { cohortSize, convictedCount, shareConvicted: from(r.shareConvicted, cohortSize, convictedCount), method: shownMethod(r.method, [{ n: r.cohortSize, shown: cohortSize }]) };
}

// ------------------------------------------------------------------ NI38

export interface Ni38AreaShown {
  areaCode: string | null;
  cohortSize: Shown;
  actual: Shown;
  predicted: Shown;
  ratio: Shown;
}

export interface Ni38Shown {
  cohortSize: Shown;
  identifiedBy: { positiveTest: Shown; requiredAssessment: Shown };
  /** The cohort's offences and prediction: withheld when the cohort is fewer than 5 people (they would be those few people's). */
  actual: Shown;
  predicted: Shown;
  ratio: Shown;
  difference: Shown;
  contributorCount: Shown;
  byArea: Ni38AreaShown[];
  method: string[];
}

/**
 * NI38 for a viewer. The cohort is split two ways, by how people were
 * identified and by area, each adding up to the cohort: each split is
 * suppressed with the cohort as its total (primary and secondary), and the
 * cohort withheld when either split needs it. An area's offences, prediction
 * and ratio are withheld with its count.
 */
export function shownNi38(named: boolean, r: Ni38Report): Ni38Shown {
  const by = suppressRow(named, [r.identifiedBy.positiveTest, r.identifiedBy.requiredAssessment], r.cohortSize);
  const areas = suppressRow(named, r.byArea.map((a) => a.cohortSize), r.cohortSize);
  const cell = (n: number, v: number | null): Shown => (v === null ? hide(isSmallCount(n) ? 'small' : 'secondary') : show(v));
  const cohortSize = named ? show(r.cohortSize) : by.total === null || areas.total === null ? hide(isSmallCount(r.cohortSize) ? 'small' : 'secondary') : show(r.cohortSize);
  const few = cohortSize.withheld === 'small';
  const figure = (v: number | null): Shown => (few ? hide('secondary') : show(v));
  return {
    cohortSize,
    identifiedBy: { positiveTest: cell(r.identifiedBy.positiveTest, by.cells[0]!), requiredAssessment: cell(r.identifiedBy.requiredAssessment, by.cells[1]!) },
    actual: figure(r.actual),
    predicted: figure(r.predicted),
    ratio: figure(r.ratio),
    difference: figure(r.difference),
    contributorCount: partOf(named, r.contributorCount, cohortSize),
    byArea: r.byArea.map((a, i) => {
      const n = cell(a.cohortSize, areas.cells[i]!);
      const f = (v: number | null): Shown => (n.withheld ? hide('secondary') : show(v));
      return { areaCode: a.areaCode, cohortSize: n, actual: f(a.actual), predicted: f(a.predicted), ratio: f(a.ratio) };
    }),
    method: shownMethod(r.method, [{ n: r.cohortSize, shown: cohortSize }]),
  };
}
