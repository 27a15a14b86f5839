// The facts about one person, as of a date, that the selection matrix scores.
// Two sources give the same record: featuresFromHistory (pure, from a
// PersonHistory) and extractFeatures in extract.ts (one set-based query, for a
// whole pool at force scale). Both follow the definitions written here, and a
// test holds them to agreement on both database engines.
//
// Definitions (all "as of" the date, so a past date sees only what was known):
//  * an offence counts when its offence date and its outcome date are on or
//    before the as-of date; a window of N months holds dates after asOf − N months;
//  * arrests, intelligence reports and drug tests count by their own date;
//  * a sanction is a distinct outcome date (one court appearance or caution);
//  * custody is the period holding the as-of date; its expected release is the
//    recorded expected date, else reception + half the sentence (automatic release);
//  * statutory supervision is looked for on the expected release date when in
//    custody, otherwise on the as-of date;
//  * the area is that of the latest address starting on or before the as-of date;
//  * gravity and neighbourhood crime are the partnership's offence reference's
//    (src/offences/), by 3-digit offence group; an ungraded offence takes the
//    matrix's defaultGravity.
import type { CustodyKind, Sex } from '../glossary.js';
import type { IsoDate } from '../calendar/dates.js';
import type { PersonHistory } from '../people/history.js';
import { addDays, addMonths, daysBetween } from '../calendar/dates.js';
import { within } from '../calendar/spans.js';
import type { MatrixConfig } from './matrix.js';
import { DEFAULT_OFFENCE_REFERENCE, gravityOf, offenceGroup, offenceInfo, type OffenceReference } from '../offences/reference.js';

export interface WindowCounts {
  months: number;
  offences: number;
  arrests: number;
  intelligence: number;
}

export interface CustodyAtDate {
  kind: CustodyKind;
  receptionDate: IsoDate;
  sentenceDays: number | null;
  expectedReleaseDate: IsoDate | null;
  /** True when the expected release was estimated from the sentence length. */
  expectedReleaseEstimated: boolean;
}

export interface SelectionFeatures {
  personId: number;
  personRef: string;
  asOf: IsoDate;
  sex: Sex;
  dateOfBirth: IsoDate;
  ethnicity: string | null;
  dateOfDeath: IsoDate | null;
  areaCode: string | null;
  lastOffenceDate: IsoDate | null;
  lastArrestDate: IsoDate | null;
  lastIntelligenceDate: IsoDate | null;
  /** One entry per matrix frequency window, in the matrix's order. */
  windows: WindowCounts[];
  /** Offences in the look-back (config.lookbackMonths). */
  lookbackOffences: number;
  gravityMax: number;
  gravityTotal: number;
  neighbourhoodOffences: number;
  /** Tests positive for opiates or cocaine in the look-back. */
  positiveDrugTests: number;
  lastPositiveDrugTestDate: IsoDate | null;
  sanctions: number;
  firstSanctionDate: IsoDate | null;
  latestSanctionDate: IsoDate | null;
  latestOffenceCode: string | null;
  /** OGRS3 offence category of the latest sanction's offence, from the offence tables. */
  latestOgrs3Category: string | null;
  custody: CustodyAtDate | null;
  statutorySupervision: boolean;
}

/** Expected release: recorded, else reception + half the sentence (rounded down). */
export function expectedRelease(c: { receptionDate: IsoDate; sentenceDays: number | null; expectedReleaseDate: IsoDate | null }): {
  date: IsoDate | null;
  estimated: boolean;
} {
  if (c.expectedReleaseDate) return { date: c.expectedReleaseDate, estimated: false };
  if (c.sentenceDays !== null) return { date: addDays(c.receptionDate, Math.floor(c.sentenceDays / 2)), estimated: true };
  return { date: null, estimated: false };
}

