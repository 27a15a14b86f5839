// The selection matrix of SPEC 3.3: a versioned, locally agreed set of weighted
// criteria. This module holds its settings (with a documented default) and
// their validation for the edit form; score.ts scores people by them.
import { InvalidInputError } from '../errors.js';

export interface FrequencyWindow {
  months: number;
  /** Points per offence (conviction or caution, by offence date) in the window. */
  offenceWeight: number;
  /** Points per arrest in the window. */
  arrestWeight: number;
  /** Points per intelligence report in the window, counted up to intelligenceCap. */
  intelligenceWeight: number;
}

export interface MatrixConfig {
  /** Frequency windows, ending on the as-of date (inclusive). */
  frequency: FrequencyWindow[];
  /** Force tools are known to inflate intelligence counts, so each window's count is capped. */
  intelligenceCap: number;
  /** Points by days since the last offence or arrest: the first band the days fall within. */
  recency: { weight: number; bands: { withinDays: number; points: number }[] };
  /** Gravity, drugs and neighbourhood crime look back this many months. */
  lookbackMonths: number;
  /** The gravity table itself is the partnership's offence reference (src/offences/), not the matrix's. */
  gravity: {
    /** Gravity of an offence whose group is not in the gravity table, or whose code is unknown. */
    defaultGravity: number;
    /** Weight of the highest gravity in the look-back. */
    maxWeight: number;
    /** Weight of the total gravity in the look-back. */
    totalWeight: number;
  };
  /** Positive tests for opiates or cocaine in the look-back, counted up to cap. */
  drugs: { weight: number; cap: number };
  /** Contribution = weight × OGRS3 two-year probability. */
  ogrs3: { weight: number };
  /** Due for release from custody within this many days (3 months taken as 90 days). */
  release: { withinDays: number; weight: number };
  /**
   * Not under statutory supervision on release (or now, in the community).
   * A sentence of at least longSentenceDays carries a licence, so counts as supervised.
   */
  noStatutorySupervision: { weight: number; longSentenceDays: number };
  /** Contribution = weight × share of look-back offences in the offence reference's neighbourhood-crime groups. */
  neighbourhoodCrime: { weight: number };
  /** The pool: known offenders above this gravity and frequency, plus imminent releases. */
  pool: { minOffences: number; minGravityMax: number };
  /** Thresholds of the de-selection rules of SPEC 3.4. */
  rules: DeselectionConfig;
  /** How proposals are made. */
  proposals: {
    /** Sentences shorter than this (days) get priority on release without statutory supervision. */
    shortSentenceDays: number;
    /**
     * A candidate left without a place who scores more than this fraction
     * above a member (0.2: more than 20% above) is shown to the panel as a
     * comparison at that member's review. Never a proposal: a run proposes no
     * swap (issue 15).
     */
    comparisonMargin: number;
  };
}

export interface DeselectionConfig {
  /** Rule 1: days without arrest or intelligence report (6 months; earlier guidance 12 = 365). */
  stoppedOffendingDays: number;
  /** Rule 3: likely to stay in custody longer than this many days from the review date. */
  significantCustodyDays: number;
  /** Rule 3: re-selection review this many days before the expected release. */
  reselectionReviewDays: number;
  /** Rule 4: every member reviewed at least this often (days). */
  regularReviewDays: number;
  /** Rule 5: mandatory review after this many years on the scheme. */
  mandatoryReviewYears: number;
  /** Rule 6: violent or sexual offences at or above this gravity prompt a MAPPA referral. */
  highRiskMinGravity: number;
  /** Rule 6: groups treated as violent or sexual when the offence tables do not say. */
  violentOrSexualGroups: string[];
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(3, '0'));

/** Violent or sexual groups (SPEC 3.4 rule 6) when the offence tables are not loaded. */
export const DEFAULT_VIOLENT_OR_SEXUAL_GROUPS = [
  ...range(1, 8),
  '011', '013',
  ...range(16, 25),
  '029', '031', '034', '056', '057',
  ...range(70, 74),
  '088', '103', '104', '105', '139',
];

/**
 * The default matrix. Its weights follow the shape of local PPO matrices of the
 * period: recent, frequent, grave acquisitive offending scores highest; arrests
 * count half an offence and intelligence a tenth (capped), because force tools
 * inflate intelligence; imminent release without supervision adds a block of
 * points, as the 2009 guidance asks for priority to that group.
 */
