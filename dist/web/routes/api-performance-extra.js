import { nullable, problems } from "../api-schemas.js";
const date = { type: "string", format: "date" };
const nullableDate = { type: ["string", "null"], format: "date" };
const nullableInstant = { type: ["string", "null"], format: "date-time" };
const schemeRef = { type: "object", required: ["code", "name"], properties: { code: { type: "string" }, name: { type: "string" } } };
const daysSummary = {
  type: "object",
  required: ["cases", "medianDays", "p90Days", "meanDays"],
  properties: {
    cases: { type: "integer", description: "Charged cases disposed of in the period." },
    medianDays: { ...nullable("number"), description: "Median days from charge to disposal; null with no cases." },
    p90Days: { ...nullable("integer"), description: "90th percentile by nearest rank; null with no cases." },
    meanDays: nullable("number")
  }
};
const premiumServiceSchema = {
  type: "object",
  required: ["measure", "scheme", "year", "quarters", "wholeYear", "dataCurrency", "method", "methodVersion", "chargesWithoutDisposal"],
  properties: {
    measure: { type: "string", enum: ["premium-service"] },
    scheme: schemeRef,
    year: { type: "string", pattern: "^\\d{4}/\\d{2}$" },
    quarters: {
      type: "array",
      items: { type: "object", required: ["quarter", "members", "others"], properties: { quarter: { type: "integer", enum: [1, 2, 3, 4] }, members: daysSummary, others: daysSummary } }
    },
    wholeYear: { type: "object", required: ["members", "others"], properties: { members: daysSummary, others: daysSummary } },
    dataCurrency: {
      type: "object",
      required: ["lastArrestsImport", "lastOutcomesImport", "latestArrestDate", "latestOutcomeDate"],
      properties: { lastArrestsImport: nullableInstant, lastOutcomesImport: nullableInstant, latestArrestDate: nullableDate, latestOutcomeDate: nullableDate }
    },
    method: { type: "array", items: { type: "string" } },
    methodVersion: { type: "string" },
    chargesWithoutDisposal: { type: "object", required: ["members", "others"], properties: { members: { type: "integer" }, others: { type: "integer" } } }
  }
};
const ni18Schema = {
  type: "object",
  required: [
    "measure",
    "snapshotMonth",
    "scheme",
    "caseload",
    "reoffenders",
    "actualRate",
    "predictedRate",
    "difference",
    "followUpEnds",
    "dataCurrency",
    "method",
    "methodVersion",
    "ogrs3Version",
    "snapshotDate",
    "followUpStarts",
    "proofBy",
    "under18",
    "unscored",
    "provisional",
    "readOn"
  ],
  properties: {
    measure: { type: "string", enum: ["ni18"] },
    snapshotMonth: { type: "string", pattern: "^\\d{4}-\\d{2}$" },
    scheme: { type: ["object", "null"], required: ["code", "name"], properties: schemeRef.properties },
    caseload: { type: "integer", description: "Adults under statutory probation supervision in the snapshot month." },
    reoffenders: { type: "integer" },
    actualRate: nullable("number"),
    predictedRate: nullable("number"),
    difference: { ...nullable("number"), description: "actualRate \u2212 predictedRate as a fraction; below zero is better." },
    followUpEnds: date,
    dataCurrency: { type: "object", required: ["lastOutcomesImport", "latestOutcomeDate"], properties: { lastOutcomesImport: nullableInstant, latestOutcomeDate: nullableDate } },
    method: { type: "array", items: { type: "string" } },
    methodVersion: { type: "string" },
    ogrs3Version: { type: "string" },
    snapshotDate: date,
    followUpStarts: date,
    proofBy: date,
    under18: { type: "integer" },
    unscored: { type: "integer" },
    provisional: { type: "boolean" },
    readOn: date
  }
};
function registerPerformanceExtraApiRoutes(app) {
  app.get(
    "/api/v1/performance/premium-service",
    {
      config: { access: "performance:names" },
      schema: {
        summary: "The Premium Service for PPOs: days from charge to disposal for scheme members against everyone else, by quarter of a performance year, with the median and the 90th percentile. Aggregate figures; logged as a combination.",
        tags: ["performance"],
        querystring: {
          type: "object",
          required: ["scheme", "year"],
          properties: { scheme: { type: "string", minLength: 1, maxLength: 50 }, year: { type: "string", pattern: "^\\d{4}/\\d{2}$", description: "Performance year, e.g. 2008/09." } }
        },
        response: { 200: premiumServiceSchema, ...problems }
      }
    },
    async (req) => app.services.performance.premiumService(req.actor, { schemeCode: req.query.scheme, year: req.query.year })
  );
  app.get(
    "/api/v1/performance/ni18",
    {
      config: { access: "performance:names" },
      schema: {
        summary: "NI18-style probation caseload reoffending: the share of the adult caseload in a snapshot month proven to reoffend within 3 months, against a predicted rate from OGRS3. Aggregate figures; logged as a combination.",
        tags: ["performance"],
        querystring: {
          type: "object",
          required: ["month"],
          properties: {
            month: { type: "string", pattern: "^\\d{4}-\\d{2}$", description: "Snapshot month, e.g. 2009-06." },
            scheme: { type: "string", minLength: 1, maxLength: 50, description: "Only the scheme's members in that month." }
          }
        },
        response: { 200: ni18Schema, ...problems }
      }
    },
    async (req) => app.services.performance.ni18(req.actor, { month: req.query.month, schemeCode: req.query.scheme ?? null })
  );
}
export {
  ni18Schema,
  premiumServiceSchema,
  registerPerformanceExtraApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXBlcmZvcm1hbmNlLWV4dHJhLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgUHJlbWl1bSBTZXJ2aWNlIGFuZCBOSTE4IG1lYXN1cmVzIGluIHRoZSBKU09OIEFQSSAoU1BFQyAzLjYsIDMuOSk6IHRoZVxuLy8gc2FtZSBzZXJ2aWNlIGZ1bmN0aW9ucywgcGVybWlzc2lvbiBhbmQgYXVkaXQgYXMgdGhlIGRhc2hib2FyZCBhbmQgdGhlIENMSSxcbi8vIGFuZCB0aGUgc2FtZSBKU09OIGFzIGB3YXltYXJrIHBlcmZvcm1hbmNlIHByZW1pdW0tc2VydmljZXxuaTE4IC0tanNvbmAuXG4vLyBTdGF0aWMgcGF0aHMsIHNvIHRoZXkgdGFrZSBwcmVjZWRlbmNlIG92ZXIgYSBwYXJhbWV0cmljIC9wZXJmb3JtYW5jZS97bWVhc3VyZX0uXG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHsgbnVsbGFibGUsIHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuXG5jb25zdCBkYXRlID0geyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSBhcyBjb25zdDtcbmNvbnN0IG51bGxhYmxlRGF0ZSA9IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBmb3JtYXQ6ICdkYXRlJyB9IGFzIGNvbnN0O1xuY29uc3QgbnVsbGFibGVJbnN0YW50ID0geyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGZvcm1hdDogJ2RhdGUtdGltZScgfSBhcyBjb25zdDtcbmNvbnN0IHNjaGVtZVJlZiA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2NvZGUnLCAnbmFtZSddLCBwcm9wZXJ0aWVzOiB7IGNvZGU6IHsgdHlwZTogJ3N0cmluZycgfSwgbmFtZTogeyB0eXBlOiAnc3RyaW5nJyB9IH0gfSBhcyBjb25zdDtcblxuY29uc3QgZGF5c1N1bW1hcnkgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICByZXF1aXJlZDogWydjYXNlcycsICdtZWRpYW5EYXlzJywgJ3A5MERheXMnLCAnbWVhbkRheXMnXSxcbiAgcHJvcGVydGllczoge1xuICAgIGNhc2VzOiB7IHR5cGU6ICdpbnRlZ2VyJywgZGVzY3JpcHRpb246ICdDaGFyZ2VkIGNhc2VzIGRpc3Bvc2VkIG9mIGluIHRoZSBwZXJpb2QuJyB9LFxuICAgIG1lZGlhbkRheXM6IHsgLi4ubnVsbGFibGUoJ251bWJlcicpLCBkZXNjcmlwdGlvbjogJ01lZGlhbiBkYXlzIGZyb20gY2hhcmdlIHRvIGRpc3Bvc2FsOyBudWxsIHdpdGggbm8gY2FzZXMuJyB9LFxuICAgIHA5MERheXM6IHsgLi4ubnVsbGFibGUoJ2ludGVnZXInKSwgZGVzY3JpcHRpb246ICc5MHRoIHBlcmNlbnRpbGUgYnkgbmVhcmVzdCByYW5rOyBudWxsIHdpdGggbm8gY2FzZXMuJyB9LFxuICAgIG1lYW5EYXlzOiBudWxsYWJsZSgnbnVtYmVyJyksXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgY29uc3QgcHJlbWl1bVNlcnZpY2VTY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICByZXF1aXJlZDogWydtZWFzdXJlJywgJ3NjaGVtZScsICd5ZWFyJywgJ3F1YXJ0ZXJzJywgJ3dob2xlWWVhcicsICdkYXRhQ3VycmVuY3knLCAnbWV0aG9kJywgJ21ldGhvZFZlcnNpb24nLCAnY2hhcmdlc1dpdGhvdXREaXNwb3NhbCddLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgbWVhc3VyZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydwcmVtaXVtLXNlcnZpY2UnXSB9LFxuICAgIHNjaGVtZTogc2NoZW1lUmVmLFxuICAgIHllYXI6IHsgdHlwZTogJ3N0cmluZycsIHBhdHRlcm46ICdeXFxcXGR7NH0vXFxcXGR7Mn0kJyB9LFxuICAgIHF1YXJ0ZXJzOiB7XG4gICAgICB0eXBlOiAnYXJyYXknLFxuICAgICAgaXRlbXM6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ3F1YXJ0ZXInLCAnbWVtYmVycycsICdvdGhlcnMnXSwgcHJvcGVydGllczogeyBxdWFydGVyOiB7IHR5cGU6ICdpbnRlZ2VyJywgZW51bTogWzEsIDIsIDMsIDRdIH0sIG1lbWJlcnM6IGRheXNTdW1tYXJ5LCBvdGhlcnM6IGRheXNTdW1tYXJ5IH0gfSxcbiAgICB9LFxuICAgIHdob2xlWWVhcjogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnbWVtYmVycycsICdvdGhlcnMnXSwgcHJvcGVydGllczogeyBtZW1iZXJzOiBkYXlzU3VtbWFyeSwgb3RoZXJzOiBkYXlzU3VtbWFyeSB9IH0sXG4gICAgZGF0YUN1cnJlbmN5OiB7XG4gICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgIHJlcXVpcmVkOiBbJ2xhc3RBcnJlc3RzSW1wb3J0JywgJ2xhc3RPdXRjb21lc0ltcG9ydCcsICdsYXRlc3RBcnJlc3REYXRlJywgJ2xhdGVzdE91dGNvbWVEYXRlJ10sXG4gICAgICBwcm9wZXJ0aWVzOiB7IGxhc3RBcnJlc3RzSW1wb3J0OiBudWxsYWJsZUluc3RhbnQsIGxhc3RPdXRjb21lc0ltcG9ydDogbnVsbGFibGVJbnN0YW50LCBsYXRlc3RBcnJlc3REYXRlOiBudWxsYWJsZURhdGUsIGxhdGVzdE91dGNvbWVEYXRlOiBudWxsYWJsZURhdGUgfSxcbiAgICB9LFxuICAgIG1ldGhvZDogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogeyB0eXBlOiAnc3RyaW5nJyB9IH0sXG4gICAgbWV0aG9kVmVyc2lvbjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGNoYXJnZXNXaXRob3V0RGlzcG9zYWw6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ21lbWJlcnMnLCAnb3RoZXJzJ10sIHByb3BlcnRpZXM6IHsgbWVtYmVyczogeyB0eXBlOiAnaW50ZWdlcicgfSwgb3RoZXJzOiB7IHR5cGU6ICdpbnRlZ2VyJyB9IH0gfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBuaTE4U2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcmVxdWlyZWQ6IFtcbiAgICAnbWVhc3VyZScsICdzbmFwc2hvdE1vbnRoJywgJ3NjaGVtZScsICdjYXNlbG9hZCcsICdyZW9mZmVuZGVycycsICdhY3R1YWxSYXRlJywgJ3ByZWRpY3RlZFJhdGUnLCAnZGlmZmVyZW5jZScsICdmb2xsb3dVcEVuZHMnLCAnZGF0YUN1cnJlbmN5JywgJ21ldGhvZCcsXG4gICAgJ21ldGhvZFZlcnNpb24nLCAnb2dyczNWZXJzaW9uJywgJ3NuYXBzaG90RGF0ZScsICdmb2xsb3dVcFN0YXJ0cycsICdwcm9vZkJ5JywgJ3VuZGVyMTgnLCAndW5zY29yZWQnLCAncHJvdmlzaW9uYWwnLCAncmVhZE9uJyxcbiAgXSxcbiAgcHJvcGVydGllczoge1xuICAgIG1lYXN1cmU6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnbmkxOCddIH0sXG4gICAgc25hcHNob3RNb250aDogeyB0eXBlOiAnc3RyaW5nJywgcGF0dGVybjogJ15cXFxcZHs0fS1cXFxcZHsyfSQnIH0sXG4gICAgc2NoZW1lOiB7IHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSwgcmVxdWlyZWQ6IFsnY29kZScsICduYW1lJ10sIHByb3BlcnRpZXM6IHNjaGVtZVJlZi5wcm9wZXJ0aWVzIH0sXG4gICAgY2FzZWxvYWQ6IHsgdHlwZTogJ2ludGVnZXInLCBkZXNjcmlwdGlvbjogJ0FkdWx0cyB1bmRlciBzdGF0dXRvcnkgcHJvYmF0aW9uIHN1cGVydmlzaW9uIGluIHRoZSBzbmFwc2hvdCBtb250aC4nIH0sXG4gICAgcmVvZmZlbmRlcnM6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgYWN0dWFsUmF0ZTogbnVsbGFibGUoJ251bWJlcicpLFxuICAgIHByZWRpY3RlZFJhdGU6IG51bGxhYmxlKCdudW1iZXInKSxcbiAgICBkaWZmZXJlbmNlOiB7IC4uLm51bGxhYmxlKCdudW1iZXInKSwgZGVzY3JpcHRpb246ICdhY3R1YWxSYXRlIFx1MjIxMiBwcmVkaWN0ZWRSYXRlIGFzIGEgZnJhY3Rpb247IGJlbG93IHplcm8gaXMgYmV0dGVyLicgfSxcbiAgICBmb2xsb3dVcEVuZHM6IGRhdGUsXG4gICAgZGF0YUN1cnJlbmN5OiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydsYXN0T3V0Y29tZXNJbXBvcnQnLCAnbGF0ZXN0T3V0Y29tZURhdGUnXSwgcHJvcGVydGllczogeyBsYXN0T3V0Y29tZXNJbXBvcnQ6IG51bGxhYmxlSW5zdGFudCwgbGF0ZXN0T3V0Y29tZURhdGU6IG51bGxhYmxlRGF0ZSB9IH0sXG4gICAgbWV0aG9kOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICBtZXRob2RWZXJzaW9uOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgb2dyczNWZXJzaW9uOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgc25hcHNob3REYXRlOiBkYXRlLFxuICAgIGZvbGxvd1VwU3RhcnRzOiBkYXRlLFxuICAgIHByb29mQnk6IGRhdGUsXG4gICAgdW5kZXIxODogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICB1bnNjb3JlZDogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBwcm92aXNpb25hbDogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICByZWFkT246IGRhdGUsXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJQZXJmb3JtYW5jZUV4dHJhQXBpUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBzY2hlbWU6IHN0cmluZzsgeWVhcjogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVyZm9ybWFuY2UvcHJlbWl1bS1zZXJ2aWNlJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyZm9ybWFuY2U6bmFtZXMnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1RoZSBQcmVtaXVtIFNlcnZpY2UgZm9yIFBQT3M6IGRheXMgZnJvbSBjaGFyZ2UgdG8gZGlzcG9zYWwgZm9yIHNjaGVtZSBtZW1iZXJzIGFnYWluc3QgZXZlcnlvbmUgZWxzZSwgYnkgcXVhcnRlciBvZiBhIHBlcmZvcm1hbmNlIHllYXIsIHdpdGggdGhlIG1lZGlhbiBhbmQgdGhlIDkwdGggcGVyY2VudGlsZS4gQWdncmVnYXRlIGZpZ3VyZXM7IGxvZ2dlZCBhcyBhIGNvbWJpbmF0aW9uLicsXG4gICAgICAgIHRhZ3M6IFsncGVyZm9ybWFuY2UnXSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWydzY2hlbWUnLCAneWVhciddLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHsgc2NoZW1lOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogNTAgfSwgeWVhcjogeyB0eXBlOiAnc3RyaW5nJywgcGF0dGVybjogJ15cXFxcZHs0fS9cXFxcZHsyfSQnLCBkZXNjcmlwdGlvbjogJ1BlcmZvcm1hbmNlIHllYXIsIGUuZy4gMjAwOC8wOS4nIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBwcmVtaXVtU2VydmljZVNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiBhcHAuc2VydmljZXMucGVyZm9ybWFuY2UucHJlbWl1bVNlcnZpY2UocmVxLmFjdG9yISwgeyBzY2hlbWVDb2RlOiByZXEucXVlcnkuc2NoZW1lLCB5ZWFyOiByZXEucXVlcnkueWVhciB9KSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IHsgbW9udGg6IHN0cmluZzsgc2NoZW1lPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVyZm9ybWFuY2UvbmkxOCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ3BlcmZvcm1hbmNlOm5hbWVzJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdOSTE4LXN0eWxlIHByb2JhdGlvbiBjYXNlbG9hZCByZW9mZmVuZGluZzogdGhlIHNoYXJlIG9mIHRoZSBhZHVsdCBjYXNlbG9hZCBpbiBhIHNuYXBzaG90IG1vbnRoIHByb3ZlbiB0byByZW9mZmVuZCB3aXRoaW4gMyBtb250aHMsIGFnYWluc3QgYSBwcmVkaWN0ZWQgcmF0ZSBmcm9tIE9HUlMzLiBBZ2dyZWdhdGUgZmlndXJlczsgbG9nZ2VkIGFzIGEgY29tYmluYXRpb24uJyxcbiAgICAgICAgdGFnczogWydwZXJmb3JtYW5jZSddLFxuICAgICAgICBxdWVyeXN0cmluZzoge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ21vbnRoJ10sXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgbW9udGg6IHsgdHlwZTogJ3N0cmluZycsIHBhdHRlcm46ICdeXFxcXGR7NH0tXFxcXGR7Mn0kJywgZGVzY3JpcHRpb246ICdTbmFwc2hvdCBtb250aCwgZS5nLiAyMDA5LTA2LicgfSxcbiAgICAgICAgICAgIHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDUwLCBkZXNjcmlwdGlvbjogXCJPbmx5IHRoZSBzY2hlbWUncyBtZW1iZXJzIGluIHRoYXQgbW9udGguXCIgfSxcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IG5pMThTY2hlbWEsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4gYXBwLnNlcnZpY2VzLnBlcmZvcm1hbmNlLm5pMTgocmVxLmFjdG9yISwgeyBtb250aDogcmVxLnF1ZXJ5Lm1vbnRoLCBzY2hlbWVDb2RlOiByZXEucXVlcnkuc2NoZW1lID8/IG51bGwgfSksXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFLQSxTQUFTLFVBQVUsZ0JBQWdCO0FBRW5DLE1BQU0sT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFDOUMsTUFBTSxlQUFlLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLFFBQVEsT0FBTztBQUNoRSxNQUFNLGtCQUFrQixFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxRQUFRLFlBQVk7QUFDeEUsTUFBTSxZQUFZLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxRQUFRLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sU0FBUyxHQUFHLE1BQU0sRUFBRSxNQUFNLFNBQVMsRUFBRSxFQUFFO0FBRW5JLE1BQU0sY0FBYztBQUFBLEVBQ2xCLE1BQU07QUFBQSxFQUNOLFVBQVUsQ0FBQyxTQUFTLGNBQWMsV0FBVyxVQUFVO0FBQUEsRUFDdkQsWUFBWTtBQUFBLElBQ1YsT0FBTyxFQUFFLE1BQU0sV0FBVyxhQUFhLDJDQUEyQztBQUFBLElBQ2xGLFlBQVksRUFBRSxHQUFHLFNBQVMsUUFBUSxHQUFHLGFBQWEsMkRBQTJEO0FBQUEsSUFDN0csU0FBUyxFQUFFLEdBQUcsU0FBUyxTQUFTLEdBQUcsYUFBYSx1REFBdUQ7QUFBQSxJQUN2RyxVQUFVLFNBQVMsUUFBUTtBQUFBLEVBQzdCO0FBQ0Y7QUFFTyxNQUFNLHVCQUF1QjtBQUFBLEVBQ2xDLE1BQU07QUFBQSxFQUNOLFVBQVUsQ0FBQyxXQUFXLFVBQVUsUUFBUSxZQUFZLGFBQWEsZ0JBQWdCLFVBQVUsaUJBQWlCLHdCQUF3QjtBQUFBLEVBQ3BJLFlBQVk7QUFBQSxJQUNWLFNBQVMsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGlCQUFpQixFQUFFO0FBQUEsSUFDckQsUUFBUTtBQUFBLElBQ1IsTUFBTSxFQUFFLE1BQU0sVUFBVSxTQUFTLGtCQUFrQjtBQUFBLElBQ25ELFVBQVU7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFdBQVcsV0FBVyxRQUFRLEdBQUcsWUFBWSxFQUFFLFNBQVMsRUFBRSxNQUFNLFdBQVcsTUFBTSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsRUFBRSxHQUFHLFNBQVMsYUFBYSxRQUFRLFlBQVksRUFBRTtBQUFBLElBQ25MO0FBQUEsSUFDQSxXQUFXLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxXQUFXLFFBQVEsR0FBRyxZQUFZLEVBQUUsU0FBUyxhQUFhLFFBQVEsWUFBWSxFQUFFO0FBQUEsSUFDeEgsY0FBYztBQUFBLE1BQ1osTUFBTTtBQUFBLE1BQ04sVUFBVSxDQUFDLHFCQUFxQixzQkFBc0Isb0JBQW9CLG1CQUFtQjtBQUFBLE1BQzdGLFlBQVksRUFBRSxtQkFBbUIsaUJBQWlCLG9CQUFvQixpQkFBaUIsa0JBQWtCLGNBQWMsbUJBQW1CLGFBQWE7QUFBQSxJQUN6SjtBQUFBLElBQ0EsUUFBUSxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUNuRCxlQUFlLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDaEMsd0JBQXdCLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxXQUFXLFFBQVEsR0FBRyxZQUFZLEVBQUUsU0FBUyxFQUFFLE1BQU0sVUFBVSxHQUFHLFFBQVEsRUFBRSxNQUFNLFVBQVUsRUFBRSxFQUFFO0FBQUEsRUFDdko7QUFDRjtBQUVPLE1BQU0sYUFBYTtBQUFBLEVBQ3hCLE1BQU07QUFBQSxFQUNOLFVBQVU7QUFBQSxJQUNSO0FBQUEsSUFBVztBQUFBLElBQWlCO0FBQUEsSUFBVTtBQUFBLElBQVk7QUFBQSxJQUFlO0FBQUEsSUFBYztBQUFBLElBQWlCO0FBQUEsSUFBYztBQUFBLElBQWdCO0FBQUEsSUFBZ0I7QUFBQSxJQUM5STtBQUFBLElBQWlCO0FBQUEsSUFBZ0I7QUFBQSxJQUFnQjtBQUFBLElBQWtCO0FBQUEsSUFBVztBQUFBLElBQVc7QUFBQSxJQUFZO0FBQUEsSUFBZTtBQUFBLEVBQ3RIO0FBQUEsRUFDQSxZQUFZO0FBQUEsSUFDVixTQUFTLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxNQUFNLEVBQUU7QUFBQSxJQUMxQyxlQUFlLEVBQUUsTUFBTSxVQUFVLFNBQVMsa0JBQWtCO0FBQUEsSUFDNUQsUUFBUSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxVQUFVLENBQUMsUUFBUSxNQUFNLEdBQUcsWUFBWSxVQUFVLFdBQVc7QUFBQSxJQUNqRyxVQUFVLEVBQUUsTUFBTSxXQUFXLGFBQWEsc0VBQXNFO0FBQUEsSUFDaEgsYUFBYSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQy9CLFlBQVksU0FBUyxRQUFRO0FBQUEsSUFDN0IsZUFBZSxTQUFTLFFBQVE7QUFBQSxJQUNoQyxZQUFZLEVBQUUsR0FBRyxTQUFTLFFBQVEsR0FBRyxhQUFhLHVFQUFrRTtBQUFBLElBQ3BILGNBQWM7QUFBQSxJQUNkLGNBQWMsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLHNCQUFzQixtQkFBbUIsR0FBRyxZQUFZLEVBQUUsb0JBQW9CLGlCQUFpQixtQkFBbUIsYUFBYSxFQUFFO0FBQUEsSUFDNUssUUFBUSxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUNuRCxlQUFlLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDaEMsY0FBYyxFQUFFLE1BQU0sU0FBUztBQUFBLElBQy9CLGNBQWM7QUFBQSxJQUNkLGdCQUFnQjtBQUFBLElBQ2hCLFNBQVM7QUFBQSxJQUNULFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMzQixVQUFVLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDNUIsYUFBYSxFQUFFLE1BQU0sVUFBVTtBQUFBLElBQy9CLFFBQVE7QUFBQSxFQUNWO0FBQ0Y7QUFFTyxTQUFTLGtDQUFrQyxLQUE0QjtBQUM1RSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLG9CQUFvQjtBQUFBLE1BQ3RDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxhQUFhO0FBQUEsUUFDcEIsYUFBYTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFVBQVUsTUFBTTtBQUFBLFVBQzNCLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLEdBQUcsR0FBRyxNQUFNLEVBQUUsTUFBTSxVQUFVLFNBQVMsbUJBQW1CLGFBQWEsa0NBQWtDLEVBQUU7QUFBQSxRQUM5SztBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssc0JBQXNCLEdBQUcsU0FBUztBQUFBLE1BQ3JEO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRLElBQUksU0FBUyxZQUFZLGVBQWUsSUFBSSxPQUFRLEVBQUUsWUFBWSxJQUFJLE1BQU0sUUFBUSxNQUFNLElBQUksTUFBTSxLQUFLLENBQUM7QUFBQSxFQUMzSDtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsb0JBQW9CO0FBQUEsTUFDdEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLGFBQWE7QUFBQSxRQUNwQixhQUFhO0FBQUEsVUFDWCxNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsT0FBTztBQUFBLFVBQ2xCLFlBQVk7QUFBQSxZQUNWLE9BQU8sRUFBRSxNQUFNLFVBQVUsU0FBUyxtQkFBbUIsYUFBYSxnQ0FBZ0M7QUFBQSxZQUNsRyxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUksYUFBYSwyQ0FBMkM7QUFBQSxVQUNqSDtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLFlBQVksR0FBRyxTQUFTO0FBQUEsTUFDM0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVEsSUFBSSxTQUFTLFlBQVksS0FBSyxJQUFJLE9BQVEsRUFBRSxPQUFPLElBQUksTUFBTSxPQUFPLFlBQVksSUFBSSxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsRUFDM0g7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