export function custodyAt(history: Pick<PersonHistory, 'custody'>, asOf: IsoDate): CustodyAtDate | null {
  const c = history.custody.find((p) => within(asOf, p.receptionDate, p.releaseDate));
  if (!c) return null;
  const er = expectedRelease(c);
  return {
    kind: c.kind,
    receptionDate: c.receptionDate,
    sentenceDays: c.sentenceDays,
    expectedReleaseDate: er.date,
    expectedReleaseEstimated: er.estimated,
  };
}

export function areaAt(history: Pick<PersonHistory, 'addresses'>, asOf: IsoDate): string | null {
  let best: { fromDate: IsoDate; areaCode: string } | null = null;
  for (const a of history.addresses) if (a.fromDate <= asOf && (!best || a.fromDate > best.fromDate)) best = a;
  return best?.areaCode ?? null;
}

const maxOf = (a: IsoDate | null, b: IsoDate) => (a === null || b > a ? b : a);

export function featuresFromHistory(
  history: PersonHistory,
  asOf: IsoDate,
  config: MatrixConfig,
  /** The Home Office tables and the partnership's grading; the built-in default has no Home Office tables. */
  offences: OffenceReference = DEFAULT_OFFENCE_REFERENCE,
): SelectionFeatures {
  const starts = config.frequency.map((w) => addMonths(asOf, -w.months));
  const lookbackStart = addMonths(asOf, -config.lookbackMonths);
  const windows: WindowCounts[] = config.frequency.map((w) => ({ months: w.months, offences: 0, arrests: 0, intelligence: 0 }));
  const neighbourhood = offences.neighbourhoodCrime;

  let lastOffenceDate: IsoDate | null = null;
  let lookbackOffences = 0;
  let gravityMax = 0;
  let gravityTotal = 0;
  let neighbourhoodOffences = 0;
  const sanctionDates = new Set<IsoDate>();
  let latest: (typeof history.outcomes)[number] | null = null;
  for (const o of history.outcomes) {
    if (o.outcomeDate > asOf) continue;
    sanctionDates.add(o.outcomeDate);
    if (
      !latest ||
      o.outcomeDate > latest.outcomeDate ||
      (o.outcomeDate === latest.outcomeDate &&
        (o.offenceDate > latest.offenceDate ||
          (o.offenceDate === latest.offenceDate && compareCodesDescNullsLast(o.offenceCode, latest.offenceCode) < 0)))
    )
      latest = o;
    if (o.offenceDate > asOf) continue;
    lastOffenceDate = maxOf(lastOffenceDate, o.offenceDate);
    starts.forEach((s, i) => {
      if (o.offenceDate > s) windows[i]!.offences++;
    });
    if (o.offenceDate > lookbackStart) {
      lookbackOffences++;
      const g = gravityOf(o.offenceCode, offences, config.gravity.defaultGravity);
      gravityMax = Math.max(gravityMax, g);
      gravityTotal += g;
      const grp = offenceGroup(o.offenceCode);
      if (grp !== null && neighbourhood.has(grp)) neighbourhoodOffences++;
    }
  }
  let lastArrestDate: IsoDate | null = null;
  for (const a of history.arrests) {
    if (a.arrestDate > asOf) continue;
    lastArrestDate = maxOf(lastArrestDate, a.arrestDate);
    starts.forEach((s, i) => {
      if (a.arrestDate > s) windows[i]!.arrests++;
    });
  }
  let lastIntelligenceDate: IsoDate | null = null;
  for (const r of history.intelligence) {
    if (r.reportDate > asOf) continue;
    lastIntelligenceDate = maxOf(lastIntelligenceDate, r.reportDate);
    starts.forEach((s, i) => {
      if (r.reportDate > s) windows[i]!.intelligence++;
    });
  }
  let positiveDrugTests = 0;
  let lastPositiveDrugTestDate: IsoDate | null = null;
  for (const t of history.drugTests) {
    if (t.testDate > asOf || !(t.opiates || t.cocaine)) continue;
    lastPositiveDrugTestDate = maxOf(lastPositiveDrugTestDate, t.testDate);
    if (t.testDate > lookbackStart) positiveDrugTests++;
  }
  const custody = custodyAt(history, asOf);
  const supervisionDate = custody?.expectedReleaseDate && custody.expectedReleaseDate > asOf ? custody.expectedReleaseDate : asOf;
  const statutorySupervision = history.supervision.some((s) => s.statutory && within(supervisionDate, s.startDate, s.endDate));
  const sorted = [...sanctionDates].sort();
  return {
    personId: history.personId,
    personRef: history.personRef,
    asOf,
    sex: history.sex,
    dateOfBirth: history.dateOfBirth,
    ethnicity: history.ethnicity,
    dateOfDeath: history.dateOfDeath,
    areaCode: areaAt(history, asOf),
    lastOffenceDate,
    lastArrestDate,
    lastIntelligenceDate,
    windows,
    lookbackOffences,
    gravityMax,
    gravityTotal,
    neighbourhoodOffences,
    positiveDrugTests,
    lastPositiveDrugTestDate,
    sanctions: sorted.length,
    firstSanctionDate: sorted[0] ?? null,
    latestSanctionDate: sorted[sorted.length - 1] ?? null,
    latestOffenceCode: latest?.offenceCode ?? null,
    latestOgrs3Category: latest ? (offenceInfo(offences, latest.offenceCode)?.ogrs3Category ?? null) : null,
    custody,
    statutorySupervision,
  };
}

