// The performance measures in the JSON API (SPEC 3.6): NI30, NI38, proven
// reoffending, concentration and cohort OGRS3, each the same document as the
// CLI's `waymark performance <measure> --json` (the same service function,
// stored as a result and logged the same way). Board members get the figures
// without names, as on the dashboard.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { problems } from '../api-schemas.js';
import { arrayOf, concentration, date, dateN, dateTimeN, int, intN, num, numN, obj, orNull, schemeRef, str, strN, strings } from '../api-documents.js';

const YEAR = { type: 'string', pattern: '^\\d{4}/\\d{2}$', description: 'A performance year, April to March, e.g. 2008/09.' } as const;
const DATE = { type: 'string', format: 'date' } as const;
const FRACTION = { type: 'number', minimum: 0, exclusiveMaximum: 1 } as const;
const SCHEME = { type: 'string', minLength: 1, maxLength: 20, description: 'The scheme code, e.g. PPO.' } as const;

const ni30 = obj({
  measure: { type: 'string', const: 'ni30' },
  resultId: int,
  modelVersion: str,
  scheme: schemeRef,
  year: str,
  baselineYear: str,
  cohort: obj({
    source: { type: 'string', enum: ['membership', 'frozen_list'] },
    cohortDate: date,
    list: orNull(obj({ id: int, name: str, frozenAt: str, frozenBy: str })),
  }),
  cohortSize: int,
  baseline: int,
  ceiling: num,
  threshold: int,
  stretch: numN,
  stretchThreshold: intN,
  averageMonthsOnScheme: numN,
  quarters: arrayOf(obj({ quarter: int, start: date, end: date, actual: int, expected: num, variance: num, cumulativeActual: int, cumulativeExpected: num, cumulativeVariance: num })),
  actual: int,
  underThreshold: int,
  reductionAchieved: numN,
  convictedCount: int,
  shareConvicted: numN,
  rolling: arrayOf(obj({ quarter: int, start: date, end: date, observed: int, predicted: num })),
  dataCurrency: obj({ asOf: dateN, lastOutcomesImport: dateTimeN, latestOutcomeDate: dateN }),
  method: strings,
});

const ni38Person = {
  personId: int,
  personRef: str,
  identifiedOn: date,
  how: { type: 'string', enum: ['positive_test', 'required_assessment'] },
  areaCode: strN,
  actual: int,
  predicted: num,
  ogrs3OneYear: numN,
  notes: strings,
} as const;

const ni38 = obj({
  measure: { type: 'string', const: 'ni38' },
  resultId: int,
  modelVersion: str,
  model: str,
  scheme: orNull(schemeRef),
  from: date,
  to: date,
  cohortSize: int,
  actual: int,
  predicted: num,
  ratio: numN,
  difference: num,
  contributorCount: int,
  contributors: arrayOf(obj({ ...ni38Person, excess: num, cumulativeExcess: num }, ['how', 'areaCode', 'ogrs3OneYear', 'notes'])),
  namesWithheld: strN,
  byArea: arrayOf(obj({ areaCode: strN, cohortSize: int, actual: int, predicted: num, ratio: numN })),
  identifiedBy: obj({ positiveTest: int, requiredAssessment: int }),
  concentration: obj(concentration),
  people: arrayOf(obj(ni38Person)),
  period: obj({
    readOn: date,
    status: { type: 'string', enum: ['not_started', 'open', 'following_up', 'complete'], description: 'Where the cohort period stands on readOn: not begun (no data yet, every figure 0), still open, its 12 months\' follow-up running (provisional), or complete.' },
    followUpEnds: date,
    note: strN,
  }),
  method: strings,
});

