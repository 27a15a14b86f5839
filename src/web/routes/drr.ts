// DRR starts, completions and early terminations against the year's target:
// the page (with the form to set the target), and the API. The routes read the
// request, call the DRR service and render or return what it gives.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { InvalidInputError, isWaymarkError } from '../../errors.js';
import { problemSchema } from '../errors.js';
import { expectedVersion, formVersion, sendEtag } from '../etag.js';
import { SUPPRESSED } from '../../disclosure.js';
import { performanceYearStarting } from '../../calendar/performance-year.js';
import type { DrrFigures } from '../../drr/service.js';

type Body = Record<string, string | undefined>;

const counts = {
  type: 'object',
  properties: {
    starts: { type: ['integer', 'null'] },
    completions: { type: ['integer', 'null'] },
    earlyTerminations: { type: ['integer', 'null'] },
    otherEnds: { type: ['integer', 'null'] },
  },
} as const;
const targetSchema = {
  type: 'object',
  properties: {
    year: { type: 'string' },
    starts: { type: 'integer' },
    completions: { type: ['integer', 'null'] },
    version: { type: 'integer' },
  },
} as const;
const figuresSchema = {
  type: 'object',
  properties: {
    year: { type: 'string' },
    start: { type: 'string', format: 'date' },
    end: { type: 'string', format: 'date' },
    quarters: {
      type: 'array',
      items: { type: 'object', properties: { quarter: { type: 'integer' }, label: { type: 'string' }, start: { type: 'string', format: 'date' }, end: { type: 'string', format: 'date' }, ...counts.properties } },
    },
    total: counts,
    target: { ...targetSchema, type: ['object', 'null'] },
    startsAgainstTarget: { type: ['number', 'null'] },
    completionsAgainstTarget: { type: ['number', 'null'] },
    completionRate: { type: ['number', 'null'] },
    suppressed: { type: 'boolean' },
    method: { type: 'string' },
  },
} as const;

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const cnt = (x: number | null) => (x === null ? SUPPRESSED : String(x));

function yearsAround(label: string): string[] {
  const y = Number(label.slice(0, 4));
  return [y - 2, y - 1, y, y + 1].map((s) => performanceYearStarting(s).label);
}

export function registerDrrRoutes(app: FastifyInstance): void {
  const drr = app.services.drr;

  async function renderPage(reply: FastifyReply, actor: Actor, f: DrrFigures, form: { errors?: { text: string; href: string }[]; fieldErrors?: Record<string, string>; values?: Body; saved?: boolean } = {}) {
    const row = (label: string, c: DrrFigures['total'], bold = false) => [
      { text: label, classes: bold ? 'govuk-!-font-weight-bold' : undefined },
      { text: cnt(c.starts), format: 'numeric' },
      { text: cnt(c.completions), format: 'numeric' },
      { text: cnt(c.earlyTerminations), format: 'numeric' },
      { text: cnt(c.otherEnds), format: 'numeric' },
    ];
    return reply.render('drr.njk', {
      title: `DRR ${f.year}`,
      f,
      rows: [...f.quarters.map((q) => row(q.label, q)), row(`Year ${f.year}`, f.total, true)],
      startsAgainstTarget: pct(f.startsAgainstTarget),
      completionsAgainstTarget: pct(f.completionsAgainstTarget),
      completionRate: pct(f.completionRate),
      totalStarts: cnt(f.total.starts),
      totalCompletions: cnt(f.total.completions),
      completionsTarget: f.target !== null && f.target.completions !== null,
      years: yearsAround(f.year).map((y) => ({ value: y, text: y, selected: y === f.year })),
      mayEdit: can(actor, 'scheme:manage'),
      errors: form.errors ?? [],
      fieldErrors: form.fieldErrors ?? {},
      values: form.values ?? { starts: f.target ? String(f.target.starts) : '', completions: f.target?.completions != null ? String(f.target.completions) : '' },
      saved: form.saved ?? false,
    });
  }

  app.get<{ Querystring: { year?: string; saved?: string } }>('/drr', { config: { access: 'performance:view' } }, async (req, reply) => {
    const actor = req.actor!;
    let f: DrrFigures;
    try {
      f = await drr.figures(actor, req.query.year);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      reply.code(400);
      return reply.render('error.njk', { title: 'There is a problem with the request', message: e.message });
    }
    return renderPage(reply, actor, f, { saved: req.query.saved === '1' });
  });

  app.post<{ Body: Body }>('/drr/target', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const actor = req.actor!;
    const body = req.body ?? {};
    try {
      const t = await drr.setTarget(actor, { year: body.year, starts: body.starts, completions: body.completions, expectedVersion: formVersion(body.version) });
      return reply.redirect(`/drr?year=${encodeURIComponent(t.year)}&saved=1`, 303);
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === 'invalid_input' && e.field && e.field !== 'year')) throw e;
      reply.code(400);
      const f = await drr.figures(actor, body.year);
      const href = `#${e.field}`;
      return renderPage(reply, actor, f, { errors: [{ text: e.message, href }], fieldErrors: { [e.field]: e.message }, values: body });
    }
  });

  app.get<{ Querystring: { year?: string } }>(
    '/api/v1/performance/drr',
    {
      config: { access: 'performance:view' },
      schema: {
        summary: "DRR starts, completions and early terminations in a performance year, by quarter, with the year's target and the completion rate. Figures only.",
        description:
          "year is YYYY/YY (April to March); without it, the year containing the partnership's today. Records restricted from you are left out; " +
          'for those who may not see people, counts from 1 to 4 are null and suppressed is true (SPEC 3.7).',
        tags: ['performance'],
        querystring: { type: 'object', properties: { year: { type: 'string' } } },
        response: { 200: figuresSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (req, reply) => {
      const f = await drr.figures(req.actor!, req.query.year);
      // The target is the one versioned resource here: its ETag is the one a PUT's If-Match names.
      if (f.target) sendEtag(reply, 'drr_target', Number(f.year.slice(0, 4)), f.target.version);
      return f;
    },
  );

  app.put<{ Body: { year: string; starts: number; completions?: number | null } }>(
    '/api/v1/performance/drr/target',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Sets a performance year's DRR target of starts, and optionally of completions. Scheme managers and administrators. Audited.",
        description: 'Send If-Match with the ETag of the target (from an earlier PUT) to refuse the change if someone else changed it meanwhile (412).',
        tags: ['performance'],
        body: {
          type: 'object',
          required: ['year', 'starts'],
          additionalProperties: false,
          properties: { year: { type: 'string' }, starts: { type: 'integer', minimum: 0 }, completions: { type: ['integer', 'null'], minimum: 0 } },
        },
        response: { 200: targetSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema, 412: problemSchema },
      },
    },
    async (req, reply) => {
      const year = /^(\d{4})\//.exec(req.body.year)?.[1];
      const expected = year ? expectedVersion(req, 'drr_target', Number(year)) : undefined;
      const t = await drr.setTarget(req.actor!, { year: req.body.year, starts: req.body.starts, completions: req.body.completions, expectedVersion: expected });
      sendEtag(reply, 'drr_target', t.id, t.version);
      return { year: t.year, starts: t.starts, completions: t.completions, version: t.version };
    },
  );
}
