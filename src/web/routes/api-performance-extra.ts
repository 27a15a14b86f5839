// The Premium Service and NI18 measures in the JSON API (SPEC 3.6, 3.9): the
// same service functions, permission and audit as the dashboard and the CLI,
// and the same JSON as `waymark performance premium-service|ni18 --json`.
// Static paths, so they take precedence over a parametric /performance/{measure}.
import type { FastifyInstance } from 'fastify';
import { nullable, problems } from '../api-schemas.js';

const date = { type: 'string', format: 'date' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const nullableInstant = { type: ['string', 'null'], format: 'date-time' } as const;
const schemeRef = { type: 'object', required: ['code', 'name'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;

const daysSummary = {
  type: 'object',
  required: ['cases', 'medianDays', 'p90Days', 'meanDays'],
  properties: {
    cases: { type: 'integer', description: 'Charged cases disposed of in the period.' },
    medianDays: { ...nullable('number'), description: 'Median days from charge to disposal; null with no cases.' },
    p90Days: { ...nullable('integer'), description: '90th percentile by nearest rank; null with no cases.' },
    meanDays: nullable('number'),
  },
} as const;

export const premiumServiceSchema = {
  type: 'object',
  required: ['measure', 'scheme', 'year', 'quarters', 'wholeYear', 'dataCurrency', 'method', 'methodVersion', 'chargesWithoutDisposal'],
  properties: {
    measure: { type: 'string', enum: ['premium-service'] },
    scheme: schemeRef,
    year: { type: 'string', pattern: '^\\d{4}/\\d{2}$' },
    quarters: {
      type: 'array',
      items: { type: 'object', required: ['quarter', 'members', 'others'], properties: { quarter: { type: 'integer', enum: [1, 2, 3, 4] }, members: daysSummary, others: daysSummary } },
    },
    wholeYear: { type: 'object', required: ['members', 'others'], properties: { members: daysSummary, others: daysSummary } },
    dataCurrency: {
      type: 'object',
      required: ['lastArrestsImport', 'lastOutcomesImport', 'latestArrestDate', 'latestOutcomeDate'],
      properties: { lastArrestsImport: nullableInstant, lastOutcomesImport: nullableInstant, latestArrestDate: nullableDate, latestOutcomeDate: nullableDate },
    },
    method: { type: 'array', items: { type: 'string' } },
    methodVersion: { type: 'string' },
    chargesWithoutDisposal: { type: 'object', required: ['members', 'others'], properties: { members: { type: 'integer' }, others: { type: 'integer' } } },
  },
} as const;

export const ni18Schema = {
  type: 'object',
  required: [
    'measure', 'snapshotMonth', 'scheme', 'caseload', 'reoffenders', 'actualRate', 'predictedRate', 'difference', 'followUpEnds', 'dataCurrency', 'method',
    'methodVersion', 'ogrs3Version', 'snapshotDate', 'followUpStarts', 'proofBy', 'under18', 'unscored', 'provisional', 'readOn',
  ],
  properties: {
    measure: { type: 'string', enum: ['ni18'] },
    snapshotMonth: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
    scheme: { type: ['object', 'null'], required: ['code', 'name'], properties: schemeRef.properties },
    caseload: { type: 'integer', description: 'Adults under statutory probation supervision in the snapshot month.' },
    reoffenders: { type: 'integer' },
    actualRate: nullable('number'),
    predictedRate: nullable('number'),
    difference: { ...nullable('number'), description: 'actualRate − predictedRate as a fraction; below zero is better.' },
    followUpEnds: date,
    dataCurrency: { type: 'object', required: ['lastOutcomesImport', 'latestOutcomeDate'], properties: { lastOutcomesImport: nullableInstant, latestOutcomeDate: nullableDate } },
    method: { type: 'array', items: { type: 'string' } },
    methodVersion: { type: 'string' },
    ogrs3Version: { type: 'string' },
    snapshotDate: date,
    followUpStarts: date,
    proofBy: date,
    under18: { type: 'integer' },
    unscored: { type: 'integer' },
    provisional: { type: 'boolean' },
    readOn: date,
  },
} as const;

export function registerPerformanceExtraApiRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { scheme: string; year: string } }>(
    '/api/v1/performance/premium-service',
    {
      config: { access: 'performance:names' },
      schema: {
        summary: 'The Premium Service for PPOs: days from charge to disposal for scheme members against everyone else, by quarter of a performance year, with the median and the 90th percentile. Aggregate figures; logged as a combination.',
        tags: ['performance'],
        querystring: {
          type: 'object',
          required: ['scheme', 'year'],
          properties: { scheme: { type: 'string', minLength: 1, maxLength: 50 }, year: { type: 'string', pattern: '^\\d{4}/\\d{2}$', description: 'Performance year, e.g. 2008/09.' } },
        },
        response: { 200: premiumServiceSchema, ...problems },
      },
    },
    async (req) => app.services.performance.premiumService(req.actor!, { schemeCode: req.query.scheme, year: req.query.year }),
  );

  app.get<{ Querystring: { month: string; scheme?: string } }>(
    '/api/v1/performance/ni18',
    {
      config: { access: 'performance:names' },
      schema: {
        summary: 'NI18-style probation caseload reoffending: the share of the adult caseload in a snapshot month proven to reoffend within 3 months, against a predicted rate from OGRS3. Aggregate figures; logged as a combination.',
        tags: ['performance'],
        querystring: {
          type: 'object',
          required: ['month'],
          properties: {
            month: { type: 'string', pattern: '^\\d{4}-\\d{2}$', description: 'Snapshot month, e.g. 2009-06.' },
            scheme: { type: 'string', minLength: 1, maxLength: 50, description: "Only the scheme's members in that month." },
          },
        },
        response: { 200: ni18Schema, ...problems },
      },
    },
    async (req) => app.services.performance.ni18(req.actor!, { month: req.query.month, schemeCode: req.query.scheme ?? null }),
  );
}
