import { ConflictError, InvalidInputError, NotFoundError } from "../../errors.js";
import { problemSchema } from "../errors.js";
import { expectedVersion, formVersion, sendEtag } from "../etag.js";
import { pageOfSorted } from "../../formats/cursor.js";
import { pageQueryProperties, pageSchema } from "../api-schemas.js";
import { WATCH_QUERIES, WATCH_QUERY_HINTS, WATCH_QUERY_LABELS } from "../../alerts/watch-queries.js";
import { alertRows, watchListRows, watchResultRows } from "../view-models/alerts.js";
function idOf(param, what) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no ${what} at this address.`);
  return id;
}
const text = (v) => typeof v === "string" ? v : void 0;
const alertSchema = {
  type: "object",
  properties: {
    id: { type: "integer" },
    kind: { type: "string", enum: ["arrested", "charged", "positive_drug_test", "remanded", "released", "missed_appointment", "review_due", "release_due"] },
    kindLabel: { type: "string" },
    personRef: { type: "string" },
    name: { type: "string" },
    caseId: { type: ["integer", "null"] },
    scheme: { type: ["string", "null"] },
    raisedOn: { type: "string", format: "date" },
    aboutDate: { type: ["string", "null"], format: "date" },
    detail: { type: "string" },
    recipients: { type: "array", items: { type: "string", pattern: "^(lead|team|agency:[a-z_]+)$" }, description: "Whom it is addressed to on the case: lead, team, or agency:<kind>." },
    acknowledged: { type: ["object", "null"], properties: { by: { type: ["string", "null"] }, at: { type: "string" } } },
    version: { type: "integer" }
  }
};
const watchListSchema = {
  type: "object",
  properties: {
    id: { type: "integer" },
    name: { type: "string" },
    query: { type: "string", enum: [...WATCH_QUERIES] },
    params: { type: "object", properties: { offence: { type: "string" } } },
    description: { type: "string" },
    version: { type: "integer" }
  }
};
const idParams = { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] };
const problems = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
function download(reply, file) {
  return reply.header("content-disposition", `attachment; filename="${file.fileName}"`).type(file.contentType).send(file.body);
}
const watchResultsSchema = {
  type: "object",
  properties: {
    watchList: watchListSchema,
    asOf: { type: "string", format: "date" },
    results: {
      type: "array",
      items: { type: "object", properties: { personRef: { type: "string" }, name: { type: "string" }, date: { type: "string", format: "date" }, detail: { type: "string" } } }
    }
  }
};
function registerAlertRoutes(app) {
  app.get("/alerts", { config: { access: "case:work" } }, async (req, reply) => {
    const actor = req.actor;
    await app.services.alerts.refreshIfStale(actor);
    const page = await app.services.alerts.list(actor, { cursor: req.query.cursor || void 0, limit: 100 });
    return reply.render("alerts.njk", {
      title: "Alerts",
      rows: alertRows(page.alerts),
      unacknowledged: page.alerts.filter((a) => !a.acknowledged).length,
      next: page.next,
      first: !req.query.cursor
    });
  });
  app.post("/alerts/:id/acknowledge", { config: { access: "case:work" } }, async (req, reply) => {
    const alertId = idOf(req.params.id, "alert");
    await app.services.alerts.acknowledge(req.actor, { alertId, expectedVersion: formVersion(req.body?.version) });
    return reply.redirect("/alerts", 303);
  });
  async function watchListsPage(req, reply, form = {}, problem) {
    const lists = await app.services.watchLists.list(req.actor);
    const field = problem?.field ?? "name";
    if (problem) reply.code(problem.kind === "conflict" ? 409 : 400);
    return reply.render("watch-lists.njk", {
      title: "Watch lists",
      rows: watchListRows(lists),
      form,
      errors: problem ? [{ text: problem.message, href: `#${field}` }] : [],
      fieldErrors: problem ? { [field]: problem.message } : {},
      queries: WATCH_QUERIES.map((q) => ({ value: q, text: WATCH_QUERY_LABELS[q], hint: { text: WATCH_QUERY_HINTS[q] }, checked: form.query === q }))
    });
  }
  app.get("/watch-lists", { config: { access: "case:work" } }, (req, reply) => watchListsPage(req, reply));
  app.post("/watch-lists", { config: { access: "case:work" } }, async (req, reply) => {
    const form = { name: text(req.body?.name), query: text(req.body?.query), offence: text(req.body?.offence) };
    try {
      const list = await app.services.watchLists.create(req.actor, form);
      return reply.redirect(`/watch-lists/${list.id}`, 303);
    } catch (e) {
      if (e instanceof InvalidInputError || e instanceof ConflictError) return watchListsPage(req, reply, form, e);
      throw e;
    }
  });
  app.get("/watch-lists/:id", { config: { access: "case:work" } }, async (req, reply) => {
    const id = idOf(req.params.id, "watch list");
    if (req.query.format !== void 0) return download(reply, await app.services.watchLists.export(req.actor, id, req.query.format));
    const result = await app.services.watchLists.run(req.actor, id);
    return reply.render("watch-list.njk", { title: result.list.name, result, rows: watchResultRows(result.rows) });
  });
  app.post("/watch-lists/:id/delete", { config: { access: "case:work" } }, async (req, reply) => {
    await app.services.watchLists.delete(req.actor, idOf(req.params.id, "watch list"));
    return reply.redirect("/watch-lists", 303);
  });
  app.get(
    "/api/v1/alerts",
    {
      config: { access: "case:work" },
      schema: {
        summary: "The alerts addressed to the token's agency (its role on the case), unacknowledged first, newest first. The people listed are audited.",
        description: "Positive drug tests are left out for those who may not see drug test results. Pass `next` back as `cursor` for the following page.",
        tags: ["alerts"],
        querystring: { type: "object", additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema("alerts", alertSchema), ...problems }
      }
    },
    async (req) => {
      await app.services.alerts.refreshIfStale(req.actor);
      return app.services.alerts.list(req.actor, { cursor: req.query.cursor, limit: req.query.limit });
    }
  );
  app.post(
    "/api/v1/alerts/:id/acknowledge",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Acknowledges an alert addressed to your agency, for everyone it is addressed to. Audited.",
        description: "If-Match (the ETag of the alert) is optional; when it is sent and the alert has changed since, the answer is 412. An alert already acknowledged answers 409.",
        tags: ["alerts"],
        params: idParams,
        response: { 200: alertSchema, ...problems, 409: problemSchema, 412: problemSchema }
      }
    },
    async (req, reply) => {
      const alert = await app.services.alerts.acknowledge(req.actor, { alertId: req.params.id, expectedVersion: expectedVersion(req, "alert", req.params.id) });
      sendEtag(reply, "alert", alert.id, alert.version);
      return alert;
    }
  );
  app.get(
    "/api/v1/watch-lists",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Your saved watch lists.",
        tags: ["watch lists"],
        querystring: { type: "object", additionalProperties: false, properties: pageQueryProperties },
        response: { 200: pageSchema("watchLists", watchListSchema), ...problems }
      }
    },
    async (req) => {
      const page = pageOfSorted(await app.services.watchLists.list(req.actor), req.query, (l) => [l.id]);
      return { watchLists: page.items, next: page.next };
    }
  );
  app.post(
    "/api/v1/watch-lists",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Saves a watch list: a named search you run daily.",
        description: `query is one of ${WATCH_QUERIES.join(", ")}; offending_by_type needs offence, a Home Office offence group (3 digits) or code (5 digits).`,
        tags: ["watch lists"],
        body: {
          type: "object",
          required: ["name", "query"],
          additionalProperties: false,
          properties: { name: { type: "string" }, query: { type: "string" }, offence: { type: "string" } }
        },
        response: { 201: watchListSchema, ...problems, 409: problemSchema }
      }
    },
    async (req, reply) => {
      const list = await app.services.watchLists.create(req.actor, req.body);
      sendEtag(reply, "watch_list", list.id, list.version);
      return reply.code(201).send(list);
    }
  );
  app.get(
    "/api/v1/watch-lists/:id/results",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Runs a saved watch list on the partnership's today. The people listed are audited.",
        description: "With format=csv or format=xlsx, the results come as a file instead, every cell neutralised against formula injection; the file is logged as a disclosure naming everyone in it, and needs an information-sharing agreement in force.",
        tags: ["watch lists"],
        params: idParams,
        querystring: { type: "object", properties: { format: { type: "string", enum: ["csv", "xlsx"] } } },
        response: {
          200: {
            description: "The results as JSON; with format=csv or format=xlsx, as a file.",
            content: {
              "application/json": { schema: watchResultsSchema },
              "text/csv": { schema: { type: "string", contentMediaType: "text/csv" } },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentMediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } }
            }
          },
          ...problems
        }
      }
    },
    async (req, reply) => {
      if (req.query.format !== void 0) return download(reply, await app.services.watchLists.export(req.actor, req.params.id, req.query.format));
      const r = await app.services.watchLists.run(req.actor, req.params.id);
      sendEtag(reply, "watch_list", r.list.id, r.list.version);
      return { watchList: r.list, asOf: r.asOf, results: r.rows };
    }
  );
  app.delete(
    "/api/v1/watch-lists/:id",
    {
      config: { access: "case:work" },
      schema: {
        summary: "Deletes one of your watch lists.",
        tags: ["watch lists"],
        params: idParams,
        response: { 204: { type: "null" }, ...problems }
      }
    },
    async (req, reply) => {
      await app.services.watchLists.delete(req.actor, req.params.id);
      return reply.code(204).send();
    }
  );
}
export {
  registerAlertRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYWxlcnRzLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBBbGVydHMgYW5kIHdhdGNoIGxpc3RzOiB0aGVpciBwYWdlcywgYWNrbm93bGVkZ2VtZW50LCBleHBvcnRzIGFuZCBBUEkuIFRoZVxuLy8gc2VydmljZXMgZGVjaWRlIHdobyBtYXkgc2VlIGFuZCBkbyB3aGF0OyB0aGUgcm91dGVzIG9ubHkgcmVhZCB0aGUgcmVxdWVzdFxuLy8gYW5kIHNob3cgdGhlIGFuc3dlci5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHksIEZhc3RpZnlSZXF1ZXN0IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBDb25mbGljdEVycm9yLCBJbnZhbGlkSW5wdXRFcnJvciwgTm90Rm91bmRFcnJvciwgdHlwZSBXYXltYXJrRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgcHJvYmxlbVNjaGVtYSB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBleHBlY3RlZFZlcnNpb24sIGZvcm1WZXJzaW9uLCBzZW5kRXRhZyB9IGZyb20gJy4uL2V0YWcuanMnO1xuaW1wb3J0IHsgcGFnZU9mU29ydGVkIH0gZnJvbSAnLi4vLi4vZm9ybWF0cy9jdXJzb3IuanMnO1xuaW1wb3J0IHsgcGFnZVF1ZXJ5UHJvcGVydGllcywgcGFnZVNjaGVtYSB9IGZyb20gJy4uL2FwaS1zY2hlbWFzLmpzJztcbmltcG9ydCB7IFdBVENIX1FVRVJJRVMsIFdBVENIX1FVRVJZX0hJTlRTLCBXQVRDSF9RVUVSWV9MQUJFTFMgfSBmcm9tICcuLi8uLi9hbGVydHMvd2F0Y2gtcXVlcmllcy5qcyc7XG5pbXBvcnQgeyBhbGVydFJvd3MsIHdhdGNoTGlzdFJvd3MsIHdhdGNoUmVzdWx0Um93cyB9IGZyb20gJy4uL3ZpZXctbW9kZWxzL2FsZXJ0cy5qcyc7XG5cbnR5cGUgQm9keSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHN0cmluZ1tdIHwgdW5kZWZpbmVkPjtcblxuZnVuY3Rpb24gaWRPZihwYXJhbTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBpZCA9IE51bWJlcihwYXJhbSk7XG4gIGlmICghTnVtYmVyLmlzU2FmZUludGVnZXIoaWQpIHx8IGlkIDw9IDApIHRocm93IG5ldyBOb3RGb3VuZEVycm9yKGBUaGVyZSBpcyBubyAke3doYXR9IGF0IHRoaXMgYWRkcmVzcy5gKTtcbiAgcmV0dXJuIGlkO1xufVxuXG5jb25zdCB0ZXh0ID0gKHY6IHN0cmluZyB8IHN0cmluZ1tdIHwgdW5kZWZpbmVkKSA9PiAodHlwZW9mIHYgPT09ICdzdHJpbmcnID8gdiA6IHVuZGVmaW5lZCk7XG5cbmNvbnN0IGFsZXJ0U2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcHJvcGVydGllczoge1xuICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIGtpbmQ6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnYXJyZXN0ZWQnLCAnY2hhcmdlZCcsICdwb3NpdGl2ZV9kcnVnX3Rlc3QnLCAncmVtYW5kZWQnLCAncmVsZWFzZWQnLCAnbWlzc2VkX2FwcG9pbnRtZW50JywgJ3Jldmlld19kdWUnLCAncmVsZWFzZV9kdWUnXSB9LFxuICAgIGtpbmRMYWJlbDogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIHBlcnNvblJlZjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIG5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBjYXNlSWQ6IHsgdHlwZTogWydpbnRlZ2VyJywgJ251bGwnXSB9LFxuICAgIHNjaGVtZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgICByYWlzZWRPbjogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBhYm91dERhdGU6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgIGRldGFpbDogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIHJlY2lwaWVudHM6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHsgdHlwZTogJ3N0cmluZycsIHBhdHRlcm46ICdeKGxlYWR8dGVhbXxhZ2VuY3k6W2Etel9dKykkJyB9LCBkZXNjcmlwdGlvbjogJ1dob20gaXQgaXMgYWRkcmVzc2VkIHRvIG9uIHRoZSBjYXNlOiBsZWFkLCB0ZWFtLCBvciBhZ2VuY3k6PGtpbmQ+LicgfSxcbiAgICBhY2tub3dsZWRnZWQ6IHsgdHlwZTogWydvYmplY3QnLCAnbnVsbCddLCBwcm9wZXJ0aWVzOiB7IGJ5OiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LCBhdDogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSxcbiAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuY29uc3Qgd2F0Y2hMaXN0U2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcHJvcGVydGllczoge1xuICAgIGlkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgIG5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBxdWVyeTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWy4uLldBVENIX1FVRVJJRVNdIH0sXG4gICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IG9mZmVuY2U6IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgZGVzY3JpcHRpb246IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICB2ZXJzaW9uOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuY29uc3QgaWRQYXJhbXMgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSB9IH0sIHJlcXVpcmVkOiBbJ2lkJ10gfSBhcyBjb25zdDtcbmNvbnN0IHByb2JsZW1zID0geyA0MDA6IHByb2JsZW1TY2hlbWEsIDQwMTogcHJvYmxlbVNjaGVtYSwgNDAzOiBwcm9ibGVtU2NoZW1hLCA0MDQ6IHByb2JsZW1TY2hlbWEgfSBhcyBjb25zdDtcblxuZnVuY3Rpb24gZG93bmxvYWQocmVwbHk6IEZhc3RpZnlSZXBseSwgZmlsZTogeyBmaWxlTmFtZTogc3RyaW5nOyBjb250ZW50VHlwZTogc3RyaW5nOyBib2R5OiBCdWZmZXIgfSkge1xuICByZXR1cm4gcmVwbHkuaGVhZGVyKCdjb250ZW50LWRpc3Bvc2l0aW9uJywgYGF0dGFjaG1lbnQ7IGZpbGVuYW1lPVwiJHtmaWxlLmZpbGVOYW1lfVwiYCkudHlwZShmaWxlLmNvbnRlbnRUeXBlKS5zZW5kKGZpbGUuYm9keSk7XG59XG5cbmNvbnN0IHdhdGNoUmVzdWx0c1NjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHByb3BlcnRpZXM6IHtcbiAgICB3YXRjaExpc3Q6IHdhdGNoTGlzdFNjaGVtYSxcbiAgICBhc09mOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LFxuICAgIHJlc3VsdHM6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBwZXJzb25SZWY6IHsgdHlwZTogJ3N0cmluZycgfSwgbmFtZTogeyB0eXBlOiAnc3RyaW5nJyB9LCBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LCBkZXRhaWw6IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckFsZXJ0Um91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIC8vIC0tLS0gd2ViIHBhZ2VzXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBjdXJzb3I/OiBzdHJpbmcgfSB9PignL2FsZXJ0cycsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGFjdG9yID0gcmVxLmFjdG9yITtcbiAgICBhd2FpdCBhcHAuc2VydmljZXMuYWxlcnRzLnJlZnJlc2hJZlN0YWxlKGFjdG9yKTtcbiAgICBjb25zdCBwYWdlID0gYXdhaXQgYXBwLnNlcnZpY2VzLmFsZXJ0cy5saXN0KGFjdG9yLCB7IGN1cnNvcjogcmVxLnF1ZXJ5LmN1cnNvciB8fCB1bmRlZmluZWQsIGxpbWl0OiAxMDAgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignYWxlcnRzLm5qaycsIHtcbiAgICAgIHRpdGxlOiAnQWxlcnRzJyxcbiAgICAgIHJvd3M6IGFsZXJ0Um93cyhwYWdlLmFsZXJ0cyksXG4gICAgICB1bmFja25vd2xlZGdlZDogcGFnZS5hbGVydHMuZmlsdGVyKChhKSA9PiAhYS5hY2tub3dsZWRnZWQpLmxlbmd0aCxcbiAgICAgIG5leHQ6IHBhZ2UubmV4dCxcbiAgICAgIGZpcnN0OiAhcmVxLnF1ZXJ5LmN1cnNvcixcbiAgICB9KTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvYWxlcnRzLzppZC9hY2tub3dsZWRnZScsIHsgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGFsZXJ0SWQgPSBpZE9mKHJlcS5wYXJhbXMuaWQsICdhbGVydCcpO1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5hbGVydHMuYWNrbm93bGVkZ2UocmVxLmFjdG9yISwgeyBhbGVydElkLCBleHBlY3RlZFZlcnNpb246IGZvcm1WZXJzaW9uKHJlcS5ib2R5Py52ZXJzaW9uKSB9KTtcbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoJy9hbGVydHMnLCAzMDMpO1xuICB9KTtcblxuICAvKiogVGhlIHdhdGNoLWxpc3RzIHBhZ2UsIHdpdGggdGhlIGZvcm0gYXMgcG9zdGVkIGFuZCBpdHMgcHJvYmxlbSB3aGVuIGEgc2F2ZSB3YXMgcmVmdXNlZC4gKi9cbiAgYXN5bmMgZnVuY3Rpb24gd2F0Y2hMaXN0c1BhZ2UocmVxOiBGYXN0aWZ5UmVxdWVzdCwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZm9ybTogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPiA9IHt9LCBwcm9ibGVtPzogV2F5bWFya0Vycm9yKSB7XG4gICAgY29uc3QgbGlzdHMgPSBhd2FpdCBhcHAuc2VydmljZXMud2F0Y2hMaXN0cy5saXN0KHJlcS5hY3RvciEpO1xuICAgIGNvbnN0IGZpZWxkID0gcHJvYmxlbT8uZmllbGQgPz8gJ25hbWUnO1xuICAgIGlmIChwcm9ibGVtKSByZXBseS5jb2RlKHByb2JsZW0ua2luZCA9PT0gJ2NvbmZsaWN0JyA/IDQwOSA6IDQwMCk7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignd2F0Y2gtbGlzdHMubmprJywge1xuICAgICAgdGl0bGU6ICdXYXRjaCBsaXN0cycsXG4gICAgICByb3dzOiB3YXRjaExpc3RSb3dzKGxpc3RzKSxcbiAgICAgIGZvcm0sXG4gICAgICBlcnJvcnM6IHByb2JsZW0gPyBbeyB0ZXh0OiBwcm9ibGVtLm1lc3NhZ2UsIGhyZWY6IGAjJHtmaWVsZH1gIH1dIDogW10sXG4gICAgICBmaWVsZEVycm9yczogcHJvYmxlbSA/IHsgW2ZpZWxkXTogcHJvYmxlbS5tZXNzYWdlIH0gOiB7fSxcbiAgICAgIHF1ZXJpZXM6IFdBVENIX1FVRVJJRVMubWFwKChxKSA9PiAoeyB2YWx1ZTogcSwgdGV4dDogV0FUQ0hfUVVFUllfTEFCRUxTW3FdLCBoaW50OiB7IHRleHQ6IFdBVENIX1FVRVJZX0hJTlRTW3FdIH0sIGNoZWNrZWQ6IGZvcm0ucXVlcnkgPT09IHEgfSkpLFxuICAgIH0pO1xuICB9XG5cbiAgYXBwLmdldCgnL3dhdGNoLWxpc3RzJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIChyZXEsIHJlcGx5KSA9PiB3YXRjaExpc3RzUGFnZShyZXEsIHJlcGx5KSk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiBCb2R5IH0+KCcvd2F0Y2gtbGlzdHMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBmb3JtID0geyBuYW1lOiB0ZXh0KHJlcS5ib2R5Py5uYW1lKSwgcXVlcnk6IHRleHQocmVxLmJvZHk/LnF1ZXJ5KSwgb2ZmZW5jZTogdGV4dChyZXEuYm9keT8ub2ZmZW5jZSkgfTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgbGlzdCA9IGF3YWl0IGFwcC5zZXJ2aWNlcy53YXRjaExpc3RzLmNyZWF0ZShyZXEuYWN0b3IhLCBmb3JtKTtcbiAgICAgIHJldHVybiByZXBseS5yZWRpcmVjdChgL3dhdGNoLWxpc3RzLyR7bGlzdC5pZH1gLCAzMDMpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIC8vIEEgcmVmdXNlZCBzYXZlIGNvbWVzIGJhY2sgdG8gdGhlIGZvcm0sIHdpdGggd2hhdCB3YXMgdHlwZWQgYW5kIHdoYXQgaXMgd3JvbmcuXG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIEludmFsaWRJbnB1dEVycm9yIHx8IGUgaW5zdGFuY2VvZiBDb25mbGljdEVycm9yKSByZXR1cm4gd2F0Y2hMaXN0c1BhZ2UocmVxLCByZXBseSwgZm9ybSwgZSk7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgfSk7XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IFF1ZXJ5c3RyaW5nOiB7IGZvcm1hdD86IHN0cmluZyB9IH0+KCcvd2F0Y2gtbGlzdHMvOmlkJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBpZE9mKHJlcS5wYXJhbXMuaWQsICd3YXRjaCBsaXN0Jyk7XG4gICAgaWYgKHJlcS5xdWVyeS5mb3JtYXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGRvd25sb2FkKHJlcGx5LCBhd2FpdCBhcHAuc2VydmljZXMud2F0Y2hMaXN0cy5leHBvcnQocmVxLmFjdG9yISwgaWQsIHJlcS5xdWVyeS5mb3JtYXQpKTtcbiAgICBjb25zdCByZXN1bHQgPSBhd2FpdCBhcHAuc2VydmljZXMud2F0Y2hMaXN0cy5ydW4ocmVxLmFjdG9yISwgaWQpO1xuICAgIHJldHVybiByZXBseS5yZW5kZXIoJ3dhdGNoLWxpc3QubmprJywgeyB0aXRsZTogcmVzdWx0Lmxpc3QubmFtZSwgcmVzdWx0LCByb3dzOiB3YXRjaFJlc3VsdFJvd3MocmVzdWx0LnJvd3MpIH0pO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH0gfT4oJy93YXRjaC1saXN0cy86aWQvZGVsZXRlJywgeyBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgYXdhaXQgYXBwLnNlcnZpY2VzLndhdGNoTGlzdHMuZGVsZXRlKHJlcS5hY3RvciEsIGlkT2YocmVxLnBhcmFtcy5pZCwgJ3dhdGNoIGxpc3QnKSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KCcvd2F0Y2gtbGlzdHMnLCAzMDMpO1xuICB9KTtcblxuICAvLyAtLS0tIHRoZSBKU09OIEFQSVxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IHsgY3Vyc29yPzogc3RyaW5nOyBsaW1pdD86IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL2FsZXJ0cycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIlRoZSBhbGVydHMgYWRkcmVzc2VkIHRvIHRoZSB0b2tlbidzIGFnZW5jeSAoaXRzIHJvbGUgb24gdGhlIGNhc2UpLCB1bmFja25vd2xlZGdlZCBmaXJzdCwgbmV3ZXN0IGZpcnN0LiBUaGUgcGVvcGxlIGxpc3RlZCBhcmUgYXVkaXRlZC5cIixcbiAgICAgICAgZGVzY3JpcHRpb246ICdQb3NpdGl2ZSBkcnVnIHRlc3RzIGFyZSBsZWZ0IG91dCBmb3IgdGhvc2Ugd2hvIG1heSBub3Qgc2VlIGRydWcgdGVzdCByZXN1bHRzLiBQYXNzIGBuZXh0YCBiYWNrIGFzIGBjdXJzb3JgIGZvciB0aGUgZm9sbG93aW5nIHBhZ2UuJyxcbiAgICAgICAgdGFnczogWydhbGVydHMnXSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogcGFnZVF1ZXJ5UHJvcGVydGllcyB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ2FsZXJ0cycsIGFsZXJ0U2NoZW1hKSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBhd2FpdCBhcHAuc2VydmljZXMuYWxlcnRzLnJlZnJlc2hJZlN0YWxlKHJlcS5hY3RvciEpO1xuICAgICAgcmV0dXJuIGFwcC5zZXJ2aWNlcy5hbGVydHMubGlzdChyZXEuYWN0b3IhLCB7IGN1cnNvcjogcmVxLnF1ZXJ5LmN1cnNvciwgbGltaXQ6IHJlcS5xdWVyeS5saW1pdCB9KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9hbGVydHMvOmlkL2Fja25vd2xlZGdlJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdBY2tub3dsZWRnZXMgYW4gYWxlcnQgYWRkcmVzc2VkIHRvIHlvdXIgYWdlbmN5LCBmb3IgZXZlcnlvbmUgaXQgaXMgYWRkcmVzc2VkIHRvLiBBdWRpdGVkLicsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnSWYtTWF0Y2ggKHRoZSBFVGFnIG9mIHRoZSBhbGVydCkgaXMgb3B0aW9uYWw7IHdoZW4gaXQgaXMgc2VudCBhbmQgdGhlIGFsZXJ0IGhhcyBjaGFuZ2VkIHNpbmNlLCB0aGUgYW5zd2VyIGlzIDQxMi4gQW4gYWxlcnQgYWxyZWFkeSBhY2tub3dsZWRnZWQgYW5zd2VycyA0MDkuJyxcbiAgICAgICAgdGFnczogWydhbGVydHMnXSxcbiAgICAgICAgcGFyYW1zOiBpZFBhcmFtcyxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBhbGVydFNjaGVtYSwgLi4ucHJvYmxlbXMsIDQwOTogcHJvYmxlbVNjaGVtYSwgNDEyOiBwcm9ibGVtU2NoZW1hIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGFsZXJ0ID0gYXdhaXQgYXBwLnNlcnZpY2VzLmFsZXJ0cy5hY2tub3dsZWRnZShyZXEuYWN0b3IhLCB7IGFsZXJ0SWQ6IHJlcS5wYXJhbXMuaWQsIGV4cGVjdGVkVmVyc2lvbjogZXhwZWN0ZWRWZXJzaW9uKHJlcSwgJ2FsZXJ0JywgcmVxLnBhcmFtcy5pZCkgfSk7XG4gICAgICBzZW5kRXRhZyhyZXBseSwgJ2FsZXJ0JywgYWxlcnQuaWQsIGFsZXJ0LnZlcnNpb24pO1xuICAgICAgcmV0dXJuIGFsZXJ0O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiB7IGN1cnNvcj86IHN0cmluZzsgbGltaXQ/OiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS93YXRjaC1saXN0cycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnWW91ciBzYXZlZCB3YXRjaCBsaXN0cy4nLFxuICAgICAgICB0YWdzOiBbJ3dhdGNoIGxpc3RzJ10sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHBhZ2VRdWVyeVByb3BlcnRpZXMgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBwYWdlU2NoZW1hKCd3YXRjaExpc3RzJywgd2F0Y2hMaXN0U2NoZW1hKSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICAvLyBPbmUgdXNlcidzIG93biBsaXN0czogc2hvcnQsIHNvIHBhZ2VkIGluIG1lbW9yeSAoc3JjL2Zvcm1hdHMvY3Vyc29yLnRzKS5cbiAgICAgIGNvbnN0IHBhZ2UgPSBwYWdlT2ZTb3J0ZWQoYXdhaXQgYXBwLnNlcnZpY2VzLndhdGNoTGlzdHMubGlzdChyZXEuYWN0b3IhKSwgcmVxLnF1ZXJ5LCAobCkgPT4gW2wuaWRdKTtcbiAgICAgIHJldHVybiB7IHdhdGNoTGlzdHM6IHBhZ2UuaXRlbXMsIG5leHQ6IHBhZ2UubmV4dCB9O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiB7IG5hbWU6IHN0cmluZzsgcXVlcnk6IHN0cmluZzsgb2ZmZW5jZT86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3dhdGNoLWxpc3RzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnY2FzZTp3b3JrJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdTYXZlcyBhIHdhdGNoIGxpc3Q6IGEgbmFtZWQgc2VhcmNoIHlvdSBydW4gZGFpbHkuJyxcbiAgICAgICAgZGVzY3JpcHRpb246IGBxdWVyeSBpcyBvbmUgb2YgJHtXQVRDSF9RVUVSSUVTLmpvaW4oJywgJyl9OyBvZmZlbmRpbmdfYnlfdHlwZSBuZWVkcyBvZmZlbmNlLCBhIEhvbWUgT2ZmaWNlIG9mZmVuY2UgZ3JvdXAgKDMgZGlnaXRzKSBvciBjb2RlICg1IGRpZ2l0cykuYCxcbiAgICAgICAgdGFnczogWyd3YXRjaCBsaXN0cyddLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsnbmFtZScsICdxdWVyeSddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IG5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSwgcXVlcnk6IHsgdHlwZTogJ3N0cmluZycgfSwgb2ZmZW5jZTogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogd2F0Y2hMaXN0U2NoZW1hLCAuLi5wcm9ibGVtcywgNDA5OiBwcm9ibGVtU2NoZW1hIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGxpc3QgPSBhd2FpdCBhcHAuc2VydmljZXMud2F0Y2hMaXN0cy5jcmVhdGUocmVxLmFjdG9yISwgcmVxLmJvZHkpO1xuICAgICAgc2VuZEV0YWcocmVwbHksICd3YXRjaF9saXN0JywgbGlzdC5pZCwgbGlzdC52ZXJzaW9uKTtcbiAgICAgIHJldHVybiByZXBseS5jb2RlKDIwMSkuc2VuZChsaXN0KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9OyBRdWVyeXN0cmluZzogeyBmb3JtYXQ/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS93YXRjaC1saXN0cy86aWQvcmVzdWx0cycsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2Nhc2U6d29yaycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIlJ1bnMgYSBzYXZlZCB3YXRjaCBsaXN0IG9uIHRoZSBwYXJ0bmVyc2hpcCdzIHRvZGF5LiBUaGUgcGVvcGxlIGxpc3RlZCBhcmUgYXVkaXRlZC5cIixcbiAgICAgICAgZGVzY3JpcHRpb246XG4gICAgICAgICAgJ1dpdGggZm9ybWF0PWNzdiBvciBmb3JtYXQ9eGxzeCwgdGhlIHJlc3VsdHMgY29tZSBhcyBhIGZpbGUgaW5zdGVhZCwgZXZlcnkgY2VsbCBuZXV0cmFsaXNlZCBhZ2FpbnN0IGZvcm11bGEgaW5qZWN0aW9uOyB0aGUgZmlsZSBpcyBsb2dnZWQgYXMgYSBkaXNjbG9zdXJlIG5hbWluZyBldmVyeW9uZSBpbiBpdCwgYW5kIG5lZWRzIGFuIGluZm9ybWF0aW9uLXNoYXJpbmcgYWdyZWVtZW50IGluIGZvcmNlLicsXG4gICAgICAgIHRhZ3M6IFsnd2F0Y2ggbGlzdHMnXSxcbiAgICAgICAgcGFyYW1zOiBpZFBhcmFtcyxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgZm9ybWF0OiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2NzdicsICd4bHN4J10gfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7XG4gICAgICAgICAgMjAwOiB7XG4gICAgICAgICAgICBkZXNjcmlwdGlvbjogJ1RoZSByZXN1bHRzIGFzIEpTT047IHdpdGggZm9ybWF0PWNzdiBvciBmb3JtYXQ9eGxzeCwgYXMgYSBmaWxlLicsXG4gICAgICAgICAgICBjb250ZW50OiB7XG4gICAgICAgICAgICAgICdhcHBsaWNhdGlvbi9qc29uJzogeyBzY2hlbWE6IHdhdGNoUmVzdWx0c1NjaGVtYSB9LFxuICAgICAgICAgICAgICAndGV4dC9jc3YnOiB7IHNjaGVtYTogeyB0eXBlOiAnc3RyaW5nJywgY29udGVudE1lZGlhVHlwZTogJ3RleHQvY3N2JyB9IH0sXG4gICAgICAgICAgICAgICdhcHBsaWNhdGlvbi92bmQub3BlbnhtbGZvcm1hdHMtb2ZmaWNlZG9jdW1lbnQuc3ByZWFkc2hlZXRtbC5zaGVldCc6IHsgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnLCBjb250ZW50TWVkaWFUeXBlOiAnYXBwbGljYXRpb24vdm5kLm9wZW54bWxmb3JtYXRzLW9mZmljZWRvY3VtZW50LnNwcmVhZHNoZWV0bWwuc2hlZXQnIH0gfSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICAuLi5wcm9ibGVtcyxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgaWYgKHJlcS5xdWVyeS5mb3JtYXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGRvd25sb2FkKHJlcGx5LCBhd2FpdCBhcHAuc2VydmljZXMud2F0Y2hMaXN0cy5leHBvcnQocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5pZCwgcmVxLnF1ZXJ5LmZvcm1hdCkpO1xuICAgICAgY29uc3QgciA9IGF3YWl0IGFwcC5zZXJ2aWNlcy53YXRjaExpc3RzLnJ1bihyZXEuYWN0b3IhLCByZXEucGFyYW1zLmlkKTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnd2F0Y2hfbGlzdCcsIHIubGlzdC5pZCwgci5saXN0LnZlcnNpb24pO1xuICAgICAgcmV0dXJuIHsgd2F0Y2hMaXN0OiByLmxpc3QsIGFzT2Y6IHIuYXNPZiwgcmVzdWx0czogci5yb3dzIH07XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZGVsZXRlPHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS93YXRjaC1saXN0cy86aWQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdjYXNlOndvcmsnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ0RlbGV0ZXMgb25lIG9mIHlvdXIgd2F0Y2ggbGlzdHMuJyxcbiAgICAgICAgdGFnczogWyd3YXRjaCBsaXN0cyddLFxuICAgICAgICBwYXJhbXM6IGlkUGFyYW1zLFxuICAgICAgICByZXNwb25zZTogeyAyMDQ6IHsgdHlwZTogJ251bGwnIH0sIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy53YXRjaExpc3RzLmRlbGV0ZShyZXEuYWN0b3IhLCByZXEucGFyYW1zLmlkKTtcbiAgICAgIHJldHVybiByZXBseS5jb2RlKDIwNCkuc2VuZCgpO1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFJQSxTQUFTLGVBQWUsbUJBQW1CLHFCQUF3QztBQUNuRixTQUFTLHFCQUFxQjtBQUM5QixTQUFTLGlCQUFpQixhQUFhLGdCQUFnQjtBQUN2RCxTQUFTLG9CQUFvQjtBQUM3QixTQUFTLHFCQUFxQixrQkFBa0I7QUFDaEQsU0FBUyxlQUFlLG1CQUFtQiwwQkFBMEI7QUFDckUsU0FBUyxXQUFXLGVBQWUsdUJBQXVCO0FBSTFELFNBQVMsS0FBSyxPQUFlLE1BQXNCO0FBQ2pELFFBQU0sS0FBSyxPQUFPLEtBQUs7QUFDdkIsTUFBSSxDQUFDLE9BQU8sY0FBYyxFQUFFLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxjQUFjLGVBQWUsSUFBSSxtQkFBbUI7QUFDeEcsU0FBTztBQUNUO0FBRUEsTUFBTSxPQUFPLENBQUMsTUFBc0MsT0FBTyxNQUFNLFdBQVcsSUFBSTtBQUVoRixNQUFNLGNBQWM7QUFBQSxFQUNsQixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDdEIsTUFBTSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsWUFBWSxXQUFXLHNCQUFzQixZQUFZLFlBQVksc0JBQXNCLGNBQWMsYUFBYSxFQUFFO0FBQUEsSUFDdkosV0FBVyxFQUFFLE1BQU0sU0FBUztBQUFBLElBQzVCLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM1QixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDdkIsUUFBUSxFQUFFLE1BQU0sQ0FBQyxXQUFXLE1BQU0sRUFBRTtBQUFBLElBQ3BDLFFBQVEsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNuQyxVQUFVLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQzNDLFdBQVcsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsUUFBUSxPQUFPO0FBQUEsSUFDdEQsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQ3pCLFlBQVksRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFLE1BQU0sVUFBVSxTQUFTLCtCQUErQixHQUFHLGFBQWEscUVBQXFFO0FBQUEsSUFDbkwsY0FBYyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRSxHQUFHLElBQUksRUFBRSxNQUFNLFNBQVMsRUFBRSxFQUFFO0FBQUEsSUFDbkgsU0FBUyxFQUFFLE1BQU0sVUFBVTtBQUFBLEVBQzdCO0FBQ0Y7QUFFQSxNQUFNLGtCQUFrQjtBQUFBLEVBQ3RCLE1BQU07QUFBQSxFQUNOLFlBQVk7QUFBQSxJQUNWLElBQUksRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUN0QixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDdkIsT0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxhQUFhLEVBQUU7QUFBQSxJQUNsRCxRQUFRLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxTQUFTLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLElBQ3RFLGFBQWEsRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM5QixTQUFTLEVBQUUsTUFBTSxVQUFVO0FBQUEsRUFDN0I7QUFDRjtBQUVBLE1BQU0sV0FBVyxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sV0FBVyxTQUFTLEVBQUUsRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUU7QUFDekcsTUFBTSxXQUFXLEVBQUUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxjQUFjO0FBRWxHLFNBQVMsU0FBUyxPQUFxQixNQUErRDtBQUNwRyxTQUFPLE1BQU0sT0FBTyx1QkFBdUIseUJBQXlCLEtBQUssUUFBUSxHQUFHLEVBQUUsS0FBSyxLQUFLLFdBQVcsRUFBRSxLQUFLLEtBQUssSUFBSTtBQUM3SDtBQUVBLE1BQU0scUJBQXFCO0FBQUEsRUFDekIsTUFBTTtBQUFBLEVBQ04sWUFBWTtBQUFBLElBQ1YsV0FBVztBQUFBLElBQ1gsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxJQUN2QyxTQUFTO0FBQUEsTUFDUCxNQUFNO0FBQUEsTUFDTixPQUFPLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxXQUFXLEVBQUUsTUFBTSxTQUFTLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxHQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPLEdBQUcsUUFBUSxFQUFFLE1BQU0sU0FBUyxFQUFFLEVBQUU7QUFBQSxJQUN6SztBQUFBLEVBQ0Y7QUFDRjtBQUVPLFNBQVMsb0JBQW9CLEtBQTRCO0FBRTlELE1BQUksSUFBMEMsV0FBVyxFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2xILFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFVBQU0sSUFBSSxTQUFTLE9BQU8sZUFBZSxLQUFLO0FBQzlDLFVBQU0sT0FBTyxNQUFNLElBQUksU0FBUyxPQUFPLEtBQUssT0FBTyxFQUFFLFFBQVEsSUFBSSxNQUFNLFVBQVUsUUFBVyxPQUFPLElBQUksQ0FBQztBQUN4RyxXQUFPLE1BQU0sT0FBTyxjQUFjO0FBQUEsTUFDaEMsT0FBTztBQUFBLE1BQ1AsTUFBTSxVQUFVLEtBQUssTUFBTTtBQUFBLE1BQzNCLGdCQUFnQixLQUFLLE9BQU8sT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFlBQVksRUFBRTtBQUFBLE1BQzNELE1BQU0sS0FBSztBQUFBLE1BQ1gsT0FBTyxDQUFDLElBQUksTUFBTTtBQUFBLElBQ3BCLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxNQUFJLEtBQTZDLDJCQUEyQixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3JJLFVBQU0sVUFBVSxLQUFLLElBQUksT0FBTyxJQUFJLE9BQU87QUFDM0MsVUFBTSxJQUFJLFNBQVMsT0FBTyxZQUFZLElBQUksT0FBUSxFQUFFLFNBQVMsaUJBQWlCLFlBQVksSUFBSSxNQUFNLE9BQU8sRUFBRSxDQUFDO0FBQzlHLFdBQU8sTUFBTSxTQUFTLFdBQVcsR0FBRztBQUFBLEVBQ3RDLENBQUM7QUFHRCxpQkFBZSxlQUFlLEtBQXFCLE9BQXFCLE9BQTJDLENBQUMsR0FBRyxTQUF3QjtBQUM3SSxVQUFNLFFBQVEsTUFBTSxJQUFJLFNBQVMsV0FBVyxLQUFLLElBQUksS0FBTTtBQUMzRCxVQUFNLFFBQVEsU0FBUyxTQUFTO0FBQ2hDLFFBQUksUUFBUyxPQUFNLEtBQUssUUFBUSxTQUFTLGFBQWEsTUFBTSxHQUFHO0FBQy9ELFdBQU8sTUFBTSxPQUFPLG1CQUFtQjtBQUFBLE1BQ3JDLE9BQU87QUFBQSxNQUNQLE1BQU0sY0FBYyxLQUFLO0FBQUEsTUFDekI7QUFBQSxNQUNBLFFBQVEsVUFBVSxDQUFDLEVBQUUsTUFBTSxRQUFRLFNBQVMsTUFBTSxJQUFJLEtBQUssR0FBRyxDQUFDLElBQUksQ0FBQztBQUFBLE1BQ3BFLGFBQWEsVUFBVSxFQUFFLENBQUMsS0FBSyxHQUFHLFFBQVEsUUFBUSxJQUFJLENBQUM7QUFBQSxNQUN2RCxTQUFTLGNBQWMsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEdBQUcsTUFBTSxtQkFBbUIsQ0FBQyxHQUFHLE1BQU0sRUFBRSxNQUFNLGtCQUFrQixDQUFDLEVBQUUsR0FBRyxTQUFTLEtBQUssVUFBVSxFQUFFLEVBQUU7QUFBQSxJQUNoSixDQUFDO0FBQUEsRUFDSDtBQUVBLE1BQUksSUFBSSxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsUUFBUSxZQUFZLEVBQUUsR0FBRyxDQUFDLEtBQUssVUFBVSxlQUFlLEtBQUssS0FBSyxDQUFDO0FBRXZHLE1BQUksS0FBcUIsZ0JBQWdCLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDbEcsVUFBTSxPQUFPLEVBQUUsTUFBTSxLQUFLLElBQUksTUFBTSxJQUFJLEdBQUcsT0FBTyxLQUFLLElBQUksTUFBTSxLQUFLLEdBQUcsU0FBUyxLQUFLLElBQUksTUFBTSxPQUFPLEVBQUU7QUFDMUcsUUFBSTtBQUNGLFlBQU0sT0FBTyxNQUFNLElBQUksU0FBUyxXQUFXLE9BQU8sSUFBSSxPQUFRLElBQUk7QUFDbEUsYUFBTyxNQUFNLFNBQVMsZ0JBQWdCLEtBQUssRUFBRSxJQUFJLEdBQUc7QUFBQSxJQUN0RCxTQUFTLEdBQUc7QUFFVixVQUFJLGFBQWEscUJBQXFCLGFBQWEsY0FBZSxRQUFPLGVBQWUsS0FBSyxPQUFPLE1BQU0sQ0FBQztBQUMzRyxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0YsQ0FBQztBQUVELE1BQUksSUFBa0Usb0JBQW9CLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDbkosVUFBTSxLQUFLLEtBQUssSUFBSSxPQUFPLElBQUksWUFBWTtBQUMzQyxRQUFJLElBQUksTUFBTSxXQUFXLE9BQVcsUUFBTyxTQUFTLE9BQU8sTUFBTSxJQUFJLFNBQVMsV0FBVyxPQUFPLElBQUksT0FBUSxJQUFJLElBQUksTUFBTSxNQUFNLENBQUM7QUFDakksVUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTLFdBQVcsSUFBSSxJQUFJLE9BQVEsRUFBRTtBQUMvRCxXQUFPLE1BQU0sT0FBTyxrQkFBa0IsRUFBRSxPQUFPLE9BQU8sS0FBSyxNQUFNLFFBQVEsTUFBTSxnQkFBZ0IsT0FBTyxJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQy9HLENBQUM7QUFFRCxNQUFJLEtBQWlDLDJCQUEyQixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3pILFVBQU0sSUFBSSxTQUFTLFdBQVcsT0FBTyxJQUFJLE9BQVEsS0FBSyxJQUFJLE9BQU8sSUFBSSxZQUFZLENBQUM7QUFDbEYsV0FBTyxNQUFNLFNBQVMsZ0JBQWdCLEdBQUc7QUFBQSxFQUMzQyxDQUFDO0FBR0QsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYTtBQUFBLFFBQ2IsTUFBTSxDQUFDLFFBQVE7QUFBQSxRQUNmLGFBQWEsRUFBRSxNQUFNLFVBQVUsc0JBQXNCLE9BQU8sWUFBWSxvQkFBb0I7QUFBQSxRQUM1RixVQUFVLEVBQUUsS0FBSyxXQUFXLFVBQVUsV0FBVyxHQUFHLEdBQUcsU0FBUztBQUFBLE1BQ2xFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRO0FBQ2IsWUFBTSxJQUFJLFNBQVMsT0FBTyxlQUFlLElBQUksS0FBTTtBQUNuRCxhQUFPLElBQUksU0FBUyxPQUFPLEtBQUssSUFBSSxPQUFRLEVBQUUsUUFBUSxJQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksTUFBTSxNQUFNLENBQUM7QUFBQSxJQUNsRztBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUFhO0FBQUEsUUFDYixNQUFNLENBQUMsUUFBUTtBQUFBLFFBQ2YsUUFBUTtBQUFBLFFBQ1IsVUFBVSxFQUFFLEtBQUssYUFBYSxHQUFHLFVBQVUsS0FBSyxlQUFlLEtBQUssY0FBYztBQUFBLE1BQ3BGO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxRQUFRLE1BQU0sSUFBSSxTQUFTLE9BQU8sWUFBWSxJQUFJLE9BQVEsRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJLGlCQUFpQixnQkFBZ0IsS0FBSyxTQUFTLElBQUksT0FBTyxFQUFFLEVBQUUsQ0FBQztBQUN6SixlQUFTLE9BQU8sU0FBUyxNQUFNLElBQUksTUFBTSxPQUFPO0FBQ2hELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxhQUFhO0FBQUEsUUFDcEIsYUFBYSxFQUFFLE1BQU0sVUFBVSxzQkFBc0IsT0FBTyxZQUFZLG9CQUFvQjtBQUFBLFFBQzVGLFVBQVUsRUFBRSxLQUFLLFdBQVcsY0FBYyxlQUFlLEdBQUcsR0FBRyxTQUFTO0FBQUEsTUFDMUU7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFFYixZQUFNLE9BQU8sYUFBYSxNQUFNLElBQUksU0FBUyxXQUFXLEtBQUssSUFBSSxLQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDO0FBQ2xHLGFBQU8sRUFBRSxZQUFZLEtBQUssT0FBTyxNQUFNLEtBQUssS0FBSztBQUFBLElBQ25EO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWEsbUJBQW1CLGNBQWMsS0FBSyxJQUFJLENBQUM7QUFBQSxRQUN4RCxNQUFNLENBQUMsYUFBYTtBQUFBLFFBQ3BCLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxRQUFRLE9BQU87QUFBQSxVQUMxQixzQkFBc0I7QUFBQSxVQUN0QixZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sU0FBUyxHQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUUsTUFBTSxTQUFTLEVBQUU7QUFBQSxRQUNqRztBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssaUJBQWlCLEdBQUcsVUFBVSxLQUFLLGNBQWM7QUFBQSxNQUNwRTtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sT0FBTyxNQUFNLElBQUksU0FBUyxXQUFXLE9BQU8sSUFBSSxPQUFRLElBQUksSUFBSTtBQUN0RSxlQUFTLE9BQU8sY0FBYyxLQUFLLElBQUksS0FBSyxPQUFPO0FBQ25ELGFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLFlBQVk7QUFBQSxNQUM5QixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUNFO0FBQUEsUUFDRixNQUFNLENBQUMsYUFBYTtBQUFBLFFBQ3BCLFFBQVE7QUFBQSxRQUNSLGFBQWEsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLE9BQU8sTUFBTSxFQUFFLEVBQUUsRUFBRTtBQUFBLFFBQ2pHLFVBQVU7QUFBQSxVQUNSLEtBQUs7QUFBQSxZQUNILGFBQWE7QUFBQSxZQUNiLFNBQVM7QUFBQSxjQUNQLG9CQUFvQixFQUFFLFFBQVEsbUJBQW1CO0FBQUEsY0FDakQsWUFBWSxFQUFFLFFBQVEsRUFBRSxNQUFNLFVBQVUsa0JBQWtCLFdBQVcsRUFBRTtBQUFBLGNBQ3ZFLHFFQUFxRSxFQUFFLFFBQVEsRUFBRSxNQUFNLFVBQVUsa0JBQWtCLG9FQUFvRSxFQUFFO0FBQUEsWUFDM0w7QUFBQSxVQUNGO0FBQUEsVUFDQSxHQUFHO0FBQUEsUUFDTDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixVQUFJLElBQUksTUFBTSxXQUFXLE9BQVcsUUFBTyxTQUFTLE9BQU8sTUFBTSxJQUFJLFNBQVMsV0FBVyxPQUFPLElBQUksT0FBUSxJQUFJLE9BQU8sSUFBSSxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQzVJLFlBQU0sSUFBSSxNQUFNLElBQUksU0FBUyxXQUFXLElBQUksSUFBSSxPQUFRLElBQUksT0FBTyxFQUFFO0FBQ3JFLGVBQVMsT0FBTyxjQUFjLEVBQUUsS0FBSyxJQUFJLEVBQUUsS0FBSyxPQUFPO0FBQ3ZELGFBQU8sRUFBRSxXQUFXLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsS0FBSztBQUFBLElBQzVEO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxhQUFhO0FBQUEsUUFDcEIsUUFBUTtBQUFBLFFBQ1IsVUFBVSxFQUFFLEtBQUssRUFBRSxNQUFNLE9BQU8sR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxTQUFTLFdBQVcsT0FBTyxJQUFJLE9BQVEsSUFBSSxPQUFPLEVBQUU7QUFDOUQsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLEtBQUs7QUFBQSxJQUM5QjtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
