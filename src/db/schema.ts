// Kysely's view of the tables in migrations/. Dates are 'YYYY-MM-DD' strings and
// 64-bit integers are numbers on both drivers (see pg-driver.ts, pglite-worker.js).
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { IsoDate } from '../calendar/dates.js';

type Id = Generated<number>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultFalse = ColumnType<boolean, boolean | undefined, boolean>;
type DefaultZero = ColumnType<number, number | undefined, number>;
/** The calendar's date type, re-exported for modules that still take it from here. */
export type { IsoDate };

import type { Role, AgencyKind, Sex, IdentifierKind, OutcomeKind, Disposal, ArrestOutcome, CustodyKind, SupervisionKind, EndReason, ProposalKind, PanelDecisionKind, PanelAction, RiskOfSeriousHarm, TransferStatus, Pathway, NeedRating, AssessmentKind, AppointmentStatus, CaseActionKind, CaseActionStatus, DisengagementStage, DisengagementRoute, NoteSensitivity, AlertKind, WatchListQuery, SupervisionEndKind } from '../glossary.js';
/** The glossary's closed vocabularies, re-exported for the tables that store them. */
export type { Role, AgencyKind, Sex, IdentifierKind, OutcomeKind, Disposal, ArrestOutcome, CustodyKind, SupervisionKind, EndReason, ProposalKind, PanelDecisionKind, PanelAction, RiskOfSeriousHarm, TransferStatus, Pathway, NeedRating, AssessmentKind, AppointmentStatus, CaseActionKind, CaseActionStatus, DisengagementStage, DisengagementRoute, NoteSensitivity, AlertKind, WatchListQuery, SupervisionEndKind };


export type AuditAction =
  | 'collection'
  | 'alteration'
  | 'consultation'
  | 'disclosure'
  | 'combination'
  | 'erasure'
  | 'sign_in'
  | 'sign_out'
  | 'sign_in_failed';

