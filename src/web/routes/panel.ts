// The review panel (SPEC 3.4): the agenda for a meeting date as a chair runs
// it (a summary row and one decision form per person, issue 15), decisions
// recorded one at a time (each in one
// transaction with its change to memberships), the minutes as a page and as
// CSV, and the inbox of transfers from other partnerships (SPEC 3.2).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import type { EndReason, PanelAction, PanelDecisionKind } from '../../db/schema.js';
import { InvalidInputError } from '../../errors.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { ACTIONS, DECISIONS, END_REASONS, fieldOf, minutesRows, panelPageView, transferRows, type Posted } from '../view-models/panel.js';

type Body = Record<string, string | string[] | undefined>;

/** A field sent once (a repeated one counts as not sent: the form has one of each). */
const one = (v: string | string[] | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
/** A field sent any number of times. */
const many = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function registerPanelRoutes(app: FastifyInstance): void {

  async function panelPage(reply: FastifyReply, actor: Actor, code: string, date: string, opts: { recorded?: number; exits?: number; posted?: Posted } = {}) {
    const [agenda, structure] = await Promise.all([app.services.panel.agenda(actor, { schemeCode: code, meetingDate: date }), app.services.schemes.structure(actor, code)]);
    const labels = await app.services.people.labels(actor, [...new Set([...agenda.items.map((i) => i.personId), ...agenda.people.flatMap((p) => (p.outscoredBy ? [p.outscoredBy.personId] : []))])]);
    return reply.render('panel.njk', panelPageView({ agenda, structure, labels, code, date, canDecide: can(actor, 'panel:decide'), canExport: can(actor, 'export:run'), ...opts }));
  }

  async function meetingDate(actor: Actor, raw: string | undefined): Promise<string> {
    if (raw === undefined || raw === '') return app.services.partnerships.today(actor);
    return requireIsoDate(raw, 'The meeting date', 'date');
  }

  app.get<{ Params: { code: string }; Querystring: { date?: string; recorded?: string; exits?: string } }>('/schemes/:code/panel', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const date = await meetingDate(req.actor!, req.query.date);
    const recorded = req.query.recorded && /^\d{1,12}$/.test(req.query.recorded) ? Number(req.query.recorded) : undefined;
    const exits = req.query.exits && /^\d{1,6}$/.test(req.query.exits) ? Number(req.query.exits) : undefined;
    return panelPage(reply, req.actor!, req.params.code, date, { recorded, exits });
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/panel/decisions', { config: { access: 'panel:decide' } }, async (req, reply) => {
    const raw = req.body ?? {};
    const b: Record<string, string | undefined> = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)]));
    const code = req.params.code;
    const date = await meetingDate(req.actor!, b.date ?? '');
    const personRef = (b.personRef ?? '').trim();
    // The items the person's one decision answers (the form sends each); `item` alone is one.
    const items = [...many(raw.items), ...many(raw.item)].map((i) => i.trim()).filter(Boolean);
    const decision = b.decision as PanelDecisionKind;
    const action = b.action as PanelAction;
    const errors: Posted['errors'] = [];
    // Nothing is chosen for the panel: a decision without a choice is refused, naming the field.
    if (!DECISIONS.includes(decision)) errors.push({ field: 'decision', text: `Choose the decision for ${personRef || 'this person'}: accept, reject or override` });
    if (!ACTIONS.includes(action)) errors.push({ field: 'action', text: 'Choose what changes: select, de-select, move tier or no change' });
    if (!(b.reason ?? '').trim()) errors.push({ field: 'reason', text: 'Enter the reason for the decision' });
    if (action === 'deselect' && !(b.exitPlan ?? '').trim()) errors.push({ field: 'exitPlan', text: 'Enter the exit plan: the lower tier or the ongoing support that follows' });
    if (action === 'deselect' && !END_REASONS.includes(b.endReason as EndReason)) errors.push({ field: 'endReason', text: 'Choose the de-selection reason' });
    if (action === 'tier_move' && !b.tierCode) errors.push({ field: 'tierCode', text: 'Choose the tier to move to' });
    const posted = (errs: Posted['errors']): Posted => ({ key: personRef, values: b, errors: errs });
    if (errors.length) {
      reply.code(400);
      return panelPage(reply, req.actor!, code, date, { posted: posted(errors) });
    }
    try {
      const d = await app.services.panel.recordDecision(req.actor!, {
        schemeCode: code,
        meetingDate: date,
        personRef,
        items,
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
      return panelPage(reply, req.actor!, code, date, { posted: posted([{ field: e.field ?? fieldOf(e.message), text: e.message }]) });
    }
  });

  app.post<{ Params: { code: string }; Body: Body }>('/schemes/:code/panel/automatic-exits', { config: { access: 'panel:decide' } }, async (req, reply) => {
    const date = await meetingDate(req.actor!, one(req.body?.date) ?? '');
    const exits = await app.services.panel.applyAutomaticExits(req.actor!, { schemeCode: req.params.code, asOf: date });
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
    const minutes = await app.services.panel.minutes(actor, { schemeCode: req.params.code, meetingDate: date, asFile: csv });
    if (csv) {
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="minutes-${minutes.schemeCode}-${minutes.meetingDate}.csv"`)
        .send(app.services.panel.minutesCsv(minutes));
    }
    const labels = await app.services.people.labels(actor, minutes.decisions.map((d) => d.personId));
    return reply.render('minutes.njk', {
      title: `Minutes of the ${minutes.schemeCode} panel of ${date}`,
      minutes,
      canExport: can(actor, 'export:run'),
      rows: minutesRows(minutes, labels),
    });
  });

  app.get('/transfers', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const inbox = await app.services.transfers.inbox(req.actor!);
    return reply.render('transfers.njk', {
      title: 'Transfers',
      rows: transferRows(inbox),
    });
  });
}

