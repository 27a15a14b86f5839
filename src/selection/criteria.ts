// The criteria of the selection matrix (SPEC 3.3). Each takes a person's
// features and the matrix and returns its value, weight and contribution with
// the reasons behind them, so the panel can see exactly what scored.
import { OGRS3_OFFENCE_CATEGORIES, ogrs3, type Ogrs3OffenceCategory } from '../performance/ogrs3.js';
import { daysBetween, maxDate, type IsoDate } from '../calendar/dates.js';
import { daysToRelease, releaseDue, type SelectionFeatures } from './features.js';
import type { MatrixConfig } from './matrix.js';
import { reason, type Reason } from './reasons.js';

export interface CriterionResult {
  name: string;
  value: number | boolean | null;
  weight: number;
  contribution: number;
  /** For yes/no criteria: whether it is met. */
  met?: boolean;
  reasons: Reason[];
}

export interface Criterion {
  name: string;
  /** A short label for tables and the matrix editor. */
  label: string;
  /**
   * The criterion's result. With explain false the reasons are left empty
   * (their sentences are most of the cost of scoring a force-scale pool); the
   * value, weight and contribution are the same either way.
   */
  compute(f: SelectionFeatures, config: MatrixConfig, explain?: boolean): CriterionResult;
}

const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The reasons, written only when asked for. */
type Why = () => Reason[];

/**
 * The reasons of every result scored without them: one empty array, frozen,
 * not one for each criterion of each of a pool's 31,000 people.
 */
const NO_REASONS = Object.freeze([]) as unknown as Reason[];

function result(name: string, value: CriterionResult['value'], weight: number, points: number, explain: boolean, why: Why, met?: boolean): CriterionResult {
  const out: CriterionResult = { name, value, weight, contribution: r4(weight * points), reasons: explain ? why() : NO_REASONS };
  if (met !== undefined) out.met = met;
  return out;
}

export const recency: Criterion = {
  name: 'recency',
  label: 'Days since the last offence or arrest',
  compute(f, config, explain = true) {
    const last = maxDate(f.lastOffenceDate, f.lastArrestDate);
    if (!last) return result('recency', null, config.recency.weight, 0, explain, () => [reason('no_offence_or_arrest', 'No offence or arrest on record.')]);
    const days = daysBetween(last, f.asOf);
    const band = bandsOf(config).find((b) => days <= b.withinDays);
    return result('recency', days, config.recency.weight, band?.points ?? 0, explain, () => {
      const which = last === f.lastOffenceDate ? 'offence' : 'arrest';
      return [
        reason(
          `last_${which}`,
          band
            ? `Last ${which} on ${last}, ${days} days before; within ${band.withinDays} days scores ${band.points}.`
            : `Last ${which} on ${last}, ${days} days before: outside every recency band.`,
          { date: last, days, value: band?.points ?? 0, threshold: band?.withinDays ?? null },
        ),
      ];
    });
  },
};

/** The recency bands, shortest first (sorted once per matrix, not once per person). */
const sortedBands = new WeakMap<MatrixConfig['recency']['bands'], MatrixConfig['recency']['bands']>();
function bandsOf(config: MatrixConfig): MatrixConfig['recency']['bands'] {
  let bands = sortedBands.get(config.recency.bands);
  if (!bands) sortedBands.set(config.recency.bands, (bands = [...config.recency.bands].sort((a, b) => a.withinDays - b.withinDays)));
  return bands;
}

function frequency(kind: 'offences' | 'arrests' | 'intelligence', index: number, months: number): Criterion {
  const name = `${kind}_${months}m`;
  const noun = kind === 'offences' ? 'offences' : kind === 'arrests' ? 'arrests' : 'intelligence reports';
  return {
    name,
    label: `${noun[0]!.toUpperCase()}${noun.slice(1)} in the last ${months} months`,
    compute(f, config, explain = true) {
      const w = config.frequency[index]!;
      const count = f.windows[index]?.[kind] ?? 0;
      const weight = kind === 'offences' ? w.offenceWeight : kind === 'arrests' ? w.arrestWeight : w.intelligenceWeight;
      const counted = kind === 'intelligence' ? Math.min(count, config.intelligenceCap) : count;
      return result(name, count, weight, counted, explain, () => {
        const capped = counted < count ? ` (capped at ${config.intelligenceCap})` : '';
        return [reason(`${kind}_in_window`, `${count} ${noun} in the ${months} months to ${f.asOf}${capped}.`, { count, value: counted })];
      });
    },
  };
}

export const gravityMax: Criterion = {
  name: 'gravity_max',
  label: 'Highest offence gravity',
  compute(f, config, explain = true) {
    return result('gravity_max', f.gravityMax, config.gravity.maxWeight, f.gravityMax, explain, () => [
      reason('gravity_max', `Highest gravity ${f.gravityMax} among ${f.lookbackOffences} offences in the last ${config.lookbackMonths} months.`, {
        value: f.gravityMax,
        count: f.lookbackOffences,
      }),
    ]);
  },
};

