// NI38-style actual against predicted (SPEC 3.6; seed 001): for people
// identified as Class A drug users, proven offences in the 12 months after
// identification against offences predicted by a pluggable, versioned model,
// and the smallest set of people who account for the difference. Pure.
import { addMonths, type IsoDate } from '../calendar/dates.js';
import type { Ogrs3Band } from './ogrs3.js';

/** What a model sees of one person at identification. */
export interface Ni38ModelInput {
  identifiedOn: IsoDate;
  /** OGRS3 one-year probability of proven reoffending as of identification. */
  ogrs3OneYear: number;
  ogrs3TwoYear: number;
  ogrs3Band: Ogrs3Band;
  /** Sanction occasions (convictions and cautions) up to identification. */
  sanctionOccasions: number;
}

export interface Ni38Model {
  /** Stored with every result, so a figure can always be traced to its model. */
  version: string;
  description: string;
  /** Expected offences proven by conviction in the 12 months after identification. */
  predict(p: Ni38ModelInput): number;
}

/**
 * National NI38 baseline: the 2008 cohort was 20,934 people with 54,462
 * proven offences in their 12 months, 2.6 a person (seed 001, SPEC 3.6).
 */
export const NI38_NATIONAL_2008 = { people: 20_934, offences: 54_462 } as const;

/**
 * The default model, 'ni38-ogrs3-frequency-1'.
 *
 * The national indicator's model was never published, so this is Waymark's
 * own. Expected offences = P(reoffend within a year) × offences per reoffender:
 *  - P is the person's OGRS3 one-year probability as of identification: a
 *    published, validated model built on exactly the history we hold (age,
 *    sex, sanctions, offence), so the prediction is individual and explainable.
 *  - Offences per reoffender is calibrated so that a cohort like the 2008
 *    national one gets 2.6 offences a person: 54,462 / 20,934 = 2.6016 per
 *    person, divided by the one-year reoffending rate we assume for that
 *    cohort, 0.47. That rate is MoJ's published rate for offenders with 11 or
 *    more previous offences (reference/README.md); people identified by a
 *    positive Class A test are overwhelmingly in that prolific group. The
 *    national cohort's own rate was not published either; it is the one
 *    assumption here, and changing it makes a new model version.
 *  => 2.6016 / 0.47 = 5.535 offences for each expected reoffender.
 */
export function ogrs3FrequencyModel(opts: { version: string; offencesPerPerson: number; referenceOneYearRate: number }): Ni38Model & {
  offencesPerReoffender: number;
} {
  const offencesPerReoffender = opts.offencesPerPerson / opts.referenceOneYearRate;
  return {
    version: opts.version,
    description:
      `Expected proven offences in 12 months = OGRS3 one-year probability × ${offencesPerReoffender.toFixed(3)} offences per reoffender ` +
      `(national 2008 cohort: ${opts.offencesPerPerson.toFixed(4)} offences per person ÷ assumed one-year reoffending rate ${opts.referenceOneYearRate}).`,
    offencesPerReoffender,
    predict: (p) => p.ogrs3OneYear * offencesPerReoffender,
  };
}

export const DEFAULT_NI38_MODEL = ogrs3FrequencyModel({
  version: 'ni38-ogrs3-frequency-1',
  offencesPerPerson: NI38_NATIONAL_2008.offences / NI38_NATIONAL_2008.people,
  referenceOneYearRate: 0.47,
});

/** The models a user may choose, by version. Add a new version rather than changing one. */
export const NI38_MODELS: Record<string, Ni38Model> = { [DEFAULT_NI38_MODEL.version]: DEFAULT_NI38_MODEL };

export interface Ni38Person {
  personId: number;
  identifiedOn: IsoDate;
  actual: number;
  predicted: number;
}

export interface Ni38Contributor extends Ni38Person {
  excess: number;
  cumulativeExcess: number;
}

/**
 * The smallest set of people whose excess of actual over predicted accounts
 * for the cohort's difference: sort by excess, largest first, and take people
 * until their cumulative excess reaches the total difference. Taking the
 * largest first makes the set as small as it can be. Empty when the cohort
 * offended no more than predicted.
 */
export function ni38Contributors(people: readonly Ni38Person[]): Ni38Contributor[] {
  const actual = people.reduce((s, p) => s + p.actual, 0);
  const predicted = people.reduce((s, p) => s + p.predicted, 0);
  const difference = actual - predicted;
  if (!(difference > 0)) return [];
  const sorted = people
    .map((p) => ({ ...p, excess: p.actual - p.predicted }))
    .sort((a, b) => b.excess - a.excess || a.personId - b.personId);
  const out: Ni38Contributor[] = [];
  let cumulativeExcess = 0;
  for (const p of sorted) {
    if (p.excess <= 0) break;
    cumulativeExcess += p.excess;
    out.push({ ...p, cumulativeExcess });
    // A small tolerance so that float sums equal to the difference count as reaching it.
    if (cumulativeExcess >= difference - 1e-9) break;
  }
  return out;
}

export interface Ni38Figures {
  cohortSize: number;
  actual: number;
  predicted: number;
  /** actual ÷ predicted: 1 is as predicted, below 1 is better. */
  ratio: number | null;
  difference: number;
  contributors: Ni38Contributor[];
}

export function computeNi38(people: readonly Ni38Person[]): Ni38Figures {
  const actual = people.reduce((s, p) => s + p.actual, 0);
  const predicted = people.reduce((s, p) => s + p.predicted, 0);
  return {
    cohortSize: people.length,
    actual,
    predicted,
    ratio: predicted > 0 ? actual / predicted : null,
    difference: actual - predicted,
    contributors: ni38Contributors(people),
  };
}

/** Where an NI38 cohort period stands on the day it is read: not begun, still open, its follow-up running, or complete. */
export type Ni38PeriodStatus = 'not_started' | 'open' | 'following_up' | 'complete';

export interface Ni38Timing {
  /** The day the figures are read on (the as-of date, or the partnership's today). */
  readOn: IsoDate;
  status: Ni38PeriodStatus;
  /** The last day of the 12 months' follow-up of the last people the period can identify. */
  followUpEnds: IsoDate;
  /** Why the figures are not final (or are all 0), in words; null when the follow-up is complete. */
  note: string | null;
}

/**
 * Where the cohort period [from, to] (inclusive) stands on `today`. The period
 * itself is the method's (January to March for the national indicator); this
 * only says when its figures cannot be final yet, so a 0 is not taken for a result.
 */
export function ni38Timing(from: IsoDate, to: IsoDate, today: IsoDate): Ni38Timing {
  const followUpEnds = addMonths(to, 12);
  if (today < from)
    return { readOn: today, status: 'not_started', followUpEnds, note: `No data yet: the cohort period (${from} to ${to}) has not begun on ${today}, so no one can have been identified in it and every figure is 0. Choose an earlier year, or a period that has ended.` };
  if (today <= to)
    return { readOn: today, status: 'open', followUpEnds, note: `The cohort period runs to ${to}, after ${today}: people are still being identified, and their 12 months' follow-up runs to ${followUpEnds}, so the figures will rise.` };
  if (today <= followUpEnds)
    return { readOn: today, status: 'following_up', followUpEnds, note: `Provisional: the 12 months' follow-up of the people identified last runs to ${followUpEnds}, after ${today}, so the actual offences will rise.` };
  return { readOn: today, status: 'complete', followUpEnds, note: null };
}
