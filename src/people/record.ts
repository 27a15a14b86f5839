// One person's record, for the person page (web), the API and the CLI: read in
// one round trip, with what the viewer may not see withheld (access/need-to-know.ts),
// and logged as a consultation in the same transaction.
import { END_REASON_LABELS, HEALTH_PATHWAYS, PATHWAY_LABELS, type AlertKind, type Pathway, type RiskOfSeriousHarm } from '../glossary.js';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { DB, IsoDate } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { can, JustificationRequiredError, requirePermission } from '../access/permissions.js';
import { ForbiddenError, NotFoundError } from '../errors.js';
import { leadsCase, mayRecordConsent, maySee, visiblePeople, withheldBecause } from '../access/need-to-know.js';
import { consentInForce, type ConsentView } from './consent.js';
import { apiReadBasis } from '../sharing/disclosures.js';

export interface PersonSummary {
  id: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: IsoDate;
  pncId: string | null;
  restricted: boolean;
}

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

export interface RiskSummary {
  assessments: { id: number; date: IsoDate; riskOfSeriousHarm: RiskOfSeriousHarm; agency: string | null; assessor: string | null; notes: string | null }[];
  mappaReferrals: { id: number; date: IsoDate; outcome: string | null; outcomeDate: IsoDate | null }[];
  /** Whether this viewer may record them (and then the agencies to choose the assessor's from). */
  mayRecord: boolean;
  agencies: { code: string; name: string }[];
}

export interface PersonRecord {
  person: PersonSummary & {
    sex: string;
    ethnicity: string | null;
    dateOfDeath: IsoDate | null;
  };
  identifiers: { kind: string; value: string }[];
  addresses: { fromDate: IsoDate; toDate: IsoDate | null; areaCode: string; areaName: string | null; postcode: string | null }[];
  memberships: { schemeCode: string; schemeName: string; tier: string | null; startDate: IsoDate; endDate: IsoDate | null; endReason: string | null; selectionReason: string | null }[];
  custody: { kind: string; receptionDate: IsoDate; releaseDate: IsoDate | null; expectedReleaseDate: IsoDate | null; sentenceDays: number | null; establishment: string | null }[];
  timeline: TimelineItem[];
  /** Risk of serious harm assessments and MAPPA referrals, newest first. */
  risk: RiskSummary;
  /** The person's open case, if any (the case page is /people/:id/case). */
  openCaseId: number | null;
  /** What this viewer cannot see here, so the page can say so. */
  withheld: string[];
  /** The consent to share health detail in force, and whether this viewer may change it. */
  consent: ConsentView;
}