const reoffending = obj({
  measure: { type: 'string', const: 'reoffending' },
  resultId: int,
  modelVersion: str,
  scheme: orNull(schemeRef),
  from: date,
  to: date,
  asOf: date,
  gravityTableSize: int,
  cohortSize: int,
  reoffenders: int,
  binaryRate: numN,
  offences: int,
  frequencyPerOffender: numN,
  frequencyPerReoffender: numN,
  severity: obj({ gradedOffences: int, ungradedOffences: int, totalGravity: num, meanGravity: numN, maxGravity: numN, violentOffences: int }),
  cost: obj({
    total: num,
    byCategory: arrayOf(obj({ category: str, offences: int, unitCost: numN, priceYear: strN, cost: numN })),
    uncostedOffences: int,
  }),
  concentration: obj(concentration),
  incompleteFollowUp: int,
  provisional: { type: 'boolean' },
  method: strings,
});

const concentrationDocument = obj({ ...concentration, scheme: orNull(schemeRef), from: date, to: date, resultId: int });

const ogrs3Result = obj({ oneYear: num, twoYear: num, band: { type: 'string', enum: ['low', 'medium', 'high', 'very high'] } });
const ogrs3Inputs = obj({
  sex: { type: 'string', enum: ['male', 'female'] },
  birthDate: date,
  convictionDate: date,
  firstSanctionDate: date,
  atRiskDate: date,
  previousSanctions: int,
  offenceCategory: str,
});
const ogrs3 = obj({
  measure: { type: 'string', const: 'ogrs3_cohort' },
  resultId: int,
  modelVersion: str,
  scheme: schemeRef,
  asOf: date,
  cohort: obj({ source: { type: 'string', enum: ['membership', 'frozen_list'] }, list: orNull(obj({ id: int, name: str, cohortDate: date })) }),
  cohortSize: int,
  scored: int,
  unscored: int,
  meanOneYear: numN,
  meanTwoYear: numN,
  bands: obj({ low: int, medium: int, high: int, 'very high': int }),
  fellBackToOther: int,
  people: arrayOf(
    obj({
      personId: int,
      personRef: str,
      sanctionOccasions: int,
      principalOffenceCode: strN,
      category: orNull(obj({ category: str, source: str })),
      asOf: date,
      modelVersion: str,
      result: orNull(ogrs3Result),
      inputs: orNull(ogrs3Inputs),
      notes: strings,
    }),
  ),
  method: strings,
});

const periodQuery = {
  type: 'object',
  required: ['from', 'to'],
  properties: {
    scheme: SCHEME,
    from: { ...DATE, description: 'First day of the period whose index events start follow-up.' },
    to: { ...DATE, description: 'Last day of that period (inclusive).' },
    asOf: { ...DATE, description: "The date the figures are read on (default: the partnership's today)." },
  },
} as const;

