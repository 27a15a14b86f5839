// OGRS3, the Offender Group Reconviction Scale version 3: the probability of
// proven reoffending within one and two years.
// Source: Howard, Francis, Soothill & Humphreys (2009), "OGRS 3: the revised
// Offender Group Reconviction Scale", Ministry of Justice Research Summary 7/09.
// Coefficient values as published in NOMS's MIT-licensed rsr-calculator; they
// reproduce the 250 published test cases (test/unit/performance/ogrs3.test.ts).
import type { IsoDate } from '../calendar/dates.js';

/** The model's version, stored beside every figure computed with it. */
export const OGRS3_VERSION = 'ogrs3-2009';

export const OGRS3 = {
  intercept: { oneYear: 1.402562384, twoYear: 2.121705678 },
  copas: 1.251124464,
  sanction: { firstTimeNoCaution: 0.126142106, repeatOffender: 0.463062792 },
  /** Upper-inclusive age bands; the last is 50 and over. */
  ageBandsUpperInclusive: [11, 13, 15, 17, 20, 24, 29, 34, 39, 49] as const,
  ageSex: {
    male: [0, 0.083922902, 0.075775765, -0.061594199, -0.625103618, -1.051515067, -1.166679288, -1.325976554, -1.368045933, -1.499690953, -2.025261458],
    female: [-0.785038489, -0.613852078, -0.669521331, -0.959179629, -0.897480934, -1.028488454, -1.052777806, -1.129127959, -1.42187494, -1.524652221, -2.44983716],
  },
  offence: {
    violence: 0,
    robbery: -0.634795912,
    public_order: 0.181917975,
    sexual_not_child: 0.003276327,
    sexual_child: -0.653434071,
    soliciting_prostitution: 0.760608858,
    burglary_domestic: -0.12394352,
    burglary_other: 0.240604429,
    theft_non_motor: 0.661244321,
    handling_stolen_goods: 0.351866973,
    fraud_forgery: 0.159910192,
    absconding_bail: 0.733378677,
    taking_driving_away: 0.380059431,
    theft_from_vehicle: 0.427225615,
    other_motoring: 0.262228428,
    drink_driving: -0.121439408,
    criminal_damage: 0.204960477,
    drug_import_export_production: -0.795556373,
    drug_possession_supply: 0.077165871,
    other: -0.060667525,
  },
} as const;

export type Ogrs3OffenceCategory = keyof typeof OGRS3.offence;
export const OGRS3_OFFENCE_CATEGORIES = Object.keys(OGRS3.offence) as Ogrs3OffenceCategory[];

export interface Ogrs3Input {
  sex: 'male' | 'female';
  birthDate: IsoDate;
  /** Date of the current conviction (or caution). */
  convictionDate: IsoDate;
  firstSanctionDate: IsoDate;
  /** Start of follow-up: sentence date for a community sentence, release date for custody. */
  atRiskDate: IsoDate;
  /** Sanctions (convictions and cautions) before the current one. */
  previousSanctions: number;
  offenceCategory: Ogrs3OffenceCategory;
}

export type Ogrs3Band = 'low' | 'medium' | 'high' | 'very high';

export interface Ogrs3Result {
  oneYear: number;
  twoYear: number;
  band: Ogrs3Band;
}

/** Whole years between two ISO dates, birthday-aware. */
export function wholeYears(from: IsoDate, to: IsoDate): number {
  // Fixed-width YYYY-MM-DD: whole years from the years, less one if the
  // month-and-day has not come round (MM-DD compares as text). Called three
  // times a person, so it avoids splitting into arrays.
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5, 10) < from.slice(5, 10) ? years - 1 : years;
}

function ageBandIndex(age: number): number {
  const i = OGRS3.ageBandsUpperInclusive.findIndex((upper) => age <= upper);
  return i === -1 ? OGRS3.ageBandsUpperInclusive.length : i;
}

const logistic = (y: number) => Math.exp(y) / (1 + Math.exp(y));

/** The band on the two-year percentage: low < 50, medium 50–74, high 75–89, very high ≥ 90. */
export function ogrs3Band(twoYear: number): Ogrs3Band {
  const pct = twoYear * 100;
  if (pct < 50) return 'low';
  if (pct < 75) return 'medium';
  if (pct < 90) return 'high';
  return 'very high';
}

export function ogrs3(input: Ogrs3Input): Ogrs3Result {
  const ageAtRisk = wholeYears(input.birthDate, input.atRiskDate);
  const ageAtConviction = wholeYears(input.birthDate, input.convictionDate);
  const ageAtFirstSanction = wholeYears(input.birthDate, input.firstSanctionDate);
  const ageSex = OGRS3.ageSex[input.sex][ageBandIndex(ageAtRisk)]!;
  const sanction = input.previousSanctions > 0 ? OGRS3.sanction.repeatOffender : OGRS3.sanction.firstTimeNoCaution;
  const s = Math.min(input.previousSanctions, 50) + 1;
  const copas = OGRS3.copas * Math.log(s / (10 + ageAtConviction - ageAtFirstSanction));
  const offence = OGRS3.offence[input.offenceCategory];
  const common = ageSex + sanction + copas + offence;
  const oneYear = logistic(OGRS3.intercept.oneYear + common);
  const twoYear = logistic(OGRS3.intercept.twoYear + common);
  return { oneYear, twoYear, band: ogrs3Band(twoYear) };
}
