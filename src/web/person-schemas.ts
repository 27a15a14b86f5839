// The JSON schemas of a person's record and timeline in the API
// (GET /api/v1/people/{id} and GET /api/v1/people/{id}/timeline): exact, so
// that the OpenAPI document says what the API answers (OpenAPI 3.1 nulls).
import { TIMELINE_KINDS } from '../people/timeline-entries.js';
import { pageQueryProperties } from './api-schemas.js';

const str = { type: 'string' } as const;
const date = { type: 'string', format: 'date' } as const;
const orNull = <T extends string>(type: T, extra: Record<string, unknown> = {}) => ({ type: [type, 'null'], ...extra }) as const;

export const timelineItemSchema = {
  type: 'object',
  required: ['date', 'kind', 'title', 'detail'],
  properties: {
    date,
    kind: { type: 'string', enum: [...TIMELINE_KINDS] },
    title: str,
    detail: str,
    by: { type: 'string', description: 'Who wrote or recorded it, when the entry says.' },
  },
} as const;

const timelineCountsSchema = {
  type: 'object',
  description: 'How many entries of each kind you may see, whatever the filter (kinds with none are left out).',
  properties: Object.fromEntries(TIMELINE_KINDS.map((k) => [k, { type: 'integer' }])),
  additionalProperties: false,
} as const;

/** `?kind=&cursor=&limit=` of a timeline page. */
export const timelineQuerySchema = {
  type: 'object',
  properties: {
    kind: { type: 'array', items: { type: 'string', enum: [...TIMELINE_KINDS] }, description: 'Only these kinds of entry (repeat the parameter for several); none: every kind.' },
    ...pageQueryProperties,
  },
  additionalProperties: false,
} as const;

export const personRecordSchema = {
  type: 'object',
  required: ['person', 'identifiers', 'addresses', 'memberships', 'custody', 'timeline', 'timelineNext', 'timelineCounts', 'risk', 'openCaseId', 'withheld', 'consent'],
  properties: {
    person: {
      type: 'object',
      required: ['id', 'personRef', 'familyName', 'givenNames', 'dateOfBirth', 'pncId', 'restricted', 'sex', 'ethnicity', 'dateOfDeath'],
      properties: {
        id: { type: 'integer' },
        personRef: str,
        familyName: str,
        givenNames: str,
        dateOfBirth: date,
        pncId: orNull('string'),
        restricted: { type: 'boolean' },
        sex: str,
        ethnicity: orNull('string'),
        dateOfDeath: orNull('string', { format: 'date' }),
      },
    },
    identifiers: { type: 'array', items: { type: 'object', required: ['kind', 'value'], properties: { kind: str, value: str } } },
    addresses: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fromDate', 'toDate', 'areaCode', 'areaName', 'postcode'],
        properties: { fromDate: date, toDate: orNull('string', { format: 'date' }), areaCode: str, areaName: orNull('string'), postcode: orNull('string') },
      },
    },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['schemeCode', 'schemeName', 'tier', 'startDate', 'endDate', 'endReason', 'selectionReason'],
        properties: {
          schemeCode: str,
          schemeName: str,
          tier: orNull('string'),
          startDate: date,
          endDate: orNull('string', { format: 'date' }),
          endReason: orNull('string'),
          selectionReason: orNull('string'),
        },
      },
    },
    custody: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'receptionDate', 'releaseDate', 'expectedReleaseDate', 'sentenceDays', 'establishment'],
        properties: {
          kind: str,
          receptionDate: date,
          releaseDate: orNull('string', { format: 'date' }),
          expectedReleaseDate: orNull('string', { format: 'date' }),
          sentenceDays: orNull('integer'),
          establishment: orNull('string'),
        },
      },
    },
    timeline: { type: 'array', items: timelineItemSchema, description: 'The newest entries (50 unless `limit` says otherwise), most recent first.' },
    timelineNext: { type: ['string', 'null'], description: 'Pass as `cursor` to GET /api/v1/people/{id}/timeline for the following entries; null when there are no more.' },
    timelineCounts: timelineCountsSchema,
    risk: {
      type: 'object',
      required: ['assessments', 'mappaReferrals', 'mayRecord', 'agencies'],
      properties: {
        assessments: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'date', 'riskOfSeriousHarm', 'agency', 'assessor', 'notes'],
            properties: { id: { type: 'integer' }, date, riskOfSeriousHarm: str, agency: orNull('string'), assessor: orNull('string'), notes: orNull('string') },
          },
        },
        mappaReferrals: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'date', 'outcome', 'outcomeDate'],
            properties: { id: { type: 'integer' }, date, outcome: orNull('string'), outcomeDate: orNull('string', { format: 'date' }) },
          },
        },
        mayRecord: { type: 'boolean' },
        agencies: { type: 'array', items: { type: 'object', required: ['code', 'name'], properties: { code: str, name: str } } },
      },
    },
    openCaseId: orNull('integer'),
    withheld: { type: 'array', items: str },
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
            scope: { anyOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: str }], description: '"all", or the kinds of agency the person agreed to share with.' },
            recordedBy: str,
            recordedAt: { type: 'string', format: 'date-time' },
          },
        },
        mayRecord: { type: 'boolean' },
      },
    },
  },
} as const;

export const timelinePageSchema = {
  type: 'object',
  required: ['timeline', 'next', 'counts'],
  properties: {
    timeline: { type: 'array', items: timelineItemSchema },
    next: { type: ['string', 'null'], description: 'Pass as `cursor` for the following page; null on the last page.' },
    counts: timelineCountsSchema,
  },
} as const;
