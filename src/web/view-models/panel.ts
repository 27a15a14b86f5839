// What the review panel's pages show: the agenda with a decision form on each
// item, the decisions and minutes as govuk table rows, and the transfers inbox.
// Pure: the routes fetch, these shape, the templates render.
import type { EndReason, PanelAction, PanelDecisionKind } from '../../db/schema.js';
import type { PersonLabel } from '../../people/names.js';
import { displayName } from './people.js';
import { END_REASON_LABELS } from '../../glossary.js';
import type { AgendaItem, AgendaKind, PanelAgenda } from '../../panel/agenda.js';
import type { RecordedDecision } from '../../panel/decisions.js';
import type { PanelMinutes } from '../../panel/minutes.js';
import type { SchemeStructure } from '../../schemes/service.js';
import type { TransferView } from '../../transfers/transfers.js';
import { escape } from '../html.js';
import { WITHHELD_BECAUSE } from '../../access/need-to-know.js';

type Body = Record<string, string | undefined>;

// The de-selection reasons in words, shared with the person page.
const RULE_LABELS: Record<string, string> = { ...END_REASON_LABELS, other: 'Another reason' };

export function itemLabel(item: string): string {
  if (item === 'proposal:select') return 'Proposed for selection';
  if (item === 'proposal:deselect') return 'Proposed for de-selection';
  if (item.startsWith('rule:')) return `De-selection flag: ${RULE_LABELS[item.slice(5)] ?? item.slice(5)}`;
  if (item === 'reselection_review') return 'Re-selection review before release';
  if (item === 'released') return 'Released since the last panel';
  if (item === 'due_for_release') return 'Due for release within 3 months';
  if (item === 'deceased') return 'Automatic exit: deceased';
  return item;
}

const SECTIONS: { kind: AgendaKind; heading: string; id: string }[] = [
  { kind: 'automatic_exit', heading: 'Automatic exits', id: 'automatic-exits' },
  { kind: 'proposal', heading: 'Proposals from the selection run', id: 'proposals' },
  { kind: 'rule', heading: 'De-selection flags', id: 'flags' },
  { kind: 'reselection', heading: 'Re-selection reviews', id: 'reselection' },
  { kind: 'released', heading: 'Released since the last panel', id: 'released' },
  { kind: 'due_for_release', heading: 'Due for release within 3 months', id: 'due-for-release' },
];

