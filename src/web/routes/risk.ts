// Risk of serious harm assessments and MAPPA referrals: the person page's forms
// (section "Risk of serious harm and MAPPA") and the API. One service each
// (src/risk/risk.ts); bad input comes back as the person page with the form as
// typed, the message on its field (person-page.ts submitPersonForm), or as
// problem details naming the field.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../../errors.js';
import { problemSchema } from '../errors.js';
import { sendEtag } from '../etag.js';
import { pageQueryProperties, pageSchema } from '../api-schemas.js';
import { pageOfSorted } from '../../formats/cursor.js';
import { FORM_BODY_LIMIT } from '../forms/refused-form.js';
import { PERSON_FORMS, submitPersonForm } from './person-page.js';

type Body = Record<string, string | string[] | undefined>;
const text = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

function personIdOf(param: string | number): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('There is no person at this address.');
  return id;
}

/** A list's ETag: a hash of what it holds (its records are never edited, only added). */
function listEtag(reply: FastifyReply, kind: string, personId: number, body: unknown): void {
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 22);
  reply.header('etag', `"${kind}-${personId}-${hash}"`);
}

const ROSH = ['low', 'medium', 'high', 'very_high'] as const;
const params = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const headers = { type: 'object', properties: { 'x-justification': { type: 'string' } } } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema } as const;

const assessment = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    date: { type: 'string', format: 'date' },
    riskOfSeriousHarm: { type: 'string', enum: [...ROSH] },
    assessorAgency: { type: ['object', 'null'], properties: { code: { type: 'string' }, name: { type: 'string' } } },
    assessor: { type: ['string', 'null'] },
    notes: { type: ['string', 'null'] },
    recordedBy: { type: ['string', 'null'] },
    version: { type: 'integer' },
  },
} as const;

const referral = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    date: { type: 'string', format: 'date' },
    outcome: { type: ['string', 'null'] },
    outcomeDate: { type: ['string', 'null'], format: 'date' },
    recordedBy: { type: ['string', 'null'] },
    version: { type: 'integer' },
  },
} as const;

export function registerRiskRoutes(app: FastifyInstance): void {
  // ---------------------------------------------------------------- the person page's forms
  // The body limit above the form parser's, so over-long notes are refused by the service naming the field, not with a bare 413.
  const form = { config: { access: 'risk:record' as const }, bodyLimit: FORM_BODY_LIMIT };
  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/risk-assessments', form, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    return submitPersonForm(app, req, reply, { personId: id, spec: PERSON_FORMS.risk, anchor: 'record-risk' }, async () => {
      await app.services.risk.recordAssessment(req.actor!, {
        personId: id,
        date: text(b.date) ?? '',
        riskOfSeriousHarm: text(b.riskOfSeriousHarm) ?? '',
        assessorAgency: text(b.assessorAgency),
        assessor: text(b.assessor),
        notes: text(b.notes),
      });
      return `/people/${id}#risk`;
    });
  });

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/mappa-referrals', form, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    return submitPersonForm(app, req, reply, { personId: id, spec: PERSON_FORMS.mappa, anchor: 'record-mappa' }, async () => {
      await app.services.risk.recordMappaReferral(req.actor!, { personId: id, date: text(b.date) ?? '', outcome: text(b.outcome), outcomeDate: text(b.outcomeDate) });
      return `/people/${id}#risk`;
    });
  });

  // ---------------------------------------------------------------- the API
  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string }; Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/people/:id/risk-assessments',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "A person's risk of serious harm assessments, newest first. Logged as a consultation.",
        description: 'A restricted record needs the reason for viewing in the X-Justification header. The latest assessment since a custody reception decides de-selection rule 3.',
        tags: ['risk'],
        params,
        headers,
        querystring: { type: 'object', additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema('riskAssessments', assessment), ...errors },
      },
    },
    async (req, reply) => {
      const id = personIdOf(req.params.id);
      // A person's own list: short, so paged in memory (src/formats/cursor.ts).
      const page = pageOfSorted(await app.services.risk.assessments(req.actor!, { personId: id, justification: req.headers['x-justification'] }), req.query, (r) => [r.id]);
      const body = { riskAssessments: page.items, next: page.next };
      listEtag(reply, 'risk_assessments', id, body);
      return body;
    },
  );

  app.post<{ Params: { id: number }; Body: { date: string; riskOfSeriousHarm: string; assessorAgency?: string; assessor?: string; notes?: string } }>(
    '/api/v1/people/:id/risk-assessments',
    {
      config: { access: 'risk:record' },
      schema: {
        summary: 'Records a risk of serious harm assessment of the person. Audited as a collection.',
        description: 'riskOfSeriousHarm is low, medium, high or very_high; assessorAgency is an agency code of the partnership. Assessments are never edited: a new one supersedes the last by its date.',
        tags: ['risk'],
        params,
        body: {
          type: 'object',
          required: ['date', 'riskOfSeriousHarm'],
          additionalProperties: false,
          properties: {
            date: { type: 'string' },
            riskOfSeriousHarm: { type: 'string' },
            assessorAgency: { type: 'string' },
            assessor: { type: 'string' },
            notes: { type: 'string' },
          },
        },
        response: { 201: assessment, ...errors },
      },
    },
    async (req, reply) => {
      const r = await app.services.risk.recordAssessment(req.actor!, { personId: personIdOf(req.params.id), ...req.body });
      sendEtag(reply, 'risk_assessment', r.id, r.version);
      reply.header('location', `/api/v1/people/${r.personId}/risk-assessments`);
      return reply.code(201).send(r);
    },
  );

  app.get<{ Params: { id: number }; Headers: { 'x-justification'?: string }; Querystring: { cursor?: string; limit?: number } }>(
    '/api/v1/people/:id/mappa-referrals',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "A person's MAPPA referrals, newest first. Logged as a consultation.",
        description: 'A restricted record needs the reason for viewing in the X-Justification header. De-selection rule 6 shows the latest referral since the harmful offence.',
        tags: ['risk'],
        params,
        headers,
        querystring: { type: 'object', additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema('mappaReferrals', referral), ...errors },
      },
    },
    async (req, reply) => {
      const id = personIdOf(req.params.id);
      // A person's own list: short, so paged in memory (src/formats/cursor.ts).
      const page = pageOfSorted(await app.services.risk.mappaReferrals(req.actor!, { personId: id, justification: req.headers['x-justification'] }), req.query, (r) => [r.id]);
      const body = { mappaReferrals: page.items, next: page.next };
      listEtag(reply, 'mappa_referrals', id, body);
      return body;
    },
  );

  app.post<{ Params: { id: number }; Body: { date: string; outcome?: string; outcomeDate?: string } }>(
    '/api/v1/people/:id/mappa-referrals',
    {
      config: { access: 'risk:record' },
      schema: {
        summary: 'Records a MAPPA referral of the person, with its outcome when known. Audited as a collection.',
        tags: ['risk'],
        params,
        body: {
          type: 'object',
          required: ['date'],
          additionalProperties: false,
          properties: { date: { type: 'string' }, outcome: { type: 'string' }, outcomeDate: { type: 'string' } },
        },
        response: { 201: referral, ...errors },
      },
    },
    async (req, reply) => {
      const r = await app.services.risk.recordMappaReferral(req.actor!, { personId: personIdOf(req.params.id), ...req.body });
      sendEtag(reply, 'mappa_referral', r.id, r.version);
      reply.header('location', `/api/v1/people/${r.personId}/mappa-referrals`);
      return reply.code(201).send(r);
    },
  );
}
