// The assertive outreach and disengagement rules (outreach.ts), and release
// planning's due dates (release-plan.ts), at their boundaries.
import { describe, expect, it } from 'vitest';
import {
  appointmentDateProblem,
  attendanceEndsOutreach,
  DEFAULT_OUTREACH_DAYS,
  DISENGAGEMENT_WINDOW_DAYS,
  disengagementStepProblem,
  opensDisengagement,
  outreachDueDate,
} from '../../../src/cases/outreach.js';
import { expectedReleaseProblem, RELEASE_TASKS, releaseTaskDueDate } from '../../../src/cases/release-plan.js';

describe('outreachDueDate', () => {
  it('is the missed date plus the outreach days (default 2), across a month end', () => {
    expect(DEFAULT_OUTREACH_DAYS).toBe(2);
    expect(outreachDueDate('2010-03-10')).toBe('2010-03-12');
    expect(outreachDueDate('2010-02-27')).toBe('2010-03-01');
    expect(outreachDueDate('2010-03-10', 5)).toBe('2010-03-15');
    expect(outreachDueDate('2010-03-10', 0)).toBe('2010-03-10');
  });
});

describe('opensDisengagement', () => {
  const closed = { missedOn: '2010-03-01', closedOn: '2010-03-05' };
  it('opens on a further miss while an earlier outreach is open', () => {
    const open = { missedOn: '2010-03-01', closedOn: null };
    expect(opensDisengagement('2010-03-02', [open])).toBe(open);
    expect(opensDisengagement('2011-03-02', [open])).toBe(open);
  });

  it('opens on the 28th day after the outreach closed, and not on the 29th', () => {
    expect(DISENGAGEMENT_WINDOW_DAYS).toBe(28);
    expect(opensDisengagement('2010-04-02', [closed])).toBe(closed);
    expect(opensDisengagement('2010-04-03', [closed])).toBeNull();
  });

  it('counts only outreach after an earlier miss, not the same day or a later one (entered late)', () => {
    expect(opensDisengagement('2010-03-01', [{ missedOn: '2010-03-01', closedOn: null }])).toBeNull();
    expect(opensDisengagement('2010-02-20', [{ missedOn: '2010-03-01', closedOn: null }])).toBeNull();
    expect(opensDisengagement('2010-03-01', [])).toBeNull();
  });

  it('finds any qualifying outreach among several', () => {
    const old = { missedOn: '2009-01-01', closedOn: '2009-01-10' };
    expect(opensDisengagement('2010-03-20', [old, closed])).toBe(closed);
  });
});

describe('attendanceEndsOutreach', () => {
  it('ends the outreach of a miss before the attended date only', () => {
    expect(attendanceEndsOutreach('2010-03-01', '2010-03-02')).toBe(true);
    expect(attendanceEndsOutreach('2010-03-01', '2010-03-01')).toBe(false);
    expect(attendanceEndsOutreach('2010-03-01', '2010-02-28')).toBe(false);
  });
});

describe('appointmentDateProblem', () => {
  it('allows any date for a planned or cancelled appointment, and up to today for attended or missed', () => {
    expect(appointmentDateProblem('2010-07-01', 'planned', '2010-06-30')).toBeNull();
    expect(appointmentDateProblem('2010-07-01', 'cancelled', '2010-06-30')).toBeNull();
    expect(appointmentDateProblem('2010-06-30', 'attended', '2010-06-30')).toBeNull();
    expect(appointmentDateProblem('2009-01-01', 'missed', '2010-06-30')).toBeNull();
    expect(appointmentDateProblem('2010-07-01', 'missed', '2010-06-30')).toBe('An appointment cannot be recorded as missed before its date (2010-07-01 is after today, 2010-06-30).');
  });
});

describe('disengagementStepProblem', () => {
  it('takes the route first, then the outcome, and nothing after it concludes', () => {
    expect(disengagementStepProblem('opened', 'route')).toBeNull();
    expect(disengagementStepProblem('opened', 'outcome')).toMatch(/before its outcome/);
    expect(disengagementStepProblem('route_chosen', 'outcome')).toBeNull();
    expect(disengagementStepProblem('route_chosen', 'route')).toMatch(/already recorded/);
    expect(disengagementStepProblem('concluded', 'outcome')).toMatch(/concluded/);
  });
});

describe('release planning', () => {
  it('has the three tasks, treatment continuity being health detail', () => {
    expect(RELEASE_TASKS.map((t) => [t.kind, t.health])).toEqual([
      ['release_accommodation', false],
      ['release_treatment', true],
      ['release_police_informed', false],
    ]);
  });

  it('falls due a week before the expected release, never before today', () => {
    expect(releaseTaskDueDate('2010-09-30', '2010-06-30')).toBe('2010-09-23');
    expect(releaseTaskDueDate('2010-07-03', '2010-06-30')).toBe('2010-06-30');
    expect(releaseTaskDueDate('2010-07-07', '2010-06-30')).toBe('2010-06-30');
    expect(releaseTaskDueDate('2010-07-08', '2010-06-30')).toBe('2010-07-01');
  });

  it('refuses a release date already passed', () => {
    expect(expectedReleaseProblem('2010-06-29', '2010-06-30')).toMatch(/has passed/);
    expect(expectedReleaseProblem('2010-06-30', '2010-06-30')).toBeNull();
  });
});