interface Owned {
  partnership_id: number;
}
interface Imported {
  import_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PartnershipsTable {
  id: Id;
  code: string;
  name: string;
  created_at: Generated<Date>;
  /** "Today" for this partnership's pages; null means the real date. */
  data_as_of: ColumnType<IsoDate | null, IsoDate | null | undefined, IsoDate | null>;
  /** Everyone, not only administrators, must enrol a second factor. */
  second_factor_required_for_all: DefaultFalse;
  /** A demo partnership: its administrators need not enrol, outside production only. */
  demo_second_factor_exempt: DefaultFalse;
  /** Days after a missed appointment that its assertive outreach action is due (migration 0120). */
  outreach_days: ColumnType<number, number | undefined, number>;
}
export interface AreasTable extends Owned {
  id: Id;
  code: string;
  name: string;
  parent_area_id: number | null;
}
export interface AgenciesTable extends Owned {
  id: Id;
  code: string;
  name: string;
  kind: AgencyKind;
}
export interface UsersTable extends Owned {
  id: Id;
  agency_id: number;
  username: string;
  display_name: string;
  email: string | null;
  /** null until an invited user sets a password. */
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  role: Role;
  totp_secret: string | null;
  /** Set when a first code confirmed the secret; null while enrolling or not enrolled. */
  totp_enrolled_at: Timestamp | null;
  /** The time step of the last accepted code (no code is accepted twice). */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  disabled: DefaultFalse;
  /** Set by a one-time password: every page but "change your password" waits until it is changed. */
  must_change_password: DefaultFalse;
  created_at: Generated<Date>;
  /** The subject the configured OpenID Connect provider gives this user (migration 0102). */
  oidc_subject: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
}
export interface ApiTokensTable {
  id: Id;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
  /** 'read': GET and HEAD only; 'role': whatever the user's role may do. */
  scope: ColumnType<ApiTokenScope, ApiTokenScope | undefined, ApiTokenScope>;
  expires_at: Timestamp;
  created_by_label: string | null;
}
export type ApiTokenScope = 'read' | 'role';
export interface InvitationsTable {
  id: Id;
  user_id: number;
  token_hash: string;
  purpose: 'invitation' | 'password_reset';
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
export interface RecoveryCodesTable {
  id: Id;
  user_id: number;
  code_hash: string;
  used_at: Timestamp | null;
}
export interface SignInChallengesTable {
  id: string;
  user_id: number;
  return_to: ColumnType<string, string | undefined, string>;
  expires_at: Timestamp;
}
export interface SignInThrottleTable {
  key: string;
  window_start: Timestamp;
  failures: number;
}
export interface SignInAttemptsTable {
  id: Id;
  username: string;
  ip: string;
  at: Generated<Date>;
  succeeded: boolean;
}
export interface ImportsTable extends Owned {
  id: Id;
  user_id: number | null;
  kind: string;
  file_name: string;
  sha256: string;
  status: 'running' | 'completed' | 'failed';
  mode: ColumnType<'all_or_nothing' | 'partial', 'all_or_nothing' | 'partial' | undefined>;
  started_at: Generated<Date>;
  finished_at: Timestamp | null;
  rows_read: DefaultZero;
  rows_added: DefaultZero;
  rows_updated: DefaultZero;
  rows_unchanged: DefaultZero;
  rows_rejected: DefaultZero;
  message: string | null;
}
export interface OffenceGroupsTable {
  group_code: string;
  description: string;
  category: string;
  ogrs3_category: string | null;
  violent: DefaultFalse;
  sexual: DefaultFalse;
  neighbourhood_crime: DefaultFalse;
}
export interface OffenceCodesTable {
  code: string;
  group_code: string;
  category: string | null;
  description: string;
  ogrs3_category: string | null;
  actuarial_category: string | null;
  violent: DefaultFalse;
}
export interface PeopleTable extends Owned, Imported {
  id: Id;
  person_ref: string;
  family_name: string;
  given_names: string;
  date_of_birth: IsoDate;
  sex: Sex;
  sex_raw: string | null;
  ethnicity: string | null;
  ethnicity_raw: string | null;
  restricted: DefaultFalse;
  /** The agency that leads the person's case (migration 0103); null until one does. */
  lead_agency_id: ColumnType<number | null, number | null | undefined, number | null>;
  date_of_death: IsoDate | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
/** Consent to share health detail (migration 0111): in force while withdrawn_date is null. */
export interface HealthConsentsTable extends Owned {
  id: Id;
  person_id: number;
  given_date: IsoDate;
  share_with_all: boolean;
  agency_kinds: ColumnType<AgencyKind[], AgencyKind[] | undefined, AgencyKind[]>;
  recorded_by: number | null;
  recorded_by_label: string;
  recorded_at: Generated<Date>;
  withdrawn_date: IsoDate | null;
  withdrawn_by: ColumnType<number | null, number | null | undefined, number | null>;
  withdrawn_by_label: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface PersonAccessTable {
  person_id: number;
  user_id: number;
}
export interface PersonIdentifiersTable extends Owned {
  id: Id;
  person_id: number;
  kind: IdentifierKind;
  value: string;
}
export interface PersonAliasesTable {
  id: Id;
  person_id: number;
  family_name: string;
  given_names: string;
  date_of_birth: IsoDate | null;
}
export interface AddressesTable extends Owned, Imported {
  id: Id;
  person_id: number;
  from_date: IsoDate;
  to_date: IsoDate | null;
  area_code: string;
  area_id: number | null;
  postcode: string | null;
}
export interface ArrestsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  arrest_date: IsoDate;
  offence_code: string | null;
  offence_code_raw: string | null;
  outcome: ArrestOutcome | null;
  outcome_raw: string | null;
}
export interface ChargesTable extends Owned, Imported {
  id: Id;
  person_id: number;
  charge_date: IsoDate;
  offence_code: string | null;
  offence_code_raw: string | null;
}
export interface OutcomesTable extends Owned, Imported {
  id: Id;
  person_id: number;
  offence_date: IsoDate;
  outcome_date: IsoDate;
  outcome: OutcomeKind;
  outcome_raw: string | null;
  offence_code: string | null;
  offence_code_raw: string;
  offence_code_known: ColumnType<boolean, boolean | undefined, boolean>;
  offence_description: string | null;
  disposal: Disposal | null;
  disposal_raw: string | null;
  sentence_days: number | null;
  court: string | null;
}
export interface IntelligenceReportsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  report_date: IsoDate;
  grading: string | null;
  topic: string | null;
}
export interface DrugTestsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  test_date: IsoDate;
  opiates: boolean;
  cocaine: boolean;
  trigger_offence_code: string | null;
}
export interface RequiredAssessmentsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  assessment_date: IsoDate;
  attended: boolean | null;
  drug_misuser: boolean | null;
}
export interface BreachesTable extends Owned, Imported {
  id: Id;
  person_id: number;
  breach_date: IsoDate;
  order_kind: string | null;
  outcome: string | null;
}
export interface CustodyPeriodsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  kind: CustodyKind;
  kind_raw: string | null;
  reception_date: IsoDate;
  release_date: IsoDate | null;
  sentence_days: number | null;
  expected_release_date: IsoDate | null;
  establishment: string | null;
}
export interface SupervisionPeriodsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  kind: SupervisionKind;
  kind_raw: string | null;
  statutory: boolean;
  start_date: IsoDate;
  end_date: IsoDate | null;
  /** How a DRR ended: completed, terminated early, or otherwise (migration 0120). */
  end_kind: ColumnType<SupervisionEndKind | null, SupervisionEndKind | null | undefined, SupervisionEndKind | null>;
}
export interface SchemesTable extends Owned {
  id: Id;
  code: string;
  name: string;
  description: string | null;
  capacity: number | null;
  created_at: Generated<Date>;
}
export interface SchemeAreasTable {
  scheme_id: number;
  area_id: number;
}
export interface StrandsTable {
  id: Id;
  scheme_id: number;
  code: string;
  name: string;
}
export interface TiersTable {
  id: Id;
  scheme_id: number;
  code: string;
  name: string;
  rank: number;
}
export interface MembershipsTable extends Owned, Imported {
  id: Id;
  person_id: number;
  scheme_id: number;
  tier_id: number | null;
  strand_id: number | null;
  start_date: IsoDate;
  end_date: IsoDate | null;
  selection_reason: string | null;
  end_reason: EndReason | null;
  end_reason_raw: string | null;
  exit_plan: string | null;
  created_at: Generated<Date>;
}
export interface AuditLogTable {
  id: Id;
  at: ColumnType<Date, string | undefined, never>;
  partnership_id: number | null;
  user_id: number | null;
  action: AuditAction;
  person_id: number | null;
  /** The people a list showed (migration 0103); null for an entry about one person or none. */
  person_ids: ColumnType<number[] | null, number[] | null | undefined, never>;
  what: string;
  justification: string | null;
  details: ColumnType<string | null, string | null | undefined, never>;
  /** The SHA-256 chain of the entries written before migration 0110; null since. */
  prev_hash: ColumnType<string | null, string | null | undefined, never>;
  hash: ColumnType<string | null, string | null | undefined, never>;
  /** A random id, so that no two entries have one mac (migration 0110). */
  uid: ColumnType<string | null, string | undefined, never>;
  /** HMAC of the entry's content under the audit key (src/access/audit-key.ts). */
  mac: ColumnType<string | null, string | undefined, never>;
  /** The transaction that wrote it (pg_current_xact_id), for the sealer. */
  txid: ColumnType<number | null, never, never>;
}
/** A seal over audit entries, chained by HMAC (migration 0110). Insert-only. */
export interface AuditSealsTable {
  seq: ColumnType<number, number, never>;
  sealed_at: ColumnType<Date, string, never>;
  /** The oldest transaction still running when sealed (pg_snapshot_xmin). */
  boundary: ColumnType<number, number, never>;
  entry_ids: ColumnType<number[], number[], never>;
  prev_hash: ColumnType<string, string, never>;
  hash: ColumnType<string, string, never>;
}
/** Which seal holds each audit entry (migration 0110). Insert-only. */
export interface AuditSealEntriesTable {
  entry_id: ColumnType<number, number, never>;
  seal_seq: ColumnType<number, number, never>;
}
/** An OpenID Connect sign-in sent to the provider and not yet back (migration 0102). */
export interface OidcSignInsTable {
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  redirect_uri: string;
  return_to: ColumnType<string, string | undefined, string>;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}