export function registerPerformanceApiRoutes(app: FastifyInstance): void {
  const performance = app.services.performance;
  const asOfOr = async (actor: Actor, raw: string | undefined) => (raw ? requireIsoDate(raw, 'The as-of date', 'asOf') : app.services.partnerships.today(actor));
  const tags = ['performance'];
  // The measures' documents hold their small counts as they are (under 5
  // included): for those who may read figures about people. Board members
  // read the same figures suppressed on the dashboard and in the board report.
  const access = 'performance:names' as const;

  app.get<{ Querystring: { scheme: string; year: string; ceiling: number; stretch?: number; cohortDate?: string; cohortList?: number; asOf?: string } }>(
    '/api/v1/performance/ni30',
    {
      config: { access },
      schema: {
        summary: "NI30-style cohort reoffending for a scheme and performance year: the same document as `waymark performance ni30 --json`.",
        tags,
        querystring: {
          type: 'object',
          required: ['scheme', 'year', 'ceiling'],
          properties: {
            scheme: SCHEME,
            year: YEAR,
            ceiling: { ...FRACTION, description: 'The performance ceiling: the agreed reduction, e.g. 0.16 for 16%.' },
            stretch: { ...FRACTION, description: 'A stretch target, e.g. 0.19.' },
            cohortDate: { ...DATE, description: 'The cohort date (default 1 April of the year).' },
            cohortList: { type: 'integer', minimum: 1, description: 'A frozen cohort list instead of the members on the cohort date.' },
            asOf: { ...DATE, description: 'Count only convictions recorded by this date.' },
          },
        },
        response: { 200: ni30, ...problems },
      },
    },
    async (req) => {
      const q = req.query;
      return performance.ni30(req.actor!, { schemeCode: q.scheme, year: q.year, ceiling: q.ceiling, stretch: q.stretch, cohortDate: q.cohortDate, cohortListId: q.cohortList, asOf: q.asOf });
    },
  );

  app.get<{ Querystring: { scheme?: string; from?: string; to?: string; year?: string; model?: string; asOf?: string } }>(
    '/api/v1/performance/ni38',
    {
      config: { access },
      schema: {
        summary: 'NI38-style actual against predicted offending of Class A drug users identified in a cohort period: the same document as `waymark performance ni38 --json`.',
        tags,
        querystring: {
          type: 'object',
          properties: {
            scheme: SCHEME,
            from: { ...DATE, description: 'Cohort period start (inclusive).' },
            to: { ...DATE, description: 'Cohort period end (inclusive).' },
            year: { ...YEAR, description: 'Without from and to: the January–March quarter of this performance year.' },
            model: { type: 'string', maxLength: 100, description: 'The prediction model version (default: the current default).' },
            asOf: { ...DATE, description: 'Count only convictions recorded by this date.' },
          },
        },
        response: { 200: ni38, ...problems },
      },
    },
    async (req) => {
      const q = req.query;
      return performance.ni38(req.actor!, { schemeCode: q.scheme, from: q.from, to: q.to, year: q.year, modelVersion: q.model, asOf: q.asOf });
    },
  );

  app.get<{ Querystring: { scheme?: string; from: string; to: string; asOf?: string } }>(
    '/api/v1/performance/reoffending',
    {
      config: { access },
      schema: {
        summary: 'Proven reoffending like the MoJ measure: binary rate, frequency, severity, cost and concentration; the same document as `waymark performance reoffending --json`.',
        tags,
        querystring: periodQuery,
        response: { 200: reoffending, ...problems },
      },
    },
    async (req) => {
      const q = req.query;
      return performance.reoffending(req.actor!, { schemeCode: q.scheme, from: q.from, to: q.to, asOf: await asOfOr(req.actor!, q.asOf) });
    },
  );

  app.get<{ Querystring: { scheme?: string; from: string; to: string; asOf?: string } }>(
    '/api/v1/performance/concentration',
    {
      config: { access },
      schema: {
        summary: "The share of the reoffending cohort's offences committed by its most prolific 10%, the Gini coefficient and the Lorenz curve; the same document as `waymark performance concentration --json`.",
        tags,
        querystring: periodQuery,
        response: { 200: concentrationDocument, ...problems },
      },
    },
    async (req) => {
      const q = req.query;
      return performance.concentration(req.actor!, { schemeCode: q.scheme, from: q.from, to: q.to, asOf: await asOfOr(req.actor!, q.asOf) });
    },
  );

  app.get<{ Querystring: { scheme: string; asOf?: string; cohortList?: number } }>(
    '/api/v1/performance/ogrs3',
    {
      config: { access },
      schema: {
        summary: "OGRS3 for every member of a scheme on a date, or everyone on a frozen cohort list: aggregates, and per person for those who may see names; the same document as `waymark performance ogrs3 --json`.",
        tags,
        querystring: {
          type: 'object',
          required: ['scheme'],
          properties: {
            scheme: SCHEME,
            asOf: { ...DATE, description: "The date to score as of (default: the partnership's today)." },
            cohortList: { type: 'integer', minimum: 1, description: "Score a frozen cohort list's people instead of the members on the date." },
          },
        },
        response: { 200: ogrs3, ...problems },
      },
    },
    async (req) => {
      const q = req.query;
      return performance.cohortOgrs3(req.actor!, { schemeCode: q.scheme, asOf: await asOfOr(req.actor!, q.asOf), cohortListId: q.cohortList });
    },
  );
}
