// Which dates in case work are plausible (SPEC 3.5): pure rules, no I/O. Work
// done earlier may be entered late, so a date may be back-dated to any day on
// or after the case opened; nothing of the case's is dated before it opened,
// and nothing is done before it was set. "Not after today" is the caller's
// (the partnership's today, from the injected clock). Each rule answers why
// a date cannot be taken, in door-neutral words, or null; the services throw
// it as an InvalidInputError naming the field.
import { isoDateOf, type IsoDate } from '../calendar/dates.js';

/** Why a record of the case cannot be dated `date`: before the case opened. `what` starts the sentence ("A note"). */
export function datedBeforeCaseProblem(what: string, date: IsoDate, caseOpenedOn: IsoDate): string | null {
  return date < caseOpenedOn ? `${what} cannot be dated before the case opened (${caseOpenedOn}).` : null;
}

/** Why an action cannot fall due on `dueDate`: before the case opened (a due date since then may be past: the plan is entered late). */
export function dueDateProblem(dueDate: IsoDate, caseOpenedOn: IsoDate): string | null {
  return dueDate < caseOpenedOn ? `An action cannot be due before the case opened (${caseOpenedOn}).` : null;
}

/**
 * The day an action was set: for assertive outreach, the missed appointment
 * it follows (a miss entered late sets it on the day missed); otherwise the
 * day it was made, never later than the partnership's today (a partnership
 * whose data run to an earlier data date made it "today").
 */
export function actionSetOn(action: { createdAt: Date; missedOn?: IsoDate | null }, today: IsoDate): IsoDate {
  if (action.missedOn) return action.missedOn;
  const made = isoDateOf(action.createdAt);
  return made < today ? made : today;
}

/**
 * Why an action (or a release task) cannot be done on `doneOn`: before the
 * case opened, or before the action was set. `refused` starts the sentence
 * ("An outcome cannot be dated", "The date they were told cannot be"); `thing`
 * names what was set ("action", "task").
 */
export function doneOnProblem(refused: string, doneOn: IsoDate, caseOpenedOn: IsoDate, setOn: IsoDate, thing: 'action' | 'task' = 'action'): string | null {
  if (doneOn < caseOpenedOn) return `${refused} before the case opened (${caseOpenedOn}).`;
  if (doneOn < setOn) return `${refused} before the ${thing} was set (${setOn}).`;
  return null;
}