export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface DB {
  partnerships: PartnershipsTable;
  areas: AreasTable;
  agencies: AgenciesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sign_in_attempts: SignInAttemptsTable;
  recovery_codes: RecoveryCodesTable;
  sign_in_challenges: SignInChallengesTable;
  sign_in_throttle: SignInThrottleTable;
  oidc_sign_ins: OidcSignInsTable;
  imports: ImportsTable;
  offence_groups: OffenceGroupsTable;
  offence_codes: OffenceCodesTable;
  people: PeopleTable;
  person_access: PersonAccessTable;
  health_consents: HealthConsentsTable;
  sharing_agreements: SharingAgreementsTable;
  sharing_agreement_parties: SharingAgreementPartiesTable;
  person_identifiers: PersonIdentifiersTable;
  person_aliases: PersonAliasesTable;
  addresses: AddressesTable;
  arrests: ArrestsTable;
  charges: ChargesTable;
  outcomes: OutcomesTable;
  intelligence_reports: IntelligenceReportsTable;
  drug_tests: DrugTestsTable;
  required_assessments: RequiredAssessmentsTable;
  breaches: BreachesTable;
  custody_periods: CustodyPeriodsTable;
  supervision_periods: SupervisionPeriodsTable;
  schemes: SchemesTable;
  scheme_areas: SchemeAreasTable;
  strands: StrandsTable;
  tiers: TiersTable;
  memberships: MembershipsTable;
  audit_log: AuditLogTable;
  audit_seals: AuditSealsTable;
  audit_seal_entries: AuditSealEntriesTable;
  schema_migrations: SchemaMigrationsTable;
  cohort_lists: CohortListsTable;
  cohort_list_members: CohortListMembersTable;
  performance_results: PerformanceResultsTable;
  unit_costs: UnitCostsTable;
  offence_gravity: OffenceGravityTable;
  offence_references: OffenceReferencesTable;
  neighbourhood_crime_groups: NeighbourhoodCrimeGroupsTable;
  matrix_versions: MatrixVersionsTable;
  selection_runs: SelectionRunsTable;
  selection_run_results: SelectionRunResultsTable;
  panel_meetings: PanelMeetingsTable;
  panel_decisions: PanelDecisionsTable;
  risk_assessments: RiskAssessmentsTable;
  mappa_referrals: MappaReferralsTable;
  transfers: TransfersTable;
  possible_duplicates: PossibleDuplicatesTable;
  person_merges: PersonMergesTable;
  import_errors: ImportErrorsTable;
  cases: CasesTable;
  case_team: CaseTeamTable;
  needs_assessments: NeedsAssessmentsTable;
  needs_ratings: NeedsRatingsTable;
  appointments: AppointmentsTable;
  case_actions: CaseActionsTable;
  disengagements: DisengagementsTable;
  case_notes: CaseNotesTable;
  alerts: AlertsTable;
  watch_lists: WatchListsTable;
  drr_targets: DrrTargetsTable;
}

