// The retention review in the JSON API (SPEC 3.8): the records due, and a
// decision on one. Same service, permission and audit as the page and the CLI;
// errors are problem details.
import type { FastifyInstance } from 'fastify';
import { problemSchema } from '../errors.js';

const dueRecord = {
  type: 'object',
  properties: {
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    familyName: { type: 'string' },
    givenNames: { type: 'string' },
    dateOfBirth: { type: 'string', format: 'date' },
    lastActivity: { type: ['string', 'null'], format: 'date', description: 'null when it rests on data the caller may not see' },
    dueOn: { type: ['string', 'null'], format: 'date' },
    activityWithheld: { type: ['string', 'null'] },
    keptUntil: { type: ['string', 'null'], format: 'date' },
  },
} as const;

export function registerRetentionApiRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { asOf?: string; limit?: number } }>(
    '/api/v1/retention/due',
    {
      config: { access: 'retention:review' },
      schema: {
        summary: 'Records with no activity for the retention period, due for review. The list is logged with everyone it shows.',
        tags: ['retention'],
        querystring: { type: 'object', properties: { asOf: { type: 'string', format: 'date' }, limit: { type: 'integer', minimum: 1, maximum: 5000 } } },
        response: {
          200: {
            type: 'object',
            properties: {
              asOf: { type: 'string', format: 'date' },
              years: { type: 'integer' },
              cutoff: { type: 'string', format: 'date' },
              more: { type: 'boolean' },
              records: { type: 'array', items: dueRecord },
            },
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (req) => app.services.retention.due(req.actor!, { asOf: req.query.asOf, limit: req.query.limit }),
  );

  app.post<{ Body: { personRef: string; decision: string; reason: string; reviewAfter?: string } }>(
    '/api/v1/retention/decisions',
    {
      config: { access: 'retention:review' },
      schema: {
        summary: 'Decide on a record due for review: keep (with the date of its next review), erase, or anonymise. Erasure and anonymisation are logged as erasure.',
        tags: ['retention'],
        body: {
          type: 'object',
          required: ['personRef', 'decision', 'reason'],
          properties: {
            personRef: { type: 'string', minLength: 1 },
            decision: { type: 'string', enum: ['keep', 'erase', 'anonymise'] },
            reason: { type: 'string', minLength: 1, maxLength: 1000 },
            reviewAfter: { type: 'string', format: 'date' },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              personId: { type: 'integer' },
              decision: { type: 'string' },
              reviewAfter: { type: 'string', format: 'date' },
              records: { type: 'integer' },
            },
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (req) => app.services.retention.decide(req.actor!, req.body),
  );
}
