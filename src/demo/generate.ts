// The demo-data generator of SPEC 4, as pure functions: each person's whole
// record (identifiers, addresses, events, custody, supervision, memberships) is
// drawn from a seed derived from (seed, person index), so the output does not
// depend on how the caller chunks the work, and the same seed gives the same data.
//
// The model, in short: each person offends as a Poisson process while at
// liberty and within their criminal career, at a rate that is lognormal across
// people (the heavy tail that makes the most prolific 10% commit about half of
// all offences). Each proven "case" is a caution or a conviction with one or
// more offence rows; convictions may bring remand, custody (released at half
// the sentence), a licence, a community order or a DRR. Schemes select from
// the most prolific. The parameters in MODEL were tuned so that the published
// figures of reference/README.md come out (test/unit/demo/calibration.test.ts).
import { Rng, mixSeed, normalQuantile } from './random.js';
import { dayNumber, DAYS_PER_YEAR } from '../calendar/dates.js';
import type { CustodyKind, Disposal, EndReason, IdentifierKind, OutcomeKind, Sex, SupervisionKind, ArrestOutcome } from '../glossary.js';

// ------------------------------------------------------------------ the calendar
/**
 * The data's dates. Everything is as of EXTRACT_DATE (inclusive), the demo's
 * "today": nothing is dated after it, and a period still running then is open
 * (NULL end). Convictions lag offences, so offences shortly before it may have
 * no outcome yet, just as in a real extract.
 */
export const DEMO_DATES = {
  /** Convictions, custody, supervision and addresses go back to here (a PNC history). */
  historyFrom: '1995-01-01',
  /** Custody-suite and intelligence data (arrests, charges, drug tests, intelligence, breaches) start here. */
  eventsFrom: '2005-01-01',
  /** Drug testing on arrest for trigger offences. */
  drugTestsFrom: '2005-04-01',
  /** Required assessments after a positive test (Drugs Act 2005). */
  assessmentsFrom: '2006-04-01',
  /** The PPO programme began in September 2004. */
  ppoFrom: '2004-09-01',
  /** DRRs replaced DTTOs in April 2005. */
  drrFrom: '2005-04-01',
  /** The demo partnership's IOM scheme started in April 2009. */
  iomFrom: '2009-04-01',
  /** The demo's "today": the data extract date. */
  extractDate: '2010-12-31',
} as const;

const D = {
  historyFrom: dayNumber(DEMO_DATES.historyFrom),
  eventsFrom: dayNumber(DEMO_DATES.eventsFrom),
  drugTestsFrom: dayNumber(DEMO_DATES.drugTestsFrom),
  assessmentsFrom: dayNumber(DEMO_DATES.assessmentsFrom),
  ppoFrom: dayNumber(DEMO_DATES.ppoFrom),
  drrFrom: dayNumber(DEMO_DATES.drrFrom),
  iomFrom: dayNumber(DEMO_DATES.iomFrom),
  extract: dayNumber(DEMO_DATES.extractDate),
  ageReference: dayNumber('2008-01-01'),
};
/** The first day the extract does not cover. */
const AFTER_EXTRACT = D.extract + 1;

// ------------------------------------------------------------------ places
export const DEMO_AREAS = [
  { code: 'X99000001', name: 'Northmoor (fictional)', postcodePrefix: 'XX1' },
  { code: 'X99000002', name: 'Southdale (fictional)', postcodePrefix: 'XX2' },
] as const;
/** Areas outside the demo partnership, for people who move away. Also fictional. */
export const OUTSIDE_AREA_CODES = ['X99000091', 'X99000092', 'X99000093'] as const;
const OUTSIDE_POSTCODE_PREFIX = 'XX9';
/** The NHS pseudo-postcode for "no fixed abode". */
export const NO_FIXED_ABODE_POSTCODE = 'ZZ99 3VZ';

const COURTS = ["Northmoor Magistrates' Court (fictional)", "Southdale Magistrates' Court (fictional)"];
const CROWN_COURT = 'Northmoor Crown Court (fictional)';
const PRISONS = ['HMP Examplegate (fictional)', 'HMP Fictonbury (fictional)'];
const YOUNG_OFFENDER_INSTITUTION = 'HMYOI Sampleford (fictional)';

// ------------------------------------------------------------------ offences
interface OffenceKind {
  code: string;
  description: string;
  /** A trigger offence for drug testing on arrest. */
  trigger: boolean;
  /** Relative frequency among Class A drug users and among others. */
  weightDrugUser: number;
  weightOther: number;
  /** Added to the chance of a custodial sentence. */
  custodyBonus: number;
  /** Median custodial sentence in days. */
  sentenceMedian: number;
}

/**
 * Home Office offence codes used by the demo. Each 5-digit code and its 3-digit
 * group were checked against reference/offences/home-office-offence-codes.csv;
 * the descriptions are short forms written here.
 */
