// The review panel in the JSON API (SPEC 3.4): a scheme's review on a date
// (the six de-selection rules and re-selection reviews, the same array as
// `waymark review --json`, whole), a meeting's agenda by person (as `waymark
// panel agenda --json`), and one decision recorded for a person, with its
// change to memberships, in one transaction. Same service functions, need to
// know and audit as the panel page and the CLI.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';
import type { EndReason, PanelAction, PanelDecisionKind } from '../../db/schema.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { problems } from '../api-schemas.js';
import { arrayOf, bool, date, dateN, int, intN, num, numN, obj, orNull, outscoredByRef, prompt, reason, sensitive, str, strN, strings } from '../api-documents.js';

const reviewRow = obj({ personRef: str, rule: str, met: bool, reasons: arrayOf(reason), prompts: arrayOf(prompt) });

const DECISIONS = ['accept', 'reject', 'override'] as const;
const ACTIONS = ['select', 'deselect', 'tier_move', 'none'] as const;
const END_REASONS = ['stopped_offending', 'moved_area', 'significant_custody', 'regular_review', 'two_years_on_scheme', 'high_risk_of_harm', 'deceased', 'other'] as const;

const agendaPerson = obj({
  personRef: str,
  member: bool,
  score: numN,
  items: arrayOf(obj({ item: str, reasons: strings, prompts: strings, decisionId: intN })),
  pending: strings,
  comparisonMargin: numN,
  outscoredBy: orNull(outscoredByRef),
  decisions: arrayOf(obj({ id: int, items: strings, decision: { type: 'string', enum: DECISIONS }, action: { type: 'string', enum: ACTIONS }, reason: str, decidedBy: str })),
});

const agenda = obj({
  schemeCode: str,
  meetingDate: date,
  lastMeetingDate: dateN,
  runId: intN,
  runAsOf: dateN,
  comparisonMargin: numN,
  scoresWithheld: { type: ['string', 'null'], enum: [...sensitive.enum, null] },
  runOutOfDate: { type: ['string', 'null'], description: "When people joined or left the scheme since the run (other than by this meeting's decisions), why its proposals are out of date; else null." },
  people: arrayOf(agendaPerson),
});

const decision = obj({
  id: int,
  personId: int,
  personRef: str,
  item: str,
  items: strings,
  decision: { type: 'string', enum: DECISIONS },
  action: { type: 'string', enum: ACTIONS },
  reason: str,
  endReason: { type: ['string', 'null'], enum: [...END_REASONS, null] },
  exitPlan: strN,
  tierCode: strN,
  score: numN,
  decidedBy: str,
  decidedAt: { type: 'string', format: 'date-time' },
});

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 20 } } } as const;

interface DecisionBody {
  date: string;
  personRef: string;
  items: string[];
  decision: PanelDecisionKind;
  action: PanelAction;
  reason: string;
  tierCode?: string;
  endReason?: EndReason;
  exitPlan?: string;
  transferToAreaCode?: string;
  effectiveDate?: string;
}

