// The person's one timeline as its readers see it: the kinds of entry, the
// order entries sort in (newest first), and the words of each entry from the
// row it was read from. Pure: timeline.ts reads a page of rows and hands them here.
import { END_REASON_LABELS, HEALTH_PATHWAYS, PATHWAY_LABELS, type AlertKind, type Pathway, type RiskOfSeriousHarm } from '../glossary.js';
import type { IsoDate } from '../calendar/dates.js';

/** The kinds of entry on a person's one timeline (the MoJ timeline), in the order the page's filter lists them. */
export const TIMELINE_KINDS = [
  'arrest',
  'charge',
  'outcome',
  'intelligence',
  'drug_test',
  'required_assessment',
  'breach',
  'custody',
  'release',
  'supervision',
  'membership',
  'panel_decision',
  'risk_assessment',
  'mappa_referral',
  'needs_assessment',
  'appointment',
  'case_action',
  'disengagement',
  'case_note',
  'alert',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  date: IsoDate;
  kind: TimelineKind;
  title: string;
  detail: string;
  /** Who wrote or recorded it (case notes, risk assessments), when it says. */
  by?: string;
}

/** The kinds a request asks for (one or many; unknown ones ignored); none means all. */
export function timelineKindsOf(query: unknown): TimelineKind[] {
  const list = (Array.isArray(query) ? query : [query]).flatMap((k) => (typeof k === 'string' ? k.split(',') : []));
  return [...new Set(list.map((k) => k.trim()).filter((k): k is TimelineKind => (TIMELINE_KINDS as readonly string[]).includes(k)))];
}

/** What the viewer may see of health detail and of what a matrix score rests on, for the words of an entry. */
export interface EntryContext {
  seeIntelligence: boolean;
  seeDrugTests: boolean;
  seeHealth: boolean;
  /** A matrix score rests on intelligence and drug tests: withheld unless the viewer may see both. */
  scoreHidden: boolean;
}

/** An offence by its description with the code beside it; the partner's words when the code is not in the reference; never a bare code. */
export function offenceName(name: string | null, partnerText: string | null, code: string | null, raw: string | null): string {
  if (name && code) return `${name} (${code})`;
  if (partnerText) return `${partnerText} (${code ?? `code ${raw}, not in the Home Office list`})`;
  if (code) return `Offence code ${code}, no description in the Home Office list`;
  return `Unrecognised offence code ${raw}`;
}

const ROSH_WORDS: Record<RiskOfSeriousHarm, string> = { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' };
const DECISION_TITLES: Record<string, string> = { select: 'selected', deselect: 'de-selected', tier_move: 'tier move', none: 'no change' };
const APPOINTMENT_WORDS: Record<string, string> = { planned: 'planned', attended: 'attended', missed: 'missed', cancelled: 'cancelled' };
const ACTION_TITLES: Record<string, string> = {
  plan: 'Plan action',
  assertive_outreach: 'Assertive outreach',
  release_accommodation: 'Release task: accommodation on release',
  release_treatment: 'Release task: treatment continuity',
  release_police_informed: 'Release task: police told of the release',
};
const ALERT_WORDS: Record<AlertKind, string> = {
  arrested: 'arrested',
  charged: 'charged',
  positive_drug_test: 'positive drug test',
  remanded: 'remanded',
  released: 'released from custody',
  missed_appointment: 'missed appointment',
  review_due: 'review due',
  release_due: 'release due within 3 months',
};

/** The matrix score a panel's selection reason ends with (see panel/decisions.ts). */
const MATRIX_SCORE = / \(matrix score [^)]*\)$/;

/** A selection reason as this viewer may read it: its matrix score withheld when the score rests on what they may not see. */
export function selectionReasonFor(reason: string | null, ctx: Pick<EntryContext, 'scoreHidden'>): string | null {
  return reason && ctx.scoreHidden ? reason.replace(MATRIX_SCORE, ' (matrix score withheld)') : reason;
}

/** Whether a case action is health or drug-treatment detail (as need-to-know.ts isHealthAction says in SQL). */
export function isHealthActionRow(a: { kind: string; pathway: string | null }): boolean {
  return a.kind === 'release_treatment' || (a.pathway !== null && HEALTH_PATHWAYS.includes(a.pathway as Pathway));
}