export const gravityTotal: Criterion = {
  name: 'gravity_total',
  label: 'Total offence gravity',
  compute(f, config, explain = true) {
    return result('gravity_total', f.gravityTotal, config.gravity.totalWeight, f.gravityTotal, explain, () => [
      reason('gravity_total', `Total gravity ${f.gravityTotal} over ${f.lookbackOffences} offences in the last ${config.lookbackMonths} months.`, {
        value: f.gravityTotal,
        count: f.lookbackOffences,
      }),
    ]);
  },
};

export const drugs: Criterion = {
  name: 'drugs',
  label: 'Positive tests for opiates or cocaine',
  compute(f, config, explain = true) {
    const counted = Math.min(f.positiveDrugTests, config.drugs.cap);
    return result('drugs', f.positiveDrugTests, config.drugs.weight, counted, explain, () => {
      const text =
        f.positiveDrugTests === 0
          ? `No positive test for opiates or cocaine in the last ${config.lookbackMonths} months.`
          : `${f.positiveDrugTests} positive tests in the last ${config.lookbackMonths} months, the latest on ${f.lastPositiveDrugTestDate}` +
            (counted < f.positiveDrugTests ? ` (capped at ${config.drugs.cap}).` : '.');
      return [reason('positive_drug_tests', text, { count: f.positiveDrugTests, date: f.lastPositiveDrugTestDate, value: counted })];
    });
  },
};

const OGRS3_CATEGORY_SET: ReadonlySet<string> = new Set(OGRS3_OFFENCE_CATEGORIES);

/** The OGRS3 inputs this person's features give, or why there are none. */
export function ogrs3Inputs(f: SelectionFeatures): { ok: true; input: Parameters<typeof ogrs3>[0]; reasons: Reason[] } | { ok: false; reasons: Reason[] } {
  if (f.sanctions === 0 || !f.latestSanctionDate || !f.firstSanctionDate) {
    return { ok: false, reasons: [reason('no_sanction', 'No conviction or caution on record, so OGRS3 cannot be calculated.')] };
  }
  if (f.sex !== 'male' && f.sex !== 'female') {
    return { ok: false, reasons: [reason('sex_not_recorded', `OGRS3 needs sex recorded as male or female; it is "${f.sex}".`)] };
  }
  const reasons: Reason[] = [];
  let category: Ogrs3OffenceCategory = 'other';
  if (f.latestOgrs3Category && OGRS3_CATEGORY_SET.has(f.latestOgrs3Category)) {
    category = f.latestOgrs3Category as Ogrs3OffenceCategory;
  } else {
    reasons.push(
      reason(
        'offence_category_assumed',
        `The latest offence (${f.latestOffenceCode ?? 'no code'}) has no OGRS3 category in the offence tables; "other" was used.`,
        { value: f.latestOffenceCode },
      ),
    );
  }
  const release = f.custody?.expectedReleaseDate;
  const atRiskDate: IsoDate = release && release > f.asOf ? release : f.asOf;
  return {
    ok: true,
    input: {
      sex: f.sex,
      birthDate: f.dateOfBirth,
      convictionDate: f.latestSanctionDate,
      firstSanctionDate: f.firstSanctionDate,
      atRiskDate,
      previousSanctions: f.sanctions - 1,
      offenceCategory: category,
    },
    reasons,
  };
}

export const ogrs3Criterion: Criterion = {
  name: 'ogrs3',
  label: 'OGRS3 two-year probability',
  compute(f, config, explain = true) {
    const inputs = ogrs3Inputs(f);
    if (!inputs.ok) return result('ogrs3', null, config.ogrs3.weight, 0, explain, () => inputs.reasons);
    const p = ogrs3(inputs.input);
    const i = inputs.input;
    return result('ogrs3', r4(p.twoYear), config.ogrs3.weight, p.twoYear, explain, () => [
      reason(
        'ogrs3',
        `OGRS3 two-year ${(p.twoYear * 100).toFixed(1)}% (${p.band}): ${i.previousSanctions} previous sanctions since ${i.firstSanctionDate}, ` +
          `latest ${i.convictionDate} (${i.offenceCategory}), at risk from ${i.atRiskDate}.`,
        { value: r4(p.twoYear), count: i.previousSanctions, date: i.convictionDate },
      ),
      ...inputs.reasons,
    ]);
  },
};

