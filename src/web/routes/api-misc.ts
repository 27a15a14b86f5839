// The remaining capabilities of the pages and the CLI in the JSON API (issue
// 17): deciding possible duplicates (merge, not a duplicate, undo a merge),
// a panel's minutes, the unit costs of crime, the gravity table, frozen cohort lists, the
// transfers inbox and the audit search. Each calls the service function its
// page or command calls, with the same permission.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';
import type { IsoDate } from '../../calendar/dates.js';
import { limitOf, pageOf, pageOfSorted, decodeCursor } from '../../formats/cursor.js';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { arrayOf, bool, date, dateTime, int, numN, obj, str, strN, strings } from '../api-documents.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;
const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 20 } } } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
const objectN = { type: ['object', 'null'], additionalProperties: true } as const;

const decision = obj({
  id: int,
  personId: int,
  personRef: str,
  item: str,
  items: strings,
  decision: str,
  action: str,
  reason: str,
  endReason: strN,
  exitPlan: strN,
  tierCode: strN,
  score: numN,
  decidedBy: str,
  decidedAt: dateTime,
});
const minutes = obj({
  schemeCode: str,
  meetingDate: date,
  runId: { type: ['integer', 'null'] },
  decisions: arrayOf(decision),
  scoresWithheld: { type: ['string', 'null'], enum: ['intelligence', 'drug_tests', 'health', null] },
});
const unitCost = obj({ category: str, pounds: numN, priceYear: strN, source: strN, groupCodes: strings, own: bool });
const gravityRow = obj({ groupCode: str, gravity: { type: ['number', 'null'] } });
const cohortList = obj({ id: int, name: str, scheme: str, performanceYear: strN, cohortDate: date, frozenAt: dateTime, frozenBy: strN, members: int });
const transfer = obj({ id: int, fromPartnership: str, toAreaCode: str, toPartnership: strN, status: str, notifiedAt: dateTime, summary: anyObject, note: strN });
const auditEntry = obj({ id: int, at: dateTime, action: str, what: str, justification: strN, username: strN, personRef: strN, details: objectN });

type PageQuery = { cursor?: string; limit?: number };
const iso = (v: Date | string) => new Date(v).toISOString();

