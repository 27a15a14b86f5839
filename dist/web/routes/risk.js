import { createHash } from "node:crypto";
import { NotFoundError } from "../../errors.js";
import { problemSchema } from "../errors.js";
import { sendEtag } from "../etag.js";
import { pageQueryProperties, pageSchema } from "../api-schemas.js";
import { pageOfSorted } from "../../formats/cursor.js";
const text = (v) => typeof v === "string" ? v : void 0;
function personIdOf(param) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("There is no person at this address.");
  return id;
}
function listEtag(reply, kind, personId, body) {
  const hash = createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 22);
  reply.header("etag", `"${kind}-${personId}-${hash}"`);
}
const ROSH = ["low", "medium", "high", "very_high"];
const params = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] };
const headers = { type: "object", properties: { "x-justification": { type: "string" } } };
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema };
const assessment = {
  type: "object",
  properties: {
    id: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    date: { type: "string", format: "date" },
    riskOfSeriousHarm: { type: "string", enum: [...ROSH] },
    assessorAgency: { type: ["object", "null"], properties: { code: { type: "string" }, name: { type: "string" } } },
    assessor: { type: ["string", "null"] },
    notes: { type: ["string", "null"] },
    recordedBy: { type: ["string", "null"] },
    version: { type: "integer" }
  }
};
const referral = {
  type: "object",
  properties: {
    id: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    date: { type: "string", format: "date" },
    outcome: { type: ["string", "null"] },
    outcomeDate: { type: ["string", "null"], format: "date" },
    recordedBy: { type: ["string", "null"] },
    version: { type: "integer" }
  }
};
function registerRiskRoutes(app) {
  app.post("/people/:id/risk-assessments", { config: { access: "risk:record" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.risk.recordAssessment(req.actor, {
      personId: id,
      date: text(b.date) ?? "",
      riskOfSeriousHarm: text(b.riskOfSeriousHarm) ?? "",
      assessorAgency: text(b.assessorAgency),
      assessor: text(b.assessor),
      notes: text(b.notes)
    });
    return reply.redirect(`/people/${id}#risk`, 303);
  });
  app.post("/people/:id/mappa-referrals", { config: { access: "risk:record" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.risk.recordMappaReferral(req.actor, { personId: id, date: text(b.date) ?? "", outcome: text(b.outcome), outcomeDate: text(b.outcomeDate) });
    return reply.redirect(`/people/${id}#risk`, 303);
  });
  app.get(
    "/api/v1/people/:id/risk-assessments",
    {
      config: { access: "person:view" },
      schema: {
        summary: "A person's risk of serious harm assessments, newest first. Logged as a consultation.",
        description: "A restricted record needs the reason for viewing in the X-Justification header. The latest assessment since a custody reception decides de-selection rule 3.",
        tags: ["risk"],
        params,
        headers,
        querystring: { type: "object", additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema("riskAssessments", assessment), ...errors }
      }
    },
    async (req, reply) => {
      const id = personIdOf(req.params.id);
      const page = pageOfSorted(await app.services.risk.assessments(req.actor, { personId: id, justification: req.headers["x-justification"] }), req.query, (r) => [r.id]);
      const body = { riskAssessments: page.items, next: page.next };
      listEtag(reply, "risk_assessments", id, body);
      return body;
    }
  );
  app.post(
    "/api/v1/people/:id/risk-assessments",
    {
      config: { access: "risk:record" },
      schema: {
        summary: "Records a risk of serious harm assessment of the person. Audited as a collection.",
        description: "riskOfSeriousHarm is low, medium, high or very_high; assessorAgency is an agency code of the partnership. Assessments are never edited: a new one supersedes the last by its date.",
        tags: ["risk"],
        params,
        body: {
          type: "object",
          required: ["date", "riskOfSeriousHarm"],
          additionalProperties: false,
          properties: {
            date: { type: "string" },
            riskOfSeriousHarm: { type: "string" },
            assessorAgency: { type: "string" },
            assessor: { type: "string" },
            notes: { type: "string" }
          }
        },
        response: { 201: assessment, ...errors }
      }
    },
    async (req, reply) => {
      const r = await app.services.risk.recordAssessment(req.actor, { personId: personIdOf(req.params.id), ...req.body });
      sendEtag(reply, "risk_assessment", r.id, r.version);
      reply.header("location", `/api/v1/people/${r.personId}/risk-assessments`);
      return reply.code(201).send(r);
    }
  );
  app.get(
    "/api/v1/people/:id/mappa-referrals",
    {
      config: { access: "person:view" },
      schema: {
        summary: "A person's MAPPA referrals, newest first. Logged as a consultation.",
        description: "A restricted record needs the reason for viewing in the X-Justification header. De-selection rule 6 shows the latest referral since the harmful offence.",
        tags: ["risk"],
        params,
        headers,
        querystring: { type: "object", additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema("mappaReferrals", referral), ...errors }
      }
    },
    async (req, reply) => {
      const id = personIdOf(req.params.id);
      const page = pageOfSorted(await app.services.risk.mappaReferrals(req.actor, { personId: id, justification: req.headers["x-justification"] }), req.query, (r) => [r.id]);
      const body = { mappaReferrals: page.items, next: page.next };
      listEtag(reply, "mappa_referrals", id, body);
      return body;
    }
  );
  app.post(
    "/api/v1/people/:id/mappa-referrals",
    {
      config: { access: "risk:record" },
      schema: {
        summary: "Records a MAPPA referral of the person, with its outcome when known. Audited as a collection.",
        tags: ["risk"],
        params,
        body: {
          type: "object",
          required: ["date"],
          additionalProperties: false,
          properties: { date: { type: "string" }, outcome: { type: "string" }, outcomeDate: { type: "string" } }
        },
        response: { 201: referral, ...errors }
      }
    },
    async (req, reply) => {
      const r = await app.services.risk.recordMappaReferral(req.actor, { personId: personIdOf(req.params.id), ...req.body });
      sendEtag(reply, "mappa_referral", r.id, r.version);
      reply.header("location", `/api/v1/people/${r.personId}/mappa-referrals`);
      return reply.code(201).send(r);
    }
  );
}
export {
  registerRiskRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvcmlzay50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gUmlzayBvZiBzZXJpb3VzIGhhcm0gYXNzZXNzbWVudHMgYW5kIE1BUFBBIHJlZmVycmFsczogdGhlIHBlcnNvbiBwYWdlJ3MgZm9ybXNcbi8vIChzZWN0aW9uIFwiUmlzayBvZiBzZXJpb3VzIGhhcm0gYW5kIE1BUFBBXCIpIGFuZCB0aGUgQVBJLiBPbmUgc2VydmljZSBlYWNoXG4vLyAoc3JjL3Jpc2svcmlzay50cyk7IGEgcmVmdXNhbCBvciBiYWQgaW5wdXQgY29tZXMgYmFjayBhcyB0aGUgZXJyb3IgcGFnZSBvclxuLy8gYXMgcHJvYmxlbSBkZXRhaWxzLCBzYXlpbmcgd2hhdCBpcyB3cm9uZyBhbmQgaW4gd2hpY2ggZmllbGQuXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UsIEZhc3RpZnlSZXBseSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHsgTm90Rm91bmRFcnJvciB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBwcm9ibGVtU2NoZW1hIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHNlbmRFdGFnIH0gZnJvbSAnLi4vZXRhZy5qcyc7XG5pbXBvcnQgeyBwYWdlUXVlcnlQcm9wZXJ0aWVzLCBwYWdlU2NoZW1hIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgcGFnZU9mU29ydGVkIH0gZnJvbSAnLi4vLi4vZm9ybWF0cy9jdXJzb3IuanMnO1xuXG50eXBlIEJvZHkgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCBzdHJpbmdbXSB8IHVuZGVmaW5lZD47XG5jb25zdCB0ZXh0ID0gKHY6IHN0cmluZyB8IHN0cmluZ1tdIHwgdW5kZWZpbmVkKSA9PiAodHlwZW9mIHYgPT09ICdzdHJpbmcnID8gdiA6IHVuZGVmaW5lZCk7XG5cbmZ1bmN0aW9uIHBlcnNvbklkT2YocGFyYW06IHN0cmluZyB8IG51bWJlcik6IG51bWJlciB7XG4gIGNvbnN0IGlkID0gTnVtYmVyKHBhcmFtKTtcbiAgaWYgKCFOdW1iZXIuaXNTYWZlSW50ZWdlcihpZCkgfHwgaWQgPD0gMCkgdGhyb3cgbmV3IE5vdEZvdW5kRXJyb3IoJ1RoZXJlIGlzIG5vIHBlcnNvbiBhdCB0aGlzIGFkZHJlc3MuJyk7XG4gIHJldHVybiBpZDtcbn1cblxuLyoqIEEgbGlzdCdzIEVUYWc6IGEgaGFzaCBvZiB3aGF0IGl0IGhvbGRzIChpdHMgcmVjb3JkcyBhcmUgbmV2ZXIgZWRpdGVkLCBvbmx5IGFkZGVkKS4gKi9cbmZ1bmN0aW9uIGxpc3RFdGFnKHJlcGx5OiBGYXN0aWZ5UmVwbHksIGtpbmQ6IHN0cmluZywgcGVyc29uSWQ6IG51bWJlciwgYm9keTogdW5rbm93bik6IHZvaWQge1xuICBjb25zdCBoYXNoID0gY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKEpTT04uc3RyaW5naWZ5KGJvZHkpKS5kaWdlc3QoJ2Jhc2U2NHVybCcpLnNsaWNlKDAsIDIyKTtcbiAgcmVwbHkuaGVhZGVyKCdldGFnJywgYFwiJHtraW5kfS0ke3BlcnNvbklkfS0ke2hhc2h9XCJgKTtcbn1cblxuY29uc3QgUk9TSCA9IFsnbG93JywgJ21lZGl1bScsICdoaWdoJywgJ3ZlcnlfaGlnaCddIGFzIGNvbnN0O1xuY29uc3QgcGFyYW1zID0geyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEgfSB9LCByZXF1aXJlZDogWydpZCddIH0gYXMgY29uc3Q7XG5jb25zdCBoZWFkZXJzID0geyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyAneC1qdXN0aWZpY2F0aW9uJzogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSBhcyBjb25zdDtcbmNvbnN0IGVycm9ycyA9IHsgNDAwOiBwcm9ibGVtU2NoZW1hLCA0MDE6IHByb2JsZW1TY2hlbWEsIDQwMzogcHJvYmxlbVNjaGVtYSwgNDA0OiBwcm9ibGVtU2NoZW1hLCA0MDk6IHByb2JsZW1TY2hlbWEsIDQxMjogcHJvYmxlbVNjaGVtYSB9IGFzIGNvbnN0O1xuXG5jb25zdCBhc3Nlc3NtZW50ID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcHJvcGVydGllczoge1xuICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIHBlcnNvbklkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIHBlcnNvblJlZjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGRhdGU6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sXG4gICAgcmlza09mU2VyaW91c0hhcm06IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsuLi5ST1NIXSB9LFxuICAgIGFzc2Vzc29yQWdlbmN5OiB7IHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSwgcHJvcGVydGllczogeyBjb2RlOiB7IHR5cGU6ICdzdHJpbmcnIH0sIG5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgYXNzZXNzb3I6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddIH0sXG4gICAgbm90ZXM6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddIH0sXG4gICAgcmVjb3JkZWRCeTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuY29uc3QgcmVmZXJyYWwgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgaWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgZGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBvdXRjb21lOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LFxuICAgIG91dGNvbWVEYXRlOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICByZWNvcmRlZEJ5OiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LFxuICAgIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJSaXNrUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIHBlcnNvbiBwYWdlJ3MgZm9ybXNcbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9yaXNrLWFzc2Vzc21lbnRzJywgeyBjb25maWc6IHsgYWNjZXNzOiAncmlzazpyZWNvcmQnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5yaXNrLnJlY29yZEFzc2Vzc21lbnQocmVxLmFjdG9yISwge1xuICAgICAgcGVyc29uSWQ6IGlkLFxuICAgICAgZGF0ZTogdGV4dChiLmRhdGUpID8/ICcnLFxuICAgICAgcmlza09mU2VyaW91c0hhcm06IHRleHQoYi5yaXNrT2ZTZXJpb3VzSGFybSkgPz8gJycsXG4gICAgICBhc3Nlc3NvckFnZW5jeTogdGV4dChiLmFzc2Vzc29yQWdlbmN5KSxcbiAgICAgIGFzc2Vzc29yOiB0ZXh0KGIuYXNzZXNzb3IpLFxuICAgICAgbm90ZXM6IHRleHQoYi5ub3RlcyksXG4gICAgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvcGVvcGxlLyR7aWR9I3Jpc2tgLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL21hcHBhLXJlZmVycmFscycsIHsgY29uZmlnOiB7IGFjY2VzczogJ3Jpc2s6cmVjb3JkJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBwZXJzb25JZE9mKHJlcS5wYXJhbXMuaWQpO1xuICAgIGNvbnN0IGIgPSByZXEuYm9keSA/PyB7fTtcbiAgICBhd2FpdCBhcHAuc2VydmljZXMucmlzay5yZWNvcmRNYXBwYVJlZmVycmFsKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkLCBkYXRlOiB0ZXh0KGIuZGF0ZSkgPz8gJycsIG91dGNvbWU6IHRleHQoYi5vdXRjb21lKSwgb3V0Y29tZURhdGU6IHRleHQoYi5vdXRjb21lRGF0ZSkgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvcGVvcGxlLyR7aWR9I3Jpc2tgLCAzMDMpO1xuICB9KTtcblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHRoZSBBUElcbiAgYXBwLmdldDx7IFBhcmFtczogeyBpZDogbnVtYmVyIH07IEhlYWRlcnM6IHsgJ3gtanVzdGlmaWNhdGlvbic/OiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IHsgY3Vyc29yPzogc3RyaW5nOyBsaW1pdD86IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3Blb3BsZS86aWQvcmlzay1hc3Nlc3NtZW50cycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3BlcnNvbjp2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiQSBwZXJzb24ncyByaXNrIG9mIHNlcmlvdXMgaGFybSBhc3Nlc3NtZW50cywgbmV3ZXN0IGZpcnN0LiBMb2dnZWQgYXMgYSBjb25zdWx0YXRpb24uXCIsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnQSByZXN0cmljdGVkIHJlY29yZCBuZWVkcyB0aGUgcmVhc29uIGZvciB2aWV3aW5nIGluIHRoZSBYLUp1c3RpZmljYXRpb24gaGVhZGVyLiBUaGUgbGF0ZXN0IGFzc2Vzc21lbnQgc2luY2UgYSBjdXN0b2R5IHJlY2VwdGlvbiBkZWNpZGVzIGRlLXNlbGVjdGlvbiBydWxlIDMuJyxcbiAgICAgICAgdGFnczogWydyaXNrJ10sXG4gICAgICAgIHBhcmFtcyxcbiAgICAgICAgaGVhZGVycyxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogcGFnZVF1ZXJ5UHJvcGVydGllcyB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3Jpc2tBc3Nlc3NtZW50cycsIGFzc2Vzc21lbnQpLCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgaWQgPSBwZXJzb25JZE9mKHJlcS5wYXJhbXMuaWQpO1xuICAgICAgLy8gQSBwZXJzb24ncyBvd24gbGlzdDogc2hvcnQsIHNvIHBhZ2VkIGluIG1lbW9yeSAoc3JjL2Zvcm1hdHMvY3Vyc29yLnRzKS5cbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQoYXdhaXQgYXBwLnNlcnZpY2VzLnJpc2suYXNzZXNzbWVudHMocmVxLmFjdG9yISwgeyBwZXJzb25JZDogaWQsIGp1c3RpZmljYXRpb246IHJlcS5oZWFkZXJzWyd4LWp1c3RpZmljYXRpb24nXSB9KSwgcmVxLnF1ZXJ5LCAocikgPT4gW3IuaWRdKTtcbiAgICAgIGNvbnN0IGJvZHkgPSB7IHJpc2tBc3Nlc3NtZW50czogcGFnZS5pdGVtcywgbmV4dDogcGFnZS5uZXh0IH07XG4gICAgICBsaXN0RXRhZyhyZXBseSwgJ3Jpc2tfYXNzZXNzbWVudHMnLCBpZCwgYm9keSk7XG4gICAgICByZXR1cm4gYm9keTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyBkYXRlOiBzdHJpbmc7IHJpc2tPZlNlcmlvdXNIYXJtOiBzdHJpbmc7IGFzc2Vzc29yQWdlbmN5Pzogc3RyaW5nOyBhc3Nlc3Nvcj86IHN0cmluZzsgbm90ZXM/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOmlkL3Jpc2stYXNzZXNzbWVudHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdyaXNrOnJlY29yZCcgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnUmVjb3JkcyBhIHJpc2sgb2Ygc2VyaW91cyBoYXJtIGFzc2Vzc21lbnQgb2YgdGhlIHBlcnNvbi4gQXVkaXRlZCBhcyBhIGNvbGxlY3Rpb24uJyxcbiAgICAgICAgZGVzY3JpcHRpb246ICdyaXNrT2ZTZXJpb3VzSGFybSBpcyBsb3csIG1lZGl1bSwgaGlnaCBvciB2ZXJ5X2hpZ2g7IGFzc2Vzc29yQWdlbmN5IGlzIGFuIGFnZW5jeSBjb2RlIG9mIHRoZSBwYXJ0bmVyc2hpcC4gQXNzZXNzbWVudHMgYXJlIG5ldmVyIGVkaXRlZDogYSBuZXcgb25lIHN1cGVyc2VkZXMgdGhlIGxhc3QgYnkgaXRzIGRhdGUuJyxcbiAgICAgICAgdGFnczogWydyaXNrJ10sXG4gICAgICAgIHBhcmFtcyxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ2RhdGUnLCAncmlza09mU2VyaW91c0hhcm0nXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgZGF0ZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgICAgcmlza09mU2VyaW91c0hhcm06IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgICAgIGFzc2Vzc29yQWdlbmN5OiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgICAgICBhc3Nlc3NvcjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgICAgbm90ZXM6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDE6IGFzc2Vzc21lbnQsIC4uLmVycm9ycyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCByID0gYXdhaXQgYXBwLnNlcnZpY2VzLnJpc2sucmVjb3JkQXNzZXNzbWVudChyZXEuYWN0b3IhLCB7IHBlcnNvbklkOiBwZXJzb25JZE9mKHJlcS5wYXJhbXMuaWQpLCAuLi5yZXEuYm9keSB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAncmlza19hc3Nlc3NtZW50Jywgci5pZCwgci52ZXJzaW9uKTtcbiAgICAgIHJlcGx5LmhlYWRlcignbG9jYXRpb24nLCBgL2FwaS92MS9wZW9wbGUvJHtyLnBlcnNvbklkfS9yaXNrLWFzc2Vzc21lbnRzYCk7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSgyMDEpLnNlbmQocik7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgSGVhZGVyczogeyAneC1qdXN0aWZpY2F0aW9uJz86IHN0cmluZyB9OyBRdWVyeXN0cmluZzogeyBjdXJzb3I/OiBzdHJpbmc7IGxpbWl0PzogbnVtYmVyIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzppZC9tYXBwYS1yZWZlcnJhbHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJzb246dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkEgcGVyc29uJ3MgTUFQUEEgcmVmZXJyYWxzLCBuZXdlc3QgZmlyc3QuIExvZ2dlZCBhcyBhIGNvbnN1bHRhdGlvbi5cIixcbiAgICAgICAgZGVzY3JpcHRpb246ICdBIHJlc3RyaWN0ZWQgcmVjb3JkIG5lZWRzIHRoZSByZWFzb24gZm9yIHZpZXdpbmcgaW4gdGhlIFgtSnVzdGlmaWNhdGlvbiBoZWFkZXIuIERlLXNlbGVjdGlvbiBydWxlIDYgc2hvd3MgdGhlIGxhdGVzdCByZWZlcnJhbCBzaW5jZSB0aGUgaGFybWZ1bCBvZmZlbmNlLicsXG4gICAgICAgIHRhZ3M6IFsncmlzayddLFxuICAgICAgICBwYXJhbXMsXG4gICAgICAgIGhlYWRlcnMsXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHBhZ2VRdWVyeVByb3BlcnRpZXMgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBwYWdlU2NoZW1hKCdtYXBwYVJlZmVycmFscycsIHJlZmVycmFsKSwgLi4uZXJyb3JzIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGlkID0gcGVyc29uSWRPZihyZXEucGFyYW1zLmlkKTtcbiAgICAgIC8vIEEgcGVyc29uJ3Mgb3duIGxpc3Q6IHNob3J0LCBzbyBwYWdlZCBpbiBtZW1vcnkgKHNyYy9mb3JtYXRzL2N1cnNvci50cykuXG4gICAgICBjb25zdCBwYWdlID0gcGFnZU9mU29ydGVkKGF3YWl0IGFwcC5zZXJ2aWNlcy5yaXNrLm1hcHBhUmVmZXJyYWxzKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkLCBqdXN0aWZpY2F0aW9uOiByZXEuaGVhZGVyc1sneC1qdXN0aWZpY2F0aW9uJ10gfSksIHJlcS5xdWVyeSwgKHIpID0+IFtyLmlkXSk7XG4gICAgICBjb25zdCBib2R5ID0geyBtYXBwYVJlZmVycmFsczogcGFnZS5pdGVtcywgbmV4dDogcGFnZS5uZXh0IH07XG4gICAgICBsaXN0RXRhZyhyZXBseSwgJ21hcHBhX3JlZmVycmFscycsIGlkLCBib2R5KTtcbiAgICAgIHJldHVybiBib2R5O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9OyBCb2R5OiB7IGRhdGU6IHN0cmluZzsgb3V0Y29tZT86IHN0cmluZzsgb3V0Y29tZURhdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOmlkL21hcHBhLXJlZmVycmFscycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3Jpc2s6cmVjb3JkJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdSZWNvcmRzIGEgTUFQUEEgcmVmZXJyYWwgb2YgdGhlIHBlcnNvbiwgd2l0aCBpdHMgb3V0Y29tZSB3aGVuIGtub3duLiBBdWRpdGVkIGFzIGEgY29sbGVjdGlvbi4nLFxuICAgICAgICB0YWdzOiBbJ3Jpc2snXSxcbiAgICAgICAgcGFyYW1zLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsnZGF0ZSddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IGRhdGU6IHsgdHlwZTogJ3N0cmluZycgfSwgb3V0Y29tZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBvdXRjb21lRGF0ZTogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogcmVmZXJyYWwsIC4uLmVycm9ycyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCByID0gYXdhaXQgYXBwLnNlcnZpY2VzLnJpc2sucmVjb3JkTWFwcGFSZWZlcnJhbChyZXEuYWN0b3IhLCB7IHBlcnNvbklkOiBwZXJzb25JZE9mKHJlcS5wYXJhbXMuaWQpLCAuLi5yZXEuYm9keSB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnbWFwcGFfcmVmZXJyYWwnLCByLmlkLCByLnZlcnNpb24pO1xuICAgICAgcmVwbHkuaGVhZGVyKCdsb2NhdGlvbicsIGAvYXBpL3YxL3Blb3BsZS8ke3IucGVyc29uSWR9L21hcHBhLXJlZmVycmFsc2ApO1xuICAgICAgcmV0dXJuIHJlcGx5LmNvZGUoMjAxKS5zZW5kKHIpO1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFJQSxTQUFTLGtCQUFrQjtBQUUzQixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLGdCQUFnQjtBQUN6QixTQUFTLHFCQUFxQixrQkFBa0I7QUFDaEQsU0FBUyxvQkFBb0I7QUFHN0IsTUFBTSxPQUFPLENBQUMsTUFBc0MsT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUVoRixTQUFTLFdBQVcsT0FBZ0M7QUFDbEQsUUFBTSxLQUFLLE9BQU8sS0FBSztBQUN2QixNQUFJLENBQUMsT0FBTyxjQUFjLEVBQUUsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLGNBQWMscUNBQXFDO0FBQ3ZHLFNBQU87QUFDVDtBQUdBLFNBQVMsU0FBUyxPQUFxQixNQUFjLFVBQWtCLE1BQXFCO0FBQzFGLFFBQU0sT0FBTyxXQUFXLFFBQVEsRUFBRSxPQUFPLEtBQUssVUFBVSxJQUFJLENBQUMsRUFBRSxPQUFPLFdBQVcsRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUM5RixRQUFNLE9BQU8sUUFBUSxJQUFJLElBQUksSUFBSSxRQUFRLElBQUksSUFBSSxHQUFHO0FBQ3REO0FBRUEsTUFBTSxPQUFPLENBQUMsT0FBTyxVQUFVLFFBQVEsV0FBVztBQUNsRCxNQUFNLFNBQVMsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLElBQUksRUFBRSxNQUFNLFdBQVcsU0FBUyxFQUFFLEVBQUUsR0FBRyxVQUFVLENBQUMsSUFBSSxFQUFFO0FBQ3ZHLE1BQU0sVUFBVSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsbUJBQW1CLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUN4RixNQUFNLFNBQVMsRUFBRSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssY0FBYztBQUV4SSxNQUFNLGFBQWE7QUFBQSxFQUNqQixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDdEIsVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQzVCLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM1QixNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQ3ZDLG1CQUFtQixFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxJQUFJLEVBQUU7QUFBQSxJQUNyRCxnQkFBZ0IsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsWUFBWSxFQUFFLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLElBQy9HLFVBQVUsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNyQyxPQUFPLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFO0FBQUEsSUFDbEMsWUFBWSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLElBQ3ZDLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxFQUM3QjtBQUNGO0FBRUEsTUFBTSxXQUFXO0FBQUEsRUFDZixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDdEIsVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQzVCLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM1QixNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQ3ZDLFNBQVMsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNwQyxhQUFhLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFFBQVEsT0FBTztBQUFBLElBQ3hELFlBQVksRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUN2QyxTQUFTLEVBQUUsTUFBTSxVQUFVO0FBQUEsRUFDN0I7QUFDRjtBQUVPLFNBQVMsbUJBQW1CLEtBQTRCO0FBRTdELE1BQUksS0FBNkMsZ0NBQWdDLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDNUksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ3ZCLFVBQU0sSUFBSSxTQUFTLEtBQUssaUJBQWlCLElBQUksT0FBUTtBQUFBLE1BQ25ELFVBQVU7QUFBQSxNQUNWLE1BQU0sS0FBSyxFQUFFLElBQUksS0FBSztBQUFBLE1BQ3RCLG1CQUFtQixLQUFLLEVBQUUsaUJBQWlCLEtBQUs7QUFBQSxNQUNoRCxnQkFBZ0IsS0FBSyxFQUFFLGNBQWM7QUFBQSxNQUNyQyxVQUFVLEtBQUssRUFBRSxRQUFRO0FBQUEsTUFDekIsT0FBTyxLQUFLLEVBQUUsS0FBSztBQUFBLElBQ3JCLENBQUM7QUFDRCxXQUFPLE1BQU0sU0FBUyxXQUFXLEVBQUUsU0FBUyxHQUFHO0FBQUEsRUFDakQsQ0FBQztBQUVELE1BQUksS0FBNkMsK0JBQStCLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDM0ksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ3ZCLFVBQU0sSUFBSSxTQUFTLEtBQUssb0JBQW9CLElBQUksT0FBUSxFQUFFLFVBQVUsSUFBSSxNQUFNLEtBQUssRUFBRSxJQUFJLEtBQUssSUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPLEdBQUcsYUFBYSxLQUFLLEVBQUUsV0FBVyxFQUFFLENBQUM7QUFDOUosV0FBTyxNQUFNLFNBQVMsV0FBVyxFQUFFLFNBQVMsR0FBRztBQUFBLEVBQ2pELENBQUM7QUFHRCxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGNBQWM7QUFBQSxNQUNoQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUFhO0FBQUEsUUFDYixNQUFNLENBQUMsTUFBTTtBQUFBLFFBQ2I7QUFBQSxRQUNBO0FBQUEsUUFDQSxhQUFhLEVBQUUsTUFBTSxVQUFVLHNCQUFzQixPQUFPLFlBQVksb0JBQW9CO0FBQUEsUUFDNUYsVUFBVSxFQUFFLEtBQUssV0FBVyxtQkFBbUIsVUFBVSxHQUFHLEdBQUcsT0FBTztBQUFBLE1BQ3hFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFFbkMsWUFBTSxPQUFPLGFBQWEsTUFBTSxJQUFJLFNBQVMsS0FBSyxZQUFZLElBQUksT0FBUSxFQUFFLFVBQVUsSUFBSSxlQUFlLElBQUksUUFBUSxpQkFBaUIsRUFBRSxDQUFDLEdBQUcsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ3BLLFlBQU0sT0FBTyxFQUFFLGlCQUFpQixLQUFLLE9BQU8sTUFBTSxLQUFLLEtBQUs7QUFDNUQsZUFBUyxPQUFPLG9CQUFvQixJQUFJLElBQUk7QUFDNUMsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxjQUFjO0FBQUEsTUFDaEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYTtBQUFBLFFBQ2IsTUFBTSxDQUFDLE1BQU07QUFBQSxRQUNiO0FBQUEsUUFDQSxNQUFNO0FBQUEsVUFDSixNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsUUFBUSxtQkFBbUI7QUFBQSxVQUN0QyxzQkFBc0I7QUFBQSxVQUN0QixZQUFZO0FBQUEsWUFDVixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsWUFDdkIsbUJBQW1CLEVBQUUsTUFBTSxTQUFTO0FBQUEsWUFDcEMsZ0JBQWdCLEVBQUUsTUFBTSxTQUFTO0FBQUEsWUFDakMsVUFBVSxFQUFFLE1BQU0sU0FBUztBQUFBLFlBQzNCLE9BQU8sRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUMxQjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLFlBQVksR0FBRyxPQUFPO0FBQUEsTUFDekM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxJQUFJLFNBQVMsS0FBSyxpQkFBaUIsSUFBSSxPQUFRLEVBQUUsVUFBVSxXQUFXLElBQUksT0FBTyxFQUFFLEdBQUcsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUNuSCxlQUFTLE9BQU8sbUJBQW1CLEVBQUUsSUFBSSxFQUFFLE9BQU87QUFDbEQsWUFBTSxPQUFPLFlBQVksa0JBQWtCLEVBQUUsUUFBUSxtQkFBbUI7QUFDeEUsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUssQ0FBQztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsY0FBYztBQUFBLE1BQ2hDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWE7QUFBQSxRQUNiLE1BQU0sQ0FBQyxNQUFNO0FBQUEsUUFDYjtBQUFBLFFBQ0E7QUFBQSxRQUNBLGFBQWEsRUFBRSxNQUFNLFVBQVUsc0JBQXNCLE9BQU8sWUFBWSxvQkFBb0I7QUFBQSxRQUM1RixVQUFVLEVBQUUsS0FBSyxXQUFXLGtCQUFrQixRQUFRLEdBQUcsR0FBRyxPQUFPO0FBQUEsTUFDckU7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLEtBQUssV0FBVyxJQUFJLE9BQU8sRUFBRTtBQUVuQyxZQUFNLE9BQU8sYUFBYSxNQUFNLElBQUksU0FBUyxLQUFLLGVBQWUsSUFBSSxPQUFRLEVBQUUsVUFBVSxJQUFJLGVBQWUsSUFBSSxRQUFRLGlCQUFpQixFQUFFLENBQUMsR0FBRyxJQUFJLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUM7QUFDdkssWUFBTSxPQUFPLEVBQUUsZ0JBQWdCLEtBQUssT0FBTyxNQUFNLEtBQUssS0FBSztBQUMzRCxlQUFTLE9BQU8sbUJBQW1CLElBQUksSUFBSTtBQUMzQyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGNBQWM7QUFBQSxNQUNoQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsTUFBTTtBQUFBLFFBQ2I7QUFBQSxRQUNBLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxNQUFNO0FBQUEsVUFDakIsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWSxFQUFFLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUUsTUFBTSxTQUFTLEdBQUcsYUFBYSxFQUFFLE1BQU0sU0FBUyxFQUFFO0FBQUEsUUFDdkc7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLFVBQVUsR0FBRyxPQUFPO0FBQUEsTUFDdkM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxJQUFJLFNBQVMsS0FBSyxvQkFBb0IsSUFBSSxPQUFRLEVBQUUsVUFBVSxXQUFXLElBQUksT0FBTyxFQUFFLEdBQUcsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUN0SCxlQUFTLE9BQU8sa0JBQWtCLEVBQUUsSUFBSSxFQUFFLE9BQU87QUFDakQsWUFBTSxPQUFPLFlBQVksa0JBQWtCLEVBQUUsUUFBUSxrQkFBa0I7QUFDdkUsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUssQ0FBQztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
