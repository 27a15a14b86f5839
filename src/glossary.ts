// The closed vocabularies of SPEC.md's glossary: roles, agency kinds, the kinds
// of events, periods and decisions. The pure rules reason in these words and
// the database stores them; neither owns them, so both import them from here.

export type Role = 'practitioner' | 'scheme_manager' | 'analyst' | 'board_member' | 'administrator';
export type AgencyKind =
  | 'police'
  | 'probation'
  | 'prison'
  | 'drug_service'
  | 'youth_offending'
  | 'local_authority'
  | 'housing'
  | 'voluntary';
export type Sex = 'male' | 'female' | 'other' | 'unknown';
export type IdentifierKind = 'pnc' | 'cro' | 'prison' | 'probation_crn' | 'drug_service' | 'local';
export type OutcomeKind = 'conviction' | 'caution';
export type Disposal = 'custody' | 'community' | 'suspended' | 'fine' | 'discharge' | 'other';
export type ArrestOutcome = 'charged' | 'released' | 'bailed' | 'nfa' | 'other';
export type CustodyKind = 'remand' | 'sentenced';
export type SupervisionKind = 'community_order' | 'licence' | 'drr' | 'none';
export type EndReason =
  | 'stopped_offending'
  | 'moved_area'
  | 'significant_custody'
  | 'regular_review'
  | 'two_years_on_scheme'
  | 'high_risk_of_harm'
  | 'deceased'
  | 'other';

export type ProposalKind = 'select' | 'deselect';
export type PanelDecisionKind = 'accept' | 'reject' | 'override';
export type PanelAction = 'select' | 'deselect' | 'tier_move' | 'none';
export type RiskOfSeriousHarm = 'low' | 'medium' | 'high' | 'very_high';
export type TransferStatus = 'sent' | 'notified_outside' | 'acknowledged' | 'selected' | 'not_selected';

// Case management (SPEC 3.5).
/** The seven reducing-reoffending pathways, in the order the guidance lists them. */
export const PATHWAYS = [
  'accommodation',
  'education_training_employment',
  'health',
  'drugs_alcohol',
  'finance_benefit_debt',
  'children_families',
  'attitudes_thinking_behaviour',
] as const;
export type Pathway = (typeof PATHWAYS)[number];
export const PATHWAY_LABELS: Record<Pathway, string> = {
  accommodation: 'Accommodation',
  education_training_employment: 'Education, training and employment',
  health: 'Health',
  drugs_alcohol: 'Drugs and alcohol',
  finance_benefit_debt: 'Finance, benefit and debt',
  children_families: 'Children and families',
  attitudes_thinking_behaviour: 'Attitudes, thinking and behaviour',
};
/** Pathways whose detail is health or drug-treatment detail (SPEC 3.8: need-to-know for health). */
export const HEALTH_PATHWAYS: readonly Pathway[] = ['health', 'drugs_alcohol'];
export type NeedRating = 'none' | 'low' | 'medium' | 'high';
export type AssessmentKind = 'initial' | 'follow_up';
export type AppointmentStatus = 'planned' | 'attended' | 'missed' | 'cancelled';
export type CaseActionKind = 'plan' | 'assertive_outreach' | 'release_accommodation' | 'release_treatment' | 'release_police_informed';
export type CaseActionStatus = 'open' | 'done' | 'cancelled';
export type DisengagementStage = 'opened' | 'route_chosen' | 'concluded';
export type DisengagementRoute = 'enforcement' | 'breach' | 'return_to_court';
export type NoteSensitivity = 'normal' | 'health';
export type AlertKind = 'arrested' | 'charged' | 'positive_drug_test' | 'remanded' | 'released' | 'missed_appointment' | 'review_due' | 'release_due';
export type WatchListQuery = 'released_recently' | 'convicted_this_month' | 'offending_outside_areas' | 'offending_by_type';
export type SupervisionEndKind = 'completed' | 'early_termination' | 'other';

/** How each de-selection reason of SPEC 3.4 reads on screen. */
export const END_REASON_LABELS: Record<EndReason, string> = {
  stopped_offending: 'Stopped offending',
  moved_area: 'Moved to another area',
  significant_custody: 'Significant custody',
  regular_review: 'Regular review',
  two_years_on_scheme: 'Two years on the scheme',
  high_risk_of_harm: 'High risk of harm',
  deceased: 'Deceased',
  other: 'Other',
};