export const DEMO_OFFENCES: readonly OffenceKind[] = [
  { code: '02800', description: 'Burglary in a dwelling', trigger: true, weightDrugUser: 8, weightOther: 3, custodyBonus: 0.15, sentenceMedian: 300 },
  { code: '03000', description: 'Burglary other than in a dwelling', trigger: true, weightDrugUser: 4, weightOther: 2, custodyBonus: 0.05, sentenceMedian: 150 },
  { code: '03400', description: 'Robbery', trigger: true, weightDrugUser: 2, weightOther: 1, custodyBonus: 0.35, sentenceMedian: 720 },
  { code: '03900', description: 'Theft from the person', trigger: true, weightDrugUser: 3, weightOther: 1, custodyBonus: 0.05, sentenceMedian: 120 },
  { code: '04500', description: 'Theft from a vehicle', trigger: true, weightDrugUser: 5, weightOther: 2, custodyBonus: 0.05, sentenceMedian: 90 },
  { code: '04800', description: 'Theft or unauthorised taking of a motor vehicle', trigger: true, weightDrugUser: 3, weightOther: 3, custodyBonus: 0.05, sentenceMedian: 120 },
  { code: '03700', description: 'Aggravated vehicle taking', trigger: true, weightDrugUser: 1, weightOther: 1, custodyBonus: 0.1, sentenceMedian: 180 },
  { code: '12600', description: 'Interference with a motor vehicle', trigger: true, weightDrugUser: 1, weightOther: 1, custodyBonus: 0, sentenceMedian: 60 },
  { code: '04600', description: 'Theft from a shop (shoplifting)', trigger: true, weightDrugUser: 25, weightOther: 8, custodyBonus: 0, sentenceMedian: 60 },
  { code: '04900', description: 'Other theft', trigger: true, weightDrugUser: 6, weightOther: 4, custodyBonus: 0, sentenceMedian: 60 },
  { code: '05400', description: 'Handling stolen goods', trigger: true, weightDrugUser: 4, weightOther: 2, custodyBonus: 0, sentenceMedian: 90 },
  { code: '10501', description: 'Common assault and battery', trigger: false, weightDrugUser: 3, weightOther: 14, custodyBonus: 0, sentenceMedian: 60 },
  { code: '00806', description: 'Assault occasioning actual bodily harm', trigger: false, weightDrugUser: 2, weightOther: 8, custodyBonus: 0.1, sentenceMedian: 180 },
  { code: '00801', description: 'Wounding or inflicting grievous bodily harm', trigger: false, weightDrugUser: 0.5, weightOther: 2, custodyBonus: 0.3, sentenceMedian: 540 },
  { code: '05800', description: 'Criminal damage', trigger: false, weightDrugUser: 3, weightOther: 10, custodyBonus: 0, sentenceMedian: 60 },
  { code: '12512', description: 'Threatening behaviour causing harassment, alarm or distress', trigger: false, weightDrugUser: 3, weightOther: 10, custodyBonus: 0, sentenceMedian: 30 },
  { code: '09251', description: 'Possession of a Class A drug (heroin)', trigger: true, weightDrugUser: 6, weightOther: 0.3, custodyBonus: 0, sentenceMedian: 60 },
  { code: '09250', description: 'Possession of a Class A drug (cocaine)', trigger: true, weightDrugUser: 4, weightOther: 1, custodyBonus: 0, sentenceMedian: 60 },
  { code: '09261', description: 'Possession of a Class B drug (cannabis)', trigger: false, weightDrugUser: 2, weightOther: 5, custodyBonus: 0, sentenceMedian: 30 },
  { code: '09271', description: 'Possession with intent to supply a Class A drug (heroin)', trigger: true, weightDrugUser: 1, weightOther: 0.3, custodyBonus: 0.5, sentenceMedian: 900 },
  { code: '08300', description: 'Offence relating to bail', trigger: false, weightDrugUser: 3, weightOther: 3, custodyBonus: 0, sentenceMedian: 30 },
];
const WEIGHTS_DRUG_USER = DEMO_OFFENCES.map((o) => o.weightDrugUser);
const WEIGHTS_OTHER = DEMO_OFFENCES.map((o) => o.weightOther);

// ------------------------------------------------------------------ people
/** Invented family names: visibly not real people. */
export const FAMILY_NAMES = [
  'Examplesson', 'Fictitia', 'Samplewood', 'Demoford', 'Placeholme', 'Mockridge', 'Testerby', 'Synthwaite',
  'Inventley', 'Madeupson', 'Notrealton', 'Pretendle', 'Dummington', 'Fauxley', 'Imaginaro', 'Sampleby',
  'Prototon', 'Fictionby', 'Demoworth', 'Specimenza', 'Trialsson', 'Mockwell', 'Pseudonymo', 'Nonesuchley',
] as const;
const MALE_GIVEN = ['Adam', 'Ben', 'Callum', 'Dean', 'Ethan', 'Gary', 'Jamie', 'Kieran', 'Lee', 'Liam', 'Mark', 'Nathan', 'Ryan', 'Scott', 'Shane', 'Wayne'];
const FEMALE_GIVEN = ['Amy', 'Chloe', 'Danielle', 'Emma', 'Gemma', 'Kelly', 'Kirsty', 'Leanne', 'Lisa', 'Nicola', 'Sarah', 'Stacey'];
const MIDDLE_INITIALS = 'ABCDEGHJKLMNPRST';

/**
 * 2011 census ethnic group codes (18 groups and "not stated") with rough
 * shares among offenders; kept for disproportionality monitoring only.
 */
export const ETHNICITY_SHARES: readonly (readonly [string, number])[] = [
  ['W1', 0.74], ['W2', 0.01], ['W3', 0.01], ['W4', 0.05],
  ['M1', 0.015], ['M2', 0.005], ['M3', 0.005], ['M4', 0.005],
  ['A1', 0.012], ['A2', 0.025], ['A3', 0.008], ['A4', 0.002], ['A9', 0.008],
  ['B1', 0.025], ['B2', 0.02], ['B9', 0.008],
  ['O1', 0.004], ['O9', 0.008], ['NS', 0.02],
];
const ETHNICITY_WEIGHTS = ETHNICITY_SHARES.map((e) => e[1]);

/** Age at 1 January 2008, in bands with shares. */
const AGE_BANDS: readonly (readonly [number, number, number])[] = [
  [12, 17, 0.06], [18, 20, 0.12], [21, 24, 0.16], [25, 29, 0.18], [30, 34, 0.15],
  [35, 39, 0.13], [40, 49, 0.14], [50, 65, 0.06],
];
const AGE_WEIGHTS = AGE_BANDS.map((b) => b[2]);

