import { NotFoundError } from "../../errors.js";
import { problemSchema } from "../errors.js";
import { AGENCY_KINDS } from "../../access/need-to-know.js";
function personIdOf(param) {
  const id = Number(param);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("There is no person at this address.");
  return id;
}
const text = (v) => typeof v === "string" ? v : void 0;
function registerConsentRoutes(app) {
  app.post("/people/:id/consent", { config: { access: "person:view" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    await app.services.consent.record(req.actor, { personId: id, scope: req.body?.scope ?? "", givenDate: text(req.body?.givenDate) });
    return reply.redirect(`/people/${id}#consent`, 303);
  });
  app.post("/people/:id/consent/withdraw", { config: { access: "person:view" } }, async (req, reply) => {
    const id = personIdOf(req.params.id);
    await app.services.consent.withdraw(req.actor, { personId: id, date: text(req.body?.date) });
    return reply.redirect(`/people/${id}#consent`, 303);
  });
  const consentBody = {
    type: "object",
    properties: {
      personId: { type: "integer" },
      givenDate: { type: "string", format: "date" },
      scope: { anyOf: [{ type: "string", enum: ["all"] }, { type: "array", items: { type: "string", enum: [...AGENCY_KINDS] } }] },
      recordedBy: { type: "string" },
      recordedAt: { type: "string" }
    }
  };
  app.put(
    "/api/v1/people/:id/consent",
    {
      config: { access: "person:view" },
      schema: {
        summary: "Records the person's consent to share their health and drug-treatment detail, replacing any in force. Audited.",
        description: `scope is "all" (every agency of the partnership) or a list of agency kinds. givenDate defaults to the partnership's today. Only staff of the agency leading the case, drug-service staff and administrators may record consent.`,
        tags: ["people"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        body: {
          type: "object",
          required: ["scope"],
          additionalProperties: false,
          properties: {
            scope: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }] },
            givenDate: { type: "string" }
          }
        },
        response: { 200: consentBody, 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema }
      }
    },
    async (req) => app.services.consent.record(req.actor, { personId: req.params.id, scope: req.body.scope, givenDate: req.body.givenDate })
  );
  app.delete(
    "/api/v1/people/:id/consent",
    {
      config: { access: "person:view" },
      schema: {
        summary: "Withdraws the consent in force to share the person's health detail, on a date (default: the partnership's today). Audited.",
        tags: ["people"],
        params: { type: "object", properties: { id: { type: "integer", minimum: 1 } }, required: ["id"] },
        querystring: { type: "object", properties: { date: { type: "string" } } },
        response: {
          200: { type: "object", properties: { personId: { type: "integer" }, withdrawnDate: { type: "string", format: "date" } } },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema
        }
      }
    },
    async (req) => app.services.consent.withdraw(req.actor, { personId: req.params.id, date: req.query.date })
  );
}
export {
  registerConsentRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvY29uc2VudC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQ29uc2VudCB0byBzaGFyZSBhIHBlcnNvbidzIGhlYWx0aCBkZXRhaWwgKFNQRUMgMy44KTogdGhlIHBlcnNvbiBwYWdlJ3MgZm9ybVxuLy8gdG8gcmVjb3JkIG9yIHdpdGhkcmF3IGl0LiBUaGUgc2VydmljZSBkZWNpZGVzIHdobyBtYXk7IGEgcmVmdXNhbCBvciBiYWRcbi8vIGlucHV0IGNvbWVzIGJhY2sgYXMgdGhlIGVycm9yIHBhZ2UsIHdoaWNoIHNheXMgd2hhdCBpcyB3cm9uZy5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlIH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBOb3RGb3VuZEVycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHByb2JsZW1TY2hlbWEgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgQUdFTkNZX0tJTkRTIH0gZnJvbSAnLi4vLi4vYWNjZXNzL25lZWQtdG8ta25vdy5qcyc7XG5cbnR5cGUgQm9keSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHN0cmluZ1tdIHwgdW5kZWZpbmVkPjtcblxuZnVuY3Rpb24gcGVyc29uSWRPZihwYXJhbTogc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgaWQgPSBOdW1iZXIocGFyYW0pO1xuICBpZiAoIU51bWJlci5pc1NhZmVJbnRlZ2VyKGlkKSB8fCBpZCA8PSAwKSB0aHJvdyBuZXcgTm90Rm91bmRFcnJvcignVGhlcmUgaXMgbm8gcGVyc29uIGF0IHRoaXMgYWRkcmVzcy4nKTtcbiAgcmV0dXJuIGlkO1xufVxuXG5jb25zdCB0ZXh0ID0gKHY6IHN0cmluZyB8IHN0cmluZ1tdIHwgdW5kZWZpbmVkKSA9PiAodHlwZW9mIHYgPT09ICdzdHJpbmcnID8gdiA6IHVuZGVmaW5lZCk7XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckNvbnNlbnRSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCb2R5IH0+KCcvcGVvcGxlLzppZC9jb25zZW50JywgeyBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IHBlcnNvbklkT2YocmVxLnBhcmFtcy5pZCk7XG4gICAgYXdhaXQgYXBwLnNlcnZpY2VzLmNvbnNlbnQucmVjb3JkKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IGlkLCBzY29wZTogcmVxLmJvZHk/LnNjb3BlID8/ICcnLCBnaXZlbkRhdGU6IHRleHQocmVxLmJvZHk/LmdpdmVuRGF0ZSkgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvcGVvcGxlLyR7aWR9I2NvbnNlbnRgLCAzMDMpO1xuICB9KTtcblxuICBhcHAucG9zdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEJvZHkgfT4oJy9wZW9wbGUvOmlkL2NvbnNlbnQvd2l0aGRyYXcnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJzb246dmlldycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGlkID0gcGVyc29uSWRPZihyZXEucGFyYW1zLmlkKTtcbiAgICBhd2FpdCBhcHAuc2VydmljZXMuY29uc2VudC53aXRoZHJhdyhyZXEuYWN0b3IhLCB7IHBlcnNvbklkOiBpZCwgZGF0ZTogdGV4dChyZXEuYm9keT8uZGF0ZSkgfSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvcGVvcGxlLyR7aWR9I2NvbnNlbnRgLCAzMDMpO1xuICB9KTtcblxuICBjb25zdCBjb25zZW50Qm9keSA9IHtcbiAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICBwZXJzb25JZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICAgIGdpdmVuRGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICAgIHNjb3BlOiB7IGFueU9mOiBbeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydhbGwnXSB9LCB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbLi4uQUdFTkNZX0tJTkRTXSB9IH1dIH0sXG4gICAgICByZWNvcmRlZEJ5OiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgICByZWNvcmRlZEF0OiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgfSxcbiAgfSBhcyBjb25zdDtcblxuICBhcHAucHV0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfTsgQm9keTogeyBzY29wZTogdW5rbm93bjsgZ2l2ZW5EYXRlPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVvcGxlLzppZC9jb25zZW50JyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyc29uOnZpZXcnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJSZWNvcmRzIHRoZSBwZXJzb24ncyBjb25zZW50IHRvIHNoYXJlIHRoZWlyIGhlYWx0aCBhbmQgZHJ1Zy10cmVhdG1lbnQgZGV0YWlsLCByZXBsYWNpbmcgYW55IGluIGZvcmNlLiBBdWRpdGVkLlwiLFxuICAgICAgICBkZXNjcmlwdGlvbjpcbiAgICAgICAgICAnc2NvcGUgaXMgXCJhbGxcIiAoZXZlcnkgYWdlbmN5IG9mIHRoZSBwYXJ0bmVyc2hpcCkgb3IgYSBsaXN0IG9mIGFnZW5jeSBraW5kcy4gZ2l2ZW5EYXRlIGRlZmF1bHRzIHRvIHRoZSBwYXJ0bmVyc2hpcFxcJ3MgdG9kYXkuICcgK1xuICAgICAgICAgIFwiT25seSBzdGFmZiBvZiB0aGUgYWdlbmN5IGxlYWRpbmcgdGhlIGNhc2UsIGRydWctc2VydmljZSBzdGFmZiBhbmQgYWRtaW5pc3RyYXRvcnMgbWF5IHJlY29yZCBjb25zZW50LlwiLFxuICAgICAgICB0YWdzOiBbJ3Blb3BsZSddLFxuICAgICAgICBwYXJhbXM6IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXM6IHsgaWQ6IHsgdHlwZTogJ2ludGVnZXInLCBtaW5pbXVtOiAxIH0gfSwgcmVxdWlyZWQ6IFsnaWQnXSB9LFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsnc2NvcGUnXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgc2NvcGU6IHsgYW55T2Y6IFt7IHR5cGU6ICdzdHJpbmcnIH0sIHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHsgdHlwZTogJ3N0cmluZycgfSwgbWluSXRlbXM6IDEgfV0gfSxcbiAgICAgICAgICAgIGdpdmVuRGF0ZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogY29uc2VudEJvZHksIDQwMDogcHJvYmxlbVNjaGVtYSwgNDAxOiBwcm9ibGVtU2NoZW1hLCA0MDM6IHByb2JsZW1TY2hlbWEsIDQwNDogcHJvYmxlbVNjaGVtYSwgNDA5OiBwcm9ibGVtU2NoZW1hIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4gYXBwLnNlcnZpY2VzLmNvbnNlbnQucmVjb3JkKHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IHJlcS5wYXJhbXMuaWQsIHNjb3BlOiByZXEuYm9keS5zY29wZSwgZ2l2ZW5EYXRlOiByZXEuYm9keS5naXZlbkRhdGUgfSksXG4gICk7XG5cbiAgYXBwLmRlbGV0ZTx7IFBhcmFtczogeyBpZDogbnVtYmVyIH07IFF1ZXJ5c3RyaW5nOiB7IGRhdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZW9wbGUvOmlkL2NvbnNlbnQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJzb246dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIldpdGhkcmF3cyB0aGUgY29uc2VudCBpbiBmb3JjZSB0byBzaGFyZSB0aGUgcGVyc29uJ3MgaGVhbHRoIGRldGFpbCwgb24gYSBkYXRlIChkZWZhdWx0OiB0aGUgcGFydG5lcnNoaXAncyB0b2RheSkuIEF1ZGl0ZWQuXCIsXG4gICAgICAgIHRhZ3M6IFsncGVvcGxlJ10sXG4gICAgICAgIHBhcmFtczogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBpZDogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEgfSB9LCByZXF1aXJlZDogWydpZCddIH0sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGRhdGU6IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7XG4gICAgICAgICAgMjAwOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IHBlcnNvbklkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCB3aXRoZHJhd25EYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9IH0gfSxcbiAgICAgICAgICA0MDA6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgICAgNDAxOiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICAgIDQwMzogcHJvYmxlbVNjaGVtYSxcbiAgICAgICAgICA0MDQ6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgICAgNDA5OiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IGFwcC5zZXJ2aWNlcy5jb25zZW50LndpdGhkcmF3KHJlcS5hY3RvciEsIHsgcGVyc29uSWQ6IHJlcS5wYXJhbXMuaWQsIGRhdGU6IHJlcS5xdWVyeS5kYXRlIH0pLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBSUEsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxvQkFBb0I7QUFJN0IsU0FBUyxXQUFXLE9BQXVCO0FBQ3pDLFFBQU0sS0FBSyxPQUFPLEtBQUs7QUFDdkIsTUFBSSxDQUFDLE9BQU8sY0FBYyxFQUFFLEtBQUssTUFBTSxFQUFHLE9BQU0sSUFBSSxjQUFjLHFDQUFxQztBQUN2RyxTQUFPO0FBQ1Q7QUFFQSxNQUFNLE9BQU8sQ0FBQyxNQUFzQyxPQUFPLE1BQU0sV0FBVyxJQUFJO0FBRXpFLFNBQVMsc0JBQXNCLEtBQTRCO0FBQ2hFLE1BQUksS0FBNkMsdUJBQXVCLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDbkksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLFNBQVMsUUFBUSxPQUFPLElBQUksT0FBUSxFQUFFLFVBQVUsSUFBSSxPQUFPLElBQUksTUFBTSxTQUFTLElBQUksV0FBVyxLQUFLLElBQUksTUFBTSxTQUFTLEVBQUUsQ0FBQztBQUNsSSxXQUFPLE1BQU0sU0FBUyxXQUFXLEVBQUUsWUFBWSxHQUFHO0FBQUEsRUFDcEQsQ0FBQztBQUVELE1BQUksS0FBNkMsZ0NBQWdDLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDNUksVUFBTSxLQUFLLFdBQVcsSUFBSSxPQUFPLEVBQUU7QUFDbkMsVUFBTSxJQUFJLFNBQVMsUUFBUSxTQUFTLElBQUksT0FBUSxFQUFFLFVBQVUsSUFBSSxNQUFNLEtBQUssSUFBSSxNQUFNLElBQUksRUFBRSxDQUFDO0FBQzVGLFdBQU8sTUFBTSxTQUFTLFdBQVcsRUFBRSxZQUFZLEdBQUc7QUFBQSxFQUNwRCxDQUFDO0FBRUQsUUFBTSxjQUFjO0FBQUEsSUFDbEIsTUFBTTtBQUFBLElBQ04sWUFBWTtBQUFBLE1BQ1YsVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLE1BQzVCLFdBQVcsRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPO0FBQUEsTUFDNUMsT0FBTyxFQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsS0FBSyxFQUFFLEdBQUcsRUFBRSxNQUFNLFNBQVMsT0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsR0FBRyxZQUFZLEVBQUUsRUFBRSxDQUFDLEVBQUU7QUFBQSxNQUMzSCxZQUFZLEVBQUUsTUFBTSxTQUFTO0FBQUEsTUFDN0IsWUFBWSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsY0FBYztBQUFBLE1BQ2hDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQ0U7QUFBQSxRQUVGLE1BQU0sQ0FBQyxRQUFRO0FBQUEsUUFDZixRQUFRLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxJQUFJLEVBQUUsTUFBTSxXQUFXLFNBQVMsRUFBRSxFQUFFLEdBQUcsVUFBVSxDQUFDLElBQUksRUFBRTtBQUFBLFFBQ2hHLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxPQUFPO0FBQUEsVUFDbEIsc0JBQXNCO0FBQUEsVUFDdEIsWUFBWTtBQUFBLFlBQ1YsT0FBTyxFQUFFLE9BQU8sQ0FBQyxFQUFFLE1BQU0sU0FBUyxHQUFHLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLFNBQVMsR0FBRyxVQUFVLEVBQUUsQ0FBQyxFQUFFO0FBQUEsWUFDaEcsV0FBVyxFQUFFLE1BQU0sU0FBUztBQUFBLFVBQzlCO0FBQUEsUUFDRjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssYUFBYSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGVBQWUsS0FBSyxjQUFjO0FBQUEsTUFDbkk7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVEsSUFBSSxTQUFTLFFBQVEsT0FBTyxJQUFJLE9BQVEsRUFBRSxVQUFVLElBQUksT0FBTyxJQUFJLE9BQU8sSUFBSSxLQUFLLE9BQU8sV0FBVyxJQUFJLEtBQUssVUFBVSxDQUFDO0FBQUEsRUFDMUk7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGNBQWM7QUFBQSxNQUNoQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsUUFBUTtBQUFBLFFBQ2YsUUFBUSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sV0FBVyxTQUFTLEVBQUUsRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUU7QUFBQSxRQUNoRyxhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFFBQ3hFLFVBQVU7QUFBQSxVQUNSLEtBQUssRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFVBQVUsRUFBRSxNQUFNLFVBQVUsR0FBRyxlQUFlLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxFQUFFLEVBQUU7QUFBQSxVQUN4SCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsUUFDUDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVEsSUFBSSxTQUFTLFFBQVEsU0FBUyxJQUFJLE9BQVEsRUFBRSxVQUFVLElBQUksT0FBTyxJQUFJLE1BQU0sSUFBSSxNQUFNLEtBQUssQ0FBQztBQUFBLEVBQzVHO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