export function registerPanelApiRoutes(app: FastifyInstance): void {
  const dateOr = async (actor: Actor, raw: string | undefined, what: string, field: string) => (raw ? requireIsoDate(raw, what, field) : app.services.partnerships.today(actor));

  app.get<{ Params: { code: string }; Querystring: { asOf?: string } }>(
    '/api/v1/schemes/:code/review',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "The de-selection rules of SPEC 3.4 over every member on a date, and re-selection reviews of former members in custody: one row per member per rule, the same array as `waymark review --json` (a document, not paged). A reason resting on data you may not see is withheld whole. Logged naming everyone reviewed.",
        tags: ['panel'],
        params: codeParams,
        querystring: { type: 'object', properties: { asOf: { type: 'string', format: 'date', description: "The review date (default: the partnership's today)." } } },
        response: { 200: arrayOf(reviewRow), ...problems },
      },
    },
    async (req) => {
      const actor = req.actor!;
      const review = await app.services.panel.review(actor, { schemeCode: req.params.code, asOf: await dateOr(actor, req.query.asOf, 'The as-of date', 'asOf') });
      return app.services.panel.reviewJson(review);
    },
  );

  app.get<{ Params: { code: string }; Querystring: { date?: string } }>(
    '/api/v1/schemes/:code/panel',
    {
      config: { access: 'scheme:view' },
      schema: {
        summary: "A panel meeting's agenda by person: every item about them (proposals from the latest run, rules met, re-selection reviews, releases), the items still open, the comparison a member's review weighs, and the decisions recorded. The rows are those of `waymark panel agenda --json`. Logged naming everyone on it.",
        tags: ['panel'],
        params: codeParams,
        querystring: { type: 'object', properties: { date: { type: 'string', format: 'date', description: "The meeting date (default: the partnership's today)." } } },
        response: { 200: agenda, ...problems },
      },
    },
    async (req) => {
      const actor = req.actor!;
      const a = await app.services.panel.agenda(actor, { schemeCode: req.params.code, meetingDate: await dateOr(actor, req.query.date, 'The meeting date', 'date') });
      return {
        schemeCode: a.schemeCode,
        meetingDate: a.meetingDate,
        lastMeetingDate: a.lastMeetingDate,
        runId: a.runId,
        runAsOf: a.runAsOf,
        comparisonMargin: a.comparisonMargin,
        scoresWithheld: a.scoresWithheld,
        runOutOfDate: a.runOutOfDate,
        people: app.services.panel.agendaJson(a),
      };
    },
  );

  app.post<{ Params: { code: string }; Body: DecisionBody }>(
    '/api/v1/schemes/:code/panel/decisions',
    {
      config: { access: 'panel:decide' },
      schema: {
        summary: "Records the panel's one decision about a person at a meeting, answering the agenda items named, and makes its change to memberships (select starts one, deselect ends it with its reason and exit plan, tier_move moves it) in the same transaction.",
        description: 'Nothing is chosen for the panel: the decision and the action are required. A restricted person is found only by the users named on them.',
        tags: ['panel'],
        params: codeParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['date', 'personRef', 'items', 'decision', 'action', 'reason'],
          properties: {
            date: { type: 'string', format: 'date', description: 'The meeting date.' },
            personRef: { type: 'string', minLength: 1, maxLength: 100 },
            items: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', minLength: 1, maxLength: 200 }, description: 'The agenda items the decision answers (the `pending` of the person on the agenda), e.g. ["proposal:select"].' },
            decision: { type: 'string', enum: DECISIONS },
            action: { type: 'string', enum: ACTIONS },
            reason: { type: 'string', minLength: 1, maxLength: 4000 },
            tierCode: { type: 'string', maxLength: 20, description: 'select and tier_move: the tier.' },
            endReason: { type: 'string', enum: END_REASONS.filter((r) => r !== 'deceased'), description: 'deselect: the de-selection reason.' },
            exitPlan: { type: 'string', maxLength: 4000, description: 'deselect: the lower tier or ongoing support that follows (required for deselect).' },
            transferToAreaCode: { type: 'string', maxLength: 20, description: 'deselect for a move: send a transfer notice to this area.' },
            effectiveDate: { type: 'string', format: 'date', description: 'When the change takes effect (default: the meeting date).' },
          },
        },
        response: { 201: decision, ...problems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const d = await app.services.panel.recordDecision(req.actor!, {
        schemeCode: req.params.code,
        meetingDate: b.date,
        personRef: b.personRef,
        items: b.items,
        decision: b.decision,
        action: b.action,
        reason: b.reason,
        tierCode: b.tierCode ?? null,
        endReason: b.endReason ?? null,
        exitPlan: b.exitPlan ?? null,
        transferToAreaCode: b.transferToAreaCode ?? null,
        effectiveDate: b.effectiveDate,
      });
      return reply.code(201).send(d);
    },
  );
}
