// What a case looks like to its readers: the case page, GET
// /api/v1/people/{personRef}/case, and `waymark case show --json`. Built by
// read.ts with need-to-know applied (health and drug-treatment detail is left
// out, with the reason, for those who may not see it). Plain data.
import type { IsoDate } from '../calendar/dates.js';
import type { AlertKind, AppointmentStatus, AssessmentKind, CaseActionKind, CaseActionStatus, DisengagementRoute, DisengagementStage, NeedRating, NoteSensitivity, Pathway } from '../glossary.js';

export interface TeamMember {
  agencyId: number;
  agency: string;
  agencyKind: string;
  /** 'lead', or the agency's part in words ("drug worker"). */
  role: string;
  userId: number | null;
  worker: string | null;
}

export interface CaseAction {
  id: number;
  kind: CaseActionKind;
  pathway: Pathway | null;
  description: string;
  ownerAgency: string | null;
  dueDate: IsoDate;
  status: CaseActionStatus;
  outcome: string | null;
  completedOn: IsoDate | null;
  /** Open and due before today. */
  overdue: boolean;
  /** The missed appointment an outreach action follows. */
  appointmentId: number | null;
  /** Release planning: who was told, and when. */
  toldWhom: string | null;
  toldOn: IsoDate | null;
  version: number;
}

export interface Appointment {
  id: number;
  date: IsoDate;
  purpose: string;
  agency: string | null;
  status: AppointmentStatus;
  version: number;
}

export interface CaseAlert {
  id: number;
  kind: AlertKind;
  raisedOn: IsoDate;
  aboutDate: IsoDate | null;
  detail: string;
  recipients: string[];
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  version: number;
}

export interface Disengagement {
  id: number;
  stage: DisengagementStage;
  /** The date of the miss that opened it. */
  since: IsoDate;
  route: DisengagementRoute | null;
  routeOn: IsoDate | null;
  outcome: string | null;
  concludedOn: IsoDate | null;
  version: number;
}

export interface NeedsAssessment {
  id: number;
  kind: AssessmentKind;
  date: IsoDate;
  agency: string | null;
  /** Health and drugs-and-alcohol ratings are left out for those who may not see health detail. */
  ratings: { pathway: Pathway; rating: NeedRating; note: string | null }[];
}

export interface CaseNote {
  id: number;
  date: IsoDate;
  author: string;
  agency: string | null;
  sensitivity: NoteSensitivity;
  body: string;
}

export interface CustodyStatus {
  inCustody: boolean;
  kind: 'remand' | 'sentenced' | null;
  since: IsoDate | null;
  expectedRelease: IsoDate | null;
  establishment: string | null;
  /** Due out within 3 months of today. */
  releaseDueSoon: boolean;
}

export interface CaseView {
  caseId: number;
  personId: number;
  personRef: string;
  scheme: { code: string; name: string };
  lead: { agencyId: number; agency: string; agencyKind: string };
  caseManager: { userId: number; name: string } | null;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  version: number;
  team: TeamMember[];
  assessments: NeedsAssessment[];
  actions: CaseAction[];
  appointments: Appointment[];
  alerts: CaseAlert[];
  disengagement: Disengagement | null;
  notes: CaseNote[];
  custody: CustodyStatus;
  /** Why health and drug-treatment detail is left out, or null when it is shown. */
  healthWithheld: string | null;
  today: IsoDate;
}
