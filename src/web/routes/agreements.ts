// Information-sharing agreements (SPEC 3.8) under Administration: the list,
// recording one, and ending one. Disclosures between agencies rely on them.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Agreement } from '../../sharing/service.js';
import { escape, formatDate } from '../html.js';
import { NO_ERRORS, formErrorsOf, type FormErrors } from '../view-models/admin.js';
import { problemSchema } from '../errors.js';
import { pageQueryProperties, pageSchema } from '../api-schemas.js';
import { pageOfSorted } from '../../formats/cursor.js';

const agreementSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    title: { type: 'string' },
    purpose: { type: 'string' },
    data: { type: 'array', items: { type: 'string' } },
    from: { type: 'string', format: 'date' },
    to: { type: ['string', 'null'], format: 'date' },
    parties: { type: 'array', items: { type: 'object', properties: { agencyId: { type: 'integer' }, code: { type: 'string' }, name: { type: 'string' } } } },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'string' },
  },
} as const;

type Body = Record<string, string | string[] | undefined>;

const BANNERS: Record<string, string> = {
  recorded: 'The agreement was recorded.',
  ended: 'The agreement was ended.',
};

const asList = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);
const asText = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join(',') : (v ?? ''));

function rows(list: Agreement[]) {
  return list.map((a) => [
    { text: String(a.id) },
    { html: `${escape(a.title)}<br><span class="govuk-body-s">${escape(a.purpose)}</span>` },
    { html: a.parties.map((p) => `${escape(p.name)} (${escape(p.code)})`).join('<br>') },
    { text: a.data.join(', ') },
    { text: `${formatDate(a.from)} to ${a.to ? `${formatDate(a.to)} (not included)` : 'open'}` },
  ]);
}

export function registerAgreementRoutes(app: FastifyInstance): void {
  const access = 'agreements:manage' as const;

  async function page(req: FastifyRequest, reply: FastifyReply, values: Body = {}, form: FormErrors = NO_ERRORS, endForm: FormErrors = NO_ERRORS) {
    const [list, agencies] = await Promise.all([app.services.sharing.list(req.actor!), app.services.partnerships.agencies(req.actor!)]);
    if (form.errors.length || endForm.errors.length) reply.code(400);
    const chosen = new Set(asList(values.parties));
    const done = (req.query as { done?: string } | undefined)?.done;
    return reply.render('admin-agreements.njk', {
      title: 'Information-sharing agreements',
      banner: done ? BANNERS[done] : undefined,
      rows: rows(list),
      endItems: [{ value: '', text: 'Choose an agreement' }, ...list.filter((a) => a.to === null).map((a) => ({ value: String(a.id), text: `${a.id}: ${a.title}`, selected: values.id === String(a.id) }))],
      partyItems: agencies.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, checked: chosen.has(a.code) })),
      values: { ...values, others: asText(values.others) },
      errors: [...form.errors, ...endForm.errors],
      fieldErrors: { ...form.fieldErrors, ...endForm.fieldErrors },
    });
  }

  app.get('/admin/agreements', { config: { access } }, async (req, reply) => page(req, reply));

  app.post<{ Body: Body }>('/admin/agreements', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    try {
      await app.services.sharing.record(req.actor!, {
        title: asText(b.title),
        parties: [...asList(b.parties), ...asText(b.others).split(',')],
        purpose: asText(b.purpose),
        data: asText(b.data).split(','),
        from: asText(b.from),
        to: asText(b.to) || null,
      });
    } catch (e) {
      const form = formErrorsOf(e, 'title');
      if (!form) throw e;
      return page(req, reply, b, form);
    }
    return reply.redirect('/admin/agreements?done=recorded', 303);
  });

  app.post<{ Body: Body }>('/admin/agreements/end', { config: { access } }, async (req, reply) => {
    const b = req.body ?? {};
    try {
      const id = Number(asText(b.id));
      if (!Number.isSafeInteger(id) || id <= 0) return page(req, reply, b, NO_ERRORS, { errors: [{ text: 'Choose the agreement to end', href: '#id' }], fieldErrors: { id: 'Choose the agreement to end' } });
      await app.services.sharing.end(req.actor!, { id, on: asText(b.on) });
    } catch (e) {
      const form = formErrorsOf(e, 'on');
      if (!form) throw e;
      return page(req, reply, b, NO_ERRORS, form);
    }
    return reply.redirect('/admin/agreements?done=ended', 303);
  });

  // The API: the same service, with problem details on error.
  app.get<{ Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/agreements',
    {
      config: { access },
      schema: {
        summary: 'The information-sharing agreements the partnership recorded or is a party to',
        tags: ['agreements'],
        querystring: { type: 'object', additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema('agreements', agreementSchema), 401: problemSchema, 403: problemSchema },
      },
    },
    async (req) => {
      // A partnership's agreements: a short list, paged in memory (src/formats/cursor.ts).
      const page = pageOfSorted(await app.services.sharing.list(req.actor!), req.query, (a) => [a.id]);
      return { agreements: page.items, next: page.next };
    },
  );

  app.post<{ Body: { title: string; parties: string[]; purpose: string; data: string[]; from: string; to?: string | null } }>(
    '/api/v1/agreements',
    {
      config: { access },
      schema: {
        summary: 'Record an information-sharing agreement between agencies. Audited as a collection.',
        description: 'parties are agency codes (PARTNERSHIP:CODE for an agency of another partnership); from and to are YYYY-MM-DD, to exclusive and optional.',
        tags: ['agreements'],
        body: {
          type: 'object',
          required: ['title', 'parties', 'purpose', 'data', 'from'],
          additionalProperties: false,
          properties: {
            title: { type: 'string', maxLength: 200 },
            parties: { type: 'array', minItems: 2, maxItems: 50, items: { type: 'string', maxLength: 70 } },
            purpose: { type: 'string', maxLength: 2000 },
            data: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', maxLength: 100 } },
            from: { type: 'string' },
            to: { type: ['string', 'null'] },
          },
        },
        response: { 201: { type: 'object', properties: { id: { type: 'integer' } } }, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (req, reply) => {
      const id = await app.services.sharing.record(req.actor!, req.body);
      return reply.code(201).send({ id });
    },
  );
}
