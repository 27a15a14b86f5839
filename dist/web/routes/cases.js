import { JustificationRequiredError } from "../../access/permissions.js";
import { NotFoundError } from "../../errors.js";
import { PATHWAYS } from "../../glossary.js";
import { problemSchema } from "../errors.js";
import { pageQueryProperties } from "../api-schemas.js";
import { expectedVersion, formVersion, sendEtag } from "../etag.js";
import { casePageView, caseloadPageView } from "../view-models/cases.js";
const str = (v) => typeof v === "string" ? v : Array.isArray(v) ? v[0] : void 0;
function personIdOf(param) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("There is no person at this address.");
  return id;
}
function idOf(param, what) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}
function ratingsFromForm(body) {
  const out = {};
  for (const p of PATHWAYS) out[p] = { rating: str(body[`rating_${p}`]) ?? "", note: str(body[`note_${p}`]) };
  return out;
}
const caseUrl = (personId, anchor = "") => `/people/${personId}/case${anchor}`;
function registerCaseRoutes(app) {
  app.get("/caseload", { config: { access: "case:work" } }, async (req, reply) => {
    const q = req.query;
    const caseload = await app.services.cases.caseload(req.actor, { view: q.view, scheme: q.scheme, lead: q.lead, sort: q.sort, order: q.order });
    return reply.render("caseload.njk", caseloadPageView(caseload));
  });
  app.get("/people/:id/case", { config: { access: "person:view" } }, async (req, reply) => showCase(app, req.actor, personIdOf(req.params.id), void 0, reply));
  app.post("/people/:id/case/view", { config: { access: "person:view" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const justification = (str(req.body?.justification) ?? "").trim();
    if (justification.length < 10) {
      reply.code(400);
      return reply.render("justify.njk", {
        title: "This record is restricted",
        personId: id,
        action: `/people/${id}/case/view`,
        fieldErrors: { justification: "Give your reason in at least 10 characters" },
        errors: [{ text: "Give your reason in at least 10 characters", href: "#justification" }]
      });
    }
    return showCase(app, req.actor, id, justification, reply);
  });
  app.post("/people/:id/case", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.open(req.actor, { personId: id }, { schemeCode: str(b.scheme) ?? "", leadAgency: str(b.leadAgency) ?? "", caseManager: str(b.caseManager) || null, openedOn: str(b.openedOn) });
    return reply.redirect(caseUrl(id), 303);
  });
  app.post("/people/:id/case/lead", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.changeLead(req.actor, { personId: id }, { leadAgency: str(b.leadAgency) ?? "", caseManager: str(b.caseManager) || null, version: formVersion(b.version) });
    return reply.redirect(caseUrl(id, "#team"), 303);
  });
  app.post("/people/:id/case/team", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.setTeamMember(req.actor, { personId: id }, { agency: str(b.agency) ?? "", role: str(b.role) ?? "", worker: str(b.worker) || null, version: formVersion(b.version) });
    return reply.redirect(caseUrl(id, "#team"), 303);
  });
  app.post("/people/:id/case/team/remove", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.removeTeamMember(req.actor, { personId: id }, { agency: str(b.agency) ?? "", version: formVersion(b.version) });
    return reply.redirect(caseUrl(id, "#team"), 303);
  });
  app.post("/people/:id/case/assessments", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.recordAssessment(req.actor, { personId: id }, { kind: str(b.kind) ?? "", date: str(b.date), ratings: ratingsFromForm(b) });
    return reply.redirect(caseUrl(id, "#assessments"), 303);
  });
  app.post("/people/:id/case/actions", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.addAction(req.actor, { personId: id }, { pathway: str(b.pathway) ?? "", description: str(b.description) ?? "", ownerAgency: str(b.ownerAgency) ?? "", dueDate: str(b.dueDate) ?? "" });
    return reply.redirect(caseUrl(id, "#plan"), 303);
  });
  app.post("/actions/:id/outcome", { config: { access: "case:work" } }, async (req, reply) => {
    const b = req.body ?? {};
    const done = await app.services.cases.actionOutcome(req.actor, idOf(req.params.id, "action"), { status: str(b.status) ?? "", outcome: str(b.outcome) ?? "", completedOn: str(b.completedOn), version: formVersion(b.version) });
    return reply.redirect(caseUrl(done.personId, "#plan"), 303);
  });
  app.post("/people/:id/case/notes", { config: { access: "case:work" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    const b = req.body ?? {};
    await app.services.cases.addNote(req.actor, { personId: id }, { body: str(b.body) ?? "", sensitivity: str(b.sensitivity), date: str(b.date) });
    return reply.redirect(caseUrl(id, "#notes"), 303);
  });
  const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema };
  const personRefParams = { type: "object", properties: { personRef: { type: "string", minLength: 1, maxLength: 100 } }, required: ["personRef"] };
  app.get(
    "/api/v1/caseload",
    {
      config: { access: "case:work" },
      schema: {
        summary: "The token's user's caseload: their own cases (mine), their agency's (team), or what needs action today (today). Logged as a consultation naming everyone listed.",
        tags: ["cases"],
        querystring: {
          type: "object",
          properties: {
            view: { type: "string", enum: ["mine", "team", "today"] },
            scheme: { type: "string" },
            lead: { type: "string", description: "a lead agency code" },
            sort: { type: "string", description: "person, scheme, lead, manager, opened, due (the default), overdue or alerts" },
            order: { type: "string", enum: ["asc", "desc"] },
            ...pageQueryProperties
          }
        },
        response: {
          200: {
            type: "object",
            required: ["view", "today", "counts", "cases", "next"],
            properties: {
              view: { type: "string", enum: ["mine", "team", "today"] },
              today: { type: "string", format: "date" },
              counts: { type: "object", required: ["mine", "team", "today"], properties: { mine: { type: "integer" }, team: { type: "integer" }, today: { type: "integer" } } },
              cases: { type: "array", items: caseloadRowSchema },
              next: { type: ["string", "null"], description: "Pass as `cursor` for the following page; null on the last page." }
            }
          },
          ...errors
        }
      }
    },
    async (req) => {
      const { cursor, limit, ...q } = req.query;
      const c = await app.services.cases.caseload(req.actor, { ...q, page: { cursor, limit } });
      return { view: c.view, today: c.today, counts: c.counts, cases: c.cases, next: c.next };
    }
  );
  app.get(
    "/api/v1/people/:personRef/case",
    {
      config: { access: "person:view" },
      schema: {
        summary: "The person's open case: lead, team, assessments, actions, appointments, alerts, disengagement, notes and custody, with health and drug-treatment detail left out for those who may not see it. Logged as a consultation.",
        description: "A restricted record needs the reason for viewing in the X-Justification header. The ETag names the case version, for If-Match on edits.",
        tags: ["cases"],
        params: personRefParams,
        headers: { type: "object", properties: { "x-justification": { type: "string" } } },
        response: { 200: caseViewSchema, ...errors }
      }
    },
    async (req, reply) => {
      const view = await app.services.cases.view(req.actor, { personRef: req.params.personRef }, { justification: req.headers["x-justification"], channel: "api" });
      if (!view) throw new NotFoundError("This person has no open case.");
      sendEtag(reply, "case", view.caseId, view.version);
      return view;
    }
  );
  app.post(
    "/api/v1/people/:personRef/case",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Opens a case for a person on a scheme (an open membership is needed), with its lead agency (code or id) and case manager (username or id). Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: {
          type: "object",
          required: ["scheme", "leadAgency"],
          additionalProperties: false,
          properties: { scheme: { type: "string" }, leadAgency: stringOrInteger, caseManager: { type: ["string", "integer", "null"] }, openedOn: { type: "string" } }
        },
        response: { 201: { type: "object", properties: { caseId: { type: "integer" }, personRef: { type: "string" }, version: { type: "integer" } } }, ...errors }
      }
    },
    async (req, reply) => {
      const b = req.body;
      const opened = await app.services.cases.open(req.actor, { personRef: req.params.personRef }, { schemeCode: b.scheme, leadAgency: b.leadAgency, caseManager: b.caseManager ?? null, openedOn: b.openedOn });
      sendEtag(reply, "case", opened.caseId, opened.version);
      return reply.code(201).send(opened);
    }
  );
  const caseVersionBody = { type: "object", properties: { caseId: { type: "integer" }, version: { type: "integer" } } };
  app.post(
    "/api/v1/people/:personRef/case/lead",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Changes the case's lead agency (code or id) and case manager (username or id; none when left out). If-Match (the case's ETag) is optional; 412 when stale. Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: { type: "object", required: ["leadAgency"], additionalProperties: false, properties: { leadAgency: stringOrInteger, caseManager: { type: ["string", "integer", "null"] } } },
        response: { 200: caseVersionBody, ...errors }
      }
    },
    async (req, reply) => {
      const r = await app.services.cases.changeLead(req.actor, { personRef: req.params.personRef }, { leadAgency: req.body.leadAgency, caseManager: req.body.caseManager ?? null, version: (caseId) => expectedVersion(req, "case", caseId) });
      sendEtag(reply, "case", r.caseId, r.version);
      return r;
    }
  );
  app.post(
    "/api/v1/people/:personRef/case/team",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Adds an agency (code or id) to the case's team with its role and optional named worker, changes them, or takes it off (remove: true). If-Match (the case's ETag) is optional; 412 when stale. Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: {
          type: "object",
          required: ["agency"],
          additionalProperties: false,
          properties: { agency: stringOrInteger, role: { type: "string" }, worker: { type: ["string", "integer", "null"] }, remove: { type: "boolean" } }
        },
        response: { 200: caseVersionBody, ...errors }
      }
    },
    async (req, reply) => {
      const key = { personRef: req.params.personRef };
      const version = (caseId) => expectedVersion(req, "case", caseId);
      const b = req.body;
      const r = b.remove ? await app.services.cases.removeTeamMember(req.actor, key, { agency: b.agency, version }) : await app.services.cases.setTeamMember(req.actor, key, { agency: b.agency, role: b.role ?? "", worker: b.worker ?? null, version });
      sendEtag(reply, "case", r.caseId, r.version);
      return r;
    }
  );
  app.post(
    "/api/v1/people/:personRef/actions",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Adds a plan action to the person's open case: a pathway, what is to be done, the owner agency (code or id) and the due date. Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: {
          type: "object",
          required: ["pathway", "description", "ownerAgency", "dueDate"],
          additionalProperties: false,
          properties: { pathway: { type: "string", enum: [...PATHWAYS] }, description: { type: "string" }, ownerAgency: stringOrInteger, dueDate: { type: "string" } }
        },
        response: { 201: actionSchema, ...errors }
      }
    },
    async (req, reply) => {
      const a = await app.services.cases.addAction(req.actor, { personRef: req.params.personRef }, req.body);
      sendEtag(reply, "action", a.id, a.version);
      return reply.code(201).send(a);
    }
  );
  app.post(
    "/api/v1/actions/:id/outcome",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Marks an action done or cancelled, with its outcome. If-Match (the ETag of the action) is optional; when sent and stale the answer is 412. Audited.",
        tags: ["cases"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        body: { type: "object", required: ["status", "outcome"], additionalProperties: false, properties: { status: { type: "string", enum: ["done", "cancelled"] }, outcome: { type: "string" }, completedOn: { type: "string" } } },
        response: { 200: actionSchema, ...errors }
      }
    },
    async (req, reply) => {
      const a = await app.services.cases.actionOutcome(req.actor, req.params.id, { ...req.body, version: expectedVersion(req, "action", req.params.id) });
      sendEtag(reply, "action", a.id, a.version);
      return a;
    }
  );
  app.post(
    "/api/v1/people/:personRef/notes",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Adds a case note to the person's open case, signed with your name and agency. sensitivity 'health' keeps it to those who may see health detail. Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: { type: "object", required: ["body"], additionalProperties: false, properties: { body: { type: "string" }, sensitivity: { type: "string", enum: ["normal", "health"] }, date: { type: "string" } } },
        response: { 201: { type: "object", properties: { id: { type: "integer" }, date: { type: "string" }, sensitivity: { type: "string" }, author: { type: "string" } } }, ...errors }
      }
    },
    async (req, reply) => reply.code(201).send(await app.services.cases.addNote(req.actor, { personRef: req.params.personRef }, req.body))
  );
  const ratingSchema = { type: "object", required: ["rating"], additionalProperties: false, properties: { rating: { type: "string", enum: ["none", "low", "medium", "high"] }, note: { type: ["string", "null"] } } };
  app.post(
    "/api/v1/people/:personRef/assessments",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records a needs assessment (initial or follow_up) rating all seven pathways none, low, medium or high, each with an optional note. Audited.",
        tags: ["cases"],
        params: personRefParams,
        body: {
          type: "object",
          required: ["kind", "ratings"],
          additionalProperties: false,
          properties: { kind: { type: "string", enum: ["initial", "follow_up"] }, date: { type: "string" }, ratings: { type: "object", additionalProperties: ratingSchema } }
        },
        response: { 201: { type: "object", properties: { id: { type: "integer" }, kind: { type: "string" }, date: { type: "string" } } }, ...errors }
      }
    },
    async (req, reply) => reply.code(201).send(await app.services.cases.recordAssessment(req.actor, { personRef: req.params.personRef }, req.body))
  );
}
async function showCase(app, actor, id, justification, reply) {
  let view;
  try {
    view = await app.services.cases.view(actor, { personId: id }, { justification, channel: "web" });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      reply.code(403);
      return reply.render("justify.njk", { title: "This record is restricted", personId: id, action: `/people/${id}/case/view`, fieldErrors: {} });
    }
    throw e;
  }
  const choices = await app.services.cases.choices(actor, { personId: id });
  return reply.render("case.njk", casePageView(actor, view, choices));
}
const stringOrInteger = { type: ["string", "integer"] };
const nullableString = { type: ["string", "null"] };
const caseloadRowSchema = {
  type: "object",
  additionalProperties: true,
  required: ["caseId", "personId", "personRef", "familyName", "givenNames", "scheme", "lead", "leadCode", "caseManager", "openedOn", "openActions", "overdueActions", "nextDue", "unacknowledgedAlerts", "appointmentsToday"],
  properties: {
    caseId: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    familyName: { type: "string" },
    givenNames: { type: "string" },
    scheme: { type: "string" },
    lead: { type: "string" },
    leadCode: { type: "string" },
    caseManager: nullableString,
    openedOn: { type: "string", format: "date" },
    openActions: { type: "integer" },
    overdueActions: { type: "integer" },
    nextDue: nullableString,
    unacknowledgedAlerts: { type: "integer" },
    appointmentsToday: { type: "integer" }
  }
};
const actionSchema = {
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "integer" },
    kind: { type: "string" },
    pathway: nullableString,
    description: { type: "string" },
    ownerAgency: nullableString,
    dueDate: { type: "string", format: "date" },
    status: { type: "string" },
    outcome: nullableString,
    completedOn: nullableString,
    overdue: { type: "boolean" },
    appointmentId: { type: ["integer", "null"] },
    toldWhom: nullableString,
    toldOn: nullableString,
    version: { type: "integer" }
  }
};
const caseViewSchema = {
  type: "object",
  additionalProperties: true,
  properties: {
    caseId: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    scheme: { type: "object", properties: { code: { type: "string" }, name: { type: "string" } } },
    lead: { type: "object", additionalProperties: true, properties: { agencyId: { type: "integer" }, agency: { type: "string" }, agencyKind: { type: "string" } } },
    caseManager: { type: ["object", "null"], properties: { userId: { type: "integer" }, name: { type: "string" } } },
    openedOn: { type: "string", format: "date" },
    closedOn: nullableString,
    version: { type: "integer" },
    team: {
      type: "array",
      items: { type: "object", additionalProperties: true, properties: { agencyId: { type: "integer" }, agency: { type: "string" }, agencyKind: { type: "string" }, role: { type: "string" }, userId: { type: ["integer", "null"] }, worker: nullableString } }
    },
    assessments: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        properties: {
          id: { type: "integer" },
          kind: { type: "string" },
          date: { type: "string", format: "date" },
          agency: nullableString,
          ratings: { type: "array", items: { type: "object", properties: { pathway: { type: "string" }, rating: { type: "string" }, note: nullableString } } }
        }
      }
    },
    actions: { type: "array", items: actionSchema },
    appointments: {
      type: "array",
      items: { type: "object", additionalProperties: true, properties: { id: { type: "integer" }, date: { type: "string", format: "date" }, purpose: { type: "string" }, agency: nullableString, status: { type: "string" }, version: { type: "integer" } } }
    },
    alerts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: true,
        properties: {
          id: { type: "integer" },
          kind: { type: "string" },
          raisedOn: { type: "string", format: "date" },
          aboutDate: nullableString,
          detail: { type: "string" },
          recipients: { type: "array", items: { type: "string" } },
          acknowledgedBy: nullableString,
          acknowledgedAt: nullableString,
          version: { type: "integer" }
        }
      }
    },
    disengagement: {
      type: ["object", "null"],
      additionalProperties: true,
      properties: { id: { type: "integer" }, stage: { type: "string" }, since: { type: "string", format: "date" }, route: nullableString, routeOn: nullableString, outcome: nullableString, concludedOn: nullableString, version: { type: "integer" } }
    },
    notes: {
      type: "array",
      items: { type: "object", properties: { id: { type: "integer" }, date: { type: "string", format: "date" }, author: { type: "string" }, agency: nullableString, sensitivity: { type: "string" }, body: { type: "string" } } }
    },
    custody: {
      type: "object",
      properties: { inCustody: { type: "boolean" }, kind: nullableString, since: nullableString, expectedRelease: nullableString, establishment: nullableString, releaseDueSoon: { type: "boolean" } }
    },
    healthWithheld: nullableString,
    today: { type: "string", format: "date" }
  }
};
export {
  registerCaseRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvY2FzZXMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIENhc2VzOiB0aGUgY2FzZWxvYWQgcGFnZXMsIHRoZSBjYXNlIHBhZ2UsIGFuZCB0aGVpciBBUEkgKEdFVCAvYXBpL3YxL2Nhc2Vsb2FkLCBHRVQgL2FwaS92MS9wZW9wbGUve3BlcnNvblJlZn0vY2FzZSkuXG4vLyBUaGUgY2FzZSBwYWdlJ3MgZm9ybXMgb3BlbiBhIGNhc2UsIGNoYW5nZSBpdHMgbGVhZCBhbmQgbWFuYWdlciwgaXRzIHRlYW0sXG4vLyByZWNvcmQgYXNzZXNzbWVudHMsIHBsYW4gYWN0aW9ucyBhbmQgdGhlaXIgb3V0Y29tZXMsIGFuZCBub3Rlcy4gRWFjaCBmb3JtXG4vLyBjYXJyaWVzIHRoZSB2ZXJzaW9uIGl0IHdhcyBkcmF3biBmcm9tOyBhIHN0YWxlIHNhdmUgZ2V0cyB0aGUgZXJyb3IgcGFnZVxuLy8gbmFtaW5nIHRoZSBvdGhlciBjaGFuZ2UuIFJlZnVzYWxzIGFuZCBiYWQgaW5wdXQgY29tZSBiYWNrIGFzIHRoZSBlcnJvciBwYWdlLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UsIEZhc3RpZnlSZXBseSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHR5cGUgeyBBY3RvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hY3Rvci5qcyc7XG5pbXBvcnQgeyBKdXN0aWZpY2F0aW9uUmVxdWlyZWRFcnJvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9wZXJtaXNzaW9ucy5qcyc7XG5pbXBvcnQgeyBOb3RGb3VuZEVycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IFBBVEhXQVlTIH0gZnJvbSAnLi4vLi4vZ2xvc3NhcnkuanMnO1xuaW1wb3J0IHsgcHJvYmxlbVNjaGVtYSB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBwYWdlUXVlcnlQcm9wZXJ0aWVzIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgZXhwZWN0ZWRWZXJzaW9uLCBmb3JtVmVyc2lvbiwgc2VuZEV0YWcgfSBmcm9tICcuLi9ldGFnLmpzJztcbmltcG9ydCB7IGNhc2VQYWdlVmlldywgY2FzZWxvYWRQYWdlVmlldyB9IGZyb20gJy4uL3ZpZXctbW9kZWxzL2Nhc2VzLmpzJztcblxudHlwZSBCb2R5ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgc3RyaW5nW10gfCB1bmRlZmluZWQ+O1xuXG5jb25zdCBzdHIgPSAodjogc3RyaW5nIHwgc3RyaW5nW10gfCB1bmRlZmluZWQpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4gKHR5cGVvZiB2ID09PSAnc3RyaW5nJyA/IHYgOiBBcnJheS5pc0FycmF5KHYpID8gdlswXSA6IHVuZGVmaW5lZCk7XG5cbmZ1bmN0aW9uIHBlcnNvbklkT2YocGFyYW06IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGlkID0gTnVtYmVyKHBhcmFtKTtcbiAgaWYgKCFOdW1iZXIuaXNTYWZlSW50ZWdlcihpZCkgfHwgaWQgPD0gMCkgdGhyb3cgbmV3IE5vdEZvdW5kRXJyb3IoJ1RoZXJlIGlzIG5vIHBlcnNvbiBhdCB0aGlzIGFkZHJlc3MuJyk7XG4gIHJldHVybiBpZDtcbn1cblxuZnVuY3Rpb24gaWRPZihwYXJhbTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBpZCA9IE51bWJlcihwYXJhbSk7XG4gIGlmICghTnVtYmVyLmlzU2FmZUludGVnZXIoaWQpIHx8IGlkIDw9IDApIHRocm93IG5ldyBOb3RGb3VuZEVycm9yKGBUaGVyZSBpcyBubyAke3doYXR9IGF0IHRoaXMgYWRkcmVzcy5gKTtcbiAgcmV0dXJuIGlkO1xufVxuXG4vKiogVGhlIHJhdGluZ3Mgb2YgYW4gYXNzZXNzbWVudCBmb3JtOiByYXRpbmdfPHBhdGh3YXk+IGFuZCBub3RlXzxwYXRod2F5PiBmaWVsZHMuICovXG5mdW5jdGlvbiByYXRpbmdzRnJvbUZvcm0oYm9keTogQm9keSkge1xuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHsgcmF0aW5nOiBzdHJpbmc7IG5vdGU/OiBzdHJpbmcgfT4gPSB7fTtcbiAgZm9yIChjb25zdCBwIG9mIFBBVEhXQVlTKSBvdXRbcF0gPSB7IHJhdGluZzogc3RyKGJvZHlbYHJhdGluZ18ke3B9YF0pID8/ICcnLCBub3RlOiBzdHIoYm9keVtgbm90ZV8ke3B9YF0pIH07XG4gIHJldHVybiBvdXQ7XG59XG5cbmNvbnN0IGNhc2VVcmwgPSAocGVyc29uSWQ6IG51bWJlciwgYW5jaG9yID0gJycpID0+IGAvcGVvcGxlLyR7cGVyc29uSWR9L2Nhc2Uke2FuY2hvcn1gO1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJDYXNlUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIC8vIC0tLS0gd2ViOiBjYXNlbG9hZCBhbmQgY2FzZSBwYWdlc1xuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD4gfT4oJy9jYXNlbG9hZCcsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IHEgPSByZXEucXVlcnk7XG4gICAgY29uc3QgY2FzZWxvYWQgPSBhd2FpdCBhcHAuc2VydmljZXMuY2FzZXMuY2FzZWxvYWQocmVxLmFjdG9yISwgeyB2aWV3OiBxLnZpZXcsIHNjaGVtZTogcS5zY2hlbWUsIGxlYWQ6IHEubGVhZCwgc29ydDogcS5zb3J0LCBvcmRlcjogcS5vcmRlciB9KTtcbiAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdjYXNlbG9hZC5uamsnLCBjYXNlbG9hZFBhZ2VWaWV3KGNhc2Vsb2FkKSk7XG4gIH0pO1xuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9IH0+KCcvcGVvcGxlLzppZC9jYXNlJywgeyBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHNob3dDYXNlKGFwcCwgcmVxLmFjdG9yISwgcGVyc29uSWRPZihyZXEucGFyYW1zLmlkKSwgdW5kZWZpbmVkLCByZXBseSkpO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL3Blb3BsZS86aWQvY2FzZS92aWV3JywgeyBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QganVzdGlmaWNhdGlvbiA9IChzdHIocmVxLmJvZHk/Lmp1c3RpZmljYXRpb24pID8/ICcnKS50cmltKCk7XG4gICAgaWYgKGp1c3RpZmljYXRpb24ubGVuZ3RoIDwgMTApIHtcbiAgICAgIHJlcGx5LmNvZGUoNDAwKTtcbiAgICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2p1c3RpZnkubmprJywge1xuICAgICAgICB0aXRsZTogJ1RoaXMgcmVjb3JkIGlzIHJlc3RyaWN0ZWQnLFxuICAgICAgICBwZXJzb25JZDogaWQsXG4gICAgICAgIGFjdGlvbjogYC9wZW9wbGUvJHtpZH0vY2FzZS92aWV3YCxcbiAgICAgICAgZmllbGRFcnJvcnM6IHsganVzdGlmaWNhdGlvbjogJ0dpdmUgeW91ciByZWFzb24gaW4gYXQgbGVhc3QgMTAgY2hhcmFjdGVycycgfSxcbiAgICAgICAgZXJyb3JzOiBbeyB0ZXh0OiAnR2l2ZSB5b3VyIHJlYXNvbiBpbiBhdCBsZWFzdCAxMCBjaGFyYWN0ZXJzJywgaHJlZjogJyNqdXN0aWZpY2F0aW9uJyB9XSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICByZXR1cm4gc2hvd0Nhc2UoYXBwLCByZXEuYWN0b3IhLCBpZCwganVzdGlmaWNhdGlvbiwgcmVwbHkpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2Nhc2UnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5vcGVuKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkIH0sIHsgc2NoZW1lQ29kZTogc3RyKGIuc2NoZW1lKSA/PyAnJywgbGVhZEFnZW5jeTogc3RyKGIubGVhZEFnZW5jeSkgPz8gJycsIGNhc2VNYW5hZ2VyOiBzdHIoYi5jYXNlTWFuYWdlcikgfHwgbnVsbCwgb3BlbmVkT246IHN0cihiLm9wZW5lZE9uKSB9KTtcbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoY2FzZVVybChpZCksIDMwMyk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL3Blb3BsZS86aWQvY2FzZS9sZWFkJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBwZXJzb25JZE9mKHJlcS5wYXJhbXMuaWQpO1xuICAgIGNvbnN0IGIgPSByZXEuYm9keSA/PyB7fTtcbiAgICBhd2FpdCBhcHAuc2VydmljZXMuY2FzZXMuY2hhbmdlTGVhZChyZXEuYWN0b3IhLCB7IHBlcnNvbklkOiBpZCB9LCB7IGxlYWRBZ2VuY3k6IHN0cihiLmxlYWRBZ2VuY3kpID8/ICcnLCBjYXNlTWFuYWdlcjogc3RyKGIuY2FzZU1hbmFnZXIpIHx8IG51bGwsIHZlcnNpb246IGZvcm1WZXJzaW9uKGIudmVyc2lvbikgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VVcmwoaWQsICcjdGVhbScpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2Nhc2UvdGVhbScsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGlkID0gcGVyc29uSWRPZihyZXEucGFyYW1zLmlkKTtcbiAgICBjb25zdCBiID0gcmVxLmJvZHkgPz8ge307XG4gICAgYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLnNldFRlYW1NZW1iZXIocmVxLmFjdG9yISwgeyBwZXJzb25JZDogaWQgfSwgeyBhZ2VuY3k6IHN0cihiLmFnZW5jeSkgPz8gJycsIHJvbGU6IHN0cihiLnJvbGUpID8/ICcnLCB3b3JrZXI6IHN0cihiLndvcmtlcikgfHwgbnVsbCwgdmVyc2lvbjogZm9ybVZlcnNpb24oYi52ZXJzaW9uKSB9KTtcbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoY2FzZVVybChpZCwgJyN0ZWFtJyksIDMwMyk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL3Blb3BsZS86aWQvY2FzZS90ZWFtL3JlbW92ZScsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGlkID0gcGVyc29uSWRPZihyZXEucGFyYW1zLmlkKTtcbiAgICBjb25zdCBiID0gcmVxLmJvZHkgPz8ge307XG4gICAgYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLnJlbW92ZVRlYW1NZW1iZXIocmVxLmFjdG9yISwgeyBwZXJzb25JZDogaWQgfSwgeyBhZ2VuY3k6IHN0cihiLmFnZW5jeSkgPz8gJycsIHZlcnNpb246IGZvcm1WZXJzaW9uKGIudmVyc2lvbikgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VVcmwoaWQsICcjdGVhbScpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2Nhc2UvYXNzZXNzbWVudHMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5yZWNvcmRBc3Nlc3NtZW50KHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkIH0sIHsga2luZDogc3RyKGIua2luZCkgPz8gJycsIGRhdGU6IHN0cihiLmRhdGUpLCByYXRpbmdzOiByYXRpbmdzRnJvbUZvcm0oYikgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VVcmwoaWQsICcjYXNzZXNzbWVudHMnKSwgMzAzKTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9jYXNlL2FjdGlvbnMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5hZGRBY3Rpb24ocmVxLmFjdG9yISwgeyBwZXJzb25JZDogaWQgfSwgeyBwYXRod2F5OiBzdHIoYi5wYXRod2F5KSA/PyAnJywgZGVzY3JpcHRpb246IHN0cihiLmRlc2NyaXB0aW9uKSA/PyAnJywgb3duZXJBZ2VuY3k6IHN0cihiLm93bmVyQWdlbmN5KSA/PyAnJywgZHVlRGF0ZTogc3RyKGIuZHVlRGF0ZSkgPz8gJycgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VVcmwoaWQsICcjcGxhbicpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9hY3Rpb25zLzppZC9vdXRjb21lJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGNvbnN0IGRvbmUgPSBhd2FpdCBhcHAuc2VydmljZXMuY2FzZXMuYWN0aW9uT3V0Y29tZShyZXEuYWN0b3IhLCBpZE9mKHJlcS5wYXJhbXMuaWQsICdhY3Rpb24nKSwgeyBzdGF0dXM6IHN0cihiLnN0YXR1cykgPz8gJycsIG91dGNvbWU6IHN0cihiLm91dGNvbWUpID8/ICcnLCBjb21wbGV0ZWRPbjogc3RyKGIuY29tcGxldGVkT24pLCB2ZXJzaW9uOiBmb3JtVmVyc2lvbihiLnZlcnNpb24pIH0pO1xuICAgIHJldHVybiByZXBseS5yZWRpcmVjdChjYXNlVXJsKGRvbmUucGVyc29uSWQsICcjcGxhbicpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2Nhc2Uvbm90ZXMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5hZGROb3RlKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkIH0sIHsgYm9keTogc3RyKGIuYm9keSkgPz8gJycsIHNlbnNpdGl2aXR5OiBzdHIoYi5zZW5zaXRpdml0eSksIGRhdGU6IHN0cihiLmRhdGUpIH0pO1xuICAgIHJldHVybiByZXBseS5yZWRpcmVjdChjYXNlVXJsKGlkLCAnI25vdGVzJyksIDMwMyk7XG4gIH0pO1xuXG4gIC8vIC0tLS0gdGhlIEpTT04gQVBJXG4gIGNvbnN0IGVycm9ycyA9IHsgNDAwOiBwcm9ibGVtU2NoZW1hLCA0MDE6IHByb2JsZW1TY2hlbWEsIDQwMzogcHJvYmxlbVNjaGVtYSwgNDA0OiBwcm9ibGVtU2NoZW1hLCA0MDk6IHByb2JsZW1TY2hlbWEsIDQxMjogcHJvYmxlbVNjaGVtYSB9O1xuICBjb25zdCBwZXJzb25SZWZQYXJhbXMgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IHBlcnNvblJlZjogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDEwMCB9IH0sIHJlcXVpcmVkOiBbJ3BlcnNvblJlZiddIH0gYXMgY29uc3Q7XG5cbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiB7IHZpZXc/OiBzdHJpbmc7IHNjaGVtZT86IHN0cmluZzsgbGVhZD86IHN0cmluZzsgc29ydD86IHN0cmluZzsgb3JkZXI/OiBzdHJpbmc7IGN1cnNvcj86IHN0cmluZzsgbGltaXQ/OiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9jYXNlbG9hZCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIlRoZSB0b2tlbidzIHVzZXIncyBjYXNlbG9hZDogdGhlaXIgb3duIGNhc2VzIChtaW5lKSwgdGhlaXIgYWdlbmN5J3MgKHRlYW0pLCBvciB3aGF0IG5lZWRzIGFjdGlvbiB0b2RheSAodG9kYXkpLiBMb2dnZWQgYXMgYSBjb25zdWx0YXRpb24gbmFtaW5nIGV2ZXJ5b25lIGxpc3RlZC5cIixcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBxdWVyeXN0cmluZzoge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIHZpZXc6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnbWluZScsICd0ZWFtJywgJ3RvZGF5J10gfSxcbiAgICAgICAgICAgIHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgICAgbGVhZDogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdhIGxlYWQgYWdlbmN5IGNvZGUnIH0sXG4gICAgICAgICAgICBzb3J0OiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ3BlcnNvbiwgc2NoZW1lLCBsZWFkLCBtYW5hZ2VyLCBvcGVuZWQsIGR1ZSAodGhlIGRlZmF1bHQpLCBvdmVyZHVlIG9yIGFsZXJ0cycgfSxcbiAgICAgICAgICAgIG9yZGVyOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2FzYycsICdkZXNjJ10gfSxcbiAgICAgICAgICAgIC4uLnBhZ2VRdWVyeVByb3BlcnRpZXMsXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDA6IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcmVxdWlyZWQ6IFsndmlldycsICd0b2RheScsICdjb3VudHMnLCAnY2FzZXMnLCAnbmV4dCddLFxuICAgICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgICB2aWV3OiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ21pbmUnLCAndGVhbScsICd0b2RheSddIH0sXG4gICAgICAgICAgICAgIHRvZGF5OiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgICAgICAgICAgICBjb3VudHM6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ21pbmUnLCAndGVhbScsICd0b2RheSddLCBwcm9wZXJ0aWVzOiB7IG1pbmU6IHsgdHlwZTogJ2ludGVnZXInIH0sIHRlYW06IHsgdHlwZTogJ2ludGVnZXInIH0sIHRvZGF5OiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSxcbiAgICAgICAgICAgICAgY2FzZXM6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IGNhc2Vsb2FkUm93U2NoZW1hIH0sXG4gICAgICAgICAgICAgIG5leHQ6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBkZXNjcmlwdGlvbjogJ1Bhc3MgYXMgYGN1cnNvcmAgZm9yIHRoZSBmb2xsb3dpbmcgcGFnZTsgbnVsbCBvbiB0aGUgbGFzdCBwYWdlLicgfSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICAuLi5lcnJvcnMsXG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgeyBjdXJzb3IsIGxpbWl0LCAuLi5xIH0gPSByZXEucXVlcnk7XG4gICAgICBjb25zdCBjID0gYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLmNhc2Vsb2FkKHJlcS5hY3RvciEsIHsgLi4ucSwgcGFnZTogeyBjdXJzb3IsIGxpbWl0IH0gfSk7XG4gICAgICByZXR1cm4geyB2aWV3OiBjLnZpZXcsIHRvZGF5OiBjLnRvZGF5LCBjb3VudHM6IGMuY291bnRzLCBjYXNlczogYy5jYXNlcywgbmV4dDogYy5uZXh0IH07XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IHBlcnNvblJlZjogc3RyaW5nIH07IEhlYWRlcnM6IHsgJ3gtanVzdGlmaWNhdGlvbic/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOnBlcnNvblJlZi9jYXNlJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnZpZXcnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJUaGUgcGVyc29uJ3Mgb3BlbiBjYXNlOiBsZWFkLCB0ZWFtLCBhc3Nlc3NtZW50cywgYWN0aW9ucywgYXBwb2ludG1lbnRzLCBhbGVydHMsIGRpc2VuZ2FnZW1lbnQsIG5vdGVzIGFuZCBjdXN0b2R5LCB3aXRoIGhlYWx0aCBhbmQgZHJ1Zy10cmVhdG1lbnQgZGV0YWlsIGxlZnQgb3V0IGZvciB0aG9zZSB3aG8gbWF5IG5vdCBzZWUgaXQuIExvZ2dlZCBhcyBhIGNvbnN1bHRhdGlvbi5cIixcbiAgICAgICAgZGVzY3JpcHRpb246ICdBIHJlc3RyaWN0ZWQgcmVjb3JkIG5lZWRzIHRoZSByZWFzb24gZm9yIHZpZXdpbmcgaW4gdGhlIFgtSnVzdGlmaWNhdGlvbiBoZWFkZXIuIFRoZSBFVGFnIG5hbWVzIHRoZSBjYXNlIHZlcnNpb24sIGZvciBJZi1NYXRjaCBvbiBlZGl0cy4nLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogcGVyc29uUmVmUGFyYW1zLFxuICAgICAgICBoZWFkZXJzOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7ICd4LWp1c3RpZmljYXRpb24nOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IGNhc2VWaWV3U2NoZW1hLCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgdmlldyA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy52aWV3KHJlcS5hY3RvciEsIHsgcGVyc29uUmVmOiByZXEucGFyYW1zLnBlcnNvblJlZiB9LCB7IGp1c3RpZmljYXRpb246IHJlcS5oZWFkZXJzWyd4LWp1c3RpZmljYXRpb24nXSwgY2hhbm5lbDogJ2FwaScgfSk7XG4gICAgICBpZiAoIXZpZXcpIHRocm93IG5ldyBOb3RGb3VuZEVycm9yKCdUaGlzIHBlcnNvbiBoYXMgbm8gb3BlbiBjYXNlLicpO1xuICAgICAgc2VuZEV0YWcocmVwbHksICdjYXNlJywgdmlldy5jYXNlSWQsIHZpZXcudmVyc2lvbik7XG4gICAgICByZXR1cm4gdmlldztcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IHBlcnNvblJlZjogc3RyaW5nIH07IEJvZHk6IHsgc2NoZW1lOiBzdHJpbmc7IGxlYWRBZ2VuY3k6IHN0cmluZyB8IG51bWJlcjsgY2FzZU1hbmFnZXI/OiBzdHJpbmcgfCBudW1iZXIgfCBudWxsOyBvcGVuZWRPbj86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3Blb3BsZS86cGVyc29uUmVmL2Nhc2UnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ09wZW5zIGEgY2FzZSBmb3IgYSBwZXJzb24gb24gYSBzY2hlbWUgKGFuIG9wZW4gbWVtYmVyc2hpcCBpcyBuZWVkZWQpLCB3aXRoIGl0cyBsZWFkIGFnZW5jeSAoY29kZSBvciBpZCkgYW5kIGNhc2UgbWFuYWdlciAodXNlcm5hbWUgb3IgaWQpLiBBdWRpdGVkLicsXG4gICAgICAgIHRhZ3M6IFsnY2FzZXMnXSxcbiAgICAgICAgcGFyYW1zOiBwZXJzb25SZWZQYXJhbXMsXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWydzY2hlbWUnLCAnbGVhZEFnZW5jeSddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBsZWFkQWdlbmN5OiBzdHJpbmdPckludGVnZXIsIGNhc2VNYW5hZ2VyOiB7IHR5cGU6IFsnc3RyaW5nJywgJ2ludGVnZXInLCAnbnVsbCddIH0sIG9wZW5lZE9uOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGNhc2VJZDogeyB0eXBlOiAnaW50ZWdlcicgfSwgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0gfSB9LCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgYiA9IHJlcS5ib2R5O1xuICAgICAgY29uc3Qgb3BlbmVkID0gYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLm9wZW4ocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHsgc2NoZW1lQ29kZTogYi5zY2hlbWUsIGxlYWRBZ2VuY3k6IGIubGVhZEFnZW5jeSwgY2FzZU1hbmFnZXI6IGIuY2FzZU1hbmFnZXIgPz8gbnVsbCwgb3BlbmVkT246IGIub3BlbmVkT24gfSk7XG4gICAgICBzZW5kRXRhZyhyZXBseSwgJ2Nhc2UnLCBvcGVuZWQuY2FzZUlkLCBvcGVuZWQudmVyc2lvbik7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSgyMDEpLnNlbmQob3BlbmVkKTtcbiAgICB9LFxuICApO1xuXG4gIGNvbnN0IGNhc2VWZXJzaW9uQm9keSA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgY2FzZUlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSBhcyBjb25zdDtcbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgcGVyc29uUmVmOiBzdHJpbmcgfTsgQm9keTogeyBsZWFkQWdlbmN5OiBzdHJpbmcgfCBudW1iZXI7IGNhc2VNYW5hZ2VyPzogc3RyaW5nIHwgbnVtYmVyIHwgbnVsbCB9IH0+KFxuICAgICcvYXBpL3YxL3Blb3BsZS86cGVyc29uUmVmL2Nhc2UvbGVhZCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkNoYW5nZXMgdGhlIGNhc2UncyBsZWFkIGFnZW5jeSAoY29kZSBvciBpZCkgYW5kIGNhc2UgbWFuYWdlciAodXNlcm5hbWUgb3IgaWQ7IG5vbmUgd2hlbiBsZWZ0IG91dCkuIElmLU1hdGNoICh0aGUgY2FzZSdzIEVUYWcpIGlzIG9wdGlvbmFsOyA0MTIgd2hlbiBzdGFsZS4gQXVkaXRlZC5cIixcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBwYXJhbXM6IHBlcnNvblJlZlBhcmFtcyxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnbGVhZEFnZW5jeSddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgbGVhZEFnZW5jeTogc3RyaW5nT3JJbnRlZ2VyLCBjYXNlTWFuYWdlcjogeyB0eXBlOiBbJ3N0cmluZycsICdpbnRlZ2VyJywgJ251bGwnXSB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBjYXNlVmVyc2lvbkJvZHksIC4uLmVycm9ycyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCByID0gYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLmNoYW5nZUxlYWQocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHsgbGVhZEFnZW5jeTogcmVxLmJvZHkubGVhZEFnZW5jeSwgY2FzZU1hbmFnZXI6IHJlcS5ib2R5LmNhc2VNYW5hZ2VyID8/IG51bGwsIHZlcnNpb246IChjYXNlSWQpID0+IGV4cGVjdGVkVmVyc2lvbihyZXEsICdjYXNlJywgY2FzZUlkKSB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnY2FzZScsIHIuY2FzZUlkLCByLnZlcnNpb24pO1xuICAgICAgcmV0dXJuIHI7XG4gICAgfSxcbiAgKTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBwZXJzb25SZWY6IHN0cmluZyB9OyBCb2R5OiB7IGFnZW5jeTogc3RyaW5nIHwgbnVtYmVyOyByb2xlPzogc3RyaW5nOyB3b3JrZXI/OiBzdHJpbmcgfCBudW1iZXIgfCBudWxsOyByZW1vdmU/OiBib29sZWFuIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzpwZXJzb25SZWYvY2FzZS90ZWFtJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiQWRkcyBhbiBhZ2VuY3kgKGNvZGUgb3IgaWQpIHRvIHRoZSBjYXNlJ3MgdGVhbSB3aXRoIGl0cyByb2xlIGFuZCBvcHRpb25hbCBuYW1lZCB3b3JrZXIsIGNoYW5nZXMgdGhlbSwgb3IgdGFrZXMgaXQgb2ZmIChyZW1vdmU6IHRydWUpLiBJZi1NYXRjaCAodGhlIGNhc2UncyBFVGFnKSBpcyBvcHRpb25hbDsgNDEyIHdoZW4gc3RhbGUuIEF1ZGl0ZWQuXCIsXG4gICAgICAgIHRhZ3M6IFsnY2FzZXMnXSxcbiAgICAgICAgcGFyYW1zOiBwZXJzb25SZWZQYXJhbXMsXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWydhZ2VuY3knXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczogeyBhZ2VuY3k6IHN0cmluZ09ySW50ZWdlciwgcm9sZTogeyB0eXBlOiAnc3RyaW5nJyB9LCB3b3JrZXI6IHsgdHlwZTogWydzdHJpbmcnLCAnaW50ZWdlcicsICdudWxsJ10gfSwgcmVtb3ZlOiB7IHR5cGU6ICdib29sZWFuJyB9IH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogY2FzZVZlcnNpb25Cb2R5LCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3Qga2V5ID0geyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH07XG4gICAgICBjb25zdCB2ZXJzaW9uID0gKGNhc2VJZDogbnVtYmVyKSA9PiBleHBlY3RlZFZlcnNpb24ocmVxLCAnY2FzZScsIGNhc2VJZCk7XG4gICAgICBjb25zdCBiID0gcmVxLmJvZHk7XG4gICAgICBjb25zdCByID0gYi5yZW1vdmVcbiAgICAgICAgPyBhd2FpdCBhcHAuc2VydmljZXMuY2FzZXMucmVtb3ZlVGVhbU1lbWJlcihyZXEuYWN0b3IhLCBrZXksIHsgYWdlbmN5OiBiLmFnZW5jeSwgdmVyc2lvbiB9KVxuICAgICAgICA6IGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5zZXRUZWFtTWVtYmVyKHJlcS5hY3RvciEsIGtleSwgeyBhZ2VuY3k6IGIuYWdlbmN5LCByb2xlOiBiLnJvbGUgPz8gJycsIHdvcmtlcjogYi53b3JrZXIgPz8gbnVsbCwgdmVyc2lvbiB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnY2FzZScsIHIuY2FzZUlkLCByLnZlcnNpb24pO1xuICAgICAgcmV0dXJuIHI7XG4gICAgfSxcbiAgKTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBwZXJzb25SZWY6IHN0cmluZyB9OyBCb2R5OiB7IHBhdGh3YXk6IHN0cmluZzsgZGVzY3JpcHRpb246IHN0cmluZzsgb3duZXJBZ2VuY3k6IHN0cmluZyB8IG51bWJlcjsgZHVlRGF0ZTogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzpwZXJzb25SZWYvYWN0aW9ucycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkFkZHMgYSBwbGFuIGFjdGlvbiB0byB0aGUgcGVyc29uJ3Mgb3BlbiBjYXNlOiBhIHBhdGh3YXksIHdoYXQgaXMgdG8gYmUgZG9uZSwgdGhlIG93bmVyIGFnZW5jeSAoY29kZSBvciBpZCkgYW5kIHRoZSBkdWUgZGF0ZS4gQXVkaXRlZC5cIixcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBwYXJhbXM6IHBlcnNvblJlZlBhcmFtcyxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3BhdGh3YXknLCAnZGVzY3JpcHRpb24nLCAnb3duZXJBZ2VuY3knLCAnZHVlRGF0ZSddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHBhdGh3YXk6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsuLi5QQVRIV0FZU10gfSwgZGVzY3JpcHRpb246IHsgdHlwZTogJ3N0cmluZycgfSwgb3duZXJBZ2VuY3k6IHN0cmluZ09ySW50ZWdlciwgZHVlRGF0ZTogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogYWN0aW9uU2NoZW1hLCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgYSA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5hZGRBY3Rpb24ocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHJlcS5ib2R5KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnYWN0aW9uJywgYS5pZCwgYS52ZXJzaW9uKTtcbiAgICAgIHJldHVybiByZXBseS5jb2RlKDIwMSkuc2VuZChhKTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyBzdGF0dXM6IHN0cmluZzsgb3V0Y29tZTogc3RyaW5nOyBjb21wbGV0ZWRPbj86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL2FjdGlvbnMvOmlkL291dGNvbWUnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ01hcmtzIGFuIGFjdGlvbiBkb25lIG9yIGNhbmNlbGxlZCwgd2l0aCBpdHMgb3V0Y29tZS4gSWYtTWF0Y2ggKHRoZSBFVGFnIG9mIHRoZSBhY3Rpb24pIGlzIG9wdGlvbmFsOyB3aGVuIHNlbnQgYW5kIHN0YWxlIHRoZSBhbnN3ZXIgaXMgNDEyLiBBdWRpdGVkLicsXG4gICAgICAgIHRhZ3M6IFsnY2FzZXMnXSxcbiAgICAgICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSB9IH0sIHJlcXVpcmVkOiBbJ2lkJ10gfSxcbiAgICAgICAgYm9keTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnc3RhdHVzJywgJ291dGNvbWUnXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydkb25lJywgJ2NhbmNlbGxlZCddIH0sIG91dGNvbWU6IHsgdHlwZTogJ3N0cmluZycgfSwgY29tcGxldGVkT246IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogYWN0aW9uU2NoZW1hLCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgYSA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5jYXNlcy5hY3Rpb25PdXRjb21lKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMuaWQsIHsgLi4ucmVxLmJvZHksIHZlcnNpb246IGV4cGVjdGVkVmVyc2lvbihyZXEsICdhY3Rpb24nLCByZXEucGFyYW1zLmlkKSB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnYWN0aW9uJywgYS5pZCwgYS52ZXJzaW9uKTtcbiAgICAgIHJldHVybiBhO1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgcGVyc29uUmVmOiBzdHJpbmcgfTsgQm9keTogeyBib2R5OiBzdHJpbmc7IHNlbnNpdGl2aXR5Pzogc3RyaW5nOyBkYXRlPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzpwZXJzb25SZWYvbm90ZXMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJBZGRzIGEgY2FzZSBub3RlIHRvIHRoZSBwZXJzb24ncyBvcGVuIGNhc2UsIHNpZ25lZCB3aXRoIHlvdXIgbmFtZSBhbmQgYWdlbmN5LiBzZW5zaXRpdml0eSAnaGVhbHRoJyBrZWVwcyBpdCB0byB0aG9zZSB3aG8gbWF5IHNlZSBoZWFsdGggZGV0YWlsLiBBdWRpdGVkLlwiLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogcGVyc29uUmVmUGFyYW1zLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydib2R5J10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBib2R5OiB7IHR5cGU6ICdzdHJpbmcnIH0sIHNlbnNpdGl2aXR5OiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ25vcm1hbCcsICdoZWFsdGgnXSB9LCBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDE6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sIGRhdGU6IHsgdHlwZTogJ3N0cmluZycgfSwgc2Vuc2l0aXZpdHk6IHsgdHlwZTogJ3N0cmluZycgfSwgYXV0aG9yOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4gcmVwbHkuY29kZSgyMDEpLnNlbmQoYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLmFkZE5vdGUocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHJlcS5ib2R5KSksXG4gICk7XG5cbiAgY29uc3QgcmF0aW5nU2NoZW1hID0geyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsncmF0aW5nJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyByYXRpbmc6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnbm9uZScsICdsb3cnLCAnbWVkaXVtJywgJ2hpZ2gnXSB9LCBub3RlOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9IH0gfSBhcyBjb25zdDtcbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgcGVyc29uUmVmOiBzdHJpbmcgfTsgQm9keTogeyBraW5kOiBzdHJpbmc7IGRhdGU/OiBzdHJpbmc7IHJhdGluZ3M6IFJlY29yZDxzdHJpbmcsIHsgcmF0aW5nOiBzdHJpbmc7IG5vdGU/OiBzdHJpbmcgfCBudWxsIH0+IH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzpwZXJzb25SZWYvYXNzZXNzbWVudHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1JlY29yZHMgYSBuZWVkcyBhc3Nlc3NtZW50IChpbml0aWFsIG9yIGZvbGxvd191cCkgcmF0aW5nIGFsbCBzZXZlbiBwYXRod2F5cyBub25lLCBsb3csIG1lZGl1bSBvciBoaWdoLCBlYWNoIHdpdGggYW4gb3B0aW9uYWwgbm90ZS4gQXVkaXRlZC4nLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogcGVyc29uUmVmUGFyYW1zLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsna2luZCcsICdyYXRpbmdzJ10sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsga2luZDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydpbml0aWFsJywgJ2ZvbGxvd191cCddIH0sIGRhdGU6IHsgdHlwZTogJ3N0cmluZycgfSwgcmF0aW5nczogeyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IHJhdGluZ1NjaGVtYSB9IH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSwga2luZDogeyB0eXBlOiAnc3RyaW5nJyB9LCBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4gcmVwbHkuY29kZSgyMDEpLnNlbmQoYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLnJlY29yZEFzc2Vzc21lbnQocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHJlcS5ib2R5KSksXG4gICk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHNob3dDYXNlKGFwcDogRmFzdGlmeUluc3RhbmNlLCBhY3RvcjogQWN0b3IsIGlkOiBudW1iZXIsIGp1c3RpZmljYXRpb246IHN0cmluZyB8IHVuZGVmaW5lZCwgcmVwbHk6IEZhc3RpZnlSZXBseSkge1xuICBsZXQgdmlldztcbiAgdHJ5IHtcbiAgICB2aWV3ID0gYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLnZpZXcoYWN0b3IsIHsgcGVyc29uSWQ6IGlkIH0sIHsganVzdGlmaWNhdGlvbiwgY2hhbm5lbDogJ3dlYicgfSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoZSBpbnN0YW5jZW9mIEp1c3RpZmljYXRpb25SZXF1aXJlZEVycm9yKSB7XG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdqdXN0aWZ5Lm5qaycsIHsgdGl0bGU6ICdUaGlzIHJlY29yZCBpcyByZXN0cmljdGVkJywgcGVyc29uSWQ6IGlkLCBhY3Rpb246IGAvcGVvcGxlLyR7aWR9L2Nhc2Uvdmlld2AsIGZpZWxkRXJyb3JzOiB7fSB9KTtcbiAgICB9XG4gICAgdGhyb3cgZTtcbiAgfVxuICBjb25zdCBjaG9pY2VzID0gYXdhaXQgYXBwLnNlcnZpY2VzLmNhc2VzLmNob2ljZXMoYWN0b3IsIHsgcGVyc29uSWQ6IGlkIH0pO1xuICByZXR1cm4gcmVwbHkucmVuZGVyKCdjYXNlLm5qaycsIGNhc2VQYWdlVmlldyhhY3RvciwgdmlldywgY2hvaWNlcykpO1xufVxuXG5jb25zdCBzdHJpbmdPckludGVnZXIgPSB7IHR5cGU6IFsnc3RyaW5nJywgJ2ludGVnZXInXSB9IGFzIGNvbnN0O1xuXG4vLyAtLS0tIEpTT04gc2NoZW1hcyBvZiB0aGUgQVBJJ3MgYW5zd2VycyAoT3BlbkFQSSBpcyBnZW5lcmF0ZWQgZnJvbSB0aGVtKS4gRXh0cmEgZmllbGRzIHBhc3MgdGhyb3VnaC5cbmNvbnN0IG51bGxhYmxlU3RyaW5nID0geyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSBhcyBjb25zdDtcbmNvbnN0IGNhc2Vsb2FkUm93U2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgYWRkaXRpb25hbFByb3BlcnRpZXM6IHRydWUsXG4gIHJlcXVpcmVkOiBbJ2Nhc2VJZCcsICdwZXJzb25JZCcsICdwZXJzb25SZWYnLCAnZmFtaWx5TmFtZScsICdnaXZlbk5hbWVzJywgJ3NjaGVtZScsICdsZWFkJywgJ2xlYWRDb2RlJywgJ2Nhc2VNYW5hZ2VyJywgJ29wZW5lZE9uJywgJ29wZW5BY3Rpb25zJywgJ292ZXJkdWVBY3Rpb25zJywgJ25leHREdWUnLCAndW5hY2tub3dsZWRnZWRBbGVydHMnLCAnYXBwb2ludG1lbnRzVG9kYXknXSxcbiAgcHJvcGVydGllczoge1xuICAgIGNhc2VJZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBwZXJzb25JZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBwZXJzb25SZWY6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBmYW1pbHlOYW1lOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgZ2l2ZW5OYW1lczogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGxlYWQ6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBsZWFkQ29kZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGNhc2VNYW5hZ2VyOiBudWxsYWJsZVN0cmluZyxcbiAgICBvcGVuZWRPbjogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBvcGVuQWN0aW9uczogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBvdmVyZHVlQWN0aW9uczogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBuZXh0RHVlOiBudWxsYWJsZVN0cmluZyxcbiAgICB1bmFja25vd2xlZGdlZEFsZXJ0czogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBhcHBvaW50bWVudHNUb2RheTogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5jb25zdCBhY3Rpb25TY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogdHJ1ZSxcbiAgcHJvcGVydGllczoge1xuICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIGtpbmQ6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBwYXRod2F5OiBudWxsYWJsZVN0cmluZyxcbiAgICBkZXNjcmlwdGlvbjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIG93bmVyQWdlbmN5OiBudWxsYWJsZVN0cmluZyxcbiAgICBkdWVEYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgIHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIG91dGNvbWU6IG51bGxhYmxlU3RyaW5nLFxuICAgIGNvbXBsZXRlZE9uOiBudWxsYWJsZVN0cmluZyxcbiAgICBvdmVyZHVlOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICAgIGFwcG9pbnRtZW50SWQ6IHsgdHlwZTogWydpbnRlZ2VyJywgJ251bGwnXSB9LFxuICAgIHRvbGRXaG9tOiBudWxsYWJsZVN0cmluZyxcbiAgICB0b2xkT246IG51bGxhYmxlU3RyaW5nLFxuICAgIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuY29uc3QgY2FzZVZpZXdTY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogdHJ1ZSxcbiAgcHJvcGVydGllczoge1xuICAgIGNhc2VJZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBwZXJzb25JZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBwZXJzb25SZWY6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBzY2hlbWU6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgY29kZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBuYW1lOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgIGxlYWQ6IHsgdHlwZTogJ29iamVjdCcsIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB0cnVlLCBwcm9wZXJ0aWVzOiB7IGFnZW5jeUlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBhZ2VuY3k6IHsgdHlwZTogJ3N0cmluZycgfSwgYWdlbmN5S2luZDogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSxcbiAgICBjYXNlTWFuYWdlcjogeyB0eXBlOiBbJ29iamVjdCcsICdudWxsJ10sIHByb3BlcnRpZXM6IHsgdXNlcklkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBuYW1lOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgIG9wZW5lZE9uOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgIGNsb3NlZE9uOiBudWxsYWJsZVN0cmluZyxcbiAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIHRlYW06IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IHRydWUsIHByb3BlcnRpZXM6IHsgYWdlbmN5SWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sIGFnZW5jeTogeyB0eXBlOiAnc3RyaW5nJyB9LCBhZ2VuY3lLaW5kOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHJvbGU6IHsgdHlwZTogJ3N0cmluZycgfSwgdXNlcklkOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSwgd29ya2VyOiBudWxsYWJsZVN0cmluZyB9IH0sXG4gICAgfSxcbiAgICBhc3Nlc3NtZW50czoge1xuICAgICAgdHlwZTogJ2FycmF5JyxcbiAgICAgIGl0ZW1zOiB7XG4gICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogdHJ1ZSxcbiAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgICAgICAgIGtpbmQ6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgICBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgICAgICAgIGFnZW5jeTogbnVsbGFibGVTdHJpbmcsXG4gICAgICAgICAgcmF0aW5nczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBwYXRod2F5OiB7IHR5cGU6ICdzdHJpbmcnIH0sIHJhdGluZzogeyB0eXBlOiAnc3RyaW5nJyB9LCBub3RlOiBudWxsYWJsZVN0cmluZyB9IH0gfSxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhY3Rpb25zOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBhY3Rpb25TY2hlbWEgfSxcbiAgICBhcHBvaW50bWVudHM6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IHRydWUsIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sIGRhdGU6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sIHB1cnBvc2U6IHsgdHlwZTogJ3N0cmluZycgfSwgYWdlbmN5OiBudWxsYWJsZVN0cmluZywgc3RhdHVzOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0gfSB9LFxuICAgIH0sXG4gICAgYWxlcnRzOiB7XG4gICAgICB0eXBlOiAnYXJyYXknLFxuICAgICAgaXRlbXM6IHtcbiAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB0cnVlLFxuICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgaWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgICAga2luZDogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgIHJhaXNlZE9uOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgICAgICAgIGFib3V0RGF0ZTogbnVsbGFibGVTdHJpbmcsXG4gICAgICAgICAgZGV0YWlsOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgICAgcmVjaXBpZW50czogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gICAgICAgICAgYWNrbm93bGVkZ2VkQnk6IG51bGxhYmxlU3RyaW5nLFxuICAgICAgICAgIGFja25vd2xlZGdlZEF0OiBudWxsYWJsZVN0cmluZyxcbiAgICAgICAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGRpc2VuZ2FnZW1lbnQ6IHtcbiAgICAgIHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSxcbiAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiB0cnVlLFxuICAgICAgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSwgc3RhZ2U6IHsgdHlwZTogJ3N0cmluZycgfSwgc2luY2U6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sIHJvdXRlOiBudWxsYWJsZVN0cmluZywgcm91dGVPbjogbnVsbGFibGVTdHJpbmcsIG91dGNvbWU6IG51bGxhYmxlU3RyaW5nLCBjb25jbHVkZWRPbjogbnVsbGFibGVTdHJpbmcsIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0gfSxcbiAgICB9LFxuICAgIG5vdGVzOiB7XG4gICAgICB0eXBlOiAnYXJyYXknLFxuICAgICAgaXRlbXM6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sIGRhdGU6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sIGF1dGhvcjogeyB0eXBlOiAnc3RyaW5nJyB9LCBhZ2VuY3k6IG51bGxhYmxlU3RyaW5nLCBzZW5zaXRpdml0eTogeyB0eXBlOiAnc3RyaW5nJyB9LCBib2R5OiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgIH0sXG4gICAgY3VzdG9keToge1xuICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICBwcm9wZXJ0aWVzOiB7IGluQ3VzdG9keTogeyB0eXBlOiAnYm9vbGVhbicgfSwga2luZDogbnVsbGFibGVTdHJpbmcsIHNpbmNlOiBudWxsYWJsZVN0cmluZywgZXhwZWN0ZWRSZWxlYXNlOiBudWxsYWJsZVN0cmluZywgZXN0YWJsaXNobWVudDogbnVsbGFibGVTdHJpbmcsIHJlbGVhc2VEdWVTb29uOiB7IHR5cGU6ICdib29sZWFuJyB9IH0sXG4gICAgfSxcbiAgICBoZWFsdGhXaXRoaGVsZDogbnVsbGFibGVTdHJpbmcsXG4gICAgdG9kYXk6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBT0EsU0FBUyxrQ0FBa0M7QUFDM0MsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxnQkFBZ0I7QUFDekIsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUywyQkFBMkI7QUFDcEMsU0FBUyxpQkFBaUIsYUFBYSxnQkFBZ0I7QUFDdkQsU0FBUyxjQUFjLHdCQUF3QjtBQUkvQyxNQUFNLE1BQU0sQ0FBQyxNQUEwRCxPQUFPLE1BQU0sV0FBVyxJQUFJLE1BQU0sUUFBUSxDQUFDLElBQUksRUFBRSxDQUFDLElBQUk7QUFFN0gsU0FBUyxXQUFXLE9BQXVCO0FBQ3pDLFFBQU0sS0FBSyxPQUFPLEtBQUs7QUFDdkIsTUFBSSxDQUFDLE9BQU8sY0FBYyxFQUFFLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxjQUFjLHFDQUFxQztBQUN2RyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLEtBQUssT0FBZSxNQUFzQjtBQUNqRCxRQUFNLEtBQUssT0FBTyxLQUFLO0FBQ3ZCLE1BQUksQ0FBQyxPQUFPLGNBQWMsRUFBRSxLQUFLLE1BQU0sRUFBRyxPQUFNLElBQUksY0FBYyxlQUFlLElBQUksbUJBQW1CO0FBQ3hHLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLE1BQVk7QUFDbkMsUUFBTSxNQUF5RCxDQUFDO0FBQ2hFLGFBQVcsS0FBSyxTQUFVLEtBQUksQ0FBQyxJQUFJLEVBQUUsUUFBUSxJQUFJLEtBQUssVUFBVSxDQUFDLEVBQUUsQ0FBQyxLQUFLLElBQUksTUFBTSxJQUFJLEtBQUssUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFO0FBQzFHLFNBQU87QUFDVDtBQUVBLE1BQU0sVUFBVSxDQUFDLFVBQWtCLFNBQVMsT0FBTyxXQUFXLFFBQVEsUUFBUSxNQUFNO0FBRTdFLFNBQVMsbUJBQW1CLEtBQTRCO0FBRTdELE1BQUksSUFBeUQsYUFBYSxFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ25JLFVBQU0sSUFBSSxJQUFJO0FBQ2QsVUFBTSxXQUFXLE1BQU0sSUFBSSxTQUFTLE1BQU0sU0FBUyxJQUFJLE9BQVEsRUFBRSxNQUFNLEVBQUUsTUFBTSxRQUFRLEVBQUUsUUFBUSxNQUFNLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxPQUFPLEVBQUUsTUFBTSxDQUFDO0FBQzdJLFdBQU8sTUFBTSxPQUFPLGdCQUFnQixpQkFBaUIsUUFBUSxDQUFDO0FBQUEsRUFDaEUsQ0FBQztBQUVELE1BQUksSUFBZ0Msb0JBQW9CLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVUsU0FBUyxLQUFLLElBQUksT0FBUSxXQUFXLElBQUksT0FBTyxFQUFFLEdBQUcsUUFBVyxLQUFLLENBQUM7QUFFM0wsTUFBSSxLQUE2Qyx5QkFBeUIsRUFBRSxRQUFRLEVBQUUsUUFBUSxjQUFjLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNySSxVQUFNLEtBQUssV0FBVyxJQUFJLE9BQU8sRUFBRTtBQUNuQyxVQUFNLGlCQUFpQixJQUFJLElBQUksTUFBTSxhQUFhLEtBQUssSUFBSSxLQUFLO0FBQ2hFLFFBQUksY0FBYyxTQUFTLElBQUk7QUFDN0IsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLE1BQU0sT0FBTyxlQUFlO0FBQUEsUUFDakMsT0FBTztBQUFBLFFBQ1AsVUFBVTtBQUFBLFFBQ1YsUUFBUSxXQUFXLEVBQUU7QUFBQSxRQUNyQixhQUFhLEVBQUUsZUFBZSw2Q0FBNkM7QUFBQSxRQUMzRSxRQUFRLENBQUMsRUFBRSxNQUFNLDhDQUE4QyxNQUFNLGlCQUFpQixDQUFDO0FBQUEsTUFDekYsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLFNBQVMsS0FBSyxJQUFJLE9BQVEsSUFBSSxlQUFlLEtBQUs7QUFBQSxFQUMzRCxDQUFDO0FBRUQsTUFBSSxLQUE2QyxvQkFBb0IsRUFBRSxRQUFRLEVBQUUsUUFBUSxZQUFZLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUM5SCxVQUFNLEtBQUssV0FBVyxJQUFJLE9BQU8sRUFBRTtBQUNuQyxVQUFNLElBQUksSUFBSSxRQUFRLENBQUM7QUFDdkIsVUFBTSxJQUFJLFNBQVMsTUFBTSxLQUFLLElBQUksT0FBUSxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsWUFBWSxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksWUFBWSxJQUFJLEVBQUUsVUFBVSxLQUFLLElBQUksYUFBYSxJQUFJLEVBQUUsV0FBVyxLQUFLLE1BQU0sVUFBVSxJQUFJLEVBQUUsUUFBUSxFQUFFLENBQUM7QUFDeE0sV0FBTyxNQUFNLFNBQVMsUUFBUSxFQUFFLEdBQUcsR0FBRztBQUFBLEVBQ3hDLENBQUM7QUFFRCxNQUFJLEtBQTZDLHlCQUF5QixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ25JLFVBQU0sS0FBSyxXQUFXLElBQUksT0FBTyxFQUFFO0FBQ25DLFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLElBQUksU0FBUyxNQUFNLFdBQVcsSUFBSSxPQUFRLEVBQUUsVUFBVSxHQUFHLEdBQUcsRUFBRSxZQUFZLElBQUksRUFBRSxVQUFVLEtBQUssSUFBSSxhQUFhLElBQUksRUFBRSxXQUFXLEtBQUssTUFBTSxTQUFTLFlBQVksRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUNuTCxXQUFPLE1BQU0sU0FBUyxRQUFRLElBQUksT0FBTyxHQUFHLEdBQUc7QUFBQSxFQUNqRCxDQUFDO0FBRUQsTUFBSSxLQUE2Qyx5QkFBeUIsRUFBRSxRQUFRLEVBQUUsUUFBUSxZQUFZLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNuSSxVQUFNLEtBQUssV0FBVyxJQUFJLE9BQU8sRUFBRTtBQUNuQyxVQUFNLElBQUksSUFBSSxRQUFRLENBQUM7QUFDdkIsVUFBTSxJQUFJLFNBQVMsTUFBTSxjQUFjLElBQUksT0FBUSxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsUUFBUSxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksTUFBTSxJQUFJLEVBQUUsSUFBSSxLQUFLLElBQUksUUFBUSxJQUFJLEVBQUUsTUFBTSxLQUFLLE1BQU0sU0FBUyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDN0wsV0FBTyxNQUFNLFNBQVMsUUFBUSxJQUFJLE9BQU8sR0FBRyxHQUFHO0FBQUEsRUFDakQsQ0FBQztBQUVELE1BQUksS0FBNkMsZ0NBQWdDLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDMUksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ3ZCLFVBQU0sSUFBSSxTQUFTLE1BQU0saUJBQWlCLElBQUksT0FBUSxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsUUFBUSxJQUFJLEVBQUUsTUFBTSxLQUFLLElBQUksU0FBUyxZQUFZLEVBQUUsT0FBTyxFQUFFLENBQUM7QUFDeEksV0FBTyxNQUFNLFNBQVMsUUFBUSxJQUFJLE9BQU8sR0FBRyxHQUFHO0FBQUEsRUFDakQsQ0FBQztBQUVELE1BQUksS0FBNkMsZ0NBQWdDLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDMUksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ3ZCLFVBQU0sSUFBSSxTQUFTLE1BQU0saUJBQWlCLElBQUksT0FBUSxFQUFFLFVBQVUsR0FBRyxHQUFHLEVBQUUsTUFBTSxJQUFJLEVBQUUsSUFBSSxLQUFLLElBQUksTUFBTSxJQUFJLEVBQUUsSUFBSSxHQUFHLFNBQVMsZ0JBQWdCLENBQUMsRUFBRSxDQUFDO0FBQ25KLFdBQU8sTUFBTSxTQUFTLFFBQVEsSUFBSSxjQUFjLEdBQUcsR0FBRztBQUFBLEVBQ3hELENBQUM7QUFFRCxNQUFJLEtBQTZDLDRCQUE0QixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3RJLFVBQU0sS0FBSyxXQUFXLElBQUksT0FBTyxFQUFFO0FBQ25DLFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLElBQUksU0FBUyxNQUFNLFVBQVUsSUFBSSxPQUFRLEVBQUUsVUFBVSxHQUFHLEdBQUcsRUFBRSxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssSUFBSSxhQUFhLElBQUksRUFBRSxXQUFXLEtBQUssSUFBSSxhQUFhLElBQUksRUFBRSxXQUFXLEtBQUssSUFBSSxTQUFTLElBQUksRUFBRSxPQUFPLEtBQUssR0FBRyxDQUFDO0FBQy9NLFdBQU8sTUFBTSxTQUFTLFFBQVEsSUFBSSxPQUFPLEdBQUcsR0FBRztBQUFBLEVBQ2pELENBQUM7QUFFRCxNQUFJLEtBQTZDLHdCQUF3QixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2xJLFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLE9BQU8sTUFBTSxJQUFJLFNBQVMsTUFBTSxjQUFjLElBQUksT0FBUSxLQUFLLElBQUksT0FBTyxJQUFJLFFBQVEsR0FBRyxFQUFFLFFBQVEsSUFBSSxFQUFFLE1BQU0sS0FBSyxJQUFJLFNBQVMsSUFBSSxFQUFFLE9BQU8sS0FBSyxJQUFJLGFBQWEsSUFBSSxFQUFFLFdBQVcsR0FBRyxTQUFTLFlBQVksRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUMvTixXQUFPLE1BQU0sU0FBUyxRQUFRLEtBQUssVUFBVSxPQUFPLEdBQUcsR0FBRztBQUFBLEVBQzVELENBQUM7QUFFRCxNQUFJLEtBQTZDLDBCQUEwQixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3BJLFVBQU0sS0FBSyxXQUFXLElBQUksT0FBTyxFQUFFO0FBQ25DLFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLElBQUksU0FBUyxNQUFNLFFBQVEsSUFBSSxPQUFRLEVBQUUsVUFBVSxHQUFHLEdBQUcsRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLEtBQUssSUFBSSxhQUFhLElBQUksRUFBRSxXQUFXLEdBQUcsTUFBTSxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFDOUksV0FBTyxNQUFNLFNBQVMsUUFBUSxJQUFJLFFBQVEsR0FBRyxHQUFHO0FBQUEsRUFDbEQsQ0FBQztBQUdELFFBQU0sU0FBUyxFQUFFLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxjQUFjO0FBQ3hJLFFBQU0sa0JBQWtCLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxXQUFXLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUksRUFBRSxHQUFHLFVBQVUsQ0FBQyxXQUFXLEVBQUU7QUFFL0ksTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLE9BQU87QUFBQSxRQUNkLGFBQWE7QUFBQSxVQUNYLE1BQU07QUFBQSxVQUNOLFlBQVk7QUFBQSxZQUNWLE1BQU0sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFFBQVEsUUFBUSxPQUFPLEVBQUU7QUFBQSxZQUN4RCxRQUFRLEVBQUUsTUFBTSxTQUFTO0FBQUEsWUFDekIsTUFBTSxFQUFFLE1BQU0sVUFBVSxhQUFhLHFCQUFxQjtBQUFBLFlBQzFELE1BQU0sRUFBRSxNQUFNLFVBQVUsYUFBYSw4RUFBOEU7QUFBQSxZQUNuSCxPQUFPLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxPQUFPLE1BQU0sRUFBRTtBQUFBLFlBQy9DLEdBQUc7QUFBQSxVQUNMO0FBQUEsUUFDRjtBQUFBLFFBQ0EsVUFBVTtBQUFBLFVBQ1IsS0FBSztBQUFBLFlBQ0gsTUFBTTtBQUFBLFlBQ04sVUFBVSxDQUFDLFFBQVEsU0FBUyxVQUFVLFNBQVMsTUFBTTtBQUFBLFlBQ3JELFlBQVk7QUFBQSxjQUNWLE1BQU0sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFFBQVEsUUFBUSxPQUFPLEVBQUU7QUFBQSxjQUN4RCxPQUFPLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLGNBQ3hDLFFBQVEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsUUFBUSxPQUFPLEdBQUcsWUFBWSxFQUFFLE1BQU0sRUFBRSxNQUFNLFVBQVUsR0FBRyxNQUFNLEVBQUUsTUFBTSxVQUFVLEdBQUcsT0FBTyxFQUFFLE1BQU0sVUFBVSxFQUFFLEVBQUU7QUFBQSxjQUNoSyxPQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sa0JBQWtCO0FBQUEsY0FDakQsTUFBTSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxhQUFhLGtFQUFrRTtBQUFBLFlBQ25IO0FBQUEsVUFDRjtBQUFBLFVBQ0EsR0FBRztBQUFBLFFBQ0w7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRO0FBQ2IsWUFBTSxFQUFFLFFBQVEsT0FBTyxHQUFHLEVBQUUsSUFBSSxJQUFJO0FBQ3BDLFlBQU0sSUFBSSxNQUFNLElBQUksU0FBUyxNQUFNLFNBQVMsSUFBSSxPQUFRLEVBQUUsR0FBRyxHQUFHLE1BQU0sRUFBRSxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBQ3pGLGFBQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxPQUFPLEVBQUUsT0FBTyxRQUFRLEVBQUUsUUFBUSxPQUFPLEVBQUUsT0FBTyxNQUFNLEVBQUUsS0FBSztBQUFBLElBQ3hGO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsY0FBYztBQUFBLE1BQ2hDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWE7QUFBQSxRQUNiLE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRO0FBQUEsUUFDUixTQUFTLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxtQkFBbUIsRUFBRSxNQUFNLFNBQVMsRUFBRSxFQUFFO0FBQUEsUUFDakYsVUFBVSxFQUFFLEtBQUssZ0JBQWdCLEdBQUcsT0FBTztBQUFBLE1BQzdDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxPQUFPLE1BQU0sSUFBSSxTQUFTLE1BQU0sS0FBSyxJQUFJLE9BQVEsRUFBRSxXQUFXLElBQUksT0FBTyxVQUFVLEdBQUcsRUFBRSxlQUFlLElBQUksUUFBUSxpQkFBaUIsR0FBRyxTQUFTLE1BQU0sQ0FBQztBQUM3SixVQUFJLENBQUMsS0FBTSxPQUFNLElBQUksY0FBYywrQkFBK0I7QUFDbEUsZUFBUyxPQUFPLFFBQVEsS0FBSyxRQUFRLEtBQUssT0FBTztBQUNqRCxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFVBQVUsWUFBWTtBQUFBLFVBQ2pDLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxTQUFTLEdBQUcsWUFBWSxpQkFBaUIsYUFBYSxFQUFFLE1BQU0sQ0FBQyxVQUFVLFdBQVcsTUFBTSxFQUFFLEdBQUcsVUFBVSxFQUFFLE1BQU0sU0FBUyxFQUFFO0FBQUEsUUFDNUo7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLEdBQUcsV0FBVyxFQUFFLE1BQU0sU0FBUyxHQUFHLFNBQVMsRUFBRSxNQUFNLFVBQVUsRUFBRSxFQUFFLEdBQUcsR0FBRyxPQUFPO0FBQUEsTUFDM0o7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksSUFBSTtBQUNkLFlBQU0sU0FBUyxNQUFNLElBQUksU0FBUyxNQUFNLEtBQUssSUFBSSxPQUFRLEVBQUUsV0FBVyxJQUFJLE9BQU8sVUFBVSxHQUFHLEVBQUUsWUFBWSxFQUFFLFFBQVEsWUFBWSxFQUFFLFlBQVksYUFBYSxFQUFFLGVBQWUsTUFBTSxVQUFVLEVBQUUsU0FBUyxDQUFDO0FBQzFNLGVBQVMsT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLE9BQU87QUFDckQsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUssTUFBTTtBQUFBLElBQ3BDO0FBQUEsRUFDRjtBQUVBLFFBQU0sa0JBQWtCLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLEdBQUcsU0FBUyxFQUFFLE1BQU0sVUFBVSxFQUFFLEVBQUU7QUFDcEgsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLE9BQU87QUFBQSxRQUNkLFFBQVE7QUFBQSxRQUNSLE1BQU0sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFlBQVksR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsWUFBWSxpQkFBaUIsYUFBYSxFQUFFLE1BQU0sQ0FBQyxVQUFVLFdBQVcsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLFFBQ2pMLFVBQVUsRUFBRSxLQUFLLGlCQUFpQixHQUFHLE9BQU87QUFBQSxNQUM5QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxNQUFNLElBQUksU0FBUyxNQUFNLFdBQVcsSUFBSSxPQUFRLEVBQUUsV0FBVyxJQUFJLE9BQU8sVUFBVSxHQUFHLEVBQUUsWUFBWSxJQUFJLEtBQUssWUFBWSxhQUFhLElBQUksS0FBSyxlQUFlLE1BQU0sU0FBUyxDQUFDLFdBQVcsZ0JBQWdCLEtBQUssUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUN4TyxlQUFTLE9BQU8sUUFBUSxFQUFFLFFBQVEsRUFBRSxPQUFPO0FBQzNDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRO0FBQUEsUUFDUixNQUFNO0FBQUEsVUFDSixNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsUUFBUTtBQUFBLFVBQ25CLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVksRUFBRSxRQUFRLGlCQUFpQixNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsUUFBUSxFQUFFLE1BQU0sQ0FBQyxVQUFVLFdBQVcsTUFBTSxFQUFFLEdBQUcsUUFBUSxFQUFFLE1BQU0sVUFBVSxFQUFFO0FBQUEsUUFDaEo7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLGlCQUFpQixHQUFHLE9BQU87QUFBQSxNQUM5QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sTUFBTSxFQUFFLFdBQVcsSUFBSSxPQUFPLFVBQVU7QUFDOUMsWUFBTSxVQUFVLENBQUMsV0FBbUIsZ0JBQWdCLEtBQUssUUFBUSxNQUFNO0FBQ3ZFLFlBQU0sSUFBSSxJQUFJO0FBQ2QsWUFBTSxJQUFJLEVBQUUsU0FDUixNQUFNLElBQUksU0FBUyxNQUFNLGlCQUFpQixJQUFJLE9BQVEsS0FBSyxFQUFFLFFBQVEsRUFBRSxRQUFRLFFBQVEsQ0FBQyxJQUN4RixNQUFNLElBQUksU0FBUyxNQUFNLGNBQWMsSUFBSSxPQUFRLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxNQUFNLEVBQUUsUUFBUSxJQUFJLFFBQVEsRUFBRSxVQUFVLE1BQU0sUUFBUSxDQUFDO0FBQ3ZJLGVBQVMsT0FBTyxRQUFRLEVBQUUsUUFBUSxFQUFFLE9BQU87QUFDM0MsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLE9BQU87QUFBQSxRQUNkLFFBQVE7QUFBQSxRQUNSLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxXQUFXLGVBQWUsZUFBZSxTQUFTO0FBQUEsVUFDN0Qsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWSxFQUFFLFNBQVMsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLEdBQUcsUUFBUSxFQUFFLEdBQUcsYUFBYSxFQUFFLE1BQU0sU0FBUyxHQUFHLGFBQWEsaUJBQWlCLFNBQVMsRUFBRSxNQUFNLFNBQVMsRUFBRTtBQUFBLFFBQzdKO0FBQUEsUUFDQSxVQUFVLEVBQUUsS0FBSyxjQUFjLEdBQUcsT0FBTztBQUFBLE1BQzNDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLE1BQU0sSUFBSSxTQUFTLE1BQU0sVUFBVSxJQUFJLE9BQVEsRUFBRSxXQUFXLElBQUksT0FBTyxVQUFVLEdBQUcsSUFBSSxJQUFJO0FBQ3RHLGVBQVMsT0FBTyxVQUFVLEVBQUUsSUFBSSxFQUFFLE9BQU87QUFDekMsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUssQ0FBQztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxXQUFXLFNBQVMsRUFBRSxFQUFFLEdBQUcsVUFBVSxDQUFDLElBQUksRUFBRTtBQUFBLFFBQ2hHLE1BQU0sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFVBQVUsU0FBUyxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxRQUFRLFdBQVcsRUFBRSxHQUFHLFNBQVMsRUFBRSxNQUFNLFNBQVMsR0FBRyxhQUFhLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFFBQzVOLFVBQVUsRUFBRSxLQUFLLGNBQWMsR0FBRyxPQUFPO0FBQUEsTUFDM0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxJQUFJLFNBQVMsTUFBTSxjQUFjLElBQUksT0FBUSxJQUFJLE9BQU8sSUFBSSxFQUFFLEdBQUcsSUFBSSxNQUFNLFNBQVMsZ0JBQWdCLEtBQUssVUFBVSxJQUFJLE9BQU8sRUFBRSxFQUFFLENBQUM7QUFDbkosZUFBUyxPQUFPLFVBQVUsRUFBRSxJQUFJLEVBQUUsT0FBTztBQUN6QyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsYUFBYSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsVUFBVSxRQUFRLEVBQUUsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFFBQ3pNLFVBQVUsRUFBRSxLQUFLLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxHQUFHLGFBQWEsRUFBRSxNQUFNLFNBQVMsR0FBRyxRQUFRLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRSxHQUFHLEdBQUcsT0FBTztBQUFBLE1BQ2pMO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVUsTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxJQUFJLE9BQVEsRUFBRSxXQUFXLElBQUksT0FBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUM7QUFBQSxFQUN4STtBQUVBLFFBQU0sZUFBZSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsUUFBUSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxRQUFRLE9BQU8sVUFBVSxNQUFNLEVBQUUsR0FBRyxNQUFNLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUNsTixNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFFBQVEsU0FBUztBQUFBLFVBQzVCLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxXQUFXLFdBQVcsRUFBRSxHQUFHLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUUsTUFBTSxVQUFVLHNCQUFzQixhQUFhLEVBQUU7QUFBQSxRQUNwSztBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLElBQUksRUFBRSxNQUFNLFVBQVUsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUUsR0FBRyxHQUFHLE9BQU87QUFBQSxNQUM5STtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVLE1BQU0sS0FBSyxHQUFHLEVBQUUsS0FBSyxNQUFNLElBQUksU0FBUyxNQUFNLGlCQUFpQixJQUFJLE9BQVEsRUFBRSxXQUFXLElBQUksT0FBTyxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUM7QUFBQSxFQUNqSjtBQUNGO0FBRUEsZUFBZSxTQUFTLEtBQXNCLE9BQWMsSUFBWSxlQUFtQyxPQUFxQjtBQUM5SCxNQUFJO0FBQ0osTUFBSTtBQUNGLFdBQU8sTUFBTSxJQUFJLFNBQVMsTUFBTSxLQUFLLE9BQU8sRUFBRSxVQUFVLEdBQUcsR0FBRyxFQUFFLGVBQWUsU0FBUyxNQUFNLENBQUM7QUFBQSxFQUNqRyxTQUFTLEdBQUc7QUFDVixRQUFJLGFBQWEsNEJBQTRCO0FBQzNDLFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxNQUFNLE9BQU8sZUFBZSxFQUFFLE9BQU8sNkJBQTZCLFVBQVUsSUFBSSxRQUFRLFdBQVcsRUFBRSxjQUFjLGFBQWEsQ0FBQyxFQUFFLENBQUM7QUFBQSxJQUM3STtBQUNBLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxVQUFVLE1BQU0sSUFBSSxTQUFTLE1BQU0sUUFBUSxPQUFPLEVBQUUsVUFBVSxHQUFHLENBQUM7QUFDeEUsU0FBTyxNQUFNLE9BQU8sWUFBWSxhQUFhLE9BQU8sTUFBTSxPQUFPLENBQUM7QUFDcEU7QUFFQSxNQUFNLGtCQUFrQixFQUFFLE1BQU0sQ0FBQyxVQUFVLFNBQVMsRUFBRTtBQUd0RCxNQUFNLGlCQUFpQixFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUNsRCxNQUFNLG9CQUFvQjtBQUFBLEVBQ3hCLE1BQU07QUFBQSxFQUNOLHNCQUFzQjtBQUFBLEVBQ3RCLFVBQVUsQ0FBQyxVQUFVLFlBQVksYUFBYSxjQUFjLGNBQWMsVUFBVSxRQUFRLFlBQVksZUFBZSxZQUFZLGVBQWUsa0JBQWtCLFdBQVcsd0JBQXdCLG1CQUFtQjtBQUFBLEVBQzFOLFlBQVk7QUFBQSxJQUNWLFFBQVEsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMxQixVQUFVLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDNUIsV0FBVyxFQUFFLE1BQU0sU0FBUztBQUFBLElBQzVCLFlBQVksRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM3QixZQUFZLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDN0IsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQ3pCLE1BQU0sRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUN2QixVQUFVLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDM0IsYUFBYTtBQUFBLElBQ2IsVUFBVSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxJQUMzQyxhQUFhLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDL0IsZ0JBQWdCLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDbEMsU0FBUztBQUFBLElBQ1Qsc0JBQXNCLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDeEMsbUJBQW1CLEVBQUUsTUFBTSxVQUFVO0FBQUEsRUFDdkM7QUFDRjtBQUNBLE1BQU0sZUFBZTtBQUFBLEVBQ25CLE1BQU07QUFBQSxFQUNOLHNCQUFzQjtBQUFBLEVBQ3RCLFlBQVk7QUFBQSxJQUNWLElBQUksRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUN0QixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDdkIsU0FBUztBQUFBLElBQ1QsYUFBYSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQzlCLGFBQWE7QUFBQSxJQUNiLFNBQVMsRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPO0FBQUEsSUFDMUMsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQ3pCLFNBQVM7QUFBQSxJQUNULGFBQWE7QUFBQSxJQUNiLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMzQixlQUFlLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxFQUFFO0FBQUEsSUFDM0MsVUFBVTtBQUFBLElBQ1YsUUFBUTtBQUFBLElBQ1IsU0FBUyxFQUFFLE1BQU0sVUFBVTtBQUFBLEVBQzdCO0FBQ0Y7QUFDQSxNQUFNLGlCQUFpQjtBQUFBLEVBQ3JCLE1BQU07QUFBQSxFQUNOLHNCQUFzQjtBQUFBLEVBQ3RCLFlBQVk7QUFBQSxJQUNWLFFBQVEsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMxQixVQUFVLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDNUIsV0FBVyxFQUFFLE1BQU0sU0FBUztBQUFBLElBQzVCLFFBQVEsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLElBQzdGLE1BQU0sRUFBRSxNQUFNLFVBQVUsc0JBQXNCLE1BQU0sWUFBWSxFQUFFLFVBQVUsRUFBRSxNQUFNLFVBQVUsR0FBRyxRQUFRLEVBQUUsTUFBTSxTQUFTLEdBQUcsWUFBWSxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUU7QUFBQSxJQUM5SixhQUFhLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUU7QUFBQSxJQUMvRyxVQUFVLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQzNDLFVBQVU7QUFBQSxJQUNWLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMzQixNQUFNO0FBQUEsTUFDSixNQUFNO0FBQUEsTUFDTixPQUFPLEVBQUUsTUFBTSxVQUFVLHNCQUFzQixNQUFNLFlBQVksRUFBRSxVQUFVLEVBQUUsTUFBTSxVQUFVLEdBQUcsUUFBUSxFQUFFLE1BQU0sU0FBUyxHQUFHLFlBQVksRUFBRSxNQUFNLFNBQVMsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsUUFBUSxFQUFFLE1BQU0sQ0FBQyxXQUFXLE1BQU0sRUFBRSxHQUFHLFFBQVEsZUFBZSxFQUFFO0FBQUEsSUFDMVA7QUFBQSxJQUNBLGFBQWE7QUFBQSxNQUNYLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxRQUNMLE1BQU07QUFBQSxRQUNOLHNCQUFzQjtBQUFBLFFBQ3RCLFlBQVk7QUFBQSxVQUNWLElBQUksRUFBRSxNQUFNLFVBQVU7QUFBQSxVQUN0QixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsVUFDdkIsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxVQUN2QyxRQUFRO0FBQUEsVUFDUixTQUFTLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFNBQVMsRUFBRSxNQUFNLFNBQVMsR0FBRyxRQUFRLEVBQUUsTUFBTSxTQUFTLEdBQUcsTUFBTSxlQUFlLEVBQUUsRUFBRTtBQUFBLFFBQ3JKO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFNBQVMsRUFBRSxNQUFNLFNBQVMsT0FBTyxhQUFhO0FBQUEsSUFDOUMsY0FBYztBQUFBLE1BQ1osTUFBTTtBQUFBLE1BQ04sT0FBTyxFQUFFLE1BQU0sVUFBVSxzQkFBc0IsTUFBTSxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sVUFBVSxHQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPLEdBQUcsU0FBUyxFQUFFLE1BQU0sU0FBUyxHQUFHLFFBQVEsZ0JBQWdCLFFBQVEsRUFBRSxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUUsTUFBTSxVQUFVLEVBQUUsRUFBRTtBQUFBLElBQ3hQO0FBQUEsSUFDQSxRQUFRO0FBQUEsTUFDTixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsUUFDTCxNQUFNO0FBQUEsUUFDTixzQkFBc0I7QUFBQSxRQUN0QixZQUFZO0FBQUEsVUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsVUFDdEIsTUFBTSxFQUFFLE1BQU0sU0FBUztBQUFBLFVBQ3ZCLFVBQVUsRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPO0FBQUEsVUFDM0MsV0FBVztBQUFBLFVBQ1gsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLFVBQ3pCLFlBQVksRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFLE1BQU0sU0FBUyxFQUFFO0FBQUEsVUFDdkQsZ0JBQWdCO0FBQUEsVUFDaEIsZ0JBQWdCO0FBQUEsVUFDaEIsU0FBUyxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQzdCO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLGVBQWU7QUFBQSxNQUNiLE1BQU0sQ0FBQyxVQUFVLE1BQU07QUFBQSxNQUN2QixzQkFBc0I7QUFBQSxNQUN0QixZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sVUFBVSxHQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVMsR0FBRyxPQUFPLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxHQUFHLE9BQU8sZ0JBQWdCLFNBQVMsZ0JBQWdCLFNBQVMsZ0JBQWdCLGFBQWEsZ0JBQWdCLFNBQVMsRUFBRSxNQUFNLFVBQVUsRUFBRTtBQUFBLElBQ2xQO0FBQUEsSUFDQSxPQUFPO0FBQUEsTUFDTCxNQUFNO0FBQUEsTUFDTixPQUFPLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU8sR0FBRyxRQUFRLEVBQUUsTUFBTSxTQUFTLEdBQUcsUUFBUSxnQkFBZ0IsYUFBYSxFQUFFLE1BQU0sU0FBUyxHQUFHLE1BQU0sRUFBRSxNQUFNLFNBQVMsRUFBRSxFQUFFO0FBQUEsSUFDNU47QUFBQSxJQUNBLFNBQVM7QUFBQSxNQUNQLE1BQU07QUFBQSxNQUNOLFlBQVksRUFBRSxXQUFXLEVBQUUsTUFBTSxVQUFVLEdBQUcsTUFBTSxnQkFBZ0IsT0FBTyxnQkFBZ0IsaUJBQWlCLGdCQUFnQixlQUFlLGdCQUFnQixnQkFBZ0IsRUFBRSxNQUFNLFVBQVUsRUFBRTtBQUFBLElBQ2pNO0FBQUEsSUFDQSxnQkFBZ0I7QUFBQSxJQUNoQixPQUFPLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLEVBQzFDO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
