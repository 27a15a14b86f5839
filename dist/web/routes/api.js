import { pageQueryProperties, pageSchema, problems } from "../api-schemas.js";
import { personRecordSchema, timelinePageSchema, timelineQuerySchema } from "../person-schemas.js";
const date = { type: "string", format: "date" };
const nullableString = { type: ["string", "null"] };
const personSummaryProperties = {
  id: { type: "integer" },
  personRef: { type: "string" },
  familyName: { type: "string" },
  givenNames: { type: "string" },
  dateOfBirth: date,
  pncId: nullableString,
  restricted: { type: "boolean" }
};
const personSummary = {
  type: "object",
  required: ["id", "personRef", "familyName", "givenNames", "dateOfBirth", "pncId", "restricted"],
  properties: personSummaryProperties
};
function registerApiRoutes(app) {
  app.get(
    "/api/v1/people",
    {
      config: { access: "person:search" },
      schema: {
        summary: "Search people by name, person reference or PNC ID, among those you may see. Logged as a consultation naming everyone returned.",
        description: "In name order, a page at a time (`next` is the cursor of the following page).",
        tags: ["people"],
        querystring: { type: "object", required: ["q"], additionalProperties: false, properties: { q: { type: "string", minLength: 1, maxLength: 100 }, ...pageQueryProperties } },
        response: { 200: pageSchema("people", personSummary), ...problems }
      }
    },
    async (req) => app.services.people.searchPage(req.actor, req.query.q, { cursor: req.query.cursor, limit: req.query.limit, channel: "api" })
  );
  app.get(
    "/api/v1/people/:id",
    {
      config: { access: "person:view" },
      schema: {
        summary: "One person's record: identity, identifiers, memberships, custody, risk and the newest page of the timeline. Logged as a consultation.",
        description: "A restricted record needs the reason for viewing in the X-Justification header; it is written to the audit log. Without it the answer is 403 with `code` justification_required. The timeline holds the newest 50 entries (`limit`, `kind` as for the timeline); `timelineNext` gives the rest from GET /api/v1/people/{id}/timeline.",
        tags: ["people"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        headers: { type: "object", properties: { "x-justification": { type: "string", description: "Why you need to see a restricted record (audited)." } } },
        querystring: timelineQuerySchema,
        response: { 200: personRecordSchema, ...problems }
      }
    },
    async (req) => {
      const { kind, cursor, limit } = req.query;
      return app.services.people.view(req.actor, req.params.id, { justification: req.headers["x-justification"], channel: "api", timeline: { kinds: kind, cursor, limit } });
    }
  );
  app.get(
    "/api/v1/people/:id/timeline",
    {
      config: { access: "person:view" },
      schema: {
        summary: "A page of one person's timeline, most recent first, under the same need-to-know as the record. Logged as a consultation.",
        description: "Filter with `kind` (repeat it for several kinds); page with `cursor` (the `next` of the previous page, or `timelineNext` of the record). A restricted record needs X-Justification.",
        tags: ["people"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        headers: { type: "object", properties: { "x-justification": { type: "string", description: "Why you need to see a restricted record (audited)." } } },
        querystring: timelineQuerySchema,
        response: { 200: timelinePageSchema, ...problems }
      }
    },
    async (req) => {
      const { kind, cursor, limit } = req.query;
      const page = await app.services.people.timeline(req.actor, req.params.id, { justification: req.headers["x-justification"], channel: "api", timeline: { kinds: kind, cursor, limit } });
      return { timeline: page.items, next: page.next, counts: page.counts };
    }
  );
  app.get("/api/v1/openapi.json", { config: { access: "signed-in" }, schema: { hide: true } }, async () => app.swagger());
}
export {
  registerApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgSlNPTiBBUEkgdW5kZXIgL2FwaS92MSwgZGVzY3JpYmVkIGJ5IE9wZW5BUEkgMy4xIChzZXJ2ZWQgYXRcbi8vIC9hcGkvdjEvb3BlbmFwaS5qc29uLCBjaGVja2VkIGluIGF0IG9wZW5hcGkvb3BlbmFwaS5qc29uKS4gU2FtZSBzZXJ2aWNlcyxcbi8vIHNhbWUgYXV0aG9yaXNhdGlvbiBhbmQgYXVkaXQgYXMgdGhlIHdlYiBwYWdlcy4gVGhlIGNvbnRyYWN0IGV2ZXJ5IHJvdXRlXG4vLyBrZWVwcyAocHJvYmxlbSBkZXRhaWxzLCBFVGFncywgY3Vyc29yIHBhZ2VzLCByYXRlIGxpbWl0cykgaXMgc2V0IHVwIGluXG4vLyBhcHAudHMgYW5kIGFwaS1zY2hlbWFzLnRzLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IHBhZ2VRdWVyeVByb3BlcnRpZXMsIHBhZ2VTY2hlbWEsIHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgcGVyc29uUmVjb3JkU2NoZW1hLCB0aW1lbGluZVBhZ2VTY2hlbWEsIHRpbWVsaW5lUXVlcnlTY2hlbWEgfSBmcm9tICcuLi9wZXJzb24tc2NoZW1hcy5qcyc7XG5pbXBvcnQgdHlwZSB7IFRpbWVsaW5lS2luZCB9IGZyb20gJy4uLy4uL3Blb3BsZS90aW1lbGluZS1lbnRyaWVzLmpzJztcblxuY29uc3QgZGF0ZSA9IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0gYXMgY29uc3Q7XG5jb25zdCBudWxsYWJsZVN0cmluZyA9IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddIH0gYXMgY29uc3Q7XG5cbmNvbnN0IHBlcnNvblN1bW1hcnlQcm9wZXJ0aWVzID0ge1xuICBpZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gIGZhbWlseU5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgZ2l2ZW5OYW1lczogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICBkYXRlT2ZCaXJ0aDogZGF0ZSxcbiAgcG5jSWQ6IG51bGxhYmxlU3RyaW5nLFxuICByZXN0cmljdGVkOiB7IHR5cGU6ICdib29sZWFuJyB9LFxufSBhcyBjb25zdDtcblxuY29uc3QgcGVyc29uU3VtbWFyeSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ2lkJywgJ3BlcnNvblJlZicsICdmYW1pbHlOYW1lJywgJ2dpdmVuTmFtZXMnLCAnZGF0ZU9mQmlydGgnLCAncG5jSWQnLCAncmVzdHJpY3RlZCddLFxuICBwcm9wZXJ0aWVzOiBwZXJzb25TdW1tYXJ5UHJvcGVydGllcyxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckFwaVJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IHsgcTogc3RyaW5nOyBjdXJzb3I/OiBzdHJpbmc7IGxpbWl0PzogbnVtYmVyIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnNlYXJjaCcgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnU2VhcmNoIHBlb3BsZSBieSBuYW1lLCBwZXJzb24gcmVmZXJlbmNlIG9yIFBOQyBJRCwgYW1vbmcgdGhvc2UgeW91IG1heSBzZWUuIExvZ2dlZCBhcyBhIGNvbnN1bHRhdGlvbiBuYW1pbmcgZXZlcnlvbmUgcmV0dXJuZWQuJyxcbiAgICAgICAgZGVzY3JpcHRpb246ICdJbiBuYW1lIG9yZGVyLCBhIHBhZ2UgYXQgYSB0aW1lIChgbmV4dGAgaXMgdGhlIGN1cnNvciBvZiB0aGUgZm9sbG93aW5nIHBhZ2UpLicsXG4gICAgICAgIHRhZ3M6IFsncGVvcGxlJ10sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydxJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBxOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogMTAwIH0sIC4uLnBhZ2VRdWVyeVByb3BlcnRpZXMgfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3Blb3BsZScsIHBlcnNvblN1bW1hcnkpLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IGFwcC5zZXJ2aWNlcy5wZW9wbGUuc2VhcmNoUGFnZShyZXEuYWN0b3IhLCByZXEucXVlcnkucSwgeyBjdXJzb3I6IHJlcS5xdWVyeS5jdXJzb3IsIGxpbWl0OiByZXEucXVlcnkubGltaXQsIGNoYW5uZWw6ICdhcGknIH0pLFxuICApO1xuXG4gIHR5cGUgVGltZWxpbmVRdWVyeXN0cmluZyA9IHsga2luZD86IFRpbWVsaW5lS2luZFtdOyBjdXJzb3I/OiBzdHJpbmc7IGxpbWl0PzogbnVtYmVyIH07XG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgaWQ6IG51bWJlciB9OyBIZWFkZXJzOiB7ICd4LWp1c3RpZmljYXRpb24nPzogc3RyaW5nIH07IFF1ZXJ5c3RyaW5nOiBUaW1lbGluZVF1ZXJ5c3RyaW5nIH0+KFxuICAgICcvYXBpL3YxL3Blb3BsZS86aWQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJzb246dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIk9uZSBwZXJzb24ncyByZWNvcmQ6IGlkZW50aXR5LCBpZGVudGlmaWVycywgbWVtYmVyc2hpcHMsIGN1c3RvZHksIHJpc2sgYW5kIHRoZSBuZXdlc3QgcGFnZSBvZiB0aGUgdGltZWxpbmUuIExvZ2dlZCBhcyBhIGNvbnN1bHRhdGlvbi5cIixcbiAgICAgICAgZGVzY3JpcHRpb246XG4gICAgICAgICAgJ0EgcmVzdHJpY3RlZCByZWNvcmQgbmVlZHMgdGhlIHJlYXNvbiBmb3Igdmlld2luZyBpbiB0aGUgWC1KdXN0aWZpY2F0aW9uIGhlYWRlcjsgaXQgaXMgd3JpdHRlbiB0byB0aGUgYXVkaXQgbG9nLiBXaXRob3V0IGl0IHRoZSBhbnN3ZXIgaXMgNDAzIHdpdGggYGNvZGVgIGp1c3RpZmljYXRpb25fcmVxdWlyZWQuICcgK1xuICAgICAgICAgICdUaGUgdGltZWxpbmUgaG9sZHMgdGhlIG5ld2VzdCA1MCBlbnRyaWVzIChgbGltaXRgLCBga2luZGAgYXMgZm9yIHRoZSB0aW1lbGluZSk7IGB0aW1lbGluZU5leHRgIGdpdmVzIHRoZSByZXN0IGZyb20gR0VUIC9hcGkvdjEvcGVvcGxlL3tpZH0vdGltZWxpbmUuJyxcbiAgICAgICAgdGFnczogWydwZW9wbGUnXSxcbiAgICAgICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGlkOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSB9IH0sIHJlcXVpcmVkOiBbJ2lkJ10gfSxcbiAgICAgICAgaGVhZGVyczogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyAneC1qdXN0aWZpY2F0aW9uJzogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdXaHkgeW91IG5lZWQgdG8gc2VlIGEgcmVzdHJpY3RlZCByZWNvcmQgKGF1ZGl0ZWQpLicgfSB9IH0sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB0aW1lbGluZVF1ZXJ5U2NoZW1hLFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBlcnNvblJlY29yZFNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCB7IGtpbmQsIGN1cnNvciwgbGltaXQgfSA9IHJlcS5xdWVyeTtcbiAgICAgIHJldHVybiBhcHAuc2VydmljZXMucGVvcGxlLnZpZXcocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5pZCwgeyBqdXN0aWZpY2F0aW9uOiByZXEuaGVhZGVyc1sneC1qdXN0aWZpY2F0aW9uJ10sIGNoYW5uZWw6ICdhcGknLCB0aW1lbGluZTogeyBraW5kczoga2luZCwgY3Vyc29yLCBsaW1pdCB9IH0pO1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBpZDogbnVtYmVyIH07IEhlYWRlcnM6IHsgJ3gtanVzdGlmaWNhdGlvbic/OiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IFRpbWVsaW5lUXVlcnlzdHJpbmcgfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzppZC90aW1lbGluZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3BlcnNvbjp2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiQSBwYWdlIG9mIG9uZSBwZXJzb24ncyB0aW1lbGluZSwgbW9zdCByZWNlbnQgZmlyc3QsIHVuZGVyIHRoZSBzYW1lIG5lZWQtdG8ta25vdyBhcyB0aGUgcmVjb3JkLiBMb2dnZWQgYXMgYSBjb25zdWx0YXRpb24uXCIsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnRmlsdGVyIHdpdGggYGtpbmRgIChyZXBlYXQgaXQgZm9yIHNldmVyYWwga2luZHMpOyBwYWdlIHdpdGggYGN1cnNvcmAgKHRoZSBgbmV4dGAgb2YgdGhlIHByZXZpb3VzIHBhZ2UsIG9yIGB0aW1lbGluZU5leHRgIG9mIHRoZSByZWNvcmQpLiBBIHJlc3RyaWN0ZWQgcmVjb3JkIG5lZWRzIFgtSnVzdGlmaWNhdGlvbi4nLFxuICAgICAgICB0YWdzOiBbJ3Blb3BsZSddLFxuICAgICAgICBwYXJhbXM6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInLCBtaW5pbXVtOiAxIH0gfSwgcmVxdWlyZWQ6IFsnaWQnXSB9LFxuICAgICAgICBoZWFkZXJzOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7ICd4LWp1c3RpZmljYXRpb24nOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ1doeSB5b3UgbmVlZCB0byBzZWUgYSByZXN0cmljdGVkIHJlY29yZCAoYXVkaXRlZCkuJyB9IH0gfSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHRpbWVsaW5lUXVlcnlTY2hlbWEsXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogdGltZWxpbmVQYWdlU2NoZW1hLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGNvbnN0IHsga2luZCwgY3Vyc29yLCBsaW1pdCB9ID0gcmVxLnF1ZXJ5O1xuICAgICAgY29uc3QgcGFnZSA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5wZW9wbGUudGltZWxpbmUocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5pZCwgeyBqdXN0aWZpY2F0aW9uOiByZXEuaGVhZGVyc1sneC1qdXN0aWZpY2F0aW9uJ10sIGNoYW5uZWw6ICdhcGknLCB0aW1lbGluZTogeyBraW5kczoga2luZCwgY3Vyc29yLCBsaW1pdCB9IH0pO1xuICAgICAgcmV0dXJuIHsgdGltZWxpbmU6IHBhZ2UuaXRlbXMsIG5leHQ6IHBhZ2UubmV4dCwgY291bnRzOiBwYWdlLmNvdW50cyB9O1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLmdldCgnL2FwaS92MS9vcGVuYXBpLmpzb24nLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdzaWduZWQtaW4nIH0sIHNjaGVtYTogeyBoaWRlOiB0cnVlIH0gfSwgYXN5bmMgKCkgPT4gYXBwLnN3YWdnZXIoKSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFNQSxTQUFTLHFCQUFxQixZQUFZLGdCQUFnQjtBQUMxRCxTQUFTLG9CQUFvQixvQkFBb0IsMkJBQTJCO0FBRzVFLE1BQU0sT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFDOUMsTUFBTSxpQkFBaUIsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFFbEQsTUFBTSwwQkFBMEI7QUFBQSxFQUM5QixJQUFJLEVBQUUsTUFBTSxVQUFVO0FBQUEsRUFDdEIsV0FBVyxFQUFFLE1BQU0sU0FBUztBQUFBLEVBQzVCLFlBQVksRUFBRSxNQUFNLFNBQVM7QUFBQSxFQUM3QixZQUFZLEVBQUUsTUFBTSxTQUFTO0FBQUEsRUFDN0IsYUFBYTtBQUFBLEVBQ2IsT0FBTztBQUFBLEVBQ1AsWUFBWSxFQUFFLE1BQU0sVUFBVTtBQUNoQztBQUVBLE1BQU0sZ0JBQWdCO0FBQUEsRUFDcEIsTUFBTTtBQUFBLEVBQ04sVUFBVSxDQUFDLE1BQU0sYUFBYSxjQUFjLGNBQWMsZUFBZSxTQUFTLFlBQVk7QUFBQSxFQUM5RixZQUFZO0FBQ2Q7QUFFTyxTQUFTLGtCQUFrQixLQUE0QjtBQUM1RCxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGdCQUFnQjtBQUFBLE1BQ2xDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWE7QUFBQSxRQUNiLE1BQU0sQ0FBQyxRQUFRO0FBQUEsUUFDZixhQUFhLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxHQUFHLEdBQUcsc0JBQXNCLE9BQU8sWUFBWSxFQUFFLEdBQUcsRUFBRSxNQUFNLFVBQVUsV0FBVyxHQUFHLFdBQVcsSUFBSSxHQUFHLEdBQUcsb0JBQW9CLEVBQUU7QUFBQSxRQUN6SyxVQUFVLEVBQUUsS0FBSyxXQUFXLFVBQVUsYUFBYSxHQUFHLEdBQUcsU0FBUztBQUFBLE1BQ3BFO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRLElBQUksU0FBUyxPQUFPLFdBQVcsSUFBSSxPQUFRLElBQUksTUFBTSxHQUFHLEVBQUUsUUFBUSxJQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksTUFBTSxPQUFPLFNBQVMsTUFBTSxDQUFDO0FBQUEsRUFDN0k7QUFHQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGNBQWM7QUFBQSxNQUNoQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUNFO0FBQUEsUUFFRixNQUFNLENBQUMsUUFBUTtBQUFBLFFBQ2YsUUFBUSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sV0FBVyxTQUFTLEVBQUUsRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUU7QUFBQSxRQUNoRyxTQUFTLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxtQkFBbUIsRUFBRSxNQUFNLFVBQVUsYUFBYSxxREFBcUQsRUFBRSxFQUFFO0FBQUEsUUFDcEosYUFBYTtBQUFBLFFBQ2IsVUFBVSxFQUFFLEtBQUssb0JBQW9CLEdBQUcsU0FBUztBQUFBLE1BQ25EO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRO0FBQ2IsWUFBTSxFQUFFLE1BQU0sUUFBUSxNQUFNLElBQUksSUFBSTtBQUNwQyxhQUFPLElBQUksU0FBUyxPQUFPLEtBQUssSUFBSSxPQUFRLElBQUksT0FBTyxJQUFJLEVBQUUsZUFBZSxJQUFJLFFBQVEsaUJBQWlCLEdBQUcsU0FBUyxPQUFPLFVBQVUsRUFBRSxPQUFPLE1BQU0sUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQ3hLO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsY0FBYztBQUFBLE1BQ2hDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQWE7QUFBQSxRQUNiLE1BQU0sQ0FBQyxRQUFRO0FBQUEsUUFDZixRQUFRLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxXQUFXLFNBQVMsRUFBRSxFQUFFLEdBQUcsVUFBVSxDQUFDLElBQUksRUFBRTtBQUFBLFFBQ2hHLFNBQVMsRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLG1CQUFtQixFQUFFLE1BQU0sVUFBVSxhQUFhLHFEQUFxRCxFQUFFLEVBQUU7QUFBQSxRQUNwSixhQUFhO0FBQUEsUUFDYixVQUFVLEVBQUUsS0FBSyxvQkFBb0IsR0FBRyxTQUFTO0FBQUEsTUFDbkQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLEVBQUUsTUFBTSxRQUFRLE1BQU0sSUFBSSxJQUFJO0FBQ3BDLFlBQU0sT0FBTyxNQUFNLElBQUksU0FBUyxPQUFPLFNBQVMsSUFBSSxPQUFRLElBQUksT0FBTyxJQUFJLEVBQUUsZUFBZSxJQUFJLFFBQVEsaUJBQWlCLEdBQUcsU0FBUyxPQUFPLFVBQVUsRUFBRSxPQUFPLE1BQU0sUUFBUSxNQUFNLEVBQUUsQ0FBQztBQUN0TCxhQUFPLEVBQUUsVUFBVSxLQUFLLE9BQU8sTUFBTSxLQUFLLE1BQU0sUUFBUSxLQUFLLE9BQU87QUFBQSxJQUN0RTtBQUFBLEVBQ0Y7QUFFQSxNQUFJLElBQUksd0JBQXdCLEVBQUUsUUFBUSxFQUFFLFFBQVEsWUFBWSxHQUFHLFFBQVEsRUFBRSxNQUFNLEtBQUssRUFBRSxHQUFHLFlBQVksSUFBSSxRQUFRLENBQUM7QUFDeEg7IiwKICAibmFtZXMiOiBbXQp9Cg==
