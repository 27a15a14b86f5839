// Assertive outreach and the disengagement pathway (SPEC 3.5, seed 001): pure
// rules, no I/O. A missed appointment opens an outreach action due a set
// number of days after the missed date. A further miss while an outreach is
// open, or within 28 days after it closed, opens the disengagement pathway,
// so that no one silently drops out.
import { addDays, type IsoDate } from '../calendar/dates.js';
import type { DisengagementRoute, DisengagementStage } from '../glossary.js';

/** The default days from a missed appointment to its outreach action's due date. */
export const DEFAULT_OUTREACH_DAYS = 2;
/** A further miss up to this many days after an outreach closed still counts as repeated non-engagement. */
export const DISENGAGEMENT_WINDOW_DAYS = 28;

/** The due date of the outreach action a miss on `missedOn` opens. */
export function outreachDueDate(missedOn: IsoDate, outreachDays: number = DEFAULT_OUTREACH_DAYS): IsoDate {
  return addDays(missedOn, outreachDays);
}

/** An outreach action as the rule sees it. */
export interface OutreachSpan {
  /** The date of the missed appointment that opened it. */
  missedOn: IsoDate;
  /** The day it was done or cancelled; null while open. */
  closedOn: IsoDate | null;
}

/**
 * Whether a miss on `missedOn` opens the disengagement pathway: some earlier
 * miss's outreach is still open, or closed no more than 28 days before. The
 * boundary: a miss on the 28th day after the outreach closed opens it; on the
 * 29th it does not (it opens a fresh outreach instead).
 */
export function opensDisengagement(missedOn: IsoDate, outreach: readonly OutreachSpan[]): OutreachSpan | null {
  for (const o of outreach) {
    if (o.missedOn >= missedOn) continue;
    if (o.closedOn === null || missedOn <= addDays(o.closedOn, DISENGAGEMENT_WINDOW_DAYS)) return o;
  }
  return null;
}

/** An appointment date may be any day up to today (work done earlier is entered late); a planned one may be later. */
export function appointmentDateProblem(date: IsoDate, status: 'planned' | 'attended' | 'missed' | 'cancelled', today: IsoDate): string | null {
  if (status !== 'planned' && status !== 'cancelled' && date > today) return `An appointment cannot be recorded as ${status} before its date (${date} is after today, ${today}).`;
  return null;
}

/**
 * Whether attending an appointment on `attendedOn` ends the outreach that
 * followed a miss on `missedOn`: the person came back at a later appointment.
 * An appointment on the missed day itself, or earlier (entered late), does not.
 */
export function attendanceEndsOutreach(missedOn: IsoDate, attendedOn: IsoDate): boolean {
  return attendedOn > missedOn;
}

/** The routes the lead may take on the disengagement pathway, as the page words them. */
export const DISENGAGEMENT_ROUTE_LABELS: Record<DisengagementRoute, string> = {
  enforcement: 'Enforcement',
  breach: 'Breach',
  return_to_court: 'Return to court',
};
export const DISENGAGEMENT_ROUTES = Object.keys(DISENGAGEMENT_ROUTE_LABELS) as DisengagementRoute[];

/** The pathway's steps in order: opened by a miss, a route chosen by the lead, then concluded with an outcome. */
export type DisengagementStep = 'route' | 'outcome';

/** Why this step cannot be taken at this stage, or null. */
export function disengagementStepProblem(stage: DisengagementStage, step: DisengagementStep): string | null {
  if (stage === 'concluded') return 'The disengagement pathway is concluded; a further miss opens a new one.';
  if (step === 'route' && stage !== 'opened') return 'The route on this disengagement pathway is already recorded; record its outcome.';
  if (step === 'outcome' && stage !== 'route_chosen') return 'Record the route taken (enforcement, breach or return to court) before its outcome.';
  return null;
}
