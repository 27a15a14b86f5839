import { isWaymarkError } from "../../errors.js";
import { problemSchema } from "../errors.js";
function usernames(text) {
  return (text ?? "").split(/[\s,]+/).map((u) => u.trim()).filter(Boolean);
}
function registerRestrictionRoutes(app) {
  const access = "person:restrict";
  const personId = (idParam, reply) => {
    const id = Number(idParam);
    if (Number.isSafeInteger(id) && id > 0) return id;
    reply.code(404);
    return null;
  };
  const back = (reply, id, outcome) => {
    const q = outcome.problem ? `restriction-problem=${encodeURIComponent(outcome.problem)}` : `restriction=${outcome.done}`;
    return reply.redirect(`/people/${id}?${q}#restriction`, 303);
  };
  app.post("/people/:id/restriction", { config: { access } }, async (req, reply) => {
    const id = personId(req.params.id, reply);
    if (id === null) return reply.render("error.njk", { title: "Page not found", message: "There is no person at this address." });
    try {
      await app.services.restrictions.restrict(req.actor, { id }, usernames(req.body?.allow));
    } catch (e) {
      if (isWaymarkError(e) && e.kind === "invalid_input") return back(reply, id, { problem: e.message });
      throw e;
    }
    return back(reply, id, { done: "restricted" });
  });
  app.post("/people/:id/restriction/lift", { config: { access } }, async (req, reply) => {
    const id = personId(req.params.id, reply);
    if (id === null) return reply.render("error.njk", { title: "Page not found", message: "There is no person at this address." });
    await app.services.restrictions.unrestrict(req.actor, { id });
    return back(reply, id, { done: "lifted" });
  });
  app.put(
    "/api/v1/people/:id/restriction",
    {
      config: { access },
      schema: {
        summary: "Restrict a person to named users, change the named users, or lift the restriction. Audited as an alteration.",
        description: "With restricted true, allow lists the usernames who may see the record (it replaces any named before; the caller stays named). With restricted false, the restriction and its names are removed.",
        tags: ["people"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        body: {
          type: "object",
          required: ["restricted"],
          additionalProperties: false,
          properties: { restricted: { type: "boolean" }, allow: { type: "array", maxItems: 200, items: { type: "string", minLength: 1, maxLength: 100 } } }
        },
        response: {
          200: {
            type: "object",
            properties: {
              personId: { type: "integer" },
              personRef: { type: "string" },
              restricted: { type: "boolean" },
              allow: { type: "array", items: { type: "string" } }
            }
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema
        }
      }
    },
    async (req) => {
      const key = { id: req.params.id };
      const r = req.body.restricted ? await app.services.restrictions.restrict(req.actor, key, req.body.allow ?? []) : await app.services.restrictions.unrestrict(req.actor, key);
      return { personId: r.personId, personRef: r.personRef, restricted: r.restricted, allow: r.allowed.map((u) => u.username) };
    }
  );
}
export {
  registerRestrictionRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvcmVzdHJpY3Rpb25zLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBSZXN0cmljdGVkIHJlY29yZHMgb24gdGhlIHBlcnNvbiBwYWdlIChTUEVDIDMuOCk6IGEgc2NoZW1lIG1hbmFnZXIgb3IgYW5cbi8vIGFkbWluaXN0cmF0b3IgbWFya3MgYSBwZXJzb24gcmVzdHJpY3RlZCwgbmFtZXMgdGhlIHVzZXJzIHdobyBtYXkgc2VlIHRoZW0sXG4vLyBvciBsaWZ0cyB0aGUgcmVzdHJpY3Rpb24uIEVhY2ggZm9ybSBwb3N0cyBoZXJlIGFuZCByZXR1cm5zIHRvIHRoZSBwZXJzb24gcGFnZS5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHkgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IGlzV2F5bWFya0Vycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHByb2JsZW1TY2hlbWEgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuXG50eXBlIEJvZHkgPSB7IF9jc3JmPzogc3RyaW5nOyBhbGxvdz86IHN0cmluZzsganVzdGlmaWNhdGlvbj86IHN0cmluZyB9O1xuXG4vKiogXCJhbm4sIGJvYlwiIG9yIG9uZSBwZXIgbGluZTogdXNlcm5hbWVzIGFzIHR5cGVkLiAqL1xuZnVuY3Rpb24gdXNlcm5hbWVzKHRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuICh0ZXh0ID8/ICcnKS5zcGxpdCgvW1xccyxdKy8pLm1hcCgodSkgPT4gdS50cmltKCkpLmZpbHRlcihCb29sZWFuKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyUmVzdHJpY3Rpb25Sb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgY29uc3QgYWNjZXNzID0gJ3BlcnNvbjpyZXN0cmljdCcgYXMgY29uc3Q7XG5cbiAgY29uc3QgcGVyc29uSWQgPSAoaWRQYXJhbTogc3RyaW5nLCByZXBseTogRmFzdGlmeVJlcGx5KTogbnVtYmVyIHwgbnVsbCA9PiB7XG4gICAgY29uc3QgaWQgPSBOdW1iZXIoaWRQYXJhbSk7XG4gICAgaWYgKE51bWJlci5pc1NhZmVJbnRlZ2VyKGlkKSAmJiBpZCA+IDApIHJldHVybiBpZDtcbiAgICByZXBseS5jb2RlKDQwNCk7XG4gICAgcmV0dXJuIG51bGw7XG4gIH07XG5cbiAgLyoqIEEgcmVmdXNhbCBvZiB0aGUgaW5wdXQgKHVua25vd24gdXNlcm5hbWVzKSBnb2VzIGJhY2sgdG8gdGhlIHBhZ2UgYXMgYSBtZXNzYWdlOyBhbnl0aGluZyBlbHNlIGlzIHRocm93bi4gKi9cbiAgY29uc3QgYmFjayA9IChyZXBseTogRmFzdGlmeVJlcGx5LCBpZDogbnVtYmVyLCBvdXRjb21lOiB7IGRvbmU/OiBzdHJpbmc7IHByb2JsZW0/OiBzdHJpbmcgfSkgPT4ge1xuICAgIGNvbnN0IHEgPSBvdXRjb21lLnByb2JsZW0gPyBgcmVzdHJpY3Rpb24tcHJvYmxlbT0ke2VuY29kZVVSSUNvbXBvbmVudChvdXRjb21lLnByb2JsZW0pfWAgOiBgcmVzdHJpY3Rpb249JHtvdXRjb21lLmRvbmV9YDtcbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoYC9wZW9wbGUvJHtpZH0/JHtxfSNyZXN0cmljdGlvbmAsIDMwMyk7XG4gIH07XG5cbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9yZXN0cmljdGlvbicsIHsgY29uZmlnOiB7IGFjY2VzcyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBwZXJzb25JZChyZXEucGFyYW1zLmlkLCByZXBseSk7XG4gICAgaWYgKGlkID09PSBudWxsKSByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnUGFnZSBub3QgZm91bmQnLCBtZXNzYWdlOiAnVGhlcmUgaXMgbm8gcGVyc29uIGF0IHRoaXMgYWRkcmVzcy4nIH0pO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBhcHAuc2VydmljZXMucmVzdHJpY3Rpb25zLnJlc3RyaWN0KHJlcS5hY3RvciEsIHsgaWQgfSwgdXNlcm5hbWVzKHJlcS5ib2R5Py5hbGxvdykpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmIChpc1dheW1hcmtFcnJvcihlKSAmJiBlLmtpbmQgPT09ICdpbnZhbGlkX2lucHV0JykgcmV0dXJuIGJhY2socmVwbHksIGlkLCB7IHByb2JsZW06IGUubWVzc2FnZSB9KTtcbiAgICAgIHRocm93IGU7XG4gICAgfVxuICAgIHJldHVybiBiYWNrKHJlcGx5LCBpZCwgeyBkb25lOiAncmVzdHJpY3RlZCcgfSk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL3Blb3BsZS86aWQvcmVzdHJpY3Rpb24vbGlmdCcsIHsgY29uZmlnOiB7IGFjY2VzcyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBwZXJzb25JZChyZXEucGFyYW1zLmlkLCByZXBseSk7XG4gICAgaWYgKGlkID09PSBudWxsKSByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnUGFnZSBub3QgZm91bmQnLCBtZXNzYWdlOiAnVGhlcmUgaXMgbm8gcGVyc29uIGF0IHRoaXMgYWRkcmVzcy4nIH0pO1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5yZXN0cmljdGlvbnMudW5yZXN0cmljdChyZXEuYWN0b3IhLCB7IGlkIH0pO1xuICAgIHJldHVybiBiYWNrKHJlcGx5LCBpZCwgeyBkb25lOiAnbGlmdGVkJyB9KTtcbiAgfSk7XG5cbiAgLy8gVGhlIEFQSTogdGhlIHNhbWUgc2VydmljZSwgd2l0aCBwcm9ibGVtIGRldGFpbHMgb24gZXJyb3IuXG4gIGFwcC5wdXQ8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9OyBCb2R5OiB7IHJlc3RyaWN0ZWQ6IGJvb2xlYW47IGFsbG93Pzogc3RyaW5nW10gfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOmlkL3Jlc3RyaWN0aW9uJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1Jlc3RyaWN0IGEgcGVyc29uIHRvIG5hbWVkIHVzZXJzLCBjaGFuZ2UgdGhlIG5hbWVkIHVzZXJzLCBvciBsaWZ0IHRoZSByZXN0cmljdGlvbi4gQXVkaXRlZCBhcyBhbiBhbHRlcmF0aW9uLicsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnV2l0aCByZXN0cmljdGVkIHRydWUsIGFsbG93IGxpc3RzIHRoZSB1c2VybmFtZXMgd2hvIG1heSBzZWUgdGhlIHJlY29yZCAoaXQgcmVwbGFjZXMgYW55IG5hbWVkIGJlZm9yZTsgdGhlIGNhbGxlciBzdGF5cyBuYW1lZCkuIFdpdGggcmVzdHJpY3RlZCBmYWxzZSwgdGhlIHJlc3RyaWN0aW9uIGFuZCBpdHMgbmFtZXMgYXJlIHJlbW92ZWQuJyxcbiAgICAgICAgdGFnczogWydwZW9wbGUnXSxcbiAgICAgICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSB9IH0sIHJlcXVpcmVkOiBbJ2lkJ10gfSxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3Jlc3RyaWN0ZWQnXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczogeyByZXN0cmljdGVkOiB7IHR5cGU6ICdib29sZWFuJyB9LCBhbGxvdzogeyB0eXBlOiAnYXJyYXknLCBtYXhJdGVtczogMjAwLCBpdGVtczogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDEwMCB9IH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDA6IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgICBwZXJzb25JZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICAgICAgICAgICAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICAgICAgICAgIHJlc3RyaWN0ZWQ6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sXG4gICAgICAgICAgICAgIGFsbG93OiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICA0MDA6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgICAgNDAxOiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICAgIDQwMzogcHJvYmxlbVNjaGVtYSxcbiAgICAgICAgICA0MDQ6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3Qga2V5ID0geyBpZDogcmVxLnBhcmFtcy5pZCB9O1xuICAgICAgY29uc3QgciA9IHJlcS5ib2R5LnJlc3RyaWN0ZWRcbiAgICAgICAgPyBhd2FpdCBhcHAuc2VydmljZXMucmVzdHJpY3Rpb25zLnJlc3RyaWN0KHJlcS5hY3RvciEsIGtleSwgcmVxLmJvZHkuYWxsb3cgPz8gW10pXG4gICAgICAgIDogYXdhaXQgYXBwLnNlcnZpY2VzLnJlc3RyaWN0aW9ucy51bnJlc3RyaWN0KHJlcS5hY3RvciEsIGtleSk7XG4gICAgICByZXR1cm4geyBwZXJzb25JZDogci5wZXJzb25JZCwgcGVyc29uUmVmOiByLnBlcnNvblJlZiwgcmVzdHJpY3RlZDogci5yZXN0cmljdGVkLCBhbGxvdzogci5hbGxvd2VkLm1hcCgodSkgPT4gdS51c2VybmFtZSkgfTtcbiAgICB9LFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBSUEsU0FBUyxzQkFBc0I7QUFDL0IsU0FBUyxxQkFBcUI7QUFLOUIsU0FBUyxVQUFVLE1BQW9DO0FBQ3JELFVBQVEsUUFBUSxJQUFJLE1BQU0sUUFBUSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLEVBQUUsT0FBTyxPQUFPO0FBQ3pFO0FBRU8sU0FBUywwQkFBMEIsS0FBNEI7QUFDcEUsUUFBTSxTQUFTO0FBRWYsUUFBTSxXQUFXLENBQUMsU0FBaUIsVUFBdUM7QUFDeEUsVUFBTSxLQUFLLE9BQU8sT0FBTztBQUN6QixRQUFJLE9BQU8sY0FBYyxFQUFFLEtBQUssS0FBSyxFQUFHLFFBQU87QUFDL0MsVUFBTSxLQUFLLEdBQUc7QUFDZCxXQUFPO0FBQUEsRUFDVDtBQUdBLFFBQU0sT0FBTyxDQUFDLE9BQXFCLElBQVksWUFBaUQ7QUFDOUYsVUFBTSxJQUFJLFFBQVEsVUFBVSx1QkFBdUIsbUJBQW1CLFFBQVEsT0FBTyxDQUFDLEtBQUssZUFBZSxRQUFRLElBQUk7QUFDdEgsV0FBTyxNQUFNLFNBQVMsV0FBVyxFQUFFLElBQUksQ0FBQyxnQkFBZ0IsR0FBRztBQUFBLEVBQzdEO0FBRUEsTUFBSSxLQUE2QywyQkFBMkIsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDeEgsVUFBTSxLQUFLLFNBQVMsSUFBSSxPQUFPLElBQUksS0FBSztBQUN4QyxRQUFJLE9BQU8sS0FBTSxRQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyxzQ0FBc0MsQ0FBQztBQUM3SCxRQUFJO0FBQ0YsWUFBTSxJQUFJLFNBQVMsYUFBYSxTQUFTLElBQUksT0FBUSxFQUFFLEdBQUcsR0FBRyxVQUFVLElBQUksTUFBTSxLQUFLLENBQUM7QUFBQSxJQUN6RixTQUFTLEdBQUc7QUFDVixVQUFJLGVBQWUsQ0FBQyxLQUFLLEVBQUUsU0FBUyxnQkFBaUIsUUFBTyxLQUFLLE9BQU8sSUFBSSxFQUFFLFNBQVMsRUFBRSxRQUFRLENBQUM7QUFDbEcsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPLEtBQUssT0FBTyxJQUFJLEVBQUUsTUFBTSxhQUFhLENBQUM7QUFBQSxFQUMvQyxDQUFDO0FBRUQsTUFBSSxLQUE2QyxnQ0FBZ0MsRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDN0gsVUFBTSxLQUFLLFNBQVMsSUFBSSxPQUFPLElBQUksS0FBSztBQUN4QyxRQUFJLE9BQU8sS0FBTSxRQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyxzQ0FBc0MsQ0FBQztBQUM3SCxVQUFNLElBQUksU0FBUyxhQUFhLFdBQVcsSUFBSSxPQUFRLEVBQUUsR0FBRyxDQUFDO0FBQzdELFdBQU8sS0FBSyxPQUFPLElBQUksRUFBRSxNQUFNLFNBQVMsQ0FBQztBQUFBLEVBQzNDLENBQUM7QUFHRCxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDakIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYTtBQUFBLFFBQ2IsTUFBTSxDQUFDLFFBQVE7QUFBQSxRQUNmLFFBQVEsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLElBQUksRUFBRSxNQUFNLFdBQVcsU0FBUyxFQUFFLEVBQUUsR0FBRyxVQUFVLENBQUMsSUFBSSxFQUFFO0FBQUEsUUFDaEcsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFlBQVk7QUFBQSxVQUN2QixzQkFBc0I7QUFBQSxVQUN0QixZQUFZLEVBQUUsWUFBWSxFQUFFLE1BQU0sVUFBVSxHQUFHLE9BQU8sRUFBRSxNQUFNLFNBQVMsVUFBVSxLQUFLLE9BQU8sRUFBRSxNQUFNLFVBQVUsV0FBVyxHQUFHLFdBQVcsSUFBSSxFQUFFLEVBQUU7QUFBQSxRQUNsSjtBQUFBLFFBQ0EsVUFBVTtBQUFBLFVBQ1IsS0FBSztBQUFBLFlBQ0gsTUFBTTtBQUFBLFlBQ04sWUFBWTtBQUFBLGNBQ1YsVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLGNBQzVCLFdBQVcsRUFBRSxNQUFNLFNBQVM7QUFBQSxjQUM1QixZQUFZLEVBQUUsTUFBTSxVQUFVO0FBQUEsY0FDOUIsT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxTQUFTLEVBQUU7QUFBQSxZQUNwRDtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUs7QUFBQSxVQUNMLEtBQUs7QUFBQSxVQUNMLEtBQUs7QUFBQSxVQUNMLEtBQUs7QUFBQSxRQUNQO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sTUFBTSxFQUFFLElBQUksSUFBSSxPQUFPLEdBQUc7QUFDaEMsWUFBTSxJQUFJLElBQUksS0FBSyxhQUNmLE1BQU0sSUFBSSxTQUFTLGFBQWEsU0FBUyxJQUFJLE9BQVEsS0FBSyxJQUFJLEtBQUssU0FBUyxDQUFDLENBQUMsSUFDOUUsTUFBTSxJQUFJLFNBQVMsYUFBYSxXQUFXLElBQUksT0FBUSxHQUFHO0FBQzlELGFBQU8sRUFBRSxVQUFVLEVBQUUsVUFBVSxXQUFXLEVBQUUsV0FBVyxZQUFZLEVBQUUsWUFBWSxPQUFPLEVBQUUsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRTtBQUFBLElBQzNIO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
