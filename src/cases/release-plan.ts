// Release planning (SPEC 3.5, prison link): the three tasks a release needs
// (accommodation on release, treatment continuity, police told of the
// release), who owns each, and when they fall due. Pure rules, no I/O.
import { addDays, type IsoDate } from '../calendar/dates.js';
import type { AgencyKind, CaseActionKind } from '../glossary.js';

/** How many days before the expected release the tasks fall due, so there is time to act on what is arranged. */
export const RELEASE_TASK_LEAD_DAYS = 7;

export type ReleaseTaskKind = Extract<CaseActionKind, 'release_accommodation' | 'release_treatment' | 'release_police_informed'>;

export interface ReleaseTaskSpec {
  kind: ReleaseTaskKind;
  /** What the task is, in words. */
  title: string;
  /** The kind of agency on the team that owns it; the case's lead when the team has none. */
  ownerKind: AgencyKind;
  /** Treatment continuity is drug-treatment detail (need-to-know for health). */
  health: boolean;
}

export const RELEASE_TASKS: readonly ReleaseTaskSpec[] = [
  { kind: 'release_accommodation', title: 'Accommodation on release', ownerKind: 'housing', health: false },
  { kind: 'release_treatment', title: 'Treatment continuity on release', ownerKind: 'drug_service', health: true },
  { kind: 'release_police_informed', title: 'Police told of the release', ownerKind: 'police', health: false },
];

export const RELEASE_TASK_KINDS: readonly ReleaseTaskKind[] = RELEASE_TASKS.map((t) => t.kind);

export function isReleaseTaskKind(kind: string): kind is ReleaseTaskKind {
  return (RELEASE_TASK_KINDS as readonly string[]).includes(kind);
}

/**
 * When the tasks for a release expected on `expectedRelease` fall due: a week
 * before it, but never before today (a release planned late is due now).
 */
export function releaseTaskDueDate(expectedRelease: IsoDate, today: IsoDate): IsoDate {
  const due = addDays(expectedRelease, -RELEASE_TASK_LEAD_DAYS);
  return due < today ? today : due;
}

/** Why a release cannot be planned for that date, or null. */
export function expectedReleaseProblem(expectedRelease: IsoDate, today: IsoDate): string | null {
  if (expectedRelease < today) return `The expected release date ${expectedRelease} has passed (today is ${today}); release planning is for a release still to come.`;
  return null;
}