/** Orders codes as SQL's `offence_code DESC NULLS LAST` does (negative: a comes first). */
function compareCodesDescNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a > b ? -1 : 1;
}

/** Days from the as-of date to the expected release, or null when not in custody or unknown. */
export function daysToRelease(f: Pick<SelectionFeatures, 'asOf' | 'custody'>): number | null {
  return f.custody?.expectedReleaseDate ? daysBetween(f.asOf, f.custody.expectedReleaseDate) : null;
}

/** Due for release within the matrix's window (0 to withinDays days ahead, inclusive). */
export function releaseDue(f: Pick<SelectionFeatures, 'asOf' | 'custody'>, config: MatrixConfig): boolean {
  const d = daysToRelease(f);
  return d !== null && d >= 0 && d <= config.release.withinDays;
}

/** Above the pool's gravity and frequency threshold. */
export function aboveThreshold(f: SelectionFeatures, config: MatrixConfig): boolean {
  return f.lookbackOffences >= config.pool.minOffences && f.gravityMax >= config.pool.minGravityMax;
}

/** In the pool (SPEC 2): in the areas, alive, and above the threshold or due for release soon. */
export function inPool(f: SelectionFeatures, areaCodes: ReadonlySet<string>, config: MatrixConfig): boolean {
  if (f.dateOfDeath !== null && f.dateOfDeath <= f.asOf) return false;
  if (f.areaCode === null || !areaCodes.has(f.areaCode)) return false;
  return aboveThreshold(f, config) || releaseDue(f, config);
}

/**
 * What to tell someone whose run has no one in its pool: what puts a person
 * there, and where a person's area on the date comes from (the address
 * history, not the area given with the person). A run's view carries it
 * (RunView.emptyPool) for its page, `waymark select` and the API. The areas
 * are unknown (undefined) for a run stored before they were kept; a scheme
 * with none of its own covers the partnership's (findScheme), so none at all
 * means the partnership has none.
 */
export function emptyPoolText(asOf: IsoDate, areaCodes: readonly string[] | undefined): string {
  const areas = areaCodes === undefined ? '' : ` (${areaCodes.length ? areaCodes.join(', ') : 'none: the partnership has no areas yet; add them under Administration or with `waymark area add CODE --name NAME`'})`;
  return (
    `No one is in the pool. The pool is everyone above the matrix's threshold (offences in its look-back and their highest gravity) or due for release, ` +
    `whose address on ${asOf} is in the scheme's areas${areas}. A person's area on a date comes from their address history, ` +
    `not from the area given with the person: import it on the Imports page or with \`waymark import addresses FILE\`.`
  );
}
