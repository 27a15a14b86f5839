import { limitOf, pageOf, pageOfSorted, decodeCursor } from "../../formats/cursor.js";
import { pageQueryProperties, pageSchema, problems } from "../api-schemas.js";
import { arrayOf, bool, date, dateTime, int, numN, obj, str, strN, strings } from "../api-documents.js";
const idParams = { type: "object", required: ["id"], properties: { id: { type: "integer", minimum: 1 } } };
const codeParams = { type: "object", required: ["code"], properties: { code: { type: "string", minLength: 1, maxLength: 20 } } };
const anyObject = { type: "object", additionalProperties: true };
const objectN = { type: ["object", "null"], additionalProperties: true };
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
  decidedAt: dateTime
});
const minutes = obj({
  schemeCode: str,
  meetingDate: date,
  runId: { type: ["integer", "null"] },
  decisions: arrayOf(decision),
  scoresWithheld: { type: ["string", "null"], enum: ["intelligence", "drug_tests", "health", null] }
});
const unitCost = obj({ category: str, pounds: numN, priceYear: strN, source: strN, groupCodes: strings, own: bool });
const cohortList = obj({ id: int, name: str, scheme: str, performanceYear: strN, cohortDate: date, frozenAt: dateTime, frozenBy: strN, members: int });
const transfer = obj({ id: int, fromPartnership: str, toAreaCode: str, toPartnership: strN, status: str, notifiedAt: dateTime, summary: anyObject, note: strN });
const auditEntry = obj({ id: int, at: dateTime, action: str, what: str, justification: strN, username: strN, personRef: strN, details: objectN });
const iso = (v) => new Date(v).toISOString();
function registerMiscApiRoutes(app) {
  const svc = () => app.services;
  app.post(
    "/api/v1/duplicates/:id/merge",
    {
      config: { access: "duplicates:review" },
      schema: {
        summary: "Merges the two people of an open possible duplicate into the one kept (either of the pair): their records move to it, and the merge can be undone. Audited with the reason.",
        tags: ["data quality"],
        params: idParams,
        body: { type: "object", required: ["keepPersonId", "reason"], additionalProperties: false, properties: { keepPersonId: int, reason: { type: "string", minLength: 1, maxLength: 4e3 } } },
        response: { 201: obj({ mergeId: int, keptPersonId: int }), ...problems }
      }
    },
    async (req, reply) => {
      const mergeId = await svc().imports.mergeDuplicate(req.actor, { duplicateId: req.params.id, keepPersonId: req.body.keepPersonId, reason: req.body.reason });
      return reply.code(201).send({ mergeId, keptPersonId: req.body.keepPersonId });
    }
  );
  app.post(
    "/api/v1/duplicates/:id/not-duplicate",
    {
      config: { access: "duplicates:review" },
      schema: {
        summary: "Records that the two people of an open possible duplicate are not the same: the pair leaves the review list.",
        tags: ["data quality"],
        params: idParams,
        response: { 204: { description: "Recorded.", type: "null" }, ...problems }
      }
    },
    async (req, reply) => {
      await svc().imports.markNotDuplicate(req.actor, { duplicateId: req.params.id });
      return reply.code(204).send();
    }
  );
  app.post(
    "/api/v1/merges/:id/unmerge",
    {
      config: { access: "duplicates:review" },
      schema: {
        summary: "Undoes a merge: every moved record goes back and the two people are separate again (the pair is open for review once more).",
        tags: ["data quality"],
        params: idParams,
        body: { type: "object", required: ["reason"], additionalProperties: false, properties: { reason: { type: "string", minLength: 1, maxLength: 4e3 } } },
        response: { 204: { description: "Undone.", type: "null" }, ...problems }
      }
    },
    async (req, reply) => {
      await svc().imports.unmergePeople(req.actor, { mergeId: req.params.id, reason: req.body.reason.trim() });
      return reply.code(204).send();
    }
  );
  app.get(
    "/api/v1/schemes/:code/panel/minutes",
    {
      config: { access: "scheme:view" },
      schema: {
        summary: "The minutes of a scheme's panel on a date: the decisions taken, in order, about the people you may see (a document, not paged). Logged naming everyone in it.",
        tags: ["panel"],
        params: codeParams,
        querystring: { type: "object", required: ["date"], properties: { date: { type: "string", format: "date", description: "The meeting date." } } },
        response: { 200: minutes, ...problems }
      }
    },
    async (req) => svc().panel.minutes(req.actor, { schemeCode: req.params.code, meetingDate: req.query.date })
  );
  app.post(
    "/api/v1/schemes/:code/panel/automatic-exits",
    {
      config: { access: "panel:decide" },
      schema: {
        summary: "Applies the review's automatic exits on a date (members who have died leave the scheme on their date of death), as the panel page's button does. Answers who left.",
        tags: ["panel"],
        params: codeParams,
        body: { type: "object", required: ["date"], additionalProperties: false, properties: { date: { type: "string", format: "date" } } },
        response: { 200: obj({ exits: arrayOf(obj({ personRef: str, dateOfDeath: date })) }), ...problems }
      }
    },
    async (req) => ({ exits: await svc().panel.applyAutomaticExits(req.actor, { schemeCode: req.params.code, asOf: req.body.date }) })
  );
  const unitCostsOut = async (actor) => (await svc().performance.listUnitCosts(actor)).map((c) => ({ category: c.category, pounds: c.pounds, priceYear: c.price_year, source: c.source, groupCodes: c.group_codes ?? [], own: c.own }));
  app.get(
    "/api/v1/performance/unit-costs",
    {
      config: { access: "performance:view" },
      schema: {
        summary: "The unit costs of crime the figures use, by category, dearest first: the partnership's own where set, else the national defaults.",
        tags: ["performance"],
        querystring: { type: "object", properties: pageQueryProperties },
        response: { 200: pageSchema("unitCosts", unitCost), ...problems }
      }
    },
    async (req) => {
      const page = pageOfSorted(await unitCostsOut(req.actor), req.query, (c) => [c.category]);
      return { unitCosts: page.items, next: page.next };
    }
  );
  app.put(
    "/api/v1/performance/unit-costs",
    {
      config: { access: "unit-costs:edit" },
      schema: {
        summary: "Sets the partnership's own cost of categories of crime, all or none (a new category may be added, with its 3-digit Home Office offence groups). Answers the costs as they now stand (the first page).",
        tags: ["performance"],
        body: {
          type: "object",
          required: ["costs"],
          additionalProperties: false,
          properties: {
            priceYear: { type: ["string", "null"], description: "The price year of the sums, e.g. 2009/10." },
            costs: {
              type: "array",
              minItems: 1,
              maxItems: 100,
              items: {
                type: "object",
                required: ["category", "pounds"],
                additionalProperties: false,
                properties: { category: str, pounds: numN, source: strN, groupCodes: { type: ["array", "null"], items: str } }
              }
            }
          }
        },
        response: { 200: pageSchema("unitCosts", unitCost), ...problems }
      }
    },
    async (req) => {
      const actor = req.actor;
      await svc().performance.setUnitCosts(actor, { priceYear: req.body.priceYear ?? null, costs: req.body.costs });
      const page = pageOfSorted(await unitCostsOut(actor), {}, (c) => [c.category]);
      return { unitCosts: page.items, next: page.next };
    }
  );
  app.get(
    "/api/v1/performance/cohort-lists",
    {
      config: { access: "performance:view" },
      schema: {
        summary: "Frozen cohort lists (the cohort NI30 may be measured on instead of the members on the cohort date), oldest first.",
        tags: ["performance"],
        querystring: { type: "object", properties: { scheme: { type: "string", description: "Only this scheme\u2019s lists." }, ...pageQueryProperties } },
        response: { 200: pageSchema("cohortLists", cohortList), ...problems }
      }
    },
    async (req) => {
      const rows = (await svc().performance.listCohortLists(req.actor, { schemeCode: req.query.scheme ?? null })).map((l) => ({
        id: l.id,
        name: l.name,
        scheme: l.scheme,
        performanceYear: l.performance_year,
        cohortDate: l.cohort_date,
        frozenAt: iso(l.frozen_at),
        frozenBy: l.frozen_by_label,
        members: Number(l.members ?? 0)
      }));
      const page = pageOfSorted(rows, req.query, (l) => [l.id]);
      return { cohortLists: page.items, next: page.next };
    }
  );
  app.post(
    "/api/v1/performance/cohort-lists",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Freezes a scheme's members on a cohort date (or 1 April of a performance year) as a named list, so that a year's NI30 is measured on a cohort that later changes do not move.",
        tags: ["performance"],
        body: {
          type: "object",
          required: ["scheme", "name"],
          additionalProperties: false,
          properties: { scheme: str, name: { type: "string", minLength: 1, maxLength: 200 }, cohortDate: { type: ["string", "null"], format: "date" }, year: strN, note: strN }
        },
        response: { 201: obj({ id: int, name: str, cohortDate: date, members: int }), ...problems }
      }
    },
    async (req, reply) => {
      const b = req.body;
      const made = await svc().performance.freezeCohortList(req.actor, { schemeCode: b.scheme, name: b.name, cohortDate: b.cohortDate ?? null, year: b.year ?? null, note: b.note ?? null });
      return reply.code(201).send(made);
    }
  );
  app.get(
    "/api/v1/transfers",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Transfer notices sent to this partnership by others (people moving into its area), newest first. Logged naming everyone on the page's source list.",
        tags: ["panel"],
        querystring: { type: "object", properties: pageQueryProperties },
        response: { 200: pageSchema("transfers", transfer), ...problems }
      }
    },
    async (req) => {
      const page = pageOfSorted(await svc().transfers.inbox(req.actor), req.query, (t) => [t.id]);
      return { transfers: page.items, next: page.next };
    }
  );
  app.get(
    "/api/v1/audit",
    {
      config: { access: "audit:search" },
      schema: {
        summary: "The audit log, newest first: the entries about a person (by reference) and every list that showed them, or a user\u2019s entries. The search is itself audited.",
        tags: ["administration"],
        querystring: { type: "object", properties: { person: { type: "string", description: "A person reference." }, user: { type: "string", description: "A username." }, ...pageQueryProperties } },
        response: { 200: pageSchema("entries", auditEntry), ...problems }
      }
    },
    async (req) => {
      const limit = limitOf(req.query.limit);
      const beforeId = req.query.cursor ? Number(decodeCursor(req.query.cursor, 1)[0]) : void 0;
      const rows = await svc().access.searchAudit(req.actor, { person: req.query.person, user: req.query.user, limit: limit + 1, beforeId });
      const page = pageOf(
        rows.map((r) => ({ id: Number(r.id), at: iso(r.at), action: r.action, what: r.what, justification: r.justification, username: r.username, personRef: r.person_ref, details: r.details ? JSON.parse(r.details) : null })),
        limit,
        (r) => [r.id]
      );
      return { entries: page.items, next: page.next };
    }
  );
}
export {
  registerMiscApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLW1pc2MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSByZW1haW5pbmcgY2FwYWJpbGl0aWVzIG9mIHRoZSBwYWdlcyBhbmQgdGhlIENMSSBpbiB0aGUgSlNPTiBBUEkgKGlzc3VlXG4vLyAxNyk6IGRlY2lkaW5nIHBvc3NpYmxlIGR1cGxpY2F0ZXMgKG1lcmdlLCBub3QgYSBkdXBsaWNhdGUsIHVuZG8gYSBtZXJnZSksXG4vLyBhIHBhbmVsJ3MgbWludXRlcywgdGhlIHVuaXQgY29zdHMgb2YgY3JpbWUsIGZyb3plbiBjb2hvcnQgbGlzdHMsIHRoZVxuLy8gdHJhbnNmZXJzIGluYm94IGFuZCB0aGUgYXVkaXQgc2VhcmNoLiBFYWNoIGNhbGxzIHRoZSBzZXJ2aWNlIGZ1bmN0aW9uIGl0c1xuLy8gcGFnZSBvciBjb21tYW5kIGNhbGxzLCB3aXRoIHRoZSBzYW1lIHBlcm1pc3Npb24uXG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHR5cGUgeyBBY3RvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hY3Rvci5qcyc7XG5pbXBvcnQgdHlwZSB7IElzb0RhdGUgfSBmcm9tICcuLi8uLi9jYWxlbmRhci9kYXRlcy5qcyc7XG5pbXBvcnQgeyBsaW1pdE9mLCBwYWdlT2YsIHBhZ2VPZlNvcnRlZCwgZGVjb2RlQ3Vyc29yIH0gZnJvbSAnLi4vLi4vZm9ybWF0cy9jdXJzb3IuanMnO1xuaW1wb3J0IHsgcGFnZVF1ZXJ5UHJvcGVydGllcywgcGFnZVNjaGVtYSwgcHJvYmxlbXMgfSBmcm9tICcuLi9hcGktc2NoZW1hcy5qcyc7XG5pbXBvcnQgeyBhcnJheU9mLCBib29sLCBkYXRlLCBkYXRlVGltZSwgaW50LCBudW1OLCBvYmosIHN0ciwgc3RyTiwgc3RyaW5ncyB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuXG5jb25zdCBpZFBhcmFtcyA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2lkJ10sIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInLCBtaW5pbXVtOiAxIH0gfSB9IGFzIGNvbnN0O1xuY29uc3QgY29kZVBhcmFtcyA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2NvZGUnXSwgcHJvcGVydGllczogeyBjb2RlOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogMjAgfSB9IH0gYXMgY29uc3Q7XG5jb25zdCBhbnlPYmplY3QgPSB7IHR5cGU6ICdvYmplY3QnLCBhZGRpdGlvbmFsUHJvcGVydGllczogdHJ1ZSB9IGFzIGNvbnN0O1xuY29uc3Qgb2JqZWN0TiA9IHsgdHlwZTogWydvYmplY3QnLCAnbnVsbCddLCBhZGRpdGlvbmFsUHJvcGVydGllczogdHJ1ZSB9IGFzIGNvbnN0O1xuXG5jb25zdCBkZWNpc2lvbiA9IG9iaih7XG4gIGlkOiBpbnQsXG4gIHBlcnNvbklkOiBpbnQsXG4gIHBlcnNvblJlZjogc3RyLFxuICBpdGVtOiBzdHIsXG4gIGl0ZW1zOiBzdHJpbmdzLFxuICBkZWNpc2lvbjogc3RyLFxuICBhY3Rpb246IHN0cixcbiAgcmVhc29uOiBzdHIsXG4gIGVuZFJlYXNvbjogc3RyTixcbiAgZXhpdFBsYW46IHN0ck4sXG4gIHRpZXJDb2RlOiBzdHJOLFxuICBzY29yZTogbnVtTixcbiAgZGVjaWRlZEJ5OiBzdHIsXG4gIGRlY2lkZWRBdDogZGF0ZVRpbWUsXG59KTtcbmNvbnN0IG1pbnV0ZXMgPSBvYmooe1xuICBzY2hlbWVDb2RlOiBzdHIsXG4gIG1lZXRpbmdEYXRlOiBkYXRlLFxuICBydW5JZDogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddIH0sXG4gIGRlY2lzaW9uczogYXJyYXlPZihkZWNpc2lvbiksXG4gIHNjb3Jlc1dpdGhoZWxkOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZW51bTogWydpbnRlbGxpZ2VuY2UnLCAnZHJ1Z190ZXN0cycsICdoZWFsdGgnLCBudWxsXSB9LFxufSk7XG5jb25zdCB1bml0Q29zdCA9IG9iaih7IGNhdGVnb3J5OiBzdHIsIHBvdW5kczogbnVtTiwgcHJpY2VZZWFyOiBzdHJOLCBzb3VyY2U6IHN0ck4sIGdyb3VwQ29kZXM6IHN0cmluZ3MsIG93bjogYm9vbCB9KTtcbmNvbnN0IGNvaG9ydExpc3QgPSBvYmooeyBpZDogaW50LCBuYW1lOiBzdHIsIHNjaGVtZTogc3RyLCBwZXJmb3JtYW5jZVllYXI6IHN0ck4sIGNvaG9ydERhdGU6IGRhdGUsIGZyb3plbkF0OiBkYXRlVGltZSwgZnJvemVuQnk6IHN0ck4sIG1lbWJlcnM6IGludCB9KTtcbmNvbnN0IHRyYW5zZmVyID0gb2JqKHsgaWQ6IGludCwgZnJvbVBhcnRuZXJzaGlwOiBzdHIsIHRvQXJlYUNvZGU6IHN0ciwgdG9QYXJ0bmVyc2hpcDogc3RyTiwgc3RhdHVzOiBzdHIsIG5vdGlmaWVkQXQ6IGRhdGVUaW1lLCBzdW1tYXJ5OiBhbnlPYmplY3QsIG5vdGU6IHN0ck4gfSk7XG5jb25zdCBhdWRpdEVudHJ5ID0gb2JqKHsgaWQ6IGludCwgYXQ6IGRhdGVUaW1lLCBhY3Rpb246IHN0ciwgd2hhdDogc3RyLCBqdXN0aWZpY2F0aW9uOiBzdHJOLCB1c2VybmFtZTogc3RyTiwgcGVyc29uUmVmOiBzdHJOLCBkZXRhaWxzOiBvYmplY3ROIH0pO1xuXG50eXBlIFBhZ2VRdWVyeSA9IHsgY3Vyc29yPzogc3RyaW5nOyBsaW1pdD86IG51bWJlciB9O1xuY29uc3QgaXNvID0gKHY6IERhdGUgfCBzdHJpbmcpID0+IG5ldyBEYXRlKHYpLnRvSVNPU3RyaW5nKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3Rlck1pc2NBcGlSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgY29uc3Qgc3ZjID0gKCkgPT4gYXBwLnNlcnZpY2VzO1xuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZHVwbGljYXRlc1xuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogbnVtYmVyIH07IEJvZHk6IHsga2VlcFBlcnNvbklkOiBudW1iZXI7IHJlYXNvbjogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvZHVwbGljYXRlcy86aWQvbWVyZ2UnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdkdXBsaWNhdGVzOnJldmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnTWVyZ2VzIHRoZSB0d28gcGVvcGxlIG9mIGFuIG9wZW4gcG9zc2libGUgZHVwbGljYXRlIGludG8gdGhlIG9uZSBrZXB0IChlaXRoZXIgb2YgdGhlIHBhaXIpOiB0aGVpciByZWNvcmRzIG1vdmUgdG8gaXQsIGFuZCB0aGUgbWVyZ2UgY2FuIGJlIHVuZG9uZS4gQXVkaXRlZCB3aXRoIHRoZSByZWFzb24uJyxcbiAgICAgICAgdGFnczogWydkYXRhIHF1YWxpdHknXSxcbiAgICAgICAgcGFyYW1zOiBpZFBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsna2VlcFBlcnNvbklkJywgJ3JlYXNvbiddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsga2VlcFBlcnNvbklkOiBpbnQsIHJlYXNvbjogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDQwMDAgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogb2JqKHsgbWVyZ2VJZDogaW50LCBrZXB0UGVyc29uSWQ6IGludCB9KSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgbWVyZ2VJZCA9IGF3YWl0IHN2YygpLmltcG9ydHMubWVyZ2VEdXBsaWNhdGUocmVxLmFjdG9yISwgeyBkdXBsaWNhdGVJZDogcmVxLnBhcmFtcy5pZCwga2VlcFBlcnNvbklkOiByZXEuYm9keS5rZWVwUGVyc29uSWQsIHJlYXNvbjogcmVxLmJvZHkucmVhc29uIH0pO1xuICAgICAgcmV0dXJuIHJlcGx5LmNvZGUoMjAxKS5zZW5kKHsgbWVyZ2VJZCwga2VwdFBlcnNvbklkOiByZXEuYm9keS5rZWVwUGVyc29uSWQgfSk7XG4gICAgfSxcbiAgKTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogbnVtYmVyIH0gfT4oXG4gICAgJy9hcGkvdjEvZHVwbGljYXRlcy86aWQvbm90LWR1cGxpY2F0ZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2R1cGxpY2F0ZXM6cmV2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdSZWNvcmRzIHRoYXQgdGhlIHR3byBwZW9wbGUgb2YgYW4gb3BlbiBwb3NzaWJsZSBkdXBsaWNhdGUgYXJlIG5vdCB0aGUgc2FtZTogdGhlIHBhaXIgbGVhdmVzIHRoZSByZXZpZXcgbGlzdC4nLFxuICAgICAgICB0YWdzOiBbJ2RhdGEgcXVhbGl0eSddLFxuICAgICAgICBwYXJhbXM6IGlkUGFyYW1zLFxuICAgICAgICByZXNwb25zZTogeyAyMDQ6IHsgZGVzY3JpcHRpb246ICdSZWNvcmRlZC4nLCB0eXBlOiAnbnVsbCcgfSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgYXdhaXQgc3ZjKCkuaW1wb3J0cy5tYXJrTm90RHVwbGljYXRlKHJlcS5hY3RvciEsIHsgZHVwbGljYXRlSWQ6IHJlcS5wYXJhbXMuaWQgfSk7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSgyMDQpLnNlbmQoKTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyByZWFzb246IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL21lcmdlcy86aWQvdW5tZXJnZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2R1cGxpY2F0ZXM6cmV2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdVbmRvZXMgYSBtZXJnZTogZXZlcnkgbW92ZWQgcmVjb3JkIGdvZXMgYmFjayBhbmQgdGhlIHR3byBwZW9wbGUgYXJlIHNlcGFyYXRlIGFnYWluICh0aGUgcGFpciBpcyBvcGVuIGZvciByZXZpZXcgb25jZSBtb3JlKS4nLFxuICAgICAgICB0YWdzOiBbJ2RhdGEgcXVhbGl0eSddLFxuICAgICAgICBwYXJhbXM6IGlkUGFyYW1zLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydyZWFzb24nXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IHJlYXNvbjogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDQwMDAgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwNDogeyBkZXNjcmlwdGlvbjogJ1VuZG9uZS4nLCB0eXBlOiAnbnVsbCcgfSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgYXdhaXQgc3ZjKCkuaW1wb3J0cy51bm1lcmdlUGVvcGxlKHJlcS5hY3RvciEsIHsgbWVyZ2VJZDogcmVxLnBhcmFtcy5pZCwgcmVhc29uOiByZXEuYm9keS5yZWFzb24udHJpbSgpIH0pO1xuICAgICAgcmV0dXJuIHJlcGx5LmNvZGUoMjA0KS5zZW5kKCk7XG4gICAgfSxcbiAgKTtcblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHBhbmVsIG1pbnV0ZXNcbiAgYXBwLmdldDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IHsgZGF0ZTogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvc2NoZW1lcy86Y29kZS9wYW5lbC9taW51dGVzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2NoZW1lOnZpZXcnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJUaGUgbWludXRlcyBvZiBhIHNjaGVtZSdzIHBhbmVsIG9uIGEgZGF0ZTogdGhlIGRlY2lzaW9ucyB0YWtlbiwgaW4gb3JkZXIsIGFib3V0IHRoZSBwZW9wbGUgeW91IG1heSBzZWUgKGEgZG9jdW1lbnQsIG5vdCBwYWdlZCkuIExvZ2dlZCBuYW1pbmcgZXZlcnlvbmUgaW4gaXQuXCIsXG4gICAgICAgIHRhZ3M6IFsncGFuZWwnXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnZGF0ZSddLCBwcm9wZXJ0aWVzOiB7IGRhdGU6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnLCBkZXNjcmlwdGlvbjogJ1RoZSBtZWV0aW5nIGRhdGUuJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBtaW51dGVzLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHN2YygpLnBhbmVsLm1pbnV0ZXMocmVxLmFjdG9yISwgeyBzY2hlbWVDb2RlOiByZXEucGFyYW1zLmNvZGUsIG1lZXRpbmdEYXRlOiByZXEucXVlcnkuZGF0ZSB9KSxcbiAgKTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmcgfTsgQm9keTogeyBkYXRlOiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9zY2hlbWVzLzpjb2RlL3BhbmVsL2F1dG9tYXRpYy1leGl0cycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3BhbmVsOmRlY2lkZScgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkFwcGxpZXMgdGhlIHJldmlldydzIGF1dG9tYXRpYyBleGl0cyBvbiBhIGRhdGUgKG1lbWJlcnMgd2hvIGhhdmUgZGllZCBsZWF2ZSB0aGUgc2NoZW1lIG9uIHRoZWlyIGRhdGUgb2YgZGVhdGgpLCBhcyB0aGUgcGFuZWwgcGFnZSdzIGJ1dHRvbiBkb2VzLiBBbnN3ZXJzIHdobyBsZWZ0LlwiLFxuICAgICAgICB0YWdzOiBbJ3BhbmVsJ10sXG4gICAgICAgIHBhcmFtczogY29kZVBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnZGF0ZSddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgZGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogb2JqKHsgZXhpdHM6IGFycmF5T2Yob2JqKHsgcGVyc29uUmVmOiBzdHIsIGRhdGVPZkRlYXRoOiBkYXRlIH0pKSB9KSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiAoeyBleGl0czogYXdhaXQgc3ZjKCkucGFuZWwuYXBwbHlBdXRvbWF0aWNFeGl0cyhyZXEuYWN0b3IhLCB7IHNjaGVtZUNvZGU6IHJlcS5wYXJhbXMuY29kZSwgYXNPZjogcmVxLmJvZHkuZGF0ZSB9KSB9KSxcbiAgKTtcblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHVuaXQgY29zdHNcbiAgY29uc3QgdW5pdENvc3RzT3V0ID0gYXN5bmMgKGFjdG9yOiBBY3RvcikgPT5cbiAgICAoYXdhaXQgc3ZjKCkucGVyZm9ybWFuY2UubGlzdFVuaXRDb3N0cyhhY3RvcikpLm1hcCgoYykgPT4gKHsgY2F0ZWdvcnk6IGMuY2F0ZWdvcnksIHBvdW5kczogYy5wb3VuZHMsIHByaWNlWWVhcjogYy5wcmljZV95ZWFyLCBzb3VyY2U6IGMuc291cmNlLCBncm91cENvZGVzOiBjLmdyb3VwX2NvZGVzID8/IFtdLCBvd246IGMub3duIH0pKTtcblxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFBhZ2VRdWVyeSB9PihcbiAgICAnL2FwaS92MS9wZXJmb3JtYW5jZS91bml0LWNvc3RzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyZm9ybWFuY2U6dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIlRoZSB1bml0IGNvc3RzIG9mIGNyaW1lIHRoZSBmaWd1cmVzIHVzZSwgYnkgY2F0ZWdvcnksIGRlYXJlc3QgZmlyc3Q6IHRoZSBwYXJ0bmVyc2hpcCdzIG93biB3aGVyZSBzZXQsIGVsc2UgdGhlIG5hdGlvbmFsIGRlZmF1bHRzLlwiLFxuICAgICAgICB0YWdzOiBbJ3BlcmZvcm1hbmNlJ10sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiBwYWdlUXVlcnlQcm9wZXJ0aWVzIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogcGFnZVNjaGVtYSgndW5pdENvc3RzJywgdW5pdENvc3QpLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQoYXdhaXQgdW5pdENvc3RzT3V0KHJlcS5hY3RvciEpLCByZXEucXVlcnksIChjKSA9PiBbYy5jYXRlZ29yeV0pO1xuICAgICAgcmV0dXJuIHsgdW5pdENvc3RzOiBwYWdlLml0ZW1zLCBuZXh0OiBwYWdlLm5leHQgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wdXQ8eyBCb2R5OiB7IHByaWNlWWVhcj86IHN0cmluZyB8IG51bGw7IGNvc3RzOiB7IGNhdGVnb3J5OiBzdHJpbmc7IHBvdW5kczogbnVtYmVyIHwgbnVsbDsgc291cmNlPzogc3RyaW5nIHwgbnVsbDsgZ3JvdXBDb2Rlcz86IHN0cmluZ1tdIHwgbnVsbCB9W10gfSB9PihcbiAgICAnL2FwaS92MS9wZXJmb3JtYW5jZS91bml0LWNvc3RzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAndW5pdC1jb3N0czplZGl0JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiU2V0cyB0aGUgcGFydG5lcnNoaXAncyBvd24gY29zdCBvZiBjYXRlZ29yaWVzIG9mIGNyaW1lLCBhbGwgb3Igbm9uZSAoYSBuZXcgY2F0ZWdvcnkgbWF5IGJlIGFkZGVkLCB3aXRoIGl0cyAzLWRpZ2l0IEhvbWUgT2ZmaWNlIG9mZmVuY2UgZ3JvdXBzKS4gQW5zd2VycyB0aGUgY29zdHMgYXMgdGhleSBub3cgc3RhbmQgKHRoZSBmaXJzdCBwYWdlKS5cIixcbiAgICAgICAgdGFnczogWydwZXJmb3JtYW5jZSddLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsnY29zdHMnXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgcHJpY2VZZWFyOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZGVzY3JpcHRpb246ICdUaGUgcHJpY2UgeWVhciBvZiB0aGUgc3VtcywgZS5nLiAyMDA5LzEwLicgfSxcbiAgICAgICAgICAgIGNvc3RzOiB7XG4gICAgICAgICAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICAgICAgICAgIG1pbkl0ZW1zOiAxLFxuICAgICAgICAgICAgICBtYXhJdGVtczogMTAwLFxuICAgICAgICAgICAgICBpdGVtczoge1xuICAgICAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgICAgIHJlcXVpcmVkOiBbJ2NhdGVnb3J5JywgJ3BvdW5kcyddLFxuICAgICAgICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICAgICAgICBwcm9wZXJ0aWVzOiB7IGNhdGVnb3J5OiBzdHIsIHBvdW5kczogbnVtTiwgc291cmNlOiBzdHJOLCBncm91cENvZGVzOiB7IHR5cGU6IFsnYXJyYXknLCAnbnVsbCddLCBpdGVtczogc3RyIH0gfSxcbiAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBwYWdlU2NoZW1hKCd1bml0Q29zdHMnLCB1bml0Q29zdCksIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgYWN0b3IgPSByZXEuYWN0b3IhO1xuICAgICAgYXdhaXQgc3ZjKCkucGVyZm9ybWFuY2Uuc2V0VW5pdENvc3RzKGFjdG9yLCB7IHByaWNlWWVhcjogcmVxLmJvZHkucHJpY2VZZWFyID8/IG51bGwsIGNvc3RzOiByZXEuYm9keS5jb3N0cyB9KTtcbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQoYXdhaXQgdW5pdENvc3RzT3V0KGFjdG9yKSwge30sIChjKSA9PiBbYy5jYXRlZ29yeV0pO1xuICAgICAgcmV0dXJuIHsgdW5pdENvc3RzOiBwYWdlLml0ZW1zLCBuZXh0OiBwYWdlLm5leHQgfTtcbiAgICB9LFxuICApO1xuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gY29ob3J0IGxpc3RzXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogUGFnZVF1ZXJ5ICYgeyBzY2hlbWU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZXJmb3JtYW5jZS9jb2hvcnQtbGlzdHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJmb3JtYW5jZTp2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdGcm96ZW4gY29ob3J0IGxpc3RzICh0aGUgY29ob3J0IE5JMzAgbWF5IGJlIG1lYXN1cmVkIG9uIGluc3RlYWQgb2YgdGhlIG1lbWJlcnMgb24gdGhlIGNvaG9ydCBkYXRlKSwgb2xkZXN0IGZpcnN0LicsXG4gICAgICAgIHRhZ3M6IFsncGVyZm9ybWFuY2UnXSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgc2NoZW1lOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ09ubHkgdGhpcyBzY2hlbWVcdTIwMTlzIGxpc3RzLicgfSwgLi4ucGFnZVF1ZXJ5UHJvcGVydGllcyB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogcGFnZVNjaGVtYSgnY29ob3J0TGlzdHMnLCBjb2hvcnRMaXN0KSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCByb3dzID0gKGF3YWl0IHN2YygpLnBlcmZvcm1hbmNlLmxpc3RDb2hvcnRMaXN0cyhyZXEuYWN0b3IhLCB7IHNjaGVtZUNvZGU6IHJlcS5xdWVyeS5zY2hlbWUgPz8gbnVsbCB9KSkubWFwKChsKSA9PiAoe1xuICAgICAgICBpZDogbC5pZCxcbiAgICAgICAgbmFtZTogbC5uYW1lLFxuICAgICAgICBzY2hlbWU6IGwuc2NoZW1lLFxuICAgICAgICBwZXJmb3JtYW5jZVllYXI6IGwucGVyZm9ybWFuY2VfeWVhcixcbiAgICAgICAgY29ob3J0RGF0ZTogbC5jb2hvcnRfZGF0ZSxcbiAgICAgICAgZnJvemVuQXQ6IGlzbyhsLmZyb3plbl9hdCksXG4gICAgICAgIGZyb3plbkJ5OiBsLmZyb3plbl9ieV9sYWJlbCxcbiAgICAgICAgbWVtYmVyczogTnVtYmVyKGwubWVtYmVycyA/PyAwKSxcbiAgICAgIH0pKTtcbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQocm93cywgcmVxLnF1ZXJ5LCAobCkgPT4gW2wuaWRdKTtcbiAgICAgIHJldHVybiB7IGNvaG9ydExpc3RzOiBwYWdlLml0ZW1zLCBuZXh0OiBwYWdlLm5leHQgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogeyBzY2hlbWU6IHN0cmluZzsgbmFtZTogc3RyaW5nOyBjb2hvcnREYXRlPzogc3RyaW5nIHwgbnVsbDsgeWVhcj86IHN0cmluZyB8IG51bGw7IG5vdGU/OiBzdHJpbmcgfCBudWxsIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVyZm9ybWFuY2UvY29ob3J0LWxpc3RzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2NoZW1lOm1hbmFnZScgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkZyZWV6ZXMgYSBzY2hlbWUncyBtZW1iZXJzIG9uIGEgY29ob3J0IGRhdGUgKG9yIDEgQXByaWwgb2YgYSBwZXJmb3JtYW5jZSB5ZWFyKSBhcyBhIG5hbWVkIGxpc3QsIHNvIHRoYXQgYSB5ZWFyJ3MgTkkzMCBpcyBtZWFzdXJlZCBvbiBhIGNvaG9ydCB0aGF0IGxhdGVyIGNoYW5nZXMgZG8gbm90IG1vdmUuXCIsXG4gICAgICAgIHRhZ3M6IFsncGVyZm9ybWFuY2UnXSxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3NjaGVtZScsICduYW1lJ10sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsgc2NoZW1lOiBzdHIsIG5hbWU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAyMDAgfSwgY29ob3J0RGF0ZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGZvcm1hdDogJ2RhdGUnIH0sIHllYXI6IHN0ck4sIG5vdGU6IHN0ck4gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiBvYmooeyBpZDogaW50LCBuYW1lOiBzdHIsIGNvaG9ydERhdGU6IGRhdGUsIG1lbWJlcnM6IGludCB9KSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgYiA9IHJlcS5ib2R5O1xuICAgICAgY29uc3QgbWFkZSA9IGF3YWl0IHN2YygpLnBlcmZvcm1hbmNlLmZyZWV6ZUNvaG9ydExpc3QocmVxLmFjdG9yISwgeyBzY2hlbWVDb2RlOiBiLnNjaGVtZSwgbmFtZTogYi5uYW1lLCBjb2hvcnREYXRlOiAoYi5jb2hvcnREYXRlID8/IG51bGwpIGFzIElzb0RhdGUgfCBudWxsLCB5ZWFyOiBiLnllYXIgPz8gbnVsbCwgbm90ZTogYi5ub3RlID8/IG51bGwgfSk7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSgyMDEpLnNlbmQobWFkZSk7XG4gICAgfSxcbiAgKTtcblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHRyYW5zZmVyc1xuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFBhZ2VRdWVyeSB9PihcbiAgICAnL2FwaS92MS90cmFuc2ZlcnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiVHJhbnNmZXIgbm90aWNlcyBzZW50IHRvIHRoaXMgcGFydG5lcnNoaXAgYnkgb3RoZXJzIChwZW9wbGUgbW92aW5nIGludG8gaXRzIGFyZWEpLCBuZXdlc3QgZmlyc3QuIExvZ2dlZCBuYW1pbmcgZXZlcnlvbmUgb24gdGhlIHBhZ2UncyBzb3VyY2UgbGlzdC5cIixcbiAgICAgICAgdGFnczogWydwYW5lbCddLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogcGFnZVF1ZXJ5UHJvcGVydGllcyB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3RyYW5zZmVycycsIHRyYW5zZmVyKSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBwYWdlID0gcGFnZU9mU29ydGVkKGF3YWl0IHN2YygpLnRyYW5zZmVycy5pbmJveChyZXEuYWN0b3IhKSwgcmVxLnF1ZXJ5LCAodCkgPT4gW3QuaWRdKTtcbiAgICAgIHJldHVybiB7IHRyYW5zZmVyczogcGFnZS5pdGVtcywgbmV4dDogcGFnZS5uZXh0IH07XG4gICAgfSxcbiAgKTtcblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGF1ZGl0IHNlYXJjaFxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFBhZ2VRdWVyeSAmIHsgcGVyc29uPzogc3RyaW5nOyB1c2VyPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvYXVkaXQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdhdWRpdDpzZWFyY2gnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1RoZSBhdWRpdCBsb2csIG5ld2VzdCBmaXJzdDogdGhlIGVudHJpZXMgYWJvdXQgYSBwZXJzb24gKGJ5IHJlZmVyZW5jZSkgYW5kIGV2ZXJ5IGxpc3QgdGhhdCBzaG93ZWQgdGhlbSwgb3IgYSB1c2VyXHUyMDE5cyBlbnRyaWVzLiBUaGUgc2VhcmNoIGlzIGl0c2VsZiBhdWRpdGVkLicsXG4gICAgICAgIHRhZ3M6IFsnYWRtaW5pc3RyYXRpb24nXSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgcGVyc29uOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ0EgcGVyc29uIHJlZmVyZW5jZS4nIH0sIHVzZXI6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiAnQSB1c2VybmFtZS4nIH0sIC4uLnBhZ2VRdWVyeVByb3BlcnRpZXMgfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ2VudHJpZXMnLCBhdWRpdEVudHJ5KSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBsaW1pdCA9IGxpbWl0T2YocmVxLnF1ZXJ5LmxpbWl0KTtcbiAgICAgIGNvbnN0IGJlZm9yZUlkID0gcmVxLnF1ZXJ5LmN1cnNvciA/IE51bWJlcihkZWNvZGVDdXJzb3IocmVxLnF1ZXJ5LmN1cnNvciwgMSlbMF0pIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3Qgcm93cyA9IGF3YWl0IHN2YygpLmFjY2Vzcy5zZWFyY2hBdWRpdChyZXEuYWN0b3IhLCB7IHBlcnNvbjogcmVxLnF1ZXJ5LnBlcnNvbiwgdXNlcjogcmVxLnF1ZXJ5LnVzZXIsIGxpbWl0OiBsaW1pdCArIDEsIGJlZm9yZUlkIH0pO1xuICAgICAgY29uc3QgcGFnZSA9IHBhZ2VPZihcbiAgICAgICAgcm93cy5tYXAoKHIpID0+ICh7IGlkOiBOdW1iZXIoci5pZCksIGF0OiBpc28oci5hdCksIGFjdGlvbjogci5hY3Rpb24sIHdoYXQ6IHIud2hhdCwganVzdGlmaWNhdGlvbjogci5qdXN0aWZpY2F0aW9uLCB1c2VybmFtZTogci51c2VybmFtZSwgcGVyc29uUmVmOiByLnBlcnNvbl9yZWYsIGRldGFpbHM6IHIuZGV0YWlscyA/IChKU09OLnBhcnNlKHIuZGV0YWlscykgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pIDogbnVsbCB9KSksXG4gICAgICAgIGxpbWl0LFxuICAgICAgICAocikgPT4gW3IuaWRdLFxuICAgICAgKTtcbiAgICAgIHJldHVybiB7IGVudHJpZXM6IHBhZ2UuaXRlbXMsIG5leHQ6IHBhZ2UubmV4dCB9O1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFRQSxTQUFTLFNBQVMsUUFBUSxjQUFjLG9CQUFvQjtBQUM1RCxTQUFTLHFCQUFxQixZQUFZLGdCQUFnQjtBQUMxRCxTQUFTLFNBQVMsTUFBTSxNQUFNLFVBQVUsS0FBSyxNQUFNLEtBQUssS0FBSyxNQUFNLGVBQWU7QUFFbEYsTUFBTSxXQUFXLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxJQUFJLEdBQUcsWUFBWSxFQUFFLElBQUksRUFBRSxNQUFNLFdBQVcsU0FBUyxFQUFFLEVBQUUsRUFBRTtBQUN6RyxNQUFNLGFBQWEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxHQUFHLEVBQUUsRUFBRTtBQUMvSCxNQUFNLFlBQVksRUFBRSxNQUFNLFVBQVUsc0JBQXNCLEtBQUs7QUFDL0QsTUFBTSxVQUFVLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLHNCQUFzQixLQUFLO0FBRXZFLE1BQU0sV0FBVyxJQUFJO0FBQUEsRUFDbkIsSUFBSTtBQUFBLEVBQ0osVUFBVTtBQUFBLEVBQ1YsV0FBVztBQUFBLEVBQ1gsTUFBTTtBQUFBLEVBQ04sT0FBTztBQUFBLEVBQ1AsVUFBVTtBQUFBLEVBQ1YsUUFBUTtBQUFBLEVBQ1IsUUFBUTtBQUFBLEVBQ1IsV0FBVztBQUFBLEVBQ1gsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsT0FBTztBQUFBLEVBQ1AsV0FBVztBQUFBLEVBQ1gsV0FBVztBQUNiLENBQUM7QUFDRCxNQUFNLFVBQVUsSUFBSTtBQUFBLEVBQ2xCLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFBQSxFQUNiLE9BQU8sRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEVBQUU7QUFBQSxFQUNuQyxXQUFXLFFBQVEsUUFBUTtBQUFBLEVBQzNCLGdCQUFnQixFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxNQUFNLENBQUMsZ0JBQWdCLGNBQWMsVUFBVSxJQUFJLEVBQUU7QUFDbkcsQ0FBQztBQUNELE1BQU0sV0FBVyxJQUFJLEVBQUUsVUFBVSxLQUFLLFFBQVEsTUFBTSxXQUFXLE1BQU0sUUFBUSxNQUFNLFlBQVksU0FBUyxLQUFLLEtBQUssQ0FBQztBQUNuSCxNQUFNLGFBQWEsSUFBSSxFQUFFLElBQUksS0FBSyxNQUFNLEtBQUssUUFBUSxLQUFLLGlCQUFpQixNQUFNLFlBQVksTUFBTSxVQUFVLFVBQVUsVUFBVSxNQUFNLFNBQVMsSUFBSSxDQUFDO0FBQ3JKLE1BQU0sV0FBVyxJQUFJLEVBQUUsSUFBSSxLQUFLLGlCQUFpQixLQUFLLFlBQVksS0FBSyxlQUFlLE1BQU0sUUFBUSxLQUFLLFlBQVksVUFBVSxTQUFTLFdBQVcsTUFBTSxLQUFLLENBQUM7QUFDL0osTUFBTSxhQUFhLElBQUksRUFBRSxJQUFJLEtBQUssSUFBSSxVQUFVLFFBQVEsS0FBSyxNQUFNLEtBQUssZUFBZSxNQUFNLFVBQVUsTUFBTSxXQUFXLE1BQU0sU0FBUyxRQUFRLENBQUM7QUFHaEosTUFBTSxNQUFNLENBQUMsTUFBcUIsSUFBSSxLQUFLLENBQUMsRUFBRSxZQUFZO0FBRW5ELFNBQVMsc0JBQXNCLEtBQTRCO0FBQ2hFLFFBQU0sTUFBTSxNQUFNLElBQUk7QUFHdEIsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxvQkFBb0I7QUFBQSxNQUN0QyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsY0FBYztBQUFBLFFBQ3JCLFFBQVE7QUFBQSxRQUNSLE1BQU0sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLGdCQUFnQixRQUFRLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLGNBQWMsS0FBSyxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUssRUFBRSxFQUFFO0FBQUEsUUFDeEwsVUFBVSxFQUFFLEtBQUssSUFBSSxFQUFFLFNBQVMsS0FBSyxjQUFjLElBQUksQ0FBQyxHQUFHLEdBQUcsU0FBUztBQUFBLE1BQ3pFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxVQUFVLE1BQU0sSUFBSSxFQUFFLFFBQVEsZUFBZSxJQUFJLE9BQVEsRUFBRSxhQUFhLElBQUksT0FBTyxJQUFJLGNBQWMsSUFBSSxLQUFLLGNBQWMsUUFBUSxJQUFJLEtBQUssT0FBTyxDQUFDO0FBQzNKLGFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLEVBQUUsU0FBUyxjQUFjLElBQUksS0FBSyxhQUFhLENBQUM7QUFBQSxJQUM5RTtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG9CQUFvQjtBQUFBLE1BQ3RDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxjQUFjO0FBQUEsUUFDckIsUUFBUTtBQUFBLFFBQ1IsVUFBVSxFQUFFLEtBQUssRUFBRSxhQUFhLGFBQWEsTUFBTSxPQUFPLEdBQUcsR0FBRyxTQUFTO0FBQUEsTUFDM0U7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksRUFBRSxRQUFRLGlCQUFpQixJQUFJLE9BQVEsRUFBRSxhQUFhLElBQUksT0FBTyxHQUFHLENBQUM7QUFDL0UsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUs7QUFBQSxJQUM5QjtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG9CQUFvQjtBQUFBLE1BQ3RDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxjQUFjO0FBQUEsUUFDckIsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsUUFBUSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUssRUFBRSxFQUFFO0FBQUEsUUFDckosVUFBVSxFQUFFLEtBQUssRUFBRSxhQUFhLFdBQVcsTUFBTSxPQUFPLEdBQUcsR0FBRyxTQUFTO0FBQUEsTUFDekU7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksRUFBRSxRQUFRLGNBQWMsSUFBSSxPQUFRLEVBQUUsU0FBUyxJQUFJLE9BQU8sSUFBSSxRQUFRLElBQUksS0FBSyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQ3hHLGFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLO0FBQUEsSUFDOUI7QUFBQSxFQUNGO0FBR0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxjQUFjO0FBQUEsTUFDaEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLE9BQU87QUFBQSxRQUNkLFFBQVE7QUFBQSxRQUNSLGFBQWEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLFFBQVEsYUFBYSxvQkFBb0IsRUFBRSxFQUFFO0FBQUEsUUFDOUksVUFBVSxFQUFFLEtBQUssU0FBUyxHQUFHLFNBQVM7QUFBQSxNQUN4QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUSxJQUFJLEVBQUUsTUFBTSxRQUFRLElBQUksT0FBUSxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sYUFBYSxJQUFJLE1BQU0sS0FBSyxDQUFDO0FBQUEsRUFDN0c7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGVBQWU7QUFBQSxNQUNqQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxFQUFFLEVBQUU7QUFBQSxRQUNsSSxVQUFVLEVBQUUsS0FBSyxJQUFJLEVBQUUsT0FBTyxRQUFRLElBQUksRUFBRSxXQUFXLEtBQUssYUFBYSxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNwRztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sU0FBUyxFQUFFLE9BQU8sTUFBTSxJQUFJLEVBQUUsTUFBTSxvQkFBb0IsSUFBSSxPQUFRLEVBQUUsWUFBWSxJQUFJLE9BQU8sTUFBTSxNQUFNLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRTtBQUFBLEVBQ25JO0FBR0EsUUFBTSxlQUFlLE9BQU8sV0FDekIsTUFBTSxJQUFJLEVBQUUsWUFBWSxjQUFjLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxFQUFFLFVBQVUsRUFBRSxVQUFVLFFBQVEsRUFBRSxRQUFRLFdBQVcsRUFBRSxZQUFZLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxlQUFlLENBQUMsR0FBRyxLQUFLLEVBQUUsSUFBSSxFQUFFO0FBRWhNLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsbUJBQW1CO0FBQUEsTUFDckMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLGFBQWE7QUFBQSxRQUNwQixhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksb0JBQW9CO0FBQUEsUUFDL0QsVUFBVSxFQUFFLEtBQUssV0FBVyxhQUFhLFFBQVEsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNsRTtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sT0FBTyxhQUFhLE1BQU0sYUFBYSxJQUFJLEtBQU0sR0FBRyxJQUFJLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxRQUFRLENBQUM7QUFDeEYsYUFBTyxFQUFFLFdBQVcsS0FBSyxPQUFPLE1BQU0sS0FBSyxLQUFLO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxrQkFBa0I7QUFBQSxNQUNwQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsYUFBYTtBQUFBLFFBQ3BCLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxPQUFPO0FBQUEsVUFDbEIsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWTtBQUFBLFlBQ1YsV0FBVyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxhQUFhLDRDQUE0QztBQUFBLFlBQ2hHLE9BQU87QUFBQSxjQUNMLE1BQU07QUFBQSxjQUNOLFVBQVU7QUFBQSxjQUNWLFVBQVU7QUFBQSxjQUNWLE9BQU87QUFBQSxnQkFDTCxNQUFNO0FBQUEsZ0JBQ04sVUFBVSxDQUFDLFlBQVksUUFBUTtBQUFBLGdCQUMvQixzQkFBc0I7QUFBQSxnQkFDdEIsWUFBWSxFQUFFLFVBQVUsS0FBSyxRQUFRLE1BQU0sUUFBUSxNQUFNLFlBQVksRUFBRSxNQUFNLENBQUMsU0FBUyxNQUFNLEdBQUcsT0FBTyxJQUFJLEVBQUU7QUFBQSxjQUMvRztBQUFBLFlBQ0Y7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssV0FBVyxhQUFhLFFBQVEsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNsRTtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxJQUFJO0FBQ2xCLFlBQU0sSUFBSSxFQUFFLFlBQVksYUFBYSxPQUFPLEVBQUUsV0FBVyxJQUFJLEtBQUssYUFBYSxNQUFNLE9BQU8sSUFBSSxLQUFLLE1BQU0sQ0FBQztBQUM1RyxZQUFNLE9BQU8sYUFBYSxNQUFNLGFBQWEsS0FBSyxHQUFHLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsQ0FBQztBQUM1RSxhQUFPLEVBQUUsV0FBVyxLQUFLLE9BQU8sTUFBTSxLQUFLLEtBQUs7QUFBQSxJQUNsRDtBQUFBLEVBQ0Y7QUFHQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG1CQUFtQjtBQUFBLE1BQ3JDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxhQUFhO0FBQUEsUUFDcEIsYUFBYSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsUUFBUSxFQUFFLE1BQU0sVUFBVSxhQUFhLGlDQUE0QixHQUFHLEdBQUcsb0JBQW9CLEVBQUU7QUFBQSxRQUM1SSxVQUFVLEVBQUUsS0FBSyxXQUFXLGVBQWUsVUFBVSxHQUFHLEdBQUcsU0FBUztBQUFBLE1BQ3RFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRO0FBQ2IsWUFBTSxRQUFRLE1BQU0sSUFBSSxFQUFFLFlBQVksZ0JBQWdCLElBQUksT0FBUSxFQUFFLFlBQVksSUFBSSxNQUFNLFVBQVUsS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU87QUFBQSxRQUN2SCxJQUFJLEVBQUU7QUFBQSxRQUNOLE1BQU0sRUFBRTtBQUFBLFFBQ1IsUUFBUSxFQUFFO0FBQUEsUUFDVixpQkFBaUIsRUFBRTtBQUFBLFFBQ25CLFlBQVksRUFBRTtBQUFBLFFBQ2QsVUFBVSxJQUFJLEVBQUUsU0FBUztBQUFBLFFBQ3pCLFVBQVUsRUFBRTtBQUFBLFFBQ1osU0FBUyxPQUFPLEVBQUUsV0FBVyxDQUFDO0FBQUEsTUFDaEMsRUFBRTtBQUNGLFlBQU0sT0FBTyxhQUFhLE1BQU0sSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3hELGFBQU8sRUFBRSxhQUFhLEtBQUssT0FBTyxNQUFNLEtBQUssS0FBSztBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLGFBQWE7QUFBQSxRQUNwQixNQUFNO0FBQUEsVUFDSixNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsVUFBVSxNQUFNO0FBQUEsVUFDM0Isc0JBQXNCO0FBQUEsVUFDdEIsWUFBWSxFQUFFLFFBQVEsS0FBSyxNQUFNLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUksR0FBRyxZQUFZLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFFBQVEsT0FBTyxHQUFHLE1BQU0sTUFBTSxNQUFNLEtBQUs7QUFBQSxRQUN0SztBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssSUFBSSxFQUFFLElBQUksS0FBSyxNQUFNLEtBQUssWUFBWSxNQUFNLFNBQVMsSUFBSSxDQUFDLEdBQUcsR0FBRyxTQUFTO0FBQUEsTUFDNUY7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksSUFBSTtBQUNkLFlBQU0sT0FBTyxNQUFNLElBQUksRUFBRSxZQUFZLGlCQUFpQixJQUFJLE9BQVEsRUFBRSxZQUFZLEVBQUUsUUFBUSxNQUFNLEVBQUUsTUFBTSxZQUFhLEVBQUUsY0FBYyxNQUF5QixNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU0sRUFBRSxRQUFRLEtBQUssQ0FBQztBQUMxTSxhQUFPLE1BQU0sS0FBSyxHQUFHLEVBQUUsS0FBSyxJQUFJO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBR0EsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxnQkFBZ0I7QUFBQSxNQUNsQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsYUFBYSxFQUFFLE1BQU0sVUFBVSxZQUFZLG9CQUFvQjtBQUFBLFFBQy9ELFVBQVUsRUFBRSxLQUFLLFdBQVcsYUFBYSxRQUFRLEdBQUcsR0FBRyxTQUFTO0FBQUEsTUFDbEU7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLE9BQU8sYUFBYSxNQUFNLElBQUksRUFBRSxVQUFVLE1BQU0sSUFBSSxLQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQzNGLGFBQU8sRUFBRSxXQUFXLEtBQUssT0FBTyxNQUFNLEtBQUssS0FBSztBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUdBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZUFBZTtBQUFBLE1BQ2pDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxnQkFBZ0I7QUFBQSxRQUN2QixhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLGFBQWEsc0JBQXNCLEdBQUcsTUFBTSxFQUFFLE1BQU0sVUFBVSxhQUFhLGNBQWMsR0FBRyxHQUFHLG9CQUFvQixFQUFFO0FBQUEsUUFDNUwsVUFBVSxFQUFFLEtBQUssV0FBVyxXQUFXLFVBQVUsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNsRTtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxRQUFRLElBQUksTUFBTSxLQUFLO0FBQ3JDLFlBQU0sV0FBVyxJQUFJLE1BQU0sU0FBUyxPQUFPLGFBQWEsSUFBSSxNQUFNLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJO0FBQ25GLFlBQU0sT0FBTyxNQUFNLElBQUksRUFBRSxPQUFPLFlBQVksSUFBSSxPQUFRLEVBQUUsUUFBUSxJQUFJLE1BQU0sUUFBUSxNQUFNLElBQUksTUFBTSxNQUFNLE9BQU8sUUFBUSxHQUFHLFNBQVMsQ0FBQztBQUN0SSxZQUFNLE9BQU87QUFBQSxRQUNYLEtBQUssSUFBSSxDQUFDLE9BQU8sRUFBRSxJQUFJLE9BQU8sRUFBRSxFQUFFLEdBQUcsSUFBSSxJQUFJLEVBQUUsRUFBRSxHQUFHLFFBQVEsRUFBRSxRQUFRLE1BQU0sRUFBRSxNQUFNLGVBQWUsRUFBRSxlQUFlLFVBQVUsRUFBRSxVQUFVLFdBQVcsRUFBRSxZQUFZLFNBQVMsRUFBRSxVQUFXLEtBQUssTUFBTSxFQUFFLE9BQU8sSUFBZ0MsS0FBSyxFQUFFO0FBQUEsUUFDcFA7QUFBQSxRQUNBLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRTtBQUFBLE1BQ2Q7QUFDQSxhQUFPLEVBQUUsU0FBUyxLQUFLLE9BQU8sTUFBTSxLQUFLLEtBQUs7QUFBQSxJQUNoRDtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
