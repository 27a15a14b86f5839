// What the people pages show: search results as table rows, and a person's
// record as the summary lists, tables and timeline of the person page.
import type { PersonLabel } from '../../people/names.js';
import type { PersonView, PersonSummary, TimelineKind } from '../../people/service.js';
import { escape, formatDate } from '../html.js';
import type { ConsentView } from '../../people/consent.js';
import { AGENCY_KINDS } from '../../access/need-to-know.js';
import { AGENCY_KIND_LABELS } from './admin.js';
import { formStates, type FormState, type RefusedForm } from '../forms/refused-form.js';


export function peopleSearchRows(results: readonly PersonSummary[]) {
  return results.map((p) => [
    { html: `<a class="govuk-link" href="/people/${p.id}">${escape(p.familyName.toUpperCase())}, ${escape(p.givenNames)}</a>${p.restricted ? ' <strong class="moj-badge moj-badge--red">Restricted</strong>' : ''}` },
    { text: p.personRef },
    { text: p.pncId ?? 'None recorded' },
    { text: p.dateOfBirth },
  ]);
}

/** The timeline's kinds as the filter names them, in the order it lists them. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  arrest: 'Arrests',
  charge: 'Charges',
  outcome: 'Convictions and cautions',
  intelligence: 'Intelligence reports',
  drug_test: 'Drug tests',
  required_assessment: 'Required assessments',
  breach: 'Breaches',
  custody: 'Custody',
  release: 'Releases',
  supervision: 'Supervision',
  membership: 'Scheme memberships',
  panel_decision: 'Panel decisions',
  risk_assessment: 'Risk assessments',
  mappa_referral: 'MAPPA referrals',
  needs_assessment: 'Needs assessments',
  appointment: 'Appointments',
  case_action: 'Actions',
  disengagement: 'Disengagement',
  case_note: 'Case notes',
  alert: 'Alerts',
};

const ROSH_LABELS: Record<string, string> = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };
const ROSH_BADGES: Record<string, string> = { low: 'moj-badge--green', medium: 'moj-badge--orange', high: 'moj-badge--red', very_high: 'moj-badge--red' };

/** The address of a page of the person's timeline: the kinds chosen, and where the page starts. */
export function timelineHref(personId: number, kinds: readonly TimelineKind[], cursor: string | null): string {
  const q = new URLSearchParams();
  for (const k of kinds) q.append('kind', k);
  if (cursor) q.set('cursor', cursor);
  const qs = q.toString();
  return `/people/${personId}${qs ? `?${qs}` : ''}#timeline`;
}

export { timelineKindsOf } from '../../people/timeline-entries.js';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The person page. `opts.refused` is a form the services refused: the page
 * shows the error summary, and that form (drawn open) with what was typed and
 * the message on its field. Each form reads its state with `form(name, defaults)`.
 */
