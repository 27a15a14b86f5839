// Cases: the caseload pages, the case page, and their API (GET /api/v1/caseload, GET /api/v1/people/{personRef}/case).
// The case page's forms open a case, change its lead and manager, its team,
// record assessments, plan actions and their outcomes, and notes. Each form
// carries the version it was drawn from; a stale save gets a page naming the
// other change that leads back to the case. A refused input comes back as the
// case page with the form as typed and the problem on its field.
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../errors.js';
import { PATHWAYS } from '../../glossary.js';
import { problemSchema } from '../errors.js';
import { pageQueryProperties } from '../api-schemas.js';
import { expectedVersion, formVersion, sendEtag } from '../etag.js';
import { caseloadPageView } from '../view-models/cases.js';
import { CASE_FORMS, caseFormRoute, caseUrl, showCase, submitCaseForm } from './case-page.js';

type Body = Record<string, string | string[] | undefined>;

const str = (v: string | string[] | undefined): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined);

function personIdOf(param: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('There is no person at this address.');
  return id;
}

function idOf(param: string, what: string): number {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}

/** The ratings of an assessment form: rating_<pathway> and note_<pathway> fields. */
function ratingsFromForm(body: Body) {
  const out: Record<string, { rating: string; note?: string }> = {};
  for (const p of PATHWAYS) out[p] = { rating: str(body[`rating_${p}`]) ?? '', note: str(body[`note_${p}`]) };
  return out;
}

