// A person's criminal history as the pure domain rules see it: plain data, no
// database. Selection, de-selection and the performance measures all take this.
import type { ArrestOutcome, CustodyKind, Disposal, OutcomeKind, Sex, SupervisionKind, EndReason } from '../glossary.js';
import type { IsoDate } from '../calendar/dates.js';

export interface OutcomeEvent {
  offenceDate: IsoDate;
  outcomeDate: IsoDate;
  outcome: OutcomeKind;
  /** 5-digit Home Office code when recognised, else null (raw text kept in the register). */
  offenceCode: string | null;
  disposal: Disposal | null;
  sentenceDays: number | null;
}
export interface ArrestEvent {
  arrestDate: IsoDate;
  offenceCode: string | null;
  outcome: ArrestOutcome | null;
}
export interface IntelligenceEvent {
  reportDate: IsoDate;
  grading: string | null;
}
export interface DrugTestEvent {
  testDate: IsoDate;
  opiates: boolean;
  cocaine: boolean;
}
export interface CustodyPeriod {
  kind: CustodyKind;
  /** [receptionDate, releaseDate) */
  receptionDate: IsoDate;
  releaseDate: IsoDate | null;
  sentenceDays: number | null;
  expectedReleaseDate: IsoDate | null;
}
export interface SupervisionPeriod {
  kind: SupervisionKind;
  statutory: boolean;
  /** [startDate, endDate) */
  startDate: IsoDate;
  endDate: IsoDate | null;
}
export interface AddressSpan {
  /** [fromDate, toDate) */
  fromDate: IsoDate;
  toDate: IsoDate | null;
  areaCode: string;
}
export interface MembershipSpan {
  schemeCode: string;
  tierCode: string | null;
  /** [startDate, endDate) */
  startDate: IsoDate;
  endDate: IsoDate | null;
  endReason: EndReason | null;
}

export interface PersonHistory {
  personId: number;
  personRef: string;
  dateOfBirth: IsoDate;
  sex: Sex;
  ethnicity: string | null;
  dateOfDeath: IsoDate | null;
  outcomes: OutcomeEvent[];
  arrests: ArrestEvent[];
  intelligence: IntelligenceEvent[];
  drugTests: DrugTestEvent[];
  custody: CustodyPeriod[];
  supervision: SupervisionPeriod[];
  addresses: AddressSpan[];
  memberships: MembershipSpan[];
}
