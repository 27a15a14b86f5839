import { requireIsoDate } from "../../calendar/dates.js";
import { problems } from "../api-schemas.js";
import { arrayOf, concentration, date, dateN, dateTimeN, int, intN, num, numN, obj, orNull, schemeRef, str, strN, strings } from "../api-documents.js";
const YEAR = { type: "string", pattern: "^\\d{4}/\\d{2}$", description: "A performance year, April to March, e.g. 2008/09." };
const DATE = { type: "string", format: "date" };
const FRACTION = { type: "number", minimum: 0, exclusiveMaximum: 1 };
const SCHEME = { type: "string", minLength: 1, maxLength: 20, description: "The scheme code, e.g. PPO." };
const ni30 = obj({
  measure: { type: "string", const: "ni30" },
  resultId: int,
  modelVersion: str,
  scheme: schemeRef,
  year: str,
  baselineYear: str,
  cohort: obj({
    source: { type: "string", enum: ["membership", "frozen_list"] },
    cohortDate: date,
    list: orNull(obj({ id: int, name: str, frozenAt: str, frozenBy: str }))
  }),
  cohortSize: int,
  baseline: int,
  ceiling: num,
  threshold: int,
  stretch: numN,
  stretchThreshold: intN,
  averageMonthsOnScheme: numN,
  quarters: arrayOf(obj({ quarter: int, start: date, end: date, actual: int, expected: num, variance: num, cumulativeActual: int, cumulativeExpected: num, cumulativeVariance: num })),
  actual: int,
  underThreshold: int,
  reductionAchieved: numN,
  convictedCount: int,
  shareConvicted: numN,
  rolling: arrayOf(obj({ quarter: int, start: date, end: date, observed: int, predicted: num })),
  dataCurrency: obj({ asOf: dateN, lastOutcomesImport: dateTimeN, latestOutcomeDate: dateN }),
  method: strings
});
const ni38Person = {
  personId: int,
  personRef: str,
  identifiedOn: date,
  how: { type: "string", enum: ["positive_test", "required_assessment"] },
  areaCode: strN,
  actual: int,
  predicted: num,
  ogrs3OneYear: numN,
  notes: strings
};
const ni38 = obj({
  measure: { type: "string", const: "ni38" },
  resultId: int,
  modelVersion: str,
  model: str,
  scheme: orNull(schemeRef),
  from: date,
  to: date,
  cohortSize: int,
  actual: int,
  predicted: num,
  ratio: numN,
  difference: num,
  contributorCount: int,
  contributors: arrayOf(obj({ ...ni38Person, excess: num, cumulativeExcess: num }, ["how", "areaCode", "ogrs3OneYear", "notes"])),
  namesWithheld: strN,
  byArea: arrayOf(obj({ areaCode: strN, cohortSize: int, actual: int, predicted: num, ratio: numN })),
  identifiedBy: obj({ positiveTest: int, requiredAssessment: int }),
  concentration: obj(concentration),
  people: arrayOf(obj(ni38Person)),
  method: strings
});
const reoffending = obj({
  measure: { type: "string", const: "reoffending" },
  resultId: int,
  modelVersion: str,
  scheme: orNull(schemeRef),
  from: date,
  to: date,
  asOf: date,
  gravityTableSize: int,
  cohortSize: int,
  reoffenders: int,
  binaryRate: numN,
  offences: int,
  frequencyPerOffender: numN,
  frequencyPerReoffender: numN,
  severity: obj({ gradedOffences: int, ungradedOffences: int, totalGravity: num, meanGravity: numN, maxGravity: numN, violentOffences: int }),
  cost: obj({
    total: num,
    byCategory: arrayOf(obj({ category: str, offences: int, unitCost: numN, priceYear: strN, cost: numN })),
    uncostedOffences: int
  }),
  concentration: obj(concentration),
  incompleteFollowUp: int,
  provisional: { type: "boolean" },
  method: strings
});
const concentrationDocument = obj({ ...concentration, scheme: orNull(schemeRef), from: date, to: date, resultId: int });
const ogrs3Result = obj({ oneYear: num, twoYear: num, band: { type: "string", enum: ["low", "medium", "high", "very high"] } });
const ogrs3Inputs = obj({
  sex: { type: "string", enum: ["male", "female"] },
  birthDate: date,
  convictionDate: date,
  firstSanctionDate: date,
  atRiskDate: date,
  previousSanctions: int,
  offenceCategory: str
});
const ogrs3 = obj({
  measure: { type: "string", const: "ogrs3_cohort" },
  resultId: int,
  modelVersion: str,
  scheme: schemeRef,
  asOf: date,
  cohort: obj({ source: { type: "string", enum: ["membership", "frozen_list"] }, list: orNull(obj({ id: int, name: str, cohortDate: date })) }),
  cohortSize: int,
  scored: int,
  unscored: int,
  meanOneYear: numN,
  meanTwoYear: numN,
  bands: obj({ low: int, medium: int, high: int, "very high": int }),
  fellBackToOther: int,
  people: arrayOf(
    obj({
      personId: int,
      personRef: str,
      sanctionOccasions: int,
      principalOffenceCode: strN,
      category: orNull(obj({ category: str, source: str })),
      asOf: date,
      modelVersion: str,
      result: orNull(ogrs3Result),
      inputs: orNull(ogrs3Inputs),
      notes: strings
    })
  ),
  method: strings
});
const periodQuery = {
  type: "object",
  required: ["from", "to"],
  properties: {
    scheme: SCHEME,
    from: { ...DATE, description: "First day of the period whose index events start follow-up." },
    to: { ...DATE, description: "Last day of that period (inclusive)." },
    asOf: { ...DATE, description: "The date the figures are read on (default: the partnership's today)." }
  }
};
function registerPerformanceApiRoutes(app) {
  const performance = app.services.performance;
  const asOfOr = async (actor, raw) => raw ? requireIsoDate(raw, "The as-of date", "asOf") : app.services.partnerships.today(actor);
  const tags = ["performance"];
  const access = "performance:names";
  app.get(
    "/api/v1/performance/ni30",
    {
      config: { access },
      schema: {
        summary: "NI30-style cohort reoffending for a scheme and performance year: the same document as `waymark performance ni30 --json`.",
        tags,
        querystring: {
          type: "object",
          required: ["scheme", "year", "ceiling"],
          properties: {
            scheme: SCHEME,
            year: YEAR,
            ceiling: { ...FRACTION, description: "The performance ceiling: the agreed reduction, e.g. 0.16 for 16%." },
            stretch: { ...FRACTION, description: "A stretch target, e.g. 0.19." },
            cohortDate: { ...DATE, description: "The cohort date (default 1 April of the year)." },
            cohortList: { type: "integer", minimum: 1, description: "A frozen cohort list instead of the members on the cohort date." },
            asOf: { ...DATE, description: "Count only convictions recorded by this date." }
          }
        },
        response: { 200: ni30, ...problems }
      }
    },
    async (req) => {
      const q = req.query;
      return performance.ni30(req.actor, { schemeCode: q.scheme, year: q.year, ceiling: q.ceiling, stretch: q.stretch, cohortDate: q.cohortDate, cohortListId: q.cohortList, asOf: q.asOf });
    }
  );
  app.get(
    "/api/v1/performance/ni38",
    {
      config: { access },
      schema: {
        summary: "NI38-style actual against predicted offending of Class A drug users identified in a cohort period: the same document as `waymark performance ni38 --json`.",
        tags,
        querystring: {
          type: "object",
          properties: {
            scheme: SCHEME,
            from: { ...DATE, description: "Cohort period start (inclusive)." },
            to: { ...DATE, description: "Cohort period end (inclusive)." },
            year: { ...YEAR, description: "Without from and to: the January\u2013March quarter of this performance year." },
            model: { type: "string", maxLength: 100, description: "The prediction model version (default: the current default)." },
            asOf: { ...DATE, description: "Count only convictions recorded by this date." }
          }
        },
        response: { 200: ni38, ...problems }
      }
    },
    async (req) => {
      const q = req.query;
      return performance.ni38(req.actor, { schemeCode: q.scheme, from: q.from, to: q.to, year: q.year, modelVersion: q.model, asOf: q.asOf });
    }
  );
  app.get(
    "/api/v1/performance/reoffending",
    {
      config: { access },
      schema: {
        summary: "Proven reoffending like the MoJ measure: binary rate, frequency, severity, cost and concentration; the same document as `waymark performance reoffending --json`.",
        tags,
        querystring: periodQuery,
        response: { 200: reoffending, ...problems }
      }
    },
    async (req) => {
      const q = req.query;
      return performance.reoffending(req.actor, { schemeCode: q.scheme, from: q.from, to: q.to, asOf: await asOfOr(req.actor, q.asOf) });
    }
  );
  app.get(
    "/api/v1/performance/concentration",
    {
      config: { access },
      schema: {
        summary: "The share of the reoffending cohort's offences committed by its most prolific 10%, the Gini coefficient and the Lorenz curve; the same document as `waymark performance concentration --json`.",
        tags,
        querystring: periodQuery,
        response: { 200: concentrationDocument, ...problems }
      }
    },
    async (req) => {
      const q = req.query;
      return performance.concentration(req.actor, { schemeCode: q.scheme, from: q.from, to: q.to, asOf: await asOfOr(req.actor, q.asOf) });
    }
  );
  app.get(
    "/api/v1/performance/ogrs3",
    {
      config: { access },
      schema: {
        summary: "OGRS3 for every member of a scheme on a date, or everyone on a frozen cohort list: aggregates, and per person for those who may see names; the same document as `waymark performance ogrs3 --json`.",
        tags,
        querystring: {
          type: "object",
          required: ["scheme"],
          properties: {
            scheme: SCHEME,
            asOf: { ...DATE, description: "The date to score as of (default: the partnership's today)." },
            cohortList: { type: "integer", minimum: 1, description: "Score a frozen cohort list's people instead of the members on the date." }
          }
        },
        response: { 200: ogrs3, ...problems }
      }
    },
    async (req) => {
      const q = req.query;
      return performance.cohortOgrs3(req.actor, { schemeCode: q.scheme, asOf: await asOfOr(req.actor, q.asOf), cohortListId: q.cohortList });
    }
  );
}
export {
  registerPerformanceApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXBlcmZvcm1hbmNlLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcGVyZm9ybWFuY2UgbWVhc3VyZXMgaW4gdGhlIEpTT04gQVBJIChTUEVDIDMuNik6IE5JMzAsIE5JMzgsIHByb3ZlblxuLy8gcmVvZmZlbmRpbmcsIGNvbmNlbnRyYXRpb24gYW5kIGNvaG9ydCBPR1JTMywgZWFjaCB0aGUgc2FtZSBkb2N1bWVudCBhcyB0aGVcbi8vIENMSSdzIGB3YXltYXJrIHBlcmZvcm1hbmNlIDxtZWFzdXJlPiAtLWpzb25gICh0aGUgc2FtZSBzZXJ2aWNlIGZ1bmN0aW9uLFxuLy8gc3RvcmVkIGFzIGEgcmVzdWx0IGFuZCBsb2dnZWQgdGhlIHNhbWUgd2F5KS4gQm9hcmQgbWVtYmVycyBnZXQgdGhlIGZpZ3VyZXNcbi8vIHdpdGhvdXQgbmFtZXMsIGFzIG9uIHRoZSBkYXNoYm9hcmQuXG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHR5cGUgeyBBY3RvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hY3Rvci5qcyc7XG5pbXBvcnQgeyByZXF1aXJlSXNvRGF0ZSB9IGZyb20gJy4uLy4uL2NhbGVuZGFyL2RhdGVzLmpzJztcbmltcG9ydCB7IHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgYXJyYXlPZiwgY29uY2VudHJhdGlvbiwgZGF0ZSwgZGF0ZU4sIGRhdGVUaW1lTiwgaW50LCBpbnROLCBudW0sIG51bU4sIG9iaiwgb3JOdWxsLCBzY2hlbWVSZWYsIHN0ciwgc3RyTiwgc3RyaW5ncyB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuXG5jb25zdCBZRUFSID0geyB0eXBlOiAnc3RyaW5nJywgcGF0dGVybjogJ15cXFxcZHs0fS9cXFxcZHsyfSQnLCBkZXNjcmlwdGlvbjogJ0EgcGVyZm9ybWFuY2UgeWVhciwgQXByaWwgdG8gTWFyY2gsIGUuZy4gMjAwOC8wOS4nIH0gYXMgY29uc3Q7XG5jb25zdCBEQVRFID0geyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSBhcyBjb25zdDtcbmNvbnN0IEZSQUNUSU9OID0geyB0eXBlOiAnbnVtYmVyJywgbWluaW11bTogMCwgZXhjbHVzaXZlTWF4aW11bTogMSB9IGFzIGNvbnN0O1xuY29uc3QgU0NIRU1FID0geyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDIwLCBkZXNjcmlwdGlvbjogJ1RoZSBzY2hlbWUgY29kZSwgZS5nLiBQUE8uJyB9IGFzIGNvbnN0O1xuXG5jb25zdCBuaTMwID0gb2JqKHtcbiAgbWVhc3VyZTogeyB0eXBlOiAnc3RyaW5nJywgY29uc3Q6ICduaTMwJyB9LFxuICByZXN1bHRJZDogaW50LFxuICBtb2RlbFZlcnNpb246IHN0cixcbiAgc2NoZW1lOiBzY2hlbWVSZWYsXG4gIHllYXI6IHN0cixcbiAgYmFzZWxpbmVZZWFyOiBzdHIsXG4gIGNvaG9ydDogb2JqKHtcbiAgICBzb3VyY2U6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnbWVtYmVyc2hpcCcsICdmcm96ZW5fbGlzdCddIH0sXG4gICAgY29ob3J0RGF0ZTogZGF0ZSxcbiAgICBsaXN0OiBvck51bGwob2JqKHsgaWQ6IGludCwgbmFtZTogc3RyLCBmcm96ZW5BdDogc3RyLCBmcm96ZW5CeTogc3RyIH0pKSxcbiAgfSksXG4gIGNvaG9ydFNpemU6IGludCxcbiAgYmFzZWxpbmU6IGludCxcbiAgY2VpbGluZzogbnVtLFxuICB0aHJlc2hvbGQ6IGludCxcbiAgc3RyZXRjaDogbnVtTixcbiAgc3RyZXRjaFRocmVzaG9sZDogaW50TixcbiAgYXZlcmFnZU1vbnRoc09uU2NoZW1lOiBudW1OLFxuICBxdWFydGVyczogYXJyYXlPZihvYmooeyBxdWFydGVyOiBpbnQsIHN0YXJ0OiBkYXRlLCBlbmQ6IGRhdGUsIGFjdHVhbDogaW50LCBleHBlY3RlZDogbnVtLCB2YXJpYW5jZTogbnVtLCBjdW11bGF0aXZlQWN0dWFsOiBpbnQsIGN1bXVsYXRpdmVFeHBlY3RlZDogbnVtLCBjdW11bGF0aXZlVmFyaWFuY2U6IG51bSB9KSksXG4gIGFjdHVhbDogaW50LFxuICB1bmRlclRocmVzaG9sZDogaW50LFxuICByZWR1Y3Rpb25BY2hpZXZlZDogbnVtTixcbiAgY29udmljdGVkQ291bnQ6IGludCxcbiAgc2hhcmVDb252aWN0ZWQ6IG51bU4sXG4gIHJvbGxpbmc6IGFycmF5T2Yob2JqKHsgcXVhcnRlcjogaW50LCBzdGFydDogZGF0ZSwgZW5kOiBkYXRlLCBvYnNlcnZlZDogaW50LCBwcmVkaWN0ZWQ6IG51bSB9KSksXG4gIGRhdGFDdXJyZW5jeTogb2JqKHsgYXNPZjogZGF0ZU4sIGxhc3RPdXRjb21lc0ltcG9ydDogZGF0ZVRpbWVOLCBsYXRlc3RPdXRjb21lRGF0ZTogZGF0ZU4gfSksXG4gIG1ldGhvZDogc3RyaW5ncyxcbn0pO1xuXG5jb25zdCBuaTM4UGVyc29uID0ge1xuICBwZXJzb25JZDogaW50LFxuICBwZXJzb25SZWY6IHN0cixcbiAgaWRlbnRpZmllZE9uOiBkYXRlLFxuICBob3c6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsncG9zaXRpdmVfdGVzdCcsICdyZXF1aXJlZF9hc3Nlc3NtZW50J10gfSxcbiAgYXJlYUNvZGU6IHN0ck4sXG4gIGFjdHVhbDogaW50LFxuICBwcmVkaWN0ZWQ6IG51bSxcbiAgb2dyczNPbmVZZWFyOiBudW1OLFxuICBub3Rlczogc3RyaW5ncyxcbn0gYXMgY29uc3Q7XG5cbmNvbnN0IG5pMzggPSBvYmooe1xuICBtZWFzdXJlOiB7IHR5cGU6ICdzdHJpbmcnLCBjb25zdDogJ25pMzgnIH0sXG4gIHJlc3VsdElkOiBpbnQsXG4gIG1vZGVsVmVyc2lvbjogc3RyLFxuICBtb2RlbDogc3RyLFxuICBzY2hlbWU6IG9yTnVsbChzY2hlbWVSZWYpLFxuICBmcm9tOiBkYXRlLFxuICB0bzogZGF0ZSxcbiAgY29ob3J0U2l6ZTogaW50LFxuICBhY3R1YWw6IGludCxcbiAgcHJlZGljdGVkOiBudW0sXG4gIHJhdGlvOiBudW1OLFxuICBkaWZmZXJlbmNlOiBudW0sXG4gIGNvbnRyaWJ1dG9yQ291bnQ6IGludCxcbiAgY29udHJpYnV0b3JzOiBhcnJheU9mKG9iaih7IC4uLm5pMzhQZXJzb24sIGV4Y2VzczogbnVtLCBjdW11bGF0aXZlRXhjZXNzOiBudW0gfSwgWydob3cnLCAnYXJlYUNvZGUnLCAnb2dyczNPbmVZZWFyJywgJ25vdGVzJ10pKSxcbiAgbmFtZXNXaXRoaGVsZDogc3RyTixcbiAgYnlBcmVhOiBhcnJheU9mKG9iaih7IGFyZWFDb2RlOiBzdHJOLCBjb2hvcnRTaXplOiBpbnQsIGFjdHVhbDogaW50LCBwcmVkaWN0ZWQ6IG51bSwgcmF0aW86IG51bU4gfSkpLFxuICBpZGVudGlmaWVkQnk6IG9iaih7IHBvc2l0aXZlVGVzdDogaW50LCByZXF1aXJlZEFzc2Vzc21lbnQ6IGludCB9KSxcbiAgY29uY2VudHJhdGlvbjogb2JqKGNvbmNlbnRyYXRpb24pLFxuICBwZW9wbGU6IGFycmF5T2Yob2JqKG5pMzhQZXJzb24pKSxcbiAgbWV0aG9kOiBzdHJpbmdzLFxufSk7XG5cbmNvbnN0IHJlb2ZmZW5kaW5nID0gb2JqKHtcbiAgbWVhc3VyZTogeyB0eXBlOiAnc3RyaW5nJywgY29uc3Q6ICdyZW9mZmVuZGluZycgfSxcbiAgcmVzdWx0SWQ6IGludCxcbiAgbW9kZWxWZXJzaW9uOiBzdHIsXG4gIHNjaGVtZTogb3JOdWxsKHNjaGVtZVJlZiksXG4gIGZyb206IGRhdGUsXG4gIHRvOiBkYXRlLFxuICBhc09mOiBkYXRlLFxuICBncmF2aXR5VGFibGVTaXplOiBpbnQsXG4gIGNvaG9ydFNpemU6IGludCxcbiAgcmVvZmZlbmRlcnM6IGludCxcbiAgYmluYXJ5UmF0ZTogbnVtTixcbiAgb2ZmZW5jZXM6IGludCxcbiAgZnJlcXVlbmN5UGVyT2ZmZW5kZXI6IG51bU4sXG4gIGZyZXF1ZW5jeVBlclJlb2ZmZW5kZXI6IG51bU4sXG4gIHNldmVyaXR5OiBvYmooeyBncmFkZWRPZmZlbmNlczogaW50LCB1bmdyYWRlZE9mZmVuY2VzOiBpbnQsIHRvdGFsR3Jhdml0eTogbnVtLCBtZWFuR3Jhdml0eTogbnVtTiwgbWF4R3Jhdml0eTogbnVtTiwgdmlvbGVudE9mZmVuY2VzOiBpbnQgfSksXG4gIGNvc3Q6IG9iaih7XG4gICAgdG90YWw6IG51bSxcbiAgICBieUNhdGVnb3J5OiBhcnJheU9mKG9iaih7IGNhdGVnb3J5OiBzdHIsIG9mZmVuY2VzOiBpbnQsIHVuaXRDb3N0OiBudW1OLCBwcmljZVllYXI6IHN0ck4sIGNvc3Q6IG51bU4gfSkpLFxuICAgIHVuY29zdGVkT2ZmZW5jZXM6IGludCxcbiAgfSksXG4gIGNvbmNlbnRyYXRpb246IG9iaihjb25jZW50cmF0aW9uKSxcbiAgaW5jb21wbGV0ZUZvbGxvd1VwOiBpbnQsXG4gIHByb3Zpc2lvbmFsOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICBtZXRob2Q6IHN0cmluZ3MsXG59KTtcblxuY29uc3QgY29uY2VudHJhdGlvbkRvY3VtZW50ID0gb2JqKHsgLi4uY29uY2VudHJhdGlvbiwgc2NoZW1lOiBvck51bGwoc2NoZW1lUmVmKSwgZnJvbTogZGF0ZSwgdG86IGRhdGUsIHJlc3VsdElkOiBpbnQgfSk7XG5cbmNvbnN0IG9ncnMzUmVzdWx0ID0gb2JqKHsgb25lWWVhcjogbnVtLCB0d29ZZWFyOiBudW0sIGJhbmQ6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnbG93JywgJ21lZGl1bScsICdoaWdoJywgJ3ZlcnkgaGlnaCddIH0gfSk7XG5jb25zdCBvZ3JzM0lucHV0cyA9IG9iaih7XG4gIHNleDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydtYWxlJywgJ2ZlbWFsZSddIH0sXG4gIGJpcnRoRGF0ZTogZGF0ZSxcbiAgY29udmljdGlvbkRhdGU6IGRhdGUsXG4gIGZpcnN0U2FuY3Rpb25EYXRlOiBkYXRlLFxuICBhdFJpc2tEYXRlOiBkYXRlLFxuICBwcmV2aW91c1NhbmN0aW9uczogaW50LFxuICBvZmZlbmNlQ2F0ZWdvcnk6IHN0cixcbn0pO1xuY29uc3Qgb2dyczMgPSBvYmooe1xuICBtZWFzdXJlOiB7IHR5cGU6ICdzdHJpbmcnLCBjb25zdDogJ29ncnMzX2NvaG9ydCcgfSxcbiAgcmVzdWx0SWQ6IGludCxcbiAgbW9kZWxWZXJzaW9uOiBzdHIsXG4gIHNjaGVtZTogc2NoZW1lUmVmLFxuICBhc09mOiBkYXRlLFxuICBjb2hvcnQ6IG9iaih7IHNvdXJjZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydtZW1iZXJzaGlwJywgJ2Zyb3plbl9saXN0J10gfSwgbGlzdDogb3JOdWxsKG9iaih7IGlkOiBpbnQsIG5hbWU6IHN0ciwgY29ob3J0RGF0ZTogZGF0ZSB9KSkgfSksXG4gIGNvaG9ydFNpemU6IGludCxcbiAgc2NvcmVkOiBpbnQsXG4gIHVuc2NvcmVkOiBpbnQsXG4gIG1lYW5PbmVZZWFyOiBudW1OLFxuICBtZWFuVHdvWWVhcjogbnVtTixcbiAgYmFuZHM6IG9iaih7IGxvdzogaW50LCBtZWRpdW06IGludCwgaGlnaDogaW50LCAndmVyeSBoaWdoJzogaW50IH0pLFxuICBmZWxsQmFja1RvT3RoZXI6IGludCxcbiAgcGVvcGxlOiBhcnJheU9mKFxuICAgIG9iaih7XG4gICAgICBwZXJzb25JZDogaW50LFxuICAgICAgcGVyc29uUmVmOiBzdHIsXG4gICAgICBzYW5jdGlvbk9jY2FzaW9uczogaW50LFxuICAgICAgcHJpbmNpcGFsT2ZmZW5jZUNvZGU6IHN0ck4sXG4gICAgICBjYXRlZ29yeTogb3JOdWxsKG9iaih7IGNhdGVnb3J5OiBzdHIsIHNvdXJjZTogc3RyIH0pKSxcbiAgICAgIGFzT2Y6IGRhdGUsXG4gICAgICBtb2RlbFZlcnNpb246IHN0cixcbiAgICAgIHJlc3VsdDogb3JOdWxsKG9ncnMzUmVzdWx0KSxcbiAgICAgIGlucHV0czogb3JOdWxsKG9ncnMzSW5wdXRzKSxcbiAgICAgIG5vdGVzOiBzdHJpbmdzLFxuICAgIH0pLFxuICApLFxuICBtZXRob2Q6IHN0cmluZ3MsXG59KTtcblxuY29uc3QgcGVyaW9kUXVlcnkgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICByZXF1aXJlZDogWydmcm9tJywgJ3RvJ10sXG4gIHByb3BlcnRpZXM6IHtcbiAgICBzY2hlbWU6IFNDSEVNRSxcbiAgICBmcm9tOiB7IC4uLkRBVEUsIGRlc2NyaXB0aW9uOiAnRmlyc3QgZGF5IG9mIHRoZSBwZXJpb2Qgd2hvc2UgaW5kZXggZXZlbnRzIHN0YXJ0IGZvbGxvdy11cC4nIH0sXG4gICAgdG86IHsgLi4uREFURSwgZGVzY3JpcHRpb246ICdMYXN0IGRheSBvZiB0aGF0IHBlcmlvZCAoaW5jbHVzaXZlKS4nIH0sXG4gICAgYXNPZjogeyAuLi5EQVRFLCBkZXNjcmlwdGlvbjogXCJUaGUgZGF0ZSB0aGUgZmlndXJlcyBhcmUgcmVhZCBvbiAoZGVmYXVsdDogdGhlIHBhcnRuZXJzaGlwJ3MgdG9kYXkpLlwiIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJQZXJmb3JtYW5jZUFwaVJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBjb25zdCBwZXJmb3JtYW5jZSA9IGFwcC5zZXJ2aWNlcy5wZXJmb3JtYW5jZTtcbiAgY29uc3QgYXNPZk9yID0gYXN5bmMgKGFjdG9yOiBBY3RvciwgcmF3OiBzdHJpbmcgfCB1bmRlZmluZWQpID0+IChyYXcgPyByZXF1aXJlSXNvRGF0ZShyYXcsICdUaGUgYXMtb2YgZGF0ZScsICdhc09mJykgOiBhcHAuc2VydmljZXMucGFydG5lcnNoaXBzLnRvZGF5KGFjdG9yKSk7XG4gIGNvbnN0IHRhZ3MgPSBbJ3BlcmZvcm1hbmNlJ107XG4gIC8vIFRoZSBtZWFzdXJlcycgZG9jdW1lbnRzIGhvbGQgdGhlaXIgc21hbGwgY291bnRzIGFzIHRoZXkgYXJlICh1bmRlciA1XG4gIC8vIGluY2x1ZGVkKTogZm9yIHRob3NlIHdobyBtYXkgcmVhZCBmaWd1cmVzIGFib3V0IHBlb3BsZS4gQm9hcmQgbWVtYmVyc1xuICAvLyByZWFkIHRoZSBzYW1lIGZpZ3VyZXMgc3VwcHJlc3NlZCBvbiB0aGUgZGFzaGJvYXJkIGFuZCBpbiB0aGUgYm9hcmQgcmVwb3J0LlxuICBjb25zdCBhY2Nlc3MgPSAncGVyZm9ybWFuY2U6bmFtZXMnIGFzIGNvbnN0O1xuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBzY2hlbWU6IHN0cmluZzsgeWVhcjogc3RyaW5nOyBjZWlsaW5nOiBudW1iZXI7IHN0cmV0Y2g/OiBudW1iZXI7IGNvaG9ydERhdGU/OiBzdHJpbmc7IGNvaG9ydExpc3Q/OiBudW1iZXI7IGFzT2Y/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZXJmb3JtYW5jZS9uaTMwJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJOSTMwLXN0eWxlIGNvaG9ydCByZW9mZmVuZGluZyBmb3IgYSBzY2hlbWUgYW5kIHBlcmZvcm1hbmNlIHllYXI6IHRoZSBzYW1lIGRvY3VtZW50IGFzIGB3YXltYXJrIHBlcmZvcm1hbmNlIG5pMzAgLS1qc29uYC5cIixcbiAgICAgICAgdGFncyxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWydzY2hlbWUnLCAneWVhcicsICdjZWlsaW5nJ10sXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgc2NoZW1lOiBTQ0hFTUUsXG4gICAgICAgICAgICB5ZWFyOiBZRUFSLFxuICAgICAgICAgICAgY2VpbGluZzogeyAuLi5GUkFDVElPTiwgZGVzY3JpcHRpb246ICdUaGUgcGVyZm9ybWFuY2UgY2VpbGluZzogdGhlIGFncmVlZCByZWR1Y3Rpb24sIGUuZy4gMC4xNiBmb3IgMTYlLicgfSxcbiAgICAgICAgICAgIHN0cmV0Y2g6IHsgLi4uRlJBQ1RJT04sIGRlc2NyaXB0aW9uOiAnQSBzdHJldGNoIHRhcmdldCwgZS5nLiAwLjE5LicgfSxcbiAgICAgICAgICAgIGNvaG9ydERhdGU6IHsgLi4uREFURSwgZGVzY3JpcHRpb246ICdUaGUgY29ob3J0IGRhdGUgKGRlZmF1bHQgMSBBcHJpbCBvZiB0aGUgeWVhcikuJyB9LFxuICAgICAgICAgICAgY29ob3J0TGlzdDogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEsIGRlc2NyaXB0aW9uOiAnQSBmcm96ZW4gY29ob3J0IGxpc3QgaW5zdGVhZCBvZiB0aGUgbWVtYmVycyBvbiB0aGUgY29ob3J0IGRhdGUuJyB9LFxuICAgICAgICAgICAgYXNPZjogeyAuLi5EQVRFLCBkZXNjcmlwdGlvbjogJ0NvdW50IG9ubHkgY29udmljdGlvbnMgcmVjb3JkZWQgYnkgdGhpcyBkYXRlLicgfSxcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IG5pMzAsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgcSA9IHJlcS5xdWVyeTtcbiAgICAgIHJldHVybiBwZXJmb3JtYW5jZS5uaTMwKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcS5zY2hlbWUsIHllYXI6IHEueWVhciwgY2VpbGluZzogcS5jZWlsaW5nLCBzdHJldGNoOiBxLnN0cmV0Y2gsIGNvaG9ydERhdGU6IHEuY29ob3J0RGF0ZSwgY29ob3J0TGlzdElkOiBxLmNvaG9ydExpc3QsIGFzT2Y6IHEuYXNPZiB9KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBzY2hlbWU/OiBzdHJpbmc7IGZyb20/OiBzdHJpbmc7IHRvPzogc3RyaW5nOyB5ZWFyPzogc3RyaW5nOyBtb2RlbD86IHN0cmluZzsgYXNPZj86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3BlcmZvcm1hbmNlL25pMzgnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3MgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnTkkzOC1zdHlsZSBhY3R1YWwgYWdhaW5zdCBwcmVkaWN0ZWQgb2ZmZW5kaW5nIG9mIENsYXNzIEEgZHJ1ZyB1c2VycyBpZGVudGlmaWVkIGluIGEgY29ob3J0IHBlcmlvZDogdGhlIHNhbWUgZG9jdW1lbnQgYXMgYHdheW1hcmsgcGVyZm9ybWFuY2UgbmkzOCAtLWpzb25gLicsXG4gICAgICAgIHRhZ3MsXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgc2NoZW1lOiBTQ0hFTUUsXG4gICAgICAgICAgICBmcm9tOiB7IC4uLkRBVEUsIGRlc2NyaXB0aW9uOiAnQ29ob3J0IHBlcmlvZCBzdGFydCAoaW5jbHVzaXZlKS4nIH0sXG4gICAgICAgICAgICB0bzogeyAuLi5EQVRFLCBkZXNjcmlwdGlvbjogJ0NvaG9ydCBwZXJpb2QgZW5kIChpbmNsdXNpdmUpLicgfSxcbiAgICAgICAgICAgIHllYXI6IHsgLi4uWUVBUiwgZGVzY3JpcHRpb246ICdXaXRob3V0IGZyb20gYW5kIHRvOiB0aGUgSmFudWFyeVx1MjAxM01hcmNoIHF1YXJ0ZXIgb2YgdGhpcyBwZXJmb3JtYW5jZSB5ZWFyLicgfSxcbiAgICAgICAgICAgIG1vZGVsOiB7IHR5cGU6ICdzdHJpbmcnLCBtYXhMZW5ndGg6IDEwMCwgZGVzY3JpcHRpb246ICdUaGUgcHJlZGljdGlvbiBtb2RlbCB2ZXJzaW9uIChkZWZhdWx0OiB0aGUgY3VycmVudCBkZWZhdWx0KS4nIH0sXG4gICAgICAgICAgICBhc09mOiB7IC4uLkRBVEUsIGRlc2NyaXB0aW9uOiAnQ291bnQgb25seSBjb252aWN0aW9ucyByZWNvcmRlZCBieSB0aGlzIGRhdGUuJyB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogbmkzOCwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBxID0gcmVxLnF1ZXJ5O1xuICAgICAgcmV0dXJuIHBlcmZvcm1hbmNlLm5pMzgocmVxLmFjdG9yISwgeyBzY2hlbWVDb2RlOiBxLnNjaGVtZSwgZnJvbTogcS5mcm9tLCB0bzogcS50bywgeWVhcjogcS55ZWFyLCBtb2RlbFZlcnNpb246IHEubW9kZWwsIGFzT2Y6IHEuYXNPZiB9KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBzY2hlbWU/OiBzdHJpbmc7IGZyb206IHN0cmluZzsgdG86IHN0cmluZzsgYXNPZj86IHN0cmluZyB9IH0+KFxuICAgICcvYXBpL3YxL3BlcmZvcm1hbmNlL3Jlb2ZmZW5kaW5nJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1Byb3ZlbiByZW9mZmVuZGluZyBsaWtlIHRoZSBNb0ogbWVhc3VyZTogYmluYXJ5IHJhdGUsIGZyZXF1ZW5jeSwgc2V2ZXJpdHksIGNvc3QgYW5kIGNvbmNlbnRyYXRpb247IHRoZSBzYW1lIGRvY3VtZW50IGFzIGB3YXltYXJrIHBlcmZvcm1hbmNlIHJlb2ZmZW5kaW5nIC0tanNvbmAuJyxcbiAgICAgICAgdGFncyxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHBlcmlvZFF1ZXJ5LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHJlb2ZmZW5kaW5nLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEpID0+IHtcbiAgICAgIGNvbnN0IHEgPSByZXEucXVlcnk7XG4gICAgICByZXR1cm4gcGVyZm9ybWFuY2UucmVvZmZlbmRpbmcocmVxLmFjdG9yISwgeyBzY2hlbWVDb2RlOiBxLnNjaGVtZSwgZnJvbTogcS5mcm9tLCB0bzogcS50bywgYXNPZjogYXdhaXQgYXNPZk9yKHJlcS5hY3RvciEsIHEuYXNPZikgfSk7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IHsgc2NoZW1lPzogc3RyaW5nOyBmcm9tOiBzdHJpbmc7IHRvOiBzdHJpbmc7IGFzT2Y/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9wZXJmb3JtYW5jZS9jb25jZW50cmF0aW9uJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJUaGUgc2hhcmUgb2YgdGhlIHJlb2ZmZW5kaW5nIGNvaG9ydCdzIG9mZmVuY2VzIGNvbW1pdHRlZCBieSBpdHMgbW9zdCBwcm9saWZpYyAxMCUsIHRoZSBHaW5pIGNvZWZmaWNpZW50IGFuZCB0aGUgTG9yZW56IGN1cnZlOyB0aGUgc2FtZSBkb2N1bWVudCBhcyBgd2F5bWFyayBwZXJmb3JtYW5jZSBjb25jZW50cmF0aW9uIC0tanNvbmAuXCIsXG4gICAgICAgIHRhZ3MsXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiBwZXJpb2RRdWVyeSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBjb25jZW50cmF0aW9uRG9jdW1lbnQsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgcSA9IHJlcS5xdWVyeTtcbiAgICAgIHJldHVybiBwZXJmb3JtYW5jZS5jb25jZW50cmF0aW9uKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcS5zY2hlbWUsIGZyb206IHEuZnJvbSwgdG86IHEudG8sIGFzT2Y6IGF3YWl0IGFzT2ZPcihyZXEuYWN0b3IhLCBxLmFzT2YpIH0pO1xuICAgIH0sXG4gICk7XG5cbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiB7IHNjaGVtZTogc3RyaW5nOyBhc09mPzogc3RyaW5nOyBjb2hvcnRMaXN0PzogbnVtYmVyIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVyZm9ybWFuY2Uvb2dyczMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3MgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIk9HUlMzIGZvciBldmVyeSBtZW1iZXIgb2YgYSBzY2hlbWUgb24gYSBkYXRlLCBvciBldmVyeW9uZSBvbiBhIGZyb3plbiBjb2hvcnQgbGlzdDogYWdncmVnYXRlcywgYW5kIHBlciBwZXJzb24gZm9yIHRob3NlIHdobyBtYXkgc2VlIG5hbWVzOyB0aGUgc2FtZSBkb2N1bWVudCBhcyBgd2F5bWFyayBwZXJmb3JtYW5jZSBvZ3JzMyAtLWpzb25gLlwiLFxuICAgICAgICB0YWdzLFxuICAgICAgICBxdWVyeXN0cmluZzoge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3NjaGVtZSddLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIHNjaGVtZTogU0NIRU1FLFxuICAgICAgICAgICAgYXNPZjogeyAuLi5EQVRFLCBkZXNjcmlwdGlvbjogXCJUaGUgZGF0ZSB0byBzY29yZSBhcyBvZiAoZGVmYXVsdDogdGhlIHBhcnRuZXJzaGlwJ3MgdG9kYXkpLlwiIH0sXG4gICAgICAgICAgICBjb2hvcnRMaXN0OiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMSwgZGVzY3JpcHRpb246IFwiU2NvcmUgYSBmcm96ZW4gY29ob3J0IGxpc3QncyBwZW9wbGUgaW5zdGVhZCBvZiB0aGUgbWVtYmVycyBvbiB0aGUgZGF0ZS5cIiB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogb2dyczMsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgcSA9IHJlcS5xdWVyeTtcbiAgICAgIHJldHVybiBwZXJmb3JtYW5jZS5jb2hvcnRPZ3JzMyhyZXEuYWN0b3IhLCB7IHNjaGVtZUNvZGU6IHEuc2NoZW1lLCBhc09mOiBhd2FpdCBhc09mT3IocmVxLmFjdG9yISwgcS5hc09mKSwgY29ob3J0TGlzdElkOiBxLmNvaG9ydExpc3QgfSk7XG4gICAgfSxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU9BLFNBQVMsc0JBQXNCO0FBQy9CLFNBQVMsZ0JBQWdCO0FBQ3pCLFNBQVMsU0FBUyxlQUFlLE1BQU0sT0FBTyxXQUFXLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLFdBQVcsS0FBSyxNQUFNLGVBQWU7QUFFakksTUFBTSxPQUFPLEVBQUUsTUFBTSxVQUFVLFNBQVMsbUJBQW1CLGFBQWEsb0RBQW9EO0FBQzVILE1BQU0sT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFDOUMsTUFBTSxXQUFXLEVBQUUsTUFBTSxVQUFVLFNBQVMsR0FBRyxrQkFBa0IsRUFBRTtBQUNuRSxNQUFNLFNBQVMsRUFBRSxNQUFNLFVBQVUsV0FBVyxHQUFHLFdBQVcsSUFBSSxhQUFhLDZCQUE2QjtBQUV4RyxNQUFNLE9BQU8sSUFBSTtBQUFBLEVBQ2YsU0FBUyxFQUFFLE1BQU0sVUFBVSxPQUFPLE9BQU87QUFBQSxFQUN6QyxVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxRQUFRO0FBQUEsRUFDUixNQUFNO0FBQUEsRUFDTixjQUFjO0FBQUEsRUFDZCxRQUFRLElBQUk7QUFBQSxJQUNWLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGNBQWMsYUFBYSxFQUFFO0FBQUEsSUFDOUQsWUFBWTtBQUFBLElBQ1osTUFBTSxPQUFPLElBQUksRUFBRSxJQUFJLEtBQUssTUFBTSxLQUFLLFVBQVUsS0FBSyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDeEUsQ0FBQztBQUFBLEVBQ0QsWUFBWTtBQUFBLEVBQ1osVUFBVTtBQUFBLEVBQ1YsU0FBUztBQUFBLEVBQ1QsV0FBVztBQUFBLEVBQ1gsU0FBUztBQUFBLEVBQ1Qsa0JBQWtCO0FBQUEsRUFDbEIsdUJBQXVCO0FBQUEsRUFDdkIsVUFBVSxRQUFRLElBQUksRUFBRSxTQUFTLEtBQUssT0FBTyxNQUFNLEtBQUssTUFBTSxRQUFRLEtBQUssVUFBVSxLQUFLLFVBQVUsS0FBSyxrQkFBa0IsS0FBSyxvQkFBb0IsS0FBSyxvQkFBb0IsSUFBSSxDQUFDLENBQUM7QUFBQSxFQUNuTCxRQUFRO0FBQUEsRUFDUixnQkFBZ0I7QUFBQSxFQUNoQixtQkFBbUI7QUFBQSxFQUNuQixnQkFBZ0I7QUFBQSxFQUNoQixnQkFBZ0I7QUFBQSxFQUNoQixTQUFTLFFBQVEsSUFBSSxFQUFFLFNBQVMsS0FBSyxPQUFPLE1BQU0sS0FBSyxNQUFNLFVBQVUsS0FBSyxXQUFXLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDN0YsY0FBYyxJQUFJLEVBQUUsTUFBTSxPQUFPLG9CQUFvQixXQUFXLG1CQUFtQixNQUFNLENBQUM7QUFBQSxFQUMxRixRQUFRO0FBQ1YsQ0FBQztBQUVELE1BQU0sYUFBYTtBQUFBLEVBQ2pCLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLEtBQUssRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLGlCQUFpQixxQkFBcUIsRUFBRTtBQUFBLEVBQ3RFLFVBQVU7QUFBQSxFQUNWLFFBQVE7QUFBQSxFQUNSLFdBQVc7QUFBQSxFQUNYLGNBQWM7QUFBQSxFQUNkLE9BQU87QUFDVDtBQUVBLE1BQU0sT0FBTyxJQUFJO0FBQUEsRUFDZixTQUFTLEVBQUUsTUFBTSxVQUFVLE9BQU8sT0FBTztBQUFBLEVBQ3pDLFVBQVU7QUFBQSxFQUNWLGNBQWM7QUFBQSxFQUNkLE9BQU87QUFBQSxFQUNQLFFBQVEsT0FBTyxTQUFTO0FBQUEsRUFDeEIsTUFBTTtBQUFBLEVBQ04sSUFBSTtBQUFBLEVBQ0osWUFBWTtBQUFBLEVBQ1osUUFBUTtBQUFBLEVBQ1IsV0FBVztBQUFBLEVBQ1gsT0FBTztBQUFBLEVBQ1AsWUFBWTtBQUFBLEVBQ1osa0JBQWtCO0FBQUEsRUFDbEIsY0FBYyxRQUFRLElBQUksRUFBRSxHQUFHLFlBQVksUUFBUSxLQUFLLGtCQUFrQixJQUFJLEdBQUcsQ0FBQyxPQUFPLFlBQVksZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDOUgsZUFBZTtBQUFBLEVBQ2YsUUFBUSxRQUFRLElBQUksRUFBRSxVQUFVLE1BQU0sWUFBWSxLQUFLLFFBQVEsS0FBSyxXQUFXLEtBQUssT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ2xHLGNBQWMsSUFBSSxFQUFFLGNBQWMsS0FBSyxvQkFBb0IsSUFBSSxDQUFDO0FBQUEsRUFDaEUsZUFBZSxJQUFJLGFBQWE7QUFBQSxFQUNoQyxRQUFRLFFBQVEsSUFBSSxVQUFVLENBQUM7QUFBQSxFQUMvQixRQUFRO0FBQ1YsQ0FBQztBQUVELE1BQU0sY0FBYyxJQUFJO0FBQUEsRUFDdEIsU0FBUyxFQUFFLE1BQU0sVUFBVSxPQUFPLGNBQWM7QUFBQSxFQUNoRCxVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxRQUFRLE9BQU8sU0FBUztBQUFBLEVBQ3hCLE1BQU07QUFBQSxFQUNOLElBQUk7QUFBQSxFQUNKLE1BQU07QUFBQSxFQUNOLGtCQUFrQjtBQUFBLEVBQ2xCLFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFBQSxFQUNiLFlBQVk7QUFBQSxFQUNaLFVBQVU7QUFBQSxFQUNWLHNCQUFzQjtBQUFBLEVBQ3RCLHdCQUF3QjtBQUFBLEVBQ3hCLFVBQVUsSUFBSSxFQUFFLGdCQUFnQixLQUFLLGtCQUFrQixLQUFLLGNBQWMsS0FBSyxhQUFhLE1BQU0sWUFBWSxNQUFNLGlCQUFpQixJQUFJLENBQUM7QUFBQSxFQUMxSSxNQUFNLElBQUk7QUFBQSxJQUNSLE9BQU87QUFBQSxJQUNQLFlBQVksUUFBUSxJQUFJLEVBQUUsVUFBVSxLQUFLLFVBQVUsS0FBSyxVQUFVLE1BQU0sV0FBVyxNQUFNLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFBQSxJQUN0RyxrQkFBa0I7QUFBQSxFQUNwQixDQUFDO0FBQUEsRUFDRCxlQUFlLElBQUksYUFBYTtBQUFBLEVBQ2hDLG9CQUFvQjtBQUFBLEVBQ3BCLGFBQWEsRUFBRSxNQUFNLFVBQVU7QUFBQSxFQUMvQixRQUFRO0FBQ1YsQ0FBQztBQUVELE1BQU0sd0JBQXdCLElBQUksRUFBRSxHQUFHLGVBQWUsUUFBUSxPQUFPLFNBQVMsR0FBRyxNQUFNLE1BQU0sSUFBSSxNQUFNLFVBQVUsSUFBSSxDQUFDO0FBRXRILE1BQU0sY0FBYyxJQUFJLEVBQUUsU0FBUyxLQUFLLFNBQVMsS0FBSyxNQUFNLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxPQUFPLFVBQVUsUUFBUSxXQUFXLEVBQUUsRUFBRSxDQUFDO0FBQzlILE1BQU0sY0FBYyxJQUFJO0FBQUEsRUFDdEIsS0FBSyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsUUFBUSxRQUFRLEVBQUU7QUFBQSxFQUNoRCxXQUFXO0FBQUEsRUFDWCxnQkFBZ0I7QUFBQSxFQUNoQixtQkFBbUI7QUFBQSxFQUNuQixZQUFZO0FBQUEsRUFDWixtQkFBbUI7QUFBQSxFQUNuQixpQkFBaUI7QUFDbkIsQ0FBQztBQUNELE1BQU0sUUFBUSxJQUFJO0FBQUEsRUFDaEIsU0FBUyxFQUFFLE1BQU0sVUFBVSxPQUFPLGVBQWU7QUFBQSxFQUNqRCxVQUFVO0FBQUEsRUFDVixjQUFjO0FBQUEsRUFDZCxRQUFRO0FBQUEsRUFDUixNQUFNO0FBQUEsRUFDTixRQUFRLElBQUksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxjQUFjLGFBQWEsRUFBRSxHQUFHLE1BQU0sT0FBTyxJQUFJLEVBQUUsSUFBSSxLQUFLLE1BQU0sS0FBSyxZQUFZLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUFBLEVBQzVJLFlBQVk7QUFBQSxFQUNaLFFBQVE7QUFBQSxFQUNSLFVBQVU7QUFBQSxFQUNWLGFBQWE7QUFBQSxFQUNiLGFBQWE7QUFBQSxFQUNiLE9BQU8sSUFBSSxFQUFFLEtBQUssS0FBSyxRQUFRLEtBQUssTUFBTSxLQUFLLGFBQWEsSUFBSSxDQUFDO0FBQUEsRUFDakUsaUJBQWlCO0FBQUEsRUFDakIsUUFBUTtBQUFBLElBQ04sSUFBSTtBQUFBLE1BQ0YsVUFBVTtBQUFBLE1BQ1YsV0FBVztBQUFBLE1BQ1gsbUJBQW1CO0FBQUEsTUFDbkIsc0JBQXNCO0FBQUEsTUFDdEIsVUFBVSxPQUFPLElBQUksRUFBRSxVQUFVLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLE1BQ3BELE1BQU07QUFBQSxNQUNOLGNBQWM7QUFBQSxNQUNkLFFBQVEsT0FBTyxXQUFXO0FBQUEsTUFDMUIsUUFBUSxPQUFPLFdBQVc7QUFBQSxNQUMxQixPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsUUFBUTtBQUNWLENBQUM7QUFFRCxNQUFNLGNBQWM7QUFBQSxFQUNsQixNQUFNO0FBQUEsRUFDTixVQUFVLENBQUMsUUFBUSxJQUFJO0FBQUEsRUFDdkIsWUFBWTtBQUFBLElBQ1YsUUFBUTtBQUFBLElBQ1IsTUFBTSxFQUFFLEdBQUcsTUFBTSxhQUFhLDhEQUE4RDtBQUFBLElBQzVGLElBQUksRUFBRSxHQUFHLE1BQU0sYUFBYSx1Q0FBdUM7QUFBQSxJQUNuRSxNQUFNLEVBQUUsR0FBRyxNQUFNLGFBQWEsdUVBQXVFO0FBQUEsRUFDdkc7QUFDRjtBQUVPLFNBQVMsNkJBQTZCLEtBQTRCO0FBQ3ZFLFFBQU0sY0FBYyxJQUFJLFNBQVM7QUFDakMsUUFBTSxTQUFTLE9BQU8sT0FBYyxRQUE2QixNQUFNLGVBQWUsS0FBSyxrQkFBa0IsTUFBTSxJQUFJLElBQUksU0FBUyxhQUFhLE1BQU0sS0FBSztBQUM1SixRQUFNLE9BQU8sQ0FBQyxhQUFhO0FBSTNCLFFBQU0sU0FBUztBQUVmLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLE9BQU87QUFBQSxNQUNqQixRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVDtBQUFBLFFBQ0EsYUFBYTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFVBQVUsUUFBUSxTQUFTO0FBQUEsVUFDdEMsWUFBWTtBQUFBLFlBQ1YsUUFBUTtBQUFBLFlBQ1IsTUFBTTtBQUFBLFlBQ04sU0FBUyxFQUFFLEdBQUcsVUFBVSxhQUFhLG9FQUFvRTtBQUFBLFlBQ3pHLFNBQVMsRUFBRSxHQUFHLFVBQVUsYUFBYSwrQkFBK0I7QUFBQSxZQUNwRSxZQUFZLEVBQUUsR0FBRyxNQUFNLGFBQWEsaURBQWlEO0FBQUEsWUFDckYsWUFBWSxFQUFFLE1BQU0sV0FBVyxTQUFTLEdBQUcsYUFBYSxrRUFBa0U7QUFBQSxZQUMxSCxNQUFNLEVBQUUsR0FBRyxNQUFNLGFBQWEsZ0RBQWdEO0FBQUEsVUFDaEY7QUFBQSxRQUNGO0FBQUEsUUFDQSxVQUFVLEVBQUUsS0FBSyxNQUFNLEdBQUcsU0FBUztBQUFBLE1BQ3JDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxRQUFRO0FBQ2IsWUFBTSxJQUFJLElBQUk7QUFDZCxhQUFPLFlBQVksS0FBSyxJQUFJLE9BQVEsRUFBRSxZQUFZLEVBQUUsUUFBUSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsU0FBUyxTQUFTLEVBQUUsU0FBUyxZQUFZLEVBQUUsWUFBWSxjQUFjLEVBQUUsWUFBWSxNQUFNLEVBQUUsS0FBSyxDQUFDO0FBQUEsSUFDeEw7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsT0FBTztBQUFBLE1BQ2pCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNUO0FBQUEsUUFDQSxhQUFhO0FBQUEsVUFDWCxNQUFNO0FBQUEsVUFDTixZQUFZO0FBQUEsWUFDVixRQUFRO0FBQUEsWUFDUixNQUFNLEVBQUUsR0FBRyxNQUFNLGFBQWEsbUNBQW1DO0FBQUEsWUFDakUsSUFBSSxFQUFFLEdBQUcsTUFBTSxhQUFhLGlDQUFpQztBQUFBLFlBQzdELE1BQU0sRUFBRSxHQUFHLE1BQU0sYUFBYSxnRkFBMkU7QUFBQSxZQUN6RyxPQUFPLEVBQUUsTUFBTSxVQUFVLFdBQVcsS0FBSyxhQUFhLCtEQUErRDtBQUFBLFlBQ3JILE1BQU0sRUFBRSxHQUFHLE1BQU0sYUFBYSxnREFBZ0Q7QUFBQSxVQUNoRjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLE1BQU0sR0FBRyxTQUFTO0FBQUEsTUFDckM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLElBQUksSUFBSTtBQUNkLGFBQU8sWUFBWSxLQUFLLElBQUksT0FBUSxFQUFFLFlBQVksRUFBRSxRQUFRLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLE1BQU0sRUFBRSxNQUFNLGNBQWMsRUFBRSxPQUFPLE1BQU0sRUFBRSxLQUFLLENBQUM7QUFBQSxJQUN6STtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxPQUFPO0FBQUEsTUFDakIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1Q7QUFBQSxRQUNBLGFBQWE7QUFBQSxRQUNiLFVBQVUsRUFBRSxLQUFLLGFBQWEsR0FBRyxTQUFTO0FBQUEsTUFDNUM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLElBQUksSUFBSTtBQUNkLGFBQU8sWUFBWSxZQUFZLElBQUksT0FBUSxFQUFFLFlBQVksRUFBRSxRQUFRLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLE1BQU0sTUFBTSxPQUFPLElBQUksT0FBUSxFQUFFLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDckk7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsT0FBTztBQUFBLE1BQ2pCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNUO0FBQUEsUUFDQSxhQUFhO0FBQUEsUUFDYixVQUFVLEVBQUUsS0FBSyx1QkFBdUIsR0FBRyxTQUFTO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVE7QUFDYixZQUFNLElBQUksSUFBSTtBQUNkLGFBQU8sWUFBWSxjQUFjLElBQUksT0FBUSxFQUFFLFlBQVksRUFBRSxRQUFRLE1BQU0sRUFBRSxNQUFNLElBQUksRUFBRSxJQUFJLE1BQU0sTUFBTSxPQUFPLElBQUksT0FBUSxFQUFFLElBQUksRUFBRSxDQUFDO0FBQUEsSUFDdkk7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsT0FBTztBQUFBLE1BQ2pCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNUO0FBQUEsUUFDQSxhQUFhO0FBQUEsVUFDWCxNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsUUFBUTtBQUFBLFVBQ25CLFlBQVk7QUFBQSxZQUNWLFFBQVE7QUFBQSxZQUNSLE1BQU0sRUFBRSxHQUFHLE1BQU0sYUFBYSw4REFBOEQ7QUFBQSxZQUM1RixZQUFZLEVBQUUsTUFBTSxXQUFXLFNBQVMsR0FBRyxhQUFhLDBFQUEwRTtBQUFBLFVBQ3BJO0FBQUEsUUFDRjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssT0FBTyxHQUFHLFNBQVM7QUFBQSxNQUN0QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sSUFBSSxJQUFJO0FBQ2QsYUFBTyxZQUFZLFlBQVksSUFBSSxPQUFRLEVBQUUsWUFBWSxFQUFFLFFBQVEsTUFBTSxNQUFNLE9BQU8sSUFBSSxPQUFRLEVBQUUsSUFBSSxHQUFHLGNBQWMsRUFBRSxXQUFXLENBQUM7QUFBQSxJQUN6STtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