export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type User = Selectable<UsersTable>;
export type Membership = Selectable<MembershipsTable>;

// ---------------------------------------------------------------- performance (0030)
export interface CohortListsTable extends Owned {
  id: Id;
  scheme_id: number;
  name: string;
  performance_year: string | null;
  cohort_date: IsoDate;
  note: string | null;
  frozen_by: number | null;
  frozen_by_label: string;
  frozen_at: Generated<Date>;
}
export interface CohortListMembersTable {
  cohort_list_id: number;
  person_id: number;
}
export type PerformanceMeasure = 'ni30' | 'ni38' | 'reoffending' | 'ogrs3_cohort';
export interface PerformanceResultsTable extends Owned {
  id: Id;
  measure: PerformanceMeasure;
  scheme_id: number | null;
  model_version: string;
  /** JSON text on insert; parsed JSON on select. */
  inputs: ColumnType<unknown, string, string>;
  figures: ColumnType<unknown, string, string>;
  computed_by: number | null;
  computed_by_label: string;
  computed_at: Generated<Date>;
}
export interface UnitCostsTable {
  id: Id;
  partnership_id: number | null;
  category: string;
  pounds: number | null;
  price_year: string | null;
  source: string | null;
  group_codes: ColumnType<string[], string[] | undefined, string[]>;
  updated_by_label: string | null;
  updated_at: Generated<Date>;
}
export interface OffenceGravityTable extends Owned {
  group_code: string;
  gravity: number;
  updated_at: Generated<Date>;
}