// ------------------------------------------------------------------ the model's parameters
export const MODEL = {
  /** Cases (cautions or convictions) a year at liberty: lognormal(mu, sigma) across people. */
  rateMu: -1.7,
  rateSigma: 1.15,
  /** Extra offence rows per conviction: Poisson(base + perZ × max(z, 0)). */
  extraRowsBase: 0.55,
  extraRowsPerZ: 0.55,
  /** Career length in years: exponential with this mean (plus more for the prolific). */
  careerMeanYears: 4,
  careerYearsPerZ: 3,
  /** Chance of custody per conviction: base + perPrevious × previous convictions, capped. */
  custodyBase: 0.03,
  custodyPerPrevious: 0.04,
  custodyCap: 0.65,
  /** Added to the chance of custody per unit of propensity above 1.5 (from September 2004, up to 1.5 units). */
  persistentCustodyBonus: 0.35,
  /** Sentences grow with each previous custodial sentence (up to ten). */
  sentencePerPreviousCustody: 0.15,
  /** Chance that a conviction (for a Class A drug user) brings a DRR rather than another community order. */
  drrChance: 0.7,
  /** Chance of being remanded in custody before a conviction. */
  remandBase: 0.04,
  remandPerPrevious: 0.008,
  /** Intelligence reports a year while known to the police: base + per case a year. */
  intelligenceBase: 2,
  intelligencePerCase: 3,
  /** Arrests with no proven outcome a year: base + per case a year. */
  unprovenArrestBase: 0.3,
  unprovenArrestPerCase: 1.5,
  /** Scheme stints: mean length in years. */
  ppoMeanYears: 2.2,
  iomMeanYears: 1.6,
  /** Eligible people per member on the extract date (found by simulation). */
  ppoEligiblePerMember: 3,
  iomEligiblePerMember: 3.2,
  /** Mean years at one address. */
  addressMeanYears: 5,
  /** Chance that a person in the pool has death recorded in the window. */
  deathChance: 0.004,
  /** Share of people whose PNC ID the partner did not send. */
  missingPncShare: 0.05,
};

// ------------------------------------------------------------------ the plan for a pool size
export interface DemoPlan {
  people: number;
  seed: number;
  capacity: { PPO: number; IOM: number; DRR: number };
  /** A person is eligible for the scheme when their propensity z is at least this. */
  zPpo: number;
  zIom: number;
  zIomHigh: number;
  zIomMedium: number;
}

/**
 * Capacities grow with the pool: 20 PPOs, 150 on IOM and 60 on DRR for 5,000
 * people; PPO and IOM grow more slowly than the pool (the SPEC's force scale:
 * about 100 PPOs and 3,000 on IOM for 200,000 people), DRR in proportion.
 */
export function demoPlan(people: number, seed: number): DemoPlan {
  if (!Number.isInteger(people) || people < 1) throw new RangeError(`people must be a whole number of at least 1, not ${people}`);
  const r = people / 5000;
  const capacity = {
    PPO: Math.max(3, Math.round(20 * Math.pow(r, Math.log(5) / Math.log(40)))),
    IOM: Math.max(10, Math.round(150 * Math.pow(r, Math.log(20) / Math.log(40)))),
    DRR: Math.max(3, Math.round(60 * r)),
  };
  const share = (members: number, perMember: number) => Math.min(0.5, (0.9 * members * perMember) / people);
  const qPpo = share(capacity.PPO, MODEL.ppoEligiblePerMember);
  const qIom = share(capacity.IOM, MODEL.iomEligiblePerMember);
  return {
    people,
    seed,
    capacity,
    zPpo: normalQuantile(1 - qPpo),
    zIom: normalQuantile(1 - qIom),
    zIomHigh: normalQuantile(1 - qIom / 4),
    zIomMedium: normalQuantile(1 - qIom / 2),
  };
}

// ------------------------------------------------------------------ what one person's record holds
// All dates are day numbers (dates.ts); an end of null means still open on the extract date.
export interface DemoOutcome {
  offenceDate: number;
  outcomeDate: number;
  outcome: OutcomeKind;
  outcomeRaw: string;
  code: string;
  description: string;
  disposal: Disposal | null;
  sentenceDays: number | null;
  court: string | null;
}
export interface DemoArrest {
  date: number;
  code: string;
  outcome: ArrestOutcome;
  outcomeRaw: string;
}
export interface DemoCharge {
  date: number;
  code: string;
}
export interface DemoIntelligence {
  date: number;
  grading: string;
  topic: string;
}
export interface DemoDrugTest {
  date: number;
  opiates: boolean;
  cocaine: boolean;
  triggerCode: string;
}
export interface DemoAssessment {
  date: number;
  attended: boolean;
  drugMisuser: boolean | null;
}
export interface DemoBreach {
  date: number;
  orderKind: string;
  outcome: string;
}
export interface DemoCustody {
  kind: CustodyKind;
  reception: number;
  release: number | null;
  sentenceDays: number | null;
  expectedRelease: number | null;
  establishment: string;
}
export interface DemoSupervision {
  kind: SupervisionKind;
  statutory: boolean;
  start: number;
  end: number | null;
  /** Cut short by a later order or a breach (for the DRR membership's end reason). */
  revoked: boolean;
}
export interface DemoAddress {
  from: number;
  to: number | null;
  areaCode: string;
  postcode: string;
}
export type DemoSchemeCode = 'PPO' | 'IOM' | 'DRR';
export interface DemoMembership {
  scheme: DemoSchemeCode;
  tier: string | null;
  strand: string | null;
  start: number;
  end: number | null;
  selectionReason: string;
  endReason: EndReason | null;
  endReasonRaw: string | null;
  exitPlan: string | null;
}
export interface DemoPerson {
  index: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: number;
  sex: Sex;
  ethnicity: string;
  dateOfDeath: number | null;
  /** The person's offending propensity (a standard normal draw); kept for calibration, not stored. */
  z: number;
  drugUser: boolean;
  identifiers: { kind: IdentifierKind; value: string }[];
  addresses: DemoAddress[];
  outcomes: DemoOutcome[];
  arrests: DemoArrest[];
  charges: DemoCharge[];
  intelligence: DemoIntelligence[];
  drugTests: DemoDrugTest[];
  assessments: DemoAssessment[];
  breaches: DemoBreach[];
  custody: DemoCustody[];
  supervision: DemoSupervision[];
  memberships: DemoMembership[];
}