export const END_REASONS: EndReason[] = ['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'other'];
export const DECISIONS: PanelDecisionKind[] = ['accept', 'reject', 'override'];
export const ACTIONS: PanelAction[] = ['select', 'deselect', 'tier_move', 'none'];
const ACTION_LABELS: Record<PanelAction, string> = { select: 'Select onto the scheme', deselect: 'De-select (leave the scheme)', tier_move: 'Move to another tier', none: 'No change' };
const DECISION_LABELS: Record<PanelDecisionKind, string> = { accept: 'Accept', reject: 'Reject', override: 'Override (professional judgement)' };

/** What the form suggests for an item; the panel can change any of it. */
function defaults(it: AgendaItem): { decision: PanelDecisionKind; action: PanelAction; endReason: string } {
  if (it.item === 'proposal:select' || it.kind === 'reselection') return { decision: 'accept', action: 'select', endReason: '' };
  if (it.item === 'proposal:deselect') return { decision: 'accept', action: 'deselect', endReason: 'regular_review' };
  if (it.kind === 'rule') {
    const rule = it.item.slice(5);
    return { decision: 'accept', action: 'deselect', endReason: END_REASONS.includes(rule as EndReason) ? rule : 'other' };
  }
  return { decision: 'accept', action: 'none', endReason: '' };
}

/** A decision form sent back with its errors, shown again on its own item. */
export interface Posted {
  key: string;
  values: Body;
  errors: { field: string; text: string }[];
}

/** The form field a service's refusal is about, so the error links to it. */
export function fieldOf(message: string): string {
  if (/exit plan/i.test(message)) return 'exitPlan';
  if (/end reason/i.test(message)) return 'endReason';
  if (/tier/i.test(message)) return 'tierCode';
  if (/must be "none"|action/i.test(message)) return 'action';
  if (/reason/i.test(message)) return 'reason';
  return 'decision';
}

export interface PanelPageInput {
  agenda: PanelAgenda;
  structure: SchemeStructure;
  labels: Map<number, PersonLabel>;
  code: string;
  date: string;
  canDecide: boolean;
  canExport: boolean;
  recorded?: number;
  exits?: number;
  posted?: Posted;
}

/** The agenda page: its sections, a decision form on every item, and the decisions taken so far. */
export function panelPageView({ agenda, structure, labels, code, date, canDecide, canExport, ...opts }: PanelPageInput): Record<string, unknown> {
  const nameOf = (id: number, ref: string) => displayName(labels.get(id), ref);
  const decisionText = (d: RecordedDecision) =>
    `${DECISION_LABELS[d.decision]}: ${ACTION_LABELS[d.action].toLowerCase()}${d.tierCode ? ` (tier ${d.tierCode})` : ''}. Reason: ${d.reason}${d.exitPlan ? ` Exit plan: ${d.exitPlan}` : ''} (${d.decidedBy})`;
  const items = agenda.items.map((it, i) => {
    const key = `${it.personRef}|${it.item}`;
    const posted = opts.posted?.key === key ? opts.posted : undefined;
    const d = defaults(it);
    const v = (field: string, dflt: string) => posted?.values[field] ?? dflt;
    const err = (field: string) => posted?.errors.find((e) => e.field === field)?.text;
    const prefix = `item-${i}`;
    const name = nameOf(it.personId, it.personRef);
    return {
      ...it,
      prefix,
      name,
      label: itemLabel(it.item),
      scoreText: it.score === null ? null : String(Math.round(it.score * 100) / 100),
      decisionText: it.decision ? decisionText(it.decision) : null,
      form: {
        decisionItems: DECISIONS.map((x) => ({ value: x, text: DECISION_LABELS[x], checked: v('decision', d.decision) === x })),
        actionItems: ACTIONS.map((x) => ({ value: x, text: ACTION_LABELS[x], checked: v('action', d.action) === x })),
        tierItems: [{ value: '', text: it.member ? 'Keep the current tier' : 'No tier' }, ...structure.tiers.map((t) => ({ value: t.code, text: t.name, selected: v('tierCode', '') === t.code }))],
        endReasonItems: [{ value: '', text: 'Not a de-selection' }, ...END_REASONS.map((r) => ({ value: r, text: RULE_LABELS[r]!, selected: v('endReason', d.endReason) === r }))],
        exitPlan: v('exitPlan', ''),
        reason: v('reason', ''),
        transferTo: v('transferToAreaCode', ''),
        showTransfer: it.item === 'rule:moved_area',
        errors: { decision: err('decision'), action: err('action'), tierCode: err('tierCode'), endReason: err('endReason'), exitPlan: err('exitPlan'), reason: err('reason') },
        buttonText: `Record decision for ${name}`,
      },
    };
  });
  const errors = opts.posted
    ? opts.posted.errors.map((e) => {
        const i = items.findIndex((x) => `${x.personRef}|${x.item}` === opts.posted!.key);
        return { text: e.text, href: i >= 0 ? `#item-${i}-${e.field}` : '#agenda' };
      })
    : [];
  const recorded = opts.recorded ? agenda.decisions.find((d) => d.id === opts.recorded) : undefined;
  return {
    title: `Review panel – ${code} – ${date}`,
    schemeCode: code,
    schemeName: structure.name,
    agenda,
    date,
    canDecide,
    canExport,
    errors,
    banner: recorded ? `Decision recorded for ${nameOf(recorded.personId, recorded.personRef)}: ${DECISION_LABELS[recorded.decision].toLowerCase()}, ${ACTION_LABELS[recorded.action].toLowerCase()}.` : opts.exits !== undefined ? `${opts.exits} automatic exit${opts.exits === 1 ? '' : 's'} recorded.` : null,
    sections: SECTIONS.map((s) => ({ ...s, items: items.filter((x) => x.kind === s.kind) })),
    scoresWithheld: agenda.scoresWithheld ? `Scores and ranks are withheld from you because ${WITHHELD_BECAUSE[agenda.scoresWithheld]}, and the selection matrix weighs it. Items are listed by person reference.` : null,
    decisionRows: agenda.decisions.map((d) => [
      { html: `<a class="govuk-link" href="/people/${d.personId}">${escape(nameOf(d.personId, d.personRef))}</a>` },
      { text: itemLabel(d.item) },
      { text: DECISION_LABELS[d.decision] },
      { text: ACTION_LABELS[d.action] + (d.tierCode ? ` (tier ${d.tierCode})` : '') },
      { text: d.reason + (d.exitPlan ? ` Exit plan: ${d.exitPlan}` : '') },
      { text: d.decidedBy },
    ]),
  };
}

/** The minutes page: one row per decision. */
export function minutesRows(minutes: PanelMinutes, labels: Map<number, PersonLabel>) {
  return minutes.decisions.map((d) => [
    { text: displayName(labels.get(d.personId), d.personRef) },
    { text: d.personRef },
    { text: itemLabel(d.item) },
    { text: DECISION_LABELS[d.decision] },
    { text: ACTION_LABELS[d.action] + (d.tierCode ? ` (tier ${d.tierCode})` : '') + (d.endReason ? `: ${RULE_LABELS[d.endReason] ?? d.endReason}` : '') },
    { text: d.reason },
    { text: d.exitPlan ?? '–' },
    { text: minutes.scoresWithheld ? 'Withheld' : d.score === null ? '–' : String(d.score), format: 'numeric' },
    { text: d.decidedBy },
  ]);
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The transfers inbox: one row per notice, with the summary the sending partnership gave. */
export function transferRows(inbox: TransferView[]) {
  return inbox.map((t) => [
    { text: t.notifiedAt.slice(0, 10) },
    { text: t.fromPartnership },
    { text: `${str(t.summary.familyName).toUpperCase()}, ${str(t.summary.givenNames)}` },
    { text: str(t.summary.dateOfBirth) },
    { text: str(t.summary.pncId) || 'None given' },
    { text: str(t.summary.scheme) || '–' },
    { text: t.toAreaCode },
    { text: t.status.replace(/_/g, ' ') },
    { text: t.note ?? '' },
  ]);
}