// ---------------------------------------------------------------- offence reference (0093)
export interface OffenceReferencesTable {
  partnership_id: number;
  version: Generated<number>;
  updated_by_label: string | null;
  updated_at: Generated<Date>;
}

export interface NeighbourhoodCrimeGroupsTable extends Owned {
  group_code: string;
}

// ---------------------------------------------------------------- selection (0020_selection.sql)

export interface MatrixVersionsTable extends Owned {
  id: Id;
  scheme_id: number;
  version: number;
  note: string | null;
  config: string;
  created_by: number | null;
  created_by_label: string;
  created_at: Generated<Date>;
}
export interface SelectionRunsTable extends Owned {
  id: Id;
  scheme_id: number;
  matrix_version_id: number;
  as_of: IsoDate;
  pool_size: number;
  members: number;
  capacity: number | null;
  summary: string;
  created_by: number | null;
  created_by_label: string;
  created_at: Generated<Date>;
  /** The offence reference's version the run graded offences with (0093); null for older runs. */
  offence_reference_version: number | null;
}
export interface SelectionRunResultsTable extends Owned {
  run_id: number;
  person_id: number;
  rank: number;
  score: number;
  member: boolean;
  in_pool: boolean;
  above_lowest_member: boolean;
  priority: boolean;
  proposal: ProposalKind | null;
  proposal_reasons: string;
  /** JSON CriterionResult[] (runs stored before 0021); null when features are stored. */
  criteria: string | null;
  /** Compact JSON of the person's selection features (0021); criteria are recomputed from them. */
  features: string | null;
}
export interface PanelMeetingsTable extends Owned {
  id: Id;
  scheme_id: number;
  meeting_date: IsoDate;
  run_id: number | null;
  notes: string | null;
  created_by: number | null;
  created_by_label: string;
  created_at: Generated<Date>;
}
export interface PanelDecisionsTable extends Owned {
  id: Id;
  meeting_id: number;
  person_id: number;
  item: string;
  decision: PanelDecisionKind;
  action: PanelAction;
  reason: string;
  end_reason: EndReason | null;
  exit_plan: string | null;
  tier_id: number | null;
  membership_id: number | null;
  score: number | null;
  decided_by: number | null;
  decided_by_label: string;
  decided_at: Generated<Date>;
}
export interface RiskAssessmentsTable extends Owned {
  id: Id;
  person_id: number;
  assessment_date: IsoDate;
  risk_of_serious_harm: RiskOfSeriousHarm;
  risk_of_serious_harm_raw: string | null;
  assessor: string | null;
  agency_id: number | null;
  notes: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
}
export interface MappaReferralsTable extends Owned {
  id: Id;
  person_id: number;
  referral_date: IsoDate;
  outcome: string | null;
  outcome_date: IsoDate | null;
  created_by: number | null;
  created_at: Generated<Date>;
}
export interface TransfersTable extends Owned {
  id: Id;
  person_id: number;
  scheme_id: number | null;
  to_area_code: string;
  to_partnership_id: number | null;
  summary: string;
  note: string | null;
  status: TransferStatus;
  notified_at: Generated<Date>;
  received_by: number | null;
  received_at: Timestamp | null;
  receiver_note: string | null;
  created_by: number | null;
  created_by_label: string;
}

