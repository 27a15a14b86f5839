// The partnership reports (issue 16): the /reports page (choose a scheme, year,
// quarter and audience; preview the report in the page; download it as HTML or
// PDF), the form that stores an NI30 target, and the API. The routes read the
// request and call the report service; the service builds the document.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { isWaymarkError, NotFoundError } from '../../errors.js';
import { problems } from '../api-schemas.js';
import { expectedVersion, formVersion, sendEtag } from '../etag.js';
import type { ReportDocument, ReportKind, ReportRequest } from '../../reports/model.js';
import { renderReportBody } from '../../reports/render-html.js';
import { recentYears } from '../view-models/performance.js';

interface ReportQuery {
  saved?: string;
  target?: string;
  kind?: string;
  scheme?: string;
  year?: string;
  quarter?: string;
  ceiling?: string;
  audience?: string;
  format?: string;
}

type Body = Record<string, string | undefined>;

// ------------------------------------------------------------------ API schemas

const str = { type: 'string' } as const;
const cellSchema = {
  type: 'object',
  required: ['text', 'value', 'withheld'],
  additionalProperties: false,
  properties: { text: str, value: { type: ['number', 'null'] }, withheld: { type: ['string', 'null'], enum: ['small', 'secondary', null] } },
} as const;
const rowSchema = { type: 'object', required: ['label', 'cells'], additionalProperties: false, properties: { label: str, cells: { type: 'array', items: cellSchema } } } as const;
const tableSchema = {
  type: ['object', 'null'],
  required: ['caption', 'head', 'rows', 'total'],
  additionalProperties: false,
  properties: { caption: str, head: { type: 'array', items: str }, rows: { type: 'array', items: rowSchema }, total: { ...rowSchema, type: ['object', 'null'] } },
} as const;
const figureSchema = {
  type: 'object',
  required: ['id', 'title', 'chart', 'table', 'method', 'extractDate'],
  additionalProperties: false,
  properties: {
    id: str,
    title: str,
    chart: {
      type: ['object', 'null'],
      required: ['id', 'title', 'description', 'svg'],
      additionalProperties: false,
      properties: { id: str, title: str, description: str, svg: { type: 'string', description: 'The chart as SVG markup (role="img", with <title> and <desc>).' } },
    },
    table: tableSchema,
    method: { type: 'array', items: str },
    extractDate: { type: ['string', 'null'], description: 'When the data behind the figure were extracted (a date or an instant).' },
  },
} as const;
const sectionSchema = {
  type: 'object',
  required: ['id', 'heading', 'summary', 'figures', 'unavailable'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', enum: ['ni30', 'deselections', 'cohort', 'ni38', 'drr', 'disproportionality', 'premium-service', 'ni18'] },
    heading: str,
    summary: { type: 'array', items: { type: 'object', required: ['label', 'value'], additionalProperties: false, properties: { label: str, value: str } } },
    figures: { type: 'array', items: figureSchema },
    unavailable: { type: ['string', 'null'] },
  },
} as const;
export const reportDocumentSchema = {
  type: 'object',
  required: ['kind', 'audience', 'namesPeople', 'title', 'partnership', 'scheme', 'year', 'quarter', 'period', 'ceiling', 'generatedAt', 'generatedBy', 'headline', 'sections', 'disclosure'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['annual', 'quarterly'] },
    audience: { type: 'string', enum: ['board', 'staff'] },
    namesPeople: { type: 'boolean' },
    title: str,
    partnership: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: str } },
    scheme: { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: str, name: str } },
    year: str,
    quarter: { type: ['integer', 'null'], minimum: 1, maximum: 4 },
    period: { type: 'object', required: ['start', 'end', 'label'], additionalProperties: false, properties: { start: { type: 'string', format: 'date' }, end: { type: 'string', format: 'date' }, label: str } },
    ceiling: { type: 'object', required: ['value', 'source'], additionalProperties: false, properties: { value: { type: 'number' }, source: { type: 'string', enum: ['given', 'stored'] } } },
    generatedAt: { type: 'string', format: 'date-time' },
    generatedBy: str,
    headline: {
      type: 'object',
      required: ['cohortSize', 'baseline', 'ceiling', 'threshold', 'actual', 'reductionAchieved'],
      additionalProperties: false,
      properties: {
        cohortSize: { type: ['integer', 'null'], description: 'null when withheld from a board report (fewer than 5).' },
        baseline: { type: 'integer' },
        ceiling: { type: 'number' },
        threshold: { type: 'integer' },
        actual: { type: 'integer' },
        reductionAchieved: { type: ['number', 'null'] },
      },
    },
    sections: { type: 'array', items: sectionSchema },
    disclosure: str,
  },
} as const;
const targetSchema = {
  type: 'object',
  required: ['scheme', 'year', 'ceiling', 'stretch', 'version', 'updatedBy', 'updatedAt'],
  additionalProperties: false,
  properties: {
    scheme: str,
    year: str,
    ceiling: { type: 'number' },
    stretch: { type: ['number', 'null'] },
    version: { type: 'integer' },
    updatedBy: { type: ['string', 'null'] },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

// ------------------------------------------------------------------ helpers

function requestOf(kind: string | undefined, q: ReportQuery): ReportRequest {
  return {
    kind: (kind ?? 'annual') as ReportKind,
    schemeCode: q.scheme ?? '',
    year: q.year ?? '',
    quarter: q.quarter === undefined || q.quarter === '' ? null : (q.quarter as unknown as number),
    ceiling: q.ceiling === undefined || q.ceiling === '' ? null : (q.ceiling as unknown as number),
    audience: (q.audience || 'board') as 'board' | 'staff',
  };
}

/** A file name for the report: "PPO-annual-2008-09-board.pdf". */
function fileName(doc: ReportDocument, ext: 'html' | 'pdf'): string {
  const q = doc.quarter ? `-q${doc.quarter}` : '';
  return `${doc.scheme.code}-${doc.kind}-${doc.year.replace('/', '-')}${q}-${doc.audience}.${ext}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

async function sendFile(app: FastifyInstance, reply: FastifyReply, doc: ReportDocument, format: 'html' | 'pdf') {
  const r = app.services.reports;
  reply.header('content-disposition', `attachment; filename="${fileName(doc, format)}"`);
  reply.header('cache-control', 'no-store');
  if (format === 'pdf') {
    const pdf = await r.pdf(doc);
    return reply.type('application/pdf').send(pdf);
  }
  return reply.type('text/html; charset=utf-8').send(r.html(doc));
}

/** The format asked for: ?format=, else the Accept header, else JSON. */
function formatOf(req: FastifyRequest<{ Querystring: ReportQuery }>): 'json' | 'html' | 'pdf' {
  const f = req.query.format;
  if (f === 'pdf' || f === 'html' || f === 'json') return f;
  const accept = String(req.headers.accept ?? '');
  if (/application\/pdf/.test(accept)) return 'pdf';
  if (/text\/html/.test(accept) && !/application\/json/.test(accept)) return 'html';
  return 'json';
}

function chooserItems(actor: Actor, schemes: { code: string; name: string }[], years: string[], q: ReportQuery) {
  const staffAllowed = can(actor, 'performance:names');
  return {
    kindItems: [
      { value: 'annual', text: 'Annual report', checked: (q.kind ?? 'annual') === 'annual' },
      { value: 'quarterly', text: 'Quarterly report', checked: q.kind === 'quarterly' },
    ],
    schemeItems: [{ value: '', text: 'Choose a scheme' }, ...schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === q.scheme }))],
    yearItems: years.map((y, i) => ({ value: y, text: y, selected: q.year ? y === q.year : i === 1 })),
    quarterItems: [
      { value: '', text: 'Not for an annual report' },
      ...[1, 2, 3, 4].map((n) => ({ value: String(n), text: `Quarter ${n} (${['April to June', 'July to September', 'October to December', 'January to March'][n - 1]})`, selected: q.quarter === String(n) })),
    ],
    audienceItems: staffAllowed
      ? [
          { value: 'board', text: 'Board: figures only, counts of 1 to 4 suppressed', checked: (q.audience ?? 'board') === 'board' },
          { value: 'staff', text: 'Staff: every count, and names you may see', checked: q.audience === 'staff' },
        ]
      : null,
  };
}

// ------------------------------------------------------------------ routes

export function registerReportRoutes(app: FastifyInstance): void {
  const reports = app.services.reports;

  async function renderPage(req: FastifyRequest<{ Querystring: ReportQuery }>, reply: FastifyReply, extra: { doc?: ReportDocument | null; errors?: { text: string; href: string }[]; fieldErrors?: Record<string, string>; targetValues?: Body; targetSaved?: string | false } = {}) {
    const actor = req.actor!;
    const schemes = await app.services.performance.dashboardSchemes(actor);
    const years = recentYears(await app.services.partnerships.today(actor));
    const q = req.query;
    const doc = extra.doc ?? null;
    const query = doc
      ? new URLSearchParams({ kind: doc.kind, scheme: doc.scheme.code, year: doc.year, ...(doc.quarter ? { quarter: String(doc.quarter) } : {}), ceiling: String(doc.ceiling.value), audience: doc.audience }).toString()
      : '';
    return reply.render('reports.njk', {
      title: doc ? doc.title : 'Partnership reports',
      ...chooserItems(actor, schemes, years, q),
      values: q,
      errors: extra.errors ?? [],
      fieldErrors: extra.fieldErrors ?? {},
      noSchemes: schemes.length === 0,
      doc,
      preview: doc ? renderReportBody(doc, { govuk: true }) : null,
      htmlHref: doc ? `/reports/download?${query}&format=html` : null,
      pdfHref: doc ? `/reports/download?${query}&format=pdf` : null,
      mayEditTarget: can(actor, 'scheme:manage'),
      targetValues: extra.targetValues ?? { scheme: q.scheme ?? '', year: q.year ?? years[1] ?? '' },
      targetSaved: extra.targetSaved ?? false,
      targetSchemeItems: schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === (extra.targetValues?.scheme ?? q.scheme) })),
      targetYearItems: years.map((y) => ({ value: y, text: y, selected: y === (extra.targetValues?.year ?? q.year ?? years[1]) })),
    });
  }

  /** The report for a query, or the page again with the problem by its field. */
  async function tryBuild(req: FastifyRequest<{ Querystring: ReportQuery }>, reply: FastifyReply, asFile = false): Promise<ReportDocument | null> {
    try {
      return await reports.build(req.actor!, { ...requestOf(req.query.kind, req.query), asFile, door: 'web' });
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === 'invalid_input')) throw e;
      const field = e.field ?? 'scheme';
      reply.code(400);
      await renderPage(req, reply, { errors: [{ text: e.message, href: `#${field}` }], fieldErrors: { [field]: e.message } });
      return null;
    }
  }

  app.get<{ Querystring: ReportQuery }>('/reports', { config: { access: 'performance:view' } }, async (req, reply) => {
    // Nothing chosen yet: the form alone.
    if (!req.query.scheme && !req.query.year) return renderPage(req, reply, { targetSaved: req.query.saved === '1' ? (req.query.target ?? '') : false });
    const doc = await tryBuild(req, reply);
    if (!doc) return reply;
    return renderPage(req, reply, { doc });
  });

  app.get<{ Querystring: ReportQuery }>('/reports/download', { config: { access: 'performance:view' } }, async (req, reply) => {
    const doc = await tryBuild(req, reply, true);
    if (!doc) return reply;
    return sendFile(app, reply, doc, req.query.format === 'pdf' ? 'pdf' : 'html');
  });

  app.post<{ Body: Body }>('/reports/target', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const body = req.body ?? {};
    try {
      const t = await reports.setTarget(req.actor!, { scheme: body.scheme, year: body.year, ceiling: body.ceiling, stretch: body.stretch, expectedVersion: formVersion(body.version) });
      return reply.redirect(`/reports?saved=1&target=${encodeURIComponent(`${t.scheme} ${t.year}`)}`, 303);
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === 'invalid_input')) throw e;
      const field = e.field ?? 'ceiling';
      reply.code(400);
      return renderPage(req as unknown as FastifyRequest<{ Querystring: ReportQuery }>, reply, { errors: [{ text: e.message, href: `#target-${field}` }], fieldErrors: { [`target-${field}`]: e.message }, targetValues: body });
    }
  });

  // ---------------------------------------------------------------- API

  app.get<{ Params: { kind: string }; Querystring: ReportQuery }>(
    '/api/v1/reports/:kind',
    {
      config: { access: 'performance:view' },
      schema: {
        summary: 'The annual or quarterly partnership report of a scheme: as JSON (the report document), HTML or PDF.',
        description:
          'kind is annual or quarterly (quarterly needs quarter 1 to 4). year is YYYY/YY. ceiling is the NI30 performance ceiling as a fraction (0.16); ' +
          'leave it out to use the target stored for the scheme and year. audience is board (default: figures only, counts of 1 to 4 shown as "fewer than 5" with ' +
          'secondary suppression, no names) or staff (every count, and names where you may see them; board members may not ask for it). ' +
          'For the files, send Accept: application/pdf or text/html, or format=pdf|html. Reading a staff report that names people is recorded in the audit log.',
        tags: ['reports'],
        params: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['annual', 'quarterly'] } } },
        querystring: {
          type: 'object',
          required: ['scheme', 'year'],
          additionalProperties: false,
          properties: {
            scheme: { type: 'string', minLength: 1 },
            year: { type: 'string', pattern: '^[0-9]{4}/[0-9]{2}$' },
            quarter: { type: 'string', enum: ['1', '2', '3', '4'] },
            ceiling: { type: 'string', pattern: '^[0-9]*\\.?[0-9]+$' },
            audience: { type: 'string', enum: ['board', 'staff'] },
            format: { type: 'string', enum: ['json', 'html', 'pdf'] },
          },
        },
        response: {
          200: {
            description: 'The report: the document as JSON, or the HTML page, or the PDF.',
            content: {
              'application/json': { schema: reportDocumentSchema },
              'text/html': { schema: { type: 'string' } },
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...problems,
        },
      },
    },
    async (req, reply) => {
      const format = formatOf(req);
      const doc = await reports.build(req.actor!, { ...requestOf(req.params.kind, req.query), asFile: format !== 'json', door: 'api' });
      if (format === 'json') return reply.type('application/json').send(doc);
      return sendFile(app, reply, doc, format);
    },
  );

  app.get<{ Querystring: { scheme: string; year: string } }>(
    '/api/v1/reports/targets',
    {
      config: { access: 'performance:view' },
      schema: {
        summary: 'The NI30 target (performance ceiling, and stretch) stored for a scheme and performance year.',
        tags: ['reports'],
        querystring: { type: 'object', required: ['scheme', 'year'], additionalProperties: false, properties: { scheme: { type: 'string', minLength: 1 }, year: { type: 'string' } } },
        response: { 200: targetSchema, ...problems },
      },
    },
    async (req, reply) => {
      const t = await reports.target(req.actor!, req.query);
      if (!t) throw new NotFoundError(`No NI30 target is stored for ${req.query.scheme} ${req.query.year}.`);
      sendEtag(reply, 'ni30_target', Number(t.year.slice(0, 4)), t.version);
      return t;
    },
  );

  app.put<{ Body: { scheme: string; year: string; ceiling: number; stretch?: number | null } }>(
    '/api/v1/reports/targets',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: 'Sets the NI30 target of a scheme and performance year. Scheme managers and administrators. Audited.',
        description: 'Send If-Match with the ETag of the target to refuse the change if someone else changed it meanwhile (412).',
        tags: ['reports'],
        body: {
          type: 'object',
          required: ['scheme', 'year', 'ceiling'],
          additionalProperties: false,
          properties: { scheme: { type: 'string', minLength: 1 }, year: { type: 'string' }, ceiling: { type: 'number', minimum: 0, exclusiveMaximum: 1 }, stretch: { type: ['number', 'null'], minimum: 0, exclusiveMaximum: 1 } },
        },
        response: { 200: targetSchema, ...problems },
      },
    },
    async (req, reply) => {
      const year = /^(\d{4})\//.exec(req.body.year)?.[1];
      const expected = year ? expectedVersion(req, 'ni30_target', Number(year)) : undefined;
      const t = await reports.setTarget(req.actor!, { ...req.body, expectedVersion: expected });
      sendEtag(reply, 'ni30_target', Number(t.year.slice(0, 4)), t.version);
      return t;
    },
  );
}
