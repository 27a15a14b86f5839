import { problemSchema } from "../errors.js";
const dueRecord = {
  type: "object",
  properties: {
    personId: { type: "integer" },
    personRef: { type: "string" },
    familyName: { type: "string" },
    givenNames: { type: "string" },
    dateOfBirth: { type: "string", format: "date" },
    lastActivity: { type: ["string", "null"], format: "date", description: "null when it rests on data the caller may not see" },
    dueOn: { type: ["string", "null"], format: "date" },
    activityWithheld: { type: ["string", "null"] },
    keptUntil: { type: ["string", "null"], format: "date" }
  }
};
function registerRetentionApiRoutes(app) {
  app.get(
    "/api/v1/retention/due",
    {
      config: { access: "retention:review" },
      schema: {
        summary: "Records with no activity for the retention period, due for review. The list is logged with everyone it shows.",
        tags: ["retention"],
        querystring: { type: "object", properties: { asOf: { type: "string", format: "date" }, limit: { type: "integer", minimum: 1, maximum: 5e3 } } },
        response: {
          200: {
            type: "object",
            properties: {
              asOf: { type: "string", format: "date" },
              years: { type: "integer" },
              cutoff: { type: "string", format: "date" },
              more: { type: "boolean" },
              records: { type: "array", items: dueRecord }
            }
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema
        }
      }
    },
    async (req) => app.services.retention.due(req.actor, { asOf: req.query.asOf, limit: req.query.limit })
  );
  app.post(
    "/api/v1/retention/decisions",
    {
      config: { access: "retention:review" },
      schema: {
        summary: "Decide on a record due for review: keep (with the date of its next review), erase, or anonymise. Erasure and anonymisation are logged as erasure.",
        tags: ["retention"],
        body: {
          type: "object",
          required: ["personRef", "decision", "reason"],
          properties: {
            personRef: { type: "string", minLength: 1 },
            decision: { type: "string", enum: ["keep", "erase", "anonymise"] },
            reason: { type: "string", minLength: 1, maxLength: 1e3 },
            reviewAfter: { type: "string", format: "date" }
          }
        },
        response: {
          200: {
            type: "object",
            properties: {
              personId: { type: "integer" },
              decision: { type: "string" },
              reviewAfter: { type: "string", format: "date" },
              records: { type: "integer" }
            }
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema
        }
      }
    },
    async (req) => app.services.retention.decide(req.actor, req.body)
  );
}
export {
  registerRetentionApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXJldGVudGlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHJldGVudGlvbiByZXZpZXcgaW4gdGhlIEpTT04gQVBJIChTUEVDIDMuOCk6IHRoZSByZWNvcmRzIGR1ZSwgYW5kIGFcbi8vIGRlY2lzaW9uIG9uIG9uZS4gU2FtZSBzZXJ2aWNlLCBwZXJtaXNzaW9uIGFuZCBhdWRpdCBhcyB0aGUgcGFnZSBhbmQgdGhlIENMSTtcbi8vIGVycm9ycyBhcmUgcHJvYmxlbSBkZXRhaWxzLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IHByb2JsZW1TY2hlbWEgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuXG5jb25zdCBkdWVSZWNvcmQgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgcGVyc29uSWQ6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgcGVyc29uUmVmOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgZmFtaWx5TmFtZTogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGdpdmVuTmFtZXM6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBkYXRlT2ZCaXJ0aDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBsYXN0QWN0aXZpdHk6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBmb3JtYXQ6ICdkYXRlJywgZGVzY3JpcHRpb246ICdudWxsIHdoZW4gaXQgcmVzdHMgb24gZGF0YSB0aGUgY2FsbGVyIG1heSBub3Qgc2VlJyB9LFxuICAgIGR1ZU9uOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBhY3Rpdml0eVdpdGhoZWxkOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LFxuICAgIGtlcHRVbnRpbDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGZvcm1hdDogJ2RhdGUnIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJSZXRlbnRpb25BcGlSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiB7IGFzT2Y/OiBzdHJpbmc7IGxpbWl0PzogbnVtYmVyIH0gfT4oXG4gICAgJy9hcGkvdjEvcmV0ZW50aW9uL2R1ZScsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3JldGVudGlvbjpyZXZpZXcnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1JlY29yZHMgd2l0aCBubyBhY3Rpdml0eSBmb3IgdGhlIHJldGVudGlvbiBwZXJpb2QsIGR1ZSBmb3IgcmV2aWV3LiBUaGUgbGlzdCBpcyBsb2dnZWQgd2l0aCBldmVyeW9uZSBpdCBzaG93cy4nLFxuICAgICAgICB0YWdzOiBbJ3JldGVudGlvbiddLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBhc09mOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LCBsaW1pdDogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEsIG1heGltdW06IDUwMDAgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7XG4gICAgICAgICAgMjAwOiB7XG4gICAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgICAgYXNPZjogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICAgICAgICAgICAgeWVhcnM6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgICAgICAgIGN1dG9mZjogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICAgICAgICAgICAgbW9yZTogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgICAgICAgcmVjb3JkczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogZHVlUmVjb3JkIH0sXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgNDAwOiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICAgIDQwMTogcHJvYmxlbVNjaGVtYSxcbiAgICAgICAgICA0MDM6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4gYXBwLnNlcnZpY2VzLnJldGVudGlvbi5kdWUocmVxLmFjdG9yISwgeyBhc09mOiByZXEucXVlcnkuYXNPZiwgbGltaXQ6IHJlcS5xdWVyeS5saW1pdCB9KSxcbiAgKTtcblxuICBhcHAucG9zdDx7IEJvZHk6IHsgcGVyc29uUmVmOiBzdHJpbmc7IGRlY2lzaW9uOiBzdHJpbmc7IHJlYXNvbjogc3RyaW5nOyByZXZpZXdBZnRlcj86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3JldGVudGlvbi9kZWNpc2lvbnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdyZXRlbnRpb246cmV2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdEZWNpZGUgb24gYSByZWNvcmQgZHVlIGZvciByZXZpZXc6IGtlZXAgKHdpdGggdGhlIGRhdGUgb2YgaXRzIG5leHQgcmV2aWV3KSwgZXJhc2UsIG9yIGFub255bWlzZS4gRXJhc3VyZSBhbmQgYW5vbnltaXNhdGlvbiBhcmUgbG9nZ2VkIGFzIGVyYXN1cmUuJyxcbiAgICAgICAgdGFnczogWydyZXRlbnRpb24nXSxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3BlcnNvblJlZicsICdkZWNpc2lvbicsICdyZWFzb24nXSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICBwZXJzb25SZWY6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSB9LFxuICAgICAgICAgICAgZGVjaXNpb246IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsna2VlcCcsICdlcmFzZScsICdhbm9ueW1pc2UnXSB9LFxuICAgICAgICAgICAgcmVhc29uOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogMTAwMCB9LFxuICAgICAgICAgICAgcmV2aWV3QWZ0ZXI6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDA6IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgICBwZXJzb25JZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICAgICAgICAgICAgZGVjaXNpb246IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICAgICAgICAgICAgcmV2aWV3QWZ0ZXI6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sXG4gICAgICAgICAgICAgIHJlY29yZHM6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgICAgICB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgNDAwOiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICAgIDQwMTogcHJvYmxlbVNjaGVtYSxcbiAgICAgICAgICA0MDM6IHByb2JsZW1TY2hlbWEsXG4gICAgICAgICAgNDA0OiBwcm9ibGVtU2NoZW1hLFxuICAgICAgICB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IGFwcC5zZXJ2aWNlcy5yZXRlbnRpb24uZGVjaWRlKHJlcS5hY3RvciEsIHJlcS5ib2R5KSxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUlBLFNBQVMscUJBQXFCO0FBRTlCLE1BQU0sWUFBWTtBQUFBLEVBQ2hCLE1BQU07QUFBQSxFQUNOLFlBQVk7QUFBQSxJQUNWLFVBQVUsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUM1QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDNUIsWUFBWSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQzdCLFlBQVksRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUM3QixhQUFhLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQzlDLGNBQWMsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsUUFBUSxRQUFRLGFBQWEsb0RBQW9EO0FBQUEsSUFDM0gsT0FBTyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxRQUFRLE9BQU87QUFBQSxJQUNsRCxrQkFBa0IsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUM3QyxXQUFXLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFFBQVEsT0FBTztBQUFBLEVBQ3hEO0FBQ0Y7QUFFTyxTQUFTLDJCQUEyQixLQUE0QjtBQUNyRSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG1CQUFtQjtBQUFBLE1BQ3JDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxXQUFXO0FBQUEsUUFDbEIsYUFBYSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU8sR0FBRyxPQUFPLEVBQUUsTUFBTSxXQUFXLFNBQVMsR0FBRyxTQUFTLElBQUssRUFBRSxFQUFFO0FBQUEsUUFDL0ksVUFBVTtBQUFBLFVBQ1IsS0FBSztBQUFBLFlBQ0gsTUFBTTtBQUFBLFlBQ04sWUFBWTtBQUFBLGNBQ1YsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxjQUN2QyxPQUFPLEVBQUUsTUFBTSxVQUFVO0FBQUEsY0FDekIsUUFBUSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxjQUN6QyxNQUFNLEVBQUUsTUFBTSxVQUFVO0FBQUEsY0FDeEIsU0FBUyxFQUFFLE1BQU0sU0FBUyxPQUFPLFVBQVU7QUFBQSxZQUM3QztBQUFBLFVBQ0Y7QUFBQSxVQUNBLEtBQUs7QUFBQSxVQUNMLEtBQUs7QUFBQSxVQUNMLEtBQUs7QUFBQSxRQUNQO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUSxJQUFJLFNBQVMsVUFBVSxJQUFJLElBQUksT0FBUSxFQUFFLE1BQU0sSUFBSSxNQUFNLE1BQU0sT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQUEsRUFDeEc7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG1CQUFtQjtBQUFBLE1BQ3JDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxXQUFXO0FBQUEsUUFDbEIsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLGFBQWEsWUFBWSxRQUFRO0FBQUEsVUFDNUMsWUFBWTtBQUFBLFlBQ1YsV0FBVyxFQUFFLE1BQU0sVUFBVSxXQUFXLEVBQUU7QUFBQSxZQUMxQyxVQUFVLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxRQUFRLFNBQVMsV0FBVyxFQUFFO0FBQUEsWUFDakUsUUFBUSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxJQUFLO0FBQUEsWUFDeEQsYUFBYSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxVQUNoRDtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVU7QUFBQSxVQUNSLEtBQUs7QUFBQSxZQUNILE1BQU07QUFBQSxZQUNOLFlBQVk7QUFBQSxjQUNWLFVBQVUsRUFBRSxNQUFNLFVBQVU7QUFBQSxjQUM1QixVQUFVLEVBQUUsTUFBTSxTQUFTO0FBQUEsY0FDM0IsYUFBYSxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxjQUM5QyxTQUFTLEVBQUUsTUFBTSxVQUFVO0FBQUEsWUFDN0I7QUFBQSxVQUNGO0FBQUEsVUFDQSxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsVUFDTCxLQUFLO0FBQUEsUUFDUDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVEsSUFBSSxTQUFTLFVBQVUsT0FBTyxJQUFJLE9BQVEsSUFBSSxJQUFJO0FBQUEsRUFDbkU7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