// ---------------------------------------------------------------- imports (0010)
// Columns that 0010_imports.sql adds to tables of 0001 (interface merging keeps
// them in this one block), and the tables it creates.
type DefaultOne = ColumnType<number, number | undefined, number>;
export interface OutcomesTable {
  key_seq: DefaultOne;
}
export interface ArrestsTable {
  key_seq: DefaultOne;
}
export interface IntelligenceReportsTable {
  key_seq: DefaultOne;
}
export interface DrugTestsTable {
  key_seq: DefaultOne;
}
export interface PeopleTable {
  area_code: ColumnType<string | null, string | null | undefined, string | null>;
  area_id: ColumnType<number | null, number | null | undefined, number | null>;
  postcode: ColumnType<string | null, string | null | undefined, string | null>;
  merged_into_id: ColumnType<number | null, number | null | undefined, number | null>;
}
export interface PossibleDuplicatesTable extends Owned {
  id: Id;
  person_id: number;
  other_person_id: number;
  reason: string;
  import_id: number | null;
  status: ColumnType<'open' | 'merged' | 'not_duplicate', 'open' | 'merged' | 'not_duplicate' | undefined>;
  decided_by: number | null;
  decided_at: Timestamp | null;
  created_at: Generated<Date>;
}
export interface PersonMergesTable extends Owned {
  id: Id;
  kept_person_id: number;
  merged_person_id: number;
  reason: string;
  moved_rows: string;
  merged_by: number | null;
  merged_at: Generated<Date>;
  unmerged_by: number | null;
  unmerged_at: Timestamp | null;
}

// ---------------------------------------------------------------- import pages (0070)
export interface ImportErrorsTable {
  partnership_id: number;
  import_id: number;
  position: number;
  file_name: string;
  row_no: number;
  field: string;
  value: string;
  reason: string;
}

// ---------------------------------------------------------------- sharing agreements (0112)
export interface SharingAgreementsTable extends Owned {
  id: Id;
  title: string;
  purpose: string;
  data_categories: string[];
  start_date: IsoDate;
  /** Exclusive; null while the agreement is open. */
  end_date: IsoDate | null;
  recorded_by: number | null;
  recorded_by_label: string;
  recorded_at: Generated<Date>;
  ended_by_label: string | null;
}
export interface SharingAgreementPartiesTable {
  agreement_id: number;
  agency_id: number;
}

// ---------------------------------------------------------------- case management (0120)
type Version = ColumnType<number, number | undefined, number>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
export interface CasesTable extends Owned {
  id: Id;
  person_id: number;
  scheme_id: number;
  lead_agency_id: number;
  case_manager_id: Optional<number>;
  opened_on: IsoDate;
  closed_on: Optional<IsoDate>;
  version: Version;
  updated_by_label: Optional<string>;
  updated_at: Timestamp;
  created_at: Generated<Date>;
}
export interface CaseTeamTable {
  id: Id;
  case_id: number;
  agency_id: number;
  user_id: Optional<number>;
  /** 'lead' for the lead agency; otherwise the agency's part, in words ("drug worker"). */
  role: string;
  added_on: IsoDate;
}
export interface NeedsAssessmentsTable extends Owned {
  id: Id;
  case_id: number;
  person_id: number;
  kind: AssessmentKind;
  assessment_date: IsoDate;
  agency_id: Optional<number>;
  created_by: Optional<number>;
  created_by_label: string;
  created_at: Generated<Date>;
}
export interface NeedsRatingsTable {
  assessment_id: number;
  pathway: Pathway;
  rating: NeedRating;
  note: Optional<string>;
}
export interface AppointmentsTable extends Owned {
  id: Id;
  case_id: number;
  person_id: number;
  appointment_date: IsoDate;
  purpose: string;
  agency_id: Optional<number>;
  status: ColumnType<AppointmentStatus, AppointmentStatus | undefined, AppointmentStatus>;
  outcome_recorded_on: Optional<IsoDate>;
  version: Version;
  created_by: Optional<number>;
  created_by_label: string;
  updated_by_label: Optional<string>;
  updated_at: Timestamp;
  created_at: Generated<Date>;
}
export interface CaseActionsTable extends Owned {
  id: Id;
  case_id: number;
  person_id: number;
  kind: CaseActionKind;
  pathway: Optional<Pathway>;
  description: string;
  owner_agency_id: Optional<number>;
  due_date: IsoDate;
  status: ColumnType<CaseActionStatus, CaseActionStatus | undefined, CaseActionStatus>;
  outcome: Optional<string>;
  completed_on: Optional<IsoDate>;
  appointment_id: Optional<number>;
  told_whom: Optional<string>;
  told_on: Optional<IsoDate>;
  version: Version;
  created_by: Optional<number>;
  created_by_label: string;
  updated_by_label: Optional<string>;
  updated_at: Timestamp;
  created_at: Generated<Date>;
}
export interface DisengagementsTable extends Owned {
  id: Id;
  case_id: number;
  person_id: number;
  opened_on: IsoDate;
  appointment_id: Optional<number>;
  stage: ColumnType<DisengagementStage, DisengagementStage | undefined, DisengagementStage>;
  route: Optional<DisengagementRoute>;
  route_on: Optional<IsoDate>;
  outcome: Optional<string>;
  concluded_on: Optional<IsoDate>;
  version: Version;
  updated_by_label: Optional<string>;
  updated_at: Timestamp;
  created_at: Generated<Date>;
}
export interface CaseNotesTable extends Owned {
  id: Id;
  case_id: number;
  person_id: number;
  note_date: IsoDate;
  body: string;
  sensitivity: ColumnType<NoteSensitivity, NoteSensitivity | undefined, NoteSensitivity>;
  author_id: Optional<number>;
  author_label: string;
  agency_id: Optional<number>;
  created_at: Generated<Date>;
}
export interface AlertsTable extends Owned {
  id: Id;
  person_id: number;
  case_id: Optional<number>;
  kind: AlertKind;
  raised_on: IsoDate;
  /** The date of what the alert is about (the arrest, the release, the review). */
  about_date: Optional<IsoDate>;
  detail: string;
  /** Roles on the case the alert is for: 'lead', 'team'. */
  recipients: ColumnType<string[], string[] | undefined, string[]>;
  dedupe_key: string;
  acknowledged_by: Optional<number>;
  acknowledged_by_label: Optional<string>;
  acknowledged_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  version: Version;
  created_at: Generated<Date>;
}
export interface WatchListsTable extends Owned {
  id: Id;
  user_id: Optional<number>;
  name: string;
  query: WatchListQuery;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  version: Version;
  created_at: Generated<Date>;
}
export interface DrrTargetsTable extends Owned {
  year: string;
  starts: number;
  completions: Optional<number>;
}

