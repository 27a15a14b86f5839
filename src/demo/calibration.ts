// Measures of generated demo people against the published figures the
// generator is calibrated to (reference/README.md): the MoJ-style proven
// reoffending rate and frequency, concentration of offending, the share of
// PPOs in custody, and the cohort's make-up. Pure; used by the tests and by
// `waymark demo --json` to show what was built.
import { dayNumber } from '../calendar/dates.js';
import { yearsBetween } from '../calendar/day-numbers.js';
import { DEMO_DATES, type DemoPerson } from './generate.js';

export interface Calibration {
  /** People with a caution, a non-custodial conviction or a release from custody in 2008. */
  cohort: number;
  /** Share of the cohort with a proven offence within 12 months (conviction within a further 6). */
  reoffendingRate: number;
  /** Proven reoffences per reoffender. */
  reoffencesPerReoffender: number;
  /** Share of the cohort aged 18 or over at the start of follow-up. */
  adultShare: number;
  maleShare: number;
  /** Share of all proven offences committed by the most prolific 10% of the pool. */
  top10Share: number;
  /** PPO members on the extract date, and the share of them in custody then. */
  ppoMembers: number;
  ppoInCustodyShare: number;
  iomMembers: number;
  drrMembers: number;
}

const COHORT_FROM = dayNumber('2008-01-01');
const COHORT_TO = dayNumber('2009-01-01');

/** The start of follow-up in 2008 (the first qualifying disposal or release), or null. */
export function followUpStart(p: DemoPerson): number | null {
  let start: number | null = null;
  for (const o of p.outcomes) {
    if (o.disposal !== 'custody' && o.outcomeDate >= COHORT_FROM && o.outcomeDate < COHORT_TO && (start === null || o.outcomeDate < start)) start = o.outcomeDate;
  }
  for (const c of p.custody) {
    if (c.kind === 'sentenced' && c.release !== null && c.release >= COHORT_FROM && c.release < COHORT_TO && (start === null || c.release < start)) start = c.release;
  }
  return start;
}

/** Proven offences committed in (start, start + 365], proven within a further 183 days. */
export function reoffences(p: DemoPerson, start: number): number {
  let n = 0;
  for (const o of p.outcomes) if (o.offenceDate > start && o.offenceDate <= start + 365 && o.outcomeDate <= start + 365 + 183) n++;
  return n;
}

export function calibrate(people: readonly DemoPerson[], asOf = dayNumber(DEMO_DATES.extractDate)): Calibration {
  let cohort = 0;
  let reoffenders = 0;
  let reoffenceCount = 0;
  let adults = 0;
  const counts: number[] = [];
  let ppo = 0;
  let ppoInCustody = 0;
  let iom = 0;
  let drr = 0;
  const openOn = (m: { start: number; end: number | null }) => m.start <= asOf && (m.end === null || m.end > asOf);
  for (const p of people) {
    counts.push(p.outcomes.length);
    const start = followUpStart(p);
    if (start !== null) {
      cohort++;
      if (yearsBetween(p.dateOfBirth, start) >= 18) adults++;
      const n = reoffences(p, start);
      if (n > 0) {
        reoffenders++;
        reoffenceCount += n;
      }
    }
    for (const m of p.memberships) {
      if (!openOn(m)) continue;
      if (m.scheme === 'PPO') {
        ppo++;
        if (p.custody.some((c) => c.reception <= asOf && (c.release === null || c.release > asOf))) ppoInCustody++;
      } else if (m.scheme === 'IOM') iom++;
      else drr++;
    }
  }
  counts.sort((a, b) => b - a);
  const total = counts.reduce((a, b) => a + b, 0);
  const top = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
  return {
    cohort,
    reoffendingRate: cohort ? reoffenders / cohort : 0,
    reoffencesPerReoffender: reoffenders ? reoffenceCount / reoffenders : 0,
    adultShare: cohort ? adults / cohort : 0,
    maleShare: people.length ? people.filter((p) => p.sex === 'male').length / people.length : 0,
    top10Share: total ? top / total : 0,
    ppoMembers: ppo,
    ppoInCustodyShare: ppo ? ppoInCustody / ppo : 0,
    iomMembers: iom,
    drrMembers: drr,
  };
}