export const releaseCriterion: Criterion = {
  name: 'release_due',
  label: 'Due for release within 3 months',
  compute(f, config, explain = true) {
    const days = daysToRelease(f);
    const met = releaseDue(f, config);
    // (Written as the argument, not as a named function: the TypeScript
    // loader names every named function as it is made, which cost about
    // 17 ms in a force-scale run.)
    return result('release_due', days, config.release.weight, met ? 1 : 0, explain, () => {
      if (!f.custody) return [reason('not_in_custody', `Not in custody on ${f.asOf}.`)];
      if (days === null) return [reason('release_date_unknown', `In custody (${f.custody.kind}) since ${f.custody.receptionDate}; no expected release date.`)];
      return [
        reason(
          met ? 'release_due' : 'release_not_due',
          `Expected release ${f.custody.expectedReleaseDate}${f.custody.expectedReleaseEstimated ? ' (estimated at half the sentence)' : ''}, ` +
            `${days} days after ${f.asOf}; the window is ${config.release.withinDays} days.`,
          { date: f.custody.expectedReleaseDate, days, threshold: config.release.withinDays },
        ),
      ];
    }, met);
  },
};

/** Why a person is or is not without statutory supervision (the reasons below say it in words). */
type SupervisionFinding = 'statutory_supervision' | 'licence_expected' | 'no_statutory_supervision';

function supervisionFinding(f: SelectionFeatures, config: MatrixConfig): SupervisionFinding {
  if (f.statutorySupervision) return 'statutory_supervision';
  const c = f.custody;
  if (c && c.kind === 'sentenced' && c.sentenceDays !== null && c.sentenceDays >= config.noStatutorySupervision.longSentenceDays) return 'licence_expected';
  return 'no_statutory_supervision';
}

function supervisionReasons(finding: SupervisionFinding, f: SelectionFeatures, config: MatrixConfig): Reason[] {
  const c = f.custody;
  if (finding === 'statutory_supervision')
    return [reason('statutory_supervision', c ? 'Statutory supervision is recorded for the expected release date.' : `Under statutory supervision on ${f.asOf}.`)];
  if (finding === 'licence_expected')
    return [
      reason('licence_expected', `A sentence of ${c!.sentenceDays} days carries a licence on release.`, {
        days: c!.sentenceDays,
        threshold: config.noStatutorySupervision.longSentenceDays,
      }),
    ];
  return [reason('no_statutory_supervision', c ? 'No statutory supervision recorded for the expected release.' : `No statutory supervision on ${f.asOf}.`)];
}

/** No statutory supervision: none recorded on the release date (or now), and no licence-length sentence. */
export function withoutStatutorySupervision(f: SelectionFeatures, config: MatrixConfig): { met: boolean; reasons: Reason[] } {
  const finding = supervisionFinding(f, config);
  return { met: finding === 'no_statutory_supervision', reasons: supervisionReasons(finding, f, config) };
}

export const noStatutorySupervision: Criterion = {
  name: 'no_statutory_supervision',
  label: 'No statutory supervision',
  compute(f, config, explain = true) {
    const finding = supervisionFinding(f, config);
    const met = finding === 'no_statutory_supervision';
    return result('no_statutory_supervision', met, config.noStatutorySupervision.weight, met ? 1 : 0, explain, () => supervisionReasons(finding, f, config), met);
  },
};

export const neighbourhoodCrime: Criterion = {
  name: 'neighbourhood_crime',
  label: 'Share of offences that are neighbourhood crime',
  compute(f, config, explain = true) {
    const share = f.lookbackOffences === 0 ? 0 : f.neighbourhoodOffences / f.lookbackOffences;
    return result('neighbourhood_crime', r4(share), config.neighbourhoodCrime.weight, share, explain, () => [
      reason(
        'neighbourhood_crime_share',
        `${f.neighbourhoodOffences} of ${f.lookbackOffences} offences in the last ${config.lookbackMonths} months are neighbourhood crime.`,
        { count: f.neighbourhoodOffences, value: r4(share) },
      ),
    ]);
  },
};

/** The criteria of a matrix, in display order; frequency criteria follow its windows. */
export function criteriaFor(config: MatrixConfig): Criterion[] {
  let criteria = criteriaByWindows.get(config.frequency);
  if (!criteria) criteriaByWindows.set(config.frequency, (criteria = buildCriteria(config)));
  return criteria;
}

/** Built once per matrix rather than once per person scored (criteria hold no state). */
const criteriaByWindows = new WeakMap<MatrixConfig['frequency'], Criterion[]>();

function buildCriteria(config: MatrixConfig): Criterion[] {
  const freq: Criterion[] = [];
  config.frequency.forEach((w, i) => {
    freq.push(frequency('offences', i, w.months), frequency('arrests', i, w.months), frequency('intelligence', i, w.months));
  });
  return [recency, ...freq, gravityMax, gravityTotal, drugs, ogrs3Criterion, releaseCriterion, noStatutorySupervision, neighbourhoodCrime];
}
