import { NotFoundError } from "../../errors.js";
import { problemSchema } from "../errors.js";
import { expectedVersion, formVersion, sendEtag } from "../etag.js";
function idOf(param, what) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}
const field = (body, name) => {
  const v = body?.[name];
  return typeof v === "string" ? v : void 0;
};
const caseAddress = (personId, anchor) => `/people/${personId}/case#${anchor}`;
const date = { type: "string", format: "date" };
const nullableDate = { type: ["string", "null"], format: "date" };
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema };
const ifMatch = { type: "object", properties: { "if-match": { type: "string", description: "The ETag the change was drawn from; when it is stale the answer is 412." } } };
const appointmentProps = {
  id: { type: "integer" },
  caseId: { type: "integer" },
  personId: { type: "integer" },
  personRef: { type: "string" },
  date,
  purpose: { type: ["string", "null"], description: "null when withheld: a drug-service appointment's purpose is health detail" },
  purposeWithheld: { type: ["string", "null"] },
  agencyId: { type: ["integer", "null"] },
  agency: { type: ["string", "null"] },
  status: { type: "string", enum: ["planned", "attended", "missed", "cancelled"] },
  outcomeRecordedOn: nullableDate,
  version: { type: "integer" }
};
const appointmentResult = {
  type: "object",
  properties: {
    ...appointmentProps,
    outreach: {
      type: ["object", "null"],
      description: "The assertive outreach action a miss opened (kind assertive_outreach).",
      properties: { id: { type: "integer" }, dueDate: date, ownerAgencyId: { type: ["integer", "null"] }, version: { type: "integer" } }
    },
    disengagement: {
      type: ["object", "null"],
      description: "The disengagement pathway a further miss opened.",
      properties: { id: { type: "integer" }, stage: { type: "string" }, since: date, version: { type: "integer" } }
    },
    disengagementInProgress: { type: ["integer", "null"], description: "The pathway already in progress when this miss would have opened one." },
    closedOutreach: { type: "array", items: { type: "integer" }, description: "Outreach actions this attendance closed." }
  }
};
const disengagementBody = {
  type: "object",
  properties: {
    id: { type: "integer" },
    caseId: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    stage: { type: "string", enum: ["opened", "route_chosen", "concluded"] },
    since: date,
    route: { type: ["string", "null"], enum: ["enforcement", "breach", "return_to_court", null] },
    routeOn: nullableDate,
    outcome: { type: ["string", "null"] },
    concludedOn: nullableDate,
    version: { type: "integer" }
  }
};
const releaseTask = {
  type: "object",
  properties: {
    id: { type: "integer" },
    caseId: { type: "integer" },
    personId: { type: "integer" },
    personRef: { type: "string" },
    kind: { type: "string", enum: ["release_accommodation", "release_treatment", "release_police_informed"] },
    description: { type: "string" },
    ownerAgencyId: { type: ["integer", "null"] },
    dueDate: date,
    status: { type: "string", enum: ["open", "done", "cancelled"] },
    toldWhom: { type: ["string", "null"] },
    toldOn: nullableDate,
    outcome: { type: ["string", "null"] },
    withheld: { type: ["string", "null"] },
    version: { type: "integer" }
  }
};
const idParams = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] };
const refParams = { type: "object", properties: { personRef: { type: "string", minLength: 1, maxLength: 100 } }, required: ["personRef"] };
function withEtag(reply, kind, body) {
  sendEtag(reply, kind, body.id, body.version);
  return body;
}
function registerAppointmentRoutes(app) {
  const s = () => app.services.appointments;
  app.post("/people/:id/case/appointments", { config: { access: "case:work" } }, async (req, reply) => {
    const personId = idOf(req.params.id, "person");
    await s().record(req.actor, { personId }, {
      date: field(req.body, "date") ?? "",
      purpose: field(req.body, "purpose") ?? "",
      status: field(req.body, "status"),
      agencyId: field(req.body, "agencyId"),
      scheme: field(req.body, "scheme")
    });
    return reply.redirect(caseAddress(personId, "appointments"), 303);
  });
  app.post("/appointments/:id/outcome", { config: { access: "case:work" } }, async (req, reply) => {
    const a = await s().recordOutcome(req.actor, { appointmentId: idOf(req.params.id, "appointment"), status: field(req.body, "status") ?? "", version: formVersion(field(req.body, "version")) });
    return reply.redirect(caseAddress(a.personId, "appointments"), 303);
  });
  app.post("/people/:id/case/disengagement/route", { config: { access: "case:work" } }, async (req, reply) => {
    const personId = idOf(req.params.id, "person");
    await s().recordDisengagementRoute(req.actor, { personId }, { route: field(req.body, "route") ?? "", date: field(req.body, "date"), version: formVersion(field(req.body, "version")) });
    return reply.redirect(caseAddress(personId, "disengagement"), 303);
  });
  app.post("/people/:id/case/disengagement/outcome", { config: { access: "case:work" } }, async (req, reply) => {
    const personId = idOf(req.params.id, "person");
    await s().recordDisengagementOutcome(req.actor, { personId }, { outcome: field(req.body, "outcome") ?? "", date: field(req.body, "date"), version: formVersion(field(req.body, "version")) });
    return reply.redirect(caseAddress(personId, "disengagement"), 303);
  });
  app.post("/people/:id/case/release-plan", { config: { access: "case:work" } }, async (req, reply) => {
    const personId = idOf(req.params.id, "person");
    await s().planRelease(req.actor, { personId }, { expectedRelease: field(req.body, "expectedRelease") });
    return reply.redirect(caseAddress(personId, "release"), 303);
  });
  app.post("/actions/:id/release-task", { config: { access: "case:work" } }, async (req, reply) => {
    const t = await s().recordReleaseTask(req.actor, {
      actionId: idOf(req.params.id, "case action"),
      toldWhom: field(req.body, "toldWhom") ?? "",
      toldOn: field(req.body, "toldOn"),
      note: field(req.body, "note"),
      version: formVersion(field(req.body, "version"))
    });
    return reply.redirect(caseAddress(t.personId, "release"), 303);
  });
  app.post(
    "/api/v1/people/:personRef/appointments",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records an appointment on the person\u2019s open case: planned (any date), or with its outcome for a date up to today. A miss opens assertive outreach, and a further miss the disengagement pathway. Audited.",
        description: "agencyId (or agency, its code) defaults to your own agency. scheme (its code) is needed only when the person has open cases on several schemes. An attended or missed appointment cannot be dated after today.",
        tags: ["cases"],
        params: refParams,
        body: {
          type: "object",
          required: ["date", "purpose"],
          additionalProperties: false,
          properties: {
            date: { type: "string", description: "YYYY-MM-DD" },
            purpose: { type: "string" },
            status: { type: "string", enum: ["planned", "attended", "missed", "cancelled"], default: "planned" },
            agencyId: { type: "integer" },
            agency: { type: "string" },
            scheme: { type: "string" }
          }
        },
        response: { 201: appointmentResult, ...errors }
      }
    },
    async (req, reply) => {
      const b = req.body;
      const a = await s().record(req.actor, { personRef: req.params.personRef }, { date: b.date, purpose: b.purpose, status: b.status, agencyId: b.agencyId ?? null, agencyCode: b.agency ?? null, scheme: b.scheme ?? null });
      reply.code(201).header("location", `/api/v1/appointments/${a.id}`);
      return withEtag(reply, "appointment", a);
    }
  );
  app.get(
    "/api/v1/appointments/:id",
    {
      config: { access: "case:work" },
      schema: { summary: "One appointment, with its ETag (for If-Match on its outcome). Logged as a consultation.", tags: ["cases"], params: idParams, response: { 200: { type: "object", properties: appointmentProps }, 401: problemSchema, 403: problemSchema, 404: problemSchema } }
    },
    async (req, reply) => withEtag(reply, "appointment", await s().view(req.actor, req.params.id))
  );
  app.post(
    "/api/v1/appointments/:id/outcome",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records a planned appointment\u2019s outcome. A miss opens assertive outreach due the partnership\u2019s outreach days after the appointment\u2019s date, and, after an earlier miss whose outreach is open or closed within 28 days, the disengagement pathway. Attendance closes the open outreach of earlier misses. Audited.",
        description: "If-Match is optional; when it names an older version of the appointment the answer is 412 and nothing changes.",
        tags: ["cases"],
        params: idParams,
        headers: ifMatch,
        body: { type: "object", required: ["status"], additionalProperties: false, properties: { status: { type: "string", enum: ["attended", "missed", "cancelled"] } } },
        response: { 200: appointmentResult, ...errors }
      }
    },
    async (req, reply) => {
      const a = await s().recordOutcome(req.actor, { appointmentId: req.params.id, status: req.body.status, version: expectedVersion(req, "appointment", req.params.id) });
      return withEtag(reply, "appointment", a);
    }
  );
  app.post(
    "/api/v1/disengagements/:id/route",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records the route taken on a disengagement pathway: enforcement, breach or return to court. The agency leading the case, scheme managers and administrators only. Audited.",
        tags: ["cases"],
        params: idParams,
        headers: ifMatch,
        body: { type: "object", required: ["route"], additionalProperties: false, properties: { route: { type: "string", enum: ["enforcement", "breach", "return_to_court"] }, date: { type: "string", description: "YYYY-MM-DD; default today" } } },
        response: { 200: disengagementBody, ...errors }
      }
    },
    async (req, reply) => {
      const d = await s().recordDisengagementRoute(req.actor, { disengagementId: req.params.id }, { route: req.body.route, date: req.body.date, version: expectedVersion(req, "disengagement", req.params.id) });
      return withEtag(reply, "disengagement", d);
    }
  );
  app.post(
    "/api/v1/disengagements/:id/outcome",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records the outcome of the route taken, which concludes the disengagement pathway. The agency leading the case, scheme managers and administrators only. Audited.",
        tags: ["cases"],
        params: idParams,
        headers: ifMatch,
        body: { type: "object", required: ["outcome"], additionalProperties: false, properties: { outcome: { type: "string" }, date: { type: "string", description: "YYYY-MM-DD; default today" } } },
        response: { 200: disengagementBody, ...errors }
      }
    },
    async (req, reply) => {
      const d = await s().recordDisengagementOutcome(req.actor, { disengagementId: req.params.id }, { outcome: req.body.outcome, date: req.body.date, version: expectedVersion(req, "disengagement", req.params.id) });
      return withEtag(reply, "disengagement", d);
    }
  );
  app.post(
    "/api/v1/people/:personRef/release-plan",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Plans the person\u2019s release from custody: accommodation on release, treatment continuity and police told, each due a week before the expected release (or today when nearer). Audited.",
        description: "expectedRelease defaults to the expected release date of the current custody period.",
        tags: ["cases"],
        params: refParams,
        body: { type: "object", additionalProperties: false, properties: { expectedRelease: { type: "string", description: "YYYY-MM-DD" }, scheme: { type: "string" } } },
        response: {
          201: { type: "object", properties: { personRef: { type: "string" }, caseId: { type: "integer" }, expectedRelease: date, tasks: { type: "array", items: releaseTask } } },
          ...errors
        }
      }
    },
    async (req, reply) => {
      const plan = await s().planRelease(req.actor, { personRef: req.params.personRef }, { expectedRelease: req.body?.expectedRelease, scheme: req.body?.scheme ?? null });
      reply.code(201);
      return plan;
    }
  );
  app.post(
    "/api/v1/actions/:id/release-task",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Records who was told of the release and when; the release planning task is then done. Treatment continuity is health detail: recorded only by those who may see it. Audited.",
        tags: ["cases"],
        params: idParams,
        headers: ifMatch,
        body: {
          type: "object",
          required: ["toldWhom"],
          additionalProperties: false,
          properties: { toldWhom: { type: "string" }, toldOn: { type: "string", description: "YYYY-MM-DD; default today" }, note: { type: "string" } }
        },
        response: { 200: releaseTask, ...errors }
      }
    },
    async (req, reply) => {
      const t = await s().recordReleaseTask(req.actor, { actionId: req.params.id, toldWhom: req.body.toldWhom, toldOn: req.body.toldOn, note: req.body.note, version: expectedVersion(req, "action", req.params.id) });
      return withEtag(reply, "action", t);
    }
  );
  const outreachBody = { type: "object", properties: { outreachDays: { type: "integer" }, was: { type: "integer" } } };
  app.get(
    "/api/v1/settings/outreach-days",
    {
      config: { access: "case:work" },
      schema: { summary: "Days after a missed appointment that its assertive outreach action is due, for this partnership (default 2).", tags: ["cases"], response: { 200: outreachBody, 401: problemSchema, 403: problemSchema } }
    },
    async (req) => s().outreachDays(req.actor)
  );
  app.put(
    "/api/v1/settings/outreach-days",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Sets the days after a missed appointment that its assertive outreach action is due (0 to 60). Administrators only. Applies to misses recorded from then on. Audited.",
        tags: ["cases"],
        body: { type: "object", required: ["days"], additionalProperties: false, properties: { days: { type: "integer" } } },
        response: { 200: outreachBody, 400: problemSchema, 401: problemSchema, 403: problemSchema }
      }
    },
    async (req) => s().setOutreachDays(req.actor, req.body.days)
  );
}
export {
  registerAppointmentRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBwb2ludG1lbnRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBBcHBvaW50bWVudHMsIG91dHJlYWNoLCB0aGUgZGlzZW5nYWdlbWVudCBwYXRod2F5IGFuZCByZWxlYXNlIHBsYW5uaW5nOiB0aGVcbi8vIGNhc2UgcGFnZSdzIGZvcm1zIChlYWNoIHJlZGlyZWN0cyBiYWNrIHRvIHRoZSBjYXNlLCAzMDMpIGFuZCB0aGUgQVBJIHdyaXRlcy5cbi8vIEV2ZXJ5IG9uZSBjYWxscyBvbmUgZnVuY3Rpb24gb2Ygc2VydmljZXMuYXBwb2ludG1lbnRzOyB0aGUgc2VydmljZSBkZWNpZGVzXG4vLyB3aG8gbWF5IGFuZCB3aGF0IGZvbGxvd3MgKG91dHJlYWNoIGFmdGVyIGEgbWlzcywgdGhlIHBhdGh3YXkgYWZ0ZXIgYVxuLy8gZnVydGhlciBtaXNzKSwgYW5kIHJlZnVzZXMgYSBzdGFsZSBlZGl0IChhIGZvcm0ncyB2ZXJzaW9uLCBJZi1NYXRjaCkuXG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSwgRmFzdGlmeVJlcGx5IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBOb3RGb3VuZEVycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHByb2JsZW1TY2hlbWEgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZXhwZWN0ZWRWZXJzaW9uLCBmb3JtVmVyc2lvbiwgc2VuZEV0YWcgfSBmcm9tICcuLi9ldGFnLmpzJztcblxudHlwZSBCb2R5ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgc3RyaW5nW10gfCB1bmRlZmluZWQ+O1xuXG5mdW5jdGlvbiBpZE9mKHBhcmFtOiBzdHJpbmcsIHdoYXQ6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IGlkID0gTnVtYmVyKHBhcmFtKTtcbiAgaWYgKCFOdW1iZXIuaXNTYWZlSW50ZWdlcihpZCkgfHwgaWQgPD0gMCkgdGhyb3cgbmV3IE5vdEZvdW5kRXJyb3IoYFRoZXJlIGlzIG5vICR7d2hhdH0gYXQgdGhpcyBhZGRyZXNzLmApO1xuICByZXR1cm4gaWQ7XG59XG5cbmNvbnN0IGZpZWxkID0gKGJvZHk6IEJvZHkgfCB1bmRlZmluZWQsIG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCA9PiB7XG4gIGNvbnN0IHYgPSBib2R5Py5bbmFtZV07XG4gIHJldHVybiB0eXBlb2YgdiA9PT0gJ3N0cmluZycgPyB2IDogdW5kZWZpbmVkO1xufTtcblxuY29uc3QgY2FzZUFkZHJlc3MgPSAocGVyc29uSWQ6IG51bWJlciwgYW5jaG9yOiBzdHJpbmcpID0+IGAvcGVvcGxlLyR7cGVyc29uSWR9L2Nhc2UjJHthbmNob3J9YDtcblxuLy8gLS0tLSBKU09OIHNjaGVtYXMgKE9wZW5BUEkgaXMgZ2VuZXJhdGVkIGZyb20gdGhlc2UpIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuY29uc3QgZGF0ZSA9IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0gYXMgY29uc3Q7XG5jb25zdCBudWxsYWJsZURhdGUgPSB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZm9ybWF0OiAnZGF0ZScgfSBhcyBjb25zdDtcbmNvbnN0IGVycm9ycyA9IHsgNDAwOiBwcm9ibGVtU2NoZW1hLCA0MDE6IHByb2JsZW1TY2hlbWEsIDQwMzogcHJvYmxlbVNjaGVtYSwgNDA0OiBwcm9ibGVtU2NoZW1hLCA0MDk6IHByb2JsZW1TY2hlbWEsIDQxMjogcHJvYmxlbVNjaGVtYSB9IGFzIGNvbnN0O1xuY29uc3QgaWZNYXRjaCA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgJ2lmLW1hdGNoJzogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdUaGUgRVRhZyB0aGUgY2hhbmdlIHdhcyBkcmF3biBmcm9tOyB3aGVuIGl0IGlzIHN0YWxlIHRoZSBhbnN3ZXIgaXMgNDEyLicgfSB9IH0gYXMgY29uc3Q7XG5cbmNvbnN0IGFwcG9pbnRtZW50UHJvcHMgPSB7XG4gIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICBjYXNlSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gIHBlcnNvbklkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICBwZXJzb25SZWY6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgZGF0ZSxcbiAgcHVycG9zZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGRlc2NyaXB0aW9uOiBcIm51bGwgd2hlbiB3aXRoaGVsZDogYSBkcnVnLXNlcnZpY2UgYXBwb2ludG1lbnQncyBwdXJwb3NlIGlzIGhlYWx0aCBkZXRhaWxcIiB9LFxuICBwdXJwb3NlV2l0aGhlbGQ6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddIH0sXG4gIGFnZW5jeUlkOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSxcbiAgYWdlbmN5OiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LFxuICBzdGF0dXM6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsncGxhbm5lZCcsICdhdHRlbmRlZCcsICdtaXNzZWQnLCAnY2FuY2VsbGVkJ10gfSxcbiAgb3V0Y29tZVJlY29yZGVkT246IG51bGxhYmxlRGF0ZSxcbiAgdmVyc2lvbjogeyB0eXBlOiAnaW50ZWdlcicgfSxcbn0gYXMgY29uc3Q7XG5cbmNvbnN0IGFwcG9pbnRtZW50UmVzdWx0ID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcHJvcGVydGllczoge1xuICAgIC4uLmFwcG9pbnRtZW50UHJvcHMsXG4gICAgb3V0cmVhY2g6IHtcbiAgICAgIHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSxcbiAgICAgIGRlc2NyaXB0aW9uOiAnVGhlIGFzc2VydGl2ZSBvdXRyZWFjaCBhY3Rpb24gYSBtaXNzIG9wZW5lZCAoa2luZCBhc3NlcnRpdmVfb3V0cmVhY2gpLicsXG4gICAgICBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBkdWVEYXRlOiBkYXRlLCBvd25lckFnZW5jeUlkOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSwgdmVyc2lvbjogeyB0eXBlOiAnaW50ZWdlcicgfSB9LFxuICAgIH0sXG4gICAgZGlzZW5nYWdlbWVudDoge1xuICAgICAgdHlwZTogWydvYmplY3QnLCAnbnVsbCddLFxuICAgICAgZGVzY3JpcHRpb246ICdUaGUgZGlzZW5nYWdlbWVudCBwYXRod2F5IGEgZnVydGhlciBtaXNzIG9wZW5lZC4nLFxuICAgICAgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSwgc3RhZ2U6IHsgdHlwZTogJ3N0cmluZycgfSwgc2luY2U6IGRhdGUsIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0gfSxcbiAgICB9LFxuICAgIGRpc2VuZ2FnZW1lbnRJblByb2dyZXNzOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10sIGRlc2NyaXB0aW9uOiAnVGhlIHBhdGh3YXkgYWxyZWFkeSBpbiBwcm9ncmVzcyB3aGVuIHRoaXMgbWlzcyB3b3VsZCBoYXZlIG9wZW5lZCBvbmUuJyB9LFxuICAgIGNsb3NlZE91dHJlYWNoOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBkZXNjcmlwdGlvbjogJ091dHJlYWNoIGFjdGlvbnMgdGhpcyBhdHRlbmRhbmNlIGNsb3NlZC4nIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5jb25zdCBkaXNlbmdhZ2VtZW50Qm9keSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBjYXNlSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgc3RhZ2U6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnb3BlbmVkJywgJ3JvdXRlX2Nob3NlbicsICdjb25jbHVkZWQnXSB9LFxuICAgIHNpbmNlOiBkYXRlLFxuICAgIHJvdXRlOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZW51bTogWydlbmZvcmNlbWVudCcsICdicmVhY2gnLCAncmV0dXJuX3RvX2NvdXJ0JywgbnVsbF0gfSxcbiAgICByb3V0ZU9uOiBudWxsYWJsZURhdGUsXG4gICAgb3V0Y29tZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICBjb25jbHVkZWRPbjogbnVsbGFibGVEYXRlLFxuICAgIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5jb25zdCByZWxlYXNlVGFzayA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBjYXNlSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAga2luZDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydyZWxlYXNlX2FjY29tbW9kYXRpb24nLCAncmVsZWFzZV90cmVhdG1lbnQnLCAncmVsZWFzZV9wb2xpY2VfaW5mb3JtZWQnXSB9LFxuICAgIGRlc2NyaXB0aW9uOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgb3duZXJBZ2VuY3lJZDogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddIH0sXG4gICAgZHVlRGF0ZTogZGF0ZSxcbiAgICBzdGF0dXM6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnb3BlbicsICdkb25lJywgJ2NhbmNlbGxlZCddIH0sXG4gICAgdG9sZFdob206IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddIH0sXG4gICAgdG9sZE9uOiBudWxsYWJsZURhdGUsXG4gICAgb3V0Y29tZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICB3aXRoaGVsZDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuY29uc3QgaWRQYXJhbXMgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSB9IH0sIHJlcXVpcmVkOiBbJ2lkJ10gfSBhcyBjb25zdDtcbmNvbnN0IHJlZlBhcmFtcyA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogMTAwIH0gfSwgcmVxdWlyZWQ6IFsncGVyc29uUmVmJ10gfSBhcyBjb25zdDtcblxuZnVuY3Rpb24gd2l0aEV0YWc8VCBleHRlbmRzIHsgaWQ6IG51bWJlcjsgdmVyc2lvbjogbnVtYmVyIH0+KHJlcGx5OiBGYXN0aWZ5UmVwbHksIGtpbmQ6IHN0cmluZywgYm9keTogVCk6IFQge1xuICBzZW5kRXRhZyhyZXBseSwga2luZCwgYm9keS5pZCwgYm9keS52ZXJzaW9uKTtcbiAgcmV0dXJuIGJvZHk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckFwcG9pbnRtZW50Um91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGNvbnN0IHMgPSAoKSA9PiBhcHAuc2VydmljZXMuYXBwb2ludG1lbnRzO1xuXG4gIC8vIC0tLS0gdGhlIGNhc2UgcGFnZSdzIGZvcm1zIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL3Blb3BsZS86aWQvY2FzZS9hcHBvaW50bWVudHMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBwZXJzb25JZCA9IGlkT2YocmVxLnBhcmFtcy5pZCwgJ3BlcnNvbicpO1xuICAgIGF3YWl0IHMoKS5yZWNvcmQocmVxLmFjdG9yISwgeyBwZXJzb25JZCB9LCB7XG4gICAgICBkYXRlOiBmaWVsZChyZXEuYm9keSwgJ2RhdGUnKSA/PyAnJyxcbiAgICAgIHB1cnBvc2U6IGZpZWxkKHJlcS5ib2R5LCAncHVycG9zZScpID8/ICcnLFxuICAgICAgc3RhdHVzOiBmaWVsZChyZXEuYm9keSwgJ3N0YXR1cycpLFxuICAgICAgYWdlbmN5SWQ6IGZpZWxkKHJlcS5ib2R5LCAnYWdlbmN5SWQnKSxcbiAgICAgIHNjaGVtZTogZmllbGQocmVxLmJvZHksICdzY2hlbWUnKSxcbiAgICB9KTtcbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoY2FzZUFkZHJlc3MocGVyc29uSWQsICdhcHBvaW50bWVudHMnKSwgMzAzKTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvYXBwb2ludG1lbnRzLzppZC9vdXRjb21lJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgYSA9IGF3YWl0IHMoKS5yZWNvcmRPdXRjb21lKHJlcS5hY3RvciEsIHsgYXBwb2ludG1lbnRJZDogaWRPZihyZXEucGFyYW1zLmlkLCAnYXBwb2ludG1lbnQnKSwgc3RhdHVzOiBmaWVsZChyZXEuYm9keSwgJ3N0YXR1cycpID8/ICcnLCB2ZXJzaW9uOiBmb3JtVmVyc2lvbihmaWVsZChyZXEuYm9keSwgJ3ZlcnNpb24nKSkgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VBZGRyZXNzKGEucGVyc29uSWQsICdhcHBvaW50bWVudHMnKSwgMzAzKTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9jYXNlL2Rpc2VuZ2FnZW1lbnQvcm91dGUnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBwZXJzb25JZCA9IGlkT2YocmVxLnBhcmFtcy5pZCwgJ3BlcnNvbicpO1xuICAgIGF3YWl0IHMoKS5yZWNvcmREaXNlbmdhZ2VtZW50Um91dGUocmVxLmFjdG9yISwgeyBwZXJzb25JZCB9LCB7IHJvdXRlOiBmaWVsZChyZXEuYm9keSwgJ3JvdXRlJykgPz8gJycsIGRhdGU6IGZpZWxkKHJlcS5ib2R5LCAnZGF0ZScpLCB2ZXJzaW9uOiBmb3JtVmVyc2lvbihmaWVsZChyZXEuYm9keSwgJ3ZlcnNpb24nKSkgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VBZGRyZXNzKHBlcnNvbklkLCAnZGlzZW5nYWdlbWVudCcpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2Nhc2UvZGlzZW5nYWdlbWVudC9vdXRjb21lJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgcGVyc29uSWQgPSBpZE9mKHJlcS5wYXJhbXMuaWQsICdwZXJzb24nKTtcbiAgICBhd2FpdCBzKCkucmVjb3JkRGlzZW5nYWdlbWVudE91dGNvbWUocmVxLmFjdG9yISwgeyBwZXJzb25JZCB9LCB7IG91dGNvbWU6IGZpZWxkKHJlcS5ib2R5LCAnb3V0Y29tZScpID8/ICcnLCBkYXRlOiBmaWVsZChyZXEuYm9keSwgJ2RhdGUnKSwgdmVyc2lvbjogZm9ybVZlcnNpb24oZmllbGQocmVxLmJvZHksICd2ZXJzaW9uJykpIH0pO1xuICAgIHJldHVybiByZXBseS5yZWRpcmVjdChjYXNlQWRkcmVzcyhwZXJzb25JZCwgJ2Rpc2VuZ2FnZW1lbnQnKSwgMzAzKTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9jYXNlL3JlbGVhc2UtcGxhbicsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IHBlcnNvbklkID0gaWRPZihyZXEucGFyYW1zLmlkLCAncGVyc29uJyk7XG4gICAgYXdhaXQgcygpLnBsYW5SZWxlYXNlKHJlcS5hY3RvciEsIHsgcGVyc29uSWQgfSwgeyBleHBlY3RlZFJlbGVhc2U6IGZpZWxkKHJlcS5ib2R5LCAnZXhwZWN0ZWRSZWxlYXNlJykgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNhc2VBZGRyZXNzKHBlcnNvbklkLCAncmVsZWFzZScpLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9hY3Rpb25zLzppZC9yZWxlYXNlLXRhc2snLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCB0ID0gYXdhaXQgcygpLnJlY29yZFJlbGVhc2VUYXNrKHJlcS5hY3RvciEsIHtcbiAgICAgIGFjdGlvbklkOiBpZE9mKHJlcS5wYXJhbXMuaWQsICdjYXNlIGFjdGlvbicpLFxuICAgICAgdG9sZFdob206IGZpZWxkKHJlcS5ib2R5LCAndG9sZFdob20nKSA/PyAnJyxcbiAgICAgIHRvbGRPbjogZmllbGQocmVxLmJvZHksICd0b2xkT24nKSxcbiAgICAgIG5vdGU6IGZpZWxkKHJlcS5ib2R5LCAnbm90ZScpLFxuICAgICAgdmVyc2lvbjogZm9ybVZlcnNpb24oZmllbGQocmVxLmJvZHksICd2ZXJzaW9uJykpLFxuICAgIH0pO1xuICAgIHJldHVybiByZXBseS5yZWRpcmVjdChjYXNlQWRkcmVzcyh0LnBlcnNvbklkLCAncmVsZWFzZScpLCAzMDMpO1xuICB9KTtcblxuICAvLyAtLS0tIHRoZSBBUEkgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgcGVyc29uUmVmOiBzdHJpbmcgfTsgQm9keTogeyBkYXRlOiBzdHJpbmc7IHB1cnBvc2U6IHN0cmluZzsgc3RhdHVzPzogc3RyaW5nOyBhZ2VuY3lJZD86IG51bWJlcjsgYWdlbmN5Pzogc3RyaW5nOyBzY2hlbWU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOnBlcnNvblJlZi9hcHBvaW50bWVudHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1JlY29yZHMgYW4gYXBwb2ludG1lbnQgb24gdGhlIHBlcnNvblx1MjAxOXMgb3BlbiBjYXNlOiBwbGFubmVkIChhbnkgZGF0ZSksIG9yIHdpdGggaXRzIG91dGNvbWUgZm9yIGEgZGF0ZSB1cCB0byB0b2RheS4gQSBtaXNzIG9wZW5zIGFzc2VydGl2ZSBvdXRyZWFjaCwgYW5kIGEgZnVydGhlciBtaXNzIHRoZSBkaXNlbmdhZ2VtZW50IHBhdGh3YXkuIEF1ZGl0ZWQuJyxcbiAgICAgICAgZGVzY3JpcHRpb246XG4gICAgICAgICAgJ2FnZW5jeUlkIChvciBhZ2VuY3ksIGl0cyBjb2RlKSBkZWZhdWx0cyB0byB5b3VyIG93biBhZ2VuY3kuIHNjaGVtZSAoaXRzIGNvZGUpIGlzIG5lZWRlZCBvbmx5IHdoZW4gdGhlIHBlcnNvbiBoYXMgb3BlbiBjYXNlcyBvbiBzZXZlcmFsIHNjaGVtZXMuICcgK1xuICAgICAgICAgICdBbiBhdHRlbmRlZCBvciBtaXNzZWQgYXBwb2ludG1lbnQgY2Fubm90IGJlIGRhdGVkIGFmdGVyIHRvZGF5LicsXG4gICAgICAgIHRhZ3M6IFsnY2FzZXMnXSxcbiAgICAgICAgcGFyYW1zOiByZWZQYXJhbXMsXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWydkYXRlJywgJ3B1cnBvc2UnXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgZGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdZWVlZLU1NLUREJyB9LFxuICAgICAgICAgICAgcHVycG9zZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgICAgc3RhdHVzOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ3BsYW5uZWQnLCAnYXR0ZW5kZWQnLCAnbWlzc2VkJywgJ2NhbmNlbGxlZCddLCBkZWZhdWx0OiAncGxhbm5lZCcgfSxcbiAgICAgICAgICAgIGFnZW5jeUlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgICAgICAgICAgYWdlbmN5OiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgICAgICBzY2hlbWU6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDE6IGFwcG9pbnRtZW50UmVzdWx0LCAuLi5lcnJvcnMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgYiA9IHJlcS5ib2R5O1xuICAgICAgY29uc3QgYSA9IGF3YWl0IHMoKS5yZWNvcmQocmVxLmFjdG9yISwgeyBwZXJzb25SZWY6IHJlcS5wYXJhbXMucGVyc29uUmVmIH0sIHsgZGF0ZTogYi5kYXRlLCBwdXJwb3NlOiBiLnB1cnBvc2UsIHN0YXR1czogYi5zdGF0dXMsIGFnZW5jeUlkOiBiLmFnZW5jeUlkID8/IG51bGwsIGFnZW5jeUNvZGU6IGIuYWdlbmN5ID8/IG51bGwsIHNjaGVtZTogYi5zY2hlbWUgPz8gbnVsbCB9KTtcbiAgICAgIHJlcGx5LmNvZGUoMjAxKS5oZWFkZXIoJ2xvY2F0aW9uJywgYC9hcGkvdjEvYXBwb2ludG1lbnRzLyR7YS5pZH1gKTtcbiAgICAgIHJldHVybiB3aXRoRXRhZyhyZXBseSwgJ2FwcG9pbnRtZW50JywgYSk7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9hcHBvaW50bWVudHMvOmlkJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9LFxuICAgICAgc2NoZW1hOiB7IHN1bW1hcnk6ICdPbmUgYXBwb2ludG1lbnQsIHdpdGggaXRzIEVUYWcgKGZvciBJZi1NYXRjaCBvbiBpdHMgb3V0Y29tZSkuIExvZ2dlZCBhcyBhIGNvbnN1bHRhdGlvbi4nLCB0YWdzOiBbJ2Nhc2VzJ10sIHBhcmFtczogaWRQYXJhbXMsIHJlc3BvbnNlOiB7IDIwMDogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogYXBwb2ludG1lbnRQcm9wcyB9LCA0MDE6IHByb2JsZW1TY2hlbWEsIDQwMzogcHJvYmxlbVNjaGVtYSwgNDA0OiBwcm9ibGVtU2NoZW1hIH0gfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB3aXRoRXRhZyhyZXBseSwgJ2FwcG9pbnRtZW50JywgYXdhaXQgcygpLnZpZXcocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5pZCkpLFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyBzdGF0dXM6IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL2FwcG9pbnRtZW50cy86aWQvb3V0Y29tZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnUmVjb3JkcyBhIHBsYW5uZWQgYXBwb2ludG1lbnRcdTIwMTlzIG91dGNvbWUuIEEgbWlzcyBvcGVucyBhc3NlcnRpdmUgb3V0cmVhY2ggZHVlIHRoZSBwYXJ0bmVyc2hpcFx1MjAxOXMgb3V0cmVhY2ggZGF5cyBhZnRlciB0aGUgYXBwb2ludG1lbnRcdTIwMTlzIGRhdGUsIGFuZCwgYWZ0ZXIgYW4gZWFybGllciBtaXNzIHdob3NlIG91dHJlYWNoIGlzIG9wZW4gb3IgY2xvc2VkIHdpdGhpbiAyOCBkYXlzLCB0aGUgZGlzZW5nYWdlbWVudCBwYXRod2F5LiBBdHRlbmRhbmNlIGNsb3NlcyB0aGUgb3BlbiBvdXRyZWFjaCBvZiBlYXJsaWVyIG1pc3Nlcy4gQXVkaXRlZC4nLFxuICAgICAgICBkZXNjcmlwdGlvbjogJ0lmLU1hdGNoIGlzIG9wdGlvbmFsOyB3aGVuIGl0IG5hbWVzIGFuIG9sZGVyIHZlcnNpb24gb2YgdGhlIGFwcG9pbnRtZW50IHRoZSBhbnN3ZXIgaXMgNDEyIGFuZCBub3RoaW5nIGNoYW5nZXMuJyxcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBwYXJhbXM6IGlkUGFyYW1zLFxuICAgICAgICBoZWFkZXJzOiBpZk1hdGNoLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydzdGF0dXMnXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydhdHRlbmRlZCcsICdtaXNzZWQnLCAnY2FuY2VsbGVkJ10gfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogYXBwb2ludG1lbnRSZXN1bHQsIC4uLmVycm9ycyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBhID0gYXdhaXQgcygpLnJlY29yZE91dGNvbWUocmVxLmFjdG9yISwgeyBhcHBvaW50bWVudElkOiByZXEucGFyYW1zLmlkLCBzdGF0dXM6IHJlcS5ib2R5LnN0YXR1cywgdmVyc2lvbjogZXhwZWN0ZWRWZXJzaW9uKHJlcSwgJ2FwcG9pbnRtZW50JywgcmVxLnBhcmFtcy5pZCkgfSk7XG4gICAgICByZXR1cm4gd2l0aEV0YWcocmVwbHksICdhcHBvaW50bWVudCcsIGEpO1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9OyBCb2R5OiB7IHJvdXRlOiBzdHJpbmc7IGRhdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9kaXNlbmdhZ2VtZW50cy86aWQvcm91dGUnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1JlY29yZHMgdGhlIHJvdXRlIHRha2VuIG9uIGEgZGlzZW5nYWdlbWVudCBwYXRod2F5OiBlbmZvcmNlbWVudCwgYnJlYWNoIG9yIHJldHVybiB0byBjb3VydC4gVGhlIGFnZW5jeSBsZWFkaW5nIHRoZSBjYXNlLCBzY2hlbWUgbWFuYWdlcnMgYW5kIGFkbWluaXN0cmF0b3JzIG9ubHkuIEF1ZGl0ZWQuJyxcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBwYXJhbXM6IGlkUGFyYW1zLFxuICAgICAgICBoZWFkZXJzOiBpZk1hdGNoLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydyb3V0ZSddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgcm91dGU6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnZW5mb3JjZW1lbnQnLCAnYnJlYWNoJywgJ3JldHVybl90b19jb3VydCddIH0sIGRhdGU6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiAnWVlZWS1NTS1ERDsgZGVmYXVsdCB0b2RheScgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogZGlzZW5nYWdlbWVudEJvZHksIC4uLmVycm9ycyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBkID0gYXdhaXQgcygpLnJlY29yZERpc2VuZ2FnZW1lbnRSb3V0ZShyZXEuYWN0b3IhLCB7IGRpc2VuZ2FnZW1lbnRJZDogcmVxLnBhcmFtcy5pZCB9LCB7IHJvdXRlOiByZXEuYm9keS5yb3V0ZSwgZGF0ZTogcmVxLmJvZHkuZGF0ZSwgdmVyc2lvbjogZXhwZWN0ZWRWZXJzaW9uKHJlcSwgJ2Rpc2VuZ2FnZW1lbnQnLCByZXEucGFyYW1zLmlkKSB9KTtcbiAgICAgIHJldHVybiB3aXRoRXRhZyhyZXBseSwgJ2Rpc2VuZ2FnZW1lbnQnLCBkKTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyBvdXRjb21lOiBzdHJpbmc7IGRhdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9kaXNlbmdhZ2VtZW50cy86aWQvb3V0Y29tZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnUmVjb3JkcyB0aGUgb3V0Y29tZSBvZiB0aGUgcm91dGUgdGFrZW4sIHdoaWNoIGNvbmNsdWRlcyB0aGUgZGlzZW5nYWdlbWVudCBwYXRod2F5LiBUaGUgYWdlbmN5IGxlYWRpbmcgdGhlIGNhc2UsIHNjaGVtZSBtYW5hZ2VycyBhbmQgYWRtaW5pc3RyYXRvcnMgb25seS4gQXVkaXRlZC4nLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogaWRQYXJhbXMsXG4gICAgICAgIGhlYWRlcnM6IGlmTWF0Y2gsXG4gICAgICAgIGJvZHk6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ291dGNvbWUnXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IG91dGNvbWU6IHsgdHlwZTogJ3N0cmluZycgfSwgZGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdZWVlZLU1NLUREOyBkZWZhdWx0IHRvZGF5JyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBkaXNlbmdhZ2VtZW50Qm9keSwgLi4uZXJyb3JzIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGQgPSBhd2FpdCBzKCkucmVjb3JkRGlzZW5nYWdlbWVudE91dGNvbWUocmVxLmFjdG9yISwgeyBkaXNlbmdhZ2VtZW50SWQ6IHJlcS5wYXJhbXMuaWQgfSwgeyBvdXRjb21lOiByZXEuYm9keS5vdXRjb21lLCBkYXRlOiByZXEuYm9keS5kYXRlLCB2ZXJzaW9uOiBleHBlY3RlZFZlcnNpb24ocmVxLCAnZGlzZW5nYWdlbWVudCcsIHJlcS5wYXJhbXMuaWQpIH0pO1xuICAgICAgcmV0dXJuIHdpdGhFdGFnKHJlcGx5LCAnZGlzZW5nYWdlbWVudCcsIGQpO1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgcGVyc29uUmVmOiBzdHJpbmcgfTsgQm9keTogeyBleHBlY3RlZFJlbGVhc2U/OiBzdHJpbmc7IHNjaGVtZT86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3Blb3BsZS86cGVyc29uUmVmL3JlbGVhc2UtcGxhbicsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnUGxhbnMgdGhlIHBlcnNvblx1MjAxOXMgcmVsZWFzZSBmcm9tIGN1c3RvZHk6IGFjY29tbW9kYXRpb24gb24gcmVsZWFzZSwgdHJlYXRtZW50IGNvbnRpbnVpdHkgYW5kIHBvbGljZSB0b2xkLCBlYWNoIGR1ZSBhIHdlZWsgYmVmb3JlIHRoZSBleHBlY3RlZCByZWxlYXNlIChvciB0b2RheSB3aGVuIG5lYXJlcikuIEF1ZGl0ZWQuJyxcbiAgICAgICAgZGVzY3JpcHRpb246ICdleHBlY3RlZFJlbGVhc2UgZGVmYXVsdHMgdG8gdGhlIGV4cGVjdGVkIHJlbGVhc2UgZGF0ZSBvZiB0aGUgY3VycmVudCBjdXN0b2R5IHBlcmlvZC4nLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogcmVmUGFyYW1zLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgZXhwZWN0ZWRSZWxlYXNlOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ1lZWVktTU0tREQnIH0sIHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDE6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sIGNhc2VJZDogeyB0eXBlOiAnaW50ZWdlcicgfSwgZXhwZWN0ZWRSZWxlYXNlOiBkYXRlLCB0YXNrczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogcmVsZWFzZVRhc2sgfSB9IH0sXG4gICAgICAgICAgLi4uZXJyb3JzLFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBwbGFuID0gYXdhaXQgcygpLnBsYW5SZWxlYXNlKHJlcS5hY3RvciEsIHsgcGVyc29uUmVmOiByZXEucGFyYW1zLnBlcnNvblJlZiB9LCB7IGV4cGVjdGVkUmVsZWFzZTogcmVxLmJvZHk/LmV4cGVjdGVkUmVsZWFzZSwgc2NoZW1lOiByZXEuYm9keT8uc2NoZW1lID8/IG51bGwgfSk7XG4gICAgICByZXBseS5jb2RlKDIwMSk7XG4gICAgICByZXR1cm4gcGxhbjtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyB0b2xkV2hvbTogc3RyaW5nOyB0b2xkT24/OiBzdHJpbmc7IG5vdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9hY3Rpb25zLzppZC9yZWxlYXNlLXRhc2snLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1JlY29yZHMgd2hvIHdhcyB0b2xkIG9mIHRoZSByZWxlYXNlIGFuZCB3aGVuOyB0aGUgcmVsZWFzZSBwbGFubmluZyB0YXNrIGlzIHRoZW4gZG9uZS4gVHJlYXRtZW50IGNvbnRpbnVpdHkgaXMgaGVhbHRoIGRldGFpbDogcmVjb3JkZWQgb25seSBieSB0aG9zZSB3aG8gbWF5IHNlZSBpdC4gQXVkaXRlZC4nLFxuICAgICAgICB0YWdzOiBbJ2Nhc2VzJ10sXG4gICAgICAgIHBhcmFtczogaWRQYXJhbXMsXG4gICAgICAgIGhlYWRlcnM6IGlmTWF0Y2gsXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWyd0b2xkV2hvbSddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHRvbGRXaG9tOiB7IHR5cGU6ICdzdHJpbmcnIH0sIHRvbGRPbjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdZWVlZLU1NLUREOyBkZWZhdWx0IHRvZGF5JyB9LCBub3RlOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiByZWxlYXNlVGFzaywgLi4uZXJyb3JzIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IHQgPSBhd2FpdCBzKCkucmVjb3JkUmVsZWFzZVRhc2socmVxLmFjdG9yISwgeyBhY3Rpb25JZDogcmVxLnBhcmFtcy5pZCwgdG9sZFdob206IHJlcS5ib2R5LnRvbGRXaG9tLCB0b2xkT246IHJlcS5ib2R5LnRvbGRPbiwgbm90ZTogcmVxLmJvZHkubm90ZSwgdmVyc2lvbjogZXhwZWN0ZWRWZXJzaW9uKHJlcSwgJ2FjdGlvbicsIHJlcS5wYXJhbXMuaWQpIH0pO1xuICAgICAgcmV0dXJuIHdpdGhFdGFnKHJlcGx5LCAnYWN0aW9uJywgdCk7XG4gICAgfSxcbiAgKTtcblxuICBjb25zdCBvdXRyZWFjaEJvZHkgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IG91dHJlYWNoRGF5czogeyB0eXBlOiAnaW50ZWdlcicgfSwgd2FzOiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSBhcyBjb25zdDtcbiAgYXBwLmdldChcbiAgICAnL2FwaS92MS9zZXR0aW5ncy9vdXRyZWFjaC1kYXlzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9LFxuICAgICAgc2NoZW1hOiB7IHN1bW1hcnk6ICdEYXlzIGFmdGVyIGEgbWlzc2VkIGFwcG9pbnRtZW50IHRoYXQgaXRzIGFzc2VydGl2ZSBvdXRyZWFjaCBhY3Rpb24gaXMgZHVlLCBmb3IgdGhpcyBwYXJ0bmVyc2hpcCAoZGVmYXVsdCAyKS4nLCB0YWdzOiBbJ2Nhc2VzJ10sIHJlc3BvbnNlOiB7IDIwMDogb3V0cmVhY2hCb2R5LCA0MDE6IHByb2JsZW1TY2hlbWEsIDQwMzogcHJvYmxlbVNjaGVtYSB9IH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiBzKCkub3V0cmVhY2hEYXlzKHJlcS5hY3RvciEpLFxuICApO1xuXG4gIGFwcC5wdXQ8eyBCb2R5OiB7IGRheXM6IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3NldHRpbmdzL291dHJlYWNoLWRheXMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1NldHMgdGhlIGRheXMgYWZ0ZXIgYSBtaXNzZWQgYXBwb2ludG1lbnQgdGhhdCBpdHMgYXNzZXJ0aXZlIG91dHJlYWNoIGFjdGlvbiBpcyBkdWUgKDAgdG8gNjApLiBBZG1pbmlzdHJhdG9ycyBvbmx5LiBBcHBsaWVzIHRvIG1pc3NlcyByZWNvcmRlZCBmcm9tIHRoZW4gb24uIEF1ZGl0ZWQuJyxcbiAgICAgICAgdGFnczogWydjYXNlcyddLFxuICAgICAgICBib2R5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydkYXlzJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBkYXlzOiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBvdXRyZWFjaEJvZHksIDQwMDogcHJvYmxlbVNjaGVtYSwgNDAxOiBwcm9ibGVtU2NoZW1hLCA0MDM6IHByb2JsZW1TY2hlbWEgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiBzKCkuc2V0T3V0cmVhY2hEYXlzKHJlcS5hY3RvciEsIHJlcS5ib2R5LmRheXMpLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBTUEsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxpQkFBaUIsYUFBYSxnQkFBZ0I7QUFJdkQsU0FBUyxLQUFLLE9BQWUsTUFBc0I7QUFDakQsUUFBTSxLQUFLLE9BQU8sS0FBSztBQUN2QixNQUFJLENBQUMsT0FBTyxjQUFjLEVBQUUsS0FBSyxNQUFNLEVBQUcsT0FBTSxJQUFJLGNBQWMsZUFBZSxJQUFJLG1CQUFtQjtBQUN4RyxTQUFPO0FBQ1Q7QUFFQSxNQUFNLFFBQVEsQ0FBQyxNQUF3QixTQUFxQztBQUMxRSxRQUFNLElBQUksT0FBTyxJQUFJO0FBQ3JCLFNBQU8sT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUNyQztBQUVBLE1BQU0sY0FBYyxDQUFDLFVBQWtCLFdBQW1CLFdBQVcsUUFBUSxTQUFTLE1BQU07QUFJNUYsTUFBTSxPQUFPLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUM5QyxNQUFNLGVBQWUsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsUUFBUSxPQUFPO0FBQ2hFLE1BQU0sU0FBUyxFQUFFLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxjQUFjO0FBQ3hJLE1BQU0sVUFBVSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsWUFBWSxFQUFFLE1BQU0sVUFBVSxhQUFhLDBFQUEwRSxFQUFFLEVBQUU7QUFFekssTUFBTSxtQkFBbUI7QUFBQSxFQUN2QixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsRUFDdEIsUUFBUSxFQUFFLE1BQU0sVUFBVTtBQUFBLEVBQzFCLFVBQVUsRUFBRSxNQUFNLFVBQVU7QUFBQSxFQUM1QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsRUFDNUI7QUFBQSxFQUNBLFNBQVMsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsYUFBYSw0RUFBNEU7QUFBQSxFQUM5SCxpQkFBaUIsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxFQUM1QyxVQUFVLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxFQUFFO0FBQUEsRUFDdEMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQ25DLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFdBQVcsWUFBWSxVQUFVLFdBQVcsRUFBRTtBQUFBLEVBQy9FLG1CQUFtQjtBQUFBLEVBQ25CLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFDN0I7QUFFQSxNQUFNLG9CQUFvQjtBQUFBLEVBQ3hCLE1BQU07QUFBQSxFQUNOLFlBQVk7QUFBQSxJQUNWLEdBQUc7QUFBQSxJQUNILFVBQVU7QUFBQSxNQUNSLE1BQU0sQ0FBQyxVQUFVLE1BQU07QUFBQSxNQUN2QixhQUFhO0FBQUEsTUFDYixZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sVUFBVSxHQUFHLFNBQVMsTUFBTSxlQUFlLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxFQUFFLEdBQUcsU0FBUyxFQUFFLE1BQU0sVUFBVSxFQUFFO0FBQUEsSUFDbkk7QUFBQSxJQUNBLGVBQWU7QUFBQSxNQUNiLE1BQU0sQ0FBQyxVQUFVLE1BQU07QUFBQSxNQUN2QixhQUFhO0FBQUEsTUFDYixZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sVUFBVSxHQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVMsR0FBRyxPQUFPLE1BQU0sU0FBUyxFQUFFLE1BQU0sVUFBVSxFQUFFO0FBQUEsSUFDOUc7QUFBQSxJQUNBLHlCQUF5QixFQUFFLE1BQU0sQ0FBQyxXQUFXLE1BQU0sR0FBRyxhQUFhLHdFQUF3RTtBQUFBLElBQzNJLGdCQUFnQixFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxVQUFVLEdBQUcsYUFBYSwyQ0FBMkM7QUFBQSxFQUN2SDtBQUNGO0FBRUEsTUFBTSxvQkFBb0I7QUFBQSxFQUN4QixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDdEIsUUFBUSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQzFCLFVBQVUsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUM1QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDNUIsT0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsVUFBVSxnQkFBZ0IsV0FBVyxFQUFFO0FBQUEsSUFDdkUsT0FBTztBQUFBLElBQ1AsT0FBTyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxNQUFNLENBQUMsZUFBZSxVQUFVLG1CQUFtQixJQUFJLEVBQUU7QUFBQSxJQUM1RixTQUFTO0FBQUEsSUFDVCxTQUFTLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFO0FBQUEsSUFDcEMsYUFBYTtBQUFBLElBQ2IsU0FBUyxFQUFFLE1BQU0sVUFBVTtBQUFBLEVBQzdCO0FBQ0Y7QUFFQSxNQUFNLGNBQWM7QUFBQSxFQUNsQixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDdEIsUUFBUSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQzFCLFVBQVUsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUM1QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDNUIsTUFBTSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMseUJBQXlCLHFCQUFxQix5QkFBeUIsRUFBRTtBQUFBLElBQ3hHLGFBQWEsRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM5QixlQUFlLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxFQUFFO0FBQUEsSUFDM0MsU0FBUztBQUFBLElBQ1QsUUFBUSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsUUFBUSxRQUFRLFdBQVcsRUFBRTtBQUFBLElBQzlELFVBQVUsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNyQyxRQUFRO0FBQUEsSUFDUixTQUFTLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFO0FBQUEsSUFDcEMsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLElBQ3JDLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxFQUM3QjtBQUNGO0FBRUEsTUFBTSxXQUFXLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxXQUFXLFNBQVMsRUFBRSxFQUFFLEdBQUcsVUFBVSxDQUFDLElBQUksRUFBRTtBQUN6RyxNQUFNLFlBQVksRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFdBQVcsRUFBRSxNQUFNLFVBQVUsV0FBVyxHQUFHLFdBQVcsSUFBSSxFQUFFLEdBQUcsVUFBVSxDQUFDLFdBQVcsRUFBRTtBQUV6SSxTQUFTLFNBQW9ELE9BQXFCLE1BQWMsTUFBWTtBQUMxRyxXQUFTLE9BQU8sTUFBTSxLQUFLLElBQUksS0FBSyxPQUFPO0FBQzNDLFNBQU87QUFDVDtBQUVPLFNBQVMsMEJBQTBCLEtBQTRCO0FBQ3BFLFFBQU0sSUFBSSxNQUFNLElBQUksU0FBUztBQUk3QixNQUFJLEtBQTZDLGlDQUFpQyxFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQzNJLFVBQU0sV0FBVyxLQUFLLElBQUksT0FBTyxJQUFJLFFBQVE7QUFDN0MsVUFBTSxFQUFFLEVBQUUsT0FBTyxJQUFJLE9BQVEsRUFBRSxTQUFTLEdBQUc7QUFBQSxNQUN6QyxNQUFNLE1BQU0sSUFBSSxNQUFNLE1BQU0sS0FBSztBQUFBLE1BQ2pDLFNBQVMsTUFBTSxJQUFJLE1BQU0sU0FBUyxLQUFLO0FBQUEsTUFDdkMsUUFBUSxNQUFNLElBQUksTUFBTSxRQUFRO0FBQUEsTUFDaEMsVUFBVSxNQUFNLElBQUksTUFBTSxVQUFVO0FBQUEsTUFDcEMsUUFBUSxNQUFNLElBQUksTUFBTSxRQUFRO0FBQUEsSUFDbEMsQ0FBQztBQUNELFdBQU8sTUFBTSxTQUFTLFlBQVksVUFBVSxjQUFjLEdBQUcsR0FBRztBQUFBLEVBQ2xFLENBQUM7QUFFRCxNQUFJLEtBQTZDLDZCQUE2QixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3ZJLFVBQU0sSUFBSSxNQUFNLEVBQUUsRUFBRSxjQUFjLElBQUksT0FBUSxFQUFFLGVBQWUsS0FBSyxJQUFJLE9BQU8sSUFBSSxhQUFhLEdBQUcsUUFBUSxNQUFNLElBQUksTUFBTSxRQUFRLEtBQUssSUFBSSxTQUFTLFlBQVksTUFBTSxJQUFJLE1BQU0sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUM5TCxXQUFPLE1BQU0sU0FBUyxZQUFZLEVBQUUsVUFBVSxjQUFjLEdBQUcsR0FBRztBQUFBLEVBQ3BFLENBQUM7QUFFRCxNQUFJLEtBQTZDLHdDQUF3QyxFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2xKLFVBQU0sV0FBVyxLQUFLLElBQUksT0FBTyxJQUFJLFFBQVE7QUFDN0MsVUFBTSxFQUFFLEVBQUUseUJBQXlCLElBQUksT0FBUSxFQUFFLFNBQVMsR0FBRyxFQUFFLE9BQU8sTUFBTSxJQUFJLE1BQU0sT0FBTyxLQUFLLElBQUksTUFBTSxNQUFNLElBQUksTUFBTSxNQUFNLEdBQUcsU0FBUyxZQUFZLE1BQU0sSUFBSSxNQUFNLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDdkwsV0FBTyxNQUFNLFNBQVMsWUFBWSxVQUFVLGVBQWUsR0FBRyxHQUFHO0FBQUEsRUFDbkUsQ0FBQztBQUVELE1BQUksS0FBNkMsMENBQTBDLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDcEosVUFBTSxXQUFXLEtBQUssSUFBSSxPQUFPLElBQUksUUFBUTtBQUM3QyxVQUFNLEVBQUUsRUFBRSwyQkFBMkIsSUFBSSxPQUFRLEVBQUUsU0FBUyxHQUFHLEVBQUUsU0FBUyxNQUFNLElBQUksTUFBTSxTQUFTLEtBQUssSUFBSSxNQUFNLE1BQU0sSUFBSSxNQUFNLE1BQU0sR0FBRyxTQUFTLFlBQVksTUFBTSxJQUFJLE1BQU0sU0FBUyxDQUFDLEVBQUUsQ0FBQztBQUM3TCxXQUFPLE1BQU0sU0FBUyxZQUFZLFVBQVUsZUFBZSxHQUFHLEdBQUc7QUFBQSxFQUNuRSxDQUFDO0FBRUQsTUFBSSxLQUE2QyxpQ0FBaUMsRUFBRSxRQUFRLEVBQUUsUUFBUSxZQUFZLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUMzSSxVQUFNLFdBQVcsS0FBSyxJQUFJLE9BQU8sSUFBSSxRQUFRO0FBQzdDLFVBQU0sRUFBRSxFQUFFLFlBQVksSUFBSSxPQUFRLEVBQUUsU0FBUyxHQUFHLEVBQUUsaUJBQWlCLE1BQU0sSUFBSSxNQUFNLGlCQUFpQixFQUFFLENBQUM7QUFDdkcsV0FBTyxNQUFNLFNBQVMsWUFBWSxVQUFVLFNBQVMsR0FBRyxHQUFHO0FBQUEsRUFDN0QsQ0FBQztBQUVELE1BQUksS0FBNkMsNkJBQTZCLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDdkksVUFBTSxJQUFJLE1BQU0sRUFBRSxFQUFFLGtCQUFrQixJQUFJLE9BQVE7QUFBQSxNQUNoRCxVQUFVLEtBQUssSUFBSSxPQUFPLElBQUksYUFBYTtBQUFBLE1BQzNDLFVBQVUsTUFBTSxJQUFJLE1BQU0sVUFBVSxLQUFLO0FBQUEsTUFDekMsUUFBUSxNQUFNLElBQUksTUFBTSxRQUFRO0FBQUEsTUFDaEMsTUFBTSxNQUFNLElBQUksTUFBTSxNQUFNO0FBQUEsTUFDNUIsU0FBUyxZQUFZLE1BQU0sSUFBSSxNQUFNLFNBQVMsQ0FBQztBQUFBLElBQ2pELENBQUM7QUFDRCxXQUFPLE1BQU0sU0FBUyxZQUFZLEVBQUUsVUFBVSxTQUFTLEdBQUcsR0FBRztBQUFBLEVBQy9ELENBQUM7QUFJRCxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUNFO0FBQUEsUUFFRixNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFFBQVEsU0FBUztBQUFBLFVBQzVCLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVk7QUFBQSxZQUNWLE1BQU0sRUFBRSxNQUFNLFVBQVUsYUFBYSxhQUFhO0FBQUEsWUFDbEQsU0FBUyxFQUFFLE1BQU0sU0FBUztBQUFBLFlBQzFCLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFdBQVcsWUFBWSxVQUFVLFdBQVcsR0FBRyxTQUFTLFVBQVU7QUFBQSxZQUNuRyxVQUFVLEVBQUUsTUFBTSxVQUFVO0FBQUEsWUFDNUIsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLFlBQ3pCLFFBQVEsRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUMzQjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLG1CQUFtQixHQUFHLE9BQU87QUFBQSxNQUNoRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxJQUFJO0FBQ2QsWUFBTSxJQUFJLE1BQU0sRUFBRSxFQUFFLE9BQU8sSUFBSSxPQUFRLEVBQUUsV0FBVyxJQUFJLE9BQU8sVUFBVSxHQUFHLEVBQUUsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLFNBQVMsUUFBUSxFQUFFLFFBQVEsVUFBVSxFQUFFLFlBQVksTUFBTSxZQUFZLEVBQUUsVUFBVSxNQUFNLFFBQVEsRUFBRSxVQUFVLEtBQUssQ0FBQztBQUN4TixZQUFNLEtBQUssR0FBRyxFQUFFLE9BQU8sWUFBWSx3QkFBd0IsRUFBRSxFQUFFLEVBQUU7QUFDakUsYUFBTyxTQUFTLE9BQU8sZUFBZSxDQUFDO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUSxFQUFFLFNBQVMsMkZBQTJGLE1BQU0sQ0FBQyxPQUFPLEdBQUcsUUFBUSxVQUFVLFVBQVUsRUFBRSxLQUFLLEVBQUUsTUFBTSxVQUFVLFlBQVksaUJBQWlCLEdBQUcsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGNBQWMsRUFBRTtBQUFBLElBQ25SO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVSxTQUFTLE9BQU8sZUFBZSxNQUFNLEVBQUUsRUFBRSxLQUFLLElBQUksT0FBUSxJQUFJLE9BQU8sRUFBRSxDQUFDO0FBQUEsRUFDaEc7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUFhO0FBQUEsUUFDYixNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsU0FBUztBQUFBLFFBQ1QsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsUUFBUSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxZQUFZLFVBQVUsV0FBVyxFQUFFLEVBQUUsRUFBRTtBQUFBLFFBQ2pLLFVBQVUsRUFBRSxLQUFLLG1CQUFtQixHQUFHLE9BQU87QUFBQSxNQUNoRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxNQUFNLEVBQUUsRUFBRSxjQUFjLElBQUksT0FBUSxFQUFFLGVBQWUsSUFBSSxPQUFPLElBQUksUUFBUSxJQUFJLEtBQUssUUFBUSxTQUFTLGdCQUFnQixLQUFLLGVBQWUsSUFBSSxPQUFPLEVBQUUsRUFBRSxDQUFDO0FBQ3BLLGFBQU8sU0FBUyxPQUFPLGVBQWUsQ0FBQztBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRO0FBQUEsUUFDUixTQUFTO0FBQUEsUUFDVCxNQUFNLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxPQUFPLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLE9BQU8sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGVBQWUsVUFBVSxpQkFBaUIsRUFBRSxHQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVUsYUFBYSw0QkFBNEIsRUFBRSxFQUFFO0FBQUEsUUFDNU8sVUFBVSxFQUFFLEtBQUssbUJBQW1CLEdBQUcsT0FBTztBQUFBLE1BQ2hEO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLE1BQU0sRUFBRSxFQUFFLHlCQUF5QixJQUFJLE9BQVEsRUFBRSxpQkFBaUIsSUFBSSxPQUFPLEdBQUcsR0FBRyxFQUFFLE9BQU8sSUFBSSxLQUFLLE9BQU8sTUFBTSxJQUFJLEtBQUssTUFBTSxTQUFTLGdCQUFnQixLQUFLLGlCQUFpQixJQUFJLE9BQU8sRUFBRSxFQUFFLENBQUM7QUFDMU0sYUFBTyxTQUFTLE9BQU8saUJBQWlCLENBQUM7QUFBQSxJQUMzQztBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsU0FBUztBQUFBLFFBQ1QsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsU0FBUyxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxTQUFTLEVBQUUsTUFBTSxTQUFTLEdBQUcsTUFBTSxFQUFFLE1BQU0sVUFBVSxhQUFhLDRCQUE0QixFQUFFLEVBQUU7QUFBQSxRQUM1TCxVQUFVLEVBQUUsS0FBSyxtQkFBbUIsR0FBRyxPQUFPO0FBQUEsTUFDaEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxFQUFFLEVBQUUsMkJBQTJCLElBQUksT0FBUSxFQUFFLGlCQUFpQixJQUFJLE9BQU8sR0FBRyxHQUFHLEVBQUUsU0FBUyxJQUFJLEtBQUssU0FBUyxNQUFNLElBQUksS0FBSyxNQUFNLFNBQVMsZ0JBQWdCLEtBQUssaUJBQWlCLElBQUksT0FBTyxFQUFFLEVBQUUsQ0FBQztBQUNoTixhQUFPLFNBQVMsT0FBTyxpQkFBaUIsQ0FBQztBQUFBLElBQzNDO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWE7QUFBQSxRQUNiLE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRO0FBQUEsUUFDUixNQUFNLEVBQUUsTUFBTSxVQUFVLHNCQUFzQixPQUFPLFlBQVksRUFBRSxpQkFBaUIsRUFBRSxNQUFNLFVBQVUsYUFBYSxhQUFhLEdBQUcsUUFBUSxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUU7QUFBQSxRQUNoSyxVQUFVO0FBQUEsVUFDUixLQUFLLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxXQUFXLEVBQUUsTUFBTSxTQUFTLEdBQUcsUUFBUSxFQUFFLE1BQU0sVUFBVSxHQUFHLGlCQUFpQixNQUFNLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxZQUFZLEVBQUUsRUFBRTtBQUFBLFVBQ3ZLLEdBQUc7QUFBQSxRQUNMO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sT0FBTyxNQUFNLEVBQUUsRUFBRSxZQUFZLElBQUksT0FBUSxFQUFFLFdBQVcsSUFBSSxPQUFPLFVBQVUsR0FBRyxFQUFFLGlCQUFpQixJQUFJLE1BQU0saUJBQWlCLFFBQVEsSUFBSSxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQ3BLLFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLE9BQU87QUFBQSxRQUNkLFFBQVE7QUFBQSxRQUNSLFNBQVM7QUFBQSxRQUNULE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxVQUFVO0FBQUEsVUFDckIsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWSxFQUFFLFVBQVUsRUFBRSxNQUFNLFNBQVMsR0FBRyxRQUFRLEVBQUUsTUFBTSxVQUFVLGFBQWEsNEJBQTRCLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFO0FBQUEsUUFDN0k7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLGFBQWEsR0FBRyxPQUFPO0FBQUEsTUFDMUM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxFQUFFLEVBQUUsa0JBQWtCLElBQUksT0FBUSxFQUFFLFVBQVUsSUFBSSxPQUFPLElBQUksVUFBVSxJQUFJLEtBQUssVUFBVSxRQUFRLElBQUksS0FBSyxRQUFRLE1BQU0sSUFBSSxLQUFLLE1BQU0sU0FBUyxnQkFBZ0IsS0FBSyxVQUFVLElBQUksT0FBTyxFQUFFLEVBQUUsQ0FBQztBQUNoTixhQUFPLFNBQVMsT0FBTyxVQUFVLENBQUM7QUFBQSxJQUNwQztBQUFBLEVBQ0Y7QUFFQSxRQUFNLGVBQWUsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLGNBQWMsRUFBRSxNQUFNLFVBQVUsR0FBRyxLQUFLLEVBQUUsTUFBTSxVQUFVLEVBQUUsRUFBRTtBQUNuSCxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRLEVBQUUsU0FBUyxnSEFBZ0gsTUFBTSxDQUFDLE9BQU8sR0FBRyxVQUFVLEVBQUUsS0FBSyxjQUFjLEtBQUssZUFBZSxLQUFLLGNBQWMsRUFBRTtBQUFBLElBQzlOO0FBQUEsSUFDQSxPQUFPLFFBQVEsRUFBRSxFQUFFLGFBQWEsSUFBSSxLQUFNO0FBQUEsRUFDNUM7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsTUFBTSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLEVBQUUsRUFBRTtBQUFBLFFBQ25ILFVBQVUsRUFBRSxLQUFLLGNBQWMsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGNBQWM7QUFBQSxNQUM1RjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUSxFQUFFLEVBQUUsZ0JBQWdCLElBQUksT0FBUSxJQUFJLEtBQUssSUFBSTtBQUFBLEVBQzlEO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