/** The columns timeline.ts reads for each kind (one row, `part` says which of its entries). */
export type EntryRow = Record<string, any>;

/**
 * The entry for one row: `part` picks which of a row's entries it is (a
 * membership's joining or leaving, a disengagement's opening, route or
 * conclusion). Null when the viewer may not see it (timeline.ts leaves those
 * rows out already; this is the second lock on the door).
 */
export function timelineEntry(kind: TimelineKind, part: number, r: EntryRow, ctx: EntryContext): TimelineItem | null {
  switch (kind) {
    case 'outcome': {
      const sentence = r.sentence_days ? `, ${r.sentence_days} days` : '';
      return {
        date: r.outcome_date,
        kind,
        title: `${r.outcome === 'conviction' ? 'Convicted' : 'Cautioned'}: ${offenceName(r.offence_name, r.offence_description, r.offence_code, r.offence_code_raw)}`,
        detail: `Committed ${r.offence_date}${r.disposal ? `; ${r.disposal}${sentence}` : ''}${r.court ? `; ${r.court}` : ''}`,
      };
    }
    case 'arrest': {
      const offence = r.offence_code || r.offence_code_raw ? offenceName(r.offence_name, null, r.offence_code, r.offence_code_raw) : null;
      return { date: r.arrest_date, kind, title: offence ? `Arrested: ${offence}` : 'Arrested', detail: r.outcome ? `Outcome: ${r.outcome}` : 'No outcome recorded' };
    }
    case 'charge': {
      const offence = r.offence_code || r.offence_code_raw ? offenceName(r.offence_name, null, r.offence_code, r.offence_code_raw) : null;
      return { date: r.charge_date, kind, title: offence ? `Charged: ${offence}` : 'Charged', detail: '' };
    }
    case 'intelligence':
      if (!ctx.seeIntelligence) return null;
      return { date: r.report_date, kind, title: 'Intelligence report', detail: [r.grading && `graded ${r.grading}`, r.topic].filter(Boolean).join('; ') || 'No detail' };
    case 'drug_test': {
      if (!ctx.seeDrugTests) return null;
      const result = `opiates ${r.opiates ? 'positive' : 'negative'}, cocaine ${r.cocaine ? 'positive' : 'negative'}`;
      return { date: r.test_date, kind, title: r.opiates || r.cocaine ? 'Positive drug test' : 'Negative drug test', detail: result };
    }
    case 'required_assessment':
      if (!ctx.seeHealth) return null;
      return { date: r.assessment_date, kind, title: 'Required assessment', detail: r.attended === false ? 'Did not attend' : r.drug_misuser ? 'Identified as a drug misuser' : 'Attended' };
    case 'breach':
      return { date: r.breach_date, kind, title: 'Breach', detail: [r.order_kind, r.outcome].filter(Boolean).join('; ') || 'No detail' };
    case 'custody':
      return { date: r.reception_date, kind, title: r.kind === 'remand' ? 'Remanded in custody' : 'Received into custody', detail: [r.establishment, r.sentence_days && `sentence ${r.sentence_days} days`].filter(Boolean).join('; ') || 'No detail' };
    case 'release':
      return { date: r.release_date, kind, title: 'Released from custody', detail: r.establishment ?? '' };
    case 'supervision':
      return { date: r.start_date, kind, title: `Supervision began: ${String(r.kind).replace('_', ' ')}`, detail: `${r.statutory ? 'Statutory' : 'Non-statutory'}${r.end_date ? `, until ${r.end_date}` : ''}` };
    case 'membership':
      if (part === 0) return { date: r.start_date, kind, title: `Joined ${r.code}`, detail: selectionReasonFor(r.selection_reason, ctx) ?? (r.tier ? `Tier: ${r.tier}` : '') };
      return { date: r.end_date, kind, title: `Left ${r.code}`, detail: r.end_reason_raw ?? r.end_reason ?? '' };
    case 'panel_decision':
      return {
        date: r.meeting_date,
        kind,
        title: `Panel decision (${r.scheme_code}): ${DECISION_TITLES[r.action] ?? r.action}${r.decision === 'override' ? ', by professional judgement' : r.decision === 'reject' ? ' (proposal rejected)' : ''}`,
        detail: [selectionReasonFor(r.reason, ctx), r.end_reason && END_REASON_LABELS[r.end_reason as keyof typeof END_REASON_LABELS], r.exit_plan && `Exit plan: ${r.exit_plan}`].filter(Boolean).join('; '),
        by: r.decided_by_label,
      };
    case 'risk_assessment':
      return {
        date: r.assessment_date,
        kind,
        title: `Risk assessment: ${ROSH_WORDS[r.risk_of_serious_harm as RiskOfSeriousHarm]} risk of serious harm`,
        detail: [r.agency_name && `Assessed by ${r.agency_name}`, r.assessor, r.notes].filter(Boolean).join('; '),
      };
    case 'mappa_referral':
      return { date: r.referral_date, kind, title: 'MAPPA referral', detail: r.outcome ? `Outcome: ${r.outcome}${r.outcome_date ? ` on ${r.outcome_date}` : ''}` : 'No outcome yet' };
    case 'needs_assessment':
      return { date: r.assessment_date, kind, title: r.kind === 'initial' ? 'Initial needs assessment' : 'Follow-up needs assessment', detail: r.agency_name ? `By ${r.agency_name}` : '', by: r.created_by_label };
    case 'appointment': {
      // The purpose of a drug-service appointment is drug-treatment detail.
      const purpose = r.agency_kind === 'drug_service' && !ctx.seeHealth ? 'Purpose withheld (drug-treatment detail)' : r.purpose;
      return { date: r.appointment_date, kind, title: `Appointment ${APPOINTMENT_WORDS[r.status] ?? r.status}`, detail: [purpose, r.agency_name && `with ${r.agency_name}`].filter(Boolean).join(' ') };
    }
    case 'case_action': {
      if (isHealthActionRow({ kind: r.kind, pathway: r.pathway }) && !ctx.seeHealth) return null;
      const when = r.status === 'done' && r.completed_on ? r.completed_on : r.due_date;
      const state = r.status === 'done' ? `done${r.completed_on ? ` on ${r.completed_on}` : ''}` : r.status === 'cancelled' ? 'cancelled' : `open, due ${r.due_date}`;
      return {
        date: when,
        kind,
        title: r.kind === 'plan' && r.pathway ? `Plan action (${PATHWAY_LABELS[r.pathway as Pathway]})` : (ACTION_TITLES[r.kind] ?? r.kind),
        detail: [r.description, state, r.agency_name && `owner ${r.agency_name}`, r.outcome && `outcome: ${r.outcome}`, r.told_whom && `told ${r.told_whom}${r.told_on ? ` on ${r.told_on}` : ''}`].filter(Boolean).join('; '),
      };
    }
    case 'disengagement':
      if (part === 0) return { date: r.opened_on, kind, title: 'Disengagement pathway opened', detail: 'A further missed appointment during or soon after assertive outreach.' };
      if (part === 1) return { date: r.route_on, kind, title: `Disengagement route: ${String(r.route).replace(/_/g, ' ')}`, detail: '' };
      return { date: r.concluded_on, kind, title: 'Disengagement pathway concluded', detail: r.outcome ?? '' };
    case 'case_note':
      if (r.sensitivity === 'health' && !ctx.seeHealth) return null;
      return { date: r.note_date, kind, title: r.sensitivity === 'health' ? 'Case note (health)' : 'Case note', detail: r.body, by: [r.author_label, r.agency_name].filter(Boolean).join(', ') };
    case 'alert':
      if (r.kind === 'positive_drug_test' && !ctx.seeDrugTests) return null;
      return {
        date: r.raised_on,
        kind,
        title: `Alert: ${ALERT_WORDS[r.kind as AlertKind] ?? r.kind}`,
        detail: `${r.detail}${r.acknowledged_by_label ? ` (acknowledged by ${r.acknowledged_by_label})` : ' (not acknowledged)'}`,
      };
  }
}