export const DEFAULT_MATRIX: MatrixConfig = {
  frequency: [
    { months: 6, offenceWeight: 3, arrestWeight: 1.5, intelligenceWeight: 0.3 },
    { months: 12, offenceWeight: 2, arrestWeight: 1, intelligenceWeight: 0.2 },
    { months: 24, offenceWeight: 1, arrestWeight: 0.5, intelligenceWeight: 0.1 },
  ],
  intelligenceCap: 10,
  recency: {
    weight: 1,
    bands: [
      { withinDays: 30, points: 10 },
      { withinDays: 90, points: 6 },
      { withinDays: 180, points: 3 },
      { withinDays: 365, points: 1 },
    ],
  },
  lookbackMonths: 24,
  gravity: { defaultGravity: 1, maxWeight: 1, totalWeight: 0.2 },
  drugs: { weight: 2, cap: 5 },
  ogrs3: { weight: 10 },
  release: { withinDays: 90, weight: 5 },
  noStatutorySupervision: { weight: 3, longSentenceDays: 365 },
  neighbourhoodCrime: { weight: 5 },
  pool: { minOffences: 2, minGravityMax: 1 },
  rules: {
    stoppedOffendingDays: 183,
    significantCustodyDays: 730,
    reselectionReviewDays: 90,
    regularReviewDays: 91,
    mandatoryReviewYears: 2,
    highRiskMinGravity: 6,
    violentOrSexualGroups: DEFAULT_VIOLENT_OR_SEXUAL_GROUPS,
  },
  proposals: { shortSentenceDays: 365, comparisonMargin: 0.2 },
};

export interface MatrixProblem {
  path: string;
  message: string;
}