/** An offence by its description with the code beside it; the partner's words when the code is not in the reference; never a bare code. */
function offenceName(name: string | null, partnerText: string | null, code: string | null, raw: string | null): string {
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

/** Reads one person's record for display, and logs the consultation. */
export async function viewPerson(
  db: Kysely<DB>,
  actor: Actor,
  personId: number,
  opts: { justification?: string; channel?: 'web' | 'api' | 'cli' } = {},
): Promise<PersonRecord> {
  requirePermission(actor, 'person:view');
  return db.transaction().execute(async (trx) => {
    // One round trip for the whole record: on the embedded engine every query
    // crosses to the database's thread, so twelve queries cost twelve trips.
    const seeIntelligence = maySee(actor, 'intelligence');
    const seeDrugTests = maySee(actor, 'drug_tests');
    const p = await trx
      .selectFrom('people')
      .selectAll('people')
      .select(visiblePeople(actor).as('visible'))
      .select(leadsCase(actor).as('is_lead'))
      .select((eb) => [
        jsonArrayFrom(eb.selectFrom('person_identifiers').select(['kind', 'value']).whereRef('person_id', '=', 'people.id').orderBy('kind').orderBy('value')).as('identifiers'),
        jsonArrayFrom(
          eb
            .selectFrom('addresses')
            .leftJoin('areas', 'areas.id', 'addresses.area_id')
            .select(['addresses.from_date', 'addresses.to_date', 'addresses.area_code', 'areas.name as area_name', 'addresses.postcode'])
            .whereRef('addresses.person_id', '=', 'people.id')
            .orderBy('addresses.from_date', 'desc'),
        ).as('addresses'),
        jsonArrayFrom(
          eb
            .selectFrom('memberships')
            .innerJoin('schemes', 'schemes.id', 'memberships.scheme_id')
            .leftJoin('tiers', 'tiers.id', 'memberships.tier_id')
            .select(['schemes.code', 'schemes.name', 'tiers.name as tier', 'memberships.start_date', 'memberships.end_date', 'memberships.end_reason', 'memberships.end_reason_raw', 'memberships.selection_reason'])
            .whereRef('memberships.person_id', '=', 'people.id')
            .orderBy('memberships.start_date', 'desc'),
        ).as('memberships'),
        jsonArrayFrom(eb.selectFrom('custody_periods').selectAll().whereRef('person_id', '=', 'people.id').orderBy('reception_date', 'desc')).as('custody'),
        jsonArrayFrom(eb.selectFrom('supervision_periods').selectAll().whereRef('person_id', '=', 'people.id')).as('supervision'),
        // Offences by their description: the Home Office code's, else its group's (offence_codes, offence_groups).
        jsonArrayFrom(
          eb
            .selectFrom('outcomes')
            .leftJoin('offence_codes as oc', 'oc.code', 'outcomes.offence_code')
            .leftJoin('offence_groups as og', (j) => j.on(sql<boolean>`og.group_code = substr(outcomes.offence_code, 1, 3)`))
            .selectAll('outcomes')
            .select(sql<string | null>`coalesce(oc.description, og.description)`.as('offence_name'))
            .whereRef('outcomes.person_id', '=', 'people.id'),
        ).as('outcomes'),
        jsonArrayFrom(
          eb
            .selectFrom('arrests')
            .leftJoin('offence_codes as oc', 'oc.code', 'arrests.offence_code')
            .leftJoin('offence_groups as og', (j) => j.on(sql<boolean>`og.group_code = substr(arrests.offence_code, 1, 3)`))
            .selectAll('arrests')
            .select(sql<string | null>`coalesce(oc.description, og.description)`.as('offence_name'))
            .whereRef('arrests.person_id', '=', 'people.id'),
        ).as('arrests'),
        jsonArrayFrom(
          eb
            .selectFrom('charges')
            .leftJoin('offence_codes as oc', 'oc.code', 'charges.offence_code')
            .leftJoin('offence_groups as og', (j) => j.on(sql<boolean>`og.group_code = substr(charges.offence_code, 1, 3)`))
            .selectAll('charges')
            .select(sql<string | null>`coalesce(oc.description, og.description)`.as('offence_name'))
            .whereRef('charges.person_id', '=', 'people.id'),
        ).as('charges'),
        jsonArrayFrom(eb.selectFrom('intelligence_reports').selectAll().whereRef('person_id', '=', 'people.id').where(sql<boolean>`${seeIntelligence}`)).as('intelligence'),
        jsonArrayFrom(eb.selectFrom('drug_tests').selectAll().whereRef('person_id', '=', 'people.id').where(sql<boolean>`${seeDrugTests}`)).as('drug_tests'),
        jsonArrayFrom(eb.selectFrom('required_assessments').selectAll().whereRef('person_id', '=', 'people.id')).as('assessments'),
        jsonArrayFrom(eb.selectFrom('breaches').selectAll().whereRef('person_id', '=', 'people.id')).as('breaches'),
        // Panel decisions, risk and MAPPA, and the case work (migration 0120): one subquery per table.
        jsonArrayFrom(
          eb
            .selectFrom('panel_decisions as d')
            .innerJoin('panel_meetings as m', 'm.id', 'd.meeting_id')
            .innerJoin('schemes as sc', 'sc.id', 'm.scheme_id')
            .select(['m.meeting_date', 'sc.code as scheme_code', 'd.decision', 'd.action', 'd.reason', 'd.end_reason', 'd.exit_plan', 'd.decided_by_label'])
            .whereRef('d.person_id', '=', 'people.id'),
        ).as('decisions'),
        jsonArrayFrom(
          eb
            .selectFrom('risk_assessments as r')
            .leftJoin('agencies as a', 'a.id', 'r.agency_id')
            .select(['r.id', 'r.assessment_date', 'r.risk_of_serious_harm', 'r.assessor', 'r.notes', 'a.name as agency_name'])
            .whereRef('r.person_id', '=', 'people.id')
            .orderBy('r.assessment_date', 'desc')
            .orderBy('r.id', 'desc'),
        ).as('risks'),
        jsonArrayFrom(
          eb.selectFrom('mappa_referrals as mr').select(['mr.id', 'mr.referral_date', 'mr.outcome', 'mr.outcome_date']).whereRef('mr.person_id', '=', 'people.id').orderBy('mr.referral_date', 'desc').orderBy('mr.id', 'desc'),
        ).as('mappa'),
        jsonArrayFrom(
          eb
            .selectFrom('needs_assessments as na')
            .leftJoin('agencies as a', 'a.id', 'na.agency_id')
            .select(['na.kind', 'na.assessment_date', 'a.name as agency_name', 'na.created_by_label'])
            .whereRef('na.person_id', '=', 'people.id'),
        ).as('needs'),
        jsonArrayFrom(
          eb
            .selectFrom('appointments as ap')
            .leftJoin('agencies as a', 'a.id', 'ap.agency_id')
            .select(['ap.appointment_date', 'ap.purpose', 'ap.status', 'a.name as agency_name', 'a.kind as agency_kind'])
            .whereRef('ap.person_id', '=', 'people.id'),
        ).as('appointments'),
        jsonArrayFrom(
          eb
            .selectFrom('case_actions as ca')
            .leftJoin('agencies as a', 'a.id', 'ca.owner_agency_id')
            .select(['ca.kind', 'ca.pathway', 'ca.description', 'ca.due_date', 'ca.status', 'ca.outcome', 'ca.completed_on', 'ca.told_whom', 'ca.told_on', 'a.name as agency_name'])
            .whereRef('ca.person_id', '=', 'people.id'),
        ).as('actions'),
        jsonArrayFrom(
          eb.selectFrom('disengagements as dg').select(['dg.opened_on', 'dg.stage', 'dg.route', 'dg.route_on', 'dg.outcome', 'dg.concluded_on']).whereRef('dg.person_id', '=', 'people.id'),
        ).as('disengagements'),
        jsonArrayFrom(
          eb
            .selectFrom('case_notes as cn')
            .leftJoin('agencies as a', 'a.id', 'cn.agency_id')
            .select(['cn.note_date', 'cn.body', 'cn.sensitivity', 'cn.author_label', 'a.name as agency_name'])
            .whereRef('cn.person_id', '=', 'people.id'),
        ).as('notes'),
        jsonArrayFrom(
          eb.selectFrom('alerts as al').select(['al.kind', 'al.raised_on', 'al.detail', 'al.acknowledged_by_label']).whereRef('al.person_id', '=', 'people.id'),
        ).as('alerts'),
        eb.selectFrom('cases as c').select('c.id').whereRef('c.person_id', '=', 'people.id').where('c.closed_on', 'is', null).orderBy('c.opened_on', 'desc').limit(1).as('open_case_id'),
        jsonArrayFrom(
          eb.selectFrom('agencies as ag').select(['ag.code', 'ag.name']).whereRef('ag.partnership_id', '=', 'people.partnership_id').where(sql<boolean>`${can(actor, 'risk:record')}`).orderBy('ag.name'),
        ).as('agencies'),
      ])
      .where('people.id', '=', personId)
      .where('people.partnership_id', '=', actor.partnershipId)
      .executeTakeFirst();
    if (!p) throw new NotFoundError('No such person.');
    if (!p.visible) throw new ForbiddenError('This record is restricted to named users.');
    const justification = opts.justification?.trim() || null;
    if (p.restricted && !justification) throw new JustificationRequiredError();

    const pid = p.id;
    const { identifiers, addresses, memberships, custody, supervision, outcomes, arrests, charges, assessments, breaches } = p;
    const intelligence = seeIntelligence ? p.intelligence : null;
    const drugTests = seeDrugTests ? p.drug_tests : null;
    // Health and drug-treatment detail: drug services and the case's lead, or
    // the agencies the person consented to share it with.
    const isLead = Boolean(p.is_lead);
    const consent = await consentInForce(trx, actor.partnershipId, pid);
    const seeHealth = maySee(actor, 'health', { isLead, consent: consent?.scope ?? null });
    const healthDetail = seeHealth ? assessments : null;

    // A matrix score rests on whatever the matrix weighs (see below).
    const scoreHidden = withheldBecause(actor, ['intelligence', 'drug_tests']) !== null;
    const timeline: TimelineItem[] = [];
    for (const o of outcomes) {
      const sentence = o.sentence_days ? `, ${o.sentence_days} days` : '';
      timeline.push({
        date: o.outcome_date,
        kind: 'outcome',
        title: `${o.outcome === 'conviction' ? 'Convicted' : 'Cautioned'}: ${offenceName(o.offence_name, o.offence_description, o.offence_code, o.offence_code_raw)}`,
        detail: `Committed ${o.offence_date}${o.disposal ? `; ${o.disposal}${sentence}` : ''}${o.court ? `; ${o.court}` : ''}`,
      });
    }
    for (const a of arrests) {
      const offence = a.offence_code || a.offence_code_raw ? offenceName(a.offence_name, null, a.offence_code, a.offence_code_raw) : null;
      timeline.push({ date: a.arrest_date, kind: 'arrest', title: offence ? `Arrested: ${offence}` : 'Arrested', detail: a.outcome ? `Outcome: ${a.outcome}` : 'No outcome recorded' });
    }
    for (const c of charges) {
      const offence = c.offence_code || c.offence_code_raw ? offenceName(c.offence_name, null, c.offence_code, c.offence_code_raw) : null;
      timeline.push({ date: c.charge_date, kind: 'charge', title: offence ? `Charged: ${offence}` : 'Charged', detail: '' });
    }
    for (const i of intelligence ?? []) timeline.push({ date: i.report_date, kind: 'intelligence', title: 'Intelligence report', detail: [i.grading && `graded ${i.grading}`, i.topic].filter(Boolean).join('; ') || 'No detail' });
    for (const d of drugTests ?? []) {
      const result = `opiates ${d.opiates ? 'positive' : 'negative'}, cocaine ${d.cocaine ? 'positive' : 'negative'}`;
      timeline.push({ date: d.test_date, kind: 'drug_test', title: d.opiates || d.cocaine ? 'Positive drug test' : 'Negative drug test', detail: result });
    }
    for (const r of healthDetail ?? []) timeline.push({ date: r.assessment_date, kind: 'required_assessment', title: 'Required assessment', detail: r.attended === false ? 'Did not attend' : r.drug_misuser ? 'Identified as a drug misuser' : 'Attended' });
    for (const b of breaches) timeline.push({ date: b.breach_date, kind: 'breach', title: 'Breach', detail: [b.order_kind, b.outcome].filter(Boolean).join('; ') || 'No detail' });
    for (const c of custody) {
      timeline.push({ date: c.reception_date, kind: 'custody', title: c.kind === 'remand' ? 'Remanded in custody' : 'Received into custody', detail: [c.establishment, c.sentence_days && `sentence ${c.sentence_days} days`].filter(Boolean).join('; ') || 'No detail' });
      if (c.release_date) timeline.push({ date: c.release_date, kind: 'release', title: 'Released from custody', detail: c.establishment ?? '' });
    }
    for (const s of supervision) timeline.push({ date: s.start_date, kind: 'supervision', title: `Supervision began: ${s.kind.replace('_', ' ')}`, detail: `${s.statutory ? 'Statutory' : 'Non-statutory'}${s.end_date ? `, until ${s.end_date}` : ''}` });
    for (const m of memberships) {
      timeline.push({ date: m.start_date, kind: 'membership', title: `Joined ${m.code}`, detail: m.selection_reason ?? (m.tier ? `Tier: ${m.tier}` : '') });
      if (m.end_date) timeline.push({ date: m.end_date, kind: 'membership', title: `Left ${m.code}`, detail: m.end_reason_raw ?? m.end_reason ?? '' });
    }
    // The panel's decisions: the reason as recorded, its matrix score only for those who may see what the matrix weighs (below).
    for (const d of p.decisions) {
      timeline.push({
        date: d.meeting_date,
        kind: 'panel_decision',
        title: `Panel decision (${d.scheme_code}): ${DECISION_TITLES[d.action] ?? d.action}${d.decision === 'override' ? ', by professional judgement' : d.decision === 'reject' ? ' (proposal rejected)' : ''}`,
        detail: [scoreHidden ? d.reason.replace(MATRIX_SCORE, ' (matrix score withheld)') : d.reason, d.end_reason && END_REASON_LABELS[d.end_reason], d.exit_plan && `Exit plan: ${d.exit_plan}`].filter(Boolean).join('; '),
        by: d.decided_by_label,
      });
    }
    for (const r of p.risks) {
      timeline.push({
        date: r.assessment_date,
        kind: 'risk_assessment',
        title: `Risk assessment: ${ROSH_WORDS[r.risk_of_serious_harm]} risk of serious harm`,
        detail: [r.agency_name && `Assessed by ${r.agency_name}`, r.assessor, r.notes].filter(Boolean).join('; '),
      });
    }
    for (const m of p.mappa) {
      timeline.push({ date: m.referral_date, kind: 'mappa_referral', title: 'MAPPA referral', detail: m.outcome ? `Outcome: ${m.outcome}${m.outcome_date ? ` on ${m.outcome_date}` : ''}` : 'No outcome yet' });
    }
    for (const n of p.needs) {
      timeline.push({ date: n.assessment_date, kind: 'needs_assessment', title: n.kind === 'initial' ? 'Initial needs assessment' : 'Follow-up needs assessment', detail: n.agency_name ? `By ${n.agency_name}` : '', by: n.created_by_label });
    }
    // Health and drug-treatment detail of the case work follows the health rule (need-to-know.ts).
    for (const a of p.appointments) {
      const purpose = a.agency_kind === 'drug_service' && !seeHealth ? 'Purpose withheld (drug-treatment detail)' : a.purpose;
      timeline.push({ date: a.appointment_date, kind: 'appointment', title: `Appointment ${APPOINTMENT_WORDS[a.status] ?? a.status}`, detail: [purpose, a.agency_name && `with ${a.agency_name}`].filter(Boolean).join(' ') });
    }
    for (const a of p.actions) {
      const health = a.kind === 'release_treatment' || (a.pathway !== null && HEALTH_PATHWAYS.includes(a.pathway as Pathway));
      if (health && !seeHealth) continue;
      const when = a.status === 'done' && a.completed_on ? a.completed_on : a.due_date;
      const state = a.status === 'done' ? `done${a.completed_on ? ` on ${a.completed_on}` : ''}` : a.status === 'cancelled' ? 'cancelled' : `open, due ${a.due_date}`;
      timeline.push({
        date: when,
        kind: 'case_action',
        title: a.kind === 'plan' && a.pathway ? `Plan action (${PATHWAY_LABELS[a.pathway as Pathway]})` : (ACTION_TITLES[a.kind] ?? a.kind),
        detail: [a.description, state, a.agency_name && `owner ${a.agency_name}`, a.outcome && `outcome: ${a.outcome}`, a.told_whom && `told ${a.told_whom}${a.told_on ? ` on ${a.told_on}` : ''}`].filter(Boolean).join('; '),
      });
    }
    for (const d of p.disengagements) {
      timeline.push({ date: d.opened_on, kind: 'disengagement', title: 'Disengagement pathway opened', detail: 'A further missed appointment during or soon after assertive outreach.' });
      if (d.route && d.route_on) timeline.push({ date: d.route_on, kind: 'disengagement', title: `Disengagement route: ${d.route.replace(/_/g, ' ')}`, detail: '' });
      if (d.concluded_on) timeline.push({ date: d.concluded_on, kind: 'disengagement', title: 'Disengagement pathway concluded', detail: d.outcome ?? '' });
    }
    for (const n of p.notes) {
      if (n.sensitivity === 'health' && !seeHealth) continue;
      timeline.push({ date: n.note_date, kind: 'case_note', title: n.sensitivity === 'health' ? 'Case note (health)' : 'Case note', detail: n.body, by: [n.author_label, n.agency_name].filter(Boolean).join(', ') });
    }
    for (const a of p.alerts) {
      if (a.kind === 'positive_drug_test' && !seeDrugTests) continue;
      timeline.push({ date: a.raised_on, kind: 'alert', title: `Alert: ${ALERT_WORDS[a.kind as AlertKind] ?? a.kind}`, detail: `${a.detail}${a.acknowledged_by_label ? ` (acknowledged by ${a.acknowledged_by_label})` : ' (not acknowledged)'}` });
    }
    timeline.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

    // A selection's reason ends with the matrix score it was made on
    // (panel/decisions.ts); the score rests on whatever the matrix weighs, so
    // only those who may see every such kind of data see it.
    const selectionReason = (r: string | null) => (r && scoreHidden ? r.replace(MATRIX_SCORE, ' (matrix score withheld)') : r);
    for (const t of timeline) if (t.kind === 'membership' && t.title.startsWith('Joined ')) t.detail = selectionReason(t.detail) ?? '';

    const withheld: string[] = [];
    if (intelligence === null) withheld.push('Intelligence reports are shown to police staff only.');
    if (drugTests === null) withheld.push('Drug test results are shown to police and drug-service staff only.');
    if (healthDetail === null) withheld.push("Health and drug-treatment detail (required assessments, drug-service ids, health case notes, treatment tasks and the purpose of drug-service appointments) is shown to drug-service staff and the agency that leads the case, unless the person consented to share it with your agency.");

    // A read through the API by an agency that does not lead the case is a disclosure to it (issue 14).
    const basis = opts.channel === 'api' ? await apiReadBasis(trx, actor, p.lead_agency_id) : null;
    await appendAudit(trx, actor, {
      action: basis?.agreementId ? 'disclosure' : 'consultation',
      personId: pid,
      what: 'viewed person record',
      justification,
      details: { channel: opts.channel ?? 'web', ...(basis ? { agreementId: basis.agreementId } : {}) },
    });

    const pnc = identifiers.find((i) => i.kind === 'pnc')?.value ?? null;
    return {
      person: {
        id: pid,
        personRef: p.person_ref,
        familyName: p.family_name,
        givenNames: p.given_names,
        dateOfBirth: p.date_of_birth,
        pncId: pnc,
        restricted: p.restricted,
        sex: p.sex,
        ethnicity: p.ethnicity,
        dateOfDeath: p.date_of_death,
      },
      // A drug-service id says the person is in treatment: health detail.
      identifiers: seeHealth ? identifiers : identifiers.filter((i) => i.kind !== 'drug_service'),
      addresses: addresses.map((a) => ({ fromDate: a.from_date, toDate: a.to_date, areaCode: a.area_code, areaName: a.area_name, postcode: a.postcode })),
      memberships: memberships.map((m) => ({
        schemeCode: m.code,
        schemeName: m.name,
        tier: m.tier,
        startDate: m.start_date,
        endDate: m.end_date,
        // The partner's own words when they differ from the code, else the code's label.
        endReason: m.end_reason && (m.end_reason_raw === null || m.end_reason_raw === m.end_reason) ? END_REASON_LABELS[m.end_reason] : m.end_reason_raw,
        selectionReason: selectionReason(m.selection_reason),
      })),
      custody: custody.map((c) => ({
        kind: c.kind,
        receptionDate: c.reception_date,
        releaseDate: c.release_date,
        expectedReleaseDate: c.expected_release_date,
        sentenceDays: c.sentence_days,
        establishment: c.establishment,
      })),
      timeline,
      risk: {
        assessments: p.risks.map((r) => ({ id: r.id, date: r.assessment_date, riskOfSeriousHarm: r.risk_of_serious_harm, agency: r.agency_name, assessor: r.assessor, notes: r.notes })),
        mappaReferrals: p.mappa.map((m) => ({ id: m.id, date: m.referral_date, outcome: m.outcome, outcomeDate: m.outcome_date })),
        mayRecord: can(actor, 'risk:record'),
        agencies: p.agencies,
      },
      openCaseId: p.open_case_id === null || p.open_case_id === undefined ? null : Number(p.open_case_id),
      withheld,
      consent: { consent, mayRecord: mayRecordConsent(actor, { isLead }) },
    };
  });
}

