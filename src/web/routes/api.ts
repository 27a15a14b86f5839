// The JSON API under /api/v1, described by OpenAPI 3.1 (served at
// /api/v1/openapi.json, checked in at openapi/openapi.json). Same services,
// same authorisation and audit as the web pages. The contract every route
// keeps (problem details, ETags, cursor pages, rate limits) is set up in
// app.ts and api-schemas.ts.
import type { FastifyInstance } from 'fastify';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { personRecordSchema, timelinePageSchema, timelineQuerySchema } from '../person-schemas.js';
import type { TimelineKind } from '../../people/timeline-entries.js';

const date = { type: 'string', format: 'date' } as const;
const nullableString = { type: ['string', 'null'] } as const;

const personSummaryProperties = {
  id: { type: 'integer' },
  personRef: { type: 'string' },
  familyName: { type: 'string' },
  givenNames: { type: 'string' },
  dateOfBirth: date,
  pncId: nullableString,
  restricted: { type: 'boolean' },
} as const;

const personSummary = {
  type: 'object',
  required: ['id', 'personRef', 'familyName', 'givenNames', 'dateOfBirth', 'pncId', 'restricted'],
  properties: personSummaryProperties,
} as const;

export function registerApiRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q: string; cursor?: string; limit?: number } }>(
    '/api/v1/people',
    {
      config: { access: 'person:search' },
      schema: {
        summary: 'Search people by name, person reference or PNC ID, among those you may see. Logged as a consultation naming everyone returned.',
        description: 'In name order, a page at a time (`next` is the cursor of the following page).',
        tags: ['people'],
        querystring: { type: 'object', required: ['q'], additionalProperties: false, properties: { q: { type: 'string', minLength: 1, maxLength: 100 }, ...pageQueryProperties } },
        response: { 200: pageSchema('people', personSummary), ...problems },
      },
    },
    async (req) => app.services.people.searchPage(req.actor!, req.query.q, { cursor: req.query.cursor, limit: req.query.limit, channel: 'api' }),
  );

  type TimelineQuerystring = { kind?: TimelineKind[]; cursor?: string; limit?: number };
  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string }; Querystring: TimelineQuerystring }>(
    '/api/v1/people/:id',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "One person's record: identity, identifiers, memberships, custody, risk and the newest page of the timeline. Logged as a consultation.",
        description:
          'A restricted record needs the reason for viewing in the X-Justification header; it is written to the audit log. Without it the answer is 403 with `code` justification_required. ' +
          'The timeline holds the newest 50 entries (`limit`, `kind` as for the timeline); `timelineNext` gives the rest from GET /api/v1/people/{id}/timeline.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        headers: { type: 'object', properties: { 'x-justification': { type: 'string', description: 'Why you need to see a restricted record (audited).' } } },
        querystring: timelineQuerySchema,
        response: { 200: personRecordSchema, ...problems },
      },
    },
    async (req) => {
      const { kind, cursor, limit } = req.query;
      return app.services.people.view(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api', timeline: { kinds: kind, cursor, limit } });
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
        headers: { type: 'object', properties: { 'x-justification': { type: 'string', description: 'Why you need to see a restricted record (audited).' } } },
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema, ...problems },
      },
    },
    async (req) => {
      const { kind, cursor, limit } = req.query;
      const page = await app.services.people.timeline(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api', timeline: { kinds: kind, cursor, limit } });
      return { timeline: page.items, next: page.next, counts: page.counts };
    },
  );

  app.get('/api/v1/openapi.json', { config: { access: 'signed-in' }, schema: { hide: true } }, async () => app.swagger());
}