// ------------------------------------------------------------------ identifiers
const PNC_CHECK_LETTERS = 'ZABCDEFGHJKLMNPQRTUVWXY';

/**
 * A well-formed PNC ID (YYYY/NNNNNNNC) with its check character: the letter
 * for (two-digit year followed by the serial) mod 23. The demo uses years
 * 1900–1909, before the PNC existed (1974), so no real record can have one.
 */
export function demoPncId(index: number): string {
  const year = 1900 + (index % 10);
  const serial = Math.floor(index / 10) + 1;
  if (serial > 9_999_999) throw new RangeError('too many people for the demo PNC range');
  const yy = year % 100;
  const check = PNC_CHECK_LETTERS[(yy * 10_000_000 + serial) % 23];
  return `${year}/${String(serial).padStart(7, '0')}${check}`;
}

/** A CRO number in the same style (NNNNNN/YYC), with years 00–09 and the same check rule. */
export function demoCroNumber(index: number): string {
  const yy = index % 10;
  const serial = Math.floor(index / 10) + 1;
  const check = PNC_CHECK_LETTERS[(yy * 10_000_000 + serial) % 23];
  return `${String(serial).padStart(6, '0')}/${String(yy).padStart(2, '0')}${check}`;
}

/** A prison number in the NOMIS shape (A1234BC) but starting with Z, which has not been issued. */
export function demoPrisonNumber(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const n = Math.floor(index / 10_000);
  return `Z${String(index % 10_000).padStart(4, '0')}${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`;
}

/** A probation case reference number in the nDelius shape (a letter and six digits), starting with Z. */
export function demoProbationCrn(index: number): string {
  return `Z${String(index + 1).padStart(6, '0')}`;
}

// ------------------------------------------------------------------ the generator
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const years = (n: number) => Math.round(n * DAYS_PER_YEAR);

function drawDateOfBirth(rng: Rng): number {
  const band = AGE_BANDS[rng.weighted(AGE_WEIGHTS)]!;
  const age = band[0] + rng.next() * (band[1] - band[0] + 1);
  return D.ageReference - Math.floor(age * DAYS_PER_YEAR);
}

