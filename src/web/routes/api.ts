// The JSON API under /api/v1, described by OpenAPI 3.1 (served at
// /api/v1/openapi.json, checked in at openapi/openapi.json). Same services,
// same authorisation and audit as the web pages. The contract every route
// keeps (problem details, ETags, cursor pages, rate limits) is set up in
// app.ts and api-schemas.ts.
import type { FastifyInstance } from 'fastify';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';

const date = { type: 'string', format: 'date' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
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

/** A person's record, as GET /api/v1/people/{id} sends it (people/record.ts PersonRecord). */
const personRecord = {
  type: 'object',
  required: ['person', 'identifiers', 'addresses', 'memberships', 'custody', 'timeline', 'risk', 'openCaseId', 'withheld', 'consent'],
  properties: {
    person: {
      type: 'object',
      required: [...personSummary.required, 'sex', 'ethnicity', 'dateOfDeath'],
      properties: { ...personSummaryProperties, sex: { type: 'string' }, ethnicity: nullableString, dateOfDeath: nullableDate },
    },
    identifiers: { type: 'array', items: { type: 'object', required: ['kind', 'value'], properties: { kind: { type: 'string' }, value: { type: 'string' } } } },
    addresses: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fromDate', 'toDate', 'areaCode', 'areaName', 'postcode'],
        properties: { fromDate: date, toDate: nullableDate, areaCode: { type: 'string' }, areaName: nullableString, postcode: nullableString },
      },
    },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['schemeCode', 'schemeName', 'tier', 'startDate', 'endDate', 'endReason', 'selectionReason'],
        properties: { schemeCode: { type: 'string' }, schemeName: { type: 'string' }, tier: nullableString, startDate: date, endDate: nullableDate, endReason: nullableString, selectionReason: nullableString },
      },
    },
    custody: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'receptionDate', 'releaseDate', 'expectedReleaseDate', 'sentenceDays', 'establishment'],
        properties: { kind: { type: 'string' }, receptionDate: date, releaseDate: nullableDate, expectedReleaseDate: nullableDate, sentenceDays: { type: ['integer', 'null'] }, establishment: nullableString },
      },
    },
    timeline: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'kind', 'title', 'detail'],
        properties: { date, kind: { type: 'string', description: 'What happened: an offence, a custody period, a membership, a case action, a note...' }, title: { type: 'string' }, detail: { type: 'string' }, by: { type: 'string' } },
      },
    },
    risk: {
      type: 'object',
      required: ['assessments', 'mappaReferrals', 'mayRecord', 'agencies'],
      properties: {
        assessments: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'date', 'riskOfSeriousHarm', 'agency', 'assessor', 'notes'],
            properties: { id: { type: 'integer' }, date, riskOfSeriousHarm: { type: 'string', enum: ['low', 'medium', 'high', 'very_high'] }, agency: nullableString, assessor: nullableString, notes: nullableString },
          },
        },
        mappaReferrals: {
          type: 'array',
          items: { type: 'object', required: ['id', 'date', 'outcome', 'outcomeDate'], properties: { id: { type: 'integer' }, date, outcome: nullableString, outcomeDate: nullableDate } },
        },
        mayRecord: { type: 'boolean' },
        agencies: { type: 'array', items: { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } },
      },
    },
    openCaseId: { type: ['integer', 'null'] },
    withheld: { type: 'array', items: { type: 'string' } },
    consent: {
      type: 'object',
      required: ['consent', 'mayRecord'],
      properties: {
        consent: {
          type: ['object', 'null'],
          required: ['personId', 'givenDate', 'scope', 'recordedBy', 'recordedAt'],
          properties: {
            personId: { type: 'integer' },
            givenDate: date,
            scope: { anyOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }] },
            recordedBy: { type: 'string' },
            recordedAt: { type: 'string' },
          },
        },
        mayRecord: { type: 'boolean' },
      },
    },
  },
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

  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string } }>(
    '/api/v1/people/:id',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "One person's record: identity, identifiers, memberships, custody and timeline. Logged as a consultation.",
        description: 'A restricted record needs the reason for viewing in the X-Justification header; it is written to the audit log. Without it the answer is 403 with `code` justification_required.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        headers: { type: 'object', properties: { 'x-justification': { type: 'string', description: 'Why you need to see a restricted record (audited).' } } },
        response: { 200: personRecord, ...problems },
      },
    },
    async (req) => app.services.people.view(req.actor!, req.params.id, { justification: req.headers['x-justification'], channel: 'api' }),
  );

  app.get('/api/v1/openapi.json', { config: { access: 'signed-in' }, schema: { hide: true } }, async () => app.swagger());
}
