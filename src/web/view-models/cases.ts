// What the case pages show: the caseload as a sortable, filterable table with
// overdue work highlighted, and one case (CaseView) as the summary lists,
// tables and forms of the case page.
import type { Actor } from '../../access/actor.js';
import type { Caseload, CaseloadRow } from '../../cases/caseload.js';
import type { CaseView } from '../../cases/model.js';
import { PATHWAYS, PATHWAY_LABELS, type Pathway } from '../../glossary.js';
import { escape } from '../html.js';
import { formStates, type RefusedForm } from '../forms/refused-form.js';

const VIEW_LABELS = { mine: 'My cases', team: "My team's cases", today: 'Needs action today' } as const;

const COLUMNS: { key: string; text: string; numeric?: boolean }[] = [
  { key: 'person', text: 'Person' },
  { key: 'scheme', text: 'Scheme' },
  { key: 'lead', text: 'Lead agency' },
  { key: 'manager', text: 'Case manager' },
  { key: 'opened', text: 'Opened' },
  { key: 'due', text: 'Next action due' },
  { key: 'overdue', text: 'Overdue actions', numeric: true },
  { key: 'alerts', text: 'Unacknowledged alerts', numeric: true },
];

function query(c: Caseload, over: Record<string, string | null>): string {
  const q = new URLSearchParams();
  const all: Record<string, string | null> = { view: c.view, scheme: c.filters.scheme, lead: c.filters.lead, sort: c.sort, order: c.order, ...over };
  for (const [k, v] of Object.entries(all)) if (v) q.set(k, v);
  return `/caseload?${q.toString()}`;
}

function row(r: CaseloadRow, today: string) {
  return [
    { html: `<a class="govuk-link" href="/people/${r.personId}/case">${escape(r.familyName.toUpperCase())}, ${escape(r.givenNames)}</a><br><span class="govuk-hint govuk-!-margin-0">${escape(r.personRef)}</span>`, attributes: { 'data-sort-value': `${r.familyName} ${r.givenNames}` } },
    { text: r.scheme },
    { text: r.lead },
    { text: r.caseManager ?? 'None named' },
    { text: r.openedOn, attributes: { 'data-sort-value': r.openedOn } },
    {
      html: r.nextDue ? `${escape(r.nextDue)}${r.nextDue < today ? ' <strong class="moj-badge moj-badge--red">Overdue</strong>' : r.nextDue === today ? ' <strong class="moj-badge moj-badge--orange">Due today</strong>' : ''}` : 'No open actions',
      attributes: { 'data-sort-value': r.nextDue ?? '9999-12-31' },
    },
    { text: String(r.overdueActions), format: 'numeric', attributes: { 'data-sort-value': String(r.overdueActions) } },
    { text: String(r.unacknowledgedAlerts), format: 'numeric', attributes: { 'data-sort-value': String(r.unacknowledgedAlerts) } },
  ];
}

export function caseloadPageView(c: Caseload) {
  const tabs = (['mine', 'team', 'today'] as const).map((v) => ({ text: `${VIEW_LABELS[v]} (${c.counts[v]})`, href: query(c, { view: v }), active: c.view === v }));
  const head = COLUMNS.map((col) => {
    const active = c.sort === col.key;
    const next = active && c.order === 'asc' ? 'desc' : 'asc';
    return {
      html: `<a class="govuk-link wm-sort-link" href="${escape(query(c, { sort: col.key, order: next }))}">${escape(col.text)}</a>`,
      format: col.numeric ? 'numeric' : undefined,
      attributes: { 'aria-sort': active ? (c.order === 'asc' ? 'ascending' : 'descending') : 'none' },
    };
  });
  const overdueCases = c.cases.filter((r) => r.overdueActions > 0).length;
  return {
    title: VIEW_LABELS[c.view],
    caseload: c,
    tabs,
    head,
    rows: c.cases.map((r) => row(r, c.today)),
    overdueCases,
    withheld: c.withheldNote,
    whose: c.user?.name ?? null,
    schemeItems: [{ value: '', text: 'Any scheme' }, ...c.schemes.map((s) => ({ value: s.code, text: `${s.code}: ${s.name}`, selected: s.code === c.filters.scheme }))],
    leadItems: [{ value: '', text: 'Any lead agency' }, ...c.leads.map((a) => ({ value: a.code, text: a.name, selected: a.code === c.filters.lead }))],
    selectedFilters: [
      ...(c.filters.scheme ? [{ text: `Scheme: ${c.filters.scheme}`, href: query(c, { scheme: null }) }] : []),
      ...(c.filters.lead ? [{ text: `Lead: ${c.leads.find((l) => l.code === c.filters.lead)?.name ?? c.filters.lead}`, href: query(c, { lead: null }) }] : []),
    ],
    clearHref: query(c, { scheme: null, lead: null }),
  };
}

export interface CaseChoices {
  personId: number;
  personRef: string;
  familyName: string;
  givenNames: string;
  today: string;
  schemes: { code: string; name: string }[];
  agencies: { id: number; code: string; name: string; kind: string }[];
  users: { id: number; username: string; name: string; agencyId: number }[];
  /** Which forms the reader may use (cases/read.ts caseRights). */
  may: { open: boolean; change: boolean; moveLead: boolean; decideDisengagement: boolean };
}

