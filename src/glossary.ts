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