/** Invalid input that names every problem by its setting's path, so a form can show each beside its field. */
export class MatrixInvalidError extends InvalidInputError {
  constructor(readonly problems: MatrixProblem[]) {
    super(`The matrix is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, problems.length === 1 ? { field: problems[0]!.path } : {});
  }
}

/**
 * Checks a matrix from a form or a file; returns the problems (empty when valid).
 * A partial object is completed from the default first, so a form may send only
 * what it edits.
 */
export function matrixProblems(config: MatrixConfig): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  const num = (path: string, v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER, integer = false) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ path, message: 'must be a number' });
    else if (v < min || v > max) problems.push({ path, message: `must be between ${min} and ${max}` });
    else if (integer && !Number.isInteger(v)) problems.push({ path, message: 'must be a whole number' });
  };
  const group = (path: string, g: unknown) => {
    if (typeof g !== 'string' || !/^\d{3}$/.test(g)) problems.push({ path, message: 'must be a 3-digit Home Office offence group' });
  };
  if (!Array.isArray(config.frequency) || config.frequency.length === 0 || config.frequency.length > 6) {
    problems.push({ path: 'frequency', message: 'must list 1 to 6 windows' });
  } else {
    const seen = new Set<number>();
    config.frequency.forEach((w, i) => {
      num(`frequency[${i}].months`, w?.months, 1, 120, true);
      if (seen.has(w?.months)) problems.push({ path: `frequency[${i}].months`, message: 'each window must have a different length' });
      seen.add(w?.months);
      num(`frequency[${i}].offenceWeight`, w?.offenceWeight, 0, 1000);
      num(`frequency[${i}].arrestWeight`, w?.arrestWeight, 0, 1000);
      num(`frequency[${i}].intelligenceWeight`, w?.intelligenceWeight, 0, 1000);
    });
  }
  num('intelligenceCap', config.intelligenceCap, 0, 10000, true);
  num('recency.weight', config.recency?.weight, 0, 1000);
  if (!Array.isArray(config.recency?.bands)) problems.push({ path: 'recency.bands', message: 'must be a list' });
  else
    config.recency.bands.forEach((b, i) => {
      num(`recency.bands[${i}].withinDays`, b?.withinDays, 0, 36500, true);
      num(`recency.bands[${i}].points`, b?.points, 0, 1000);
    });
  num('lookbackMonths', config.lookbackMonths, 1, 240, true);
  num('gravity.defaultGravity', config.gravity?.defaultGravity, 0, 1000);
  num('gravity.maxWeight', config.gravity?.maxWeight, 0, 1000);
  num('gravity.totalWeight', config.gravity?.totalWeight, 0, 1000);
  num('drugs.weight', config.drugs?.weight, 0, 1000);
  num('drugs.cap', config.drugs?.cap, 0, 1000, true);
  num('ogrs3.weight', config.ogrs3?.weight, 0, 1000);
  num('release.withinDays', config.release?.withinDays, 1, 3650, true);
  num('release.weight', config.release?.weight, 0, 1000);
  num('noStatutorySupervision.weight', config.noStatutorySupervision?.weight, 0, 1000);
  num('noStatutorySupervision.longSentenceDays', config.noStatutorySupervision?.longSentenceDays, 1, 36500, true);
  num('neighbourhoodCrime.weight', config.neighbourhoodCrime?.weight, 0, 1000);
  num('pool.minOffences', config.pool?.minOffences, 0, 1000, true);
  num('pool.minGravityMax', config.pool?.minGravityMax, 0, 1000);
  const r = config.rules;
  num('rules.stoppedOffendingDays', r?.stoppedOffendingDays, 1, 3650, true);
  num('rules.significantCustodyDays', r?.significantCustodyDays, 1, 36500, true);
  num('rules.reselectionReviewDays', r?.reselectionReviewDays, 1, 3650, true);
  num('rules.regularReviewDays', r?.regularReviewDays, 1, 3650, true);
  num('rules.mandatoryReviewYears', r?.mandatoryReviewYears, 1, 50, true);
  num('rules.highRiskMinGravity', r?.highRiskMinGravity, 0, 1000);
  if (!Array.isArray(r?.violentOrSexualGroups)) problems.push({ path: 'rules.violentOrSexualGroups', message: 'must be a list' });
  else r.violentOrSexualGroups.forEach((g, i) => group(`rules.violentOrSexualGroups[${i}]`, g));
  num('proposals.shortSentenceDays', config.proposals?.shortSentenceDays, 1, 36500, true);
  num('proposals.comparisonMargin', config.proposals?.comparisonMargin, 0, 10);
  return problems;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Settings a matrix carried until the offence reference (src/offences/) took
 * them over: one gravity table and one list of neighbourhood-crime groups for
 * selection and performance alike.
 */
const FORMER_SETTINGS = [
  { section: 'gravity', key: 'table', message: 'is no longer part of the matrix: gravity is the partnership’s offence reference (waymark performance gravity --set GROUP=GRAVITY)' },
  { section: 'neighbourhoodCrime', key: 'groups', message: 'is no longer part of the matrix: the neighbourhood-crime groups are the partnership’s offence reference' },
  {
    section: 'proposals',
    key: 'displaceLowerScoringMembers',
    message: 'is no longer part of the matrix: a run never proposes a swap; a candidate who outscores a member by more than proposals.comparisonMargin is shown to the panel beside that member',
  },
] as const;

/**
 * Completes a partial matrix from the default, one level of nesting deep. A
 * new version may not carry a former setting (FORMER_SETTINGS): it would not
 * be used, and the problem says where the setting went.
 */
export function completeMatrix(partial: unknown): MatrixConfig {
  if (!isObject(partial)) throw new MatrixInvalidError([{ path: '', message: 'must be a JSON object' }]);
  const out: Record<string, unknown> = { ...DEFAULT_MATRIX };
  for (const [k, v] of Object.entries(partial)) {
    if (!(k in DEFAULT_MATRIX)) throw new MatrixInvalidError([{ path: k, message: 'is not a setting of the matrix' }]);
    const base = (DEFAULT_MATRIX as unknown as Record<string, unknown>)[k];
    out[k] = isObject(base) && isObject(v) ? { ...base, ...v } : v;
  }
  const config = out as unknown as MatrixConfig;
  const problems = matrixProblems(config);
  for (const f of FORMER_SETTINGS) {
    const section = out[f.section];
    if (isObject(section) && f.key in section) problems.push({ path: `${f.section}.${f.key}`, message: f.message });
  }
  if (problems.length) throw new MatrixInvalidError(problems);
  return config;
}

/**
 * A stored matrix version. Versions saved before the offence reference carry
 * its gravity table and neighbourhood-crime groups, and versions saved before
 * issue 15 the swap setting (displaceLowerScoringMembers); those are ignored
 * (runs made with them keep their scores and proposals, which are stored), so
 * an old version reads, shows and runs with its weights, the partnership's
 * reference and the default comparison margin.
 */
export function storedMatrix(stored: unknown): MatrixConfig {
  if (!isObject(stored)) return completeMatrix(stored);
  const current: Record<string, unknown> = { ...stored };
  for (const f of FORMER_SETTINGS) {
    const section = current[f.section];
    if (isObject(section) && f.key in section) {
      const { [f.key]: _former, ...rest } = section;
      current[f.section] = rest;
    }
  }
  return completeMatrix(current);
}