const STATUS_TAG: Record<string, string> = { open: 'moj-badge--blue', done: 'moj-badge--green', cancelled: 'moj-badge--grey' };
const RATING_TAG: Record<string, string> = { none: 'govuk-tag--grey', low: 'govuk-tag--green', medium: 'govuk-tag--yellow', high: 'govuk-tag--red' };
const KIND_LABELS: Record<string, string> = {
  plan: 'Plan',
  assertive_outreach: 'Assertive outreach',
  release_accommodation: 'Release: accommodation',
  release_treatment: 'Release: treatment continuity',
  release_police_informed: 'Release: police informed',
};

/** The longest note the case service takes (cases/service.ts addNote), shown beside the note field. */
export const NOTE_MAX_LENGTH = 5000;

/**
 * The case page. `refused` is a form the services refused: the page shows the
 * error summary, and that form (drawn open) with what was typed and the
 * message on its field. Each form reads its state with `form(name, defaults)`.
 */
export function casePageView(actor: Actor, c: CaseView | null, choices: CaseChoices, refused?: RefusedForm) {
  const name = `${choices.familyName.toUpperCase()}, ${choices.givenNames}`;
  // The forms offered are those the services would accept from this reader (cases/read.ts caseRights).
  const may = choices.may;
  const mayWork = may.open;
  // Which option is chosen is the template's `value` (the typed one after a refusal, else the default).
  const agencyItems = () => [{ value: '', text: 'Choose an agency' }, ...choices.agencies.map((a) => ({ value: String(a.id), text: a.name }))];
  const userItems = (none = 'No one named') => [{ value: '', text: none }, ...choices.users.map((u) => ({ value: String(u.id), text: `${u.name} (${choices.agencies.find((a) => a.id === u.agencyId)?.name ?? 'agency'})` }))];
  const form = formStates(refused);
  const pathwayItems = [{ value: '', text: 'Choose a pathway' }, ...PATHWAYS.map((p) => ({ value: p, text: PATHWAY_LABELS[p] }))];
  const base = {
    title: c ? `Case: ${name}` : `${name}: no open case`,
    name,
    personId: choices.personId,
    personRef: choices.personRef,
    mayWork,
    may,
    today: choices.today,
    errors: refused?.errors ?? [],
    form,
    noteMaxLength: NOTE_MAX_LENGTH,
  };
  if (!c) {
    return {
      ...base,
      c: null,
      schemeItems: choices.schemes.map((s) => ({ value: s.code, text: `${s.code}: ${s.name}` })),
      agencyItems: agencyItems(),
      managerItems: userItems('No case manager yet'),
      openForm: form('open', { leadAgency: actor.agencyId ?? '', caseManager: actor.userId }),
    };
  }
  const pathwayLabel = (p: Pathway | null) => (p ? PATHWAY_LABELS[p] : '–');
  return {
    ...base,
    c,
    summaryRows: [
      ['Scheme', `${c.scheme.code}: ${c.scheme.name}`],
      ['Lead agency', c.lead.agency],
      ['Case manager', c.caseManager?.name ?? 'None named'],
      ['Opened', c.openedOn],
      [
        'Custody',
        c.custody.inCustody
          ? `In custody (${c.custody.kind}) since ${c.custody.since}${c.custody.establishment ? ` at ${c.custody.establishment}` : ''}; expected release ${c.custody.expectedRelease ?? 'not known'}${c.custody.releaseDueSoon ? ' (within 3 months)' : ''}`
          : 'In the community',
      ],
    ].map(([k, v]) => ({ key: { text: k }, value: { text: v } })),
    leadItems: agencyItems(),
    managerItems: userItems('No case manager'),
    teamAgencyItems: agencyItems(),
    workerItems: userItems(),
    pathwayItems,
    ownerItems: agencyItems(),
    leadForm: form('lead', { leadAgency: c.lead.agencyId, caseManager: c.caseManager?.userId ?? '' }),
    actionForm: form('action', { ownerAgency: actor.agencyId ?? '' }),
    assessForm: form('assess', { kind: c.assessments.some((a) => a.kind === 'initial') ? 'follow_up' : 'initial' }),
    noteForm: form('note', { sensitivity: 'normal' }),
    ratingPathways: PATHWAYS.map((p) => ({ value: p, text: PATHWAY_LABELS[p] })),
    assessments: c.assessments.map((a) => ({
      heading: `${a.kind === 'initial' ? 'Initial' : 'Follow-up'} assessment, ${a.date}${a.agency ? `, ${a.agency}` : ''}`,
      rows: a.ratings.map((r) => [{ text: PATHWAY_LABELS[r.pathway] }, { html: `<strong class="govuk-tag ${RATING_TAG[r.rating]}">${r.rating}</strong>` }, { text: r.note ?? '' }]),
    })),
    actions: c.actions.map((a) => ({
      ...a,
      kindLabel: KIND_LABELS[a.kind] ?? a.kind,
      pathwayLabel: pathwayLabel(a.pathway),
      statusClass: STATUS_TAG[a.status],
    })),
    openActions: c.actions.filter((a) => a.status === 'open').length,
    overdueActions: c.actions.filter((a) => a.overdue).length,
    noteItems: c.notes.map((n) => ({
      label: { text: n.sensitivity === 'health' ? 'Case note (health)' : 'Case note' },
      text: n.body,
      datetime: { timestamp: n.date, type: 'date' },
      byline: { text: `${n.author}${n.agency ? `, ${n.agency}` : ''}` },
    })),
    alertRows: c.alerts.map((a) => [{ text: a.raisedOn }, { text: a.kind.replace(/_/g, ' ') }, { text: a.detail }, { text: a.acknowledgedBy ? `Acknowledged by ${a.acknowledgedBy}` : 'Not acknowledged' }]),
  };
}
