import { requireIsoDate } from "../../calendar/dates.js";
import { problems } from "../api-schemas.js";
import { arrayOf, bool, date, dateN, int, intN, numN, obj, orNull, outscoredByRef, prompt, reason, sensitive, str, strN, strings } from "../api-documents.js";
const reviewRow = obj({ personRef: str, rule: str, met: bool, reasons: arrayOf(reason), prompts: arrayOf(prompt) });
const DECISIONS = ["accept", "reject", "override"];
const ACTIONS = ["select", "deselect", "tier_move", "none"];
const END_REASONS = ["stopped_offending", "moved_area", "significant_custody", "regular_review", "two_years_on_scheme", "high_risk_of_harm", "deceased", "other"];
const agendaPerson = obj({
  personRef: str,
  member: bool,
  score: numN,
  items: arrayOf(obj({ item: str, reasons: strings, prompts: strings, decisionId: intN })),
  pending: strings,
  comparisonMargin: numN,
  outscoredBy: orNull(outscoredByRef),
  decisions: arrayOf(obj({ id: int, items: strings, decision: { type: "string", enum: DECISIONS }, action: { type: "string", enum: ACTIONS }, reason: str, decidedBy: str }))
});
const agenda = obj({
  schemeCode: str,
  meetingDate: date,
  lastMeetingDate: dateN,
  runId: intN,
  runAsOf: dateN,
  comparisonMargin: numN,
  scoresWithheld: { type: ["string", "null"], enum: [...sensitive.enum, null] },
  people: arrayOf(agendaPerson)
});
const decision = obj({
  id: int,
  personId: int,
  personRef: str,
  item: str,
  items: strings,
  decision: { type: "string", enum: DECISIONS },
  action: { type: "string", enum: ACTIONS },
  reason: str,
  endReason: { type: ["string", "null"], enum: [...END_REASONS, null] },
  exitPlan: strN,
  tierCode: strN,
  score: numN,
  decidedBy: str,
  decidedAt: { type: "string", format: "date-time" }
});
const codeParams = { type: "object", required: ["code"], properties: { code: { type: "string", minLength: 1, maxLength: 20 } } };
function registerPanelApiRoutes(app) {
  const dateOr = async (actor, raw, what, field) => raw ? requireIsoDate(raw, what, field) : app.services.partnerships.today(actor);
  app.get(
    "/api/v1/schemes/:code/review",
    {
      config: { access: "person:view" },
      schema: {
        summary: "The de-selection rules of SPEC 3.4 over every member on a date, and re-selection reviews of former members in custody: one row per member per rule, the same array as `waymark review --json` (a document, not paged). A reason resting on data you may not see is withheld whole. Logged naming everyone reviewed.",
        tags: ["panel"],
        params: codeParams,
        querystring: { type: "object", properties: { asOf: { type: "string", format: "date", description: "The review date (default: the partnership's today)." } } },
        response: { 200: arrayOf(reviewRow), ...problems }
      }
    },
    async (req) => {
      const actor = req.actor;
      const review = await app.services.panel.review(actor, { schemeCode: req.params.code, asOf: await dateOr(actor, req.query.asOf, "The as-of date", "asOf") });
      return app.services.panel.reviewJson(review);
    }
  );
  app.get(
    "/api/v1/schemes/:code/panel",
    {
      config: { access: "scheme:view" },
      schema: {
        summary: "A panel meeting's agenda by person: every item about them (proposals from the latest run, rules met, re-selection reviews, releases), the items still open, the comparison a member's review weighs, and the decisions recorded. The rows are those of `waymark panel agenda --json`. Logged naming everyone on it.",
        tags: ["panel"],
        params: codeParams,
        querystring: { type: "object", properties: { date: { type: "string", format: "date", description: "The meeting date (default: the partnership's today)." } } },
        response: { 200: agenda, ...problems }
      }
    },
    async (req) => {
      const actor = req.actor;
      const a = await app.services.panel.agenda(actor, { schemeCode: req.params.code, meetingDate: await dateOr(actor, req.query.date, "The meeting date", "date") });
      return {
        schemeCode: a.schemeCode,
        meetingDate: a.meetingDate,
        lastMeetingDate: a.lastMeetingDate,
        runId: a.runId,
        runAsOf: a.runAsOf,
        comparisonMargin: a.comparisonMargin,
        scoresWithheld: a.scoresWithheld,
        people: app.services.panel.agendaJson(a)
      };
    }
  );
  app.post(
    "/api/v1/schemes/:code/panel/decisions",
    {
      config: { access: "panel:decide" },
      schema: {
        summary: "Records the panel's one decision about a person at a meeting, answering the agenda items named, and makes its change to memberships (select starts one, deselect ends it with its reason and exit plan, tier_move moves it) in the same transaction.",
        description: "Nothing is chosen for the panel: the decision and the action are required. A restricted person is found only by the users named on them.",
        tags: ["panel"],
        params: codeParams,
        body: {
          type: "object",
          additionalProperties: false,
          required: ["date", "personRef", "items", "decision", "action", "reason"],
          properties: {
            date: { type: "string", format: "date", description: "The meeting date." },
            personRef: { type: "string", minLength: 1, maxLength: 100 },
            items: { type: "array", minItems: 1, maxItems: 50, items: { type: "string", minLength: 1, maxLength: 200 }, description: 'The agenda items the decision answers (the `pending` of the person on the agenda), e.g. ["proposal:select"].' },
            decision: { type: "string", enum: DECISIONS },
            action: { type: "string", enum: ACTIONS },
            reason: { type: "string", minLength: 1, maxLength: 4e3 },
            tierCode: { type: "string", maxLength: 20, description: "select and tier_move: the tier." },
            endReason: { type: "string", enum: END_REASONS.filter((r) => r !== "deceased"), description: "deselect: the de-selection reason." },
            exitPlan: { type: "string", maxLength: 4e3, description: "deselect: the lower tier or ongoing support that follows (required for deselect)." },
            transferToAreaCode: { type: "string", maxLength: 20, description: "deselect for a move: send a transfer notice to this area." },
            effectiveDate: { type: "string", format: "date", description: "When the change takes effect (default: the meeting date)." }
          }
        },
        response: { 201: decision, ...problems }
      }
    },
    async (req, reply) => {
      const b = req.body;
      const d = await app.services.panel.recordDecision(req.actor, {
        schemeCode: req.params.code,
        meetingDate: b.date,
        personRef: b.personRef,
        items: b.items,
        decision: b.decision,
        action: b.action,
        reason: b.reason,
        tierCode: b.tierCode ?? null,
        endReason: b.endReason ?? null,
        exitPlan: b.exitPlan ?? null,
        transferToAreaCode: b.transferToAreaCode ?? null,
        effectiveDate: b.effectiveDate
      });
      return reply.code(201).send(d);
    }
  );
}
export {
  registerPanelApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXBhbmVsLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgcmV2aWV3IHBhbmVsIGluIHRoZSBKU09OIEFQSSAoU1BFQyAzLjQpOiBhIHNjaGVtZSdzIHJldmlldyBvbiBhIGRhdGVcbi8vICh0aGUgc2l4IGRlLXNlbGVjdGlvbiBydWxlcyBhbmQgcmUtc2VsZWN0aW9uIHJldmlld3MsIHRoZSBzYW1lIGFycmF5IGFzXG4vLyBgd2F5bWFyayByZXZpZXcgLS1qc29uYCwgd2hvbGUpLCBhIG1lZXRpbmcncyBhZ2VuZGEgYnkgcGVyc29uIChhcyBgd2F5bWFya1xuLy8gcGFuZWwgYWdlbmRhIC0tanNvbmApLCBhbmQgb25lIGRlY2lzaW9uIHJlY29yZGVkIGZvciBhIHBlcnNvbiwgd2l0aCBpdHNcbi8vIGNoYW5nZSB0byBtZW1iZXJzaGlwcywgaW4gb25lIHRyYW5zYWN0aW9uLiBTYW1lIHNlcnZpY2UgZnVuY3Rpb25zLCBuZWVkIHRvXG4vLyBrbm93IGFuZCBhdWRpdCBhcyB0aGUgcGFuZWwgcGFnZSBhbmQgdGhlIENMSS5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlIH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgdHlwZSB7IEFjdG9yIH0gZnJvbSAnLi4vLi4vYWNjZXNzL2FjdG9yLmpzJztcbmltcG9ydCB0eXBlIHsgRW5kUmVhc29uLCBQYW5lbEFjdGlvbiwgUGFuZWxEZWNpc2lvbktpbmQgfSBmcm9tICcuLi8uLi9kYi9zY2hlbWEuanMnO1xuaW1wb3J0IHsgcmVxdWlyZUlzb0RhdGUgfSBmcm9tICcuLi8uLi9jYWxlbmRhci9kYXRlcy5qcyc7XG5pbXBvcnQgeyBwcm9ibGVtcyB9IGZyb20gJy4uL2FwaS1zY2hlbWFzLmpzJztcbmltcG9ydCB7IGFycmF5T2YsIGJvb2wsIGRhdGUsIGRhdGVOLCBpbnQsIGludE4sIG51bSwgbnVtTiwgb2JqLCBvck51bGwsIG91dHNjb3JlZEJ5UmVmLCBwcm9tcHQsIHJlYXNvbiwgc2Vuc2l0aXZlLCBzdHIsIHN0ck4sIHN0cmluZ3MgfSBmcm9tICcuLi9hcGktZG9jdW1lbnRzLmpzJztcblxuY29uc3QgcmV2aWV3Um93ID0gb2JqKHsgcGVyc29uUmVmOiBzdHIsIHJ1bGU6IHN0ciwgbWV0OiBib29sLCByZWFzb25zOiBhcnJheU9mKHJlYXNvbiksIHByb21wdHM6IGFycmF5T2YocHJvbXB0KSB9KTtcblxuY29uc3QgREVDSVNJT05TID0gWydhY2NlcHQnLCAncmVqZWN0JywgJ292ZXJyaWRlJ10gYXMgY29uc3Q7XG5jb25zdCBBQ1RJT05TID0gWydzZWxlY3QnLCAnZGVzZWxlY3QnLCAndGllcl9tb3ZlJywgJ25vbmUnXSBhcyBjb25zdDtcbmNvbnN0IEVORF9SRUFTT05TID0gWydzdG9wcGVkX29mZmVuZGluZycsICdtb3ZlZF9hcmVhJywgJ3NpZ25pZmljYW50X2N1c3RvZHknLCAncmVndWxhcl9yZXZpZXcnLCAndHdvX3llYXJzX29uX3NjaGVtZScsICdoaWdoX3Jpc2tfb2ZfaGFybScsICdkZWNlYXNlZCcsICdvdGhlciddIGFzIGNvbnN0O1xuXG5jb25zdCBhZ2VuZGFQZXJzb24gPSBvYmooe1xuICBwZXJzb25SZWY6IHN0cixcbiAgbWVtYmVyOiBib29sLFxuICBzY29yZTogbnVtTixcbiAgaXRlbXM6IGFycmF5T2Yob2JqKHsgaXRlbTogc3RyLCByZWFzb25zOiBzdHJpbmdzLCBwcm9tcHRzOiBzdHJpbmdzLCBkZWNpc2lvbklkOiBpbnROIH0pKSxcbiAgcGVuZGluZzogc3RyaW5ncyxcbiAgY29tcGFyaXNvbk1hcmdpbjogbnVtTixcbiAgb3V0c2NvcmVkQnk6IG9yTnVsbChvdXRzY29yZWRCeVJlZiksXG4gIGRlY2lzaW9uczogYXJyYXlPZihvYmooeyBpZDogaW50LCBpdGVtczogc3RyaW5ncywgZGVjaXNpb246IHsgdHlwZTogJ3N0cmluZycsIGVudW06IERFQ0lTSU9OUyB9LCBhY3Rpb246IHsgdHlwZTogJ3N0cmluZycsIGVudW06IEFDVElPTlMgfSwgcmVhc29uOiBzdHIsIGRlY2lkZWRCeTogc3RyIH0pKSxcbn0pO1xuXG5jb25zdCBhZ2VuZGEgPSBvYmooe1xuICBzY2hlbWVDb2RlOiBzdHIsXG4gIG1lZXRpbmdEYXRlOiBkYXRlLFxuICBsYXN0TWVldGluZ0RhdGU6IGRhdGVOLFxuICBydW5JZDogaW50TixcbiAgcnVuQXNPZjogZGF0ZU4sXG4gIGNvbXBhcmlzb25NYXJnaW46IG51bU4sXG4gIHNjb3Jlc1dpdGhoZWxkOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZW51bTogWy4uLnNlbnNpdGl2ZS5lbnVtLCBudWxsXSB9LFxuICBwZW9wbGU6IGFycmF5T2YoYWdlbmRhUGVyc29uKSxcbn0pO1xuXG5jb25zdCBkZWNpc2lvbiA9IG9iaih7XG4gIGlkOiBpbnQsXG4gIHBlcnNvbklkOiBpbnQsXG4gIHBlcnNvblJlZjogc3RyLFxuICBpdGVtOiBzdHIsXG4gIGl0ZW1zOiBzdHJpbmdzLFxuICBkZWNpc2lvbjogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogREVDSVNJT05TIH0sXG4gIGFjdGlvbjogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogQUNUSU9OUyB9LFxuICByZWFzb246IHN0cixcbiAgZW5kUmVhc29uOiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSwgZW51bTogWy4uLkVORF9SRUFTT05TLCBudWxsXSB9LFxuICBleGl0UGxhbjogc3RyTixcbiAgdGllckNvZGU6IHN0ck4sXG4gIHNjb3JlOiBudW1OLFxuICBkZWNpZGVkQnk6IHN0cixcbiAgZGVjaWRlZEF0OiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlLXRpbWUnIH0sXG59KTtcblxuY29uc3QgY29kZVBhcmFtcyA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2NvZGUnXSwgcHJvcGVydGllczogeyBjb2RlOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogMjAgfSB9IH0gYXMgY29uc3Q7XG5cbmludGVyZmFjZSBEZWNpc2lvbkJvZHkge1xuICBkYXRlOiBzdHJpbmc7XG4gIHBlcnNvblJlZjogc3RyaW5nO1xuICBpdGVtczogc3RyaW5nW107XG4gIGRlY2lzaW9uOiBQYW5lbERlY2lzaW9uS2luZDtcbiAgYWN0aW9uOiBQYW5lbEFjdGlvbjtcbiAgcmVhc29uOiBzdHJpbmc7XG4gIHRpZXJDb2RlPzogc3RyaW5nO1xuICBlbmRSZWFzb24/OiBFbmRSZWFzb247XG4gIGV4aXRQbGFuPzogc3RyaW5nO1xuICB0cmFuc2ZlclRvQXJlYUNvZGU/OiBzdHJpbmc7XG4gIGVmZmVjdGl2ZURhdGU/OiBzdHJpbmc7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlclBhbmVsQXBpUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGNvbnN0IGRhdGVPciA9IGFzeW5jIChhY3RvcjogQWN0b3IsIHJhdzogc3RyaW5nIHwgdW5kZWZpbmVkLCB3aGF0OiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcpID0+IChyYXcgPyByZXF1aXJlSXNvRGF0ZShyYXcsIHdoYXQsIGZpZWxkKSA6IGFwcC5zZXJ2aWNlcy5wYXJ0bmVyc2hpcHMudG9kYXkoYWN0b3IpKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGNvZGU6IHN0cmluZyB9OyBRdWVyeXN0cmluZzogeyBhc09mPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvc2NoZW1lcy86Y29kZS9yZXZpZXcnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJzb246dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIlRoZSBkZS1zZWxlY3Rpb24gcnVsZXMgb2YgU1BFQyAzLjQgb3ZlciBldmVyeSBtZW1iZXIgb24gYSBkYXRlLCBhbmQgcmUtc2VsZWN0aW9uIHJldmlld3Mgb2YgZm9ybWVyIG1lbWJlcnMgaW4gY3VzdG9keTogb25lIHJvdyBwZXIgbWVtYmVyIHBlciBydWxlLCB0aGUgc2FtZSBhcnJheSBhcyBgd2F5bWFyayByZXZpZXcgLS1qc29uYCAoYSBkb2N1bWVudCwgbm90IHBhZ2VkKS4gQSByZWFzb24gcmVzdGluZyBvbiBkYXRhIHlvdSBtYXkgbm90IHNlZSBpcyB3aXRoaGVsZCB3aG9sZS4gTG9nZ2VkIG5hbWluZyBldmVyeW9uZSByZXZpZXdlZC5cIixcbiAgICAgICAgdGFnczogWydwYW5lbCddLFxuICAgICAgICBwYXJhbXM6IGNvZGVQYXJhbXMsXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzOiB7IGFzT2Y6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnLCBkZXNjcmlwdGlvbjogXCJUaGUgcmV2aWV3IGRhdGUgKGRlZmF1bHQ6IHRoZSBwYXJ0bmVyc2hpcCdzIHRvZGF5KS5cIiB9IH0gfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiBhcnJheU9mKHJldmlld1JvdyksIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3QgYWN0b3IgPSByZXEuYWN0b3IhO1xuICAgICAgY29uc3QgcmV2aWV3ID0gYXdhaXQgYXBwLnNlcnZpY2VzLnBhbmVsLnJldmlldyhhY3RvciwgeyBzY2hlbWVDb2RlOiByZXEucGFyYW1zLmNvZGUsIGFzT2Y6IGF3YWl0IGRhdGVPcihhY3RvciwgcmVxLnF1ZXJ5LmFzT2YsICdUaGUgYXMtb2YgZGF0ZScsICdhc09mJykgfSk7XG4gICAgICByZXR1cm4gYXBwLnNlcnZpY2VzLnBhbmVsLnJldmlld0pzb24ocmV2aWV3KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgY29kZTogc3RyaW5nIH07IFF1ZXJ5c3RyaW5nOiB7IGRhdGU/OiBzdHJpbmcgfSB9PihcbiAgICAnL2FwaS92MS9zY2hlbWVzLzpjb2RlL3BhbmVsJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2NoZW1lOnZpZXcnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJBIHBhbmVsIG1lZXRpbmcncyBhZ2VuZGEgYnkgcGVyc29uOiBldmVyeSBpdGVtIGFib3V0IHRoZW0gKHByb3Bvc2FscyBmcm9tIHRoZSBsYXRlc3QgcnVuLCBydWxlcyBtZXQsIHJlLXNlbGVjdGlvbiByZXZpZXdzLCByZWxlYXNlcyksIHRoZSBpdGVtcyBzdGlsbCBvcGVuLCB0aGUgY29tcGFyaXNvbiBhIG1lbWJlcidzIHJldmlldyB3ZWlnaHMsIGFuZCB0aGUgZGVjaXNpb25zIHJlY29yZGVkLiBUaGUgcm93cyBhcmUgdGhvc2Ugb2YgYHdheW1hcmsgcGFuZWwgYWdlbmRhIC0tanNvbmAuIExvZ2dlZCBuYW1pbmcgZXZlcnlvbmUgb24gaXQuXCIsXG4gICAgICAgIHRhZ3M6IFsncGFuZWwnXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJywgZGVzY3JpcHRpb246IFwiVGhlIG1lZXRpbmcgZGF0ZSAoZGVmYXVsdDogdGhlIHBhcnRuZXJzaGlwJ3MgdG9kYXkpLlwiIH0gfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IGFnZW5kYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBhY3RvciA9IHJlcS5hY3RvciE7XG4gICAgICBjb25zdCBhID0gYXdhaXQgYXBwLnNlcnZpY2VzLnBhbmVsLmFnZW5kYShhY3RvciwgeyBzY2hlbWVDb2RlOiByZXEucGFyYW1zLmNvZGUsIG1lZXRpbmdEYXRlOiBhd2FpdCBkYXRlT3IoYWN0b3IsIHJlcS5xdWVyeS5kYXRlLCAnVGhlIG1lZXRpbmcgZGF0ZScsICdkYXRlJykgfSk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBzY2hlbWVDb2RlOiBhLnNjaGVtZUNvZGUsXG4gICAgICAgIG1lZXRpbmdEYXRlOiBhLm1lZXRpbmdEYXRlLFxuICAgICAgICBsYXN0TWVldGluZ0RhdGU6IGEubGFzdE1lZXRpbmdEYXRlLFxuICAgICAgICBydW5JZDogYS5ydW5JZCxcbiAgICAgICAgcnVuQXNPZjogYS5ydW5Bc09mLFxuICAgICAgICBjb21wYXJpc29uTWFyZ2luOiBhLmNvbXBhcmlzb25NYXJnaW4sXG4gICAgICAgIHNjb3Jlc1dpdGhoZWxkOiBhLnNjb3Jlc1dpdGhoZWxkLFxuICAgICAgICBwZW9wbGU6IGFwcC5zZXJ2aWNlcy5wYW5lbC5hZ2VuZGFKc29uKGEpLFxuICAgICAgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGNvZGU6IHN0cmluZyB9OyBCb2R5OiBEZWNpc2lvbkJvZHkgfT4oXG4gICAgJy9hcGkvdjEvc2NoZW1lcy86Y29kZS9wYW5lbC9kZWNpc2lvbnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwYW5lbDpkZWNpZGUnIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJSZWNvcmRzIHRoZSBwYW5lbCdzIG9uZSBkZWNpc2lvbiBhYm91dCBhIHBlcnNvbiBhdCBhIG1lZXRpbmcsIGFuc3dlcmluZyB0aGUgYWdlbmRhIGl0ZW1zIG5hbWVkLCBhbmQgbWFrZXMgaXRzIGNoYW5nZSB0byBtZW1iZXJzaGlwcyAoc2VsZWN0IHN0YXJ0cyBvbmUsIGRlc2VsZWN0IGVuZHMgaXQgd2l0aCBpdHMgcmVhc29uIGFuZCBleGl0IHBsYW4sIHRpZXJfbW92ZSBtb3ZlcyBpdCkgaW4gdGhlIHNhbWUgdHJhbnNhY3Rpb24uXCIsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnTm90aGluZyBpcyBjaG9zZW4gZm9yIHRoZSBwYW5lbDogdGhlIGRlY2lzaW9uIGFuZCB0aGUgYWN0aW9uIGFyZSByZXF1aXJlZC4gQSByZXN0cmljdGVkIHBlcnNvbiBpcyBmb3VuZCBvbmx5IGJ5IHRoZSB1c2VycyBuYW1lZCBvbiB0aGVtLicsXG4gICAgICAgIHRhZ3M6IFsncGFuZWwnXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ2RhdGUnLCAncGVyc29uUmVmJywgJ2l0ZW1zJywgJ2RlY2lzaW9uJywgJ2FjdGlvbicsICdyZWFzb24nXSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICBkYXRlOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJywgZGVzY3JpcHRpb246ICdUaGUgbWVldGluZyBkYXRlLicgfSxcbiAgICAgICAgICAgIHBlcnNvblJlZjogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxLCBtYXhMZW5ndGg6IDEwMCB9LFxuICAgICAgICAgICAgaXRlbXM6IHsgdHlwZTogJ2FycmF5JywgbWluSXRlbXM6IDEsIG1heEl0ZW1zOiA1MCwgaXRlbXM6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAyMDAgfSwgZGVzY3JpcHRpb246ICdUaGUgYWdlbmRhIGl0ZW1zIHRoZSBkZWNpc2lvbiBhbnN3ZXJzICh0aGUgYHBlbmRpbmdgIG9mIHRoZSBwZXJzb24gb24gdGhlIGFnZW5kYSksIGUuZy4gW1wicHJvcG9zYWw6c2VsZWN0XCJdLicgfSxcbiAgICAgICAgICAgIGRlY2lzaW9uOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBERUNJU0lPTlMgfSxcbiAgICAgICAgICAgIGFjdGlvbjogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogQUNUSU9OUyB9LFxuICAgICAgICAgICAgcmVhc29uOiB7IHR5cGU6ICdzdHJpbmcnLCBtaW5MZW5ndGg6IDEsIG1heExlbmd0aDogNDAwMCB9LFxuICAgICAgICAgICAgdGllckNvZGU6IHsgdHlwZTogJ3N0cmluZycsIG1heExlbmd0aDogMjAsIGRlc2NyaXB0aW9uOiAnc2VsZWN0IGFuZCB0aWVyX21vdmU6IHRoZSB0aWVyLicgfSxcbiAgICAgICAgICAgIGVuZFJlYXNvbjogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogRU5EX1JFQVNPTlMuZmlsdGVyKChyKSA9PiByICE9PSAnZGVjZWFzZWQnKSwgZGVzY3JpcHRpb246ICdkZXNlbGVjdDogdGhlIGRlLXNlbGVjdGlvbiByZWFzb24uJyB9LFxuICAgICAgICAgICAgZXhpdFBsYW46IHsgdHlwZTogJ3N0cmluZycsIG1heExlbmd0aDogNDAwMCwgZGVzY3JpcHRpb246ICdkZXNlbGVjdDogdGhlIGxvd2VyIHRpZXIgb3Igb25nb2luZyBzdXBwb3J0IHRoYXQgZm9sbG93cyAocmVxdWlyZWQgZm9yIGRlc2VsZWN0KS4nIH0sXG4gICAgICAgICAgICB0cmFuc2ZlclRvQXJlYUNvZGU6IHsgdHlwZTogJ3N0cmluZycsIG1heExlbmd0aDogMjAsIGRlc2NyaXB0aW9uOiAnZGVzZWxlY3QgZm9yIGEgbW92ZTogc2VuZCBhIHRyYW5zZmVyIG5vdGljZSB0byB0aGlzIGFyZWEuJyB9LFxuICAgICAgICAgICAgZWZmZWN0aXZlRGF0ZTogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScsIGRlc2NyaXB0aW9uOiAnV2hlbiB0aGUgY2hhbmdlIHRha2VzIGVmZmVjdCAoZGVmYXVsdDogdGhlIG1lZXRpbmcgZGF0ZSkuJyB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMTogZGVjaXNpb24sIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGIgPSByZXEuYm9keTtcbiAgICAgIGNvbnN0IGQgPSBhd2FpdCBhcHAuc2VydmljZXMucGFuZWwucmVjb3JkRGVjaXNpb24ocmVxLmFjdG9yISwge1xuICAgICAgICBzY2hlbWVDb2RlOiByZXEucGFyYW1zLmNvZGUsXG4gICAgICAgIG1lZXRpbmdEYXRlOiBiLmRhdGUsXG4gICAgICAgIHBlcnNvblJlZjogYi5wZXJzb25SZWYsXG4gICAgICAgIGl0ZW1zOiBiLml0ZW1zLFxuICAgICAgICBkZWNpc2lvbjogYi5kZWNpc2lvbixcbiAgICAgICAgYWN0aW9uOiBiLmFjdGlvbixcbiAgICAgICAgcmVhc29uOiBiLnJlYXNvbixcbiAgICAgICAgdGllckNvZGU6IGIudGllckNvZGUgPz8gbnVsbCxcbiAgICAgICAgZW5kUmVhc29uOiBiLmVuZFJlYXNvbiA/PyBudWxsLFxuICAgICAgICBleGl0UGxhbjogYi5leGl0UGxhbiA/PyBudWxsLFxuICAgICAgICB0cmFuc2ZlclRvQXJlYUNvZGU6IGIudHJhbnNmZXJUb0FyZWFDb2RlID8/IG51bGwsXG4gICAgICAgIGVmZmVjdGl2ZURhdGU6IGIuZWZmZWN0aXZlRGF0ZSxcbiAgICAgIH0pO1xuICAgICAgcmV0dXJuIHJlcGx5LmNvZGUoMjAxKS5zZW5kKGQpO1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFTQSxTQUFTLHNCQUFzQjtBQUMvQixTQUFTLGdCQUFnQjtBQUN6QixTQUFTLFNBQVMsTUFBTSxNQUFNLE9BQU8sS0FBSyxNQUFXLE1BQU0sS0FBSyxRQUFRLGdCQUFnQixRQUFRLFFBQVEsV0FBVyxLQUFLLE1BQU0sZUFBZTtBQUU3SSxNQUFNLFlBQVksSUFBSSxFQUFFLFdBQVcsS0FBSyxNQUFNLEtBQUssS0FBSyxNQUFNLFNBQVMsUUFBUSxNQUFNLEdBQUcsU0FBUyxRQUFRLE1BQU0sRUFBRSxDQUFDO0FBRWxILE1BQU0sWUFBWSxDQUFDLFVBQVUsVUFBVSxVQUFVO0FBQ2pELE1BQU0sVUFBVSxDQUFDLFVBQVUsWUFBWSxhQUFhLE1BQU07QUFDMUQsTUFBTSxjQUFjLENBQUMscUJBQXFCLGNBQWMsdUJBQXVCLGtCQUFrQix1QkFBdUIscUJBQXFCLFlBQVksT0FBTztBQUVoSyxNQUFNLGVBQWUsSUFBSTtBQUFBLEVBQ3ZCLFdBQVc7QUFBQSxFQUNYLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLE9BQU8sUUFBUSxJQUFJLEVBQUUsTUFBTSxLQUFLLFNBQVMsU0FBUyxTQUFTLFNBQVMsWUFBWSxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ3ZGLFNBQVM7QUFBQSxFQUNULGtCQUFrQjtBQUFBLEVBQ2xCLGFBQWEsT0FBTyxjQUFjO0FBQUEsRUFDbEMsV0FBVyxRQUFRLElBQUksRUFBRSxJQUFJLEtBQUssT0FBTyxTQUFTLFVBQVUsRUFBRSxNQUFNLFVBQVUsTUFBTSxVQUFVLEdBQUcsUUFBUSxFQUFFLE1BQU0sVUFBVSxNQUFNLFFBQVEsR0FBRyxRQUFRLEtBQUssV0FBVyxJQUFJLENBQUMsQ0FBQztBQUM1SyxDQUFDO0FBRUQsTUFBTSxTQUFTLElBQUk7QUFBQSxFQUNqQixZQUFZO0FBQUEsRUFDWixhQUFhO0FBQUEsRUFDYixpQkFBaUI7QUFBQSxFQUNqQixPQUFPO0FBQUEsRUFDUCxTQUFTO0FBQUEsRUFDVCxrQkFBa0I7QUFBQSxFQUNsQixnQkFBZ0IsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsTUFBTSxDQUFDLEdBQUcsVUFBVSxNQUFNLElBQUksRUFBRTtBQUFBLEVBQzVFLFFBQVEsUUFBUSxZQUFZO0FBQzlCLENBQUM7QUFFRCxNQUFNLFdBQVcsSUFBSTtBQUFBLEVBQ25CLElBQUk7QUFBQSxFQUNKLFVBQVU7QUFBQSxFQUNWLFdBQVc7QUFBQSxFQUNYLE1BQU07QUFBQSxFQUNOLE9BQU87QUFBQSxFQUNQLFVBQVUsRUFBRSxNQUFNLFVBQVUsTUFBTSxVQUFVO0FBQUEsRUFDNUMsUUFBUSxFQUFFLE1BQU0sVUFBVSxNQUFNLFFBQVE7QUFBQSxFQUN4QyxRQUFRO0FBQUEsRUFDUixXQUFXLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxHQUFHLE1BQU0sQ0FBQyxHQUFHLGFBQWEsSUFBSSxFQUFFO0FBQUEsRUFDcEUsVUFBVTtBQUFBLEVBQ1YsVUFBVTtBQUFBLEVBQ1YsT0FBTztBQUFBLEVBQ1AsV0FBVztBQUFBLEVBQ1gsV0FBVyxFQUFFLE1BQU0sVUFBVSxRQUFRLFlBQVk7QUFDbkQsQ0FBQztBQUVELE1BQU0sYUFBYSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLEdBQUcsRUFBRSxFQUFFO0FBZ0J4SCxTQUFTLHVCQUF1QixLQUE0QjtBQUNqRSxRQUFNLFNBQVMsT0FBTyxPQUFjLEtBQXlCLE1BQWMsVUFBbUIsTUFBTSxlQUFlLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxTQUFTLGFBQWEsTUFBTSxLQUFLO0FBRTVLLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsY0FBYztBQUFBLE1BQ2hDLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULE1BQU0sQ0FBQyxPQUFPO0FBQUEsUUFDZCxRQUFRO0FBQUEsUUFDUixhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsUUFBUSxhQUFhLHNEQUFzRCxFQUFFLEVBQUU7QUFBQSxRQUM1SixVQUFVLEVBQUUsS0FBSyxRQUFRLFNBQVMsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUNuRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxJQUFJO0FBQ2xCLFlBQU0sU0FBUyxNQUFNLElBQUksU0FBUyxNQUFNLE9BQU8sT0FBTyxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sTUFBTSxNQUFNLE9BQU8sT0FBTyxJQUFJLE1BQU0sTUFBTSxrQkFBa0IsTUFBTSxFQUFFLENBQUM7QUFDMUosYUFBTyxJQUFJLFNBQVMsTUFBTSxXQUFXLE1BQU07QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGNBQWM7QUFBQSxNQUNoQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsYUFBYSxFQUFFLE1BQU0sVUFBVSxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLFFBQVEsYUFBYSx1REFBdUQsRUFBRSxFQUFFO0FBQUEsUUFDN0osVUFBVSxFQUFFLEtBQUssUUFBUSxHQUFHLFNBQVM7QUFBQSxNQUN2QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sUUFBUSxJQUFJO0FBQ2xCLFlBQU0sSUFBSSxNQUFNLElBQUksU0FBUyxNQUFNLE9BQU8sT0FBTyxFQUFFLFlBQVksSUFBSSxPQUFPLE1BQU0sYUFBYSxNQUFNLE9BQU8sT0FBTyxJQUFJLE1BQU0sTUFBTSxvQkFBb0IsTUFBTSxFQUFFLENBQUM7QUFDOUosYUFBTztBQUFBLFFBQ0wsWUFBWSxFQUFFO0FBQUEsUUFDZCxhQUFhLEVBQUU7QUFBQSxRQUNmLGlCQUFpQixFQUFFO0FBQUEsUUFDbkIsT0FBTyxFQUFFO0FBQUEsUUFDVCxTQUFTLEVBQUU7QUFBQSxRQUNYLGtCQUFrQixFQUFFO0FBQUEsUUFDcEIsZ0JBQWdCLEVBQUU7QUFBQSxRQUNsQixRQUFRLElBQUksU0FBUyxNQUFNLFdBQVcsQ0FBQztBQUFBLE1BQ3pDO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxNQUFJO0FBQUEsSUFDRjtBQUFBLElBQ0E7QUFBQSxNQUNFLFFBQVEsRUFBRSxRQUFRLGVBQWU7QUFBQSxNQUNqQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUFhO0FBQUEsUUFDYixNQUFNLENBQUMsT0FBTztBQUFBLFFBQ2QsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFVBQ0osTUFBTTtBQUFBLFVBQ04sc0JBQXNCO0FBQUEsVUFDdEIsVUFBVSxDQUFDLFFBQVEsYUFBYSxTQUFTLFlBQVksVUFBVSxRQUFRO0FBQUEsVUFDdkUsWUFBWTtBQUFBLFlBQ1YsTUFBTSxFQUFFLE1BQU0sVUFBVSxRQUFRLFFBQVEsYUFBYSxvQkFBb0I7QUFBQSxZQUN6RSxXQUFXLEVBQUUsTUFBTSxVQUFVLFdBQVcsR0FBRyxXQUFXLElBQUk7QUFBQSxZQUMxRCxPQUFPLEVBQUUsTUFBTSxTQUFTLFVBQVUsR0FBRyxVQUFVLElBQUksT0FBTyxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxJQUFJLEdBQUcsYUFBYSwrR0FBK0c7QUFBQSxZQUN4TyxVQUFVLEVBQUUsTUFBTSxVQUFVLE1BQU0sVUFBVTtBQUFBLFlBQzVDLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxRQUFRO0FBQUEsWUFDeEMsUUFBUSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxJQUFLO0FBQUEsWUFDeEQsVUFBVSxFQUFFLE1BQU0sVUFBVSxXQUFXLElBQUksYUFBYSxrQ0FBa0M7QUFBQSxZQUMxRixXQUFXLEVBQUUsTUFBTSxVQUFVLE1BQU0sWUFBWSxPQUFPLENBQUMsTUFBTSxNQUFNLFVBQVUsR0FBRyxhQUFhLHFDQUFxQztBQUFBLFlBQ2xJLFVBQVUsRUFBRSxNQUFNLFVBQVUsV0FBVyxLQUFNLGFBQWEsb0ZBQW9GO0FBQUEsWUFDOUksb0JBQW9CLEVBQUUsTUFBTSxVQUFVLFdBQVcsSUFBSSxhQUFhLDREQUE0RDtBQUFBLFlBQzlILGVBQWUsRUFBRSxNQUFNLFVBQVUsUUFBUSxRQUFRLGFBQWEsNERBQTREO0FBQUEsVUFDNUg7QUFBQSxRQUNGO0FBQUEsUUFDQSxVQUFVLEVBQUUsS0FBSyxVQUFVLEdBQUcsU0FBUztBQUFBLE1BQ3pDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLElBQUk7QUFDZCxZQUFNLElBQUksTUFBTSxJQUFJLFNBQVMsTUFBTSxlQUFlLElBQUksT0FBUTtBQUFBLFFBQzVELFlBQVksSUFBSSxPQUFPO0FBQUEsUUFDdkIsYUFBYSxFQUFFO0FBQUEsUUFDZixXQUFXLEVBQUU7QUFBQSxRQUNiLE9BQU8sRUFBRTtBQUFBLFFBQ1QsVUFBVSxFQUFFO0FBQUEsUUFDWixRQUFRLEVBQUU7QUFBQSxRQUNWLFFBQVEsRUFBRTtBQUFBLFFBQ1YsVUFBVSxFQUFFLFlBQVk7QUFBQSxRQUN4QixXQUFXLEVBQUUsYUFBYTtBQUFBLFFBQzFCLFVBQVUsRUFBRSxZQUFZO0FBQUEsUUFDeEIsb0JBQW9CLEVBQUUsc0JBQXNCO0FBQUEsUUFDNUMsZUFBZSxFQUFFO0FBQUEsTUFDbkIsQ0FBQztBQUNELGFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLENBQUM7QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
