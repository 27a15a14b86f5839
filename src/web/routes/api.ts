// The JSON API under /api/v1, described by OpenAPI. Same services, same
// authorisation and audit as the web pages.
import type { FastifyInstance } from 'fastify';
import { JustificationRequiredError } from '../../access/permissions.js';
import { problemSchema } from '../errors.js';

const personSummary = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    personRef: { type: 'string' },
    familyName: { type: 'string' },
    givenNames: { type: 'string' },
    dateOfBirth: { type: 'string', format: 'date' },
    pncId: { type: 'string', nullable: true },
    restricted: { type: 'boolean' },
  },
} as const;

const errorBody = problemSchema;

export function registerApiRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q: string } }>(
    '/api/v1/people',
    {
      config: { access: 'person:search' },
      schema: {
        summary: 'Search people by name, person reference or PNC ID, among those you may see. Logged as a consultation naming everyone returned.',
        tags: ['people'],
        querystring: { type: 'object', required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 100 } } },
        response: { 200: { type: 'object', properties: { people: { type: 'array', items: personSummary } } }, 401: errorBody, 403: errorBody },
      },
    },
    async (req) => ({ people: await app.services.people.search(req.actor!, req.query.q, { channel: 'api' }) }),
  );

  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string } }>(
    '/api/v1/people/:id',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "One person's record: identity, identifiers, memberships, custody and timeline. Logged as a consultation.",
        description: 'A restricted record needs the reason for viewing in the X-Justification header; it is written to the audit log.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        headers: { type: 'object', properties: { 'x-justification': { type: 'string' } } },
        response: { 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (req, reply) => {
      try {
        return await app.services.people.view(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api' });
      } catch (e) {
        if (e instanceof JustificationRequiredError) return reply.code(403).send({ error: 'justification_required', message: e.message });
        throw e;
      }
    },
  );

  app.get('/api/v1/openapi.json', { config: { access: 'signed-in' }, schema: { hide: true } }, async () => app.swagger());
}
