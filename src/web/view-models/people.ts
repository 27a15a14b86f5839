// What the people pages show: search results as table rows, and a person's
// record as the summary lists, tables and timeline of the person page.
import type { PersonLabel } from '../../people/names.js';
import type { PersonRecord, PersonSummary } from '../../people/service.js';
import { escape } from '../html.js';
import type { ConsentView } from '../../people/consent.js';
import { AGENCY_KINDS } from '../../access/need-to-know.js';
import { AGENCY_KIND_LABELS } from './admin.js';

/** The timeline shows at most this many events; the page says when there are more. */
const TIMELINE_LIMIT = 500;


export function peopleSearchRows(results: readonly PersonSummary[]) {
  return results.map((p) => [
    { html: `<a class="govuk-link" href="/people/${p.id}">${escape(p.familyName.toUpperCase())}, ${escape(p.givenNames)}</a>${p.restricted ? ' <strong class="moj-badge moj-badge--red">Restricted</strong>' : ''}` },
    { text: p.personRef },
    { text: p.pncId ?? 'None recorded' },
    { text: p.dateOfBirth },
  ]);
}

export function personPageView(record: PersonRecord) {
  const p = record.person;
  const timelineItems = record.timeline.slice(0, TIMELINE_LIMIT).map((t) => ({
    label: { text: t.title },
    text: t.detail,
    datetime: { timestamp: t.date, type: 'date' },
  }));
  return {
    title: `${p.familyName.toUpperCase()}, ${p.givenNames}`,
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
    timelineTruncated: record.timeline.length > TIMELINE_LIMIT,
    consent: consentSection(record.consent),
  };
}

/** The person page's consent section: what is in force, and the form to change it for those who may. */
export function consentSection(view: ConsentView) {
  const c = view.consent;
  return {
    inForce: c !== null,
    text: c
      ? `Given on ${c.givenDate} to share with ${c.scope === 'all' ? 'every agency of the partnership' : c.scope.map((k) => AGENCY_KIND_LABELS[k]).join(', ')}. Recorded by ${c.recordedBy}.`
      : 'No consent to share health detail is recorded. It is shown to drug-service staff and the agency that leads the case only.',
    mayRecord: view.mayRecord,
    kindItems: AGENCY_KINDS.map((k) => ({ value: k, text: AGENCY_KIND_LABELS[k], checked: c !== null && c.scope !== 'all' && c.scope.includes(k) })),
    allChecked: c?.scope === 'all',
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