export function personPageView(view: PersonView, opts: { kinds?: readonly TimelineKind[]; cursor?: string | null; mayOpenCase?: boolean; refused?: RefusedForm } = {}) {
  const { record } = view;
  const p = record.person;
  const kinds = [...(opts.kinds ?? [])];
  const chosen = new Set(kinds);
  const counts = record.timelineCounts;
  // As the MoJ timeline shows an entry (person.njk writes its markup out).
  const timelineItems = record.timeline.map((t) => ({ kind: t.kind, title: t.title, by: t.by ?? null, date: t.date, dateText: formatDate(t.date), detail: t.detail }));
  // "Entries 51 to 100 of 500", or "500 entries" when one page holds them all.
  const first = view.timelineBefore + 1;
  const last = view.timelineBefore + record.timeline.length;
  const of = chosen.size ? `${count(view.timelineMatching)} of ${count(view.timelineTotal)}` : count(view.timelineTotal);
  const timelineSummary =
    record.timeline.length === 0
      ? chosen.size
        ? `No entries of the kinds chosen (${count(view.timelineTotal)} entries in all).`
        : 'No entries.'
      : first === 1 && !record.timelineNext
        ? `${of} entries, most recent first.`
        : `Entries ${count(first)} to ${count(last)} of ${of}, most recent first.`;
  const latest = record.risk.assessments[0];
  const form = formStates(opts.refused);
  return {
    title: `${p.familyName.toUpperCase()}, ${p.givenNames}`,
    errors: opts.refused?.errors ?? [],
    form,
    record,
    currentMemberships: record.memberships.filter((m) => m.endDate === null),
    identityRows: [
      ['Name', `${p.familyName.toUpperCase()}, ${p.givenNames}`],
      ['Date of birth', p.dateOfBirth],
      ['Sex', p.sex],
      ['Ethnicity', p.ethnicity ?? 'Not recorded'],
      ...(p.dateOfDeath ? [['Date of death', p.dateOfDeath]] : []),
    ].map(([k, v]) => ({ key: { text: k }, value: { text: v } })),
    identifierRows: record.identifiers.map((i) => ({ key: { text: identifierLabel(i.kind) }, value: { text: i.value } })),
    membershipRows: record.memberships.map((m) => [
      { text: m.schemeName },
      { text: m.tier ?? '–' },
      { text: m.startDate },
      { text: m.endDate ?? 'Current' },
      { text: m.endReason ?? '–' },
    ]),
    custodyRows: record.custody.map((c) => [
      { text: c.kind === 'remand' ? 'Remand' : 'Sentenced' },
      { text: c.receptionDate },
      { text: c.releaseDate ?? (c.expectedReleaseDate ? `Expected ${c.expectedReleaseDate}` : 'In custody') },
      { text: c.sentenceDays ? `${c.sentenceDays} days` : '–', format: 'numeric' },
    ]),
    addressRows: record.addresses.map((a) => [
      { text: a.areaName ?? `${a.areaCode} (outside the partnership)` },
      { text: a.postcode ?? '–' },
      { text: a.fromDate },
      { text: a.toDate ?? 'Current' },
    ]),
    timelineItems,
    timelineSummary,
    timelineFiltered: chosen.size > 0,
    // Links, so that "show more" works without JavaScript: the next page
    // (older entries) with the same kinds, and back to the newest.
    timelineMoreHref: record.timelineNext ? timelineHref(p.id, kinds, record.timelineNext) : null,
    timelineNewestHref: opts.cursor ? timelineHref(p.id, kinds, null) : null,
    timelineKindItems: (Object.keys(TIMELINE_KIND_LABELS) as TimelineKind[])
      .filter((k) => (counts[k] ?? 0) > 0 || chosen.has(k))
      // Ids as the GOV.UK checkboxes macro gives them: timeline-kind, timeline-kind-2, ...
      .map((k, i) => ({ id: i === 0 ? 'timeline-kind' : `timeline-kind-${i + 1}`, value: k, text: `${TIMELINE_KIND_LABELS[k]} (${count(counts[k] ?? 0)})`, checked: chosen.has(k) })),
    // The case page: to see the open case, or, for those who do case work, to
    // open one for someone on a scheme (the page says when none can be opened).
    caseLink:
      record.openCaseId !== null
        ? { href: `/people/${p.id}/case`, text: 'See the case' }
        : opts.mayOpenCase && record.memberships.some((m) => m.endDate === null)
          ? { href: `/people/${p.id}/case`, text: 'No open case: open a case' }
          : null,
    risk: {
      latest: latest ? { text: `${ROSH_LABELS[latest.riskOfSeriousHarm]} risk of serious harm, assessed ${latest.date}`, badge: ROSH_LABELS[latest.riskOfSeriousHarm], badgeClass: ROSH_BADGES[latest.riskOfSeriousHarm] } : null,
      assessmentRows: record.risk.assessments.map((a) => [
        { text: a.date },
        { text: ROSH_LABELS[a.riskOfSeriousHarm] ?? a.riskOfSeriousHarm },
        { text: a.agency ?? '–' },
        { text: [a.assessor, a.notes].filter(Boolean).join('; ') || '–' },
      ]),
      mappaRows: record.risk.mappaReferrals.map((m) => [{ text: m.date }, { text: m.outcome ?? 'No outcome yet' }, { text: m.outcomeDate ?? '–' }]),
      mayRecord: record.risk.mayRecord,
      roshItems: Object.entries(ROSH_LABELS).map(([value, text]) => ({ value, text })),
      agencyItems: [{ value: '', text: 'Not recorded' }, ...record.risk.agencies.map((a) => ({ value: a.code, text: a.name }))],
    },
    consent: consentSection(record.consent, form('consent')),
  };
}

/**
 * The person page's consent section: what is in force, and the form to change
 * it for those who may, its boxes ticked as in force or, after a refusal
 * (`refused`, the form's state), as the user ticked them.
 */
export function consentSection(view: ConsentView, refused?: FormState) {
  const c = view.consent;
  const ticked = refused?.refused ? [refused.values.scope ?? []].flat() : null;
  return {
    inForce: c !== null,
    text: c
      ? `Given on ${c.givenDate} to share with ${c.scope === 'all' ? 'every agency of the partnership' : c.scope.map((k) => AGENCY_KIND_LABELS[k]).join(', ')}. Recorded by ${c.recordedBy}.`
      : 'No consent to share health detail is recorded. It is shown to drug-service staff and the agency that leads the case only.',
    mayRecord: view.mayRecord,
    kindItems: AGENCY_KINDS.map((k) => ({ value: k, text: AGENCY_KIND_LABELS[k], checked: ticked ? ticked.includes(k) : c !== null && c.scope !== 'all' && c.scope.includes(k) })),
    allChecked: ticked ? ticked.includes('all') : c?.scope === 'all',
  };
}

const IDENTIFIER_LABELS: Record<string, string> = {
  pnc: 'PNC ID',
  cro: 'CRO number',
  prison: 'Prison number',
  probation_crn: 'Probation case reference',
  drug_service: 'Drug service ID',
  local: 'Local ID',
};
const identifierLabel = (k: string) => IDENTIFIER_LABELS[k] ?? k;

/** What a list shows for a person: the name, or the reference alone for a restricted record. */
export function displayName(label: PersonLabel | undefined, personRef: string): string {
  return label?.name ?? `${personRef} (restricted record)`;
}
