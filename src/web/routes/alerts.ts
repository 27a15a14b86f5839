// Alerts and watch lists: their pages, acknowledgement, exports and API. The
// services decide who may see and do what; the routes only read the request
// and show the answer.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, InvalidInputError, NotFoundError, type WaymarkError } from '../../errors.js';
import { problemSchema } from '../errors.js';
import { expectedVersion, formVersion, sendEtag } from '../etag.js';
import { pageOfSorted } from '../../formats/cursor.js';
import { pageQueryProperties, pageSchema } from '../api-schemas.js';
import { WATCH_QUERIES, WATCH_QUERY_HINTS, WATCH_QUERY_LABELS } from '../../alerts/watch-queries.js';
import { alertRows, watchListRows, watchResultRows } from '../view-models/alerts.js';

type Body = Record<string, string | string[] | undefined>;

function idOf(param: string, what: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

const alertSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string', enum: ['arrested', 'charged', 'positive_drug_test', 'remanded', 'released', 'missed_appointment', 'review_due', 'release_due'] },
    kindLabel: { type: 'string' },
    personRef: { type: 'string' },
    name: { type: 'string' },
    caseId: { type: ['integer', 'null'] },
    scheme: { type: ['string', 'null'] },
    raisedOn: { type: 'string', format: 'date' },
    aboutDate: { type: ['string', 'null'], format: 'date' },
    detail: { type: 'string' },
    recipients: { type: 'array', items: { type: 'string', pattern: '^(lead|team|agency:[a-z_]+)$' }, description: 'Whom it is addressed to on the case: lead, team, or agency:<kind>.' },
    acknowledged: { type: ['object', 'null'], properties: { by: { type: ['string', 'null'] }, at: { type: 'string' } } },
    version: { type: 'integer' },
  },
} as const;

const watchListSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    query: { type: 'string', enum: [...WATCH_QUERIES] },
    params: { type: 'object', properties: { offence: { type: 'string' } } },
    description: { type: 'string' },
    version: { type: 'integer' },
  },
} as const;

const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema } as const;

function download(reply: FastifyReply, file: { fileName: string; contentType: string; body: Buffer }) {
  return reply.header('content-disposition', `attachment; filename="${file.fileName}"`).type(file.contentType).send(file.body);
}

const watchResultsSchema = {
  type: 'object',
  properties: {
    watchList: watchListSchema,
    asOf: { type: 'string', format: 'date' },
    results: {
      type: 'array',
      items: { type: 'object', properties: { personRef: { type: 'string' }, name: { type: 'string' }, date: { type: 'string', format: 'date' }, detail: { type: 'string' } } },
    },
  },
} as const;