export function registerCaseRoutes(app: FastifyInstance): void {
  // ---- web: caseload and case pages
  app.get<{ Querystring: Record<string, string | undefined> }>('/caseload', { config: { access: 'case:work' } }, async (req, reply) => {
    const q = req.query;
    const caseload = await app.services.cases.caseload(req.actor!, { view: q.view, scheme: q.scheme, lead: q.lead, sort: q.sort, order: q.order });
    return reply.render('caseload.njk', caseloadPageView(caseload));
  });

  app.get<{ Params: { id: string } }>('/people/:id/case', { config: { access: 'person:view' } }, async (req, reply) => showCase(app, req.actor!, personIdOf(req.params.id), undefined, reply));

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/case/view', { config: { access: 'person:view', readOnlyPost: true } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const justification = (str(req.body?.justification) ?? '').trim();
    if (justification.length < 10) {
      reply.code(400);
      return reply.render('justify.njk', {
        title: 'This record is restricted',
        personId: id,
        action: `/people/${id}/case/view`,
        fieldErrors: { justification: 'Give your reason in at least 10 characters' },
        errors: [{ text: 'Give your reason in at least 10 characters', href: '#justification' }],
      });
    }
    return showCase(app, req.actor!, id, justification, reply);
  });

  // Each form of the case page submits through submitCaseForm: a refusal comes
  // back as the case page with the form as typed (case-page.ts).
  const form = (path: string, handler: Parameters<typeof caseFormRoute>[2]) => caseFormRoute(app, path, handler);

  form('/people/:id/case', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.open, anchor: '' }, async () => {
      await app.services.cases.open(req.actor!, { personId: id }, { schemeCode: str(b.scheme) ?? '', leadAgency: str(b.leadAgency) ?? '', caseManager: str(b.caseManager) || null, openedOn: str(b.openedOn) });
      return caseUrl(id);
    });
  });

  form('/people/:id/case/lead', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.lead, anchor: 'team' }, async () => {
      await app.services.cases.changeLead(req.actor!, { personId: id }, { leadAgency: str(b.leadAgency) ?? '', caseManager: str(b.caseManager) || null, version: formVersion(b.version) });
      return caseUrl(id, '#team');
    });
  });

  form('/people/:id/case/team', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.team, anchor: 'team' }, async () => {
      await app.services.cases.setTeamMember(req.actor!, { personId: id }, { agency: str(b.agency) ?? '', role: str(b.role) ?? '', worker: str(b.worker) || null, version: formVersion(b.version) });
      return caseUrl(id, '#team');
    });
  });

  form('/people/:id/case/team/remove', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.teamRemove, anchor: 'team' }, async () => {
      await app.services.cases.removeTeamMember(req.actor!, { personId: id }, { agency: str(b.agency) ?? '', version: formVersion(b.version) });
      return caseUrl(id, '#team');
    });
  });

  form('/people/:id/case/assessments', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.assessment, anchor: 'assessments' }, async () => {
      await app.services.cases.recordAssessment(req.actor!, { personId: id }, { kind: str(b.kind) ?? '', date: str(b.date), ratings: ratingsFromForm(b) });
      return caseUrl(id, '#assessments');
    });
  });

  form('/people/:id/case/actions', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.action, anchor: 'plan' }, async () => {
      await app.services.cases.addAction(req.actor!, { personId: id }, { pathway: str(b.pathway) ?? '', description: str(b.description) ?? '', ownerAgency: str(b.ownerAgency) ?? '', dueDate: str(b.dueDate) ?? '' });
      return caseUrl(id, '#plan');
    });
  });

  form('/actions/:id/outcome', (param, b, req, reply) => {
    const actionId = idOf(param, 'action');
    return submitCaseForm(app, req, reply, { personId: () => app.services.cases.personOfAction(req.actor!, actionId), spec: CASE_FORMS.actionOutcome(actionId), anchor: 'plan' }, async () => {
      const done = await app.services.cases.actionOutcome(req.actor!, actionId, { status: str(b.status) ?? '', outcome: str(b.outcome) ?? '', completedOn: str(b.completedOn), version: formVersion(b.version) });
      return caseUrl(done.personId, '#plan');
    });
  });

  form('/people/:id/case/notes', (param, b, req, reply) => {
    const id = personIdOf(param);
    return submitCaseForm(app, req, reply, { personId: id, spec: CASE_FORMS.note, anchor: 'notes' }, async () => {
      await app.services.cases.addNote(req.actor!, { personId: id }, { body: str(b.body) ?? '', sensitivity: str(b.sensitivity), date: str(b.date) });
      return caseUrl(id, '#notes');
    });
  });

  // ---- the JSON API
  const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema };
  const personRefParams = { type: 'object', properties: { personRef: { type: 'string', minLength: 1, maxLength: 100 } }, required: ['personRef'] } as const;

  app.get<{ Querystring: { view?: string; scheme?: string; lead?: string; sort?: string; order?: string; cursor?: string; limit?: number } }>(
    '/api/v1/caseload',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "The token's user's caseload: their own cases (mine), their agency's (team), or what needs action today (today). Logged as a consultation naming everyone listed.",
        tags: ['cases'],
        querystring: {
          type: 'object',
          properties: {
            view: { type: 'string', enum: ['mine', 'team', 'today'] },
            scheme: { type: 'string' },
            lead: { type: 'string', description: 'a lead agency code' },
            sort: { type: 'string', description: 'person, scheme, lead, manager, opened, due (the default), overdue or alerts' },
            order: { type: 'string', enum: ['asc', 'desc'] },
            ...pageQueryProperties,
          },
        },
        response: {
          200: {
            type: 'object',
            required: ['view', 'today', 'counts', 'cases', 'next'],
            properties: {
              view: { type: 'string', enum: ['mine', 'team', 'today'] },
              today: { type: 'string', format: 'date' },
              counts: { type: 'object', required: ['mine', 'team', 'today'], properties: { mine: { type: 'integer' }, team: { type: 'integer' }, today: { type: 'integer' } } },
              withheldForAgreement: {
                type: 'integer',
                description: "The user's own or team's open cases not listed because their agency may not open them without an information-sharing agreement with the case's lead agency (a count, never who).",
              },
              cases: { type: 'array', items: caseloadRowSchema },
              next: { type: ['string', 'null'], description: 'Pass as `cursor` for the following page; null on the last page.' },
            },
          },
          ...errors,
        },
      },
    },
    async (req) => {
      const { cursor, limit, ...q } = req.query;
      const c = await app.services.cases.caseload(req.actor!, { ...q, page: { cursor, limit } });
      return { view: c.view, today: c.today, counts: c.counts, withheldForAgreement: c.withheldForAgreement, cases: c.cases, next: c.next };
    },
  );

  app.get<{ Params: { personRef: string }; Headers: { 'x-justification'?: string } }>(
    '/api/v1/people/:personRef/case',
    {
      config: { access: 'person:view' },
      schema: {
        summary: "The person's open case: lead, team, assessments, actions, appointments, alerts, disengagement, notes and custody, with health and drug-treatment detail left out for those who may not see it. Logged as a consultation.",
        description: 'A restricted record needs the reason for viewing in the X-Justification header. The ETag names the case version, for If-Match on edits.',
        tags: ['cases'],
        params: personRefParams,
        headers: { type: 'object', properties: { 'x-justification': { type: 'string' } } },
        response: { 200: caseViewSchema, ...errors },
      },
    },
    async (req, reply) => {
      const view = await app.services.cases.view(req.actor!, { personRef: req.params.personRef }, { justification: req.headers['x-justification'], channel: 'api' });
      if (!view) throw new NotFoundError('This person has no open case.');
      sendEtag(reply, 'case', view.caseId, view.version);
      return view;
    },
  );

  app.post<{ Params: { personRef: string }; Body: { scheme: string; leadAgency: string | number; caseManager?: string | number | null; openedOn?: string } }>(
    '/api/v1/people/:personRef/case',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Opens a case for a person on a scheme (an open membership is needed), with its lead agency (code or id) and case manager (username or id). Audited.',
        tags: ['cases'],
        params: personRefParams,
        body: {
          type: 'object',
          required: ['scheme', 'leadAgency'],
          additionalProperties: false,
          properties: { scheme: { type: 'string' }, leadAgency: stringOrInteger, caseManager: { type: ['string', 'integer', 'null'] }, openedOn: { type: 'string' } },
        },
        response: { 201: { type: 'object', properties: { caseId: { type: 'integer' }, personRef: { type: 'string' }, version: { type: 'integer' } } }, ...errors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const opened = await app.services.cases.open(req.actor!, { personRef: req.params.personRef }, { schemeCode: b.scheme, leadAgency: b.leadAgency, caseManager: b.caseManager ?? null, openedOn: b.openedOn });
      sendEtag(reply, 'case', opened.caseId, opened.version);
      return reply.code(201).send(opened);
    },
  );

  const caseVersionBody = { type: 'object', properties: { caseId: { type: 'integer' }, version: { type: 'integer' } } } as const;
  app.post<{ Params: { personRef: string }; Body: { leadAgency: string | number; caseManager?: string | number | null } }>(
    '/api/v1/people/:personRef/case/lead',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "Changes the case's lead agency (code or id) and case manager (username or id; none when left out). If-Match (the case's ETag) is optional; 412 when stale. Audited.",
        tags: ['cases'],
        params: personRefParams,
        body: { type: 'object', required: ['leadAgency'], additionalProperties: false, properties: { leadAgency: stringOrInteger, caseManager: { type: ['string', 'integer', 'null'] } } },
        response: { 200: caseVersionBody, ...errors },
      },
    },
    async (req, reply) => {
      const r = await app.services.cases.changeLead(req.actor!, { personRef: req.params.personRef }, { leadAgency: req.body.leadAgency, caseManager: req.body.caseManager ?? null, version: (caseId) => expectedVersion(req, 'case', caseId) });
      sendEtag(reply, 'case', r.caseId, r.version);
      return r;
    },
  );

  app.post<{ Params: { personRef: string }; Body: { agency: string | number; role?: string; worker?: string | number | null; remove?: boolean } }>(
    '/api/v1/people/:personRef/case/team',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "Adds an agency (code or id) to the case's team with its role and optional named worker, changes them, or takes it off (remove: true). If-Match (the case's ETag) is optional; 412 when stale. Audited.",
        tags: ['cases'],
        params: personRefParams,
        body: {
          type: 'object',
          required: ['agency'],
          additionalProperties: false,
          properties: { agency: stringOrInteger, role: { type: 'string' }, worker: { type: ['string', 'integer', 'null'] }, remove: { type: 'boolean' } },
        },
        response: { 200: caseVersionBody, ...errors },
      },
    },
    async (req, reply) => {
      const key = { personRef: req.params.personRef };
      const version = (caseId: number) => expectedVersion(req, 'case', caseId);
      const b = req.body;
      const r = b.remove
        ? await app.services.cases.removeTeamMember(req.actor!, key, { agency: b.agency, version })
        : await app.services.cases.setTeamMember(req.actor!, key, { agency: b.agency, role: b.role ?? '', worker: b.worker ?? null, version });
      sendEtag(reply, 'case', r.caseId, r.version);
      return r;
    },
  );

  app.post<{ Params: { personRef: string }; Body: { pathway: string; description: string; ownerAgency: string | number; dueDate: string } }>(
    '/api/v1/people/:personRef/actions',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "Adds a plan action to the person's open case: a pathway, what is to be done, the owner agency (code or id) and the due date. Audited.",
        tags: ['cases'],
        params: personRefParams,
        body: {
          type: 'object',
          required: ['pathway', 'description', 'ownerAgency', 'dueDate'],
          additionalProperties: false,
          properties: { pathway: { type: 'string', enum: [...PATHWAYS] }, description: { type: 'string' }, ownerAgency: stringOrInteger, dueDate: { type: 'string' } },
        },
        response: { 201: actionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const a = await app.services.cases.addAction(req.actor!, { personRef: req.params.personRef }, req.body);
      sendEtag(reply, 'action', a.id, a.version);
      return reply.code(201).send(a);
    },
  );

  app.post<{ Params: { id: number }; Body: { status: string; outcome: string; completedOn?: string } }>(
    '/api/v1/actions/:id/outcome',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Marks an action done or cancelled, with its outcome. If-Match (the ETag of the action) is optional; when sent and stale the answer is 412. Audited.',
        tags: ['cases'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        body: { type: 'object', required: ['status', 'outcome'], additionalProperties: false, properties: { status: { type: 'string', enum: ['done', 'cancelled'] }, outcome: { type: 'string' }, completedOn: { type: 'string' } } },
        response: { 200: actionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const a = await app.services.cases.actionOutcome(req.actor!, req.params.id, { ...req.body, version: expectedVersion(req, 'action', req.params.id) });
      sendEtag(reply, 'action', a.id, a.version);
      return a;
    },
  );

  app.post<{ Params: { personRef: string }; Body: { body: string; sensitivity?: string; date?: string } }>(
    '/api/v1/people/:personRef/notes',
    {
      config: { access: 'case:work' },
      schema: {
        summary: "Adds a case note to the person's open case, signed with your name and agency. sensitivity 'health' keeps it to those who may see health detail. Audited.",
        tags: ['cases'],
        params: personRefParams,
        body: { type: 'object', required: ['body'], additionalProperties: false, properties: { body: { type: 'string' }, sensitivity: { type: 'string', enum: ['normal', 'health'] }, date: { type: 'string' } } },
        response: { 201: { type: 'object', properties: { id: { type: 'integer' }, date: { type: 'string' }, sensitivity: { type: 'string' }, author: { type: 'string' } } }, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await app.services.cases.addNote(req.actor!, { personRef: req.params.personRef }, req.body)),
  );

  const ratingSchema = { type: 'object', required: ['rating'], additionalProperties: false, properties: { rating: { type: 'string', enum: ['none', 'low', 'medium', 'high'] }, note: { type: ['string', 'null'] } } } as const;
  app.post<{ Params: { personRef: string }; Body: { kind: string; date?: string; ratings: Record<string, { rating: string; note?: string | null }> } }>(
    '/api/v1/people/:personRef/assessments',
    {
      config: { access: 'case:work' },
      schema: {
        summary: 'Records a needs assessment (initial or follow_up) rating all seven pathways none, low, medium or high, each with an optional note. Audited.',
        tags: ['cases'],
        params: personRefParams,
        body: {
          type: 'object',
          required: ['kind', 'ratings'],
          additionalProperties: false,
          properties: { kind: { type: 'string', enum: ['initial', 'follow_up'] }, date: { type: 'string' }, ratings: { type: 'object', additionalProperties: ratingSchema } },
        },
        response: { 201: { type: 'object', properties: { id: { type: 'integer' }, kind: { type: 'string' }, date: { type: 'string' } } }, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await app.services.cases.recordAssessment(req.actor!, { personRef: req.params.personRef }, req.body)),
  );
}

const stringOrInteger = { type: ['string', 'integer'] } as const;

// ---- JSON schemas of the API's answers (OpenAPI is generated from them). Extra fields pass through.
const nullableString = { type: ['string', 'null'] } as const;
const caseloadRowSchema = {
  type: 'object',
  additionalProperties: true,
  required: ['caseId', 'personId', 'personRef', 'familyName', 'givenNames', 'scheme', 'lead', 'leadCode', 'caseManager', 'openedOn', 'openActions', 'overdueActions', 'nextDue', 'unacknowledgedAlerts', 'appointmentsToday'],
  properties: {
    caseId: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    familyName: { type: 'string' },
    givenNames: { type: 'string' },
    scheme: { type: 'string' },
    lead: { type: 'string' },
    leadCode: { type: 'string' },
    caseManager: nullableString,
    openedOn: { type: 'string', format: 'date' },
    openActions: { type: 'integer' },
    overdueActions: { type: 'integer' },
    nextDue: nullableString,
    unacknowledgedAlerts: { type: 'integer' },
    appointmentsToday: { type: 'integer' },
  },
} as const;
const actionSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    pathway: nullableString,
    description: { type: 'string' },
    ownerAgency: nullableString,
    dueDate: { type: 'string', format: 'date' },
    status: { type: 'string' },
    outcome: nullableString,
    completedOn: nullableString,
    overdue: { type: 'boolean' },
    appointmentId: { type: ['integer', 'null'] },
    toldWhom: nullableString,
    toldOn: nullableString,
    version: { type: 'integer' },
  },
} as const;
const caseViewSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    caseId: { type: 'integer' },
    personId: { type: 'integer' },
    personRef: { type: 'string' },
    scheme: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
    lead: { type: 'object', additionalProperties: true, properties: { agencyId: { type: 'integer' }, agency: { type: 'string' }, agencyKind: { type: 'string' } } },
    caseManager: { type: ['object', 'null'], properties: { userId: { type: 'integer' }, name: { type: 'string' } } },
    openedOn: { type: 'string', format: 'date' },
    closedOn: nullableString,
    version: { type: 'integer' },
    team: {
      type: 'array',
      items: { type: 'object', additionalProperties: true, properties: { agencyId: { type: 'integer' }, agency: { type: 'string' }, agencyKind: { type: 'string' }, role: { type: 'string' }, userId: { type: ['integer', 'null'] }, worker: nullableString } },
    },
    assessments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          id: { type: 'integer' },
          kind: { type: 'string' },
          date: { type: 'string', format: 'date' },
          agency: nullableString,
          ratings: { type: 'array', items: { type: 'object', properties: { pathway: { type: 'string' }, rating: { type: 'string' }, note: nullableString } } },
        },
      },
    },
    actions: { type: 'array', items: actionSchema },
    appointments: {
      type: 'array',
      items: { type: 'object', additionalProperties: true, properties: { id: { type: 'integer' }, date: { type: 'string', format: 'date' }, purpose: { type: 'string' }, agency: nullableString, status: { type: 'string' }, version: { type: 'integer' } } },
    },
    alerts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: true,
        properties: {
          id: { type: 'integer' },
          kind: { type: 'string' },
          raisedOn: { type: 'string', format: 'date' },
          aboutDate: nullableString,
          detail: { type: 'string' },
          recipients: { type: 'array', items: { type: 'string' } },
          acknowledgedBy: nullableString,
          acknowledgedAt: nullableString,
          version: { type: 'integer' },
        },
      },
    },
    disengagement: {
      type: ['object', 'null'],
      additionalProperties: true,
      properties: { id: { type: 'integer' }, stage: { type: 'string' }, since: { type: 'string', format: 'date' }, route: nullableString, routeOn: nullableString, outcome: nullableString, concludedOn: nullableString, version: { type: 'integer' } },
    },
    notes: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'integer' }, date: { type: 'string', format: 'date' }, author: { type: 'string' }, agency: nullableString, sensitivity: { type: 'string' }, body: { type: 'string' } } },
    },
    custody: {
      type: 'object',
      properties: { inCustody: { type: 'boolean' }, kind: nullableString, since: nullableString, expectedRelease: nullableString, establishment: nullableString, releaseDueSoon: { type: 'boolean' } },
    },
    healthWithheld: nullableString,
    today: { type: 'string', format: 'date' },
  },
} as const;