function postcode(rng: Rng, prefix: string): string {
  const letters = 'ABDEFGHJLNPQRSTUWXY';
  return `${prefix} ${rng.int(1, 9)}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
}

/** Generates person `index` (0-based) of the pool for the plan. */
export function generatePerson(plan: DemoPlan, index: number, refPrefix = 'DEMO'): DemoPerson {
  return new PersonBuilder(plan, index, refPrefix).build();
}

/** Generates people [from, to) one at a time, so a caller can stream them. */
export function* generatePeople(plan: DemoPlan, from = 0, to = plan.people, refPrefix = 'DEMO'): Generator<DemoPerson> {
  for (let i = from; i < to; i++) yield generatePerson(plan, i, refPrefix);
}

class PersonBuilder {
  private readonly rng: Rng;
  private readonly p: DemoPerson;
  private previousConvictions = 0;
  private previousCustody = 0;
  private previousSanctions = 0;
  private rate = 0;
  private careerStart = 0;
  private careerEnd = 0;

  constructor(
    private readonly plan: DemoPlan,
    index: number,
    refPrefix: string,
  ) {
    this.rng = new Rng(mixSeed(plan.seed, index));
    const rng = this.rng;
    const male = rng.chance(0.85);
    const given = rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    this.p = {
      index,
      personRef: `${refPrefix}-${String(index + 1).padStart(6, '0')}`,
      familyName: rng.pick(FAMILY_NAMES),
      givenNames: rng.chance(0.6) ? `${given} ${MIDDLE_INITIALS[rng.int(0, MIDDLE_INITIALS.length - 1)]}.` : given,
      dateOfBirth: drawDateOfBirth(rng),
      sex: male ? 'male' : 'female',
      ethnicity: ETHNICITY_SHARES[rng.weighted(ETHNICITY_WEIGHTS)]![0],
      dateOfDeath: null,
      z: rng.normal(),
      drugUser: false,
      identifiers: [],
      addresses: [],
      outcomes: [],
      arrests: [],
      charges: [],
      intelligence: [],
      drugTests: [],
      assessments: [],
      breaches: [],
      custody: [],
      supervision: [],
      memberships: [],
    };
  }

  build(): DemoPerson {
    const { rng, p } = this;
    // Women offend less often; the rate is otherwise set by the propensity z.
    this.rate = Math.exp(MODEL.rateMu + MODEL.rateSigma * p.z) * (p.sex === 'female' ? 0.7 : 1);
    p.drugUser = rng.chance(logistic(-1.9 + 0.9 * p.z));
    this.career();
    this.offending();
    this.unproven();
    this.addresses();
    this.identifiers();
    this.memberships();
    return p;
  }

  /**
   * The career in which this person offends. The pool is the people known to
   * the partnership now, so every career overlaps the years of the extract's
   * custody-suite data: it ends no earlier than six months after eventsFrom.
   */
  private career(): void {
    const { rng, p } = this;
    const length = years(rng.exponential(MODEL.careerMeanYears + MODEL.careerYearsPerZ * Math.max(0, p.z)));
    const earliest = Math.max(p.dateOfBirth + years(12), D.eventsFrom + 180 - length);
    const latest = D.extract - 30;
    const start = earliest >= latest ? latest : earliest + rng.int(0, latest - earliest);
    this.careerStart = Math.max(start, D.historyFrom, p.dateOfBirth + years(10));
    this.careerEnd = Math.max(start + length, this.careerStart + 30);
    if (rng.chance(MODEL.deathChance)) {
      p.dateOfDeath = this.careerStart + rng.int(1, Math.max(1, D.extract - this.careerStart));
    }
  }

  private windowEnd(): number {
    return Math.min(this.careerEnd, AFTER_EXTRACT, this.p.dateOfDeath ?? AFTER_EXTRACT);
  }

  private offending(): void {
    const { rng } = this;
    const end = this.windowEnd();
    const meanGap = DAYS_PER_YEAR / this.rate;
    let t = this.careerStart;
    if (end <= t) return;
    let first = true;
    for (;;) {
      // Everyone in the pool has at least one proven case: the first one falls in the window.
      const gap = first && this.rate * ((end - t) / DAYS_PER_YEAR) < 1 ? rng.next() * (end - t) : rng.exponential(meanGap);
      first = false;
      const at = t + Math.max(1, Math.round(gap));
      if (at >= end) break;
      const resume = this.proceedings(t, at);
      if (resume === null) break;
      t = resume;
    }
  }

  private pickOffence(): OffenceKind {
    return DEMO_OFFENCES[this.rng.weighted(this.p.drugUser ? WEIGHTS_DRUG_USER : WEIGHTS_OTHER)]!;
  }

  private isYouth(day: number): boolean {
    return day - this.p.dateOfBirth < 18 * DAYS_PER_YEAR;
  }

  /**
   * One proven case: offences up to `at`, arrest, perhaps remand, the outcome
   * and what it brings. Returns the day offending can resume (the outcome, or
   * release from custody), or null when the person is in custody on the extract date.
   */
  private proceedings(libertyFrom: number, at: number): number | null {
    const { rng, p } = this;
    const principal = this.pickOffence();
    const youth = this.isYouth(at);
    const cautionChance = this.previousSanctions === 0 ? (youth ? 0.7 : 0.45) : this.previousSanctions < 3 ? (youth ? 0.35 : 0.2) : 0.04;
    const caution = principal.custodyBonus < 0.3 && rng.chance(cautionChance);
    const arrestDay = rng.chance(0.7) ? at : Math.min(at + rng.int(1, 14), D.extract);
    const outcomeDay = caution ? arrestDay + rng.int(0, 21) : arrestDay + Math.min(365, Math.max(7, Math.round(rng.lognormal(Math.log(55), 0.6))));
    const pending = outcomeDay > D.extract;
    const remanded = !caution && rng.chance(Math.min(0.4, MODEL.remandBase + MODEL.remandPerPrevious * this.previousConvictions + principal.custodyBonus / 3));

    if (arrestDay >= D.eventsFrom) {
      if (caution) this.arrest(arrestDay, principal, 'other', youth ? 'Reprimand or final warning' : 'Cautioned');
      else {
        this.arrest(arrestDay, principal, 'charged', 'Charged');
        p.charges.push({ date: arrestDay, code: principal.code });
      }
    }
    if (pending) {
      if (remanded) {
        p.custody.push({ kind: 'remand', reception: arrestDay, release: null, sentenceDays: null, expectedRelease: null, establishment: this.establishment(arrestDay) });
        return null;
      }
      return arrestDay + 1;
    }

    // The outcome: one row per offence.
    const rows = caution ? 1 : 1 + rng.poisson(MODEL.extraRowsBase + MODEL.extraRowsPerZ * Math.max(0, p.z));
    let disposal: Disposal | null = null;
    let sentence: number | null = null;
    if (!caution) {
      // Courts deal more harshly with the most persistent (and PPO cases are fast-tracked: "catch and convict").
      const persistent = at >= D.ppoFrom ? MODEL.persistentCustodyBonus * Math.min(1.5, Math.max(0, p.z - 1.5)) : 0;
      const custodyChance = Math.min(MODEL.custodyCap, MODEL.custodyBase + MODEL.custodyPerPrevious * this.previousConvictions + principal.custodyBonus + persistent + (rows > 2 ? 0.05 : 0));
      if (rng.chance(custodyChance)) {
        disposal = 'custody';
        const median = principal.sentenceMedian * (1 + MODEL.sentencePerPreviousCustody * Math.min(10, this.previousCustody)) * (rows > 2 ? 1.3 : 1);
        sentence = Math.min(3650, Math.max(14, Math.round(rng.lognormal(Math.log(median), 0.55))));
      } else {
        disposal = (['suspended', 'community', 'fine', 'discharge', 'other'] as const)[rng.weighted([0.13, 0.36, 0.33, 0.13, 0.05])]!;
      }
    }
    const court = caution ? null : sentence !== null && sentence > 365 ? CROWN_COURT : rng.pick(COURTS);
    for (let i = 0; i < rows; i++) {
      const kind = i === 0 ? principal : rng.chance(0.5) ? principal : this.pickOffence();
      const offenceDate = i === 0 ? at : Math.max(libertyFrom, at - rng.int(1, 45));
      p.outcomes.push({
        offenceDate,
        outcomeDate: outcomeDay,
        outcome: caution ? 'caution' : 'conviction',
        outcomeRaw: caution ? (youth ? 'Final warning' : 'Caution') : 'Convicted',
        code: kind.code,
        description: kind.description,
        disposal,
        sentenceDays: i === 0 ? sentence : sentence !== null ? Math.max(14, Math.round(sentence * (0.4 + 0.6 * rng.next()))) : null,
        court,
      });
    }
    this.previousSanctions++;
    if (!caution) this.previousConvictions++;

    let resume = outcomeDay;
    let remandDays = 0;
    if (remanded && outcomeDay > arrestDay) {
      p.custody.push({ kind: 'remand', reception: arrestDay, release: outcomeDay, sentenceDays: null, expectedRelease: null, establishment: this.establishment(arrestDay) });
      remandDays = outcomeDay - arrestDay;
    }
    if (disposal === 'custody' && sentence !== null) {
      this.previousCustody++;
      // Automatic release at the halfway point, less time on remand; some leave early on home detention curfew.
      const expected = outcomeDay + Math.max(1, Math.ceil(sentence / 2) - remandDays);
      let release = expected;
      if (sentence >= 84 && sentence < 4 * 365 && rng.chance(0.2)) release = Math.max(outcomeDay + 1, expected - rng.int(14, Math.min(135, Math.floor(sentence / 4))));
      const inAtExtract = release > D.extract;
      p.custody.push({
        kind: 'sentenced',
        reception: outcomeDay,
        release: inAtExtract ? null : release,
        sentenceDays: sentence,
        expectedRelease: expected,
        establishment: this.establishment(outcomeDay),
      });
      if (inAtExtract) return null;
      if (sentence >= 365) {
        this.supervise('licence', true, release, outcomeDay + sentence);
      } else if (rng.chance(0.2)) {
        // No statutory supervision after a short sentence; some take voluntary support.
        this.supervise('none', false, release, release + rng.int(90, 180));
      }
      resume = release;
    } else if (disposal === 'community' || (disposal === 'suspended' && rng.chance(0.5))) {
      const drr = p.drugUser && outcomeDay >= D.drrFrom && rng.chance(MODEL.drrChance);
      const length = drr ? rng.pick([183, 365, 365, 548]) : rng.pick([183, 365, 365, 548, 730]);
      const order = this.supervise(drr ? 'drr' : 'community_order', true, outcomeDay, outcomeDay + length);
      if (outcomeDay >= D.eventsFrom && rng.chance(drr ? 0.35 : 0.25)) {
        const breachDay = outcomeDay + rng.int(14, length - 1);
        if (breachDay <= D.extract) {
          const r = rng.next();
          const revoked = r > 0.65;
          p.breaches.push({
            date: breachDay,
            orderKind: drr ? 'drr' : 'community_order',
            outcome: r < 0.35 ? 'Warning issued' : revoked ? 'Order revoked and re-sentenced' : 'Order continued with added requirements',
          });
          if (revoked) {
            const revokedOn = Math.min(breachDay + rng.int(7, 42), AFTER_EXTRACT);
            if (order.end === null || revokedOn < order.end) {
              order.end = revokedOn > D.extract ? null : revokedOn;
              order.revoked = order.end !== null;
            }
          }
        }
      }
    }
    return resume;
  }

  private arrest(day: number, code: OffenceKind, outcome: ArrestOutcome, outcomeRaw: string): void {
    const { rng, p } = this;
    p.arrests.push({ date: day, code: code.code, outcome, outcomeRaw });
    if (code.trigger && day >= D.drugTestsFrom && rng.chance(0.75)) {
      const opiates = rng.chance(p.drugUser ? 0.65 : 0.03);
      const cocaine = rng.chance(p.drugUser ? 0.5 : 0.06);
      p.drugTests.push({ date: day, opiates, cocaine, triggerCode: code.code });
      if ((opiates || cocaine) && day >= D.assessmentsFrom) {
        const on = day + rng.int(1, 14);
        if (on <= D.extract) {
          const attended = rng.chance(0.85);
          p.assessments.push({ date: on, attended, drugMisuser: attended ? rng.chance(p.drugUser ? 0.9 : 0.3) : null });
        }
      }
    }
  }

  private establishment(day: number): string {
    return day - this.p.dateOfBirth < 21 * DAYS_PER_YEAR ? YOUNG_OFFENDER_INSTITUTION : PRISONS[this.p.index % PRISONS.length]!;
  }

  /** Adds a supervision period; an earlier one of the same kind still running is cut short by it. */
  private supervise(kind: SupervisionKind, statutory: boolean, start: number, end: number): DemoSupervision {
    for (const s of this.p.supervision) {
      if (s.kind === kind && (s.end === null || s.end > start)) {
        s.end = start;
        s.revoked = true;
      }
    }
    const period: DemoSupervision = { kind, statutory, start, end: end > D.extract ? null : end, revoked: false };
    this.p.supervision.push(period);
    return period;
  }

  private inCustodyOn(day: number): DemoCustody | undefined {
    return this.p.custody.find((c) => c.reception <= day && (c.release === null || day < c.release));
  }

  /** Days in [from, to) at liberty, drawn as a Poisson process with the given yearly rate. */
  private libertyDays(from: number, to: number, perYear: number, inCustodyKeep: number): number[] {
    const { rng } = this;
    if (to <= from) return [];
    const n = rng.poisson(perYear * ((to - from) / DAYS_PER_YEAR));
    const days: number[] = [];
    for (let i = 0; i < n; i++) {
      const d = from + rng.int(0, to - from - 1);
      if (!this.inCustodyOn(d) || rng.chance(inCustodyKeep)) days.push(d);
    }
    return days.sort((a, b) => a - b);
  }

  /** Arrests that led to no proven outcome, and intelligence reports, while known to the police. */
  private unproven(): void {
    const { rng, p } = this;
    const from = Math.max(D.eventsFrom, this.careerStart);
    const to = Math.min(this.careerEnd + years(2), AFTER_EXTRACT, p.dateOfDeath ?? AFTER_EXTRACT);
    for (const d of this.libertyDays(from, to, MODEL.unprovenArrestBase + MODEL.unprovenArrestPerCase * this.rate, 0)) {
      const r = rng.next();
      if (r >= 0.94) {
        // Charged, then discontinued or acquitted: about one charge in seven ends
        // without a conviction, as in the courts, so the Premium Service has
        // charges with no disposal to count. (The same draw as before, so the
        // rest of the person's record is unchanged.)
        const code = this.pickOffence();
        this.arrest(d, code, 'charged', 'Charged');
        p.charges.push({ date: d, code: code.code });
        continue;
      }
      this.arrest(d, this.pickOffence(), r < 0.6 ? 'nfa' : r < 0.85 ? 'released' : 'bailed', r < 0.6 ? 'No further action' : r < 0.85 ? 'Released under investigation' : 'Bailed pending enquiries');
    }
    p.arrests.sort((a, b) => a.date - b.date);
    p.charges.sort((a, b) => a.date - b.date);
    p.drugTests.sort((a, b) => a.date - b.date);
    p.assessments.sort((a, b) => a.date - b.date);
    const topics = p.drugUser
      ? ['Drug supply', 'Drug use', 'Acquisitive crime', 'Associates', 'Whereabouts', 'Vehicle use']
      : ['Violence', 'Acquisitive crime', 'Associates', 'Whereabouts', 'Vehicle use', 'Anti-social behaviour'];
    for (const d of this.libertyDays(from, to, MODEL.intelligenceBase + MODEL.intelligencePerCase * this.rate, 0.1)) {
      // 5x5x5 grading: source evaluation A–E, intelligence evaluation 1–5, handling code 1–5.
      const source = 'ABCDE'[rng.weighted([0.05, 0.35, 0.4, 0.1, 0.1])];
      const intel = rng.weighted([0.05, 0.4, 0.35, 0.1, 0.1]) + 1;
      const handling = rng.chance(0.9) ? 1 : rng.pick([2, 3, 4, 5]);
      p.intelligence.push({ date: d, grading: `${source}${intel}/${handling}`, topic: rng.pick(topics) });
    }
  }

  private addresses(): void {
    const { rng, p } = this;
    let area = rng.chance(0.55) ? 0 : 1;
    let outside: string | null = null;
    // The partnership knows addresses from a little before the person came to notice.
    let from = Math.max(D.historyFrom, this.careerStart - rng.int(0, 3 * 365));
    const end = p.dateOfDeath ?? AFTER_EXTRACT;
    for (;;) {
      const stay = Math.max(30, Math.round(rng.exponential(MODEL.addressMeanYears * DAYS_PER_YEAR)));
      const to = from + stay;
      const last = to >= end;
      const nfa = rng.chance(0.04);
      const prefix = outside ? OUTSIDE_POSTCODE_PREFIX : DEMO_AREAS[area]!.postcodePrefix;
      p.addresses.push({
        from,
        to: last ? (p.dateOfDeath ?? null) : to,
        areaCode: outside ?? DEMO_AREAS[area]!.code,
        postcode: nfa ? NO_FIXED_ABODE_POSTCODE : postcode(rng, prefix),
      });
      if (last) break;
      from = to;
      const r = rng.next();
      if (outside) {
        if (r < 0.4) outside = null;
      } else if (r < 0.08) outside = rng.pick(OUTSIDE_AREA_CODES);
      else if (r < 0.55) area = 1 - area;
    }
    if (p.dateOfDeath !== null && p.addresses.length) {
      const lastAddress = p.addresses[p.addresses.length - 1]!;
      if (lastAddress.to !== null && lastAddress.to <= lastAddress.from) p.addresses.pop();
    }
  }

  private identifiers(): void {
    const { rng, p } = this;
    if (!rng.chance(MODEL.missingPncShare)) p.identifiers.push({ kind: 'pnc', value: demoPncId(p.index) });
    if (this.previousConvictions > 0 && rng.chance(0.8)) p.identifiers.push({ kind: 'cro', value: demoCroNumber(p.index) });
    if (p.custody.length > 0) p.identifiers.push({ kind: 'prison', value: demoPrisonNumber(p.index) });
    if (p.supervision.some((s) => s.statutory) && rng.chance(0.95)) p.identifiers.push({ kind: 'probation_crn', value: demoProbationCrn(p.index) });
    if (p.assessments.some((a) => a.attended)) p.identifiers.push({ kind: 'drug_service', value: `DS-${String(p.index + 1).padStart(7, '0')}` });
  }

  // ---------------------------------------------------------------- memberships
  private memberships(): void {
    const { p, plan } = this;
    if (p.z >= plan.zPpo) this.ppoStints();
    if (p.z >= plan.zIom) this.iomStints();
    this.resolveIomUnderPpo();
    for (const s of p.supervision) {
      if (s.kind !== 'drr' || s.start < D.drrFrom) continue;
      p.memberships.push({
        scheme: 'DRR',
        tier: null,
        strand: null,
        start: s.start,
        end: s.end,
        selectionReason: 'Drug Rehabilitation Requirement made by the court',
        endReason: s.end === null ? null : 'other',
        endReasonRaw: s.end === null ? null : s.revoked ? 'DRR revoked' : 'DRR completed',
        exitPlan: s.end === null ? null : s.revoked ? 'Re-sentenced; the drug service re-engages on release or the new order' : 'Continuing voluntary treatment with the drug service',
      });
    }
    p.memberships.sort((a, b) => a.start - b.start || a.scheme.localeCompare(b.scheme));
  }

  /** Outcome days and releases from custody (before the extract), as selection occasions, in order. */
  private occasions(): number[] {
    const out: number[] = [];
    for (const o of this.p.outcomes) if (o.outcomeDate < D.extract - 14) out.push(o.outcomeDate);
    for (const c of this.p.custody) if (c.release !== null && c.release < D.extract - 14) out.push(c.release);
    return out.sort((a, b) => a - b);
  }

  /** The first occasion on or after a day drawn uniformly from [from, extract), or null. */
  private selectionDay(from: number): number | null {
    const u = from + this.rng.int(0, D.extract - from - 1);
    const on = this.occasions().find((d) => d >= u);
    return on === undefined ? null : Math.min(D.extract, Math.max(from, on + this.rng.int(7, 42)));
  }

  private ppoStints(): void {
    const { rng } = this;
    let from = D.ppoFrom;
    for (let n = 0; n < 3 && from < D.extract; n++) {
      const start = this.selectionDay(from);
      if (start === null) return;
      const custody = this.inCustodyOn(start);
      const strand = this.isYouth(start) ? 'PD' : custody ? 'RR' : 'CC';
      const stint = this.closeStint('PPO', 'PPO', strand, start, start + Math.max(90, years(rng.exponential(MODEL.ppoMeanYears))),
        'Selected at the review panel: selection matrix score above the lowest current member; agencies agreed');
      if (!stint || stint.end === null) return;
      if (stint.endReason !== 'deceased' && stint.endReason !== 'moved_area' && stint.endReason !== 'significant_custody' && stint.end >= D.iomFrom) {
        // IOM is the cushion for those leaving PPO who still need support.
        const tier = stint.endReason === 'stopped_offending' ? 'monitor' : 'medium';
        this.closeStint('IOM', tier, null, stint.end, stint.end + Math.max(60, years(rng.exponential(MODEL.iomMeanYears))), 'Stepped down from PPO at the review panel');
      }
      if (stint.endReason === 'deceased' || stint.endReason === 'moved_area' || !rng.chance(0.35)) return;
      from = stint.end + years(0.5 + rng.exponential(1));
    }
  }

  private iomStints(): void {
    const { rng, p, plan } = this;
    const start = this.selectionDay(D.iomFrom - 180);
    if (start === null) return;
    const tier = p.z >= plan.zIomHigh ? 'high' : p.z >= plan.zIomMedium ? 'medium' : 'monitor';
    this.closeStint('IOM', tier, null, Math.max(D.iomFrom, start), Math.max(D.iomFrom, start) + Math.max(60, years(rng.exponential(MODEL.iomMeanYears))),
      'Selected at the review panel from the pool by the selection matrix');
  }

  /** A PPO stint chosen after an IOM cushion began ends that IOM stint: PPO comes first. */
  private resolveIomUnderPpo(): void {
    const { p } = this;
    const ppo = p.memberships.filter((m) => m.scheme === 'PPO');
    p.memberships = p.memberships.filter((m) => {
      if (m.scheme !== 'IOM') return true;
      for (const s of ppo) {
        if (s.start <= m.start && m.start < (s.end ?? Infinity)) return false;
        if (m.start < s.start && s.start < (m.end ?? Infinity)) {
          m.end = s.start;
          m.endReason = 'other';
          m.endReasonRaw = 'Selected for PPO';
          m.exitPlan = 'Moved up to the PPO scheme';
        }
      }
      return true;
    });
  }

  /**
   * Adds a stint on a scheme that would run from start to plannedEnd, and
   * decides why and when it ends. Never overlaps the person's other stints on
   * the same scheme, nor (for IOM) a PPO stint: PPO comes first.
   */
  private closeStint(scheme: DemoSchemeCode, tier: string | null, strand: string | null, start: number, plannedEnd: number, selectionReason: string): DemoMembership | null {
    const { p } = this;
    let end: number | null = plannedEnd;
    let endReason: EndReason | null = null;
    let endReasonRaw: string | null = null;
    let exitPlan: string | null = null;
    const same = p.memberships.filter((m) => m.scheme === scheme || (scheme === 'IOM' && m.scheme === 'PPO'));
    const blocked = (a: number, b: number | null) => same.some((m) => m.start < (b ?? Infinity) && a < (m.end ?? Infinity));
    const m: DemoMembership = { scheme, tier, strand, start, end: null, selectionReason, endReason: null, endReasonRaw: null, exitPlan: null };
    if (start > D.extract || blocked(start, start + 1)) return null;
    // A later stint of PPO (or a stint already there) cuts this one short.
    const next = same.filter((s) => s.start > start).sort((a, b) => a.start - b.start)[0];
    const death = p.dateOfDeath;
    const move = p.addresses.find((a) => a.from > start && a.from < plannedEnd && !DEMO_AREAS.some((d) => d.code === a.areaCode));
    if (death !== null && death < plannedEnd && (!move || death <= move.from)) {
      end = death;
      endReason = 'deceased';
      endReasonRaw = 'Deceased';
      exitPlan = 'None: left the scheme on death';
    } else if (move) {
      end = move.from;
      endReason = 'moved_area';
      endReasonRaw = `Moved out of the partnership's areas (${move.areaCode})`;
      exitPlan = `Transfer notice sent to the partnership covering ${move.areaCode}`;
    }
    if (next && (end === null || next.start < end)) {
      end = next.start;
      endReason = 'other';
      endReasonRaw = next.scheme === 'PPO' ? 'Selected for PPO' : 'Re-selected';
      exitPlan = next.scheme === 'PPO' ? 'Moved up to the PPO scheme' : 'Continues on the scheme in a new stint';
    }
    if (endReason === null) {
      if (plannedEnd > D.extract) end = null;
      else {
        const custody = this.inCustodyOn(plannedEnd);
        const recent = (o: { offenceDate: number }) => o.offenceDate >= plannedEnd - 183 && o.offenceDate < plannedEnd;
        const arrests = p.arrests.some((a) => a.date >= plannedEnd - 183 && a.date < plannedEnd);
        if (custody && custody.expectedRelease !== null && custody.expectedRelease - plannedEnd > 730) {
          endReason = 'significant_custody';
          endReasonRaw = 'In custody and likely to stay there more than two years (risk assessment recorded)';
          exitPlan = 'Re-selection review three months before the expected release';
        } else if (!custody && !arrests && !p.outcomes.some(recent) && !p.intelligence.some((i) => i.date >= plannedEnd - 183 && i.date < plannedEnd)) {
          endReason = 'stopped_offending';
          endReasonRaw = 'No arrest or intelligence for six months';
          exitPlan = plannedEnd >= D.iomFrom && scheme === 'PPO' ? 'Stepped down to the IOM monitor tier' : 'Ongoing voluntary support from the drug service and housing';
        } else if (plannedEnd - start >= 730) {
          endReason = 'two_years_on_scheme';
          endReasonRaw = 'Two years on the scheme: mandatory review';
          exitPlan = plannedEnd >= D.iomFrom && scheme === 'PPO' ? 'Stepped down to the IOM medium tier' : 'Offender manager continues under statutory supervision';
        } else {
          endReason = 'regular_review';
          endReasonRaw = 'Quarterly review: scored below others in the pool';
          exitPlan = plannedEnd >= D.iomFrom && scheme === 'PPO' ? 'Stepped down to the IOM medium tier' : 'Offender manager continues under statutory supervision';
        }
      }
    }
    if (end !== null && end <= start) return null;
    const membership: DemoMembership = { ...m, end, endReason, endReasonRaw, exitPlan };
    p.memberships.push(membership);
    return membership;
  }
}