export function registerMiscApiRoutes(app: FastifyInstance): void {
  const svc = () => app.services;

  // ---------------------------------------------------------------- duplicates
  app.post<{ Params: { id: number }; Body: { keepPersonId: number; reason: string } }>(
    '/api/v1/duplicates/:id/merge',
    {
      config: { access: 'duplicates:review' },
      schema: {
        summary: 'Merges the two people of an open possible duplicate into the one kept (either of the pair): their records move to it, and the merge can be undone. Audited with the reason.',
        tags: ['data quality'],
        params: idParams,
        body: { type: 'object', required: ['keepPersonId', 'reason'], additionalProperties: false, properties: { keepPersonId: int, reason: { type: 'string', minLength: 1, maxLength: 4000 } } },
        response: { 201: obj({ mergeId: int, keptPersonId: int }), ...problems },
      },
    },
    async (req, reply) => {
      const mergeId = await svc().imports.mergeDuplicate(req.actor!, { duplicateId: req.params.id, keepPersonId: req.body.keepPersonId, reason: req.body.reason });
      return reply.code(201).send({ mergeId, keptPersonId: req.body.keepPersonId });
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/v1/duplicates/:id/not-duplicate',
    {
      config: { access: 'duplicates:review' },
      schema: {
        summary: 'Records that the two people of an open possible duplicate are not the same: the pair leaves the review list.',
        tags: ['data quality'],
        params: idParams,
        response: { 204: { description: 'Recorded.', type: 'null' }, ...problems },
      },
    },
    async (req, reply) => {
      await svc().imports.markNotDuplicate(req.actor!, { duplicateId: req.params.id });
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { id: number }; Body: { reason: string } }>(
    '/api/v1/merges/:id/unmerge',
    {
      config: { access: 'duplicates:review' },
      schema: {
        summary: 'Undoes a merge: every moved record goes back and the two people are separate again (the pair is open for review once more).',
        tags: ['data quality'],
        params: idParams,
        body: { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: { type: 'string', minLength: 1, maxLength: 4000 } } },
        response: { 204: { description: 'Undone.', type: 'null' }, ...problems },
      },
    },
    async (req, reply) => {
      await svc().imports.unmergePeople(req.actor!, { mergeId: req.params.id, reason: req.body.reason.trim() });
      return reply.code(204).send();
    },
  );

  // ---------------------------------------------------------------- panel minutes
  app.get<{ Params: { code: string }; Querystring: { date: string } }>(
    '/api/v1/schemes/:code/panel/minutes',
    {
      config: { access: 'scheme:view' },
      schema: {
        summary: "The minutes of a scheme's panel on a date: the decisions taken, in order, about the people you may see (a document, not paged). Logged naming everyone in it.",
        tags: ['panel'],
        params: codeParams,
        querystring: { type: 'object', required: ['date'], properties: { date: { type: 'string', format: 'date', description: 'The meeting date.' } } },
        response: { 200: minutes, ...problems },
      },
    },
    async (req) => svc().panel.minutes(req.actor!, { schemeCode: req.params.code, meetingDate: req.query.date }),
  );

  app.post<{ Params: { code: string }; Body: { date: string } }>(
    '/api/v1/schemes/:code/panel/automatic-exits',
    {
      config: { access: 'panel:decide' },
      schema: {
        summary: "Applies the review's automatic exits on a date (members who have died leave the scheme on their date of death), as the panel page's button does. Answers who left.",
        tags: ['panel'],
        params: codeParams,
        body: { type: 'object', required: ['date'], additionalProperties: false, properties: { date: { type: 'string', format: 'date' } } },
        response: { 200: obj({ exits: arrayOf(obj({ personRef: str, dateOfDeath: date })) }), ...problems },
      },
    },
    async (req) => ({ exits: await svc().panel.applyAutomaticExits(req.actor!, { schemeCode: req.params.code, asOf: req.body.date }) }),
  );

  // ---------------------------------------------------------------- unit costs
  const unitCostsOut = async (actor: Actor) =>
    (await svc().performance.listUnitCosts(actor)).map((c) => ({ category: c.category, pounds: c.pounds, priceYear: c.price_year, source: c.source, groupCodes: c.group_codes ?? [], own: c.own }));

  app.get<{ Querystring: PageQuery }>(
    '/api/v1/performance/unit-costs',
    {
      config: { access: 'performance:view' },
      schema: {
        summary: "The unit costs of crime the figures use, by category, dearest first: the partnership's own where set, else the national defaults.",
        tags: ['performance'],
        querystring: { type: 'object', properties: pageQueryProperties },
        response: { 200: pageSchema('unitCosts', unitCost), ...problems },
      },
    },
    async (req) => {
      const page = pageOfSorted(await unitCostsOut(req.actor!), req.query, (c) => [c.category]);
      return { unitCosts: page.items, next: page.next };
    },
  );

  app.put<{ Body: { priceYear?: string | null; costs: { category: string; pounds: number | null; source?: string | null; groupCodes?: string[] | null }[] } }>(
    '/api/v1/performance/unit-costs',
    {
      config: { access: 'unit-costs:edit' },
      schema: {
        summary: "Sets the partnership's own cost of categories of crime, all or none (a new category may be added, with its 3-digit Home Office offence groups). Answers the costs as they now stand (the first page).",
        tags: ['performance'],
        body: {
          type: 'object',
          required: ['costs'],
          additionalProperties: false,
          properties: {
            priceYear: { type: ['string', 'null'], description: 'The price year of the sums, e.g. 2009/10.' },
            costs: {
              type: 'array',
              minItems: 1,
              maxItems: 100,
              items: {
                type: 'object',
                required: ['category', 'pounds'],
                additionalProperties: false,
                properties: { category: str, pounds: numN, source: strN, groupCodes: { type: ['array', 'null'], items: str } },
              },
            },
          },
        },
        response: { 200: pageSchema('unitCosts', unitCost), ...problems },
      },
    },
    async (req) => {
      const actor = req.actor!;
      await svc().performance.setUnitCosts(actor, { priceYear: req.body.priceYear ?? null, costs: req.body.costs });
      const page = pageOfSorted(await unitCostsOut(actor), {}, (c) => [c.category]);
      return { unitCosts: page.items, next: page.next };
    },
  );

  // ---------------------------------------------------------------- the gravity table
  app.get<{ Querystring: PageQuery }>(
    '/api/v1/offences/gravity',
    {
      config: { access: 'performance:view' },
      schema: {
        summary:
          "The partnership's gravity table: the gravity of each 3-digit Home Office offence group, by group. The selection matrix's gravity criteria and the severity of reoffending both read it; a group not listed is ungraded.",
        tags: ['performance'],
        querystring: { type: 'object', properties: pageQueryProperties },
        response: { 200: pageSchema('gravity', gravityRow), ...problems },
      },
    },
    async (req) => {
      const page = pageOfSorted(await svc().offences.listGravity(req.actor!), req.query, (g) => [g.groupCode]);
      return { gravity: page.items, next: page.next };
    },
  );

  app.put<{ Params: { group: string }; Body: { gravity: number | null } }>(
    '/api/v1/offences/gravity/:group',
    {
      config: { access: 'offences:edit' },
      schema: {
        summary:
          "Sets the gravity of one offence group, or removes it with null (the group is then ungraded). Each change is a new version of the partnership's offence reference, which a selection run stores with its results. Audited.",
        tags: ['performance'],
        params: { type: 'object', required: ['group'], properties: { group: { type: 'string', minLength: 1, maxLength: 10, description: 'A 3-digit Home Office offence group, such as 034.' } } },
        body: { type: 'object', required: ['gravity'], additionalProperties: false, properties: { gravity: { type: ['number', 'null'], minimum: 0 } } },
        response: { 200: gravityRow, ...problems },
      },
    },
    async (req) => svc().offences.setGravity(req.actor!, { groupCode: req.params.group, gravity: req.body.gravity }),
  );

  // ---------------------------------------------------------------- cohort lists
  app.get<{ Querystring: PageQuery & { scheme?: string } }>(
    '/api/v1/performance/cohort-lists',
    {
      config: { access: 'performance:view' },
      schema: {
        summary: 'Frozen cohort lists (the cohort NI30 may be measured on instead of the members on the cohort date), oldest first.',
        tags: ['performance'],
        querystring: { type: 'object', properties: { scheme: { type: 'string', description: 'Only this scheme’s lists.' }, ...pageQueryProperties } },
        response: { 200: pageSchema('cohortLists', cohortList), ...problems },
      },
    },
    async (req) => {
      const rows = (await svc().performance.listCohortLists(req.actor!, { schemeCode: req.query.scheme ?? null })).map((l) => ({
        id: l.id,
        name: l.name,
        scheme: l.scheme,
        performanceYear: l.performance_year,
        cohortDate: l.cohort_date,
        frozenAt: iso(l.frozen_at),
        frozenBy: l.frozen_by_label,
        members: Number(l.members ?? 0),
      }));
      const page = pageOfSorted(rows, req.query, (l) => [l.id]);
      return { cohortLists: page.items, next: page.next };
    },
  );

  app.post<{ Body: { scheme: string; name: string; cohortDate?: string | null; year?: string | null; note?: string | null } }>(
    '/api/v1/performance/cohort-lists',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Freezes a scheme's members on a cohort date (or 1 April of a performance year) as a named list, so that a year's NI30 is measured on a cohort that later changes do not move.",
        tags: ['performance'],
        body: {
          type: 'object',
          required: ['scheme', 'name'],
          additionalProperties: false,
          properties: { scheme: str, name: { type: 'string', minLength: 1, maxLength: 200 }, cohortDate: { type: ['string', 'null'], format: 'date' }, year: strN, note: strN },
        },
        response: { 201: obj({ id: int, name: str, cohortDate: date, members: int }), ...problems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const made = await svc().performance.freezeCohortList(req.actor!, { schemeCode: b.scheme, name: b.name, cohortDate: (b.cohortDate ?? null) as IsoDate | null, year: b.year ?? null, note: b.note ?? null });
      return reply.code(201).send(made);
    },
  );

  // ---------------------------------------------------------------- transfers
  app.get<{ Querystring: PageQuery }>(
    '/api/v1/transfers',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Transfer notices sent to this partnership by others (people moving into its area), newest first. Logged naming everyone on the page's source list.",
        tags: ['panel'],
        querystring: { type: 'object', properties: pageQueryProperties },
        response: { 200: pageSchema('transfers', transfer), ...problems },
      },
    },
    async (req) => {
      const page = pageOfSorted(await svc().transfers.inbox(req.actor!), req.query, (t) => [t.id]);
      return { transfers: page.items, next: page.next };
    },
  );

  // ---------------------------------------------------------------- audit search
  app.get<{ Querystring: PageQuery & { person?: string; user?: string } }>(
    '/api/v1/audit',
    {
      config: { access: 'audit:search' },
      schema: {
        summary: 'The audit log, newest first: the entries about a person (by reference) and every list that showed them, or a user’s entries. The search is itself audited.',
        tags: ['administration'],
        querystring: { type: 'object', properties: { person: { type: 'string', description: 'A person reference.' }, user: { type: 'string', description: 'A username.' }, ...pageQueryProperties } },
        response: { 200: pageSchema('entries', auditEntry), ...problems },
      },
    },
    async (req) => {
      const limit = limitOf(req.query.limit);
      const beforeId = req.query.cursor ? Number(decodeCursor(req.query.cursor, 1)[0]) : undefined;
      const rows = await svc().access.searchAudit(req.actor!, { person: req.query.person, user: req.query.user, limit: limit + 1, beforeId });
      const page = pageOf(
        rows.map((r) => ({ id: Number(r.id), at: iso(r.at), action: r.action, what: r.what, justification: r.justification, username: r.username, personRef: r.person_ref, details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null })),
        limit,
        (r) => [r.id],
      );
      return { entries: page.items, next: page.next };
    },
  );
}
