// Appointments, outreach, the disengagement pathway and release planning: the
// case page's forms (each redirects back to the case, 303, or on a refusal
// draws the case page again with the form as typed) and the API writes.
// Every one calls one function of services.appointments; the service decides
// who may and what follows (outreach after a miss, the pathway after a
// further miss), and refuses a stale edit (a form's version, If-Match).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../../errors.js';
import { problemSchema } from '../errors.js';
import { expectedVersion, formVersion, sendEtag } from '../etag.js';
import { CASE_FORMS, caseFormRoute, submitCaseForm } from './case-page.js';

type Body = Record<string, string | string[] | undefined>;

function idOf(param: string, what: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}

const field = (body: Body | undefined, name: string): string | undefined => {
  const v = body?.[name];
  return typeof v === 'string' ? v : undefined;
};

const caseAddress = (personId: number, anchor: string) => `/people/${personId}/case#${anchor}`;

// ---- JSON schemas (OpenAPI is generated from these) ----------------------------------------------

const date = { type: 'string', format: 'date' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date' } as const;
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema } as const;
const ifMatch = { type: 'object', properties: { 'if-match': { type: 'string', description: 'The ETag the change was drawn from; when it is stale the answer is 412.' } } } as const;

const appointmentProps = {
  id: { type: 'integer' },
  caseId: { type: 'integer' },
  personId: { type: 'integer' },
  personRef: { type: 'string' },
  date,
  purpose: { type: ['string', 'null'], description: "null when withheld: a drug-service appointment's purpose is health detail" },
  purposeWithheld: { type: ['string', 'null'] },
  agencyId: { type: ['integer', 'null'] },
  agency: { type: ['string', 'null'] },
  status: { type: 'string', enum: ['planned', 'attended', 'missed', 'cancelled'] },
  outcomeRecordedOn: nullableDate,
  version: { type: 'integer' },
} as const;

const appointmentResult = {
  type: 'object',
  properties: {
    ...appointmentProps,
    outreach: {
      type: ['object', 'null'],
      description: 'The assertive outreach action a miss opened (kind assertive_outreach).',
      properties: { id: { type: 'integer' }, dueDate: date, ownerAgencyId: { type: ['integer', 'null'] }, version: { type: 'integer' } },
    },
    disengagement: {
      type: ['object', 'null'],
      description: 'The disengagement pathway a further miss opened.',
      properties: { id: { type: 'integer' }, stage: { type: 'string' }, since: date, version: { type: 'integer' } },
    },
    disengagementInProgress: { type: ['integer', 'null'], description: 'The pathway already in progress when this miss would have opened one.' },
    closedOutreach: { type: 'array', items: { type: 'integer' }, description: 'Outreach actions this attendance closed.' },
  },
} as const;

const disengagementBody = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    caseId: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    stage: { type: 'string', enum: ['opened', 'route_chosen', 'concluded'] },
    since: date,
    route: { type: ['string', 'null'], enum: ['enforcement', 'breach', 'return_to_court', null] },
    routeOn: nullableDate,
    outcome: { type: ['string', 'null'] },
    concludedOn: nullableDate,
    version: { type: 'integer' },
  },
} as const;

const releaseTask = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    caseId: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    kind: { type: 'string', enum: ['release_accommodation', 'release_treatment', 'release_police_informed'] },
    description: { type: 'string' },
    ownerAgencyId: { type: ['integer', 'null'] },
    dueDate: date,
    status: { type: 'string', enum: ['open', 'done', 'cancelled'] },
    toldWhom: { type: ['string', 'null'] },
    toldOn: nullableDate,
    outcome: { type: ['string', 'null'] },
    withheld: { type: ['string', 'null'] },
    version: { type: 'integer' },
  },
} as const;

const idParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] } as const;
const refParams = { type: 'object', properties: { personRef: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['personRef'] } as const;

function withEtag<T extends { id: number; version: number }>(reply: FastifyReply, kind: string, body: T): T {
  sendEtag(reply, kind, body.id, body.version);
  return body;
}

export function registerAppointmentRoutes(app: FastifyInstance): void {
  const s = () => app.services.appointments;

  // ---- the case page's forms ------------------------------------------------------------------

  // Each submits through submitCaseForm: a refusal comes back as the case page
  // with the form as typed (case-page.ts).
  const form = (path: string, handler: Parameters<typeof caseFormRoute>[2]) => caseFormRoute(app, path, handler);

  form('/people/:id/case/appointments', (param, b, req, reply) => {
    const personId = idOf(param, 'person');
    return submitCaseForm(app, req, reply, { personId, spec: CASE_FORMS.appointment, anchor: 'appointments' }, async () => {
      await s().record(req.actor!, { personId }, { date: field(b, 'date') ?? '', purpose: field(b, 'purpose') ?? '', status: field(b, 'status'), agencyId: field(b, 'agencyId'), scheme: field(b, 'scheme') });
      return caseAddress(personId, 'appointments');
    });
  });

  form('/appointments/:id/outcome', (param, b, req, reply) => {
    const appointmentId = idOf(param, 'appointment');
    return submitCaseForm(app, req, reply, { personId: () => s().personOf(req.actor!, appointmentId), spec: CASE_FORMS.appointmentOutcome(appointmentId), anchor: 'appointments' }, async () => {
      const a = await s().recordOutcome(req.actor!, { appointmentId, status: field(b, 'status') ?? '', version: formVersion(field(b, 'version')) });
      return caseAddress(a.personId, 'appointments');
    });
  });

  form('/people/:id/case/disengagement/route', (param, b, req, reply) => {
    const personId = idOf(param, 'person');
    return submitCaseForm(app, req, reply, { personId, spec: CASE_FORMS.disengagementRoute, anchor: 'disengagement' }, async () => {
      await s().recordDisengagementRoute(req.actor!, { personId }, { route: field(b, 'route') ?? '', date: field(b, 'date'), version: formVersion(field(b, 'version')) });
      return caseAddress(personId, 'disengagement');
    });
  });

  form('/people/:id/case/disengagement/outcome', (param, b, req, reply) => {
    const personId = idOf(param, 'person');
    return submitCaseForm(app, req, reply, { personId, spec: CASE_FORMS.disengagementOutcome, anchor: 'disengagement' }, async () => {
      await s().recordDisengagementOutcome(req.actor!, { personId }, { outcome: field(b, 'outcome') ?? '', date: field(b, 'date'), version: formVersion(field(b, 'version')) });
      return caseAddress(personId, 'disengagement');
    });
  });

  form('/people/:id/case/release-plan', (param, b, req, reply) => {
    const personId = idOf(param, 'person');
    return submitCaseForm(app, req, reply, { personId, spec: CASE_FORMS.releasePlan, anchor: 'release' }, async () => {
      await s().planRelease(req.actor!, { personId }, { expectedRelease: field(b, 'expectedRelease') });
      return caseAddress(personId, 'release');
    });
  });

  form('/actions/:id/release-task', (param, b, req, reply) => {
    const actionId = idOf(param, 'case action');
    return submitCaseForm(app, req, reply, { personId: () => app.services.cases.personOfAction(req.actor!, actionId), spec: CASE_FORMS.releaseTask(actionId), anchor: 'release' }, async () => {
      const t = await s().recordReleaseTask(req.actor!, { actionId, toldWhom: field(b, 'toldWhom') ?? '', toldOn: field(b, 'toldOn'), note: field(b, 'note'), version: formVersion(field(b, 'version')) });
      return caseAddress(t.personId, 'release');
    });
  });

  // ---- the API ------------------------------------------------------------------------------------

  app.post<{ Params: { personRef: string }; Body: { date: string; purpose: string; status?: string; agencyId?: number; agency?: string; scheme?: string } }>(
    '/api/v1/people/:personRef/appointments',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records an appointment on the person’s open case: planned (any date), or with its outcome for a date up to today. A miss opens assertive outreach, and a further miss the disengagement pathway. Audited.',
        description:
          'agencyId (or agency, its code) defaults to your own agency. scheme (its code) is needed only when the person has open cases on several schemes. ' +
          'An attended or missed appointment cannot be dated after today.',
        tags: ['cases'],
        params: refParams,
        body: {
          type: 'object',
          required: ['date', 'purpose'],
          additionalProperties: false,
          properties: {
            date: { type: 'string', description: 'YYYY-MM-DD' },
            purpose: { type: 'string' },
            status: { type: 'string', enum: ['planned', 'attended', 'missed', 'cancelled'], default: 'planned' },
            agencyId: { type: 'integer' },
            agency: { type: 'string' },
            scheme: { type: 'string' },
          },
        },
        response: { 201: appointmentResult, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const a = await s().record(req.actor!, { personRef: req.params.personRef }, { date: b.date, purpose: b.purpose, status: b.status, agencyId: b.agencyId ?? null, agencyCode: b.agency ?? null, scheme: b.scheme ?? null });
      reply.code(201).header('location', `/api/v1/appointments/${a.id}`);
      return withEtag(reply, 'appointment', a);
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/v1/appointments/:id',
    {
      config: { access: 'person:view' },
      schema: { summary: 'One appointment, with its ETag (for If-Match on its outcome). Logged as a consultation.', tags: ['cases'], params: idParams, response: { 200: { type: 'object', properties: appointmentProps }, 401: problemSchema, 403: problemSchema, 404: problemSchema } },
    },
    async (req, reply) => withEtag(reply, 'appointment', await s().view(req.actor!, req.params.id)),
  );

  app.post<{ Params: { id: number }; Body: { status: string } }>(
    '/api/v1/appointments/:id/outcome',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records a planned appointment’s outcome. A miss opens assertive outreach due the partnership’s outreach days after the appointment’s date, and, after an earlier miss whose outreach is open or closed within 28 days, the disengagement pathway. Attendance closes the open outreach of earlier misses. Audited.',
        description: 'If-Match is optional; when it names an older version of the appointment the answer is 412 and nothing changes.',
        tags: ['cases'],
        params: idParams,
        headers: ifMatch,
        body: { type: 'object', required: ['status'], additionalProperties: false, properties: { status: { type: 'string', enum: ['attended', 'missed', 'cancelled'] } } },
        response: { 200: appointmentResult, ...errors },
      },
    },
    async (req, reply) => {
      const a = await s().recordOutcome(req.actor!, { appointmentId: req.params.id, status: req.body.status, version: expectedVersion(req, 'appointment', req.params.id) });
      return withEtag(reply, 'appointment', a);
    },
  );

  app.post<{ Params: { id: number }; Body: { route: string; date?: string } }>(
    '/api/v1/disengagements/:id/route',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records the route taken on a disengagement pathway: enforcement, breach or return to court. The agency leading the case, scheme managers and administrators only. Audited.',
        tags: ['cases'],
        params: idParams,
        headers: ifMatch,
        body: { type: 'object', required: ['route'], additionalProperties: false, properties: { route: { type: 'string', enum: ['enforcement', 'breach', 'return_to_court'] }, date: { type: 'string', description: 'YYYY-MM-DD; default today' } } },
        response: { 200: disengagementBody, ...errors },
      },
    },
    async (req, reply) => {
      const d = await s().recordDisengagementRoute(req.actor!, { disengagementId: req.params.id }, { route: req.body.route, date: req.body.date, version: expectedVersion(req, 'disengagement', req.params.id) });
      return withEtag(reply, 'disengagement', d);
    },
  );

  app.post<{ Params: { id: number }; Body: { outcome: string; date?: string } }>(
    '/api/v1/disengagements/:id/outcome',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records the outcome of the route taken, which concludes the disengagement pathway. The agency leading the case, scheme managers and administrators only. Audited.',
        tags: ['cases'],
        params: idParams,
        headers: ifMatch,
        body: { type: 'object', required: ['outcome'], additionalProperties: false, properties: { outcome: { type: 'string' }, date: { type: 'string', description: 'YYYY-MM-DD; default today' } } },
        response: { 200: disengagementBody, ...errors },
      },
    },
    async (req, reply) => {
      const d = await s().recordDisengagementOutcome(req.actor!, { disengagementId: req.params.id }, { outcome: req.body.outcome, date: req.body.date, version: expectedVersion(req, 'disengagement', req.params.id) });
      return withEtag(reply, 'disengagement', d);
    },
  );

  app.post<{ Params: { personRef: string }; Body: { expectedRelease?: string; scheme?: string } }>(
    '/api/v1/people/:personRef/release-plan',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Plans the person’s release from custody: accommodation on release, treatment continuity and police told, each due a week before the expected release (or today when nearer). Audited.',
        description: 'expectedRelease defaults to the expected release date of the current custody period.',
        tags: ['cases'],
        params: refParams,
        body: { type: 'object', additionalProperties: false, properties: { expectedRelease: { type: 'string', description: 'YYYY-MM-DD' }, scheme: { type: 'string' } } },
        response: {
          201: { type: 'object', properties: { personRef: { type: 'string' }, caseId: { type: 'integer' }, expectedRelease: date, tasks: { type: 'array', items: releaseTask } } },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const plan = await s().planRelease(req.actor!, { personRef: req.params.personRef }, { expectedRelease: req.body?.expectedRelease, scheme: req.body?.scheme ?? null });
      reply.code(201);
      return plan;
    },
  );

  app.post<{ Params: { id: number }; Body: { toldWhom: string; toldOn?: string; note?: string } }>(
    '/api/v1/actions/:id/release-task',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records who was told of the release and when; the release planning task is then done. Treatment continuity is health detail: recorded only by those who may see it. Audited.',
        tags: ['cases'],
        params: idParams,
        headers: ifMatch,
        body: {
          type: 'object',
          required: ['toldWhom'],
          additionalProperties: false,
          properties: { toldWhom: { type: 'string' }, toldOn: { type: 'string', description: 'YYYY-MM-DD; default today' }, note: { type: 'string' } },
        },
        response: { 200: releaseTask, ...errors },
      },
    },
    async (req, reply) => {
      const t = await s().recordReleaseTask(req.actor!, { actionId: req.params.id, toldWhom: req.body.toldWhom, toldOn: req.body.toldOn, note: req.body.note, version: expectedVersion(req, 'action', req.params.id) });
      return withEtag(reply, 'action', t);
    },
  );

  const outreachBody = { type: 'object', properties: { outreachDays: { type: 'integer' }, was: { type: 'integer' } } } as const;
  app.get(
    '/api/v1/settings/outreach-days',
    {
      config: { access: 'case:work' },
      schema: { summary: 'Days after a missed appointment that its assertive outreach action is due, for this partnership (default 2).', tags: ['cases'], response: { 200: outreachBody, 401: problemSchema, 403: problemSchema } },
    },
    async (req) => s().outreachDays(req.actor!),
  );

  app.put<{ Body: { days: number } }>(
    '/api/v1/settings/outreach-days',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Sets the days after a missed appointment that its assertive outreach action is due (0 to 60). Administrators only. Applies to misses recorded from then on. Audited.',
        tags: ['cases'],
        body: { type: 'object', required: ['days'], additionalProperties: false, properties: { days: { type: 'integer' } } },
        response: { 200: outreachBody, 400: problemSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (req) => s().setOutreachDays(req.actor!, req.body.days),
  );
}
