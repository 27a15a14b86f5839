// Proven reoffending in the style of the Ministry of Justice measure (SPEC 3.6):
// the binary rate, frequency, severity by the gravity table and the estimated
// cost from the unit costs of crime. Pure: takes per-person counts of proven
// offences by Home Office offence group, already cut to the follow-up window.
import type { IsoDate } from '../calendar/dates.js';
import { addMonths } from '../calendar/dates.js';
import { concentration, type Concentration } from './concentration.js';

/** Follow-up: offences committed in (start, start + 12 months], proven by start + 18 months. */
export function followUpWindow(start: IsoDate): { start: IsoDate; offenceWindowEnd: IsoDate; provenBy: IsoDate } {
  const offenceWindowEnd = addMonths(start, 12);
  return { start, offenceWindowEnd, provenBy: addMonths(offenceWindowEnd, 6) };
}

export interface ReoffendingPerson {
  personId: number;
  /** Start of follow-up: release from custody, or a caution or non-custodial conviction. */
  startDate: IsoDate;
  /** Proven offences in the window by 3-digit Home Office offence group (null = unrecognised code). */
  offences: { groupCode: string | null; count: number; violent: number }[];
}

export interface UnitCost {
  category: string;
  /** null: no figure entered yet; offences in the category are not costed. */
  pounds: number | null;
  priceYear: string | null;
  groupCodes: string[];
}

export interface ReoffendingInput {
  people: ReoffendingPerson[];
  /** Gravity by 3-digit offence group. */
  gravity: Map<string, number>;
  unitCosts: UnitCost[];
  /** Figures are provisional for anyone whose follow-up plus wait is not over by this date. */
  asOf: IsoDate;
}

export interface ReoffendingFigures {
  cohortSize: number;
  reoffenders: number;
  binaryRate: number | null;
  offences: number;
  frequencyPerOffender: number | null;
  frequencyPerReoffender: number | null;
  severity: {
    gradedOffences: number;
    ungradedOffences: number;
    totalGravity: number;
    meanGravity: number | null;
    maxGravity: number | null;
    violentOffences: number;
  };
  cost: {
    total: number;
    byCategory: { category: string; offences: number; unitCost: number | null; priceYear: string | null; cost: number | null }[];
    /** Offences in a category with no figure entered, or in no category. */
    uncostedOffences: number;
  };
  concentration: Concentration;
  /** People whose follow-up and six months' wait end after the as-of date. */
  incompleteFollowUp: number;
  provisional: boolean;
}

export function computeReoffending(input: ReoffendingInput): ReoffendingFigures {
  const categoryOf = new Map<string, UnitCost>();
  for (const u of input.unitCosts) for (const g of u.groupCodes) if (!categoryOf.has(g)) categoryOf.set(g, u);

  let offences = 0;
  let reoffenders = 0;
  let graded = 0;
  let ungraded = 0;
  let totalGravity = 0;
  let maxGravity: number | null = null;
  let violent = 0;
  let uncosted = 0;
  let incomplete = 0;
  const byCategory = new Map<string, number>();
  const perPerson: number[] = [];

  for (const p of input.people) {
    let n = 0;
    for (const o of p.offences) {
      n += o.count;
      violent += o.violent;
      const g = o.groupCode === null ? undefined : input.gravity.get(o.groupCode);
      if (g === undefined) ungraded += o.count;
      else {
        graded += o.count;
        totalGravity += g * o.count;
        maxGravity = maxGravity === null ? g : Math.max(maxGravity, g);
      }
      const cat = o.groupCode === null ? undefined : categoryOf.get(o.groupCode);
      if (!cat) uncosted += o.count;
      else byCategory.set(cat.category, (byCategory.get(cat.category) ?? 0) + o.count);
    }
    offences += n;
    if (n > 0) reoffenders += 1;
    perPerson.push(n);
    if (followUpWindow(p.startDate).provenBy > input.asOf) incomplete += 1;
  }

  let total = 0;
  const costRows = input.unitCosts.map((u) => {
    const count = byCategory.get(u.category) ?? 0;
    const cost = u.pounds === null ? null : u.pounds * count;
    if (cost === null) uncosted += count;
    else total += cost;
    return { category: u.category, offences: count, unitCost: u.pounds, priceYear: u.priceYear, cost };
  });

  const n = input.people.length;
  return {
    cohortSize: n,
    reoffenders,
    binaryRate: n ? reoffenders / n : null,
    offences,
    frequencyPerOffender: n ? offences / n : null,
    frequencyPerReoffender: reoffenders ? offences / reoffenders : null,
    severity: {
      gradedOffences: graded,
      ungradedOffences: ungraded,
      totalGravity,
      meanGravity: graded ? totalGravity / graded : null,
      maxGravity,
      violentOffences: violent,
    },
    cost: { total, byCategory: costRows, uncostedOffences: uncosted },
    concentration: concentration(perPerson),
    incompleteFollowUp: incomplete,
    provisional: incomplete > 0,
  };
}
