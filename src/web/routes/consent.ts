// Consent to share a person's health detail (SPEC 3.8): the person page's form
// to record or withdraw it. The service decides who may; bad input or a clash
// comes back as the person page with the form as typed (person-page.ts
// submitPersonForm), anything else as the error page.
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../errors.js';
import { problemSchema } from '../errors.js';
import { AGENCY_KINDS } from '../../access/need-to-know.js';
import { PERSON_FORMS, submitPersonForm } from './person-page.js';

type Body = Record<string, string | string[] | undefined>;

function personIdOf(param: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('There is no person at this address.');
  return id;
}

const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export function registerConsentRoutes(app: FastifyInstance): void {
  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/consent', { config: { access: 'person:view' } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    return submitPersonForm(app, req, reply, { personId: id, spec: PERSON_FORMS.consent, anchor: 'consent' }, async () => {
      await app.services.consent.record(req.actor!, { personId: id, scope: req.body?.scope ?? '', givenDate: text(req.body?.givenDate) });
      return `/people/${id}#consent`;
    });
  });

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/consent/withdraw', { config: { access: 'person:view' } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    return submitPersonForm(app, req, reply, { personId: id, spec: PERSON_FORMS.consentWithdraw, anchor: 'consent' }, async () => {
      await app.services.consent.withdraw(req.actor!, { personId: id, date: text(req.body?.date) });
      return `/people/${id}#consent`;
    });
  });

  const consentBody = {
    type: 'object',
    properties: {
      personId: { type: 'integer' },
      givenDate: { type: 'string', format: 'date' },
      scope: { anyOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string', enum: [...AGENCY_KINDS] } }] },
      recordedBy: { type: 'string' },
      recordedAt: { type: 'string' },
    },
  } as const;

  app.put<{ Params: { id: number }; Body: { scope: unknown; givenDate?: string } }>(
    '/api/v1/people/:id/consent',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "Records the person's consent to share their health and drug-treatment detail, replacing any in force. Audited.",
        description:
          'scope is "all" (every agency of the partnership) or a list of agency kinds. givenDate defaults to the partnership\'s today. ' +
          "Only staff of the agency leading the case, drug-service staff and administrators may record consent.",
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        body: {
          type: 'object',
          required: ['scope'],
          additionalProperties: false,
          properties: {
            scope: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] },
            givenDate: { type: 'string' },
          },
        },
        response: { 200: consentBody, 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema },
      },
    },
    async (req) => app.services.consent.record(req.actor!, { personId: req.params.id, scope: req.body.scope, givenDate: req.body.givenDate }),
  );

  app.delete<{ Params: { id: number }; Querystring: { date?: string } }>(
    '/api/v1/people/:id/consent',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "Withdraws the consent in force to share the person's health detail, on a date (default: the partnership's today). Audited.",
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        querystring: { type: 'object', properties: { date: { type: 'string' } } },
        response: {
          200: { type: 'object', properties: { personId: { type: 'integer' }, withdrawnDate: { type: 'string', format: 'date' } } },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
        },
      },
    },
    async (req) => app.services.consent.withdraw(req.actor!, { personId: req.params.id, date: req.query.date }),
  );
}
