import { pageQueryProperties, pageSchema, problems } from "../api-schemas.js";
import { sendEtag } from "../etag.js";
import { arrayOf, bool, date, dateTimeN, int, intN, num, numN, obj, orNull, outscoredBy, outscoredByRef, sensitive, str, strN, strings, dateTime } from "../api-documents.js";
const proposal = { type: ["string", "null"], enum: ["select", "deselect", null] };
const runListing = obj({ runId: int, asOf: date, matrixVersion: int, poolSize: int, members: int, capacity: intN, createdAt: dateTime, createdBy: str });
const groupRate = obj({ group: str, pool: int, selected: int, rate: num, ratioToOverall: numN, ratioToReference: numN });
const summary = obj(
  {
    proposals: obj(
      { capacity: intN, members: int, lowestMemberScore: numN, selections: int, deselections: int, freePlacesAfter: intN, comparisons: int },
      ["comparisons"]
    ),
    disproportionality: obj({
      asOf: date,
      pool: int,
      selected: int,
      overallRate: num,
      dimensions: arrayOf(obj({ dimension: { type: "string", enum: ["ethnicity", "sex", "age_band"] }, reference: strN, groups: arrayOf(groupRate) }))
    }),
    balance: obj({
      members: int,
      inCustody: int,
      inCommunity: int,
      custodyOver12Months: int,
      custodyUnder12Months: int,
      custodyOther: int,
      byArea: arrayOf(obj({ areaCode: str, members: int }))
    }),
    areaCodes: strings
  },
  // Runs stored before the balance and the scheme's areas were kept have neither.
  ["balance", "areaCodes"]
);
const runHead = {
  runId: intN,
  schemeCode: str,
  asOf: date,
  matrixVersion: int,
  offenceReferenceVersion: intN,
  createdAt: dateTimeN,
  createdBy: strN,
  poolSize: int,
  members: int,
  capacity: intN,
  summary,
  comparisonMargin: num,
  comparisons: arrayOf(obj({ personId: int, personRef: str, score: num, outscoredBy })),
  scoresWithheld: { type: ["string", "null"], enum: [...sensitive.enum, null], description: "Why the scores, ranks and order are withheld from you (the matrix weighs data you may not see), or null. Then the rows are in person-reference order." }
};
const selectRow = obj({
  personRef: str,
  rank: intN,
  score: numN,
  member: bool,
  proposal,
  criteria: arrayOf(obj({ name: str, value: { type: ["number", "boolean", "null"] }, weight: num, contribution: numN })),
  inPool: bool,
  aboveLowestMember: { type: ["boolean", "null"] },
  priority: bool,
  proposalReasons: strings,
  comparisonMargin: num,
  outscoredBy: orNull(outscoredByRef)
});
const runDocument = obj({ ...runHead, rows: arrayOf(selectRow) });
const runHeadSchema = obj(runHead);
const side = orNull(obj({ rank: intN, score: numN, proposal }));
const comparison = obj({
  a: runHeadSchema,
  b: runHeadSchema,
  rows: arrayOf(obj({ personId: int, personRef: str, a: side, b: side, rankChange: intN, member: bool }))
});
const codeParams = { type: "object", required: ["code"], properties: { code: { type: "string", minLength: 1, maxLength: 20 } } };
const id = { type: "integer", minimum: 1, maximum: 2147483647 };
function registerSelectionApiRoutes(app) {
  const selection = app.services.selection;
  app.get(
    "/api/v1/schemes/:code/selection-runs",
    {
      config: { access: "selection:run" },
      schema: {
        summary: "A scheme's stored selection runs, newest first.",
        tags: ["selection"],
        params: codeParams,
        querystring: { type: "object", properties: pageQueryProperties },
        response: { 200: pageSchema("runs", runListing), ...problems }
      }
    },
    async (req) => {
      const page = await selection.runsPage(req.actor, { schemeCode: req.params.code, cursor: req.query.cursor, limit: req.query.limit });
      return { runs: page.items, next: page.next };
    }
  );
  app.post(
    "/api/v1/schemes/:code/selection-runs",
    {
      config: { access: "selection:run" },
      schema: {
        summary: "Runs the selection matrix over the pool on a date (a past date shows what the matrix would have chosen), and stores the run. Answers with its head; read its rows at the Location.",
        tags: ["selection"],
        params: codeParams,
        body: {
          type: "object",
          required: ["asOf"],
          additionalProperties: false,
          properties: { asOf: { type: "string", format: "date" }, matrixVersion: { type: "integer", minimum: 1, description: "Default: the latest version." } }
        },
        response: { 201: runHeadSchema, ...problems }
      }
    },
    async (req, reply) => {
      const started = await selection.runSelection(req.actor, { schemeCode: req.params.code, asOf: req.body.asOf, matrixVersion: req.body.matrixVersion, results: false });
      const { rows: _rows, ...head } = await selection.runDocument(req.actor, { runId: started.runId });
      reply.code(201).header("location", `/api/v1/selection-runs/${head.runId}`);
      sendEtag(reply, "selection_run", head.runId, 1);
      return head;
    }
  );
  app.get(
    "/api/v1/selection-runs/:id",
    {
      config: { access: "selection:run" },
      schema: {
        summary: "A stored run, whole: its head and every row as `waymark select --json` prints them (a document, not paged). The read is logged naming everyone in it.",
        tags: ["selection"],
        params: { type: "object", required: ["id"], properties: { id } },
        response: { 200: runDocument, ...problems }
      }
    },
    async (req, reply) => {
      const doc = await selection.runDocument(req.actor, { runId: req.params.id });
      sendEtag(reply, "selection_run", req.params.id, 1);
      return doc;
    }
  );
  app.get(
    "/api/v1/selection-runs/:id/compare/:otherId",
    {
      config: { access: "selection:run" },
      schema: {
        summary: "Two stored runs side by side: each person\u2019s rank, score and proposal in each, and the change of rank (best rank first; by person reference when either run\u2019s scores are withheld from you).",
        tags: ["selection"],
        params: { type: "object", required: ["id", "otherId"], properties: { id, otherId: id } },
        response: { 200: comparison, ...problems }
      }
    },
    async (req) => selection.compareRuns(req.actor, { runA: req.params.id, runB: req.params.otherId })
  );
}
export {
  registerSelectionApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLXNlbGVjdGlvbi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gU2VsZWN0aW9uIHJ1bnMgaW4gdGhlIEpTT04gQVBJIChTUEVDIDMuMyk6IGEgc2NoZW1lJ3Mgc3RvcmVkIHJ1bnMgYSBwYWdlIGF0XG4vLyBhIHRpbWUsIHN0YXJ0aW5nIGEgcnVuLCBhIHJ1biB3aG9sZSAoaXRzIGhlYWQsIGFuZCBldmVyeSByb3cgYXMgYHdheW1hcmtcbi8vIHNlbGVjdCAtLWpzb25gIHByaW50cyB0aGVtKSwgYW5kIHR3byBydW5zIGNvbXBhcmVkLiBUaGUgc2FtZSBzZXJ2aWNlXG4vLyBmdW5jdGlvbnMgYXMgdGhlIHNlbGVjdGlvbiBwYWdlcyBhbmQgdGhlIENMSTsgYSB2aWV3ZXIgZnJvbSB3aG9tIHRoZVxuLy8gbWF0cml4J3MgZGF0YSBpcyB3aXRoaGVsZCBnZXRzIG5vIHNjb3JlcywgcmFua3Mgb3Igb3JkZXIgKHdpdGhob2xkLnRzKSwgYW5kXG4vLyByZXN0cmljdGVkIHBlb3BsZSB0aGV5IGFyZSBub3QgbmFtZWQgb24gYXJlIGFic2VudC4gUmVhZHMgYXJlIGxvZ2dlZCBhcyBvbiB0aGUgd2ViLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IHBhZ2VRdWVyeVByb3BlcnRpZXMsIHBhZ2VTY2hlbWEsIHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgc2VuZEV0YWcgfSBmcm9tICcuLi9ldGFnLmpzJztcbmltcG9ydCB7IGFycmF5T2YsIGJvb2wsIGRhdGUsIGRhdGVUaW1lTiwgaW50LCBpbnROLCBudW0sIG51bU4sIG9iaiwgb3JOdWxsLCBvdXRzY29yZWRCeSwgb3V0c2NvcmVkQnlSZWYsIHNlbnNpdGl2ZSwgc3RyLCBzdHJOLCBzdHJpbmdzLCBkYXRlVGltZSB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuXG5jb25zdCBwcm9wb3NhbCA9IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBlbnVtOiBbJ3NlbGVjdCcsICdkZXNlbGVjdCcsIG51bGxdIH0gYXMgY29uc3Q7XG5cbmNvbnN0IHJ1bkxpc3RpbmcgPSBvYmooeyBydW5JZDogaW50LCBhc09mOiBkYXRlLCBtYXRyaXhWZXJzaW9uOiBpbnQsIHBvb2xTaXplOiBpbnQsIG1lbWJlcnM6IGludCwgY2FwYWNpdHk6IGludE4sIGNyZWF0ZWRBdDogZGF0ZVRpbWUsIGNyZWF0ZWRCeTogc3RyIH0pO1xuXG5jb25zdCBncm91cFJhdGUgPSBvYmooeyBncm91cDogc3RyLCBwb29sOiBpbnQsIHNlbGVjdGVkOiBpbnQsIHJhdGU6IG51bSwgcmF0aW9Ub092ZXJhbGw6IG51bU4sIHJhdGlvVG9SZWZlcmVuY2U6IG51bU4gfSk7XG5jb25zdCBzdW1tYXJ5ID0gb2JqKFxuICB7XG4gICAgcHJvcG9zYWxzOiBvYmooXG4gICAgICB7IGNhcGFjaXR5OiBpbnROLCBtZW1iZXJzOiBpbnQsIGxvd2VzdE1lbWJlclNjb3JlOiBudW1OLCBzZWxlY3Rpb25zOiBpbnQsIGRlc2VsZWN0aW9uczogaW50LCBmcmVlUGxhY2VzQWZ0ZXI6IGludE4sIGNvbXBhcmlzb25zOiBpbnQgfSxcbiAgICAgIFsnY29tcGFyaXNvbnMnXSxcbiAgICApLFxuICAgIGRpc3Byb3BvcnRpb25hbGl0eTogb2JqKHtcbiAgICAgIGFzT2Y6IGRhdGUsXG4gICAgICBwb29sOiBpbnQsXG4gICAgICBzZWxlY3RlZDogaW50LFxuICAgICAgb3ZlcmFsbFJhdGU6IG51bSxcbiAgICAgIGRpbWVuc2lvbnM6IGFycmF5T2Yob2JqKHsgZGltZW5zaW9uOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2V0aG5pY2l0eScsICdzZXgnLCAnYWdlX2JhbmQnXSB9LCByZWZlcmVuY2U6IHN0ck4sIGdyb3VwczogYXJyYXlPZihncm91cFJhdGUpIH0pKSxcbiAgICB9KSxcbiAgICBiYWxhbmNlOiBvYmooe1xuICAgICAgbWVtYmVyczogaW50LFxuICAgICAgaW5DdXN0b2R5OiBpbnQsXG4gICAgICBpbkNvbW11bml0eTogaW50LFxuICAgICAgY3VzdG9keU92ZXIxMk1vbnRoczogaW50LFxuICAgICAgY3VzdG9keVVuZGVyMTJNb250aHM6IGludCxcbiAgICAgIGN1c3RvZHlPdGhlcjogaW50LFxuICAgICAgYnlBcmVhOiBhcnJheU9mKG9iaih7IGFyZWFDb2RlOiBzdHIsIG1lbWJlcnM6IGludCB9KSksXG4gICAgfSksXG4gICAgYXJlYUNvZGVzOiBzdHJpbmdzLFxuICB9LFxuICAvLyBSdW5zIHN0b3JlZCBiZWZvcmUgdGhlIGJhbGFuY2UgYW5kIHRoZSBzY2hlbWUncyBhcmVhcyB3ZXJlIGtlcHQgaGF2ZSBuZWl0aGVyLlxuICBbJ2JhbGFuY2UnLCAnYXJlYUNvZGVzJ10sXG4pO1xuXG4vKiogQSBydW4gd2l0aG91dCBpdHMgcm93czogd2hhdCBpdCB3YXMsIGl0cyBzdW1tYXJ5LCBhbmQgd2hhdCBpcyB3aXRoaGVsZCBmcm9tIHRoaXMgY2FsbGVyLiAqL1xuY29uc3QgcnVuSGVhZCA9IHtcbiAgcnVuSWQ6IGludE4sXG4gIHNjaGVtZUNvZGU6IHN0cixcbiAgYXNPZjogZGF0ZSxcbiAgbWF0cml4VmVyc2lvbjogaW50LFxuICBvZmZlbmNlUmVmZXJlbmNlVmVyc2lvbjogaW50TixcbiAgY3JlYXRlZEF0OiBkYXRlVGltZU4sXG4gIGNyZWF0ZWRCeTogc3RyTixcbiAgcG9vbFNpemU6IGludCxcbiAgbWVtYmVyczogaW50LFxuICBjYXBhY2l0eTogaW50TixcbiAgc3VtbWFyeSxcbiAgY29tcGFyaXNvbk1hcmdpbjogbnVtLFxuICBjb21wYXJpc29uczogYXJyYXlPZihvYmooeyBwZXJzb25JZDogaW50LCBwZXJzb25SZWY6IHN0ciwgc2NvcmU6IG51bSwgb3V0c2NvcmVkQnkgfSkpLFxuICBzY29yZXNXaXRoaGVsZDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGVudW06IFsuLi5zZW5zaXRpdmUuZW51bSwgbnVsbF0sIGRlc2NyaXB0aW9uOiAnV2h5IHRoZSBzY29yZXMsIHJhbmtzIGFuZCBvcmRlciBhcmUgd2l0aGhlbGQgZnJvbSB5b3UgKHRoZSBtYXRyaXggd2VpZ2hzIGRhdGEgeW91IG1heSBub3Qgc2VlKSwgb3IgbnVsbC4gVGhlbiB0aGUgcm93cyBhcmUgaW4gcGVyc29uLXJlZmVyZW5jZSBvcmRlci4nIH0sXG59IGFzIGNvbnN0O1xuXG4vKiogT25lIHJvdyBvZiBgd2F5bWFyayBzZWxlY3QgLS1qc29uYC4gKi9cbmNvbnN0IHNlbGVjdFJvdyA9IG9iaih7XG4gIHBlcnNvblJlZjogc3RyLFxuICByYW5rOiBpbnROLFxuICBzY29yZTogbnVtTixcbiAgbWVtYmVyOiBib29sLFxuICBwcm9wb3NhbCxcbiAgY3JpdGVyaWE6IGFycmF5T2Yob2JqKHsgbmFtZTogc3RyLCB2YWx1ZTogeyB0eXBlOiBbJ251bWJlcicsICdib29sZWFuJywgJ251bGwnXSB9LCB3ZWlnaHQ6IG51bSwgY29udHJpYnV0aW9uOiBudW1OIH0pKSxcbiAgaW5Qb29sOiBib29sLFxuICBhYm92ZUxvd2VzdE1lbWJlcjogeyB0eXBlOiBbJ2Jvb2xlYW4nLCAnbnVsbCddIH0sXG4gIHByaW9yaXR5OiBib29sLFxuICBwcm9wb3NhbFJlYXNvbnM6IHN0cmluZ3MsXG4gIGNvbXBhcmlzb25NYXJnaW46IG51bSxcbiAgb3V0c2NvcmVkQnk6IG9yTnVsbChvdXRzY29yZWRCeVJlZiksXG59KTtcblxuY29uc3QgcnVuRG9jdW1lbnQgPSBvYmooeyAuLi5ydW5IZWFkLCByb3dzOiBhcnJheU9mKHNlbGVjdFJvdykgfSk7XG5jb25zdCBydW5IZWFkU2NoZW1hID0gb2JqKHJ1bkhlYWQpO1xuXG5jb25zdCBzaWRlID0gb3JOdWxsKG9iaih7IHJhbms6IGludE4sIHNjb3JlOiBudW1OLCBwcm9wb3NhbCB9KSk7XG5jb25zdCBjb21wYXJpc29uID0gb2JqKHtcbiAgYTogcnVuSGVhZFNjaGVtYSxcbiAgYjogcnVuSGVhZFNjaGVtYSxcbiAgcm93czogYXJyYXlPZihvYmooeyBwZXJzb25JZDogaW50LCBwZXJzb25SZWY6IHN0ciwgYTogc2lkZSwgYjogc2lkZSwgcmFua0NoYW5nZTogaW50TiwgbWVtYmVyOiBib29sIH0pKSxcbn0pO1xuXG5jb25zdCBjb2RlUGFyYW1zID0geyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZSddLCBwcm9wZXJ0aWVzOiB7IGNvZGU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSwgbWF4TGVuZ3RoOiAyMCB9IH0gfSBhcyBjb25zdDtcbmNvbnN0IGlkID0geyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEsIG1heGltdW06IDIxNDc0ODM2NDcgfSBhcyBjb25zdDtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyU2VsZWN0aW9uQXBpUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGNvbnN0IHNlbGVjdGlvbiA9IGFwcC5zZXJ2aWNlcy5zZWxlY3Rpb247XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IHsgY3Vyc29yPzogc3RyaW5nOyBsaW1pdD86IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3NjaGVtZXMvOmNvZGUvc2VsZWN0aW9uLXJ1bnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzZWxlY3Rpb246cnVuJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiQSBzY2hlbWUncyBzdG9yZWQgc2VsZWN0aW9uIHJ1bnMsIG5ld2VzdCBmaXJzdC5cIixcbiAgICAgICAgdGFnczogWydzZWxlY3Rpb24nXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogcGFnZVF1ZXJ5UHJvcGVydGllcyB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHBhZ2VTY2hlbWEoJ3J1bnMnLCBydW5MaXN0aW5nKSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxKSA9PiB7XG4gICAgICBjb25zdCBwYWdlID0gYXdhaXQgc2VsZWN0aW9uLnJ1bnNQYWdlKHJlcS5hY3RvciEsIHsgc2NoZW1lQ29kZTogcmVxLnBhcmFtcy5jb2RlLCBjdXJzb3I6IHJlcS5xdWVyeS5jdXJzb3IsIGxpbWl0OiByZXEucXVlcnkubGltaXQgfSk7XG4gICAgICByZXR1cm4geyBydW5zOiBwYWdlLml0ZW1zLCBuZXh0OiBwYWdlLm5leHQgfTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGNvZGU6IHN0cmluZyB9OyBCb2R5OiB7IGFzT2Y6IHN0cmluZzsgbWF0cml4VmVyc2lvbj86IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3NjaGVtZXMvOmNvZGUvc2VsZWN0aW9uLXJ1bnMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzZWxlY3Rpb246cnVuJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdSdW5zIHRoZSBzZWxlY3Rpb24gbWF0cml4IG92ZXIgdGhlIHBvb2wgb24gYSBkYXRlIChhIHBhc3QgZGF0ZSBzaG93cyB3aGF0IHRoZSBtYXRyaXggd291bGQgaGF2ZSBjaG9zZW4pLCBhbmQgc3RvcmVzIHRoZSBydW4uIEFuc3dlcnMgd2l0aCBpdHMgaGVhZDsgcmVhZCBpdHMgcm93cyBhdCB0aGUgTG9jYXRpb24uJyxcbiAgICAgICAgdGFnczogWydzZWxlY3Rpb24nXSxcbiAgICAgICAgcGFyYW1zOiBjb2RlUGFyYW1zLFxuICAgICAgICBib2R5OiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcmVxdWlyZWQ6IFsnYXNPZiddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IGFzT2Y6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sIG1hdHJpeFZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInLCBtaW5pbXVtOiAxLCBkZXNjcmlwdGlvbjogJ0RlZmF1bHQ6IHRoZSBsYXRlc3QgdmVyc2lvbi4nIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAxOiBydW5IZWFkU2NoZW1hLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBzdGFydGVkID0gYXdhaXQgc2VsZWN0aW9uLnJ1blNlbGVjdGlvbihyZXEuYWN0b3IhLCB7IHNjaGVtZUNvZGU6IHJlcS5wYXJhbXMuY29kZSwgYXNPZjogcmVxLmJvZHkuYXNPZiwgbWF0cml4VmVyc2lvbjogcmVxLmJvZHkubWF0cml4VmVyc2lvbiwgcmVzdWx0czogZmFsc2UgfSk7XG4gICAgICAvLyBUaGUgc3RvcmVkIHJ1biBhcyB0aGUgcmVhZGVyIG1heSBzZWUgaXQgKHJlc3RyaWN0ZWQgcGVvcGxlIGxlZnQgb3V0IG9mIGl0cyBjb21wYXJpc29ucywgdGhlIHJlYWQgbG9nZ2VkKS5cbiAgICAgIGNvbnN0IHsgcm93czogX3Jvd3MsIC4uLmhlYWQgfSA9IGF3YWl0IHNlbGVjdGlvbi5ydW5Eb2N1bWVudChyZXEuYWN0b3IhLCB7IHJ1bklkOiBzdGFydGVkLnJ1bklkISB9KTtcbiAgICAgIHJlcGx5LmNvZGUoMjAxKS5oZWFkZXIoJ2xvY2F0aW9uJywgYC9hcGkvdjEvc2VsZWN0aW9uLXJ1bnMvJHtoZWFkLnJ1bklkfWApO1xuICAgICAgc2VuZEV0YWcocmVwbHksICdzZWxlY3Rpb25fcnVuJywgaGVhZC5ydW5JZCEsIDEpO1xuICAgICAgcmV0dXJuIGhlYWQ7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9zZWxlY3Rpb24tcnVucy86aWQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzZWxlY3Rpb246cnVuJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdBIHN0b3JlZCBydW4sIHdob2xlOiBpdHMgaGVhZCBhbmQgZXZlcnkgcm93IGFzIGB3YXltYXJrIHNlbGVjdCAtLWpzb25gIHByaW50cyB0aGVtIChhIGRvY3VtZW50LCBub3QgcGFnZWQpLiBUaGUgcmVhZCBpcyBsb2dnZWQgbmFtaW5nIGV2ZXJ5b25lIGluIGl0LicsXG4gICAgICAgIHRhZ3M6IFsnc2VsZWN0aW9uJ10sXG4gICAgICAgIHBhcmFtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnaWQnXSwgcHJvcGVydGllczogeyBpZCB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogcnVuRG9jdW1lbnQsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGRvYyA9IGF3YWl0IHNlbGVjdGlvbi5ydW5Eb2N1bWVudChyZXEuYWN0b3IhLCB7IHJ1bklkOiByZXEucGFyYW1zLmlkIH0pO1xuICAgICAgLy8gQSBzdG9yZWQgcnVuIG5ldmVyIGNoYW5nZXMuXG4gICAgICBzZW5kRXRhZyhyZXBseSwgJ3NlbGVjdGlvbl9ydW4nLCByZXEucGFyYW1zLmlkLCAxKTtcbiAgICAgIHJldHVybiBkb2M7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGlkOiBudW1iZXI7IG90aGVySWQ6IG51bWJlciB9IH0+KFxuICAgICcvYXBpL3YxL3NlbGVjdGlvbi1ydW5zLzppZC9jb21wYXJlLzpvdGhlcklkJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2VsZWN0aW9uOnJ1bicgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnVHdvIHN0b3JlZCBydW5zIHNpZGUgYnkgc2lkZTogZWFjaCBwZXJzb25cdTIwMTlzIHJhbmssIHNjb3JlIGFuZCBwcm9wb3NhbCBpbiBlYWNoLCBhbmQgdGhlIGNoYW5nZSBvZiByYW5rIChiZXN0IHJhbmsgZmlyc3Q7IGJ5IHBlcnNvbiByZWZlcmVuY2Ugd2hlbiBlaXRoZXIgcnVuXHUyMDE5cyBzY29yZXMgYXJlIHdpdGhoZWxkIGZyb20geW91KS4nLFxuICAgICAgICB0YWdzOiBbJ3NlbGVjdGlvbiddLFxuICAgICAgICBwYXJhbXM6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2lkJywgJ290aGVySWQnXSwgcHJvcGVydGllczogeyBpZCwgb3RoZXJJZDogaWQgfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IGNvbXBhcmlzb24sIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSkgPT4gc2VsZWN0aW9uLmNvbXBhcmVSdW5zKHJlcS5hY3RvciEsIHsgcnVuQTogcmVxLnBhcmFtcy5pZCwgcnVuQjogcmVxLnBhcmFtcy5vdGhlcklkIH0pLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBT0EsU0FBUyxxQkFBcUIsWUFBWSxnQkFBZ0I7QUFDMUQsU0FBUyxnQkFBZ0I7QUFDekIsU0FBUyxTQUFTLE1BQU0sTUFBTSxXQUFXLEtBQUssTUFBTSxLQUFLLE1BQU0sS0FBSyxRQUFRLGFBQWEsZ0JBQWdCLFdBQVcsS0FBSyxNQUFNLFNBQVMsZ0JBQWdCO0FBRXhKLE1BQU0sV0FBVyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxNQUFNLENBQUMsVUFBVSxZQUFZLElBQUksRUFBRTtBQUVoRixNQUFNLGFBQWEsSUFBSSxFQUFFLE9BQU8sS0FBSyxNQUFNLE1BQU0sZUFBZSxLQUFLLFVBQVUsS0FBSyxTQUFTLEtBQUssVUFBVSxNQUFNLFdBQVcsVUFBVSxXQUFXLElBQUksQ0FBQztBQUV2SixNQUFNLFlBQVksSUFBSSxFQUFFLE9BQU8sS0FBSyxNQUFNLEtBQUssVUFBVSxLQUFLLE1BQU0sS0FBSyxnQkFBZ0IsTUFBTSxrQkFBa0IsS0FBSyxDQUFDO0FBQ3ZILE1BQU0sVUFBVTtBQUFBLEVBQ2Q7QUFBQSxJQUNFLFdBQVc7QUFBQSxNQUNULEVBQUUsVUFBVSxNQUFNLFNBQVMsS0FBSyxtQkFBbUIsTUFBTSxZQUFZLEtBQUssY0FBYyxLQUFLLGlCQUFpQixNQUFNLGFBQWEsSUFBSTtBQUFBLE1BQ3JJLENBQUMsYUFBYTtBQUFBLElBQ2hCO0FBQUEsSUFDQSxvQkFBb0IsSUFBSTtBQUFBLE1BQ3RCLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLGFBQWE7QUFBQSxNQUNiLFlBQVksUUFBUSxJQUFJLEVBQUUsV0FBVyxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsYUFBYSxPQUFPLFVBQVUsRUFBRSxHQUFHLFdBQVcsTUFBTSxRQUFRLFFBQVEsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUFBLElBQ2pKLENBQUM7QUFBQSxJQUNELFNBQVMsSUFBSTtBQUFBLE1BQ1gsU0FBUztBQUFBLE1BQ1QsV0FBVztBQUFBLE1BQ1gsYUFBYTtBQUFBLE1BQ2IscUJBQXFCO0FBQUEsTUFDckIsc0JBQXNCO0FBQUEsTUFDdEIsY0FBYztBQUFBLE1BQ2QsUUFBUSxRQUFRLElBQUksRUFBRSxVQUFVLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3RELENBQUM7QUFBQSxJQUNELFdBQVc7QUFBQSxFQUNiO0FBQUE7QUFBQSxFQUVBLENBQUMsV0FBVyxXQUFXO0FBQ3pCO0FBR0EsTUFBTSxVQUFVO0FBQUEsRUFDZCxPQUFPO0FBQUEsRUFDUCxZQUFZO0FBQUEsRUFDWixNQUFNO0FBQUEsRUFDTixlQUFlO0FBQUEsRUFDZix5QkFBeUI7QUFBQSxFQUN6QixXQUFXO0FBQUEsRUFDWCxXQUFXO0FBQUEsRUFDWCxVQUFVO0FBQUEsRUFDVixTQUFTO0FBQUEsRUFDVCxVQUFVO0FBQUEsRUFDVjtBQUFBLEVBQ0Esa0JBQWtCO0FBQUEsRUFDbEIsYUFBYSxRQUFRLElBQUksRUFBRSxVQUFVLEtBQUssV0FBVyxLQUFLLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQztBQUFBLEVBQ3BGLGdCQUFnQixFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxNQUFNLENBQUMsR0FBRyxVQUFVLE1BQU0sSUFBSSxHQUFHLGFBQWEsd0pBQXdKO0FBQ3BQO0FBR0EsTUFBTSxZQUFZLElBQUk7QUFBQSxFQUNwQixXQUFXO0FBQUEsRUFDWCxNQUFNO0FBQUEsRUFDTixPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUjtBQUFBLEVBQ0EsVUFBVSxRQUFRLElBQUksRUFBRSxNQUFNLEtBQUssT0FBTyxFQUFFLE1BQU0sQ0FBQyxVQUFVLFdBQVcsTUFBTSxFQUFFLEdBQUcsUUFBUSxLQUFLLGNBQWMsS0FBSyxDQUFDLENBQUM7QUFBQSxFQUNySCxRQUFRO0FBQUEsRUFDUixtQkFBbUIsRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEVBQUU7QUFBQSxFQUMvQyxVQUFVO0FBQUEsRUFDVixpQkFBaUI7QUFBQSxFQUNqQixrQkFBa0I7QUFBQSxFQUNsQixhQUFhLE9BQU8sY0FBYztBQUNwQyxDQUFDO0FBRUQsTUFBTSxjQUFjLElBQUksRUFBRSxHQUFHLFNBQVMsTUFBTSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBQ2hFLE1BQU0sZ0JBQWdCLElBQUksT0FBTztBQUVqQyxNQUFNLE9BQU8sT0FBTyxJQUFJLEVBQUUsTUFBTSxNQUFNLE9BQU8sTUFBTSxTQUFTLENBQUMsQ0FBQztBQUM5RCxNQUFNLGFBQWEsSUFBSTtBQUFBLEVBQ3JCLEdBQUc7QUFBQSxFQUNILEdBQUc7QUFBQSxFQUNILE1BQU0sUUFBUSxJQUFJLEVBQUUsVUFBVSxLQUFLLFdBQVcsS0FBSyxHQUFHLE1BQU0sR0FBRyxNQUFNLFlBQVksTUFBTSxRQUFRLEtBQUssQ0FBQyxDQUFDO0FBQ3hHLENBQUM7QUFFRCxNQUFNLGFBQWEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxXQUFXLEdBQUcsV0FBVyxHQUFHLEVBQUUsRUFBRTtBQUMvSCxNQUFNLEtBQUssRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLFNBQVMsV0FBVztBQUV2RCxTQUFTLDJCQUEyQixLQUE0QjtBQUNyRSxRQUFNLFlBQVksSUFBSSxTQUFTO0FBRS9CLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFdBQVc7QUFBQSxRQUNsQixRQUFRO0FBQUEsUUFDUixhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksb0JBQW9CO0FBQUEsUUFDL0QsVUFBVSxFQUFFLEtBQUssV0FBVyxRQUFRLFVBQVUsR0FBRyxHQUFHLFNBQVM7QUFBQSxNQUMvRDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sUUFBUTtBQUNiLFlBQU0sT0FBTyxNQUFNLFVBQVUsU0FBUyxJQUFJLE9BQVEsRUFBRSxZQUFZLElBQUksT0FBTyxNQUFNLFFBQVEsSUFBSSxNQUFNLFFBQVEsT0FBTyxJQUFJLE1BQU0sTUFBTSxDQUFDO0FBQ25JLGFBQU8sRUFBRSxNQUFNLEtBQUssT0FBTyxNQUFNLEtBQUssS0FBSztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFdBQVc7QUFBQSxRQUNsQixRQUFRO0FBQUEsUUFDUixNQUFNO0FBQUEsVUFDSixNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsTUFBTTtBQUFBLFVBQ2pCLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxHQUFHLGVBQWUsRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLGFBQWEsK0JBQStCLEVBQUU7QUFBQSxRQUN0SjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssZUFBZSxHQUFHLFNBQVM7QUFBQSxNQUM5QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sVUFBVSxNQUFNLFVBQVUsYUFBYSxJQUFJLE9BQVEsRUFBRSxZQUFZLElBQUksT0FBTyxNQUFNLE1BQU0sSUFBSSxLQUFLLE1BQU0sZUFBZSxJQUFJLEtBQUssZUFBZSxTQUFTLE1BQU0sQ0FBQztBQUVwSyxZQUFNLEVBQUUsTUFBTSxPQUFPLEdBQUcsS0FBSyxJQUFJLE1BQU0sVUFBVSxZQUFZLElBQUksT0FBUSxFQUFFLE9BQU8sUUFBUSxNQUFPLENBQUM7QUFDbEcsWUFBTSxLQUFLLEdBQUcsRUFBRSxPQUFPLFlBQVksMEJBQTBCLEtBQUssS0FBSyxFQUFFO0FBQ3pFLGVBQVMsT0FBTyxpQkFBaUIsS0FBSyxPQUFRLENBQUM7QUFDL0MsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxnQkFBZ0I7QUFBQSxNQUNsQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxNQUFNLENBQUMsV0FBVztBQUFBLFFBQ2xCLFFBQVEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLElBQUksR0FBRyxZQUFZLEVBQUUsR0FBRyxFQUFFO0FBQUEsUUFDL0QsVUFBVSxFQUFFLEtBQUssYUFBYSxHQUFHLFNBQVM7QUFBQSxNQUM1QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sTUFBTSxNQUFNLFVBQVUsWUFBWSxJQUFJLE9BQVEsRUFBRSxPQUFPLElBQUksT0FBTyxHQUFHLENBQUM7QUFFNUUsZUFBUyxPQUFPLGlCQUFpQixJQUFJLE9BQU8sSUFBSSxDQUFDO0FBQ2pELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFdBQVc7QUFBQSxRQUNsQixRQUFRLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxNQUFNLFNBQVMsR0FBRyxZQUFZLEVBQUUsSUFBSSxTQUFTLEdBQUcsRUFBRTtBQUFBLFFBQ3ZGLFVBQVUsRUFBRSxLQUFLLFlBQVksR0FBRyxTQUFTO0FBQUEsTUFDM0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLFFBQVEsVUFBVSxZQUFZLElBQUksT0FBUSxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksTUFBTSxJQUFJLE9BQU8sUUFBUSxDQUFDO0FBQUEsRUFDcEc7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
