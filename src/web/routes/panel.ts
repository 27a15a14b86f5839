// The review panel (SPEC 3.4): the agenda for a meeting date with a decision
// form on every item, decisions recorded one at a time (each in one
// transaction with its change to memberships), the minutes as a page and as
// CSV, and the inbox of transfers from other partnerships (SPEC 3.2).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import type { EndReason, PanelAction, PanelDecisionKind } from '../../db/schema.js';
import { partnershipToday } from '../../partnerships.js';
import { escape } from '../html.js';
import { displayName, personLabels } from '../../people/names.js';
import { END_REASON_LABELS } from '../../people/service.js';
import { schemeStructure } from '../../schemes/service.js';
import { InvalidInputError } from '../../errors.js';
import { isIsoDate } from '../../selection/dates.js';
import { applyAutomaticExits, minutesCsv, panelAgenda, panelMinutes, recordDecision, transferInbox, type AgendaItem, type AgendaKind, type RecordedDecision } from '../../selection/panel.js';

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

const END_REASONS: EndReason[] = ['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'other'];
const DECISIONS: PanelDecisionKind[] = ['accept', 'reject', 'override'];
const ACTIONS: PanelAction[] = ['select', 'deselect', 'tier_move', 'none'];
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

interface Posted {
  key: string;
  values: Body;
  errors: { field: string; text: string }[];
}

function fieldOf(message: string): string {
  if (/exit plan/i.test(message)) return 'exitPlan';
  if (/end reason/i.test(message)) return 'endReason';
  if (/tier/i.test(message)) return 'tierCode';
  if (/must be "none"|action/i.test(message)) return 'action';
  if (/reason/i.test(message)) return 'reason';
  return 'decision';
}

export function registerPanelRoutes(app: FastifyInstance): void {
  const db = () => app.deps.database.db;

  async function panelPage(reply: FastifyReply, actor: Actor, code: string, date: string, opts: { recorded?: number; exits?: number; posted?: Posted } = {}) {
    const [agenda, structure] = await Promise.all([panelAgenda(db(), actor, { schemeCode: code, meetingDate: date }), schemeStructure(db(), actor, code)]);
    const labels = await personLabels(db(), actor, agenda.items.map((i) => i.personId));
    const nameOf = (id: number, ref: string) => displayName(labels.get(id), ref);
    const canDecide = can(actor, 'panel:decide');
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
    return reply.render('panel.njk', {
      title: `Review panel – ${code} – ${date}`,
      schemeCode: code,
      schemeName: structure.name,
      agenda,
      date,
      canDecide,
      canExport: can(actor, 'export:run'),
      errors,
      banner: recorded ? `Decision recorded for ${nameOf(recorded.personId, recorded.personRef)}: ${DECISION_LABELS[recorded.decision].toLowerCase()}, ${ACTION_LABELS[recorded.action].toLowerCase()}.` : opts.exits !== undefined ? `${opts.exits} automatic exit${opts.exits === 1 ? '' : 's'} recorded.` : null,
      sections: SECTIONS.map((s) => ({ ...s, items: items.filter((x) => x.kind === s.kind) })),
      decisionRows: agenda.decisions.map((d) => [
        { html: `<a class="govuk-link" href="/people/${d.personId}">${escape(nameOf(d.personId, d.personRef))}</a>` },
        { text: itemLabel(d.item) },
        { text: DECISION_LABELS[d.decision] },
        { text: ACTION_LABELS[d.action] + (d.tierCode ? ` (tier ${d.tierCode})` : '') },
        { text: d.reason + (d.exitPlan ? ` Exit plan: ${d.exitPlan}` : '') },
        { text: d.decidedBy },
      ]),
    });
  }

  async function meetingDate(actor: Actor, raw: string | undefined): Promise<string> {
    if (raw === undefined || raw === '') return partnershipToday(db(), actor.partnershipId);
    if (!isIsoDate(raw)) throw new InvalidInputError('The meeting date must be a date as YYYY-MM-DD.');
    return raw;
  }

  app.get<{ Params: { code: string }; Querystring: { date?: string; recorded?: string; exits?: string } }>('/schemes/:code/panel', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const date = await meetingDate(req.actor!, req.query.date);
    const recorded = req.query.recorded && /^\d{1,12}$/.test(req.query.recorded) ? Number(req.query.recorded) : undefined;
    const exits = req.query.exits && /^\d{1,6}$/.test(req.query.exits) ? Number(req.query.exits) : undefined;
    return panelPage(reply, req.actor!, req.params.code, date, { recorded, exits });
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/panel/decisions', { config: { access: 'panel:decide' } }, async (req, reply) => {
    const b = req.body ?? {};
    const code = req.params.code;
    const date = await meetingDate(req.actor!, b.date ?? '');
    const personRef = (b.personRef ?? '').trim();
    const item = (b.item ?? '').trim();
    const decision = b.decision as PanelDecisionKind;
    const action = b.action as PanelAction;
    const errors: Posted['errors'] = [];
    if (!DECISIONS.includes(decision)) errors.push({ field: 'decision', text: 'Choose accept, reject or override' });
    if (!ACTIONS.includes(action)) errors.push({ field: 'action', text: 'Choose what changes' });
    if (!(b.reason ?? '').trim()) errors.push({ field: 'reason', text: 'Enter the reason for the decision' });
    if (action === 'deselect' && !(b.exitPlan ?? '').trim()) errors.push({ field: 'exitPlan', text: 'Enter the exit plan: the lower tier or the ongoing support that follows' });
    if (action === 'deselect' && !END_REASONS.includes(b.endReason as EndReason)) errors.push({ field: 'endReason', text: 'Choose the de-selection reason' });
    if (action === 'tier_move' && !b.tierCode) errors.push({ field: 'tierCode', text: 'Choose the tier to move to' });
    const posted = (errs: Posted['errors']): Posted => ({ key: `${personRef}|${item}`, values: b, errors: errs });
    if (errors.length) {
      reply.code(400);
      return panelPage(reply, req.actor!, code, date, { posted: posted(errors) });
    }
    try {
      const d = await recordDecision(db(), req.actor!, {
        schemeCode: code,
        meetingDate: date,
        personRef,
        item,
        decision,
        action,
        reason: b.reason!,
        tierCode: b.tierCode || null,
        endReason: action === 'deselect' ? (b.endReason as EndReason) : null,
        exitPlan: action === 'deselect' ? b.exitPlan : null,
        transferToAreaCode: action === 'deselect' && b.transferToAreaCode?.trim() ? b.transferToAreaCode.trim() : null,
      });
      return reply.redirect(`/schemes/${encodeURIComponent(code)}/panel?date=${date}&recorded=${d.id}#decisions`, 303);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      reply.code(400);
      return panelPage(reply, req.actor!, code, date, { posted: posted([{ field: fieldOf(e.message), text: e.message }]) });
    }
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/panel/automatic-exits', { config: { access: 'panel:decide' } }, async (req, reply) => {
    const date = await meetingDate(req.actor!, req.body?.date ?? '');
    const exits = await applyAutomaticExits(db(), req.actor!, { schemeCode: req.params.code, asOf: date });
    return reply.redirect(`/schemes/${encodeURIComponent(req.params.code)}/panel?date=${date}&exits=${exits.length}`, 303);
  });

  app.get<{ Params: { code: string }; Querystring: { date?: string; format?: string } }>('/schemes/:code/panel/minutes', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const date = await meetingDate(actor, req.query.date);
    const csv = req.query.format === 'csv';
    if (csv && !can(actor, 'export:run')) {
      reply.code(403);
      return reply.render('error.njk', { title: 'You cannot export the minutes', message: 'Your role does not allow exports.' });
    }
    const minutes = await panelMinutes(db(), actor, { schemeCode: req.params.code, meetingDate: date });
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="minutes-${minutes.schemeCode}-${minutes.meetingDate}.csv"`)
        .send(minutesCsv(minutes));
    }
    const labels = await personLabels(db(), actor, minutes.decisions.map((d) => d.personId));
    return reply.render('minutes.njk', {
      title: `Minutes of the ${minutes.schemeCode} panel of ${date}`,
      minutes,
      canExport: can(actor, 'export:run'),
      rows: minutes.decisions.map((d) => [
        { text: displayName(labels.get(d.personId), d.personRef) },
        { text: d.personRef },
        { text: itemLabel(d.item) },
        { text: DECISION_LABELS[d.decision] },
        { text: ACTION_LABELS[d.action] + (d.tierCode ? ` (tier ${d.tierCode})` : '') + (d.endReason ? `: ${RULE_LABELS[d.endReason] ?? d.endReason}` : '') },
        { text: d.reason },
        { text: d.exitPlan ?? '–' },
        { text: d.score === null ? '–' : String(d.score), format: 'numeric' },
        { text: d.decidedBy },
      ]),
    });
  });

  app.get('/transfers', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const inbox = await transferInbox(db(), req.actor!);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return reply.render('transfers.njk', {
      title: 'Transfers',
      rows: inbox.map((t) => [
        { text: t.notifiedAt.slice(0, 10) },
        { text: t.fromPartnership },
        { text: `${str(t.summary.familyName).toUpperCase()}, ${str(t.summary.givenNames)}` },
        { text: str(t.summary.dateOfBirth) },
        { text: str(t.summary.pncId) || 'None given' },
        { text: str(t.summary.scheme) || '–' },
        { text: t.toAreaCode },
        { text: t.status.replace(/_/g, ' ') },
        { text: t.note ?? '' },
      ]),
    });
  });
}

