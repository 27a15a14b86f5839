// What the review panel's pages show: the agenda with a summary row and one
// decision form per person, the decisions and minutes as govuk table rows, and
// the transfers inbox.
// Pure: the routes fetch, these shape, the templates render.
import type { EndReason, PanelAction, PanelDecisionKind } from '../../db/schema.js';
import type { PersonLabel } from '../../people/names.js';
import { displayName } from './people.js';
import { END_REASON_LABELS } from '../../glossary.js';
import type { PanelAgenda } from '../../panel/agenda.js';
import type { RecordedDecision } from '../../panel/decisions.js';
import { outscoringText } from '../../selection/proposals.js';
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

export const END_REASONS: EndReason[] = ['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'other'];
export const DECISIONS: PanelDecisionKind[] = ['accept', 'reject', 'override'];
export const ACTIONS: PanelAction[] = ['select', 'deselect', 'tier_move', 'none'];
const ACTION_LABELS: Record<PanelAction, string> = { select: 'Select onto the scheme', deselect: 'De-select (leave the scheme)', tier_move: 'Move to another tier', none: 'No change' };
const DECISION_LABELS: Record<PanelDecisionKind, string> = { accept: 'Accept', reject: 'Reject', override: 'Override (professional judgement)' };

/** A decision form sent back with its errors, shown again on its own person. */
export interface Posted {
  /** The person's reference: their form is the one shown again. */
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

/**
 * The agenda page as a chair runs it: a summary table first, one row per
 * person with all their flags and proposals (and the comparison a member's
 * review weighs), then one section per person with the reasons and ONE
 * decision form answering all their open items. No choice is made for the
 * panel: no radio is checked and no reason is chosen until someone does.
 */
export function panelPageView({ agenda, structure, labels, code, date, canDecide, canExport, ...opts }: PanelPageInput): Record<string, unknown> {
  const nameOf = (id: number, ref: string) => displayName(labels.get(id), ref);
  const decisionText = (d: RecordedDecision) =>
    `${DECISION_LABELS[d.decision]}: ${ACTION_LABELS[d.action].toLowerCase()}${d.tierCode ? ` (tier ${d.tierCode})` : ''}. Reason: ${d.reason}${d.exitPlan ? ` Exit plan: ${d.exitPlan}` : ''} (${d.decidedBy})`;
  const people = agenda.people.map((p, i) => {
    const posted = opts.posted?.key === p.personRef ? opts.posted : undefined;
    const v = (field: string) => (typeof posted?.values[field] === 'string' ? posted.values[field]! : '');
    const err = (field: string) => posted?.errors.find((e) => e.field === field)?.text;
    const prefix = `person-${i}`;
    const name = nameOf(p.personId, p.personRef);
    const comparison = p.outscoredBy ? outscoringText(p.outscoredBy, nameOf(p.outscoredBy.personId, p.outscoredBy.personRef)) : null;
    const pendingLabels = p.pending.map(itemLabel);
    return {
      ...p,
      prefix,
      name,
      scoreText: p.score === null ? null : String(Math.round(p.score * 100) / 100),
      labels: p.items.map((it) => itemLabel(it.item)),
      comparison,
      automaticExit: p.items.some((it) => it.kind === 'automatic_exit'),
      items: p.items.map((it) => ({ ...it, label: itemLabel(it.item), decisionText: it.decision ? decisionText(it.decision) : null })),
      decisionTexts: p.decisions.map(decisionText),
      status: p.pending.length ? (p.decisions.length ? 'Partly decided' : 'To decide') : p.decisions.length ? 'Decided' : p.items.some((it) => it.kind === 'automatic_exit') ? 'Automatic exit' : 'To decide',
      form: p.pending.length
        ? {
            items: p.pending,
            answers: pendingLabels.length === 1 ? pendingLabels[0] : `${pendingLabels.length} items: ${pendingLabels.join('; ')}`,
            decisionItems: DECISIONS.map((x) => ({ value: x, text: DECISION_LABELS[x], checked: v('decision') === x })),
            actionItems: ACTIONS.map((x) => ({ value: x, text: ACTION_LABELS[x], checked: v('action') === x })),
            tierItems: [{ value: '', text: p.member ? 'Keep the current tier' : 'No tier' }, ...structure.tiers.map((t) => ({ value: t.code, text: t.name, selected: v('tierCode') === t.code }))],
            endReasonItems: [{ value: '', text: 'Not a de-selection' }, ...END_REASONS.map((r) => ({ value: r, text: RULE_LABELS[r]!, selected: v('endReason') === r }))],
            exitPlan: v('exitPlan'),
            reason: v('reason'),
            transferTo: v('transferToAreaCode'),
            showTransfer: p.pending.includes('rule:moved_area'),
            errors: { decision: err('decision'), action: err('action'), tierCode: err('tierCode'), endReason: err('endReason'), exitPlan: err('exitPlan'), reason: err('reason') },
            buttonText: `Record decision for ${name}`,
          }
        : null,
    };
  });
  const errors = opts.posted
    ? opts.posted.errors.map((e) => {
        const i = people.findIndex((x) => x.personRef === opts.posted!.key);
        const fields = ['decision', 'action', 'tierCode', 'endReason', 'exitPlan', 'reason', 'transferToAreaCode'];
        return { text: e.text, href: i < 0 ? '#agenda' : people[i]!.form && fields.includes(e.field) ? `#person-${i}-${e.field}` : `#person-${i}` };
      })
    : [];
  const recorded = opts.recorded ? agenda.decisions.find((d) => d.id === opts.recorded) : undefined;
  const margin = agenda.comparisonMargin === null ? null : `${Math.round(agenda.comparisonMargin * 1000) / 10}%`;
  const flags = agenda.items.filter((it) => it.kind === 'rule').length;
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
    people,
    counts: `${people.length} ${people.length === 1 ? 'person' : 'people'}, ${agenda.items.length} item${agenda.items.length === 1 ? '' : 's'} (${flags} de-selection flag${flags === 1 ? '' : 's'})`,
    hasAutomaticExits: people.some((p) => p.automaticExit && p.items.some((it) => it.kind === 'automatic_exit' && !it.decision)),
    margin,
    scoresWithheld: agenda.scoresWithheld ? `Scores, ranks and comparisons are withheld from you because ${WITHHELD_BECAUSE[agenda.scoresWithheld]}, and the selection matrix weighs it. People are listed by person reference.` : null,
    decisionRows: agenda.decisions.map((d) => [
      { html: `<a class="govuk-link" href="/people/${d.personId}">${escape(nameOf(d.personId, d.personRef))}</a>` },
      { text: d.items.map(itemLabel).join('; ') },
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
    { text: d.items.map(itemLabel).join('; ') },
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
