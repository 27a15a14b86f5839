// The JSON API under /api/v1, described by OpenAPI. Same services, same
// authorisation and audit as the web pages.
import type { FastifyInstance } from 'fastify';
import { JustificationRequiredError } from '../../access/permissions.js';
import { problemSchema } from '../errors.js';
import { problems } from '../api-schemas.js';
import { personRecordSchema, timelinePageSchema, timelineQuerySchema } from '../person-schemas.js';
import type { TimelineKind } from '../../people/timeline-entries.js';

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

  type TimelineQuerystring = { kind?: TimelineKind[]; cursor?: string; limit?: number };
  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string }; Querystring: TimelineQuerystring }>(
    '/api/v1/people/:id',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "One person's record: identity, identifiers, memberships, custody, risk and the newest page of the timeline. Logged as a consultation.",
        description:
          'A restricted record needs the reason for viewing in the X-Justification header; it is written to the audit log. ' +
          'The timeline holds the newest 50 entries (`limit`, `kind` as for the timeline); `timelineNext` gives the rest from GET /api/v1/people/{id}/timeline.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        headers: { type: 'object', properties: { 'x-justification': { type: 'string' } } },
        querystring: timelineQuerySchema,
        response: { 200: personRecordSchema, ...problems },
      },
    },
    async (req, reply) => {
      try {
        const { kind, cursor, limit } = req.query;
        return await app.services.people.view(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api', timeline: { kinds: kind, cursor, limit } });
      } catch (e) {
        if (e instanceof JustificationRequiredError) return reply.code(403).send({ error: 'justification_required', message: e.message });
        throw e;
      }
    },
  );

  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string }; Querystring: TimelineQuerystring }>(
    '/api/v1/people/:id/timeline',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "A page of one person's timeline, most recent first, under the same need-to-know as the record. Logged as a consultation.",
        description: 'Filter with `kind` (repeat it for several kinds); page with `cursor` (the `next` of the previous page, or `timelineNext` of the record). A restricted record needs X-Justification.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        headers: { type: 'object', properties: { 'x-justification': { type: 'string' } } },
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema, ...problems },
      },
    },
    async (req, reply) => {
      try {
        const { kind, cursor, limit } = req.query;
        const page = await app.services.people.timeline(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api', timeline: { kinds: kind, cursor, limit } });
        return { timeline: page.items, next: page.next, counts: page.counts };
      } catch (e) {
        if (e instanceof JustificationRequiredError) return reply.code(403).send({ error: 'justification_required', message: e.message });
        throw e;
      }
    },
  );

  app.get('/api/v1/openapi.json', { config: { access: 'signed-in' }, schema: { hide: true } }, async () => app.swagger());
}