// ---- DRR (0126)
// The version of a DRR target, for optimistic concurrency (merged into DrrTargetsTable).
export interface DrrTargetsTable {
  version: Generated<number>;
  updated_by_label: string | null;
  updated_at: Generated<Date>;
}
// ---- panel, as a chair runs it (0125)
export interface PanelDecisionsTable {
  /** The agenda items the decision answers (item is the first of them). */
  items: ColumnType<string[], string[] | undefined, string[]>;
}

// ---- beyond one machine: import progress and error files in the database (0136)
export interface ImportsTable {
  /** The running import's phase ('reading', 'storing', …), written outside its transaction; null before the first report. */
  progress_phase: string | null;
  progress_rows: DefaultZero;
  progress_bytes: ColumnType<string | number, number | undefined, number>;
  progress_total_bytes: ColumnType<string | number, number | undefined, number>;
  progress_at: Timestamp | null;
}
/** A partial import's error file (every rejected row as CSV), for any app node to offer. */
export interface ImportErrorFilesTable extends Owned {
  import_id: number;
  content: Buffer;
  created_at: Generated<Date>;
}
export interface DB {
  import_error_files: ImportErrorFilesTable;
}
// ---- the rows an import stored with an unknown offence code (0139)
export interface ImportsTable {
  rows_unknown_code: DefaultZero;
}

// ---- reports (0130)
/** The NI30 ceiling (and stretch) agreed for a scheme and performance year. */
export interface Ni30TargetsTable extends Owned {
  scheme_id: number;
  year: string;
  ceiling: number;
  stretch: number | null;
  version: Generated<number>;
  updated_by_label: string | null;
  updated_at: Generated<Date>;
}
export interface DB {
  ni30_targets: Ni30TargetsTable;
}

// ---- API contract: rate limits (0133)
export interface ApiRateCountsTable {
  /** token:<hash of the token>, user:<id> or ip:<address>. */
  key: string;
  window_start: Date;
  count: number;
}
export interface DB {
  api_rate_counts: ApiRateCountsTable;
}
