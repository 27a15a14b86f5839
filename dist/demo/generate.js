import { Rng, mixSeed, normalQuantile } from "./random.js";
import { dayNumber, DAYS_PER_YEAR } from "../calendar/dates.js";
const DEMO_DATES = {
  /** Convictions, custody, supervision and addresses go back to here (a PNC history). */
  historyFrom: "1995-01-01",
  /** Custody-suite and intelligence data (arrests, charges, drug tests, intelligence, breaches) start here. */
  eventsFrom: "2005-01-01",
  /** Drug testing on arrest for trigger offences. */
  drugTestsFrom: "2005-04-01",
  /** Required assessments after a positive test (Drugs Act 2005). */
  assessmentsFrom: "2006-04-01",
  /** The PPO programme began in September 2004. */
  ppoFrom: "2004-09-01",
  /** DRRs replaced DTTOs in April 2005. */
  drrFrom: "2005-04-01",
  /** The demo partnership's IOM scheme started in April 2009. */
  iomFrom: "2009-04-01",
  /** The demo's "today": the data extract date. */
  extractDate: "2010-12-31"
};
const D = {
  historyFrom: dayNumber(DEMO_DATES.historyFrom),
  eventsFrom: dayNumber(DEMO_DATES.eventsFrom),
  drugTestsFrom: dayNumber(DEMO_DATES.drugTestsFrom),
  assessmentsFrom: dayNumber(DEMO_DATES.assessmentsFrom),
  ppoFrom: dayNumber(DEMO_DATES.ppoFrom),
  drrFrom: dayNumber(DEMO_DATES.drrFrom),
  iomFrom: dayNumber(DEMO_DATES.iomFrom),
  extract: dayNumber(DEMO_DATES.extractDate),
  ageReference: dayNumber("2008-01-01")
};
const AFTER_EXTRACT = D.extract + 1;
const DEMO_AREAS = [
  { code: "X99000001", name: "Northmoor (fictional)", postcodePrefix: "XX1" },
  { code: "X99000002", name: "Southdale (fictional)", postcodePrefix: "XX2" }
];
const OUTSIDE_AREA_CODES = ["X99000091", "X99000092", "X99000093"];
const OUTSIDE_POSTCODE_PREFIX = "XX9";
const NO_FIXED_ABODE_POSTCODE = "ZZ99 3VZ";
const COURTS = ["Northmoor Magistrates' Court (fictional)", "Southdale Magistrates' Court (fictional)"];
const CROWN_COURT = "Northmoor Crown Court (fictional)";
const PRISONS = ["HMP Examplegate (fictional)", "HMP Fictonbury (fictional)"];
const YOUNG_OFFENDER_INSTITUTION = "HMYOI Sampleford (fictional)";
const DEMO_OFFENCES = [
  { code: "02800", description: "Burglary in a dwelling", trigger: true, weightDrugUser: 8, weightOther: 3, custodyBonus: 0.15, sentenceMedian: 300 },
  { code: "03000", description: "Burglary other than in a dwelling", trigger: true, weightDrugUser: 4, weightOther: 2, custodyBonus: 0.05, sentenceMedian: 150 },
  { code: "03400", description: "Robbery", trigger: true, weightDrugUser: 2, weightOther: 1, custodyBonus: 0.35, sentenceMedian: 720 },
  { code: "03900", description: "Theft from the person", trigger: true, weightDrugUser: 3, weightOther: 1, custodyBonus: 0.05, sentenceMedian: 120 },
  { code: "04500", description: "Theft from a vehicle", trigger: true, weightDrugUser: 5, weightOther: 2, custodyBonus: 0.05, sentenceMedian: 90 },
  { code: "04800", description: "Theft or unauthorised taking of a motor vehicle", trigger: true, weightDrugUser: 3, weightOther: 3, custodyBonus: 0.05, sentenceMedian: 120 },
  { code: "03700", description: "Aggravated vehicle taking", trigger: true, weightDrugUser: 1, weightOther: 1, custodyBonus: 0.1, sentenceMedian: 180 },
  { code: "12600", description: "Interference with a motor vehicle", trigger: true, weightDrugUser: 1, weightOther: 1, custodyBonus: 0, sentenceMedian: 60 },
  { code: "04600", description: "Theft from a shop (shoplifting)", trigger: true, weightDrugUser: 25, weightOther: 8, custodyBonus: 0, sentenceMedian: 60 },
  { code: "04900", description: "Other theft", trigger: true, weightDrugUser: 6, weightOther: 4, custodyBonus: 0, sentenceMedian: 60 },
  { code: "05400", description: "Handling stolen goods", trigger: true, weightDrugUser: 4, weightOther: 2, custodyBonus: 0, sentenceMedian: 90 },
  { code: "10501", description: "Common assault and battery", trigger: false, weightDrugUser: 3, weightOther: 14, custodyBonus: 0, sentenceMedian: 60 },
  { code: "00806", description: "Assault occasioning actual bodily harm", trigger: false, weightDrugUser: 2, weightOther: 8, custodyBonus: 0.1, sentenceMedian: 180 },
  { code: "00801", description: "Wounding or inflicting grievous bodily harm", trigger: false, weightDrugUser: 0.5, weightOther: 2, custodyBonus: 0.3, sentenceMedian: 540 },
  { code: "05800", description: "Criminal damage", trigger: false, weightDrugUser: 3, weightOther: 10, custodyBonus: 0, sentenceMedian: 60 },
  { code: "12512", description: "Threatening behaviour causing harassment, alarm or distress", trigger: false, weightDrugUser: 3, weightOther: 10, custodyBonus: 0, sentenceMedian: 30 },
  { code: "09251", description: "Possession of a Class A drug (heroin)", trigger: true, weightDrugUser: 6, weightOther: 0.3, custodyBonus: 0, sentenceMedian: 60 },
  { code: "09250", description: "Possession of a Class A drug (cocaine)", trigger: true, weightDrugUser: 4, weightOther: 1, custodyBonus: 0, sentenceMedian: 60 },
  { code: "09261", description: "Possession of a Class B drug (cannabis)", trigger: false, weightDrugUser: 2, weightOther: 5, custodyBonus: 0, sentenceMedian: 30 },
  { code: "09271", description: "Possession with intent to supply a Class A drug (heroin)", trigger: true, weightDrugUser: 1, weightOther: 0.3, custodyBonus: 0.5, sentenceMedian: 900 },
  { code: "08300", description: "Offence relating to bail", trigger: false, weightDrugUser: 3, weightOther: 3, custodyBonus: 0, sentenceMedian: 30 }
];
const WEIGHTS_DRUG_USER = DEMO_OFFENCES.map((o) => o.weightDrugUser);
const WEIGHTS_OTHER = DEMO_OFFENCES.map((o) => o.weightOther);
const FAMILY_NAMES = [
  "Examplesson",
  "Fictitia",
  "Samplewood",
  "Demoford",
  "Placeholme",
  "Mockridge",
  "Testerby",
  "Synthwaite",
  "Inventley",
  "Madeupson",
  "Notrealton",
  "Pretendle",
  "Dummington",
  "Fauxley",
  "Imaginaro",
  "Sampleby",
  "Prototon",
  "Fictionby",
  "Demoworth",
  "Specimenza",
  "Trialsson",
  "Mockwell",
  "Pseudonymo",
  "Nonesuchley"
];
const MALE_GIVEN = ["Adam", "Ben", "Callum", "Dean", "Ethan", "Gary", "Jamie", "Kieran", "Lee", "Liam", "Mark", "Nathan", "Ryan", "Scott", "Shane", "Wayne"];
const FEMALE_GIVEN = ["Amy", "Chloe", "Danielle", "Emma", "Gemma", "Kelly", "Kirsty", "Leanne", "Lisa", "Nicola", "Sarah", "Stacey"];
const MIDDLE_INITIALS = "ABCDEGHJKLMNPRST";
const ETHNICITY_SHARES = [
  ["W1", 0.74],
  ["W2", 0.01],
  ["W3", 0.01],
  ["W4", 0.05],
  ["M1", 0.015],
  ["M2", 5e-3],
  ["M3", 5e-3],
  ["M4", 5e-3],
  ["A1", 0.012],
  ["A2", 0.025],
  ["A3", 8e-3],
  ["A4", 2e-3],
  ["A9", 8e-3],
  ["B1", 0.025],
  ["B2", 0.02],
  ["B9", 8e-3],
  ["O1", 4e-3],
  ["O9", 8e-3],
  ["NS", 0.02]
];
const ETHNICITY_WEIGHTS = ETHNICITY_SHARES.map((e) => e[1]);
const AGE_BANDS = [
  [12, 17, 0.06],
  [18, 20, 0.12],
  [21, 24, 0.16],
  [25, 29, 0.18],
  [30, 34, 0.15],
  [35, 39, 0.13],
  [40, 49, 0.14],
  [50, 65, 0.06]
];
const AGE_WEIGHTS = AGE_BANDS.map((b) => b[2]);
const MODEL = {
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
  remandPerPrevious: 8e-3,
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
  deathChance: 4e-3,
  /** Share of people whose PNC ID the partner did not send. */
  missingPncShare: 0.05
};
function demoPlan(people, seed) {
  if (!Number.isInteger(people) || people < 1) throw new RangeError(`people must be a whole number of at least 1, not ${people}`);
  const r = people / 5e3;
  const capacity = {
    PPO: Math.max(3, Math.round(20 * Math.pow(r, Math.log(5) / Math.log(40)))),
    IOM: Math.max(10, Math.round(150 * Math.pow(r, Math.log(20) / Math.log(40)))),
    DRR: Math.max(3, Math.round(60 * r))
  };
  const share = (members, perMember) => Math.min(0.5, 0.9 * members * perMember / people);
  const qPpo = share(capacity.PPO, MODEL.ppoEligiblePerMember);
  const qIom = share(capacity.IOM, MODEL.iomEligiblePerMember);
  return {
    people,
    seed,
    capacity,
    zPpo: normalQuantile(1 - qPpo),
    zIom: normalQuantile(1 - qIom),
    zIomHigh: normalQuantile(1 - qIom / 4),
    zIomMedium: normalQuantile(1 - qIom / 2)
  };
}
const PNC_CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
function demoPncId(index) {
  const year = 1900 + index % 10;
  const serial = Math.floor(index / 10) + 1;
  if (serial > 9999999) throw new RangeError("too many people for the demo PNC range");
  const yy = year % 100;
  const check = PNC_CHECK_LETTERS[(yy * 1e7 + serial) % 23];
  return `${year}/${String(serial).padStart(7, "0")}${check}`;
}
function demoCroNumber(index) {
  const yy = index % 10;
  const serial = Math.floor(index / 10) + 1;
  const check = PNC_CHECK_LETTERS[(yy * 1e7 + serial) % 23];
  return `${String(serial).padStart(6, "0")}/${String(yy).padStart(2, "0")}${check}`;
}
function demoPrisonNumber(index) {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const n = Math.floor(index / 1e4);
  return `Z${String(index % 1e4).padStart(4, "0")}${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`;
}
function demoProbationCrn(index) {
  return `Z${String(index + 1).padStart(6, "0")}`;
}
const logistic = (x) => 1 / (1 + Math.exp(-x));
const years = (n) => Math.round(n * DAYS_PER_YEAR);
function drawDateOfBirth(rng) {
  const band = AGE_BANDS[rng.weighted(AGE_WEIGHTS)];
  const age = band[0] + rng.next() * (band[1] - band[0] + 1);
  return D.ageReference - Math.floor(age * DAYS_PER_YEAR);
}
function postcode(rng, prefix) {
  const letters = "ABDEFGHJLNPQRSTUWXY";
  return `${prefix} ${rng.int(1, 9)}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
}
function generatePerson(plan, index, refPrefix = "DEMO") {
  return new PersonBuilder(plan, index, refPrefix).build();
}
function* generatePeople(plan, from = 0, to = plan.people, refPrefix = "DEMO") {
  for (let i = from; i < to; i++) yield generatePerson(plan, i, refPrefix);
}
class PersonBuilder {
  constructor(plan, index, refPrefix) {
    this.plan = plan;
    this.rng = new Rng(mixSeed(plan.seed, index));
    const rng = this.rng;
    const male = rng.chance(0.85);
    const given = rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    this.p = {
      index,
      personRef: `${refPrefix}-${String(index + 1).padStart(6, "0")}`,
      familyName: rng.pick(FAMILY_NAMES),
      givenNames: rng.chance(0.6) ? `${given} ${MIDDLE_INITIALS[rng.int(0, MIDDLE_INITIALS.length - 1)]}.` : given,
      dateOfBirth: drawDateOfBirth(rng),
      sex: male ? "male" : "female",
      ethnicity: ETHNICITY_SHARES[rng.weighted(ETHNICITY_WEIGHTS)][0],
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
      memberships: []
    };
  }
  plan;
  rng;
  p;
  previousConvictions = 0;
  previousCustody = 0;
  previousSanctions = 0;
  rate = 0;
  careerStart = 0;
  careerEnd = 0;
  build() {
    const { rng, p } = this;
    this.rate = Math.exp(MODEL.rateMu + MODEL.rateSigma * p.z) * (p.sex === "female" ? 0.7 : 1);
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
  career() {
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
  windowEnd() {
    return Math.min(this.careerEnd, AFTER_EXTRACT, this.p.dateOfDeath ?? AFTER_EXTRACT);
  }
  offending() {
    const { rng } = this;
    const end = this.windowEnd();
    const meanGap = DAYS_PER_YEAR / this.rate;
    let t = this.careerStart;
    if (end <= t) return;
    let first = true;
    for (; ; ) {
      const gap = first && this.rate * ((end - t) / DAYS_PER_YEAR) < 1 ? rng.next() * (end - t) : rng.exponential(meanGap);
      first = false;
      const at = t + Math.max(1, Math.round(gap));
      if (at >= end) break;
      const resume = this.proceedings(t, at);
      if (resume === null) break;
      t = resume;
    }
  }
  pickOffence() {
    return DEMO_OFFENCES[this.rng.weighted(this.p.drugUser ? WEIGHTS_DRUG_USER : WEIGHTS_OTHER)];
  }
  isYouth(day) {
    return day - this.p.dateOfBirth < 18 * DAYS_PER_YEAR;
  }
  /**
   * One proven case: offences up to `at`, arrest, perhaps remand, the outcome
   * and what it brings. Returns the day offending can resume (the outcome, or
   * release from custody), or null when the person is in custody on the extract date.
   */
  proceedings(libertyFrom, at) {
    const { rng, p } = this;
    const principal = this.pickOffence();
    const youth = this.isYouth(at);
    const cautionChance = this.previousSanctions === 0 ? youth ? 0.7 : 0.45 : this.previousSanctions < 3 ? youth ? 0.35 : 0.2 : 0.04;
    const caution = principal.custodyBonus < 0.3 && rng.chance(cautionChance);
    const arrestDay = rng.chance(0.7) ? at : Math.min(at + rng.int(1, 14), D.extract);
    const outcomeDay = caution ? arrestDay + rng.int(0, 21) : arrestDay + Math.min(365, Math.max(7, Math.round(rng.lognormal(Math.log(55), 0.6))));
    const pending = outcomeDay > D.extract;
    const remanded = !caution && rng.chance(Math.min(0.4, MODEL.remandBase + MODEL.remandPerPrevious * this.previousConvictions + principal.custodyBonus / 3));
    if (arrestDay >= D.eventsFrom) {
      if (caution) this.arrest(arrestDay, principal, "other", youth ? "Reprimand or final warning" : "Cautioned");
      else {
        this.arrest(arrestDay, principal, "charged", "Charged");
        p.charges.push({ date: arrestDay, code: principal.code });
      }
    }
    if (pending) {
      if (remanded) {
        p.custody.push({ kind: "remand", reception: arrestDay, release: null, sentenceDays: null, expectedRelease: null, establishment: this.establishment(arrestDay) });
        return null;
      }
      return arrestDay + 1;
    }
    const rows = caution ? 1 : 1 + rng.poisson(MODEL.extraRowsBase + MODEL.extraRowsPerZ * Math.max(0, p.z));
    let disposal = null;
    let sentence = null;
    if (!caution) {
      const persistent = at >= D.ppoFrom ? MODEL.persistentCustodyBonus * Math.min(1.5, Math.max(0, p.z - 1.5)) : 0;
      const custodyChance = Math.min(MODEL.custodyCap, MODEL.custodyBase + MODEL.custodyPerPrevious * this.previousConvictions + principal.custodyBonus + persistent + (rows > 2 ? 0.05 : 0));
      if (rng.chance(custodyChance)) {
        disposal = "custody";
        const median = principal.sentenceMedian * (1 + MODEL.sentencePerPreviousCustody * Math.min(10, this.previousCustody)) * (rows > 2 ? 1.3 : 1);
        sentence = Math.min(3650, Math.max(14, Math.round(rng.lognormal(Math.log(median), 0.55))));
      } else {
        disposal = ["suspended", "community", "fine", "discharge", "other"][rng.weighted([0.13, 0.36, 0.33, 0.13, 0.05])];
      }
    }
    const court = caution ? null : sentence !== null && sentence > 365 ? CROWN_COURT : rng.pick(COURTS);
    for (let i = 0; i < rows; i++) {
      const kind = i === 0 ? principal : rng.chance(0.5) ? principal : this.pickOffence();
      const offenceDate = i === 0 ? at : Math.max(libertyFrom, at - rng.int(1, 45));
      p.outcomes.push({
        offenceDate,
        outcomeDate: outcomeDay,
        outcome: caution ? "caution" : "conviction",
        outcomeRaw: caution ? youth ? "Final warning" : "Caution" : "Convicted",
        code: kind.code,
        description: kind.description,
        disposal,
        sentenceDays: i === 0 ? sentence : sentence !== null ? Math.max(14, Math.round(sentence * (0.4 + 0.6 * rng.next()))) : null,
        court
      });
    }
    this.previousSanctions++;
    if (!caution) this.previousConvictions++;
    let resume = outcomeDay;
    let remandDays = 0;
    if (remanded && outcomeDay > arrestDay) {
      p.custody.push({ kind: "remand", reception: arrestDay, release: outcomeDay, sentenceDays: null, expectedRelease: null, establishment: this.establishment(arrestDay) });
      remandDays = outcomeDay - arrestDay;
    }
    if (disposal === "custody" && sentence !== null) {
      this.previousCustody++;
      const expected = outcomeDay + Math.max(1, Math.ceil(sentence / 2) - remandDays);
      let release = expected;
      if (sentence >= 84 && sentence < 4 * 365 && rng.chance(0.2)) release = Math.max(outcomeDay + 1, expected - rng.int(14, Math.min(135, Math.floor(sentence / 4))));
      const inAtExtract = release > D.extract;
      p.custody.push({
        kind: "sentenced",
        reception: outcomeDay,
        release: inAtExtract ? null : release,
        sentenceDays: sentence,
        expectedRelease: expected,
        establishment: this.establishment(outcomeDay)
      });
      if (inAtExtract) return null;
      if (sentence >= 365) {
        this.supervise("licence", true, release, outcomeDay + sentence);
      } else if (rng.chance(0.2)) {
        this.supervise("none", false, release, release + rng.int(90, 180));
      }
      resume = release;
    } else if (disposal === "community" || disposal === "suspended" && rng.chance(0.5)) {
      const drr = p.drugUser && outcomeDay >= D.drrFrom && rng.chance(MODEL.drrChance);
      const length = drr ? rng.pick([183, 365, 365, 548]) : rng.pick([183, 365, 365, 548, 730]);
      const order = this.supervise(drr ? "drr" : "community_order", true, outcomeDay, outcomeDay + length);
      if (outcomeDay >= D.eventsFrom && rng.chance(drr ? 0.35 : 0.25)) {
        const breachDay = outcomeDay + rng.int(14, length - 1);
        if (breachDay <= D.extract) {
          const r = rng.next();
          const revoked = r > 0.65;
          p.breaches.push({
            date: breachDay,
            orderKind: drr ? "drr" : "community_order",
            outcome: r < 0.35 ? "Warning issued" : revoked ? "Order revoked and re-sentenced" : "Order continued with added requirements"
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
  arrest(day, code, outcome, outcomeRaw) {
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
  establishment(day) {
    return day - this.p.dateOfBirth < 21 * DAYS_PER_YEAR ? YOUNG_OFFENDER_INSTITUTION : PRISONS[this.p.index % PRISONS.length];
  }
  /** Adds a supervision period; an earlier one of the same kind still running is cut short by it. */
  supervise(kind, statutory, start, end) {
    for (const s of this.p.supervision) {
      if (s.kind === kind && (s.end === null || s.end > start)) {
        s.end = start;
        s.revoked = true;
      }
    }
    const period = { kind, statutory, start, end: end > D.extract ? null : end, revoked: false };
    this.p.supervision.push(period);
    return period;
  }
  inCustodyOn(day) {
    return this.p.custody.find((c) => c.reception <= day && (c.release === null || day < c.release));
  }
  /** Days in [from, to) at liberty, drawn as a Poisson process with the given yearly rate. */
  libertyDays(from, to, perYear, inCustodyKeep) {
    const { rng } = this;
    if (to <= from) return [];
    const n = rng.poisson(perYear * ((to - from) / DAYS_PER_YEAR));
    const days = [];
    for (let i = 0; i < n; i++) {
      const d = from + rng.int(0, to - from - 1);
      if (!this.inCustodyOn(d) || rng.chance(inCustodyKeep)) days.push(d);
    }
    return days.sort((a, b) => a - b);
  }
  /** Arrests that led to no proven outcome, and intelligence reports, while known to the police. */
  unproven() {
    const { rng, p } = this;
    const from = Math.max(D.eventsFrom, this.careerStart);
    const to = Math.min(this.careerEnd + years(2), AFTER_EXTRACT, p.dateOfDeath ?? AFTER_EXTRACT);
    for (const d of this.libertyDays(from, to, MODEL.unprovenArrestBase + MODEL.unprovenArrestPerCase * this.rate, 0)) {
      const r = rng.next();
      if (r >= 0.94) {
        const code = this.pickOffence();
        this.arrest(d, code, "charged", "Charged");
        p.charges.push({ date: d, code: code.code });
        continue;
      }
      this.arrest(d, this.pickOffence(), r < 0.6 ? "nfa" : r < 0.85 ? "released" : "bailed", r < 0.6 ? "No further action" : r < 0.85 ? "Released under investigation" : "Bailed pending enquiries");
    }
    p.arrests.sort((a, b) => a.date - b.date);
    p.charges.sort((a, b) => a.date - b.date);
    p.drugTests.sort((a, b) => a.date - b.date);
    p.assessments.sort((a, b) => a.date - b.date);
    const topics = p.drugUser ? ["Drug supply", "Drug use", "Acquisitive crime", "Associates", "Whereabouts", "Vehicle use"] : ["Violence", "Acquisitive crime", "Associates", "Whereabouts", "Vehicle use", "Anti-social behaviour"];
    for (const d of this.libertyDays(from, to, MODEL.intelligenceBase + MODEL.intelligencePerCase * this.rate, 0.1)) {
      const source = "ABCDE"[rng.weighted([0.05, 0.35, 0.4, 0.1, 0.1])];
      const intel = rng.weighted([0.05, 0.4, 0.35, 0.1, 0.1]) + 1;
      const handling = rng.chance(0.9) ? 1 : rng.pick([2, 3, 4, 5]);
      p.intelligence.push({ date: d, grading: `${source}${intel}/${handling}`, topic: rng.pick(topics) });
    }
  }
  addresses() {
    const { rng, p } = this;
    let area = rng.chance(0.55) ? 0 : 1;
    let outside = null;
    let from = Math.max(D.historyFrom, this.careerStart - rng.int(0, 3 * 365));
    const end = p.dateOfDeath ?? AFTER_EXTRACT;
    for (; ; ) {
      const stay = Math.max(30, Math.round(rng.exponential(MODEL.addressMeanYears * DAYS_PER_YEAR)));
      const to = from + stay;
      const last = to >= end;
      const nfa = rng.chance(0.04);
      const prefix = outside ? OUTSIDE_POSTCODE_PREFIX : DEMO_AREAS[area].postcodePrefix;
      p.addresses.push({
        from,
        to: last ? p.dateOfDeath ?? null : to,
        areaCode: outside ?? DEMO_AREAS[area].code,
        postcode: nfa ? NO_FIXED_ABODE_POSTCODE : postcode(rng, prefix)
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
      const lastAddress = p.addresses[p.addresses.length - 1];
      if (lastAddress.to !== null && lastAddress.to <= lastAddress.from) p.addresses.pop();
    }
  }
  identifiers() {
    const { rng, p } = this;
    if (!rng.chance(MODEL.missingPncShare)) p.identifiers.push({ kind: "pnc", value: demoPncId(p.index) });
    if (this.previousConvictions > 0 && rng.chance(0.8)) p.identifiers.push({ kind: "cro", value: demoCroNumber(p.index) });
    if (p.custody.length > 0) p.identifiers.push({ kind: "prison", value: demoPrisonNumber(p.index) });
    if (p.supervision.some((s) => s.statutory) && rng.chance(0.95)) p.identifiers.push({ kind: "probation_crn", value: demoProbationCrn(p.index) });
    if (p.assessments.some((a) => a.attended)) p.identifiers.push({ kind: "drug_service", value: `DS-${String(p.index + 1).padStart(7, "0")}` });
  }
  // ---------------------------------------------------------------- memberships
  memberships() {
    const { p, plan } = this;
    if (p.z >= plan.zPpo) this.ppoStints();
    if (p.z >= plan.zIom) this.iomStints();
    this.resolveIomUnderPpo();
    for (const s of p.supervision) {
      if (s.kind !== "drr" || s.start < D.drrFrom) continue;
      p.memberships.push({
        scheme: "DRR",
        tier: null,
        strand: null,
        start: s.start,
        end: s.end,
        selectionReason: "Drug Rehabilitation Requirement made by the court",
        endReason: s.end === null ? null : "other",
        endReasonRaw: s.end === null ? null : s.revoked ? "DRR revoked" : "DRR completed",
        exitPlan: s.end === null ? null : s.revoked ? "Re-sentenced; the drug service re-engages on release or the new order" : "Continuing voluntary treatment with the drug service"
      });
    }
    p.memberships.sort((a, b) => a.start - b.start || a.scheme.localeCompare(b.scheme));
  }
  /** Outcome days and releases from custody (before the extract), as selection occasions, in order. */
  occasions() {
    const out = [];
    for (const o of this.p.outcomes) if (o.outcomeDate < D.extract - 14) out.push(o.outcomeDate);
    for (const c of this.p.custody) if (c.release !== null && c.release < D.extract - 14) out.push(c.release);
    return out.sort((a, b) => a - b);
  }
  /** The first occasion on or after a day drawn uniformly from [from, extract), or null. */
  selectionDay(from) {
    const u = from + this.rng.int(0, D.extract - from - 1);
    const on = this.occasions().find((d) => d >= u);
    return on === void 0 ? null : Math.min(D.extract, Math.max(from, on + this.rng.int(7, 42)));
  }
  ppoStints() {
    const { rng } = this;
    let from = D.ppoFrom;
    for (let n = 0; n < 3 && from < D.extract; n++) {
      const start = this.selectionDay(from);
      if (start === null) return;
      const custody = this.inCustodyOn(start);
      const strand = this.isYouth(start) ? "PD" : custody ? "RR" : "CC";
      const stint = this.closeStint(
        "PPO",
        "PPO",
        strand,
        start,
        start + Math.max(90, years(rng.exponential(MODEL.ppoMeanYears))),
        "Selected at the review panel: selection matrix score above the lowest current member; agencies agreed"
      );
      if (!stint || stint.end === null) return;
      if (stint.endReason !== "deceased" && stint.endReason !== "moved_area" && stint.endReason !== "significant_custody" && stint.end >= D.iomFrom) {
        const tier = stint.endReason === "stopped_offending" ? "monitor" : "medium";
        this.closeStint("IOM", tier, null, stint.end, stint.end + Math.max(60, years(rng.exponential(MODEL.iomMeanYears))), "Stepped down from PPO at the review panel");
      }
      if (stint.endReason === "deceased" || stint.endReason === "moved_area" || !rng.chance(0.35)) return;
      from = stint.end + years(0.5 + rng.exponential(1));
    }
  }
  iomStints() {
    const { rng, p, plan } = this;
    const start = this.selectionDay(D.iomFrom - 180);
    if (start === null) return;
    const tier = p.z >= plan.zIomHigh ? "high" : p.z >= plan.zIomMedium ? "medium" : "monitor";
    this.closeStint(
      "IOM",
      tier,
      null,
      Math.max(D.iomFrom, start),
      Math.max(D.iomFrom, start) + Math.max(60, years(rng.exponential(MODEL.iomMeanYears))),
      "Selected at the review panel from the pool by the selection matrix"
    );
  }
  /** A PPO stint chosen after an IOM cushion began ends that IOM stint: PPO comes first. */
  resolveIomUnderPpo() {
    const { p } = this;
    const ppo = p.memberships.filter((m) => m.scheme === "PPO");
    p.memberships = p.memberships.filter((m) => {
      if (m.scheme !== "IOM") return true;
      for (const s of ppo) {
        if (s.start <= m.start && m.start < (s.end ?? Infinity)) return false;
        if (m.start < s.start && s.start < (m.end ?? Infinity)) {
          m.end = s.start;
          m.endReason = "other";
          m.endReasonRaw = "Selected for PPO";
          m.exitPlan = "Moved up to the PPO scheme";
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
  closeStint(scheme, tier, strand, start, plannedEnd, selectionReason) {
    const { p } = this;
    let end = plannedEnd;
    let endReason = null;
    let endReasonRaw = null;
    let exitPlan = null;
    const same = p.memberships.filter((m2) => m2.scheme === scheme || scheme === "IOM" && m2.scheme === "PPO");
    const blocked = (a, b) => same.some((m2) => m2.start < (b ?? Infinity) && a < (m2.end ?? Infinity));
    const m = { scheme, tier, strand, start, end: null, selectionReason, endReason: null, endReasonRaw: null, exitPlan: null };
    if (start > D.extract || blocked(start, start + 1)) return null;
    const next = same.filter((s) => s.start > start).sort((a, b) => a.start - b.start)[0];
    const death = p.dateOfDeath;
    const move = p.addresses.find((a) => a.from > start && a.from < plannedEnd && !DEMO_AREAS.some((d) => d.code === a.areaCode));
    if (death !== null && death < plannedEnd && (!move || death <= move.from)) {
      end = death;
      endReason = "deceased";
      endReasonRaw = "Deceased";
      exitPlan = "None: left the scheme on death";
    } else if (move) {
      end = move.from;
      endReason = "moved_area";
      endReasonRaw = `Moved out of the partnership's areas (${move.areaCode})`;
      exitPlan = `Transfer notice sent to the partnership covering ${move.areaCode}`;
    }
    if (next && (end === null || next.start < end)) {
      end = next.start;
      endReason = "other";
      endReasonRaw = next.scheme === "PPO" ? "Selected for PPO" : "Re-selected";
      exitPlan = next.scheme === "PPO" ? "Moved up to the PPO scheme" : "Continues on the scheme in a new stint";
    }
    if (endReason === null) {
      if (plannedEnd > D.extract) end = null;
      else {
        const custody = this.inCustodyOn(plannedEnd);
        const recent = (o) => o.offenceDate >= plannedEnd - 183 && o.offenceDate < plannedEnd;
        const arrests = p.arrests.some((a) => a.date >= plannedEnd - 183 && a.date < plannedEnd);
        if (custody && custody.expectedRelease !== null && custody.expectedRelease - plannedEnd > 730) {
          endReason = "significant_custody";
          endReasonRaw = "In custody and likely to stay there more than two years (risk assessment recorded)";
          exitPlan = "Re-selection review three months before the expected release";
        } else if (!custody && !arrests && !p.outcomes.some(recent) && !p.intelligence.some((i) => i.date >= plannedEnd - 183 && i.date < plannedEnd)) {
          endReason = "stopped_offending";
          endReasonRaw = "No arrest or intelligence for six months";
          exitPlan = plannedEnd >= D.iomFrom && scheme === "PPO" ? "Stepped down to the IOM monitor tier" : "Ongoing voluntary support from the drug service and housing";
        } else if (plannedEnd - start >= 730) {
          endReason = "two_years_on_scheme";
          endReasonRaw = "Two years on the scheme: mandatory review";
          exitPlan = plannedEnd >= D.iomFrom && scheme === "PPO" ? "Stepped down to the IOM medium tier" : "Offender manager continues under statutory supervision";
        } else {
          endReason = "regular_review";
          endReasonRaw = "Quarterly review: scored below others in the pool";
          exitPlan = plannedEnd >= D.iomFrom && scheme === "PPO" ? "Stepped down to the IOM medium tier" : "Offender manager continues under statutory supervision";
        }
      }
    }
    if (end !== null && end <= start) return null;
    const membership = { ...m, end, endReason, endReasonRaw, exitPlan };
    p.memberships.push(membership);
    return membership;
  }
}
export {
  DEMO_AREAS,
  DEMO_DATES,
  DEMO_OFFENCES,
  ETHNICITY_SHARES,
  FAMILY_NAMES,
  MODEL,
  NO_FIXED_ABODE_POSTCODE,
  OUTSIDE_AREA_CODES,
  demoCroNumber,
  demoPlan,
  demoPncId,
  demoPrisonNumber,
  demoProbationCrn,
  generatePeople,
  generatePerson
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL2RlbW8vZ2VuZXJhdGUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBkZW1vLWRhdGEgZ2VuZXJhdG9yIG9mIFNQRUMgNCwgYXMgcHVyZSBmdW5jdGlvbnM6IGVhY2ggcGVyc29uJ3Mgd2hvbGVcbi8vIHJlY29yZCAoaWRlbnRpZmllcnMsIGFkZHJlc3NlcywgZXZlbnRzLCBjdXN0b2R5LCBzdXBlcnZpc2lvbiwgbWVtYmVyc2hpcHMpIGlzXG4vLyBkcmF3biBmcm9tIGEgc2VlZCBkZXJpdmVkIGZyb20gKHNlZWQsIHBlcnNvbiBpbmRleCksIHNvIHRoZSBvdXRwdXQgZG9lcyBub3Rcbi8vIGRlcGVuZCBvbiBob3cgdGhlIGNhbGxlciBjaHVua3MgdGhlIHdvcmssIGFuZCB0aGUgc2FtZSBzZWVkIGdpdmVzIHRoZSBzYW1lIGRhdGEuXG4vL1xuLy8gVGhlIG1vZGVsLCBpbiBzaG9ydDogZWFjaCBwZXJzb24gb2ZmZW5kcyBhcyBhIFBvaXNzb24gcHJvY2VzcyB3aGlsZSBhdFxuLy8gbGliZXJ0eSBhbmQgd2l0aGluIHRoZWlyIGNyaW1pbmFsIGNhcmVlciwgYXQgYSByYXRlIHRoYXQgaXMgbG9nbm9ybWFsIGFjcm9zc1xuLy8gcGVvcGxlICh0aGUgaGVhdnkgdGFpbCB0aGF0IG1ha2VzIHRoZSBtb3N0IHByb2xpZmljIDEwJSBjb21taXQgYWJvdXQgaGFsZiBvZlxuLy8gYWxsIG9mZmVuY2VzKS4gRWFjaCBwcm92ZW4gXCJjYXNlXCIgaXMgYSBjYXV0aW9uIG9yIGEgY29udmljdGlvbiB3aXRoIG9uZSBvclxuLy8gbW9yZSBvZmZlbmNlIHJvd3M7IGNvbnZpY3Rpb25zIG1heSBicmluZyByZW1hbmQsIGN1c3RvZHkgKHJlbGVhc2VkIGF0IGhhbGZcbi8vIHRoZSBzZW50ZW5jZSksIGEgbGljZW5jZSwgYSBjb21tdW5pdHkgb3JkZXIgb3IgYSBEUlIuIFNjaGVtZXMgc2VsZWN0IGZyb21cbi8vIHRoZSBtb3N0IHByb2xpZmljLiBUaGUgcGFyYW1ldGVycyBpbiBNT0RFTCB3ZXJlIHR1bmVkIHNvIHRoYXQgdGhlIHB1Ymxpc2hlZFxuLy8gZmlndXJlcyBvZiByZWZlcmVuY2UvUkVBRE1FLm1kIGNvbWUgb3V0ICh0ZXN0L3VuaXQvZGVtby9jYWxpYnJhdGlvbi50ZXN0LnRzKS5cbmltcG9ydCB7IFJuZywgbWl4U2VlZCwgbm9ybWFsUXVhbnRpbGUgfSBmcm9tICcuL3JhbmRvbS5qcyc7XG5pbXBvcnQgeyBkYXlOdW1iZXIsIERBWVNfUEVSX1lFQVIgfSBmcm9tICcuLi9jYWxlbmRhci9kYXRlcy5qcyc7XG5pbXBvcnQgdHlwZSB7IEN1c3RvZHlLaW5kLCBEaXNwb3NhbCwgRW5kUmVhc29uLCBJZGVudGlmaWVyS2luZCwgT3V0Y29tZUtpbmQsIFNleCwgU3VwZXJ2aXNpb25LaW5kLCBBcnJlc3RPdXRjb21lIH0gZnJvbSAnLi4vZ2xvc3NhcnkuanMnO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIGNhbGVuZGFyXG4vKipcbiAqIFRoZSBkYXRhJ3MgZGF0ZXMuIEV2ZXJ5dGhpbmcgaXMgYXMgb2YgRVhUUkFDVF9EQVRFIChpbmNsdXNpdmUpLCB0aGUgZGVtbydzXG4gKiBcInRvZGF5XCI6IG5vdGhpbmcgaXMgZGF0ZWQgYWZ0ZXIgaXQsIGFuZCBhIHBlcmlvZCBzdGlsbCBydW5uaW5nIHRoZW4gaXMgb3BlblxuICogKE5VTEwgZW5kKS4gQ29udmljdGlvbnMgbGFnIG9mZmVuY2VzLCBzbyBvZmZlbmNlcyBzaG9ydGx5IGJlZm9yZSBpdCBtYXkgaGF2ZVxuICogbm8gb3V0Y29tZSB5ZXQsIGp1c3QgYXMgaW4gYSByZWFsIGV4dHJhY3QuXG4gKi9cbmV4cG9ydCBjb25zdCBERU1PX0RBVEVTID0ge1xuICAvKiogQ29udmljdGlvbnMsIGN1c3RvZHksIHN1cGVydmlzaW9uIGFuZCBhZGRyZXNzZXMgZ28gYmFjayB0byBoZXJlIChhIFBOQyBoaXN0b3J5KS4gKi9cbiAgaGlzdG9yeUZyb206ICcxOTk1LTAxLTAxJyxcbiAgLyoqIEN1c3RvZHktc3VpdGUgYW5kIGludGVsbGlnZW5jZSBkYXRhIChhcnJlc3RzLCBjaGFyZ2VzLCBkcnVnIHRlc3RzLCBpbnRlbGxpZ2VuY2UsIGJyZWFjaGVzKSBzdGFydCBoZXJlLiAqL1xuICBldmVudHNGcm9tOiAnMjAwNS0wMS0wMScsXG4gIC8qKiBEcnVnIHRlc3Rpbmcgb24gYXJyZXN0IGZvciB0cmlnZ2VyIG9mZmVuY2VzLiAqL1xuICBkcnVnVGVzdHNGcm9tOiAnMjAwNS0wNC0wMScsXG4gIC8qKiBSZXF1aXJlZCBhc3Nlc3NtZW50cyBhZnRlciBhIHBvc2l0aXZlIHRlc3QgKERydWdzIEFjdCAyMDA1KS4gKi9cbiAgYXNzZXNzbWVudHNGcm9tOiAnMjAwNi0wNC0wMScsXG4gIC8qKiBUaGUgUFBPIHByb2dyYW1tZSBiZWdhbiBpbiBTZXB0ZW1iZXIgMjAwNC4gKi9cbiAgcHBvRnJvbTogJzIwMDQtMDktMDEnLFxuICAvKiogRFJScyByZXBsYWNlZCBEVFRPcyBpbiBBcHJpbCAyMDA1LiAqL1xuICBkcnJGcm9tOiAnMjAwNS0wNC0wMScsXG4gIC8qKiBUaGUgZGVtbyBwYXJ0bmVyc2hpcCdzIElPTSBzY2hlbWUgc3RhcnRlZCBpbiBBcHJpbCAyMDA5LiAqL1xuICBpb21Gcm9tOiAnMjAwOS0wNC0wMScsXG4gIC8qKiBUaGUgZGVtbydzIFwidG9kYXlcIjogdGhlIGRhdGEgZXh0cmFjdCBkYXRlLiAqL1xuICBleHRyYWN0RGF0ZTogJzIwMTAtMTItMzEnLFxufSBhcyBjb25zdDtcblxuY29uc3QgRCA9IHtcbiAgaGlzdG9yeUZyb206IGRheU51bWJlcihERU1PX0RBVEVTLmhpc3RvcnlGcm9tKSxcbiAgZXZlbnRzRnJvbTogZGF5TnVtYmVyKERFTU9fREFURVMuZXZlbnRzRnJvbSksXG4gIGRydWdUZXN0c0Zyb206IGRheU51bWJlcihERU1PX0RBVEVTLmRydWdUZXN0c0Zyb20pLFxuICBhc3Nlc3NtZW50c0Zyb206IGRheU51bWJlcihERU1PX0RBVEVTLmFzc2Vzc21lbnRzRnJvbSksXG4gIHBwb0Zyb206IGRheU51bWJlcihERU1PX0RBVEVTLnBwb0Zyb20pLFxuICBkcnJGcm9tOiBkYXlOdW1iZXIoREVNT19EQVRFUy5kcnJGcm9tKSxcbiAgaW9tRnJvbTogZGF5TnVtYmVyKERFTU9fREFURVMuaW9tRnJvbSksXG4gIGV4dHJhY3Q6IGRheU51bWJlcihERU1PX0RBVEVTLmV4dHJhY3REYXRlKSxcbiAgYWdlUmVmZXJlbmNlOiBkYXlOdW1iZXIoJzIwMDgtMDEtMDEnKSxcbn07XG4vKiogVGhlIGZpcnN0IGRheSB0aGUgZXh0cmFjdCBkb2VzIG5vdCBjb3Zlci4gKi9cbmNvbnN0IEFGVEVSX0VYVFJBQ1QgPSBELmV4dHJhY3QgKyAxO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcGxhY2VzXG5leHBvcnQgY29uc3QgREVNT19BUkVBUyA9IFtcbiAgeyBjb2RlOiAnWDk5MDAwMDAxJywgbmFtZTogJ05vcnRobW9vciAoZmljdGlvbmFsKScsIHBvc3Rjb2RlUHJlZml4OiAnWFgxJyB9LFxuICB7IGNvZGU6ICdYOTkwMDAwMDInLCBuYW1lOiAnU291dGhkYWxlIChmaWN0aW9uYWwpJywgcG9zdGNvZGVQcmVmaXg6ICdYWDInIH0sXG5dIGFzIGNvbnN0O1xuLyoqIEFyZWFzIG91dHNpZGUgdGhlIGRlbW8gcGFydG5lcnNoaXAsIGZvciBwZW9wbGUgd2hvIG1vdmUgYXdheS4gQWxzbyBmaWN0aW9uYWwuICovXG5leHBvcnQgY29uc3QgT1VUU0lERV9BUkVBX0NPREVTID0gWydYOTkwMDAwOTEnLCAnWDk5MDAwMDkyJywgJ1g5OTAwMDA5MyddIGFzIGNvbnN0O1xuY29uc3QgT1VUU0lERV9QT1NUQ09ERV9QUkVGSVggPSAnWFg5Jztcbi8qKiBUaGUgTkhTIHBzZXVkby1wb3N0Y29kZSBmb3IgXCJubyBmaXhlZCBhYm9kZVwiLiAqL1xuZXhwb3J0IGNvbnN0IE5PX0ZJWEVEX0FCT0RFX1BPU1RDT0RFID0gJ1paOTkgM1ZaJztcblxuY29uc3QgQ09VUlRTID0gW1wiTm9ydGhtb29yIE1hZ2lzdHJhdGVzJyBDb3VydCAoZmljdGlvbmFsKVwiLCBcIlNvdXRoZGFsZSBNYWdpc3RyYXRlcycgQ291cnQgKGZpY3Rpb25hbClcIl07XG5jb25zdCBDUk9XTl9DT1VSVCA9ICdOb3J0aG1vb3IgQ3Jvd24gQ291cnQgKGZpY3Rpb25hbCknO1xuY29uc3QgUFJJU09OUyA9IFsnSE1QIEV4YW1wbGVnYXRlIChmaWN0aW9uYWwpJywgJ0hNUCBGaWN0b25idXJ5IChmaWN0aW9uYWwpJ107XG5jb25zdCBZT1VOR19PRkZFTkRFUl9JTlNUSVRVVElPTiA9ICdITVlPSSBTYW1wbGVmb3JkIChmaWN0aW9uYWwpJztcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIG9mZmVuY2VzXG5pbnRlcmZhY2UgT2ZmZW5jZUtpbmQge1xuICBjb2RlOiBzdHJpbmc7XG4gIGRlc2NyaXB0aW9uOiBzdHJpbmc7XG4gIC8qKiBBIHRyaWdnZXIgb2ZmZW5jZSBmb3IgZHJ1ZyB0ZXN0aW5nIG9uIGFycmVzdC4gKi9cbiAgdHJpZ2dlcjogYm9vbGVhbjtcbiAgLyoqIFJlbGF0aXZlIGZyZXF1ZW5jeSBhbW9uZyBDbGFzcyBBIGRydWcgdXNlcnMgYW5kIGFtb25nIG90aGVycy4gKi9cbiAgd2VpZ2h0RHJ1Z1VzZXI6IG51bWJlcjtcbiAgd2VpZ2h0T3RoZXI6IG51bWJlcjtcbiAgLyoqIEFkZGVkIHRvIHRoZSBjaGFuY2Ugb2YgYSBjdXN0b2RpYWwgc2VudGVuY2UuICovXG4gIGN1c3RvZHlCb251czogbnVtYmVyO1xuICAvKiogTWVkaWFuIGN1c3RvZGlhbCBzZW50ZW5jZSBpbiBkYXlzLiAqL1xuICBzZW50ZW5jZU1lZGlhbjogbnVtYmVyO1xufVxuXG4vKipcbiAqIEhvbWUgT2ZmaWNlIG9mZmVuY2UgY29kZXMgdXNlZCBieSB0aGUgZGVtby4gRWFjaCA1LWRpZ2l0IGNvZGUgYW5kIGl0cyAzLWRpZ2l0XG4gKiBncm91cCB3ZXJlIGNoZWNrZWQgYWdhaW5zdCByZWZlcmVuY2Uvb2ZmZW5jZXMvaG9tZS1vZmZpY2Utb2ZmZW5jZS1jb2Rlcy5jc3Y7XG4gKiB0aGUgZGVzY3JpcHRpb25zIGFyZSBzaG9ydCBmb3JtcyB3cml0dGVuIGhlcmUuXG4gKi9cbmV4cG9ydCBjb25zdCBERU1PX09GRkVOQ0VTOiByZWFkb25seSBPZmZlbmNlS2luZFtdID0gW1xuICB7IGNvZGU6ICcwMjgwMCcsIGRlc2NyaXB0aW9uOiAnQnVyZ2xhcnkgaW4gYSBkd2VsbGluZycsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiA4LCB3ZWlnaHRPdGhlcjogMywgY3VzdG9keUJvbnVzOiAwLjE1LCBzZW50ZW5jZU1lZGlhbjogMzAwIH0sXG4gIHsgY29kZTogJzAzMDAwJywgZGVzY3JpcHRpb246ICdCdXJnbGFyeSBvdGhlciB0aGFuIGluIGEgZHdlbGxpbmcnLCB0cmlnZ2VyOiB0cnVlLCB3ZWlnaHREcnVnVXNlcjogNCwgd2VpZ2h0T3RoZXI6IDIsIGN1c3RvZHlCb251czogMC4wNSwgc2VudGVuY2VNZWRpYW46IDE1MCB9LFxuICB7IGNvZGU6ICcwMzQwMCcsIGRlc2NyaXB0aW9uOiAnUm9iYmVyeScsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiAyLCB3ZWlnaHRPdGhlcjogMSwgY3VzdG9keUJvbnVzOiAwLjM1LCBzZW50ZW5jZU1lZGlhbjogNzIwIH0sXG4gIHsgY29kZTogJzAzOTAwJywgZGVzY3JpcHRpb246ICdUaGVmdCBmcm9tIHRoZSBwZXJzb24nLCB0cmlnZ2VyOiB0cnVlLCB3ZWlnaHREcnVnVXNlcjogMywgd2VpZ2h0T3RoZXI6IDEsIGN1c3RvZHlCb251czogMC4wNSwgc2VudGVuY2VNZWRpYW46IDEyMCB9LFxuICB7IGNvZGU6ICcwNDUwMCcsIGRlc2NyaXB0aW9uOiAnVGhlZnQgZnJvbSBhIHZlaGljbGUnLCB0cmlnZ2VyOiB0cnVlLCB3ZWlnaHREcnVnVXNlcjogNSwgd2VpZ2h0T3RoZXI6IDIsIGN1c3RvZHlCb251czogMC4wNSwgc2VudGVuY2VNZWRpYW46IDkwIH0sXG4gIHsgY29kZTogJzA0ODAwJywgZGVzY3JpcHRpb246ICdUaGVmdCBvciB1bmF1dGhvcmlzZWQgdGFraW5nIG9mIGEgbW90b3IgdmVoaWNsZScsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiAzLCB3ZWlnaHRPdGhlcjogMywgY3VzdG9keUJvbnVzOiAwLjA1LCBzZW50ZW5jZU1lZGlhbjogMTIwIH0sXG4gIHsgY29kZTogJzAzNzAwJywgZGVzY3JpcHRpb246ICdBZ2dyYXZhdGVkIHZlaGljbGUgdGFraW5nJywgdHJpZ2dlcjogdHJ1ZSwgd2VpZ2h0RHJ1Z1VzZXI6IDEsIHdlaWdodE90aGVyOiAxLCBjdXN0b2R5Qm9udXM6IDAuMSwgc2VudGVuY2VNZWRpYW46IDE4MCB9LFxuICB7IGNvZGU6ICcxMjYwMCcsIGRlc2NyaXB0aW9uOiAnSW50ZXJmZXJlbmNlIHdpdGggYSBtb3RvciB2ZWhpY2xlJywgdHJpZ2dlcjogdHJ1ZSwgd2VpZ2h0RHJ1Z1VzZXI6IDEsIHdlaWdodE90aGVyOiAxLCBjdXN0b2R5Qm9udXM6IDAsIHNlbnRlbmNlTWVkaWFuOiA2MCB9LFxuICB7IGNvZGU6ICcwNDYwMCcsIGRlc2NyaXB0aW9uOiAnVGhlZnQgZnJvbSBhIHNob3AgKHNob3BsaWZ0aW5nKScsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiAyNSwgd2VpZ2h0T3RoZXI6IDgsIGN1c3RvZHlCb251czogMCwgc2VudGVuY2VNZWRpYW46IDYwIH0sXG4gIHsgY29kZTogJzA0OTAwJywgZGVzY3JpcHRpb246ICdPdGhlciB0aGVmdCcsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiA2LCB3ZWlnaHRPdGhlcjogNCwgY3VzdG9keUJvbnVzOiAwLCBzZW50ZW5jZU1lZGlhbjogNjAgfSxcbiAgeyBjb2RlOiAnMDU0MDAnLCBkZXNjcmlwdGlvbjogJ0hhbmRsaW5nIHN0b2xlbiBnb29kcycsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiA0LCB3ZWlnaHRPdGhlcjogMiwgY3VzdG9keUJvbnVzOiAwLCBzZW50ZW5jZU1lZGlhbjogOTAgfSxcbiAgeyBjb2RlOiAnMTA1MDEnLCBkZXNjcmlwdGlvbjogJ0NvbW1vbiBhc3NhdWx0IGFuZCBiYXR0ZXJ5JywgdHJpZ2dlcjogZmFsc2UsIHdlaWdodERydWdVc2VyOiAzLCB3ZWlnaHRPdGhlcjogMTQsIGN1c3RvZHlCb251czogMCwgc2VudGVuY2VNZWRpYW46IDYwIH0sXG4gIHsgY29kZTogJzAwODA2JywgZGVzY3JpcHRpb246ICdBc3NhdWx0IG9jY2FzaW9uaW5nIGFjdHVhbCBib2RpbHkgaGFybScsIHRyaWdnZXI6IGZhbHNlLCB3ZWlnaHREcnVnVXNlcjogMiwgd2VpZ2h0T3RoZXI6IDgsIGN1c3RvZHlCb251czogMC4xLCBzZW50ZW5jZU1lZGlhbjogMTgwIH0sXG4gIHsgY29kZTogJzAwODAxJywgZGVzY3JpcHRpb246ICdXb3VuZGluZyBvciBpbmZsaWN0aW5nIGdyaWV2b3VzIGJvZGlseSBoYXJtJywgdHJpZ2dlcjogZmFsc2UsIHdlaWdodERydWdVc2VyOiAwLjUsIHdlaWdodE90aGVyOiAyLCBjdXN0b2R5Qm9udXM6IDAuMywgc2VudGVuY2VNZWRpYW46IDU0MCB9LFxuICB7IGNvZGU6ICcwNTgwMCcsIGRlc2NyaXB0aW9uOiAnQ3JpbWluYWwgZGFtYWdlJywgdHJpZ2dlcjogZmFsc2UsIHdlaWdodERydWdVc2VyOiAzLCB3ZWlnaHRPdGhlcjogMTAsIGN1c3RvZHlCb251czogMCwgc2VudGVuY2VNZWRpYW46IDYwIH0sXG4gIHsgY29kZTogJzEyNTEyJywgZGVzY3JpcHRpb246ICdUaHJlYXRlbmluZyBiZWhhdmlvdXIgY2F1c2luZyBoYXJhc3NtZW50LCBhbGFybSBvciBkaXN0cmVzcycsIHRyaWdnZXI6IGZhbHNlLCB3ZWlnaHREcnVnVXNlcjogMywgd2VpZ2h0T3RoZXI6IDEwLCBjdXN0b2R5Qm9udXM6IDAsIHNlbnRlbmNlTWVkaWFuOiAzMCB9LFxuICB7IGNvZGU6ICcwOTI1MScsIGRlc2NyaXB0aW9uOiAnUG9zc2Vzc2lvbiBvZiBhIENsYXNzIEEgZHJ1ZyAoaGVyb2luKScsIHRyaWdnZXI6IHRydWUsIHdlaWdodERydWdVc2VyOiA2LCB3ZWlnaHRPdGhlcjogMC4zLCBjdXN0b2R5Qm9udXM6IDAsIHNlbnRlbmNlTWVkaWFuOiA2MCB9LFxuICB7IGNvZGU6ICcwOTI1MCcsIGRlc2NyaXB0aW9uOiAnUG9zc2Vzc2lvbiBvZiBhIENsYXNzIEEgZHJ1ZyAoY29jYWluZSknLCB0cmlnZ2VyOiB0cnVlLCB3ZWlnaHREcnVnVXNlcjogNCwgd2VpZ2h0T3RoZXI6IDEsIGN1c3RvZHlCb251czogMCwgc2VudGVuY2VNZWRpYW46IDYwIH0sXG4gIHsgY29kZTogJzA5MjYxJywgZGVzY3JpcHRpb246ICdQb3NzZXNzaW9uIG9mIGEgQ2xhc3MgQiBkcnVnIChjYW5uYWJpcyknLCB0cmlnZ2VyOiBmYWxzZSwgd2VpZ2h0RHJ1Z1VzZXI6IDIsIHdlaWdodE90aGVyOiA1LCBjdXN0b2R5Qm9udXM6IDAsIHNlbnRlbmNlTWVkaWFuOiAzMCB9LFxuICB7IGNvZGU6ICcwOTI3MScsIGRlc2NyaXB0aW9uOiAnUG9zc2Vzc2lvbiB3aXRoIGludGVudCB0byBzdXBwbHkgYSBDbGFzcyBBIGRydWcgKGhlcm9pbiknLCB0cmlnZ2VyOiB0cnVlLCB3ZWlnaHREcnVnVXNlcjogMSwgd2VpZ2h0T3RoZXI6IDAuMywgY3VzdG9keUJvbnVzOiAwLjUsIHNlbnRlbmNlTWVkaWFuOiA5MDAgfSxcbiAgeyBjb2RlOiAnMDgzMDAnLCBkZXNjcmlwdGlvbjogJ09mZmVuY2UgcmVsYXRpbmcgdG8gYmFpbCcsIHRyaWdnZXI6IGZhbHNlLCB3ZWlnaHREcnVnVXNlcjogMywgd2VpZ2h0T3RoZXI6IDMsIGN1c3RvZHlCb251czogMCwgc2VudGVuY2VNZWRpYW46IDMwIH0sXG5dO1xuY29uc3QgV0VJR0hUU19EUlVHX1VTRVIgPSBERU1PX09GRkVOQ0VTLm1hcCgobykgPT4gby53ZWlnaHREcnVnVXNlcik7XG5jb25zdCBXRUlHSFRTX09USEVSID0gREVNT19PRkZFTkNFUy5tYXAoKG8pID0+IG8ud2VpZ2h0T3RoZXIpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcGVvcGxlXG4vKiogSW52ZW50ZWQgZmFtaWx5IG5hbWVzOiB2aXNpYmx5IG5vdCByZWFsIHBlb3BsZS4gKi9cbmV4cG9ydCBjb25zdCBGQU1JTFlfTkFNRVMgPSBbXG4gICdFeGFtcGxlc3NvbicsICdGaWN0aXRpYScsICdTYW1wbGV3b29kJywgJ0RlbW9mb3JkJywgJ1BsYWNlaG9sbWUnLCAnTW9ja3JpZGdlJywgJ1Rlc3RlcmJ5JywgJ1N5bnRod2FpdGUnLFxuICAnSW52ZW50bGV5JywgJ01hZGV1cHNvbicsICdOb3RyZWFsdG9uJywgJ1ByZXRlbmRsZScsICdEdW1taW5ndG9uJywgJ0ZhdXhsZXknLCAnSW1hZ2luYXJvJywgJ1NhbXBsZWJ5JyxcbiAgJ1Byb3RvdG9uJywgJ0ZpY3Rpb25ieScsICdEZW1vd29ydGgnLCAnU3BlY2ltZW56YScsICdUcmlhbHNzb24nLCAnTW9ja3dlbGwnLCAnUHNldWRvbnltbycsICdOb25lc3VjaGxleScsXG5dIGFzIGNvbnN0O1xuY29uc3QgTUFMRV9HSVZFTiA9IFsnQWRhbScsICdCZW4nLCAnQ2FsbHVtJywgJ0RlYW4nLCAnRXRoYW4nLCAnR2FyeScsICdKYW1pZScsICdLaWVyYW4nLCAnTGVlJywgJ0xpYW0nLCAnTWFyaycsICdOYXRoYW4nLCAnUnlhbicsICdTY290dCcsICdTaGFuZScsICdXYXluZSddO1xuY29uc3QgRkVNQUxFX0dJVkVOID0gWydBbXknLCAnQ2hsb2UnLCAnRGFuaWVsbGUnLCAnRW1tYScsICdHZW1tYScsICdLZWxseScsICdLaXJzdHknLCAnTGVhbm5lJywgJ0xpc2EnLCAnTmljb2xhJywgJ1NhcmFoJywgJ1N0YWNleSddO1xuY29uc3QgTUlERExFX0lOSVRJQUxTID0gJ0FCQ0RFR0hKS0xNTlBSU1QnO1xuXG4vKipcbiAqIDIwMTEgY2Vuc3VzIGV0aG5pYyBncm91cCBjb2RlcyAoMTggZ3JvdXBzIGFuZCBcIm5vdCBzdGF0ZWRcIikgd2l0aCByb3VnaFxuICogc2hhcmVzIGFtb25nIG9mZmVuZGVyczsga2VwdCBmb3IgZGlzcHJvcG9ydGlvbmFsaXR5IG1vbml0b3Jpbmcgb25seS5cbiAqL1xuZXhwb3J0IGNvbnN0IEVUSE5JQ0lUWV9TSEFSRVM6IHJlYWRvbmx5IChyZWFkb25seSBbc3RyaW5nLCBudW1iZXJdKVtdID0gW1xuICBbJ1cxJywgMC43NF0sIFsnVzInLCAwLjAxXSwgWydXMycsIDAuMDFdLCBbJ1c0JywgMC4wNV0sXG4gIFsnTTEnLCAwLjAxNV0sIFsnTTInLCAwLjAwNV0sIFsnTTMnLCAwLjAwNV0sIFsnTTQnLCAwLjAwNV0sXG4gIFsnQTEnLCAwLjAxMl0sIFsnQTInLCAwLjAyNV0sIFsnQTMnLCAwLjAwOF0sIFsnQTQnLCAwLjAwMl0sIFsnQTknLCAwLjAwOF0sXG4gIFsnQjEnLCAwLjAyNV0sIFsnQjInLCAwLjAyXSwgWydCOScsIDAuMDA4XSxcbiAgWydPMScsIDAuMDA0XSwgWydPOScsIDAuMDA4XSwgWydOUycsIDAuMDJdLFxuXTtcbmNvbnN0IEVUSE5JQ0lUWV9XRUlHSFRTID0gRVRITklDSVRZX1NIQVJFUy5tYXAoKGUpID0+IGVbMV0pO1xuXG4vKiogQWdlIGF0IDEgSmFudWFyeSAyMDA4LCBpbiBiYW5kcyB3aXRoIHNoYXJlcy4gKi9cbmNvbnN0IEFHRV9CQU5EUzogcmVhZG9ubHkgKHJlYWRvbmx5IFtudW1iZXIsIG51bWJlciwgbnVtYmVyXSlbXSA9IFtcbiAgWzEyLCAxNywgMC4wNl0sIFsxOCwgMjAsIDAuMTJdLCBbMjEsIDI0LCAwLjE2XSwgWzI1LCAyOSwgMC4xOF0sIFszMCwgMzQsIDAuMTVdLFxuICBbMzUsIDM5LCAwLjEzXSwgWzQwLCA0OSwgMC4xNF0sIFs1MCwgNjUsIDAuMDZdLFxuXTtcbmNvbnN0IEFHRV9XRUlHSFRTID0gQUdFX0JBTkRTLm1hcCgoYikgPT4gYlsyXSk7XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSB0aGUgbW9kZWwncyBwYXJhbWV0ZXJzXG5leHBvcnQgY29uc3QgTU9ERUwgPSB7XG4gIC8qKiBDYXNlcyAoY2F1dGlvbnMgb3IgY29udmljdGlvbnMpIGEgeWVhciBhdCBsaWJlcnR5OiBsb2dub3JtYWwobXUsIHNpZ21hKSBhY3Jvc3MgcGVvcGxlLiAqL1xuICByYXRlTXU6IC0xLjcsXG4gIHJhdGVTaWdtYTogMS4xNSxcbiAgLyoqIEV4dHJhIG9mZmVuY2Ugcm93cyBwZXIgY29udmljdGlvbjogUG9pc3NvbihiYXNlICsgcGVyWiBcdTAwRDcgbWF4KHosIDApKS4gKi9cbiAgZXh0cmFSb3dzQmFzZTogMC41NSxcbiAgZXh0cmFSb3dzUGVyWjogMC41NSxcbiAgLyoqIENhcmVlciBsZW5ndGggaW4geWVhcnM6IGV4cG9uZW50aWFsIHdpdGggdGhpcyBtZWFuIChwbHVzIG1vcmUgZm9yIHRoZSBwcm9saWZpYykuICovXG4gIGNhcmVlck1lYW5ZZWFyczogNCxcbiAgY2FyZWVyWWVhcnNQZXJaOiAzLFxuICAvKiogQ2hhbmNlIG9mIGN1c3RvZHkgcGVyIGNvbnZpY3Rpb246IGJhc2UgKyBwZXJQcmV2aW91cyBcdTAwRDcgcHJldmlvdXMgY29udmljdGlvbnMsIGNhcHBlZC4gKi9cbiAgY3VzdG9keUJhc2U6IDAuMDMsXG4gIGN1c3RvZHlQZXJQcmV2aW91czogMC4wNCxcbiAgY3VzdG9keUNhcDogMC42NSxcbiAgLyoqIEFkZGVkIHRvIHRoZSBjaGFuY2Ugb2YgY3VzdG9keSBwZXIgdW5pdCBvZiBwcm9wZW5zaXR5IGFib3ZlIDEuNSAoZnJvbSBTZXB0ZW1iZXIgMjAwNCwgdXAgdG8gMS41IHVuaXRzKS4gKi9cbiAgcGVyc2lzdGVudEN1c3RvZHlCb251czogMC4zNSxcbiAgLyoqIFNlbnRlbmNlcyBncm93IHdpdGggZWFjaCBwcmV2aW91cyBjdXN0b2RpYWwgc2VudGVuY2UgKHVwIHRvIHRlbikuICovXG4gIHNlbnRlbmNlUGVyUHJldmlvdXNDdXN0b2R5OiAwLjE1LFxuICAvKiogQ2hhbmNlIHRoYXQgYSBjb252aWN0aW9uIChmb3IgYSBDbGFzcyBBIGRydWcgdXNlcikgYnJpbmdzIGEgRFJSIHJhdGhlciB0aGFuIGFub3RoZXIgY29tbXVuaXR5IG9yZGVyLiAqL1xuICBkcnJDaGFuY2U6IDAuNyxcbiAgLyoqIENoYW5jZSBvZiBiZWluZyByZW1hbmRlZCBpbiBjdXN0b2R5IGJlZm9yZSBhIGNvbnZpY3Rpb24uICovXG4gIHJlbWFuZEJhc2U6IDAuMDQsXG4gIHJlbWFuZFBlclByZXZpb3VzOiAwLjAwOCxcbiAgLyoqIEludGVsbGlnZW5jZSByZXBvcnRzIGEgeWVhciB3aGlsZSBrbm93biB0byB0aGUgcG9saWNlOiBiYXNlICsgcGVyIGNhc2UgYSB5ZWFyLiAqL1xuICBpbnRlbGxpZ2VuY2VCYXNlOiAyLFxuICBpbnRlbGxpZ2VuY2VQZXJDYXNlOiAzLFxuICAvKiogQXJyZXN0cyB3aXRoIG5vIHByb3ZlbiBvdXRjb21lIGEgeWVhcjogYmFzZSArIHBlciBjYXNlIGEgeWVhci4gKi9cbiAgdW5wcm92ZW5BcnJlc3RCYXNlOiAwLjMsXG4gIHVucHJvdmVuQXJyZXN0UGVyQ2FzZTogMS41LFxuICAvKiogU2NoZW1lIHN0aW50czogbWVhbiBsZW5ndGggaW4geWVhcnMuICovXG4gIHBwb01lYW5ZZWFyczogMi4yLFxuICBpb21NZWFuWWVhcnM6IDEuNixcbiAgLyoqIEVsaWdpYmxlIHBlb3BsZSBwZXIgbWVtYmVyIG9uIHRoZSBleHRyYWN0IGRhdGUgKGZvdW5kIGJ5IHNpbXVsYXRpb24pLiAqL1xuICBwcG9FbGlnaWJsZVBlck1lbWJlcjogMyxcbiAgaW9tRWxpZ2libGVQZXJNZW1iZXI6IDMuMixcbiAgLyoqIE1lYW4geWVhcnMgYXQgb25lIGFkZHJlc3MuICovXG4gIGFkZHJlc3NNZWFuWWVhcnM6IDUsXG4gIC8qKiBDaGFuY2UgdGhhdCBhIHBlcnNvbiBpbiB0aGUgcG9vbCBoYXMgZGVhdGggcmVjb3JkZWQgaW4gdGhlIHdpbmRvdy4gKi9cbiAgZGVhdGhDaGFuY2U6IDAuMDA0LFxuICAvKiogU2hhcmUgb2YgcGVvcGxlIHdob3NlIFBOQyBJRCB0aGUgcGFydG5lciBkaWQgbm90IHNlbmQuICovXG4gIG1pc3NpbmdQbmNTaGFyZTogMC4wNSxcbn07XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSB0aGUgcGxhbiBmb3IgYSBwb29sIHNpemVcbmV4cG9ydCBpbnRlcmZhY2UgRGVtb1BsYW4ge1xuICBwZW9wbGU6IG51bWJlcjtcbiAgc2VlZDogbnVtYmVyO1xuICBjYXBhY2l0eTogeyBQUE86IG51bWJlcjsgSU9NOiBudW1iZXI7IERSUjogbnVtYmVyIH07XG4gIC8qKiBBIHBlcnNvbiBpcyBlbGlnaWJsZSBmb3IgdGhlIHNjaGVtZSB3aGVuIHRoZWlyIHByb3BlbnNpdHkgeiBpcyBhdCBsZWFzdCB0aGlzLiAqL1xuICB6UHBvOiBudW1iZXI7XG4gIHpJb206IG51bWJlcjtcbiAgeklvbUhpZ2g6IG51bWJlcjtcbiAgeklvbU1lZGl1bTogbnVtYmVyO1xufVxuXG4vKipcbiAqIENhcGFjaXRpZXMgZ3JvdyB3aXRoIHRoZSBwb29sOiAyMCBQUE9zLCAxNTAgb24gSU9NIGFuZCA2MCBvbiBEUlIgZm9yIDUsMDAwXG4gKiBwZW9wbGU7IFBQTyBhbmQgSU9NIGdyb3cgbW9yZSBzbG93bHkgdGhhbiB0aGUgcG9vbCAodGhlIFNQRUMncyBmb3JjZSBzY2FsZTpcbiAqIGFib3V0IDEwMCBQUE9zIGFuZCAzLDAwMCBvbiBJT00gZm9yIDIwMCwwMDAgcGVvcGxlKSwgRFJSIGluIHByb3BvcnRpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZW1vUGxhbihwZW9wbGU6IG51bWJlciwgc2VlZDogbnVtYmVyKTogRGVtb1BsYW4ge1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIocGVvcGxlKSB8fCBwZW9wbGUgPCAxKSB0aHJvdyBuZXcgUmFuZ2VFcnJvcihgcGVvcGxlIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgb2YgYXQgbGVhc3QgMSwgbm90ICR7cGVvcGxlfWApO1xuICBjb25zdCByID0gcGVvcGxlIC8gNTAwMDtcbiAgY29uc3QgY2FwYWNpdHkgPSB7XG4gICAgUFBPOiBNYXRoLm1heCgzLCBNYXRoLnJvdW5kKDIwICogTWF0aC5wb3cociwgTWF0aC5sb2coNSkgLyBNYXRoLmxvZyg0MCkpKSksXG4gICAgSU9NOiBNYXRoLm1heCgxMCwgTWF0aC5yb3VuZCgxNTAgKiBNYXRoLnBvdyhyLCBNYXRoLmxvZygyMCkgLyBNYXRoLmxvZyg0MCkpKSksXG4gICAgRFJSOiBNYXRoLm1heCgzLCBNYXRoLnJvdW5kKDYwICogcikpLFxuICB9O1xuICBjb25zdCBzaGFyZSA9IChtZW1iZXJzOiBudW1iZXIsIHBlck1lbWJlcjogbnVtYmVyKSA9PiBNYXRoLm1pbigwLjUsICgwLjkgKiBtZW1iZXJzICogcGVyTWVtYmVyKSAvIHBlb3BsZSk7XG4gIGNvbnN0IHFQcG8gPSBzaGFyZShjYXBhY2l0eS5QUE8sIE1PREVMLnBwb0VsaWdpYmxlUGVyTWVtYmVyKTtcbiAgY29uc3QgcUlvbSA9IHNoYXJlKGNhcGFjaXR5LklPTSwgTU9ERUwuaW9tRWxpZ2libGVQZXJNZW1iZXIpO1xuICByZXR1cm4ge1xuICAgIHBlb3BsZSxcbiAgICBzZWVkLFxuICAgIGNhcGFjaXR5LFxuICAgIHpQcG86IG5vcm1hbFF1YW50aWxlKDEgLSBxUHBvKSxcbiAgICB6SW9tOiBub3JtYWxRdWFudGlsZSgxIC0gcUlvbSksXG4gICAgeklvbUhpZ2g6IG5vcm1hbFF1YW50aWxlKDEgLSBxSW9tIC8gNCksXG4gICAgeklvbU1lZGl1bTogbm9ybWFsUXVhbnRpbGUoMSAtIHFJb20gLyAyKSxcbiAgfTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHdoYXQgb25lIHBlcnNvbidzIHJlY29yZCBob2xkc1xuLy8gQWxsIGRhdGVzIGFyZSBkYXkgbnVtYmVycyAoZGF0ZXMudHMpOyBhbiBlbmQgb2YgbnVsbCBtZWFucyBzdGlsbCBvcGVuIG9uIHRoZSBleHRyYWN0IGRhdGUuXG5leHBvcnQgaW50ZXJmYWNlIERlbW9PdXRjb21lIHtcbiAgb2ZmZW5jZURhdGU6IG51bWJlcjtcbiAgb3V0Y29tZURhdGU6IG51bWJlcjtcbiAgb3V0Y29tZTogT3V0Y29tZUtpbmQ7XG4gIG91dGNvbWVSYXc6IHN0cmluZztcbiAgY29kZTogc3RyaW5nO1xuICBkZXNjcmlwdGlvbjogc3RyaW5nO1xuICBkaXNwb3NhbDogRGlzcG9zYWwgfCBudWxsO1xuICBzZW50ZW5jZURheXM6IG51bWJlciB8IG51bGw7XG4gIGNvdXJ0OiBzdHJpbmcgfCBudWxsO1xufVxuZXhwb3J0IGludGVyZmFjZSBEZW1vQXJyZXN0IHtcbiAgZGF0ZTogbnVtYmVyO1xuICBjb2RlOiBzdHJpbmc7XG4gIG91dGNvbWU6IEFycmVzdE91dGNvbWU7XG4gIG91dGNvbWVSYXc6IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGVtb0NoYXJnZSB7XG4gIGRhdGU6IG51bWJlcjtcbiAgY29kZTogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBEZW1vSW50ZWxsaWdlbmNlIHtcbiAgZGF0ZTogbnVtYmVyO1xuICBncmFkaW5nOiBzdHJpbmc7XG4gIHRvcGljOiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9EcnVnVGVzdCB7XG4gIGRhdGU6IG51bWJlcjtcbiAgb3BpYXRlczogYm9vbGVhbjtcbiAgY29jYWluZTogYm9vbGVhbjtcbiAgdHJpZ2dlckNvZGU6IHN0cmluZztcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGVtb0Fzc2Vzc21lbnQge1xuICBkYXRlOiBudW1iZXI7XG4gIGF0dGVuZGVkOiBib29sZWFuO1xuICBkcnVnTWlzdXNlcjogYm9vbGVhbiB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9CcmVhY2gge1xuICBkYXRlOiBudW1iZXI7XG4gIG9yZGVyS2luZDogc3RyaW5nO1xuICBvdXRjb21lOiBzdHJpbmc7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9DdXN0b2R5IHtcbiAga2luZDogQ3VzdG9keUtpbmQ7XG4gIHJlY2VwdGlvbjogbnVtYmVyO1xuICByZWxlYXNlOiBudW1iZXIgfCBudWxsO1xuICBzZW50ZW5jZURheXM6IG51bWJlciB8IG51bGw7XG4gIGV4cGVjdGVkUmVsZWFzZTogbnVtYmVyIHwgbnVsbDtcbiAgZXN0YWJsaXNobWVudDogc3RyaW5nO1xufVxuZXhwb3J0IGludGVyZmFjZSBEZW1vU3VwZXJ2aXNpb24ge1xuICBraW5kOiBTdXBlcnZpc2lvbktpbmQ7XG4gIHN0YXR1dG9yeTogYm9vbGVhbjtcbiAgc3RhcnQ6IG51bWJlcjtcbiAgZW5kOiBudW1iZXIgfCBudWxsO1xuICAvKiogQ3V0IHNob3J0IGJ5IGEgbGF0ZXIgb3JkZXIgb3IgYSBicmVhY2ggKGZvciB0aGUgRFJSIG1lbWJlcnNoaXAncyBlbmQgcmVhc29uKS4gKi9cbiAgcmV2b2tlZDogYm9vbGVhbjtcbn1cbmV4cG9ydCBpbnRlcmZhY2UgRGVtb0FkZHJlc3Mge1xuICBmcm9tOiBudW1iZXI7XG4gIHRvOiBudW1iZXIgfCBudWxsO1xuICBhcmVhQ29kZTogc3RyaW5nO1xuICBwb3N0Y29kZTogc3RyaW5nO1xufVxuZXhwb3J0IHR5cGUgRGVtb1NjaGVtZUNvZGUgPSAnUFBPJyB8ICdJT00nIHwgJ0RSUic7XG5leHBvcnQgaW50ZXJmYWNlIERlbW9NZW1iZXJzaGlwIHtcbiAgc2NoZW1lOiBEZW1vU2NoZW1lQ29kZTtcbiAgdGllcjogc3RyaW5nIHwgbnVsbDtcbiAgc3RyYW5kOiBzdHJpbmcgfCBudWxsO1xuICBzdGFydDogbnVtYmVyO1xuICBlbmQ6IG51bWJlciB8IG51bGw7XG4gIHNlbGVjdGlvblJlYXNvbjogc3RyaW5nO1xuICBlbmRSZWFzb246IEVuZFJlYXNvbiB8IG51bGw7XG4gIGVuZFJlYXNvblJhdzogc3RyaW5nIHwgbnVsbDtcbiAgZXhpdFBsYW46IHN0cmluZyB8IG51bGw7XG59XG5leHBvcnQgaW50ZXJmYWNlIERlbW9QZXJzb24ge1xuICBpbmRleDogbnVtYmVyO1xuICBwZXJzb25SZWY6IHN0cmluZztcbiAgZmFtaWx5TmFtZTogc3RyaW5nO1xuICBnaXZlbk5hbWVzOiBzdHJpbmc7XG4gIGRhdGVPZkJpcnRoOiBudW1iZXI7XG4gIHNleDogU2V4O1xuICBldGhuaWNpdHk6IHN0cmluZztcbiAgZGF0ZU9mRGVhdGg6IG51bWJlciB8IG51bGw7XG4gIC8qKiBUaGUgcGVyc29uJ3Mgb2ZmZW5kaW5nIHByb3BlbnNpdHkgKGEgc3RhbmRhcmQgbm9ybWFsIGRyYXcpOyBrZXB0IGZvciBjYWxpYnJhdGlvbiwgbm90IHN0b3JlZC4gKi9cbiAgejogbnVtYmVyO1xuICBkcnVnVXNlcjogYm9vbGVhbjtcbiAgaWRlbnRpZmllcnM6IHsga2luZDogSWRlbnRpZmllcktpbmQ7IHZhbHVlOiBzdHJpbmcgfVtdO1xuICBhZGRyZXNzZXM6IERlbW9BZGRyZXNzW107XG4gIG91dGNvbWVzOiBEZW1vT3V0Y29tZVtdO1xuICBhcnJlc3RzOiBEZW1vQXJyZXN0W107XG4gIGNoYXJnZXM6IERlbW9DaGFyZ2VbXTtcbiAgaW50ZWxsaWdlbmNlOiBEZW1vSW50ZWxsaWdlbmNlW107XG4gIGRydWdUZXN0czogRGVtb0RydWdUZXN0W107XG4gIGFzc2Vzc21lbnRzOiBEZW1vQXNzZXNzbWVudFtdO1xuICBicmVhY2hlczogRGVtb0JyZWFjaFtdO1xuICBjdXN0b2R5OiBEZW1vQ3VzdG9keVtdO1xuICBzdXBlcnZpc2lvbjogRGVtb1N1cGVydmlzaW9uW107XG4gIG1lbWJlcnNoaXBzOiBEZW1vTWVtYmVyc2hpcFtdO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gaWRlbnRpZmllcnNcbmNvbnN0IFBOQ19DSEVDS19MRVRURVJTID0gJ1pBQkNERUZHSEpLTE1OUFFSVFVWV1hZJztcblxuLyoqXG4gKiBBIHdlbGwtZm9ybWVkIFBOQyBJRCAoWVlZWS9OTk5OTk5OQykgd2l0aCBpdHMgY2hlY2sgY2hhcmFjdGVyOiB0aGUgbGV0dGVyXG4gKiBmb3IgKHR3by1kaWdpdCB5ZWFyIGZvbGxvd2VkIGJ5IHRoZSBzZXJpYWwpIG1vZCAyMy4gVGhlIGRlbW8gdXNlcyB5ZWFyc1xuICogMTkwMFx1MjAxMzE5MDksIGJlZm9yZSB0aGUgUE5DIGV4aXN0ZWQgKDE5NzQpLCBzbyBubyByZWFsIHJlY29yZCBjYW4gaGF2ZSBvbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZW1vUG5jSWQoaW5kZXg6IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IHllYXIgPSAxOTAwICsgKGluZGV4ICUgMTApO1xuICBjb25zdCBzZXJpYWwgPSBNYXRoLmZsb29yKGluZGV4IC8gMTApICsgMTtcbiAgaWYgKHNlcmlhbCA+IDlfOTk5Xzk5OSkgdGhyb3cgbmV3IFJhbmdlRXJyb3IoJ3RvbyBtYW55IHBlb3BsZSBmb3IgdGhlIGRlbW8gUE5DIHJhbmdlJyk7XG4gIGNvbnN0IHl5ID0geWVhciAlIDEwMDtcbiAgY29uc3QgY2hlY2sgPSBQTkNfQ0hFQ0tfTEVUVEVSU1soeXkgKiAxMF8wMDBfMDAwICsgc2VyaWFsKSAlIDIzXTtcbiAgcmV0dXJuIGAke3llYXJ9LyR7U3RyaW5nKHNlcmlhbCkucGFkU3RhcnQoNywgJzAnKX0ke2NoZWNrfWA7XG59XG5cbi8qKiBBIENSTyBudW1iZXIgaW4gdGhlIHNhbWUgc3R5bGUgKE5OTk5OTi9ZWUMpLCB3aXRoIHllYXJzIDAwXHUyMDEzMDkgYW5kIHRoZSBzYW1lIGNoZWNrIHJ1bGUuICovXG5leHBvcnQgZnVuY3Rpb24gZGVtb0Nyb051bWJlcihpbmRleDogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgeXkgPSBpbmRleCAlIDEwO1xuICBjb25zdCBzZXJpYWwgPSBNYXRoLmZsb29yKGluZGV4IC8gMTApICsgMTtcbiAgY29uc3QgY2hlY2sgPSBQTkNfQ0hFQ0tfTEVUVEVSU1soeXkgKiAxMF8wMDBfMDAwICsgc2VyaWFsKSAlIDIzXTtcbiAgcmV0dXJuIGAke1N0cmluZyhzZXJpYWwpLnBhZFN0YXJ0KDYsICcwJyl9LyR7U3RyaW5nKHl5KS5wYWRTdGFydCgyLCAnMCcpfSR7Y2hlY2t9YDtcbn1cblxuLyoqIEEgcHJpc29uIG51bWJlciBpbiB0aGUgTk9NSVMgc2hhcGUgKEExMjM0QkMpIGJ1dCBzdGFydGluZyB3aXRoIFosIHdoaWNoIGhhcyBub3QgYmVlbiBpc3N1ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gZGVtb1ByaXNvbk51bWJlcihpbmRleDogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgbGV0dGVycyA9ICdBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWic7XG4gIGNvbnN0IG4gPSBNYXRoLmZsb29yKGluZGV4IC8gMTBfMDAwKTtcbiAgcmV0dXJuIGBaJHtTdHJpbmcoaW5kZXggJSAxMF8wMDApLnBhZFN0YXJ0KDQsICcwJyl9JHtsZXR0ZXJzW01hdGguZmxvb3IobiAvIDI2KSAlIDI2XX0ke2xldHRlcnNbbiAlIDI2XX1gO1xufVxuXG4vKiogQSBwcm9iYXRpb24gY2FzZSByZWZlcmVuY2UgbnVtYmVyIGluIHRoZSBuRGVsaXVzIHNoYXBlIChhIGxldHRlciBhbmQgc2l4IGRpZ2l0cyksIHN0YXJ0aW5nIHdpdGggWi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZW1vUHJvYmF0aW9uQ3JuKGluZGV4OiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYFoke1N0cmluZyhpbmRleCArIDEpLnBhZFN0YXJ0KDYsICcwJyl9YDtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHRoZSBnZW5lcmF0b3JcbmNvbnN0IGxvZ2lzdGljID0gKHg6IG51bWJlcikgPT4gMSAvICgxICsgTWF0aC5leHAoLXgpKTtcbmNvbnN0IHllYXJzID0gKG46IG51bWJlcikgPT4gTWF0aC5yb3VuZChuICogREFZU19QRVJfWUVBUik7XG5cbmZ1bmN0aW9uIGRyYXdEYXRlT2ZCaXJ0aChybmc6IFJuZyk6IG51bWJlciB7XG4gIGNvbnN0IGJhbmQgPSBBR0VfQkFORFNbcm5nLndlaWdodGVkKEFHRV9XRUlHSFRTKV0hO1xuICBjb25zdCBhZ2UgPSBiYW5kWzBdICsgcm5nLm5leHQoKSAqIChiYW5kWzFdIC0gYmFuZFswXSArIDEpO1xuICByZXR1cm4gRC5hZ2VSZWZlcmVuY2UgLSBNYXRoLmZsb29yKGFnZSAqIERBWVNfUEVSX1lFQVIpO1xufVxuXG5mdW5jdGlvbiBwb3N0Y29kZShybmc6IFJuZywgcHJlZml4OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBsZXR0ZXJzID0gJ0FCREVGR0hKTE5QUVJTVFVXWFknO1xuICByZXR1cm4gYCR7cHJlZml4fSAke3JuZy5pbnQoMSwgOSl9JHtsZXR0ZXJzW3JuZy5pbnQoMCwgbGV0dGVycy5sZW5ndGggLSAxKV19JHtsZXR0ZXJzW3JuZy5pbnQoMCwgbGV0dGVycy5sZW5ndGggLSAxKV19YDtcbn1cblxuLyoqIEdlbmVyYXRlcyBwZXJzb24gYGluZGV4YCAoMC1iYXNlZCkgb2YgdGhlIHBvb2wgZm9yIHRoZSBwbGFuLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGdlbmVyYXRlUGVyc29uKHBsYW46IERlbW9QbGFuLCBpbmRleDogbnVtYmVyLCByZWZQcmVmaXggPSAnREVNTycpOiBEZW1vUGVyc29uIHtcbiAgcmV0dXJuIG5ldyBQZXJzb25CdWlsZGVyKHBsYW4sIGluZGV4LCByZWZQcmVmaXgpLmJ1aWxkKCk7XG59XG5cbi8qKiBHZW5lcmF0ZXMgcGVvcGxlIFtmcm9tLCB0bykgb25lIGF0IGEgdGltZSwgc28gYSBjYWxsZXIgY2FuIHN0cmVhbSB0aGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uKiBnZW5lcmF0ZVBlb3BsZShwbGFuOiBEZW1vUGxhbiwgZnJvbSA9IDAsIHRvID0gcGxhbi5wZW9wbGUsIHJlZlByZWZpeCA9ICdERU1PJyk6IEdlbmVyYXRvcjxEZW1vUGVyc29uPiB7XG4gIGZvciAobGV0IGkgPSBmcm9tOyBpIDwgdG87IGkrKykgeWllbGQgZ2VuZXJhdGVQZXJzb24ocGxhbiwgaSwgcmVmUHJlZml4KTtcbn1cblxuY2xhc3MgUGVyc29uQnVpbGRlciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgcm5nOiBSbmc7XG4gIHByaXZhdGUgcmVhZG9ubHkgcDogRGVtb1BlcnNvbjtcbiAgcHJpdmF0ZSBwcmV2aW91c0NvbnZpY3Rpb25zID0gMDtcbiAgcHJpdmF0ZSBwcmV2aW91c0N1c3RvZHkgPSAwO1xuICBwcml2YXRlIHByZXZpb3VzU2FuY3Rpb25zID0gMDtcbiAgcHJpdmF0ZSByYXRlID0gMDtcbiAgcHJpdmF0ZSBjYXJlZXJTdGFydCA9IDA7XG4gIHByaXZhdGUgY2FyZWVyRW5kID0gMDtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IHBsYW46IERlbW9QbGFuLFxuICAgIGluZGV4OiBudW1iZXIsXG4gICAgcmVmUHJlZml4OiBzdHJpbmcsXG4gICkge1xuICAgIHRoaXMucm5nID0gbmV3IFJuZyhtaXhTZWVkKHBsYW4uc2VlZCwgaW5kZXgpKTtcbiAgICBjb25zdCBybmcgPSB0aGlzLnJuZztcbiAgICBjb25zdCBtYWxlID0gcm5nLmNoYW5jZSgwLjg1KTtcbiAgICBjb25zdCBnaXZlbiA9IHJuZy5waWNrKG1hbGUgPyBNQUxFX0dJVkVOIDogRkVNQUxFX0dJVkVOKTtcbiAgICB0aGlzLnAgPSB7XG4gICAgICBpbmRleCxcbiAgICAgIHBlcnNvblJlZjogYCR7cmVmUHJlZml4fS0ke1N0cmluZyhpbmRleCArIDEpLnBhZFN0YXJ0KDYsICcwJyl9YCxcbiAgICAgIGZhbWlseU5hbWU6IHJuZy5waWNrKEZBTUlMWV9OQU1FUyksXG4gICAgICBnaXZlbk5hbWVzOiBybmcuY2hhbmNlKDAuNikgPyBgJHtnaXZlbn0gJHtNSURETEVfSU5JVElBTFNbcm5nLmludCgwLCBNSURETEVfSU5JVElBTFMubGVuZ3RoIC0gMSldfS5gIDogZ2l2ZW4sXG4gICAgICBkYXRlT2ZCaXJ0aDogZHJhd0RhdGVPZkJpcnRoKHJuZyksXG4gICAgICBzZXg6IG1hbGUgPyAnbWFsZScgOiAnZmVtYWxlJyxcbiAgICAgIGV0aG5pY2l0eTogRVRITklDSVRZX1NIQVJFU1tybmcud2VpZ2h0ZWQoRVRITklDSVRZX1dFSUdIVFMpXSFbMF0sXG4gICAgICBkYXRlT2ZEZWF0aDogbnVsbCxcbiAgICAgIHo6IHJuZy5ub3JtYWwoKSxcbiAgICAgIGRydWdVc2VyOiBmYWxzZSxcbiAgICAgIGlkZW50aWZpZXJzOiBbXSxcbiAgICAgIGFkZHJlc3NlczogW10sXG4gICAgICBvdXRjb21lczogW10sXG4gICAgICBhcnJlc3RzOiBbXSxcbiAgICAgIGNoYXJnZXM6IFtdLFxuICAgICAgaW50ZWxsaWdlbmNlOiBbXSxcbiAgICAgIGRydWdUZXN0czogW10sXG4gICAgICBhc3Nlc3NtZW50czogW10sXG4gICAgICBicmVhY2hlczogW10sXG4gICAgICBjdXN0b2R5OiBbXSxcbiAgICAgIHN1cGVydmlzaW9uOiBbXSxcbiAgICAgIG1lbWJlcnNoaXBzOiBbXSxcbiAgICB9O1xuICB9XG5cbiAgYnVpbGQoKTogRGVtb1BlcnNvbiB7XG4gICAgY29uc3QgeyBybmcsIHAgfSA9IHRoaXM7XG4gICAgLy8gV29tZW4gb2ZmZW5kIGxlc3Mgb2Z0ZW47IHRoZSByYXRlIGlzIG90aGVyd2lzZSBzZXQgYnkgdGhlIHByb3BlbnNpdHkgei5cbiAgICB0aGlzLnJhdGUgPSBNYXRoLmV4cChNT0RFTC5yYXRlTXUgKyBNT0RFTC5yYXRlU2lnbWEgKiBwLnopICogKHAuc2V4ID09PSAnZmVtYWxlJyA/IDAuNyA6IDEpO1xuICAgIHAuZHJ1Z1VzZXIgPSBybmcuY2hhbmNlKGxvZ2lzdGljKC0xLjkgKyAwLjkgKiBwLnopKTtcbiAgICB0aGlzLmNhcmVlcigpO1xuICAgIHRoaXMub2ZmZW5kaW5nKCk7XG4gICAgdGhpcy51bnByb3ZlbigpO1xuICAgIHRoaXMuYWRkcmVzc2VzKCk7XG4gICAgdGhpcy5pZGVudGlmaWVycygpO1xuICAgIHRoaXMubWVtYmVyc2hpcHMoKTtcbiAgICByZXR1cm4gcDtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgY2FyZWVyIGluIHdoaWNoIHRoaXMgcGVyc29uIG9mZmVuZHMuIFRoZSBwb29sIGlzIHRoZSBwZW9wbGUga25vd24gdG9cbiAgICogdGhlIHBhcnRuZXJzaGlwIG5vdywgc28gZXZlcnkgY2FyZWVyIG92ZXJsYXBzIHRoZSB5ZWFycyBvZiB0aGUgZXh0cmFjdCdzXG4gICAqIGN1c3RvZHktc3VpdGUgZGF0YTogaXQgZW5kcyBubyBlYXJsaWVyIHRoYW4gc2l4IG1vbnRocyBhZnRlciBldmVudHNGcm9tLlxuICAgKi9cbiAgcHJpdmF0ZSBjYXJlZXIoKTogdm9pZCB7XG4gICAgY29uc3QgeyBybmcsIHAgfSA9IHRoaXM7XG4gICAgY29uc3QgbGVuZ3RoID0geWVhcnMocm5nLmV4cG9uZW50aWFsKE1PREVMLmNhcmVlck1lYW5ZZWFycyArIE1PREVMLmNhcmVlclllYXJzUGVyWiAqIE1hdGgubWF4KDAsIHAueikpKTtcbiAgICBjb25zdCBlYXJsaWVzdCA9IE1hdGgubWF4KHAuZGF0ZU9mQmlydGggKyB5ZWFycygxMiksIEQuZXZlbnRzRnJvbSArIDE4MCAtIGxlbmd0aCk7XG4gICAgY29uc3QgbGF0ZXN0ID0gRC5leHRyYWN0IC0gMzA7XG4gICAgY29uc3Qgc3RhcnQgPSBlYXJsaWVzdCA+PSBsYXRlc3QgPyBsYXRlc3QgOiBlYXJsaWVzdCArIHJuZy5pbnQoMCwgbGF0ZXN0IC0gZWFybGllc3QpO1xuICAgIHRoaXMuY2FyZWVyU3RhcnQgPSBNYXRoLm1heChzdGFydCwgRC5oaXN0b3J5RnJvbSwgcC5kYXRlT2ZCaXJ0aCArIHllYXJzKDEwKSk7XG4gICAgdGhpcy5jYXJlZXJFbmQgPSBNYXRoLm1heChzdGFydCArIGxlbmd0aCwgdGhpcy5jYXJlZXJTdGFydCArIDMwKTtcbiAgICBpZiAocm5nLmNoYW5jZShNT0RFTC5kZWF0aENoYW5jZSkpIHtcbiAgICAgIHAuZGF0ZU9mRGVhdGggPSB0aGlzLmNhcmVlclN0YXJ0ICsgcm5nLmludCgxLCBNYXRoLm1heCgxLCBELmV4dHJhY3QgLSB0aGlzLmNhcmVlclN0YXJ0KSk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSB3aW5kb3dFbmQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gTWF0aC5taW4odGhpcy5jYXJlZXJFbmQsIEFGVEVSX0VYVFJBQ1QsIHRoaXMucC5kYXRlT2ZEZWF0aCA/PyBBRlRFUl9FWFRSQUNUKTtcbiAgfVxuXG4gIHByaXZhdGUgb2ZmZW5kaW5nKCk6IHZvaWQge1xuICAgIGNvbnN0IHsgcm5nIH0gPSB0aGlzO1xuICAgIGNvbnN0IGVuZCA9IHRoaXMud2luZG93RW5kKCk7XG4gICAgY29uc3QgbWVhbkdhcCA9IERBWVNfUEVSX1lFQVIgLyB0aGlzLnJhdGU7XG4gICAgbGV0IHQgPSB0aGlzLmNhcmVlclN0YXJ0O1xuICAgIGlmIChlbmQgPD0gdCkgcmV0dXJuO1xuICAgIGxldCBmaXJzdCA9IHRydWU7XG4gICAgZm9yICg7Oykge1xuICAgICAgLy8gRXZlcnlvbmUgaW4gdGhlIHBvb2wgaGFzIGF0IGxlYXN0IG9uZSBwcm92ZW4gY2FzZTogdGhlIGZpcnN0IG9uZSBmYWxscyBpbiB0aGUgd2luZG93LlxuICAgICAgY29uc3QgZ2FwID0gZmlyc3QgJiYgdGhpcy5yYXRlICogKChlbmQgLSB0KSAvIERBWVNfUEVSX1lFQVIpIDwgMSA/IHJuZy5uZXh0KCkgKiAoZW5kIC0gdCkgOiBybmcuZXhwb25lbnRpYWwobWVhbkdhcCk7XG4gICAgICBmaXJzdCA9IGZhbHNlO1xuICAgICAgY29uc3QgYXQgPSB0ICsgTWF0aC5tYXgoMSwgTWF0aC5yb3VuZChnYXApKTtcbiAgICAgIGlmIChhdCA+PSBlbmQpIGJyZWFrO1xuICAgICAgY29uc3QgcmVzdW1lID0gdGhpcy5wcm9jZWVkaW5ncyh0LCBhdCk7XG4gICAgICBpZiAocmVzdW1lID09PSBudWxsKSBicmVhaztcbiAgICAgIHQgPSByZXN1bWU7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBwaWNrT2ZmZW5jZSgpOiBPZmZlbmNlS2luZCB7XG4gICAgcmV0dXJuIERFTU9fT0ZGRU5DRVNbdGhpcy5ybmcud2VpZ2h0ZWQodGhpcy5wLmRydWdVc2VyID8gV0VJR0hUU19EUlVHX1VTRVIgOiBXRUlHSFRTX09USEVSKV0hO1xuICB9XG5cbiAgcHJpdmF0ZSBpc1lvdXRoKGRheTogbnVtYmVyKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIGRheSAtIHRoaXMucC5kYXRlT2ZCaXJ0aCA8IDE4ICogREFZU19QRVJfWUVBUjtcbiAgfVxuXG4gIC8qKlxuICAgKiBPbmUgcHJvdmVuIGNhc2U6IG9mZmVuY2VzIHVwIHRvIGBhdGAsIGFycmVzdCwgcGVyaGFwcyByZW1hbmQsIHRoZSBvdXRjb21lXG4gICAqIGFuZCB3aGF0IGl0IGJyaW5ncy4gUmV0dXJucyB0aGUgZGF5IG9mZmVuZGluZyBjYW4gcmVzdW1lICh0aGUgb3V0Y29tZSwgb3JcbiAgICogcmVsZWFzZSBmcm9tIGN1c3RvZHkpLCBvciBudWxsIHdoZW4gdGhlIHBlcnNvbiBpcyBpbiBjdXN0b2R5IG9uIHRoZSBleHRyYWN0IGRhdGUuXG4gICAqL1xuICBwcml2YXRlIHByb2NlZWRpbmdzKGxpYmVydHlGcm9tOiBudW1iZXIsIGF0OiBudW1iZXIpOiBudW1iZXIgfCBudWxsIHtcbiAgICBjb25zdCB7IHJuZywgcCB9ID0gdGhpcztcbiAgICBjb25zdCBwcmluY2lwYWwgPSB0aGlzLnBpY2tPZmZlbmNlKCk7XG4gICAgY29uc3QgeW91dGggPSB0aGlzLmlzWW91dGgoYXQpO1xuICAgIGNvbnN0IGNhdXRpb25DaGFuY2UgPSB0aGlzLnByZXZpb3VzU2FuY3Rpb25zID09PSAwID8gKHlvdXRoID8gMC43IDogMC40NSkgOiB0aGlzLnByZXZpb3VzU2FuY3Rpb25zIDwgMyA/ICh5b3V0aCA/IDAuMzUgOiAwLjIpIDogMC4wNDtcbiAgICBjb25zdCBjYXV0aW9uID0gcHJpbmNpcGFsLmN1c3RvZHlCb251cyA8IDAuMyAmJiBybmcuY2hhbmNlKGNhdXRpb25DaGFuY2UpO1xuICAgIGNvbnN0IGFycmVzdERheSA9IHJuZy5jaGFuY2UoMC43KSA/IGF0IDogTWF0aC5taW4oYXQgKyBybmcuaW50KDEsIDE0KSwgRC5leHRyYWN0KTtcbiAgICBjb25zdCBvdXRjb21lRGF5ID0gY2F1dGlvbiA/IGFycmVzdERheSArIHJuZy5pbnQoMCwgMjEpIDogYXJyZXN0RGF5ICsgTWF0aC5taW4oMzY1LCBNYXRoLm1heCg3LCBNYXRoLnJvdW5kKHJuZy5sb2dub3JtYWwoTWF0aC5sb2coNTUpLCAwLjYpKSkpO1xuICAgIGNvbnN0IHBlbmRpbmcgPSBvdXRjb21lRGF5ID4gRC5leHRyYWN0O1xuICAgIGNvbnN0IHJlbWFuZGVkID0gIWNhdXRpb24gJiYgcm5nLmNoYW5jZShNYXRoLm1pbigwLjQsIE1PREVMLnJlbWFuZEJhc2UgKyBNT0RFTC5yZW1hbmRQZXJQcmV2aW91cyAqIHRoaXMucHJldmlvdXNDb252aWN0aW9ucyArIHByaW5jaXBhbC5jdXN0b2R5Qm9udXMgLyAzKSk7XG5cbiAgICBpZiAoYXJyZXN0RGF5ID49IEQuZXZlbnRzRnJvbSkge1xuICAgICAgaWYgKGNhdXRpb24pIHRoaXMuYXJyZXN0KGFycmVzdERheSwgcHJpbmNpcGFsLCAnb3RoZXInLCB5b3V0aCA/ICdSZXByaW1hbmQgb3IgZmluYWwgd2FybmluZycgOiAnQ2F1dGlvbmVkJyk7XG4gICAgICBlbHNlIHtcbiAgICAgICAgdGhpcy5hcnJlc3QoYXJyZXN0RGF5LCBwcmluY2lwYWwsICdjaGFyZ2VkJywgJ0NoYXJnZWQnKTtcbiAgICAgICAgcC5jaGFyZ2VzLnB1c2goeyBkYXRlOiBhcnJlc3REYXksIGNvZGU6IHByaW5jaXBhbC5jb2RlIH0pO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAocGVuZGluZykge1xuICAgICAgaWYgKHJlbWFuZGVkKSB7XG4gICAgICAgIHAuY3VzdG9keS5wdXNoKHsga2luZDogJ3JlbWFuZCcsIHJlY2VwdGlvbjogYXJyZXN0RGF5LCByZWxlYXNlOiBudWxsLCBzZW50ZW5jZURheXM6IG51bGwsIGV4cGVjdGVkUmVsZWFzZTogbnVsbCwgZXN0YWJsaXNobWVudDogdGhpcy5lc3RhYmxpc2htZW50KGFycmVzdERheSkgfSk7XG4gICAgICAgIHJldHVybiBudWxsO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGFycmVzdERheSArIDE7XG4gICAgfVxuXG4gICAgLy8gVGhlIG91dGNvbWU6IG9uZSByb3cgcGVyIG9mZmVuY2UuXG4gICAgY29uc3Qgcm93cyA9IGNhdXRpb24gPyAxIDogMSArIHJuZy5wb2lzc29uKE1PREVMLmV4dHJhUm93c0Jhc2UgKyBNT0RFTC5leHRyYVJvd3NQZXJaICogTWF0aC5tYXgoMCwgcC56KSk7XG4gICAgbGV0IGRpc3Bvc2FsOiBEaXNwb3NhbCB8IG51bGwgPSBudWxsO1xuICAgIGxldCBzZW50ZW5jZTogbnVtYmVyIHwgbnVsbCA9IG51bGw7XG4gICAgaWYgKCFjYXV0aW9uKSB7XG4gICAgICAvLyBDb3VydHMgZGVhbCBtb3JlIGhhcnNobHkgd2l0aCB0aGUgbW9zdCBwZXJzaXN0ZW50IChhbmQgUFBPIGNhc2VzIGFyZSBmYXN0LXRyYWNrZWQ6IFwiY2F0Y2ggYW5kIGNvbnZpY3RcIikuXG4gICAgICBjb25zdCBwZXJzaXN0ZW50ID0gYXQgPj0gRC5wcG9Gcm9tID8gTU9ERUwucGVyc2lzdGVudEN1c3RvZHlCb251cyAqIE1hdGgubWluKDEuNSwgTWF0aC5tYXgoMCwgcC56IC0gMS41KSkgOiAwO1xuICAgICAgY29uc3QgY3VzdG9keUNoYW5jZSA9IE1hdGgubWluKE1PREVMLmN1c3RvZHlDYXAsIE1PREVMLmN1c3RvZHlCYXNlICsgTU9ERUwuY3VzdG9keVBlclByZXZpb3VzICogdGhpcy5wcmV2aW91c0NvbnZpY3Rpb25zICsgcHJpbmNpcGFsLmN1c3RvZHlCb251cyArIHBlcnNpc3RlbnQgKyAocm93cyA+IDIgPyAwLjA1IDogMCkpO1xuICAgICAgaWYgKHJuZy5jaGFuY2UoY3VzdG9keUNoYW5jZSkpIHtcbiAgICAgICAgZGlzcG9zYWwgPSAnY3VzdG9keSc7XG4gICAgICAgIGNvbnN0IG1lZGlhbiA9IHByaW5jaXBhbC5zZW50ZW5jZU1lZGlhbiAqICgxICsgTU9ERUwuc2VudGVuY2VQZXJQcmV2aW91c0N1c3RvZHkgKiBNYXRoLm1pbigxMCwgdGhpcy5wcmV2aW91c0N1c3RvZHkpKSAqIChyb3dzID4gMiA/IDEuMyA6IDEpO1xuICAgICAgICBzZW50ZW5jZSA9IE1hdGgubWluKDM2NTAsIE1hdGgubWF4KDE0LCBNYXRoLnJvdW5kKHJuZy5sb2dub3JtYWwoTWF0aC5sb2cobWVkaWFuKSwgMC41NSkpKSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBkaXNwb3NhbCA9IChbJ3N1c3BlbmRlZCcsICdjb21tdW5pdHknLCAnZmluZScsICdkaXNjaGFyZ2UnLCAnb3RoZXInXSBhcyBjb25zdClbcm5nLndlaWdodGVkKFswLjEzLCAwLjM2LCAwLjMzLCAwLjEzLCAwLjA1XSldITtcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgY291cnQgPSBjYXV0aW9uID8gbnVsbCA6IHNlbnRlbmNlICE9PSBudWxsICYmIHNlbnRlbmNlID4gMzY1ID8gQ1JPV05fQ09VUlQgOiBybmcucGljayhDT1VSVFMpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgcm93czsgaSsrKSB7XG4gICAgICBjb25zdCBraW5kID0gaSA9PT0gMCA/IHByaW5jaXBhbCA6IHJuZy5jaGFuY2UoMC41KSA/IHByaW5jaXBhbCA6IHRoaXMucGlja09mZmVuY2UoKTtcbiAgICAgIGNvbnN0IG9mZmVuY2VEYXRlID0gaSA9PT0gMCA/IGF0IDogTWF0aC5tYXgobGliZXJ0eUZyb20sIGF0IC0gcm5nLmludCgxLCA0NSkpO1xuICAgICAgcC5vdXRjb21lcy5wdXNoKHtcbiAgICAgICAgb2ZmZW5jZURhdGUsXG4gICAgICAgIG91dGNvbWVEYXRlOiBvdXRjb21lRGF5LFxuICAgICAgICBvdXRjb21lOiBjYXV0aW9uID8gJ2NhdXRpb24nIDogJ2NvbnZpY3Rpb24nLFxuICAgICAgICBvdXRjb21lUmF3OiBjYXV0aW9uID8gKHlvdXRoID8gJ0ZpbmFsIHdhcm5pbmcnIDogJ0NhdXRpb24nKSA6ICdDb252aWN0ZWQnLFxuICAgICAgICBjb2RlOiBraW5kLmNvZGUsXG4gICAgICAgIGRlc2NyaXB0aW9uOiBraW5kLmRlc2NyaXB0aW9uLFxuICAgICAgICBkaXNwb3NhbCxcbiAgICAgICAgc2VudGVuY2VEYXlzOiBpID09PSAwID8gc2VudGVuY2UgOiBzZW50ZW5jZSAhPT0gbnVsbCA/IE1hdGgubWF4KDE0LCBNYXRoLnJvdW5kKHNlbnRlbmNlICogKDAuNCArIDAuNiAqIHJuZy5uZXh0KCkpKSkgOiBudWxsLFxuICAgICAgICBjb3VydCxcbiAgICAgIH0pO1xuICAgIH1cbiAgICB0aGlzLnByZXZpb3VzU2FuY3Rpb25zKys7XG4gICAgaWYgKCFjYXV0aW9uKSB0aGlzLnByZXZpb3VzQ29udmljdGlvbnMrKztcblxuICAgIGxldCByZXN1bWUgPSBvdXRjb21lRGF5O1xuICAgIGxldCByZW1hbmREYXlzID0gMDtcbiAgICBpZiAocmVtYW5kZWQgJiYgb3V0Y29tZURheSA+IGFycmVzdERheSkge1xuICAgICAgcC5jdXN0b2R5LnB1c2goeyBraW5kOiAncmVtYW5kJywgcmVjZXB0aW9uOiBhcnJlc3REYXksIHJlbGVhc2U6IG91dGNvbWVEYXksIHNlbnRlbmNlRGF5czogbnVsbCwgZXhwZWN0ZWRSZWxlYXNlOiBudWxsLCBlc3RhYmxpc2htZW50OiB0aGlzLmVzdGFibGlzaG1lbnQoYXJyZXN0RGF5KSB9KTtcbiAgICAgIHJlbWFuZERheXMgPSBvdXRjb21lRGF5IC0gYXJyZXN0RGF5O1xuICAgIH1cbiAgICBpZiAoZGlzcG9zYWwgPT09ICdjdXN0b2R5JyAmJiBzZW50ZW5jZSAhPT0gbnVsbCkge1xuICAgICAgdGhpcy5wcmV2aW91c0N1c3RvZHkrKztcbiAgICAgIC8vIEF1dG9tYXRpYyByZWxlYXNlIGF0IHRoZSBoYWxmd2F5IHBvaW50LCBsZXNzIHRpbWUgb24gcmVtYW5kOyBzb21lIGxlYXZlIGVhcmx5IG9uIGhvbWUgZGV0ZW50aW9uIGN1cmZldy5cbiAgICAgIGNvbnN0IGV4cGVjdGVkID0gb3V0Y29tZURheSArIE1hdGgubWF4KDEsIE1hdGguY2VpbChzZW50ZW5jZSAvIDIpIC0gcmVtYW5kRGF5cyk7XG4gICAgICBsZXQgcmVsZWFzZSA9IGV4cGVjdGVkO1xuICAgICAgaWYgKHNlbnRlbmNlID49IDg0ICYmIHNlbnRlbmNlIDwgNCAqIDM2NSAmJiBybmcuY2hhbmNlKDAuMikpIHJlbGVhc2UgPSBNYXRoLm1heChvdXRjb21lRGF5ICsgMSwgZXhwZWN0ZWQgLSBybmcuaW50KDE0LCBNYXRoLm1pbigxMzUsIE1hdGguZmxvb3Ioc2VudGVuY2UgLyA0KSkpKTtcbiAgICAgIGNvbnN0IGluQXRFeHRyYWN0ID0gcmVsZWFzZSA+IEQuZXh0cmFjdDtcbiAgICAgIHAuY3VzdG9keS5wdXNoKHtcbiAgICAgICAga2luZDogJ3NlbnRlbmNlZCcsXG4gICAgICAgIHJlY2VwdGlvbjogb3V0Y29tZURheSxcbiAgICAgICAgcmVsZWFzZTogaW5BdEV4dHJhY3QgPyBudWxsIDogcmVsZWFzZSxcbiAgICAgICAgc2VudGVuY2VEYXlzOiBzZW50ZW5jZSxcbiAgICAgICAgZXhwZWN0ZWRSZWxlYXNlOiBleHBlY3RlZCxcbiAgICAgICAgZXN0YWJsaXNobWVudDogdGhpcy5lc3RhYmxpc2htZW50KG91dGNvbWVEYXkpLFxuICAgICAgfSk7XG4gICAgICBpZiAoaW5BdEV4dHJhY3QpIHJldHVybiBudWxsO1xuICAgICAgaWYgKHNlbnRlbmNlID49IDM2NSkge1xuICAgICAgICB0aGlzLnN1cGVydmlzZSgnbGljZW5jZScsIHRydWUsIHJlbGVhc2UsIG91dGNvbWVEYXkgKyBzZW50ZW5jZSk7XG4gICAgICB9IGVsc2UgaWYgKHJuZy5jaGFuY2UoMC4yKSkge1xuICAgICAgICAvLyBObyBzdGF0dXRvcnkgc3VwZXJ2aXNpb24gYWZ0ZXIgYSBzaG9ydCBzZW50ZW5jZTsgc29tZSB0YWtlIHZvbHVudGFyeSBzdXBwb3J0LlxuICAgICAgICB0aGlzLnN1cGVydmlzZSgnbm9uZScsIGZhbHNlLCByZWxlYXNlLCByZWxlYXNlICsgcm5nLmludCg5MCwgMTgwKSk7XG4gICAgICB9XG4gICAgICByZXN1bWUgPSByZWxlYXNlO1xuICAgIH0gZWxzZSBpZiAoZGlzcG9zYWwgPT09ICdjb21tdW5pdHknIHx8IChkaXNwb3NhbCA9PT0gJ3N1c3BlbmRlZCcgJiYgcm5nLmNoYW5jZSgwLjUpKSkge1xuICAgICAgY29uc3QgZHJyID0gcC5kcnVnVXNlciAmJiBvdXRjb21lRGF5ID49IEQuZHJyRnJvbSAmJiBybmcuY2hhbmNlKE1PREVMLmRyckNoYW5jZSk7XG4gICAgICBjb25zdCBsZW5ndGggPSBkcnIgPyBybmcucGljayhbMTgzLCAzNjUsIDM2NSwgNTQ4XSkgOiBybmcucGljayhbMTgzLCAzNjUsIDM2NSwgNTQ4LCA3MzBdKTtcbiAgICAgIGNvbnN0IG9yZGVyID0gdGhpcy5zdXBlcnZpc2UoZHJyID8gJ2RycicgOiAnY29tbXVuaXR5X29yZGVyJywgdHJ1ZSwgb3V0Y29tZURheSwgb3V0Y29tZURheSArIGxlbmd0aCk7XG4gICAgICBpZiAob3V0Y29tZURheSA+PSBELmV2ZW50c0Zyb20gJiYgcm5nLmNoYW5jZShkcnIgPyAwLjM1IDogMC4yNSkpIHtcbiAgICAgICAgY29uc3QgYnJlYWNoRGF5ID0gb3V0Y29tZURheSArIHJuZy5pbnQoMTQsIGxlbmd0aCAtIDEpO1xuICAgICAgICBpZiAoYnJlYWNoRGF5IDw9IEQuZXh0cmFjdCkge1xuICAgICAgICAgIGNvbnN0IHIgPSBybmcubmV4dCgpO1xuICAgICAgICAgIGNvbnN0IHJldm9rZWQgPSByID4gMC42NTtcbiAgICAgICAgICBwLmJyZWFjaGVzLnB1c2goe1xuICAgICAgICAgICAgZGF0ZTogYnJlYWNoRGF5LFxuICAgICAgICAgICAgb3JkZXJLaW5kOiBkcnIgPyAnZHJyJyA6ICdjb21tdW5pdHlfb3JkZXInLFxuICAgICAgICAgICAgb3V0Y29tZTogciA8IDAuMzUgPyAnV2FybmluZyBpc3N1ZWQnIDogcmV2b2tlZCA/ICdPcmRlciByZXZva2VkIGFuZCByZS1zZW50ZW5jZWQnIDogJ09yZGVyIGNvbnRpbnVlZCB3aXRoIGFkZGVkIHJlcXVpcmVtZW50cycsXG4gICAgICAgICAgfSk7XG4gICAgICAgICAgaWYgKHJldm9rZWQpIHtcbiAgICAgICAgICAgIGNvbnN0IHJldm9rZWRPbiA9IE1hdGgubWluKGJyZWFjaERheSArIHJuZy5pbnQoNywgNDIpLCBBRlRFUl9FWFRSQUNUKTtcbiAgICAgICAgICAgIGlmIChvcmRlci5lbmQgPT09IG51bGwgfHwgcmV2b2tlZE9uIDwgb3JkZXIuZW5kKSB7XG4gICAgICAgICAgICAgIG9yZGVyLmVuZCA9IHJldm9rZWRPbiA+IEQuZXh0cmFjdCA/IG51bGwgOiByZXZva2VkT247XG4gICAgICAgICAgICAgIG9yZGVyLnJldm9rZWQgPSBvcmRlci5lbmQgIT09IG51bGw7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiByZXN1bWU7XG4gIH1cblxuICBwcml2YXRlIGFycmVzdChkYXk6IG51bWJlciwgY29kZTogT2ZmZW5jZUtpbmQsIG91dGNvbWU6IEFycmVzdE91dGNvbWUsIG91dGNvbWVSYXc6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IHsgcm5nLCBwIH0gPSB0aGlzO1xuICAgIHAuYXJyZXN0cy5wdXNoKHsgZGF0ZTogZGF5LCBjb2RlOiBjb2RlLmNvZGUsIG91dGNvbWUsIG91dGNvbWVSYXcgfSk7XG4gICAgaWYgKGNvZGUudHJpZ2dlciAmJiBkYXkgPj0gRC5kcnVnVGVzdHNGcm9tICYmIHJuZy5jaGFuY2UoMC43NSkpIHtcbiAgICAgIGNvbnN0IG9waWF0ZXMgPSBybmcuY2hhbmNlKHAuZHJ1Z1VzZXIgPyAwLjY1IDogMC4wMyk7XG4gICAgICBjb25zdCBjb2NhaW5lID0gcm5nLmNoYW5jZShwLmRydWdVc2VyID8gMC41IDogMC4wNik7XG4gICAgICBwLmRydWdUZXN0cy5wdXNoKHsgZGF0ZTogZGF5LCBvcGlhdGVzLCBjb2NhaW5lLCB0cmlnZ2VyQ29kZTogY29kZS5jb2RlIH0pO1xuICAgICAgaWYgKChvcGlhdGVzIHx8IGNvY2FpbmUpICYmIGRheSA+PSBELmFzc2Vzc21lbnRzRnJvbSkge1xuICAgICAgICBjb25zdCBvbiA9IGRheSArIHJuZy5pbnQoMSwgMTQpO1xuICAgICAgICBpZiAob24gPD0gRC5leHRyYWN0KSB7XG4gICAgICAgICAgY29uc3QgYXR0ZW5kZWQgPSBybmcuY2hhbmNlKDAuODUpO1xuICAgICAgICAgIHAuYXNzZXNzbWVudHMucHVzaCh7IGRhdGU6IG9uLCBhdHRlbmRlZCwgZHJ1Z01pc3VzZXI6IGF0dGVuZGVkID8gcm5nLmNoYW5jZShwLmRydWdVc2VyID8gMC45IDogMC4zKSA6IG51bGwgfSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGVzdGFibGlzaG1lbnQoZGF5OiBudW1iZXIpOiBzdHJpbmcge1xuICAgIHJldHVybiBkYXkgLSB0aGlzLnAuZGF0ZU9mQmlydGggPCAyMSAqIERBWVNfUEVSX1lFQVIgPyBZT1VOR19PRkZFTkRFUl9JTlNUSVRVVElPTiA6IFBSSVNPTlNbdGhpcy5wLmluZGV4ICUgUFJJU09OUy5sZW5ndGhdITtcbiAgfVxuXG4gIC8qKiBBZGRzIGEgc3VwZXJ2aXNpb24gcGVyaW9kOyBhbiBlYXJsaWVyIG9uZSBvZiB0aGUgc2FtZSBraW5kIHN0aWxsIHJ1bm5pbmcgaXMgY3V0IHNob3J0IGJ5IGl0LiAqL1xuICBwcml2YXRlIHN1cGVydmlzZShraW5kOiBTdXBlcnZpc2lvbktpbmQsIHN0YXR1dG9yeTogYm9vbGVhbiwgc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIpOiBEZW1vU3VwZXJ2aXNpb24ge1xuICAgIGZvciAoY29uc3QgcyBvZiB0aGlzLnAuc3VwZXJ2aXNpb24pIHtcbiAgICAgIGlmIChzLmtpbmQgPT09IGtpbmQgJiYgKHMuZW5kID09PSBudWxsIHx8IHMuZW5kID4gc3RhcnQpKSB7XG4gICAgICAgIHMuZW5kID0gc3RhcnQ7XG4gICAgICAgIHMucmV2b2tlZCA9IHRydWU7XG4gICAgICB9XG4gICAgfVxuICAgIGNvbnN0IHBlcmlvZDogRGVtb1N1cGVydmlzaW9uID0geyBraW5kLCBzdGF0dXRvcnksIHN0YXJ0LCBlbmQ6IGVuZCA+IEQuZXh0cmFjdCA/IG51bGwgOiBlbmQsIHJldm9rZWQ6IGZhbHNlIH07XG4gICAgdGhpcy5wLnN1cGVydmlzaW9uLnB1c2gocGVyaW9kKTtcbiAgICByZXR1cm4gcGVyaW9kO1xuICB9XG5cbiAgcHJpdmF0ZSBpbkN1c3RvZHlPbihkYXk6IG51bWJlcik6IERlbW9DdXN0b2R5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy5wLmN1c3RvZHkuZmluZCgoYykgPT4gYy5yZWNlcHRpb24gPD0gZGF5ICYmIChjLnJlbGVhc2UgPT09IG51bGwgfHwgZGF5IDwgYy5yZWxlYXNlKSk7XG4gIH1cblxuICAvKiogRGF5cyBpbiBbZnJvbSwgdG8pIGF0IGxpYmVydHksIGRyYXduIGFzIGEgUG9pc3NvbiBwcm9jZXNzIHdpdGggdGhlIGdpdmVuIHllYXJseSByYXRlLiAqL1xuICBwcml2YXRlIGxpYmVydHlEYXlzKGZyb206IG51bWJlciwgdG86IG51bWJlciwgcGVyWWVhcjogbnVtYmVyLCBpbkN1c3RvZHlLZWVwOiBudW1iZXIpOiBudW1iZXJbXSB7XG4gICAgY29uc3QgeyBybmcgfSA9IHRoaXM7XG4gICAgaWYgKHRvIDw9IGZyb20pIHJldHVybiBbXTtcbiAgICBjb25zdCBuID0gcm5nLnBvaXNzb24ocGVyWWVhciAqICgodG8gLSBmcm9tKSAvIERBWVNfUEVSX1lFQVIpKTtcbiAgICBjb25zdCBkYXlzOiBudW1iZXJbXSA9IFtdO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbjsgaSsrKSB7XG4gICAgICBjb25zdCBkID0gZnJvbSArIHJuZy5pbnQoMCwgdG8gLSBmcm9tIC0gMSk7XG4gICAgICBpZiAoIXRoaXMuaW5DdXN0b2R5T24oZCkgfHwgcm5nLmNoYW5jZShpbkN1c3RvZHlLZWVwKSkgZGF5cy5wdXNoKGQpO1xuICAgIH1cbiAgICByZXR1cm4gZGF5cy5zb3J0KChhLCBiKSA9PiBhIC0gYik7XG4gIH1cblxuICAvKiogQXJyZXN0cyB0aGF0IGxlZCB0byBubyBwcm92ZW4gb3V0Y29tZSwgYW5kIGludGVsbGlnZW5jZSByZXBvcnRzLCB3aGlsZSBrbm93biB0byB0aGUgcG9saWNlLiAqL1xuICBwcml2YXRlIHVucHJvdmVuKCk6IHZvaWQge1xuICAgIGNvbnN0IHsgcm5nLCBwIH0gPSB0aGlzO1xuICAgIGNvbnN0IGZyb20gPSBNYXRoLm1heChELmV2ZW50c0Zyb20sIHRoaXMuY2FyZWVyU3RhcnQpO1xuICAgIGNvbnN0IHRvID0gTWF0aC5taW4odGhpcy5jYXJlZXJFbmQgKyB5ZWFycygyKSwgQUZURVJfRVhUUkFDVCwgcC5kYXRlT2ZEZWF0aCA/PyBBRlRFUl9FWFRSQUNUKTtcbiAgICBmb3IgKGNvbnN0IGQgb2YgdGhpcy5saWJlcnR5RGF5cyhmcm9tLCB0bywgTU9ERUwudW5wcm92ZW5BcnJlc3RCYXNlICsgTU9ERUwudW5wcm92ZW5BcnJlc3RQZXJDYXNlICogdGhpcy5yYXRlLCAwKSkge1xuICAgICAgY29uc3QgciA9IHJuZy5uZXh0KCk7XG4gICAgICBpZiAociA+PSAwLjk0KSB7XG4gICAgICAgIC8vIENoYXJnZWQsIHRoZW4gZGlzY29udGludWVkIG9yIGFjcXVpdHRlZDogYWJvdXQgb25lIGNoYXJnZSBpbiBzZXZlbiBlbmRzXG4gICAgICAgIC8vIHdpdGhvdXQgYSBjb252aWN0aW9uLCBhcyBpbiB0aGUgY291cnRzLCBzbyB0aGUgUHJlbWl1bSBTZXJ2aWNlIGhhc1xuICAgICAgICAvLyBjaGFyZ2VzIHdpdGggbm8gZGlzcG9zYWwgdG8gY291bnQuIChUaGUgc2FtZSBkcmF3IGFzIGJlZm9yZSwgc28gdGhlXG4gICAgICAgIC8vIHJlc3Qgb2YgdGhlIHBlcnNvbidzIHJlY29yZCBpcyB1bmNoYW5nZWQuKVxuICAgICAgICBjb25zdCBjb2RlID0gdGhpcy5waWNrT2ZmZW5jZSgpO1xuICAgICAgICB0aGlzLmFycmVzdChkLCBjb2RlLCAnY2hhcmdlZCcsICdDaGFyZ2VkJyk7XG4gICAgICAgIHAuY2hhcmdlcy5wdXNoKHsgZGF0ZTogZCwgY29kZTogY29kZS5jb2RlIH0pO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIHRoaXMuYXJyZXN0KGQsIHRoaXMucGlja09mZmVuY2UoKSwgciA8IDAuNiA/ICduZmEnIDogciA8IDAuODUgPyAncmVsZWFzZWQnIDogJ2JhaWxlZCcsIHIgPCAwLjYgPyAnTm8gZnVydGhlciBhY3Rpb24nIDogciA8IDAuODUgPyAnUmVsZWFzZWQgdW5kZXIgaW52ZXN0aWdhdGlvbicgOiAnQmFpbGVkIHBlbmRpbmcgZW5xdWlyaWVzJyk7XG4gICAgfVxuICAgIHAuYXJyZXN0cy5zb3J0KChhLCBiKSA9PiBhLmRhdGUgLSBiLmRhdGUpO1xuICAgIHAuY2hhcmdlcy5zb3J0KChhLCBiKSA9PiBhLmRhdGUgLSBiLmRhdGUpO1xuICAgIHAuZHJ1Z1Rlc3RzLnNvcnQoKGEsIGIpID0+IGEuZGF0ZSAtIGIuZGF0ZSk7XG4gICAgcC5hc3Nlc3NtZW50cy5zb3J0KChhLCBiKSA9PiBhLmRhdGUgLSBiLmRhdGUpO1xuICAgIGNvbnN0IHRvcGljcyA9IHAuZHJ1Z1VzZXJcbiAgICAgID8gWydEcnVnIHN1cHBseScsICdEcnVnIHVzZScsICdBY3F1aXNpdGl2ZSBjcmltZScsICdBc3NvY2lhdGVzJywgJ1doZXJlYWJvdXRzJywgJ1ZlaGljbGUgdXNlJ11cbiAgICAgIDogWydWaW9sZW5jZScsICdBY3F1aXNpdGl2ZSBjcmltZScsICdBc3NvY2lhdGVzJywgJ1doZXJlYWJvdXRzJywgJ1ZlaGljbGUgdXNlJywgJ0FudGktc29jaWFsIGJlaGF2aW91ciddO1xuICAgIGZvciAoY29uc3QgZCBvZiB0aGlzLmxpYmVydHlEYXlzKGZyb20sIHRvLCBNT0RFTC5pbnRlbGxpZ2VuY2VCYXNlICsgTU9ERUwuaW50ZWxsaWdlbmNlUGVyQ2FzZSAqIHRoaXMucmF0ZSwgMC4xKSkge1xuICAgICAgLy8gNXg1eDUgZ3JhZGluZzogc291cmNlIGV2YWx1YXRpb24gQVx1MjAxM0UsIGludGVsbGlnZW5jZSBldmFsdWF0aW9uIDFcdTIwMTM1LCBoYW5kbGluZyBjb2RlIDFcdTIwMTM1LlxuICAgICAgY29uc3Qgc291cmNlID0gJ0FCQ0RFJ1tybmcud2VpZ2h0ZWQoWzAuMDUsIDAuMzUsIDAuNCwgMC4xLCAwLjFdKV07XG4gICAgICBjb25zdCBpbnRlbCA9IHJuZy53ZWlnaHRlZChbMC4wNSwgMC40LCAwLjM1LCAwLjEsIDAuMV0pICsgMTtcbiAgICAgIGNvbnN0IGhhbmRsaW5nID0gcm5nLmNoYW5jZSgwLjkpID8gMSA6IHJuZy5waWNrKFsyLCAzLCA0LCA1XSk7XG4gICAgICBwLmludGVsbGlnZW5jZS5wdXNoKHsgZGF0ZTogZCwgZ3JhZGluZzogYCR7c291cmNlfSR7aW50ZWx9LyR7aGFuZGxpbmd9YCwgdG9waWM6IHJuZy5waWNrKHRvcGljcykgfSk7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSBhZGRyZXNzZXMoKTogdm9pZCB7XG4gICAgY29uc3QgeyBybmcsIHAgfSA9IHRoaXM7XG4gICAgbGV0IGFyZWEgPSBybmcuY2hhbmNlKDAuNTUpID8gMCA6IDE7XG4gICAgbGV0IG91dHNpZGU6IHN0cmluZyB8IG51bGwgPSBudWxsO1xuICAgIC8vIFRoZSBwYXJ0bmVyc2hpcCBrbm93cyBhZGRyZXNzZXMgZnJvbSBhIGxpdHRsZSBiZWZvcmUgdGhlIHBlcnNvbiBjYW1lIHRvIG5vdGljZS5cbiAgICBsZXQgZnJvbSA9IE1hdGgubWF4KEQuaGlzdG9yeUZyb20sIHRoaXMuY2FyZWVyU3RhcnQgLSBybmcuaW50KDAsIDMgKiAzNjUpKTtcbiAgICBjb25zdCBlbmQgPSBwLmRhdGVPZkRlYXRoID8/IEFGVEVSX0VYVFJBQ1Q7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3Qgc3RheSA9IE1hdGgubWF4KDMwLCBNYXRoLnJvdW5kKHJuZy5leHBvbmVudGlhbChNT0RFTC5hZGRyZXNzTWVhblllYXJzICogREFZU19QRVJfWUVBUikpKTtcbiAgICAgIGNvbnN0IHRvID0gZnJvbSArIHN0YXk7XG4gICAgICBjb25zdCBsYXN0ID0gdG8gPj0gZW5kO1xuICAgICAgY29uc3QgbmZhID0gcm5nLmNoYW5jZSgwLjA0KTtcbiAgICAgIGNvbnN0IHByZWZpeCA9IG91dHNpZGUgPyBPVVRTSURFX1BPU1RDT0RFX1BSRUZJWCA6IERFTU9fQVJFQVNbYXJlYV0hLnBvc3Rjb2RlUHJlZml4O1xuICAgICAgcC5hZGRyZXNzZXMucHVzaCh7XG4gICAgICAgIGZyb20sXG4gICAgICAgIHRvOiBsYXN0ID8gKHAuZGF0ZU9mRGVhdGggPz8gbnVsbCkgOiB0byxcbiAgICAgICAgYXJlYUNvZGU6IG91dHNpZGUgPz8gREVNT19BUkVBU1thcmVhXSEuY29kZSxcbiAgICAgICAgcG9zdGNvZGU6IG5mYSA/IE5PX0ZJWEVEX0FCT0RFX1BPU1RDT0RFIDogcG9zdGNvZGUocm5nLCBwcmVmaXgpLFxuICAgICAgfSk7XG4gICAgICBpZiAobGFzdCkgYnJlYWs7XG4gICAgICBmcm9tID0gdG87XG4gICAgICBjb25zdCByID0gcm5nLm5leHQoKTtcbiAgICAgIGlmIChvdXRzaWRlKSB7XG4gICAgICAgIGlmIChyIDwgMC40KSBvdXRzaWRlID0gbnVsbDtcbiAgICAgIH0gZWxzZSBpZiAociA8IDAuMDgpIG91dHNpZGUgPSBybmcucGljayhPVVRTSURFX0FSRUFfQ09ERVMpO1xuICAgICAgZWxzZSBpZiAociA8IDAuNTUpIGFyZWEgPSAxIC0gYXJlYTtcbiAgICB9XG4gICAgaWYgKHAuZGF0ZU9mRGVhdGggIT09IG51bGwgJiYgcC5hZGRyZXNzZXMubGVuZ3RoKSB7XG4gICAgICBjb25zdCBsYXN0QWRkcmVzcyA9IHAuYWRkcmVzc2VzW3AuYWRkcmVzc2VzLmxlbmd0aCAtIDFdITtcbiAgICAgIGlmIChsYXN0QWRkcmVzcy50byAhPT0gbnVsbCAmJiBsYXN0QWRkcmVzcy50byA8PSBsYXN0QWRkcmVzcy5mcm9tKSBwLmFkZHJlc3Nlcy5wb3AoKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGlkZW50aWZpZXJzKCk6IHZvaWQge1xuICAgIGNvbnN0IHsgcm5nLCBwIH0gPSB0aGlzO1xuICAgIGlmICghcm5nLmNoYW5jZShNT0RFTC5taXNzaW5nUG5jU2hhcmUpKSBwLmlkZW50aWZpZXJzLnB1c2goeyBraW5kOiAncG5jJywgdmFsdWU6IGRlbW9QbmNJZChwLmluZGV4KSB9KTtcbiAgICBpZiAodGhpcy5wcmV2aW91c0NvbnZpY3Rpb25zID4gMCAmJiBybmcuY2hhbmNlKDAuOCkpIHAuaWRlbnRpZmllcnMucHVzaCh7IGtpbmQ6ICdjcm8nLCB2YWx1ZTogZGVtb0Nyb051bWJlcihwLmluZGV4KSB9KTtcbiAgICBpZiAocC5jdXN0b2R5Lmxlbmd0aCA+IDApIHAuaWRlbnRpZmllcnMucHVzaCh7IGtpbmQ6ICdwcmlzb24nLCB2YWx1ZTogZGVtb1ByaXNvbk51bWJlcihwLmluZGV4KSB9KTtcbiAgICBpZiAocC5zdXBlcnZpc2lvbi5zb21lKChzKSA9PiBzLnN0YXR1dG9yeSkgJiYgcm5nLmNoYW5jZSgwLjk1KSkgcC5pZGVudGlmaWVycy5wdXNoKHsga2luZDogJ3Byb2JhdGlvbl9jcm4nLCB2YWx1ZTogZGVtb1Byb2JhdGlvbkNybihwLmluZGV4KSB9KTtcbiAgICBpZiAocC5hc3Nlc3NtZW50cy5zb21lKChhKSA9PiBhLmF0dGVuZGVkKSkgcC5pZGVudGlmaWVycy5wdXNoKHsga2luZDogJ2RydWdfc2VydmljZScsIHZhbHVlOiBgRFMtJHtTdHJpbmcocC5pbmRleCArIDEpLnBhZFN0YXJ0KDcsICcwJyl9YCB9KTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gbWVtYmVyc2hpcHNcbiAgcHJpdmF0ZSBtZW1iZXJzaGlwcygpOiB2b2lkIHtcbiAgICBjb25zdCB7IHAsIHBsYW4gfSA9IHRoaXM7XG4gICAgaWYgKHAueiA+PSBwbGFuLnpQcG8pIHRoaXMucHBvU3RpbnRzKCk7XG4gICAgaWYgKHAueiA+PSBwbGFuLnpJb20pIHRoaXMuaW9tU3RpbnRzKCk7XG4gICAgdGhpcy5yZXNvbHZlSW9tVW5kZXJQcG8oKTtcbiAgICBmb3IgKGNvbnN0IHMgb2YgcC5zdXBlcnZpc2lvbikge1xuICAgICAgaWYgKHMua2luZCAhPT0gJ2RycicgfHwgcy5zdGFydCA8IEQuZHJyRnJvbSkgY29udGludWU7XG4gICAgICBwLm1lbWJlcnNoaXBzLnB1c2goe1xuICAgICAgICBzY2hlbWU6ICdEUlInLFxuICAgICAgICB0aWVyOiBudWxsLFxuICAgICAgICBzdHJhbmQ6IG51bGwsXG4gICAgICAgIHN0YXJ0OiBzLnN0YXJ0LFxuICAgICAgICBlbmQ6IHMuZW5kLFxuICAgICAgICBzZWxlY3Rpb25SZWFzb246ICdEcnVnIFJlaGFiaWxpdGF0aW9uIFJlcXVpcmVtZW50IG1hZGUgYnkgdGhlIGNvdXJ0JyxcbiAgICAgICAgZW5kUmVhc29uOiBzLmVuZCA9PT0gbnVsbCA/IG51bGwgOiAnb3RoZXInLFxuICAgICAgICBlbmRSZWFzb25SYXc6IHMuZW5kID09PSBudWxsID8gbnVsbCA6IHMucmV2b2tlZCA/ICdEUlIgcmV2b2tlZCcgOiAnRFJSIGNvbXBsZXRlZCcsXG4gICAgICAgIGV4aXRQbGFuOiBzLmVuZCA9PT0gbnVsbCA/IG51bGwgOiBzLnJldm9rZWQgPyAnUmUtc2VudGVuY2VkOyB0aGUgZHJ1ZyBzZXJ2aWNlIHJlLWVuZ2FnZXMgb24gcmVsZWFzZSBvciB0aGUgbmV3IG9yZGVyJyA6ICdDb250aW51aW5nIHZvbHVudGFyeSB0cmVhdG1lbnQgd2l0aCB0aGUgZHJ1ZyBzZXJ2aWNlJyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBwLm1lbWJlcnNoaXBzLnNvcnQoKGEsIGIpID0+IGEuc3RhcnQgLSBiLnN0YXJ0IHx8IGEuc2NoZW1lLmxvY2FsZUNvbXBhcmUoYi5zY2hlbWUpKTtcbiAgfVxuXG4gIC8qKiBPdXRjb21lIGRheXMgYW5kIHJlbGVhc2VzIGZyb20gY3VzdG9keSAoYmVmb3JlIHRoZSBleHRyYWN0KSwgYXMgc2VsZWN0aW9uIG9jY2FzaW9ucywgaW4gb3JkZXIuICovXG4gIHByaXZhdGUgb2NjYXNpb25zKCk6IG51bWJlcltdIHtcbiAgICBjb25zdCBvdXQ6IG51bWJlcltdID0gW107XG4gICAgZm9yIChjb25zdCBvIG9mIHRoaXMucC5vdXRjb21lcykgaWYgKG8ub3V0Y29tZURhdGUgPCBELmV4dHJhY3QgLSAxNCkgb3V0LnB1c2goby5vdXRjb21lRGF0ZSk7XG4gICAgZm9yIChjb25zdCBjIG9mIHRoaXMucC5jdXN0b2R5KSBpZiAoYy5yZWxlYXNlICE9PSBudWxsICYmIGMucmVsZWFzZSA8IEQuZXh0cmFjdCAtIDE0KSBvdXQucHVzaChjLnJlbGVhc2UpO1xuICAgIHJldHVybiBvdXQuc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICB9XG5cbiAgLyoqIFRoZSBmaXJzdCBvY2Nhc2lvbiBvbiBvciBhZnRlciBhIGRheSBkcmF3biB1bmlmb3JtbHkgZnJvbSBbZnJvbSwgZXh0cmFjdCksIG9yIG51bGwuICovXG4gIHByaXZhdGUgc2VsZWN0aW9uRGF5KGZyb206IG51bWJlcik6IG51bWJlciB8IG51bGwge1xuICAgIGNvbnN0IHUgPSBmcm9tICsgdGhpcy5ybmcuaW50KDAsIEQuZXh0cmFjdCAtIGZyb20gLSAxKTtcbiAgICBjb25zdCBvbiA9IHRoaXMub2NjYXNpb25zKCkuZmluZCgoZCkgPT4gZCA+PSB1KTtcbiAgICByZXR1cm4gb24gPT09IHVuZGVmaW5lZCA/IG51bGwgOiBNYXRoLm1pbihELmV4dHJhY3QsIE1hdGgubWF4KGZyb20sIG9uICsgdGhpcy5ybmcuaW50KDcsIDQyKSkpO1xuICB9XG5cbiAgcHJpdmF0ZSBwcG9TdGludHMoKTogdm9pZCB7XG4gICAgY29uc3QgeyBybmcgfSA9IHRoaXM7XG4gICAgbGV0IGZyb20gPSBELnBwb0Zyb207XG4gICAgZm9yIChsZXQgbiA9IDA7IG4gPCAzICYmIGZyb20gPCBELmV4dHJhY3Q7IG4rKykge1xuICAgICAgY29uc3Qgc3RhcnQgPSB0aGlzLnNlbGVjdGlvbkRheShmcm9tKTtcbiAgICAgIGlmIChzdGFydCA9PT0gbnVsbCkgcmV0dXJuO1xuICAgICAgY29uc3QgY3VzdG9keSA9IHRoaXMuaW5DdXN0b2R5T24oc3RhcnQpO1xuICAgICAgY29uc3Qgc3RyYW5kID0gdGhpcy5pc1lvdXRoKHN0YXJ0KSA/ICdQRCcgOiBjdXN0b2R5ID8gJ1JSJyA6ICdDQyc7XG4gICAgICBjb25zdCBzdGludCA9IHRoaXMuY2xvc2VTdGludCgnUFBPJywgJ1BQTycsIHN0cmFuZCwgc3RhcnQsIHN0YXJ0ICsgTWF0aC5tYXgoOTAsIHllYXJzKHJuZy5leHBvbmVudGlhbChNT0RFTC5wcG9NZWFuWWVhcnMpKSksXG4gICAgICAgICdTZWxlY3RlZCBhdCB0aGUgcmV2aWV3IHBhbmVsOiBzZWxlY3Rpb24gbWF0cml4IHNjb3JlIGFib3ZlIHRoZSBsb3dlc3QgY3VycmVudCBtZW1iZXI7IGFnZW5jaWVzIGFncmVlZCcpO1xuICAgICAgaWYgKCFzdGludCB8fCBzdGludC5lbmQgPT09IG51bGwpIHJldHVybjtcbiAgICAgIGlmIChzdGludC5lbmRSZWFzb24gIT09ICdkZWNlYXNlZCcgJiYgc3RpbnQuZW5kUmVhc29uICE9PSAnbW92ZWRfYXJlYScgJiYgc3RpbnQuZW5kUmVhc29uICE9PSAnc2lnbmlmaWNhbnRfY3VzdG9keScgJiYgc3RpbnQuZW5kID49IEQuaW9tRnJvbSkge1xuICAgICAgICAvLyBJT00gaXMgdGhlIGN1c2hpb24gZm9yIHRob3NlIGxlYXZpbmcgUFBPIHdobyBzdGlsbCBuZWVkIHN1cHBvcnQuXG4gICAgICAgIGNvbnN0IHRpZXIgPSBzdGludC5lbmRSZWFzb24gPT09ICdzdG9wcGVkX29mZmVuZGluZycgPyAnbW9uaXRvcicgOiAnbWVkaXVtJztcbiAgICAgICAgdGhpcy5jbG9zZVN0aW50KCdJT00nLCB0aWVyLCBudWxsLCBzdGludC5lbmQsIHN0aW50LmVuZCArIE1hdGgubWF4KDYwLCB5ZWFycyhybmcuZXhwb25lbnRpYWwoTU9ERUwuaW9tTWVhblllYXJzKSkpLCAnU3RlcHBlZCBkb3duIGZyb20gUFBPIGF0IHRoZSByZXZpZXcgcGFuZWwnKTtcbiAgICAgIH1cbiAgICAgIGlmIChzdGludC5lbmRSZWFzb24gPT09ICdkZWNlYXNlZCcgfHwgc3RpbnQuZW5kUmVhc29uID09PSAnbW92ZWRfYXJlYScgfHwgIXJuZy5jaGFuY2UoMC4zNSkpIHJldHVybjtcbiAgICAgIGZyb20gPSBzdGludC5lbmQgKyB5ZWFycygwLjUgKyBybmcuZXhwb25lbnRpYWwoMSkpO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgaW9tU3RpbnRzKCk6IHZvaWQge1xuICAgIGNvbnN0IHsgcm5nLCBwLCBwbGFuIH0gPSB0aGlzO1xuICAgIGNvbnN0IHN0YXJ0ID0gdGhpcy5zZWxlY3Rpb25EYXkoRC5pb21Gcm9tIC0gMTgwKTtcbiAgICBpZiAoc3RhcnQgPT09IG51bGwpIHJldHVybjtcbiAgICBjb25zdCB0aWVyID0gcC56ID49IHBsYW4ueklvbUhpZ2ggPyAnaGlnaCcgOiBwLnogPj0gcGxhbi56SW9tTWVkaXVtID8gJ21lZGl1bScgOiAnbW9uaXRvcic7XG4gICAgdGhpcy5jbG9zZVN0aW50KCdJT00nLCB0aWVyLCBudWxsLCBNYXRoLm1heChELmlvbUZyb20sIHN0YXJ0KSwgTWF0aC5tYXgoRC5pb21Gcm9tLCBzdGFydCkgKyBNYXRoLm1heCg2MCwgeWVhcnMocm5nLmV4cG9uZW50aWFsKE1PREVMLmlvbU1lYW5ZZWFycykpKSxcbiAgICAgICdTZWxlY3RlZCBhdCB0aGUgcmV2aWV3IHBhbmVsIGZyb20gdGhlIHBvb2wgYnkgdGhlIHNlbGVjdGlvbiBtYXRyaXgnKTtcbiAgfVxuXG4gIC8qKiBBIFBQTyBzdGludCBjaG9zZW4gYWZ0ZXIgYW4gSU9NIGN1c2hpb24gYmVnYW4gZW5kcyB0aGF0IElPTSBzdGludDogUFBPIGNvbWVzIGZpcnN0LiAqL1xuICBwcml2YXRlIHJlc29sdmVJb21VbmRlclBwbygpOiB2b2lkIHtcbiAgICBjb25zdCB7IHAgfSA9IHRoaXM7XG4gICAgY29uc3QgcHBvID0gcC5tZW1iZXJzaGlwcy5maWx0ZXIoKG0pID0+IG0uc2NoZW1lID09PSAnUFBPJyk7XG4gICAgcC5tZW1iZXJzaGlwcyA9IHAubWVtYmVyc2hpcHMuZmlsdGVyKChtKSA9PiB7XG4gICAgICBpZiAobS5zY2hlbWUgIT09ICdJT00nKSByZXR1cm4gdHJ1ZTtcbiAgICAgIGZvciAoY29uc3QgcyBvZiBwcG8pIHtcbiAgICAgICAgaWYgKHMuc3RhcnQgPD0gbS5zdGFydCAmJiBtLnN0YXJ0IDwgKHMuZW5kID8/IEluZmluaXR5KSkgcmV0dXJuIGZhbHNlO1xuICAgICAgICBpZiAobS5zdGFydCA8IHMuc3RhcnQgJiYgcy5zdGFydCA8IChtLmVuZCA/PyBJbmZpbml0eSkpIHtcbiAgICAgICAgICBtLmVuZCA9IHMuc3RhcnQ7XG4gICAgICAgICAgbS5lbmRSZWFzb24gPSAnb3RoZXInO1xuICAgICAgICAgIG0uZW5kUmVhc29uUmF3ID0gJ1NlbGVjdGVkIGZvciBQUE8nO1xuICAgICAgICAgIG0uZXhpdFBsYW4gPSAnTW92ZWQgdXAgdG8gdGhlIFBQTyBzY2hlbWUnO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBBZGRzIGEgc3RpbnQgb24gYSBzY2hlbWUgdGhhdCB3b3VsZCBydW4gZnJvbSBzdGFydCB0byBwbGFubmVkRW5kLCBhbmRcbiAgICogZGVjaWRlcyB3aHkgYW5kIHdoZW4gaXQgZW5kcy4gTmV2ZXIgb3ZlcmxhcHMgdGhlIHBlcnNvbidzIG90aGVyIHN0aW50cyBvblxuICAgKiB0aGUgc2FtZSBzY2hlbWUsIG5vciAoZm9yIElPTSkgYSBQUE8gc3RpbnQ6IFBQTyBjb21lcyBmaXJzdC5cbiAgICovXG4gIHByaXZhdGUgY2xvc2VTdGludChzY2hlbWU6IERlbW9TY2hlbWVDb2RlLCB0aWVyOiBzdHJpbmcgfCBudWxsLCBzdHJhbmQ6IHN0cmluZyB8IG51bGwsIHN0YXJ0OiBudW1iZXIsIHBsYW5uZWRFbmQ6IG51bWJlciwgc2VsZWN0aW9uUmVhc29uOiBzdHJpbmcpOiBEZW1vTWVtYmVyc2hpcCB8IG51bGwge1xuICAgIGNvbnN0IHsgcCB9ID0gdGhpcztcbiAgICBsZXQgZW5kOiBudW1iZXIgfCBudWxsID0gcGxhbm5lZEVuZDtcbiAgICBsZXQgZW5kUmVhc29uOiBFbmRSZWFzb24gfCBudWxsID0gbnVsbDtcbiAgICBsZXQgZW5kUmVhc29uUmF3OiBzdHJpbmcgfCBudWxsID0gbnVsbDtcbiAgICBsZXQgZXhpdFBsYW46IHN0cmluZyB8IG51bGwgPSBudWxsO1xuICAgIGNvbnN0IHNhbWUgPSBwLm1lbWJlcnNoaXBzLmZpbHRlcigobSkgPT4gbS5zY2hlbWUgPT09IHNjaGVtZSB8fCAoc2NoZW1lID09PSAnSU9NJyAmJiBtLnNjaGVtZSA9PT0gJ1BQTycpKTtcbiAgICBjb25zdCBibG9ja2VkID0gKGE6IG51bWJlciwgYjogbnVtYmVyIHwgbnVsbCkgPT4gc2FtZS5zb21lKChtKSA9PiBtLnN0YXJ0IDwgKGIgPz8gSW5maW5pdHkpICYmIGEgPCAobS5lbmQgPz8gSW5maW5pdHkpKTtcbiAgICBjb25zdCBtOiBEZW1vTWVtYmVyc2hpcCA9IHsgc2NoZW1lLCB0aWVyLCBzdHJhbmQsIHN0YXJ0LCBlbmQ6IG51bGwsIHNlbGVjdGlvblJlYXNvbiwgZW5kUmVhc29uOiBudWxsLCBlbmRSZWFzb25SYXc6IG51bGwsIGV4aXRQbGFuOiBudWxsIH07XG4gICAgaWYgKHN0YXJ0ID4gRC5leHRyYWN0IHx8IGJsb2NrZWQoc3RhcnQsIHN0YXJ0ICsgMSkpIHJldHVybiBudWxsO1xuICAgIC8vIEEgbGF0ZXIgc3RpbnQgb2YgUFBPIChvciBhIHN0aW50IGFscmVhZHkgdGhlcmUpIGN1dHMgdGhpcyBvbmUgc2hvcnQuXG4gICAgY29uc3QgbmV4dCA9IHNhbWUuZmlsdGVyKChzKSA9PiBzLnN0YXJ0ID4gc3RhcnQpLnNvcnQoKGEsIGIpID0+IGEuc3RhcnQgLSBiLnN0YXJ0KVswXTtcbiAgICBjb25zdCBkZWF0aCA9IHAuZGF0ZU9mRGVhdGg7XG4gICAgY29uc3QgbW92ZSA9IHAuYWRkcmVzc2VzLmZpbmQoKGEpID0+IGEuZnJvbSA+IHN0YXJ0ICYmIGEuZnJvbSA8IHBsYW5uZWRFbmQgJiYgIURFTU9fQVJFQVMuc29tZSgoZCkgPT4gZC5jb2RlID09PSBhLmFyZWFDb2RlKSk7XG4gICAgaWYgKGRlYXRoICE9PSBudWxsICYmIGRlYXRoIDwgcGxhbm5lZEVuZCAmJiAoIW1vdmUgfHwgZGVhdGggPD0gbW92ZS5mcm9tKSkge1xuICAgICAgZW5kID0gZGVhdGg7XG4gICAgICBlbmRSZWFzb24gPSAnZGVjZWFzZWQnO1xuICAgICAgZW5kUmVhc29uUmF3ID0gJ0RlY2Vhc2VkJztcbiAgICAgIGV4aXRQbGFuID0gJ05vbmU6IGxlZnQgdGhlIHNjaGVtZSBvbiBkZWF0aCc7XG4gICAgfSBlbHNlIGlmIChtb3ZlKSB7XG4gICAgICBlbmQgPSBtb3ZlLmZyb207XG4gICAgICBlbmRSZWFzb24gPSAnbW92ZWRfYXJlYSc7XG4gICAgICBlbmRSZWFzb25SYXcgPSBgTW92ZWQgb3V0IG9mIHRoZSBwYXJ0bmVyc2hpcCdzIGFyZWFzICgke21vdmUuYXJlYUNvZGV9KWA7XG4gICAgICBleGl0UGxhbiA9IGBUcmFuc2ZlciBub3RpY2Ugc2VudCB0byB0aGUgcGFydG5lcnNoaXAgY292ZXJpbmcgJHttb3ZlLmFyZWFDb2RlfWA7XG4gICAgfVxuICAgIGlmIChuZXh0ICYmIChlbmQgPT09IG51bGwgfHwgbmV4dC5zdGFydCA8IGVuZCkpIHtcbiAgICAgIGVuZCA9IG5leHQuc3RhcnQ7XG4gICAgICBlbmRSZWFzb24gPSAnb3RoZXInO1xuICAgICAgZW5kUmVhc29uUmF3ID0gbmV4dC5zY2hlbWUgPT09ICdQUE8nID8gJ1NlbGVjdGVkIGZvciBQUE8nIDogJ1JlLXNlbGVjdGVkJztcbiAgICAgIGV4aXRQbGFuID0gbmV4dC5zY2hlbWUgPT09ICdQUE8nID8gJ01vdmVkIHVwIHRvIHRoZSBQUE8gc2NoZW1lJyA6ICdDb250aW51ZXMgb24gdGhlIHNjaGVtZSBpbiBhIG5ldyBzdGludCc7XG4gICAgfVxuICAgIGlmIChlbmRSZWFzb24gPT09IG51bGwpIHtcbiAgICAgIGlmIChwbGFubmVkRW5kID4gRC5leHRyYWN0KSBlbmQgPSBudWxsO1xuICAgICAgZWxzZSB7XG4gICAgICAgIGNvbnN0IGN1c3RvZHkgPSB0aGlzLmluQ3VzdG9keU9uKHBsYW5uZWRFbmQpO1xuICAgICAgICBjb25zdCByZWNlbnQgPSAobzogeyBvZmZlbmNlRGF0ZTogbnVtYmVyIH0pID0+IG8ub2ZmZW5jZURhdGUgPj0gcGxhbm5lZEVuZCAtIDE4MyAmJiBvLm9mZmVuY2VEYXRlIDwgcGxhbm5lZEVuZDtcbiAgICAgICAgY29uc3QgYXJyZXN0cyA9IHAuYXJyZXN0cy5zb21lKChhKSA9PiBhLmRhdGUgPj0gcGxhbm5lZEVuZCAtIDE4MyAmJiBhLmRhdGUgPCBwbGFubmVkRW5kKTtcbiAgICAgICAgaWYgKGN1c3RvZHkgJiYgY3VzdG9keS5leHBlY3RlZFJlbGVhc2UgIT09IG51bGwgJiYgY3VzdG9keS5leHBlY3RlZFJlbGVhc2UgLSBwbGFubmVkRW5kID4gNzMwKSB7XG4gICAgICAgICAgZW5kUmVhc29uID0gJ3NpZ25pZmljYW50X2N1c3RvZHknO1xuICAgICAgICAgIGVuZFJlYXNvblJhdyA9ICdJbiBjdXN0b2R5IGFuZCBsaWtlbHkgdG8gc3RheSB0aGVyZSBtb3JlIHRoYW4gdHdvIHllYXJzIChyaXNrIGFzc2Vzc21lbnQgcmVjb3JkZWQpJztcbiAgICAgICAgICBleGl0UGxhbiA9ICdSZS1zZWxlY3Rpb24gcmV2aWV3IHRocmVlIG1vbnRocyBiZWZvcmUgdGhlIGV4cGVjdGVkIHJlbGVhc2UnO1xuICAgICAgICB9IGVsc2UgaWYgKCFjdXN0b2R5ICYmICFhcnJlc3RzICYmICFwLm91dGNvbWVzLnNvbWUocmVjZW50KSAmJiAhcC5pbnRlbGxpZ2VuY2Uuc29tZSgoaSkgPT4gaS5kYXRlID49IHBsYW5uZWRFbmQgLSAxODMgJiYgaS5kYXRlIDwgcGxhbm5lZEVuZCkpIHtcbiAgICAgICAgICBlbmRSZWFzb24gPSAnc3RvcHBlZF9vZmZlbmRpbmcnO1xuICAgICAgICAgIGVuZFJlYXNvblJhdyA9ICdObyBhcnJlc3Qgb3IgaW50ZWxsaWdlbmNlIGZvciBzaXggbW9udGhzJztcbiAgICAgICAgICBleGl0UGxhbiA9IHBsYW5uZWRFbmQgPj0gRC5pb21Gcm9tICYmIHNjaGVtZSA9PT0gJ1BQTycgPyAnU3RlcHBlZCBkb3duIHRvIHRoZSBJT00gbW9uaXRvciB0aWVyJyA6ICdPbmdvaW5nIHZvbHVudGFyeSBzdXBwb3J0IGZyb20gdGhlIGRydWcgc2VydmljZSBhbmQgaG91c2luZyc7XG4gICAgICAgIH0gZWxzZSBpZiAocGxhbm5lZEVuZCAtIHN0YXJ0ID49IDczMCkge1xuICAgICAgICAgIGVuZFJlYXNvbiA9ICd0d29feWVhcnNfb25fc2NoZW1lJztcbiAgICAgICAgICBlbmRSZWFzb25SYXcgPSAnVHdvIHllYXJzIG9uIHRoZSBzY2hlbWU6IG1hbmRhdG9yeSByZXZpZXcnO1xuICAgICAgICAgIGV4aXRQbGFuID0gcGxhbm5lZEVuZCA+PSBELmlvbUZyb20gJiYgc2NoZW1lID09PSAnUFBPJyA/ICdTdGVwcGVkIGRvd24gdG8gdGhlIElPTSBtZWRpdW0gdGllcicgOiAnT2ZmZW5kZXIgbWFuYWdlciBjb250aW51ZXMgdW5kZXIgc3RhdHV0b3J5IHN1cGVydmlzaW9uJztcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBlbmRSZWFzb24gPSAncmVndWxhcl9yZXZpZXcnO1xuICAgICAgICAgIGVuZFJlYXNvblJhdyA9ICdRdWFydGVybHkgcmV2aWV3OiBzY29yZWQgYmVsb3cgb3RoZXJzIGluIHRoZSBwb29sJztcbiAgICAgICAgICBleGl0UGxhbiA9IHBsYW5uZWRFbmQgPj0gRC5pb21Gcm9tICYmIHNjaGVtZSA9PT0gJ1BQTycgPyAnU3RlcHBlZCBkb3duIHRvIHRoZSBJT00gbWVkaXVtIHRpZXInIDogJ09mZmVuZGVyIG1hbmFnZXIgY29udGludWVzIHVuZGVyIHN0YXR1dG9yeSBzdXBlcnZpc2lvbic7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKGVuZCAhPT0gbnVsbCAmJiBlbmQgPD0gc3RhcnQpIHJldHVybiBudWxsO1xuICAgIGNvbnN0IG1lbWJlcnNoaXA6IERlbW9NZW1iZXJzaGlwID0geyAuLi5tLCBlbmQsIGVuZFJlYXNvbiwgZW5kUmVhc29uUmF3LCBleGl0UGxhbiB9O1xuICAgIHAubWVtYmVyc2hpcHMucHVzaChtZW1iZXJzaGlwKTtcbiAgICByZXR1cm4gbWVtYmVyc2hpcDtcbiAgfVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBYUEsU0FBUyxLQUFLLFNBQVMsc0JBQXNCO0FBQzdDLFNBQVMsV0FBVyxxQkFBcUI7QUFVbEMsTUFBTSxhQUFhO0FBQUE7QUFBQSxFQUV4QixhQUFhO0FBQUE7QUFBQSxFQUViLFlBQVk7QUFBQTtBQUFBLEVBRVosZUFBZTtBQUFBO0FBQUEsRUFFZixpQkFBaUI7QUFBQTtBQUFBLEVBRWpCLFNBQVM7QUFBQTtBQUFBLEVBRVQsU0FBUztBQUFBO0FBQUEsRUFFVCxTQUFTO0FBQUE7QUFBQSxFQUVULGFBQWE7QUFDZjtBQUVBLE1BQU0sSUFBSTtBQUFBLEVBQ1IsYUFBYSxVQUFVLFdBQVcsV0FBVztBQUFBLEVBQzdDLFlBQVksVUFBVSxXQUFXLFVBQVU7QUFBQSxFQUMzQyxlQUFlLFVBQVUsV0FBVyxhQUFhO0FBQUEsRUFDakQsaUJBQWlCLFVBQVUsV0FBVyxlQUFlO0FBQUEsRUFDckQsU0FBUyxVQUFVLFdBQVcsT0FBTztBQUFBLEVBQ3JDLFNBQVMsVUFBVSxXQUFXLE9BQU87QUFBQSxFQUNyQyxTQUFTLFVBQVUsV0FBVyxPQUFPO0FBQUEsRUFDckMsU0FBUyxVQUFVLFdBQVcsV0FBVztBQUFBLEVBQ3pDLGNBQWMsVUFBVSxZQUFZO0FBQ3RDO0FBRUEsTUFBTSxnQkFBZ0IsRUFBRSxVQUFVO0FBRzNCLE1BQU0sYUFBYTtBQUFBLEVBQ3hCLEVBQUUsTUFBTSxhQUFhLE1BQU0seUJBQXlCLGdCQUFnQixNQUFNO0FBQUEsRUFDMUUsRUFBRSxNQUFNLGFBQWEsTUFBTSx5QkFBeUIsZ0JBQWdCLE1BQU07QUFDNUU7QUFFTyxNQUFNLHFCQUFxQixDQUFDLGFBQWEsYUFBYSxXQUFXO0FBQ3hFLE1BQU0sMEJBQTBCO0FBRXpCLE1BQU0sMEJBQTBCO0FBRXZDLE1BQU0sU0FBUyxDQUFDLDRDQUE0QywwQ0FBMEM7QUFDdEcsTUFBTSxjQUFjO0FBQ3BCLE1BQU0sVUFBVSxDQUFDLCtCQUErQiw0QkFBNEI7QUFDNUUsTUFBTSw2QkFBNkI7QUFzQjVCLE1BQU0sZ0JBQXdDO0FBQUEsRUFDbkQsRUFBRSxNQUFNLFNBQVMsYUFBYSwwQkFBMEIsU0FBUyxNQUFNLGdCQUFnQixHQUFHLGFBQWEsR0FBRyxjQUFjLE1BQU0sZ0JBQWdCLElBQUk7QUFBQSxFQUNsSixFQUFFLE1BQU0sU0FBUyxhQUFhLHFDQUFxQyxTQUFTLE1BQU0sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsTUFBTSxnQkFBZ0IsSUFBSTtBQUFBLEVBQzdKLEVBQUUsTUFBTSxTQUFTLGFBQWEsV0FBVyxTQUFTLE1BQU0sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsTUFBTSxnQkFBZ0IsSUFBSTtBQUFBLEVBQ25JLEVBQUUsTUFBTSxTQUFTLGFBQWEseUJBQXlCLFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxhQUFhLEdBQUcsY0FBYyxNQUFNLGdCQUFnQixJQUFJO0FBQUEsRUFDakosRUFBRSxNQUFNLFNBQVMsYUFBYSx3QkFBd0IsU0FBUyxNQUFNLGdCQUFnQixHQUFHLGFBQWEsR0FBRyxjQUFjLE1BQU0sZ0JBQWdCLEdBQUc7QUFBQSxFQUMvSSxFQUFFLE1BQU0sU0FBUyxhQUFhLG1EQUFtRCxTQUFTLE1BQU0sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsTUFBTSxnQkFBZ0IsSUFBSTtBQUFBLEVBQzNLLEVBQUUsTUFBTSxTQUFTLGFBQWEsNkJBQTZCLFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxhQUFhLEdBQUcsY0FBYyxLQUFLLGdCQUFnQixJQUFJO0FBQUEsRUFDcEosRUFBRSxNQUFNLFNBQVMsYUFBYSxxQ0FBcUMsU0FBUyxNQUFNLGdCQUFnQixHQUFHLGFBQWEsR0FBRyxjQUFjLEdBQUcsZ0JBQWdCLEdBQUc7QUFBQSxFQUN6SixFQUFFLE1BQU0sU0FBUyxhQUFhLG1DQUFtQyxTQUFTLE1BQU0sZ0JBQWdCLElBQUksYUFBYSxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsR0FBRztBQUFBLEVBQ3hKLEVBQUUsTUFBTSxTQUFTLGFBQWEsZUFBZSxTQUFTLE1BQU0sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsR0FBRztBQUFBLEVBQ25JLEVBQUUsTUFBTSxTQUFTLGFBQWEseUJBQXlCLFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxhQUFhLEdBQUcsY0FBYyxHQUFHLGdCQUFnQixHQUFHO0FBQUEsRUFDN0ksRUFBRSxNQUFNLFNBQVMsYUFBYSw4QkFBOEIsU0FBUyxPQUFPLGdCQUFnQixHQUFHLGFBQWEsSUFBSSxjQUFjLEdBQUcsZ0JBQWdCLEdBQUc7QUFBQSxFQUNwSixFQUFFLE1BQU0sU0FBUyxhQUFhLDBDQUEwQyxTQUFTLE9BQU8sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsS0FBSyxnQkFBZ0IsSUFBSTtBQUFBLEVBQ2xLLEVBQUUsTUFBTSxTQUFTLGFBQWEsK0NBQStDLFNBQVMsT0FBTyxnQkFBZ0IsS0FBSyxhQUFhLEdBQUcsY0FBYyxLQUFLLGdCQUFnQixJQUFJO0FBQUEsRUFDekssRUFBRSxNQUFNLFNBQVMsYUFBYSxtQkFBbUIsU0FBUyxPQUFPLGdCQUFnQixHQUFHLGFBQWEsSUFBSSxjQUFjLEdBQUcsZ0JBQWdCLEdBQUc7QUFBQSxFQUN6SSxFQUFFLE1BQU0sU0FBUyxhQUFhLCtEQUErRCxTQUFTLE9BQU8sZ0JBQWdCLEdBQUcsYUFBYSxJQUFJLGNBQWMsR0FBRyxnQkFBZ0IsR0FBRztBQUFBLEVBQ3JMLEVBQUUsTUFBTSxTQUFTLGFBQWEseUNBQXlDLFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxhQUFhLEtBQUssY0FBYyxHQUFHLGdCQUFnQixHQUFHO0FBQUEsRUFDL0osRUFBRSxNQUFNLFNBQVMsYUFBYSwwQ0FBMEMsU0FBUyxNQUFNLGdCQUFnQixHQUFHLGFBQWEsR0FBRyxjQUFjLEdBQUcsZ0JBQWdCLEdBQUc7QUFBQSxFQUM5SixFQUFFLE1BQU0sU0FBUyxhQUFhLDJDQUEyQyxTQUFTLE9BQU8sZ0JBQWdCLEdBQUcsYUFBYSxHQUFHLGNBQWMsR0FBRyxnQkFBZ0IsR0FBRztBQUFBLEVBQ2hLLEVBQUUsTUFBTSxTQUFTLGFBQWEsNERBQTRELFNBQVMsTUFBTSxnQkFBZ0IsR0FBRyxhQUFhLEtBQUssY0FBYyxLQUFLLGdCQUFnQixJQUFJO0FBQUEsRUFDckwsRUFBRSxNQUFNLFNBQVMsYUFBYSw0QkFBNEIsU0FBUyxPQUFPLGdCQUFnQixHQUFHLGFBQWEsR0FBRyxjQUFjLEdBQUcsZ0JBQWdCLEdBQUc7QUFDbko7QUFDQSxNQUFNLG9CQUFvQixjQUFjLElBQUksQ0FBQyxNQUFNLEVBQUUsY0FBYztBQUNuRSxNQUFNLGdCQUFnQixjQUFjLElBQUksQ0FBQyxNQUFNLEVBQUUsV0FBVztBQUlyRCxNQUFNLGVBQWU7QUFBQSxFQUMxQjtBQUFBLEVBQWU7QUFBQSxFQUFZO0FBQUEsRUFBYztBQUFBLEVBQVk7QUFBQSxFQUFjO0FBQUEsRUFBYTtBQUFBLEVBQVk7QUFBQSxFQUM1RjtBQUFBLEVBQWE7QUFBQSxFQUFhO0FBQUEsRUFBYztBQUFBLEVBQWE7QUFBQSxFQUFjO0FBQUEsRUFBVztBQUFBLEVBQWE7QUFBQSxFQUMzRjtBQUFBLEVBQVk7QUFBQSxFQUFhO0FBQUEsRUFBYTtBQUFBLEVBQWM7QUFBQSxFQUFhO0FBQUEsRUFBWTtBQUFBLEVBQWM7QUFDN0Y7QUFDQSxNQUFNLGFBQWEsQ0FBQyxRQUFRLE9BQU8sVUFBVSxRQUFRLFNBQVMsUUFBUSxTQUFTLFVBQVUsT0FBTyxRQUFRLFFBQVEsVUFBVSxRQUFRLFNBQVMsU0FBUyxPQUFPO0FBQzNKLE1BQU0sZUFBZSxDQUFDLE9BQU8sU0FBUyxZQUFZLFFBQVEsU0FBUyxTQUFTLFVBQVUsVUFBVSxRQUFRLFVBQVUsU0FBUyxRQUFRO0FBQ25JLE1BQU0sa0JBQWtCO0FBTWpCLE1BQU0sbUJBQTJEO0FBQUEsRUFDdEUsQ0FBQyxNQUFNLElBQUk7QUFBQSxFQUFHLENBQUMsTUFBTSxJQUFJO0FBQUEsRUFBRyxDQUFDLE1BQU0sSUFBSTtBQUFBLEVBQUcsQ0FBQyxNQUFNLElBQUk7QUFBQSxFQUNyRCxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQUcsQ0FBQyxNQUFNLElBQUs7QUFBQSxFQUFHLENBQUMsTUFBTSxJQUFLO0FBQUEsRUFBRyxDQUFDLE1BQU0sSUFBSztBQUFBLEVBQ3pELENBQUMsTUFBTSxLQUFLO0FBQUEsRUFBRyxDQUFDLE1BQU0sS0FBSztBQUFBLEVBQUcsQ0FBQyxNQUFNLElBQUs7QUFBQSxFQUFHLENBQUMsTUFBTSxJQUFLO0FBQUEsRUFBRyxDQUFDLE1BQU0sSUFBSztBQUFBLEVBQ3hFLENBQUMsTUFBTSxLQUFLO0FBQUEsRUFBRyxDQUFDLE1BQU0sSUFBSTtBQUFBLEVBQUcsQ0FBQyxNQUFNLElBQUs7QUFBQSxFQUN6QyxDQUFDLE1BQU0sSUFBSztBQUFBLEVBQUcsQ0FBQyxNQUFNLElBQUs7QUFBQSxFQUFHLENBQUMsTUFBTSxJQUFJO0FBQzNDO0FBQ0EsTUFBTSxvQkFBb0IsaUJBQWlCLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBRzFELE1BQU0sWUFBNEQ7QUFBQSxFQUNoRSxDQUFDLElBQUksSUFBSSxJQUFJO0FBQUEsRUFBRyxDQUFDLElBQUksSUFBSSxJQUFJO0FBQUEsRUFBRyxDQUFDLElBQUksSUFBSSxJQUFJO0FBQUEsRUFBRyxDQUFDLElBQUksSUFBSSxJQUFJO0FBQUEsRUFBRyxDQUFDLElBQUksSUFBSSxJQUFJO0FBQUEsRUFDN0UsQ0FBQyxJQUFJLElBQUksSUFBSTtBQUFBLEVBQUcsQ0FBQyxJQUFJLElBQUksSUFBSTtBQUFBLEVBQUcsQ0FBQyxJQUFJLElBQUksSUFBSTtBQUMvQztBQUNBLE1BQU0sY0FBYyxVQUFVLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBR3RDLE1BQU0sUUFBUTtBQUFBO0FBQUEsRUFFbkIsUUFBUTtBQUFBLEVBQ1IsV0FBVztBQUFBO0FBQUEsRUFFWCxlQUFlO0FBQUEsRUFDZixlQUFlO0FBQUE7QUFBQSxFQUVmLGlCQUFpQjtBQUFBLEVBQ2pCLGlCQUFpQjtBQUFBO0FBQUEsRUFFakIsYUFBYTtBQUFBLEVBQ2Isb0JBQW9CO0FBQUEsRUFDcEIsWUFBWTtBQUFBO0FBQUEsRUFFWix3QkFBd0I7QUFBQTtBQUFBLEVBRXhCLDRCQUE0QjtBQUFBO0FBQUEsRUFFNUIsV0FBVztBQUFBO0FBQUEsRUFFWCxZQUFZO0FBQUEsRUFDWixtQkFBbUI7QUFBQTtBQUFBLEVBRW5CLGtCQUFrQjtBQUFBLEVBQ2xCLHFCQUFxQjtBQUFBO0FBQUEsRUFFckIsb0JBQW9CO0FBQUEsRUFDcEIsdUJBQXVCO0FBQUE7QUFBQSxFQUV2QixjQUFjO0FBQUEsRUFDZCxjQUFjO0FBQUE7QUFBQSxFQUVkLHNCQUFzQjtBQUFBLEVBQ3RCLHNCQUFzQjtBQUFBO0FBQUEsRUFFdEIsa0JBQWtCO0FBQUE7QUFBQSxFQUVsQixhQUFhO0FBQUE7QUFBQSxFQUViLGlCQUFpQjtBQUNuQjtBQW1CTyxTQUFTLFNBQVMsUUFBZ0IsTUFBd0I7QUFDL0QsTUFBSSxDQUFDLE9BQU8sVUFBVSxNQUFNLEtBQUssU0FBUyxFQUFHLE9BQU0sSUFBSSxXQUFXLG9EQUFvRCxNQUFNLEVBQUU7QUFDOUgsUUFBTSxJQUFJLFNBQVM7QUFDbkIsUUFBTSxXQUFXO0FBQUEsSUFDZixLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxDQUFDLElBQUksS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUN6RSxLQUFLLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxNQUFNLEtBQUssSUFBSSxHQUFHLEtBQUssSUFBSSxFQUFFLElBQUksS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUM1RSxLQUFLLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3JDO0FBQ0EsUUFBTSxRQUFRLENBQUMsU0FBaUIsY0FBc0IsS0FBSyxJQUFJLEtBQU0sTUFBTSxVQUFVLFlBQWEsTUFBTTtBQUN4RyxRQUFNLE9BQU8sTUFBTSxTQUFTLEtBQUssTUFBTSxvQkFBb0I7QUFDM0QsUUFBTSxPQUFPLE1BQU0sU0FBUyxLQUFLLE1BQU0sb0JBQW9CO0FBQzNELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLE1BQU0sZUFBZSxJQUFJLElBQUk7QUFBQSxJQUM3QixNQUFNLGVBQWUsSUFBSSxJQUFJO0FBQUEsSUFDN0IsVUFBVSxlQUFlLElBQUksT0FBTyxDQUFDO0FBQUEsSUFDckMsWUFBWSxlQUFlLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDekM7QUFDRjtBQTJHQSxNQUFNLG9CQUFvQjtBQU9uQixTQUFTLFVBQVUsT0FBdUI7QUFDL0MsUUFBTSxPQUFPLE9BQVEsUUFBUTtBQUM3QixRQUFNLFNBQVMsS0FBSyxNQUFNLFFBQVEsRUFBRSxJQUFJO0FBQ3hDLE1BQUksU0FBUyxRQUFXLE9BQU0sSUFBSSxXQUFXLHdDQUF3QztBQUNyRixRQUFNLEtBQUssT0FBTztBQUNsQixRQUFNLFFBQVEsbUJBQW1CLEtBQUssTUFBYSxVQUFVLEVBQUU7QUFDL0QsU0FBTyxHQUFHLElBQUksSUFBSSxPQUFPLE1BQU0sRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDLEdBQUcsS0FBSztBQUMzRDtBQUdPLFNBQVMsY0FBYyxPQUF1QjtBQUNuRCxRQUFNLEtBQUssUUFBUTtBQUNuQixRQUFNLFNBQVMsS0FBSyxNQUFNLFFBQVEsRUFBRSxJQUFJO0FBQ3hDLFFBQU0sUUFBUSxtQkFBbUIsS0FBSyxNQUFhLFVBQVUsRUFBRTtBQUMvRCxTQUFPLEdBQUcsT0FBTyxNQUFNLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxJQUFJLE9BQU8sRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsR0FBRyxLQUFLO0FBQ2xGO0FBR08sU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsUUFBTSxVQUFVO0FBQ2hCLFFBQU0sSUFBSSxLQUFLLE1BQU0sUUFBUSxHQUFNO0FBQ25DLFNBQU8sSUFBSSxPQUFPLFFBQVEsR0FBTSxFQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsR0FBRyxRQUFRLEtBQUssTUFBTSxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUMsR0FBRyxRQUFRLElBQUksRUFBRSxDQUFDO0FBQ3pHO0FBR08sU0FBUyxpQkFBaUIsT0FBdUI7QUFDdEQsU0FBTyxJQUFJLE9BQU8sUUFBUSxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQztBQUMvQztBQUdBLE1BQU0sV0FBVyxDQUFDLE1BQWMsS0FBSyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDcEQsTUFBTSxRQUFRLENBQUMsTUFBYyxLQUFLLE1BQU0sSUFBSSxhQUFhO0FBRXpELFNBQVMsZ0JBQWdCLEtBQWtCO0FBQ3pDLFFBQU0sT0FBTyxVQUFVLElBQUksU0FBUyxXQUFXLENBQUM7QUFDaEQsUUFBTSxNQUFNLEtBQUssQ0FBQyxJQUFJLElBQUksS0FBSyxLQUFLLEtBQUssQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJO0FBQ3hELFNBQU8sRUFBRSxlQUFlLEtBQUssTUFBTSxNQUFNLGFBQWE7QUFDeEQ7QUFFQSxTQUFTLFNBQVMsS0FBVSxRQUF3QjtBQUNsRCxRQUFNLFVBQVU7QUFDaEIsU0FBTyxHQUFHLE1BQU0sSUFBSSxJQUFJLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxRQUFRLElBQUksSUFBSSxHQUFHLFFBQVEsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLFFBQVEsSUFBSSxJQUFJLEdBQUcsUUFBUSxTQUFTLENBQUMsQ0FBQyxDQUFDO0FBQ3ZIO0FBR08sU0FBUyxlQUFlLE1BQWdCLE9BQWUsWUFBWSxRQUFvQjtBQUM1RixTQUFPLElBQUksY0FBYyxNQUFNLE9BQU8sU0FBUyxFQUFFLE1BQU07QUFDekQ7QUFHTyxVQUFVLGVBQWUsTUFBZ0IsT0FBTyxHQUFHLEtBQUssS0FBSyxRQUFRLFlBQVksUUFBK0I7QUFDckgsV0FBUyxJQUFJLE1BQU0sSUFBSSxJQUFJLElBQUssT0FBTSxlQUFlLE1BQU0sR0FBRyxTQUFTO0FBQ3pFO0FBRUEsTUFBTSxjQUFjO0FBQUEsRUFVbEIsWUFDbUIsTUFDakIsT0FDQSxXQUNBO0FBSGlCO0FBSWpCLFNBQUssTUFBTSxJQUFJLElBQUksUUFBUSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzVDLFVBQU0sTUFBTSxLQUFLO0FBQ2pCLFVBQU0sT0FBTyxJQUFJLE9BQU8sSUFBSTtBQUM1QixVQUFNLFFBQVEsSUFBSSxLQUFLLE9BQU8sYUFBYSxZQUFZO0FBQ3ZELFNBQUssSUFBSTtBQUFBLE1BQ1A7QUFBQSxNQUNBLFdBQVcsR0FBRyxTQUFTLElBQUksT0FBTyxRQUFRLENBQUMsRUFBRSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQUEsTUFDN0QsWUFBWSxJQUFJLEtBQUssWUFBWTtBQUFBLE1BQ2pDLFlBQVksSUFBSSxPQUFPLEdBQUcsSUFBSSxHQUFHLEtBQUssSUFBSSxnQkFBZ0IsSUFBSSxJQUFJLEdBQUcsZ0JBQWdCLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTTtBQUFBLE1BQ3ZHLGFBQWEsZ0JBQWdCLEdBQUc7QUFBQSxNQUNoQyxLQUFLLE9BQU8sU0FBUztBQUFBLE1BQ3JCLFdBQVcsaUJBQWlCLElBQUksU0FBUyxpQkFBaUIsQ0FBQyxFQUFHLENBQUM7QUFBQSxNQUMvRCxhQUFhO0FBQUEsTUFDYixHQUFHLElBQUksT0FBTztBQUFBLE1BQ2QsVUFBVTtBQUFBLE1BQ1YsYUFBYSxDQUFDO0FBQUEsTUFDZCxXQUFXLENBQUM7QUFBQSxNQUNaLFVBQVUsQ0FBQztBQUFBLE1BQ1gsU0FBUyxDQUFDO0FBQUEsTUFDVixTQUFTLENBQUM7QUFBQSxNQUNWLGNBQWMsQ0FBQztBQUFBLE1BQ2YsV0FBVyxDQUFDO0FBQUEsTUFDWixhQUFhLENBQUM7QUFBQSxNQUNkLFVBQVUsQ0FBQztBQUFBLE1BQ1gsU0FBUyxDQUFDO0FBQUEsTUFDVixhQUFhLENBQUM7QUFBQSxNQUNkLGFBQWEsQ0FBQztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUFBLEVBaENtQjtBQUFBLEVBVkY7QUFBQSxFQUNBO0FBQUEsRUFDVCxzQkFBc0I7QUFBQSxFQUN0QixrQkFBa0I7QUFBQSxFQUNsQixvQkFBb0I7QUFBQSxFQUNwQixPQUFPO0FBQUEsRUFDUCxjQUFjO0FBQUEsRUFDZCxZQUFZO0FBQUEsRUFxQ3BCLFFBQW9CO0FBQ2xCLFVBQU0sRUFBRSxLQUFLLEVBQUUsSUFBSTtBQUVuQixTQUFLLE9BQU8sS0FBSyxJQUFJLE1BQU0sU0FBUyxNQUFNLFlBQVksRUFBRSxDQUFDLEtBQUssRUFBRSxRQUFRLFdBQVcsTUFBTTtBQUN6RixNQUFFLFdBQVcsSUFBSSxPQUFPLFNBQVMsT0FBTyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQ2xELFNBQUssT0FBTztBQUNaLFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUNkLFNBQUssVUFBVTtBQUNmLFNBQUssWUFBWTtBQUNqQixTQUFLLFlBQVk7QUFDakIsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPUSxTQUFlO0FBQ3JCLFVBQU0sRUFBRSxLQUFLLEVBQUUsSUFBSTtBQUNuQixVQUFNLFNBQVMsTUFBTSxJQUFJLFlBQVksTUFBTSxrQkFBa0IsTUFBTSxrQkFBa0IsS0FBSyxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQztBQUN0RyxVQUFNLFdBQVcsS0FBSyxJQUFJLEVBQUUsY0FBYyxNQUFNLEVBQUUsR0FBRyxFQUFFLGFBQWEsTUFBTSxNQUFNO0FBQ2hGLFVBQU0sU0FBUyxFQUFFLFVBQVU7QUFDM0IsVUFBTSxRQUFRLFlBQVksU0FBUyxTQUFTLFdBQVcsSUFBSSxJQUFJLEdBQUcsU0FBUyxRQUFRO0FBQ25GLFNBQUssY0FBYyxLQUFLLElBQUksT0FBTyxFQUFFLGFBQWEsRUFBRSxjQUFjLE1BQU0sRUFBRSxDQUFDO0FBQzNFLFNBQUssWUFBWSxLQUFLLElBQUksUUFBUSxRQUFRLEtBQUssY0FBYyxFQUFFO0FBQy9ELFFBQUksSUFBSSxPQUFPLE1BQU0sV0FBVyxHQUFHO0FBQ2pDLFFBQUUsY0FBYyxLQUFLLGNBQWMsSUFBSSxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsRUFBRSxVQUFVLEtBQUssV0FBVyxDQUFDO0FBQUEsSUFDekY7QUFBQSxFQUNGO0FBQUEsRUFFUSxZQUFvQjtBQUMxQixXQUFPLEtBQUssSUFBSSxLQUFLLFdBQVcsZUFBZSxLQUFLLEVBQUUsZUFBZSxhQUFhO0FBQUEsRUFDcEY7QUFBQSxFQUVRLFlBQWtCO0FBQ3hCLFVBQU0sRUFBRSxJQUFJLElBQUk7QUFDaEIsVUFBTSxNQUFNLEtBQUssVUFBVTtBQUMzQixVQUFNLFVBQVUsZ0JBQWdCLEtBQUs7QUFDckMsUUFBSSxJQUFJLEtBQUs7QUFDYixRQUFJLE9BQU8sRUFBRztBQUNkLFFBQUksUUFBUTtBQUNaLGVBQVM7QUFFUCxZQUFNLE1BQU0sU0FBUyxLQUFLLFNBQVMsTUFBTSxLQUFLLGlCQUFpQixJQUFJLElBQUksS0FBSyxLQUFLLE1BQU0sS0FBSyxJQUFJLFlBQVksT0FBTztBQUNuSCxjQUFRO0FBQ1IsWUFBTSxLQUFLLElBQUksS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEdBQUcsQ0FBQztBQUMxQyxVQUFJLE1BQU0sSUFBSztBQUNmLFlBQU0sU0FBUyxLQUFLLFlBQVksR0FBRyxFQUFFO0FBQ3JDLFVBQUksV0FBVyxLQUFNO0FBQ3JCLFVBQUk7QUFBQSxJQUNOO0FBQUEsRUFDRjtBQUFBLEVBRVEsY0FBMkI7QUFDakMsV0FBTyxjQUFjLEtBQUssSUFBSSxTQUFTLEtBQUssRUFBRSxXQUFXLG9CQUFvQixhQUFhLENBQUM7QUFBQSxFQUM3RjtBQUFBLEVBRVEsUUFBUSxLQUFzQjtBQUNwQyxXQUFPLE1BQU0sS0FBSyxFQUFFLGNBQWMsS0FBSztBQUFBLEVBQ3pDO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT1EsWUFBWSxhQUFxQixJQUEyQjtBQUNsRSxVQUFNLEVBQUUsS0FBSyxFQUFFLElBQUk7QUFDbkIsVUFBTSxZQUFZLEtBQUssWUFBWTtBQUNuQyxVQUFNLFFBQVEsS0FBSyxRQUFRLEVBQUU7QUFDN0IsVUFBTSxnQkFBZ0IsS0FBSyxzQkFBc0IsSUFBSyxRQUFRLE1BQU0sT0FBUSxLQUFLLG9CQUFvQixJQUFLLFFBQVEsT0FBTyxNQUFPO0FBQ2hJLFVBQU0sVUFBVSxVQUFVLGVBQWUsT0FBTyxJQUFJLE9BQU8sYUFBYTtBQUN4RSxVQUFNLFlBQVksSUFBSSxPQUFPLEdBQUcsSUFBSSxLQUFLLEtBQUssSUFBSSxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsR0FBRyxFQUFFLE9BQU87QUFDaEYsVUFBTSxhQUFhLFVBQVUsWUFBWSxJQUFJLElBQUksR0FBRyxFQUFFLElBQUksWUFBWSxLQUFLLElBQUksS0FBSyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sSUFBSSxVQUFVLEtBQUssSUFBSSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQztBQUM3SSxVQUFNLFVBQVUsYUFBYSxFQUFFO0FBQy9CLFVBQU0sV0FBVyxDQUFDLFdBQVcsSUFBSSxPQUFPLEtBQUssSUFBSSxLQUFLLE1BQU0sYUFBYSxNQUFNLG9CQUFvQixLQUFLLHNCQUFzQixVQUFVLGVBQWUsQ0FBQyxDQUFDO0FBRXpKLFFBQUksYUFBYSxFQUFFLFlBQVk7QUFDN0IsVUFBSSxRQUFTLE1BQUssT0FBTyxXQUFXLFdBQVcsU0FBUyxRQUFRLCtCQUErQixXQUFXO0FBQUEsV0FDckc7QUFDSCxhQUFLLE9BQU8sV0FBVyxXQUFXLFdBQVcsU0FBUztBQUN0RCxVQUFFLFFBQVEsS0FBSyxFQUFFLE1BQU0sV0FBVyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsTUFDMUQ7QUFBQSxJQUNGO0FBQ0EsUUFBSSxTQUFTO0FBQ1gsVUFBSSxVQUFVO0FBQ1osVUFBRSxRQUFRLEtBQUssRUFBRSxNQUFNLFVBQVUsV0FBVyxXQUFXLFNBQVMsTUFBTSxjQUFjLE1BQU0saUJBQWlCLE1BQU0sZUFBZSxLQUFLLGNBQWMsU0FBUyxFQUFFLENBQUM7QUFDL0osZUFBTztBQUFBLE1BQ1Q7QUFDQSxhQUFPLFlBQVk7QUFBQSxJQUNyQjtBQUdBLFVBQU0sT0FBTyxVQUFVLElBQUksSUFBSSxJQUFJLFFBQVEsTUFBTSxnQkFBZ0IsTUFBTSxnQkFBZ0IsS0FBSyxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFDdkcsUUFBSSxXQUE0QjtBQUNoQyxRQUFJLFdBQTBCO0FBQzlCLFFBQUksQ0FBQyxTQUFTO0FBRVosWUFBTSxhQUFhLE1BQU0sRUFBRSxVQUFVLE1BQU0seUJBQXlCLEtBQUssSUFBSSxLQUFLLEtBQUssSUFBSSxHQUFHLEVBQUUsSUFBSSxHQUFHLENBQUMsSUFBSTtBQUM1RyxZQUFNLGdCQUFnQixLQUFLLElBQUksTUFBTSxZQUFZLE1BQU0sY0FBYyxNQUFNLHFCQUFxQixLQUFLLHNCQUFzQixVQUFVLGVBQWUsY0FBYyxPQUFPLElBQUksT0FBTyxFQUFFO0FBQ3RMLFVBQUksSUFBSSxPQUFPLGFBQWEsR0FBRztBQUM3QixtQkFBVztBQUNYLGNBQU0sU0FBUyxVQUFVLGtCQUFrQixJQUFJLE1BQU0sNkJBQTZCLEtBQUssSUFBSSxJQUFJLEtBQUssZUFBZSxNQUFNLE9BQU8sSUFBSSxNQUFNO0FBQzFJLG1CQUFXLEtBQUssSUFBSSxNQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLFVBQVUsS0FBSyxJQUFJLE1BQU0sR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDO0FBQUEsTUFDM0YsT0FBTztBQUNMLG1CQUFZLENBQUMsYUFBYSxhQUFhLFFBQVEsYUFBYSxPQUFPLEVBQVksSUFBSSxTQUFTLENBQUMsTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUFBLE1BQzdIO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxVQUFVLE9BQU8sYUFBYSxRQUFRLFdBQVcsTUFBTSxjQUFjLElBQUksS0FBSyxNQUFNO0FBQ2xHLGFBQVMsSUFBSSxHQUFHLElBQUksTUFBTSxLQUFLO0FBQzdCLFlBQU0sT0FBTyxNQUFNLElBQUksWUFBWSxJQUFJLE9BQU8sR0FBRyxJQUFJLFlBQVksS0FBSyxZQUFZO0FBQ2xGLFlBQU0sY0FBYyxNQUFNLElBQUksS0FBSyxLQUFLLElBQUksYUFBYSxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsQ0FBQztBQUM1RSxRQUFFLFNBQVMsS0FBSztBQUFBLFFBQ2Q7QUFBQSxRQUNBLGFBQWE7QUFBQSxRQUNiLFNBQVMsVUFBVSxZQUFZO0FBQUEsUUFDL0IsWUFBWSxVQUFXLFFBQVEsa0JBQWtCLFlBQWE7QUFBQSxRQUM5RCxNQUFNLEtBQUs7QUFBQSxRQUNYLGFBQWEsS0FBSztBQUFBLFFBQ2xCO0FBQUEsUUFDQSxjQUFjLE1BQU0sSUFBSSxXQUFXLGFBQWEsT0FBTyxLQUFLLElBQUksSUFBSSxLQUFLLE1BQU0sWUFBWSxNQUFNLE1BQU0sSUFBSSxLQUFLLEVBQUUsQ0FBQyxJQUFJO0FBQUEsUUFDdkg7QUFBQSxNQUNGLENBQUM7QUFBQSxJQUNIO0FBQ0EsU0FBSztBQUNMLFFBQUksQ0FBQyxRQUFTLE1BQUs7QUFFbkIsUUFBSSxTQUFTO0FBQ2IsUUFBSSxhQUFhO0FBQ2pCLFFBQUksWUFBWSxhQUFhLFdBQVc7QUFDdEMsUUFBRSxRQUFRLEtBQUssRUFBRSxNQUFNLFVBQVUsV0FBVyxXQUFXLFNBQVMsWUFBWSxjQUFjLE1BQU0saUJBQWlCLE1BQU0sZUFBZSxLQUFLLGNBQWMsU0FBUyxFQUFFLENBQUM7QUFDckssbUJBQWEsYUFBYTtBQUFBLElBQzVCO0FBQ0EsUUFBSSxhQUFhLGFBQWEsYUFBYSxNQUFNO0FBQy9DLFdBQUs7QUFFTCxZQUFNLFdBQVcsYUFBYSxLQUFLLElBQUksR0FBRyxLQUFLLEtBQUssV0FBVyxDQUFDLElBQUksVUFBVTtBQUM5RSxVQUFJLFVBQVU7QUFDZCxVQUFJLFlBQVksTUFBTSxXQUFXLElBQUksT0FBTyxJQUFJLE9BQU8sR0FBRyxFQUFHLFdBQVUsS0FBSyxJQUFJLGFBQWEsR0FBRyxXQUFXLElBQUksSUFBSSxJQUFJLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDL0osWUFBTSxjQUFjLFVBQVUsRUFBRTtBQUNoQyxRQUFFLFFBQVEsS0FBSztBQUFBLFFBQ2IsTUFBTTtBQUFBLFFBQ04sV0FBVztBQUFBLFFBQ1gsU0FBUyxjQUFjLE9BQU87QUFBQSxRQUM5QixjQUFjO0FBQUEsUUFDZCxpQkFBaUI7QUFBQSxRQUNqQixlQUFlLEtBQUssY0FBYyxVQUFVO0FBQUEsTUFDOUMsQ0FBQztBQUNELFVBQUksWUFBYSxRQUFPO0FBQ3hCLFVBQUksWUFBWSxLQUFLO0FBQ25CLGFBQUssVUFBVSxXQUFXLE1BQU0sU0FBUyxhQUFhLFFBQVE7QUFBQSxNQUNoRSxXQUFXLElBQUksT0FBTyxHQUFHLEdBQUc7QUFFMUIsYUFBSyxVQUFVLFFBQVEsT0FBTyxTQUFTLFVBQVUsSUFBSSxJQUFJLElBQUksR0FBRyxDQUFDO0FBQUEsTUFDbkU7QUFDQSxlQUFTO0FBQUEsSUFDWCxXQUFXLGFBQWEsZUFBZ0IsYUFBYSxlQUFlLElBQUksT0FBTyxHQUFHLEdBQUk7QUFDcEYsWUFBTSxNQUFNLEVBQUUsWUFBWSxjQUFjLEVBQUUsV0FBVyxJQUFJLE9BQU8sTUFBTSxTQUFTO0FBQy9FLFlBQU0sU0FBUyxNQUFNLElBQUksS0FBSyxDQUFDLEtBQUssS0FBSyxLQUFLLEdBQUcsQ0FBQyxJQUFJLElBQUksS0FBSyxDQUFDLEtBQUssS0FBSyxLQUFLLEtBQUssR0FBRyxDQUFDO0FBQ3hGLFlBQU0sUUFBUSxLQUFLLFVBQVUsTUFBTSxRQUFRLG1CQUFtQixNQUFNLFlBQVksYUFBYSxNQUFNO0FBQ25HLFVBQUksY0FBYyxFQUFFLGNBQWMsSUFBSSxPQUFPLE1BQU0sT0FBTyxJQUFJLEdBQUc7QUFDL0QsY0FBTSxZQUFZLGFBQWEsSUFBSSxJQUFJLElBQUksU0FBUyxDQUFDO0FBQ3JELFlBQUksYUFBYSxFQUFFLFNBQVM7QUFDMUIsZ0JBQU0sSUFBSSxJQUFJLEtBQUs7QUFDbkIsZ0JBQU0sVUFBVSxJQUFJO0FBQ3BCLFlBQUUsU0FBUyxLQUFLO0FBQUEsWUFDZCxNQUFNO0FBQUEsWUFDTixXQUFXLE1BQU0sUUFBUTtBQUFBLFlBQ3pCLFNBQVMsSUFBSSxPQUFPLG1CQUFtQixVQUFVLG1DQUFtQztBQUFBLFVBQ3RGLENBQUM7QUFDRCxjQUFJLFNBQVM7QUFDWCxrQkFBTSxZQUFZLEtBQUssSUFBSSxZQUFZLElBQUksSUFBSSxHQUFHLEVBQUUsR0FBRyxhQUFhO0FBQ3BFLGdCQUFJLE1BQU0sUUFBUSxRQUFRLFlBQVksTUFBTSxLQUFLO0FBQy9DLG9CQUFNLE1BQU0sWUFBWSxFQUFFLFVBQVUsT0FBTztBQUMzQyxvQkFBTSxVQUFVLE1BQU0sUUFBUTtBQUFBLFlBQ2hDO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxPQUFPLEtBQWEsTUFBbUIsU0FBd0IsWUFBMEI7QUFDL0YsVUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQ25CLE1BQUUsUUFBUSxLQUFLLEVBQUUsTUFBTSxLQUFLLE1BQU0sS0FBSyxNQUFNLFNBQVMsV0FBVyxDQUFDO0FBQ2xFLFFBQUksS0FBSyxXQUFXLE9BQU8sRUFBRSxpQkFBaUIsSUFBSSxPQUFPLElBQUksR0FBRztBQUM5RCxZQUFNLFVBQVUsSUFBSSxPQUFPLEVBQUUsV0FBVyxPQUFPLElBQUk7QUFDbkQsWUFBTSxVQUFVLElBQUksT0FBTyxFQUFFLFdBQVcsTUFBTSxJQUFJO0FBQ2xELFFBQUUsVUFBVSxLQUFLLEVBQUUsTUFBTSxLQUFLLFNBQVMsU0FBUyxhQUFhLEtBQUssS0FBSyxDQUFDO0FBQ3hFLFdBQUssV0FBVyxZQUFZLE9BQU8sRUFBRSxpQkFBaUI7QUFDcEQsY0FBTSxLQUFLLE1BQU0sSUFBSSxJQUFJLEdBQUcsRUFBRTtBQUM5QixZQUFJLE1BQU0sRUFBRSxTQUFTO0FBQ25CLGdCQUFNLFdBQVcsSUFBSSxPQUFPLElBQUk7QUFDaEMsWUFBRSxZQUFZLEtBQUssRUFBRSxNQUFNLElBQUksVUFBVSxhQUFhLFdBQVcsSUFBSSxPQUFPLEVBQUUsV0FBVyxNQUFNLEdBQUcsSUFBSSxLQUFLLENBQUM7QUFBQSxRQUM5RztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRVEsY0FBYyxLQUFxQjtBQUN6QyxXQUFPLE1BQU0sS0FBSyxFQUFFLGNBQWMsS0FBSyxnQkFBZ0IsNkJBQTZCLFFBQVEsS0FBSyxFQUFFLFFBQVEsUUFBUSxNQUFNO0FBQUEsRUFDM0g7QUFBQTtBQUFBLEVBR1EsVUFBVSxNQUF1QixXQUFvQixPQUFlLEtBQThCO0FBQ3hHLGVBQVcsS0FBSyxLQUFLLEVBQUUsYUFBYTtBQUNsQyxVQUFJLEVBQUUsU0FBUyxTQUFTLEVBQUUsUUFBUSxRQUFRLEVBQUUsTUFBTSxRQUFRO0FBQ3hELFVBQUUsTUFBTTtBQUNSLFVBQUUsVUFBVTtBQUFBLE1BQ2Q7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUEwQixFQUFFLE1BQU0sV0FBVyxPQUFPLEtBQUssTUFBTSxFQUFFLFVBQVUsT0FBTyxLQUFLLFNBQVMsTUFBTTtBQUM1RyxTQUFLLEVBQUUsWUFBWSxLQUFLLE1BQU07QUFDOUIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVRLFlBQVksS0FBc0M7QUFDeEQsV0FBTyxLQUFLLEVBQUUsUUFBUSxLQUFLLENBQUMsTUFBTSxFQUFFLGFBQWEsUUFBUSxFQUFFLFlBQVksUUFBUSxNQUFNLEVBQUUsUUFBUTtBQUFBLEVBQ2pHO0FBQUE7QUFBQSxFQUdRLFlBQVksTUFBYyxJQUFZLFNBQWlCLGVBQWlDO0FBQzlGLFVBQU0sRUFBRSxJQUFJLElBQUk7QUFDaEIsUUFBSSxNQUFNLEtBQU0sUUFBTyxDQUFDO0FBQ3hCLFVBQU0sSUFBSSxJQUFJLFFBQVEsWUFBWSxLQUFLLFFBQVEsY0FBYztBQUM3RCxVQUFNLE9BQWlCLENBQUM7QUFDeEIsYUFBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsWUFBTSxJQUFJLE9BQU8sSUFBSSxJQUFJLEdBQUcsS0FBSyxPQUFPLENBQUM7QUFDekMsVUFBSSxDQUFDLEtBQUssWUFBWSxDQUFDLEtBQUssSUFBSSxPQUFPLGFBQWEsRUFBRyxNQUFLLEtBQUssQ0FBQztBQUFBLElBQ3BFO0FBQ0EsV0FBTyxLQUFLLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQUEsRUFDbEM7QUFBQTtBQUFBLEVBR1EsV0FBaUI7QUFDdkIsVUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQ25CLFVBQU0sT0FBTyxLQUFLLElBQUksRUFBRSxZQUFZLEtBQUssV0FBVztBQUNwRCxVQUFNLEtBQUssS0FBSyxJQUFJLEtBQUssWUFBWSxNQUFNLENBQUMsR0FBRyxlQUFlLEVBQUUsZUFBZSxhQUFhO0FBQzVGLGVBQVcsS0FBSyxLQUFLLFlBQVksTUFBTSxJQUFJLE1BQU0scUJBQXFCLE1BQU0sd0JBQXdCLEtBQUssTUFBTSxDQUFDLEdBQUc7QUFDakgsWUFBTSxJQUFJLElBQUksS0FBSztBQUNuQixVQUFJLEtBQUssTUFBTTtBQUtiLGNBQU0sT0FBTyxLQUFLLFlBQVk7QUFDOUIsYUFBSyxPQUFPLEdBQUcsTUFBTSxXQUFXLFNBQVM7QUFDekMsVUFBRSxRQUFRLEtBQUssRUFBRSxNQUFNLEdBQUcsTUFBTSxLQUFLLEtBQUssQ0FBQztBQUMzQztBQUFBLE1BQ0Y7QUFDQSxXQUFLLE9BQU8sR0FBRyxLQUFLLFlBQVksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFJLE9BQU8sYUFBYSxVQUFVLElBQUksTUFBTSxzQkFBc0IsSUFBSSxPQUFPLGlDQUFpQywwQkFBMEI7QUFBQSxJQUMvTDtBQUNBLE1BQUUsUUFBUSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUk7QUFDeEMsTUFBRSxRQUFRLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLEVBQUUsSUFBSTtBQUN4QyxNQUFFLFVBQVUsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sRUFBRSxJQUFJO0FBQzFDLE1BQUUsWUFBWSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUk7QUFDNUMsVUFBTSxTQUFTLEVBQUUsV0FDYixDQUFDLGVBQWUsWUFBWSxxQkFBcUIsY0FBYyxlQUFlLGFBQWEsSUFDM0YsQ0FBQyxZQUFZLHFCQUFxQixjQUFjLGVBQWUsZUFBZSx1QkFBdUI7QUFDekcsZUFBVyxLQUFLLEtBQUssWUFBWSxNQUFNLElBQUksTUFBTSxtQkFBbUIsTUFBTSxzQkFBc0IsS0FBSyxNQUFNLEdBQUcsR0FBRztBQUUvRyxZQUFNLFNBQVMsUUFBUSxJQUFJLFNBQVMsQ0FBQyxNQUFNLE1BQU0sS0FBSyxLQUFLLEdBQUcsQ0FBQyxDQUFDO0FBQ2hFLFlBQU0sUUFBUSxJQUFJLFNBQVMsQ0FBQyxNQUFNLEtBQUssTUFBTSxLQUFLLEdBQUcsQ0FBQyxJQUFJO0FBQzFELFlBQU0sV0FBVyxJQUFJLE9BQU8sR0FBRyxJQUFJLElBQUksSUFBSSxLQUFLLENBQUMsR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQzVELFFBQUUsYUFBYSxLQUFLLEVBQUUsTUFBTSxHQUFHLFNBQVMsR0FBRyxNQUFNLEdBQUcsS0FBSyxJQUFJLFFBQVEsSUFBSSxPQUFPLElBQUksS0FBSyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQ3BHO0FBQUEsRUFDRjtBQUFBLEVBRVEsWUFBa0I7QUFDeEIsVUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQ25CLFFBQUksT0FBTyxJQUFJLE9BQU8sSUFBSSxJQUFJLElBQUk7QUFDbEMsUUFBSSxVQUF5QjtBQUU3QixRQUFJLE9BQU8sS0FBSyxJQUFJLEVBQUUsYUFBYSxLQUFLLGNBQWMsSUFBSSxJQUFJLEdBQUcsSUFBSSxHQUFHLENBQUM7QUFDekUsVUFBTSxNQUFNLEVBQUUsZUFBZTtBQUM3QixlQUFTO0FBQ1AsWUFBTSxPQUFPLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxJQUFJLFlBQVksTUFBTSxtQkFBbUIsYUFBYSxDQUFDLENBQUM7QUFDN0YsWUFBTSxLQUFLLE9BQU87QUFDbEIsWUFBTSxPQUFPLE1BQU07QUFDbkIsWUFBTSxNQUFNLElBQUksT0FBTyxJQUFJO0FBQzNCLFlBQU0sU0FBUyxVQUFVLDBCQUEwQixXQUFXLElBQUksRUFBRztBQUNyRSxRQUFFLFVBQVUsS0FBSztBQUFBLFFBQ2Y7QUFBQSxRQUNBLElBQUksT0FBUSxFQUFFLGVBQWUsT0FBUTtBQUFBLFFBQ3JDLFVBQVUsV0FBVyxXQUFXLElBQUksRUFBRztBQUFBLFFBQ3ZDLFVBQVUsTUFBTSwwQkFBMEIsU0FBUyxLQUFLLE1BQU07QUFBQSxNQUNoRSxDQUFDO0FBQ0QsVUFBSSxLQUFNO0FBQ1YsYUFBTztBQUNQLFlBQU0sSUFBSSxJQUFJLEtBQUs7QUFDbkIsVUFBSSxTQUFTO0FBQ1gsWUFBSSxJQUFJLElBQUssV0FBVTtBQUFBLE1BQ3pCLFdBQVcsSUFBSSxLQUFNLFdBQVUsSUFBSSxLQUFLLGtCQUFrQjtBQUFBLGVBQ2pELElBQUksS0FBTSxRQUFPLElBQUk7QUFBQSxJQUNoQztBQUNBLFFBQUksRUFBRSxnQkFBZ0IsUUFBUSxFQUFFLFVBQVUsUUFBUTtBQUNoRCxZQUFNLGNBQWMsRUFBRSxVQUFVLEVBQUUsVUFBVSxTQUFTLENBQUM7QUFDdEQsVUFBSSxZQUFZLE9BQU8sUUFBUSxZQUFZLE1BQU0sWUFBWSxLQUFNLEdBQUUsVUFBVSxJQUFJO0FBQUEsSUFDckY7QUFBQSxFQUNGO0FBQUEsRUFFUSxjQUFvQjtBQUMxQixVQUFNLEVBQUUsS0FBSyxFQUFFLElBQUk7QUFDbkIsUUFBSSxDQUFDLElBQUksT0FBTyxNQUFNLGVBQWUsRUFBRyxHQUFFLFlBQVksS0FBSyxFQUFFLE1BQU0sT0FBTyxPQUFPLFVBQVUsRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUNyRyxRQUFJLEtBQUssc0JBQXNCLEtBQUssSUFBSSxPQUFPLEdBQUcsRUFBRyxHQUFFLFlBQVksS0FBSyxFQUFFLE1BQU0sT0FBTyxPQUFPLGNBQWMsRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUN0SCxRQUFJLEVBQUUsUUFBUSxTQUFTLEVBQUcsR0FBRSxZQUFZLEtBQUssRUFBRSxNQUFNLFVBQVUsT0FBTyxpQkFBaUIsRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUNqRyxRQUFJLEVBQUUsWUFBWSxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyxJQUFJLE9BQU8sSUFBSSxFQUFHLEdBQUUsWUFBWSxLQUFLLEVBQUUsTUFBTSxpQkFBaUIsT0FBTyxpQkFBaUIsRUFBRSxLQUFLLEVBQUUsQ0FBQztBQUM5SSxRQUFJLEVBQUUsWUFBWSxLQUFLLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRyxHQUFFLFlBQVksS0FBSyxFQUFFLE1BQU0sZ0JBQWdCLE9BQU8sTUFBTSxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUM7QUFBQSxFQUM3STtBQUFBO0FBQUEsRUFHUSxjQUFvQjtBQUMxQixVQUFNLEVBQUUsR0FBRyxLQUFLLElBQUk7QUFDcEIsUUFBSSxFQUFFLEtBQUssS0FBSyxLQUFNLE1BQUssVUFBVTtBQUNyQyxRQUFJLEVBQUUsS0FBSyxLQUFLLEtBQU0sTUFBSyxVQUFVO0FBQ3JDLFNBQUssbUJBQW1CO0FBQ3hCLGVBQVcsS0FBSyxFQUFFLGFBQWE7QUFDN0IsVUFBSSxFQUFFLFNBQVMsU0FBUyxFQUFFLFFBQVEsRUFBRSxRQUFTO0FBQzdDLFFBQUUsWUFBWSxLQUFLO0FBQUEsUUFDakIsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFFBQ04sUUFBUTtBQUFBLFFBQ1IsT0FBTyxFQUFFO0FBQUEsUUFDVCxLQUFLLEVBQUU7QUFBQSxRQUNQLGlCQUFpQjtBQUFBLFFBQ2pCLFdBQVcsRUFBRSxRQUFRLE9BQU8sT0FBTztBQUFBLFFBQ25DLGNBQWMsRUFBRSxRQUFRLE9BQU8sT0FBTyxFQUFFLFVBQVUsZ0JBQWdCO0FBQUEsUUFDbEUsVUFBVSxFQUFFLFFBQVEsT0FBTyxPQUFPLEVBQUUsVUFBVSwwRUFBMEU7QUFBQSxNQUMxSCxDQUFDO0FBQUEsSUFDSDtBQUNBLE1BQUUsWUFBWSxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxPQUFPLGNBQWMsRUFBRSxNQUFNLENBQUM7QUFBQSxFQUNwRjtBQUFBO0FBQUEsRUFHUSxZQUFzQjtBQUM1QixVQUFNLE1BQWdCLENBQUM7QUFDdkIsZUFBVyxLQUFLLEtBQUssRUFBRSxTQUFVLEtBQUksRUFBRSxjQUFjLEVBQUUsVUFBVSxHQUFJLEtBQUksS0FBSyxFQUFFLFdBQVc7QUFDM0YsZUFBVyxLQUFLLEtBQUssRUFBRSxRQUFTLEtBQUksRUFBRSxZQUFZLFFBQVEsRUFBRSxVQUFVLEVBQUUsVUFBVSxHQUFJLEtBQUksS0FBSyxFQUFFLE9BQU87QUFDeEcsV0FBTyxJQUFJLEtBQUssQ0FBQyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQUEsRUFDakM7QUFBQTtBQUFBLEVBR1EsYUFBYSxNQUE2QjtBQUNoRCxVQUFNLElBQUksT0FBTyxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsVUFBVSxPQUFPLENBQUM7QUFDckQsVUFBTSxLQUFLLEtBQUssVUFBVSxFQUFFLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQztBQUM5QyxXQUFPLE9BQU8sU0FBWSxPQUFPLEtBQUssSUFBSSxFQUFFLFNBQVMsS0FBSyxJQUFJLE1BQU0sS0FBSyxLQUFLLElBQUksSUFBSSxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDL0Y7QUFBQSxFQUVRLFlBQWtCO0FBQ3hCLFVBQU0sRUFBRSxJQUFJLElBQUk7QUFDaEIsUUFBSSxPQUFPLEVBQUU7QUFDYixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssT0FBTyxFQUFFLFNBQVMsS0FBSztBQUM5QyxZQUFNLFFBQVEsS0FBSyxhQUFhLElBQUk7QUFDcEMsVUFBSSxVQUFVLEtBQU07QUFDcEIsWUFBTSxVQUFVLEtBQUssWUFBWSxLQUFLO0FBQ3RDLFlBQU0sU0FBUyxLQUFLLFFBQVEsS0FBSyxJQUFJLE9BQU8sVUFBVSxPQUFPO0FBQzdELFlBQU0sUUFBUSxLQUFLO0FBQUEsUUFBVztBQUFBLFFBQU87QUFBQSxRQUFPO0FBQUEsUUFBUTtBQUFBLFFBQU8sUUFBUSxLQUFLLElBQUksSUFBSSxNQUFNLElBQUksWUFBWSxNQUFNLFlBQVksQ0FBQyxDQUFDO0FBQUEsUUFDeEg7QUFBQSxNQUF1RztBQUN6RyxVQUFJLENBQUMsU0FBUyxNQUFNLFFBQVEsS0FBTTtBQUNsQyxVQUFJLE1BQU0sY0FBYyxjQUFjLE1BQU0sY0FBYyxnQkFBZ0IsTUFBTSxjQUFjLHlCQUF5QixNQUFNLE9BQU8sRUFBRSxTQUFTO0FBRTdJLGNBQU0sT0FBTyxNQUFNLGNBQWMsc0JBQXNCLFlBQVk7QUFDbkUsYUFBSyxXQUFXLE9BQU8sTUFBTSxNQUFNLE1BQU0sS0FBSyxNQUFNLE1BQU0sS0FBSyxJQUFJLElBQUksTUFBTSxJQUFJLFlBQVksTUFBTSxZQUFZLENBQUMsQ0FBQyxHQUFHLDJDQUEyQztBQUFBLE1BQ2pLO0FBQ0EsVUFBSSxNQUFNLGNBQWMsY0FBYyxNQUFNLGNBQWMsZ0JBQWdCLENBQUMsSUFBSSxPQUFPLElBQUksRUFBRztBQUM3RixhQUFPLE1BQU0sTUFBTSxNQUFNLE1BQU0sSUFBSSxZQUFZLENBQUMsQ0FBQztBQUFBLElBQ25EO0FBQUEsRUFDRjtBQUFBLEVBRVEsWUFBa0I7QUFDeEIsVUFBTSxFQUFFLEtBQUssR0FBRyxLQUFLLElBQUk7QUFDekIsVUFBTSxRQUFRLEtBQUssYUFBYSxFQUFFLFVBQVUsR0FBRztBQUMvQyxRQUFJLFVBQVUsS0FBTTtBQUNwQixVQUFNLE9BQU8sRUFBRSxLQUFLLEtBQUssV0FBVyxTQUFTLEVBQUUsS0FBSyxLQUFLLGFBQWEsV0FBVztBQUNqRixTQUFLO0FBQUEsTUFBVztBQUFBLE1BQU87QUFBQSxNQUFNO0FBQUEsTUFBTSxLQUFLLElBQUksRUFBRSxTQUFTLEtBQUs7QUFBQSxNQUFHLEtBQUssSUFBSSxFQUFFLFNBQVMsS0FBSyxJQUFJLEtBQUssSUFBSSxJQUFJLE1BQU0sSUFBSSxZQUFZLE1BQU0sWUFBWSxDQUFDLENBQUM7QUFBQSxNQUNqSjtBQUFBLElBQW9FO0FBQUEsRUFDeEU7QUFBQTtBQUFBLEVBR1EscUJBQTJCO0FBQ2pDLFVBQU0sRUFBRSxFQUFFLElBQUk7QUFDZCxVQUFNLE1BQU0sRUFBRSxZQUFZLE9BQU8sQ0FBQyxNQUFNLEVBQUUsV0FBVyxLQUFLO0FBQzFELE1BQUUsY0FBYyxFQUFFLFlBQVksT0FBTyxDQUFDLE1BQU07QUFDMUMsVUFBSSxFQUFFLFdBQVcsTUFBTyxRQUFPO0FBQy9CLGlCQUFXLEtBQUssS0FBSztBQUNuQixZQUFJLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsT0FBTyxVQUFXLFFBQU87QUFDaEUsWUFBSSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsU0FBUyxFQUFFLE9BQU8sV0FBVztBQUN0RCxZQUFFLE1BQU0sRUFBRTtBQUNWLFlBQUUsWUFBWTtBQUNkLFlBQUUsZUFBZTtBQUNqQixZQUFFLFdBQVc7QUFBQSxRQUNmO0FBQUEsTUFDRjtBQUNBLGFBQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBT1EsV0FBVyxRQUF3QixNQUFxQixRQUF1QixPQUFlLFlBQW9CLGlCQUFnRDtBQUN4SyxVQUFNLEVBQUUsRUFBRSxJQUFJO0FBQ2QsUUFBSSxNQUFxQjtBQUN6QixRQUFJLFlBQThCO0FBQ2xDLFFBQUksZUFBOEI7QUFDbEMsUUFBSSxXQUEwQjtBQUM5QixVQUFNLE9BQU8sRUFBRSxZQUFZLE9BQU8sQ0FBQ0EsT0FBTUEsR0FBRSxXQUFXLFVBQVcsV0FBVyxTQUFTQSxHQUFFLFdBQVcsS0FBTTtBQUN4RyxVQUFNLFVBQVUsQ0FBQyxHQUFXLE1BQXFCLEtBQUssS0FBSyxDQUFDQSxPQUFNQSxHQUFFLFNBQVMsS0FBSyxhQUFhLEtBQUtBLEdBQUUsT0FBTyxTQUFTO0FBQ3RILFVBQU0sSUFBb0IsRUFBRSxRQUFRLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxpQkFBaUIsV0FBVyxNQUFNLGNBQWMsTUFBTSxVQUFVLEtBQUs7QUFDekksUUFBSSxRQUFRLEVBQUUsV0FBVyxRQUFRLE9BQU8sUUFBUSxDQUFDLEVBQUcsUUFBTztBQUUzRCxVQUFNLE9BQU8sS0FBSyxPQUFPLENBQUMsTUFBTSxFQUFFLFFBQVEsS0FBSyxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFDcEYsVUFBTSxRQUFRLEVBQUU7QUFDaEIsVUFBTSxPQUFPLEVBQUUsVUFBVSxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sU0FBUyxFQUFFLE9BQU8sY0FBYyxDQUFDLFdBQVcsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsUUFBUSxDQUFDO0FBQzVILFFBQUksVUFBVSxRQUFRLFFBQVEsZUFBZSxDQUFDLFFBQVEsU0FBUyxLQUFLLE9BQU87QUFDekUsWUFBTTtBQUNOLGtCQUFZO0FBQ1oscUJBQWU7QUFDZixpQkFBVztBQUFBLElBQ2IsV0FBVyxNQUFNO0FBQ2YsWUFBTSxLQUFLO0FBQ1gsa0JBQVk7QUFDWixxQkFBZSx5Q0FBeUMsS0FBSyxRQUFRO0FBQ3JFLGlCQUFXLG9EQUFvRCxLQUFLLFFBQVE7QUFBQSxJQUM5RTtBQUNBLFFBQUksU0FBUyxRQUFRLFFBQVEsS0FBSyxRQUFRLE1BQU07QUFDOUMsWUFBTSxLQUFLO0FBQ1gsa0JBQVk7QUFDWixxQkFBZSxLQUFLLFdBQVcsUUFBUSxxQkFBcUI7QUFDNUQsaUJBQVcsS0FBSyxXQUFXLFFBQVEsK0JBQStCO0FBQUEsSUFDcEU7QUFDQSxRQUFJLGNBQWMsTUFBTTtBQUN0QixVQUFJLGFBQWEsRUFBRSxRQUFTLE9BQU07QUFBQSxXQUM3QjtBQUNILGNBQU0sVUFBVSxLQUFLLFlBQVksVUFBVTtBQUMzQyxjQUFNLFNBQVMsQ0FBQyxNQUErQixFQUFFLGVBQWUsYUFBYSxPQUFPLEVBQUUsY0FBYztBQUNwRyxjQUFNLFVBQVUsRUFBRSxRQUFRLEtBQUssQ0FBQyxNQUFNLEVBQUUsUUFBUSxhQUFhLE9BQU8sRUFBRSxPQUFPLFVBQVU7QUFDdkYsWUFBSSxXQUFXLFFBQVEsb0JBQW9CLFFBQVEsUUFBUSxrQkFBa0IsYUFBYSxLQUFLO0FBQzdGLHNCQUFZO0FBQ1oseUJBQWU7QUFDZixxQkFBVztBQUFBLFFBQ2IsV0FBVyxDQUFDLFdBQVcsQ0FBQyxXQUFXLENBQUMsRUFBRSxTQUFTLEtBQUssTUFBTSxLQUFLLENBQUMsRUFBRSxhQUFhLEtBQUssQ0FBQyxNQUFNLEVBQUUsUUFBUSxhQUFhLE9BQU8sRUFBRSxPQUFPLFVBQVUsR0FBRztBQUM3SSxzQkFBWTtBQUNaLHlCQUFlO0FBQ2YscUJBQVcsY0FBYyxFQUFFLFdBQVcsV0FBVyxRQUFRLHlDQUF5QztBQUFBLFFBQ3BHLFdBQVcsYUFBYSxTQUFTLEtBQUs7QUFDcEMsc0JBQVk7QUFDWix5QkFBZTtBQUNmLHFCQUFXLGNBQWMsRUFBRSxXQUFXLFdBQVcsUUFBUSx3Q0FBd0M7QUFBQSxRQUNuRyxPQUFPO0FBQ0wsc0JBQVk7QUFDWix5QkFBZTtBQUNmLHFCQUFXLGNBQWMsRUFBRSxXQUFXLFdBQVcsUUFBUSx3Q0FBd0M7QUFBQSxRQUNuRztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLFFBQVEsT0FBTyxNQUFPLFFBQU87QUFDekMsVUFBTSxhQUE2QixFQUFFLEdBQUcsR0FBRyxLQUFLLFdBQVcsY0FBYyxTQUFTO0FBQ2xGLE1BQUUsWUFBWSxLQUFLLFVBQVU7QUFDN0IsV0FBTztBQUFBLEVBQ1Q7QUFDRjsiLAogICJuYW1lcyI6IFsibSJdCn0K