export function registerAlertRoutes(app: FastifyInstance): void {
  // ---- web pages
  /** The alerts page; `banner` says why the user is back on it without a change. */
  async function alertsPage(req: FastifyRequest, reply: FastifyReply, cursor: string | undefined, banner?: string) {
    const actor = req.actor!;
    await app.services.alerts.refreshIfStale(actor);
    const page = await app.services.alerts.list(actor, { cursor, limit: 100 });
    return reply.render('alerts.njk', {
      title: 'Alerts',
      rows: alertRows(page.alerts),
      unacknowledged: page.alerts.filter((a) => !a.acknowledged).length,
      next: page.next,
      first: !cursor,
      banner,
    });
  }

  app.get<{ Querystring: { cursor?: string } }>('/alerts', { config: { access: 'case:work' } }, async (req, reply) => alertsPage(req, reply, req.query.cursor || undefined));

  app.post<{ Params: { id: string }; Body: Body }>('/alerts/:id/acknowledge', { config: { access: 'case:work' } }, async (req, reply) => {
    const alertId = idOf(req.params.id, 'alert');
    try {
      await app.services.alerts.acknowledge(req.actor!, { alertId, expectedVersion: formVersion(req.body?.version) });
    } catch (e) {
      // Acknowledged by someone else meanwhile: one acknowledgement closes it
      // for everyone, so what the user asked for is done; say by whom.
      if (e instanceof ConflictError) return alertsPage(req, reply, undefined, `${e.message} Nothing more is needed.`);
      throw e;
    }
    return reply.redirect('/alerts', 303);
  });

  /** The watch-lists page, with the form as posted and its problem when a save was refused. */
  async function watchListsPage(req: FastifyRequest, reply: FastifyReply, form: Record<string, string | undefined> = {}, problem?: WaymarkError) {
    const lists = await app.services.watchLists.list(req.actor!);
    const field = problem?.field ?? 'name';
    if (problem) reply.code(problem.kind === 'conflict' ? 409 : 400);
    return reply.render('watch-lists.njk', {
      title: 'Watch lists',
      rows: watchListRows(lists),
      form,
      errors: problem ? [{ text: problem.message, href: `#${field}` }] : [],
      fieldErrors: problem ? { [field]: problem.message } : {},
      queries: WATCH_QUERIES.map((q) => ({ value: q, text: WATCH_QUERY_LABELS[q], hint: { text: WATCH_QUERY_HINTS[q] }, checked: form.query === q })),
    });
  }

  app.get('/watch-lists', { config: { access: 'case:work' } }, (req, reply) => watchListsPage(req, reply));

  app.post<{ Body: Body }>('/watch-lists', { config: { access: 'case:work' } }, async (req, reply) => {
    const form = { name: text(req.body?.name), query: text(req.body?.query), offence: text(req.body?.offence) };
    try {
      const list = await app.services.watchLists.create(req.actor!, form);
      return reply.redirect(`/watch-lists/${list.id}`, 303);
    } catch (e) {
      // A refused save comes back to the form, with what was typed and what is wrong.
      if (e instanceof InvalidInputError || e instanceof ConflictError) return watchListsPage(req, reply, form, e);
      throw e;
    }
  });

  app.get<{ Params: { id: string }; Querystring: { format?: string } }>('/watch-lists/:id', { config: { access: 'case:work' } }, async (req, reply) => {
    const id = idOf(req.params.id, 'watch list');
    if (req.query.format !== undefined) return download(reply, await app.services.watchLists.export(req.actor!, id, req.query.format));
    const result = await app.services.watchLists.run(req.actor!, id);
    return reply.render('watch-list.njk', { title: result.list.name, result, rows: watchResultRows(result.rows) });
  });

  app.post<{ Params: { id: string } }>('/watch-lists/:id/delete', { config: { access: 'case:work' } }, async (req, reply) => {
    await app.services.watchLists.delete(req.actor!, idOf(req.params.id, 'watch list'));
    return reply.redirect('/watch-lists', 303);
  });

  // ---- the JSON API
  app.get<{ Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/alerts',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "The alerts addressed to the token's agency (its role on the case), unacknowledged first, newest first. The people listed are audited.",
        description: 'Positive drug tests are left out for those who may not see drug test results. Pass `next` back as `cursor` for the following page.',
        tags: ['alerts'],
        querystring: { type: 'object', additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema('alerts', alertSchema), ...problems },
      },
    },
    async (req) => {
      await app.services.alerts.refreshIfStale(req.actor!);
      return app.services.alerts.list(req.actor!, { cursor: req.query.cursor, limit: req.query.limit });
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/v1/alerts/:id/acknowledge',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Acknowledges an alert addressed to your agency, for everyone it is addressed to. Audited.',
        description: 'If-Match (the ETag of the alert) is optional; when it is sent and the alert has changed since, the answer is 412. An alert already acknowledged answers 409.',
        tags: ['alerts'],
        params: idParams,
        response: { 200: alertSchema, ...problems, 409: problemSchema, 412: problemSchema },
      },
    },
    async (req, reply) => {
      const alert = await app.services.alerts.acknowledge(req.actor!, { alertId: req.params.id, expectedVersion: expectedVersion(req, 'alert', req.params.id) });
      sendEtag(reply, 'alert', alert.id, alert.version);
      return alert;
    },
  );

  app.get<{ Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/watch-lists',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Your saved watch lists.',
        tags: ['watch lists'],
        querystring: { type: 'object', additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema('watchLists', watchListSchema), ...problems },
      },
    },
    async (req) => {
      // One user's own lists: short, so paged in memory (src/formats/cursor.ts).
      const page = pageOfSorted(await app.services.watchLists.list(req.actor!), req.query, (l) => [l.id]);
      return { watchLists: page.items, next: page.next };
    },
  );

  app.post<{ Body: { name: string; query: string; offence?: string } }>(
    '/api/v1/watch-lists',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Saves a watch list: a named search you run daily.',
        description: `query is one of ${WATCH_QUERIES.join(', ')}; offending_by_type needs offence, a Home Office offence group (3 digits) or code (5 digits).`,
        tags: ['watch lists'],
        body: {
          type: 'object',
          required: ['name', 'query'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, query: { type: 'string' }, offence: { type: 'string' } },
        },
        response: { 201: watchListSchema, ...problems, 409: problemSchema },
      },
    },
    async (req, reply) => {
      const list = await app.services.watchLists.create(req.actor!, req.body);
      sendEtag(reply, 'watch_list', list.id, list.version);
      return reply.code(201).send(list);
    },
  );

  app.get<{ Params: { id: number }; Querystring: { format?: string } }>(
    '/api/v1/watch-lists/:id/results',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "Runs a saved watch list on the partnership's today. The people listed are audited.",
        description:
          'With format=csv or format=xlsx, the results come as a file instead, every cell neutralised against formula injection; the file is logged as a disclosure naming everyone in it, and needs an information-sharing agreement in force.',
        tags: ['watch lists'],
        params: idParams,
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['csv', 'xlsx'] } } },
        response: {
          200: {
            description: 'The results as JSON; with format=csv or format=xlsx, as a file.',
            content: {
              'application/json': { schema: watchResultsSchema },
              'text/csv': { schema: { type: 'string', contentMediaType: 'text/csv' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } },
            },
          },
          ...problems,
        },
      },
    },
    async (req, reply) => {
      if (req.query.format !== undefined) return download(reply, await app.services.watchLists.export(req.actor!, req.params.id, req.query.format));
      const r = await app.services.watchLists.run(req.actor!, req.params.id);
      sendEtag(reply, 'watch_list', r.list.id, r.list.version);
      return { watchList: r.list, asOf: r.asOf, results: r.rows };
    },
  );

  app.delete<{ Params: { id: number } }>(
    '/api/v1/watch-lists/:id',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Deletes one of your watch lists.',
        tags: ['watch lists'],
        params: idParams,
        response: { 204: { type: 'null' }, ...problems },
      },
    },
    async (req, reply) => {
      await app.services.watchLists.delete(req.actor!, req.params.id);
      return reply.code(204).send();
    },
  );
}
