import { can } from "../../access/permissions.js";
import { InvalidInputError, isWaymarkError } from "../../errors.js";
import { problemSchema } from "../errors.js";
import { expectedVersion, formVersion, sendEtag } from "../etag.js";
import { SUPPRESSED } from "../../disclosure.js";
import { performanceYearStarting } from "../../calendar/performance-year.js";
const counts = {
  type: "object",
  properties: {
    starts: { type: ["integer", "null"] },
    completions: { type: ["integer", "null"] },
    earlyTerminations: { type: ["integer", "null"] },
    otherEnds: { type: ["integer", "null"] }
  }
};
const targetSchema = {
  type: "object",
  properties: {
    year: { type: "string" },
    starts: { type: "integer" },
    completions: { type: ["integer", "null"] },
    version: { type: "integer" }
  }
};
const figuresSchema = {
  type: "object",
  properties: {
    year: { type: "string" },
    start: { type: "string", format: "date" },
    end: { type: "string", format: "date" },
    quarters: {
      type: "array",
      items: { type: "object", properties: { quarter: { type: "integer" }, label: { type: "string" }, start: { type: "string", format: "date" }, end: { type: "string", format: "date" }, ...counts.properties } }
    },
    total: counts,
    target: { ...targetSchema, type: ["object", "null"] },
    startsAgainstTarget: { type: ["number", "null"] },
    completionsAgainstTarget: { type: ["number", "null"] },
    completionRate: { type: ["number", "null"] },
    suppressed: { type: "boolean" },
    method: { type: "string" }
  }
};
const pct = (x) => x === null ? "\u2013" : `${(x * 100).toFixed(1)}%`;
const cnt = (x) => x === null ? SUPPRESSED : String(x);
function yearsAround(label) {
  const y = Number(label.slice(0, 4));
  return [y - 2, y - 1, y, y + 1].map((s) => performanceYearStarting(s).label);
}
function registerDrrRoutes(app) {
  const drr = app.services.drr;
  async function renderPage(reply, actor, f, form = {}) {
    const row = (label, c, bold = false) => [
      { text: label, classes: bold ? "govuk-!-font-weight-bold" : void 0 },
      { text: cnt(c.starts), format: "numeric" },
      { text: cnt(c.completions), format: "numeric" },
      { text: cnt(c.earlyTerminations), format: "numeric" },
      { text: cnt(c.otherEnds), format: "numeric" }
    ];
    return reply.render("drr.njk", {
      title: `DRR ${f.year}`,
      f,
      rows: [...f.quarters.map((q) => row(q.label, q)), row(`Year ${f.year}`, f.total, true)],
      startsAgainstTarget: pct(f.startsAgainstTarget),
      completionsAgainstTarget: pct(f.completionsAgainstTarget),
      completionRate: pct(f.completionRate),
      totalStarts: cnt(f.total.starts),
      totalCompletions: cnt(f.total.completions),
      completionsTarget: f.target !== null && f.target.completions !== null,
      years: yearsAround(f.year).map((y) => ({ value: y, text: y, selected: y === f.year })),
      mayEdit: can(actor, "scheme:manage"),
      errors: form.errors ?? [],
      fieldErrors: form.fieldErrors ?? {},
      values: form.values ?? { starts: f.target ? String(f.target.starts) : "", completions: f.target?.completions != null ? String(f.target.completions) : "" },
      saved: form.saved ?? false
    });
  }
  app.get("/drr", { config: { access: "performance:view" } }, async (req, reply) => {
    const actor = req.actor;
    let f;
    try {
      f = await drr.figures(actor, req.query.year);
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      reply.code(400);
      return reply.render("error.njk", { title: "There is a problem with the request", message: e.message });
    }
    return renderPage(reply, actor, f, { saved: req.query.saved === "1" });
  });
  app.post("/drr/target", { config: { access: "scheme:manage" } }, async (req, reply) => {
    const actor = req.actor;
    const body = req.body ?? {};
    try {
      const t = await drr.setTarget(actor, { year: body.year, starts: body.starts, completions: body.completions, expectedVersion: formVersion(body.version) });
      return reply.redirect(`/drr?year=${encodeURIComponent(t.year)}&saved=1`, 303);
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === "invalid_input" && e.field && e.field !== "year")) throw e;
      reply.code(400);
      const f = await drr.figures(actor, body.year);
      const href = `#${e.field}`;
      return renderPage(reply, actor, f, { errors: [{ text: e.message, href }], fieldErrors: { [e.field]: e.message }, values: body });
    }
  });
  app.get(
    "/api/v1/performance/drr",
    {
      config: { access: "performance:view" },
      schema: {
        summary: "DRR starts, completions and early terminations in a performance year, by quarter, with the year's target and the completion rate. Figures only.",
        description: "year is YYYY/YY (April to March); without it, the year containing the partnership's today. Records restricted from you are left out; for those who may not see people, counts from 1 to 4 are null and suppressed is true (SPEC 3.7).",
        tags: ["performance"],
        querystring: { type: "object", properties: { year: { type: "string" } } },
        response: { 200: figuresSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema }
      }
    },
    async (req, reply) => {
      const f = await drr.figures(req.actor, req.query.year);
      if (f.target) sendEtag(reply, "drr_target", Number(f.year.slice(0, 4)), f.target.version);
      return f;
    }
  );
  app.put(
    "/api/v1/performance/drr/target",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Sets a performance year's DRR target of starts, and optionally of completions. Scheme managers and administrators. Audited.",
        description: "Send If-Match with the ETag of the target (from an earlier PUT) to refuse the change if someone else changed it meanwhile (412).",
        tags: ["performance"],
        body: {
          type: "object",
          required: ["year", "starts"],
          additionalProperties: false,
          properties: { year: { type: "string" }, starts: { type: "integer", minimum: 0 }, completions: { type: ["integer", "null"], minimum: 0 } }
        },
        response: { 200: targetSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema, 412: problemSchema }
      }
    },
    async (req, reply) => {
      const year = /^(\d{4})\//.exec(req.body.year)?.[1];
      const expected = year ? expectedVersion(req, "drr_target", Number(year)) : void 0;
      const t = await drr.setTarget(req.actor, { year: req.body.year, starts: req.body.starts, completions: req.body.completions, expectedVersion: expected });
      sendEtag(reply, "drr_target", t.id, t.version);
      return { year: t.year, starts: t.starts, completions: t.completions, version: t.version };
    }
  );
}
export {
  registerDrrRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvZHJyLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBEUlIgc3RhcnRzLCBjb21wbGV0aW9ucyBhbmQgZWFybHkgdGVybWluYXRpb25zIGFnYWluc3QgdGhlIHllYXIncyB0YXJnZXQ6XG4vLyB0aGUgcGFnZSAod2l0aCB0aGUgZm9ybSB0byBzZXQgdGhlIHRhcmdldCksIGFuZCB0aGUgQVBJLiBUaGUgcm91dGVzIHJlYWQgdGhlXG4vLyByZXF1ZXN0LCBjYWxsIHRoZSBEUlIgc2VydmljZSBhbmQgcmVuZGVyIG9yIHJldHVybiB3aGF0IGl0IGdpdmVzLlxuaW1wb3J0IHR5cGUgeyBGYXN0aWZ5SW5zdGFuY2UsIEZhc3RpZnlSZXBseSB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHR5cGUgeyBBY3RvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hY3Rvci5qcyc7XG5pbXBvcnQgeyBjYW4gfSBmcm9tICcuLi8uLi9hY2Nlc3MvcGVybWlzc2lvbnMuanMnO1xuaW1wb3J0IHsgSW52YWxpZElucHV0RXJyb3IsIGlzV2F5bWFya0Vycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHByb2JsZW1TY2hlbWEgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZXhwZWN0ZWRWZXJzaW9uLCBmb3JtVmVyc2lvbiwgc2VuZEV0YWcgfSBmcm9tICcuLi9ldGFnLmpzJztcbmltcG9ydCB7IFNVUFBSRVNTRUQgfSBmcm9tICcuLi8uLi9kaXNjbG9zdXJlLmpzJztcbmltcG9ydCB7IHBlcmZvcm1hbmNlWWVhclN0YXJ0aW5nIH0gZnJvbSAnLi4vLi4vY2FsZW5kYXIvcGVyZm9ybWFuY2UteWVhci5qcyc7XG5pbXBvcnQgdHlwZSB7IERyckZpZ3VyZXMgfSBmcm9tICcuLi8uLi9kcnIvc2VydmljZS5qcyc7XG5cbnR5cGUgQm9keSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmNvbnN0IGNvdW50cyA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBzdGFydHM6IHsgdHlwZTogWydpbnRlZ2VyJywgJ251bGwnXSB9LFxuICAgIGNvbXBsZXRpb25zOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSxcbiAgICBlYXJseVRlcm1pbmF0aW9uczogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddIH0sXG4gICAgb3RoZXJFbmRzOiB7IHR5cGU6IFsnaW50ZWdlcicsICdudWxsJ10gfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5jb25zdCB0YXJnZXRTY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgeWVhcjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIHN0YXJ0czogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgICBjb21wbGV0aW9uczogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddIH0sXG4gICAgdmVyc2lvbjogeyB0eXBlOiAnaW50ZWdlcicgfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5jb25zdCBmaWd1cmVzU2NoZW1hID0ge1xuICB0eXBlOiAnb2JqZWN0JyxcbiAgcHJvcGVydGllczoge1xuICAgIHllYXI6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBzdGFydDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSxcbiAgICBlbmQ6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2RhdGUnIH0sXG4gICAgcXVhcnRlcnM6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyBxdWFydGVyOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LCBsYWJlbDogeyB0eXBlOiAnc3RyaW5nJyB9LCBzdGFydDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSwgZW5kOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LCAuLi5jb3VudHMucHJvcGVydGllcyB9IH0sXG4gICAgfSxcbiAgICB0b3RhbDogY291bnRzLFxuICAgIHRhcmdldDogeyAuLi50YXJnZXRTY2hlbWEsIHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSB9LFxuICAgIHN0YXJ0c0FnYWluc3RUYXJnZXQ6IHsgdHlwZTogWydudW1iZXInLCAnbnVsbCddIH0sXG4gICAgY29tcGxldGlvbnNBZ2FpbnN0VGFyZ2V0OiB7IHR5cGU6IFsnbnVtYmVyJywgJ251bGwnXSB9LFxuICAgIGNvbXBsZXRpb25SYXRlOiB7IHR5cGU6IFsnbnVtYmVyJywgJ251bGwnXSB9LFxuICAgIHN1cHByZXNzZWQ6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sXG4gICAgbWV0aG9kOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5jb25zdCBwY3QgPSAoeDogbnVtYmVyIHwgbnVsbCkgPT4gKHggPT09IG51bGwgPyAnXHUyMDEzJyA6IGAkeyh4ICogMTAwKS50b0ZpeGVkKDEpfSVgKTtcbmNvbnN0IGNudCA9ICh4OiBudW1iZXIgfCBudWxsKSA9PiAoeCA9PT0gbnVsbCA/IFNVUFBSRVNTRUQgOiBTdHJpbmcoeCkpO1xuXG5mdW5jdGlvbiB5ZWFyc0Fyb3VuZChsYWJlbDogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCB5ID0gTnVtYmVyKGxhYmVsLnNsaWNlKDAsIDQpKTtcbiAgcmV0dXJuIFt5IC0gMiwgeSAtIDEsIHksIHkgKyAxXS5tYXAoKHMpID0+IHBlcmZvcm1hbmNlWWVhclN0YXJ0aW5nKHMpLmxhYmVsKTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyRHJyUm91dGVzKGFwcDogRmFzdGlmeUluc3RhbmNlKTogdm9pZCB7XG4gIGNvbnN0IGRyciA9IGFwcC5zZXJ2aWNlcy5kcnI7XG5cbiAgYXN5bmMgZnVuY3Rpb24gcmVuZGVyUGFnZShyZXBseTogRmFzdGlmeVJlcGx5LCBhY3RvcjogQWN0b3IsIGY6IERyckZpZ3VyZXMsIGZvcm06IHsgZXJyb3JzPzogeyB0ZXh0OiBzdHJpbmc7IGhyZWY6IHN0cmluZyB9W107IGZpZWxkRXJyb3JzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjsgdmFsdWVzPzogQm9keTsgc2F2ZWQ/OiBib29sZWFuIH0gPSB7fSkge1xuICAgIGNvbnN0IHJvdyA9IChsYWJlbDogc3RyaW5nLCBjOiBEcnJGaWd1cmVzWyd0b3RhbCddLCBib2xkID0gZmFsc2UpID0+IFtcbiAgICAgIHsgdGV4dDogbGFiZWwsIGNsYXNzZXM6IGJvbGQgPyAnZ292dWstIS1mb250LXdlaWdodC1ib2xkJyA6IHVuZGVmaW5lZCB9LFxuICAgICAgeyB0ZXh0OiBjbnQoYy5zdGFydHMpLCBmb3JtYXQ6ICdudW1lcmljJyB9LFxuICAgICAgeyB0ZXh0OiBjbnQoYy5jb21wbGV0aW9ucyksIGZvcm1hdDogJ251bWVyaWMnIH0sXG4gICAgICB7IHRleHQ6IGNudChjLmVhcmx5VGVybWluYXRpb25zKSwgZm9ybWF0OiAnbnVtZXJpYycgfSxcbiAgICAgIHsgdGV4dDogY250KGMub3RoZXJFbmRzKSwgZm9ybWF0OiAnbnVtZXJpYycgfSxcbiAgICBdO1xuICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2Ryci5uamsnLCB7XG4gICAgICB0aXRsZTogYERSUiAke2YueWVhcn1gLFxuICAgICAgZixcbiAgICAgIHJvd3M6IFsuLi5mLnF1YXJ0ZXJzLm1hcCgocSkgPT4gcm93KHEubGFiZWwsIHEpKSwgcm93KGBZZWFyICR7Zi55ZWFyfWAsIGYudG90YWwsIHRydWUpXSxcbiAgICAgIHN0YXJ0c0FnYWluc3RUYXJnZXQ6IHBjdChmLnN0YXJ0c0FnYWluc3RUYXJnZXQpLFxuICAgICAgY29tcGxldGlvbnNBZ2FpbnN0VGFyZ2V0OiBwY3QoZi5jb21wbGV0aW9uc0FnYWluc3RUYXJnZXQpLFxuICAgICAgY29tcGxldGlvblJhdGU6IHBjdChmLmNvbXBsZXRpb25SYXRlKSxcbiAgICAgIHRvdGFsU3RhcnRzOiBjbnQoZi50b3RhbC5zdGFydHMpLFxuICAgICAgdG90YWxDb21wbGV0aW9uczogY250KGYudG90YWwuY29tcGxldGlvbnMpLFxuICAgICAgY29tcGxldGlvbnNUYXJnZXQ6IGYudGFyZ2V0ICE9PSBudWxsICYmIGYudGFyZ2V0LmNvbXBsZXRpb25zICE9PSBudWxsLFxuICAgICAgeWVhcnM6IHllYXJzQXJvdW5kKGYueWVhcikubWFwKCh5KSA9PiAoeyB2YWx1ZTogeSwgdGV4dDogeSwgc2VsZWN0ZWQ6IHkgPT09IGYueWVhciB9KSksXG4gICAgICBtYXlFZGl0OiBjYW4oYWN0b3IsICdzY2hlbWU6bWFuYWdlJyksXG4gICAgICBlcnJvcnM6IGZvcm0uZXJyb3JzID8/IFtdLFxuICAgICAgZmllbGRFcnJvcnM6IGZvcm0uZmllbGRFcnJvcnMgPz8ge30sXG4gICAgICB2YWx1ZXM6IGZvcm0udmFsdWVzID8/IHsgc3RhcnRzOiBmLnRhcmdldCA/IFN0cmluZyhmLnRhcmdldC5zdGFydHMpIDogJycsIGNvbXBsZXRpb25zOiBmLnRhcmdldD8uY29tcGxldGlvbnMgIT0gbnVsbCA/IFN0cmluZyhmLnRhcmdldC5jb21wbGV0aW9ucykgOiAnJyB9LFxuICAgICAgc2F2ZWQ6IGZvcm0uc2F2ZWQgPz8gZmFsc2UsXG4gICAgfSk7XG4gIH1cblxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IHsgeWVhcj86IHN0cmluZzsgc2F2ZWQ/OiBzdHJpbmcgfSB9PignL2RycicsIHsgY29uZmlnOiB7IGFjY2VzczogJ3BlcmZvcm1hbmNlOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBhY3RvciA9IHJlcS5hY3RvciE7XG4gICAgbGV0IGY6IERyckZpZ3VyZXM7XG4gICAgdHJ5IHtcbiAgICAgIGYgPSBhd2FpdCBkcnIuZmlndXJlcyhhY3RvciwgcmVxLnF1ZXJ5LnllYXIpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBJbnZhbGlkSW5wdXRFcnJvcikpIHRocm93IGU7XG4gICAgICByZXBseS5jb2RlKDQwMCk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnVGhlcmUgaXMgYSBwcm9ibGVtIHdpdGggdGhlIHJlcXVlc3QnLCBtZXNzYWdlOiBlLm1lc3NhZ2UgfSk7XG4gICAgfVxuICAgIHJldHVybiByZW5kZXJQYWdlKHJlcGx5LCBhY3RvciwgZiwgeyBzYXZlZDogcmVxLnF1ZXJ5LnNhdmVkID09PSAnMScgfSk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogQm9keSB9PignL2Ryci90YXJnZXQnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgYWN0b3IgPSByZXEuYWN0b3IhO1xuICAgIGNvbnN0IGJvZHkgPSByZXEuYm9keSA/PyB7fTtcbiAgICB0cnkge1xuICAgICAgY29uc3QgdCA9IGF3YWl0IGRyci5zZXRUYXJnZXQoYWN0b3IsIHsgeWVhcjogYm9keS55ZWFyLCBzdGFydHM6IGJvZHkuc3RhcnRzLCBjb21wbGV0aW9uczogYm9keS5jb21wbGV0aW9ucywgZXhwZWN0ZWRWZXJzaW9uOiBmb3JtVmVyc2lvbihib2R5LnZlcnNpb24pIH0pO1xuICAgICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvZHJyP3llYXI9JHtlbmNvZGVVUklDb21wb25lbnQodC55ZWFyKX0mc2F2ZWQ9MWAsIDMwMyk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKCEoaXNXYXltYXJrRXJyb3IoZSkgJiYgZS5raW5kID09PSAnaW52YWxpZF9pbnB1dCcgJiYgZS5maWVsZCAmJiBlLmZpZWxkICE9PSAneWVhcicpKSB0aHJvdyBlO1xuICAgICAgcmVwbHkuY29kZSg0MDApO1xuICAgICAgY29uc3QgZiA9IGF3YWl0IGRyci5maWd1cmVzKGFjdG9yLCBib2R5LnllYXIpO1xuICAgICAgY29uc3QgaHJlZiA9IGAjJHtlLmZpZWxkfWA7XG4gICAgICByZXR1cm4gcmVuZGVyUGFnZShyZXBseSwgYWN0b3IsIGYsIHsgZXJyb3JzOiBbeyB0ZXh0OiBlLm1lc3NhZ2UsIGhyZWYgfV0sIGZpZWxkRXJyb3JzOiB7IFtlLmZpZWxkXTogZS5tZXNzYWdlIH0sIHZhbHVlczogYm9keSB9KTtcbiAgICB9XG4gIH0pO1xuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyB5ZWFyPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcGVyZm9ybWFuY2UvZHJyJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyZm9ybWFuY2U6dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiBcIkRSUiBzdGFydHMsIGNvbXBsZXRpb25zIGFuZCBlYXJseSB0ZXJtaW5hdGlvbnMgaW4gYSBwZXJmb3JtYW5jZSB5ZWFyLCBieSBxdWFydGVyLCB3aXRoIHRoZSB5ZWFyJ3MgdGFyZ2V0IGFuZCB0aGUgY29tcGxldGlvbiByYXRlLiBGaWd1cmVzIG9ubHkuXCIsXG4gICAgICAgIGRlc2NyaXB0aW9uOlxuICAgICAgICAgIFwieWVhciBpcyBZWVlZL1lZIChBcHJpbCB0byBNYXJjaCk7IHdpdGhvdXQgaXQsIHRoZSB5ZWFyIGNvbnRhaW5pbmcgdGhlIHBhcnRuZXJzaGlwJ3MgdG9kYXkuIFJlY29yZHMgcmVzdHJpY3RlZCBmcm9tIHlvdSBhcmUgbGVmdCBvdXQ7IFwiICtcbiAgICAgICAgICAnZm9yIHRob3NlIHdobyBtYXkgbm90IHNlZSBwZW9wbGUsIGNvdW50cyBmcm9tIDEgdG8gNCBhcmUgbnVsbCBhbmQgc3VwcHJlc3NlZCBpcyB0cnVlIChTUEVDIDMuNykuJyxcbiAgICAgICAgdGFnczogWydwZXJmb3JtYW5jZSddLFxuICAgICAgICBxdWVyeXN0cmluZzogeyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllczogeyB5ZWFyOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IGZpZ3VyZXNTY2hlbWEsIDQwMDogcHJvYmxlbVNjaGVtYSwgNDAxOiBwcm9ibGVtU2NoZW1hLCA0MDM6IHByb2JsZW1TY2hlbWEgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgZiA9IGF3YWl0IGRyci5maWd1cmVzKHJlcS5hY3RvciEsIHJlcS5xdWVyeS55ZWFyKTtcbiAgICAgIC8vIFRoZSB0YXJnZXQgaXMgdGhlIG9uZSB2ZXJzaW9uZWQgcmVzb3VyY2UgaGVyZTogaXRzIEVUYWcgaXMgdGhlIG9uZSBhIFBVVCdzIElmLU1hdGNoIG5hbWVzLlxuICAgICAgaWYgKGYudGFyZ2V0KSBzZW5kRXRhZyhyZXBseSwgJ2Rycl90YXJnZXQnLCBOdW1iZXIoZi55ZWFyLnNsaWNlKDAsIDQpKSwgZi50YXJnZXQudmVyc2lvbik7XG4gICAgICByZXR1cm4gZjtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wdXQ8eyBCb2R5OiB7IHllYXI6IHN0cmluZzsgc3RhcnRzOiBudW1iZXI7IGNvbXBsZXRpb25zPzogbnVtYmVyIHwgbnVsbCB9IH0+KFxuICAgICcvYXBpL3YxL3BlcmZvcm1hbmNlL2Ryci90YXJnZXQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6IFwiU2V0cyBhIHBlcmZvcm1hbmNlIHllYXIncyBEUlIgdGFyZ2V0IG9mIHN0YXJ0cywgYW5kIG9wdGlvbmFsbHkgb2YgY29tcGxldGlvbnMuIFNjaGVtZSBtYW5hZ2VycyBhbmQgYWRtaW5pc3RyYXRvcnMuIEF1ZGl0ZWQuXCIsXG4gICAgICAgIGRlc2NyaXB0aW9uOiAnU2VuZCBJZi1NYXRjaCB3aXRoIHRoZSBFVGFnIG9mIHRoZSB0YXJnZXQgKGZyb20gYW4gZWFybGllciBQVVQpIHRvIHJlZnVzZSB0aGUgY2hhbmdlIGlmIHNvbWVvbmUgZWxzZSBjaGFuZ2VkIGl0IG1lYW53aGlsZSAoNDEyKS4nLFxuICAgICAgICB0YWdzOiBbJ3BlcmZvcm1hbmNlJ10sXG4gICAgICAgIGJvZHk6IHtcbiAgICAgICAgICB0eXBlOiAnb2JqZWN0JyxcbiAgICAgICAgICByZXF1aXJlZDogWyd5ZWFyJywgJ3N0YXJ0cyddLFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IHllYXI6IHsgdHlwZTogJ3N0cmluZycgfSwgc3RhcnRzOiB7IHR5cGU6ICdpbnRlZ2VyJywgbWluaW11bTogMCB9LCBjb21wbGV0aW9uczogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddLCBtaW5pbXVtOiAwIH0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAwOiB0YXJnZXRTY2hlbWEsIDQwMDogcHJvYmxlbVNjaGVtYSwgNDAxOiBwcm9ibGVtU2NoZW1hLCA0MDM6IHByb2JsZW1TY2hlbWEsIDQxMjogcHJvYmxlbVNjaGVtYSB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCB5ZWFyID0gL14oXFxkezR9KVxcLy8uZXhlYyhyZXEuYm9keS55ZWFyKT8uWzFdO1xuICAgICAgY29uc3QgZXhwZWN0ZWQgPSB5ZWFyID8gZXhwZWN0ZWRWZXJzaW9uKHJlcSwgJ2Rycl90YXJnZXQnLCBOdW1iZXIoeWVhcikpIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgdCA9IGF3YWl0IGRyci5zZXRUYXJnZXQocmVxLmFjdG9yISwgeyB5ZWFyOiByZXEuYm9keS55ZWFyLCBzdGFydHM6IHJlcS5ib2R5LnN0YXJ0cywgY29tcGxldGlvbnM6IHJlcS5ib2R5LmNvbXBsZXRpb25zLCBleHBlY3RlZFZlcnNpb246IGV4cGVjdGVkIH0pO1xuICAgICAgc2VuZEV0YWcocmVwbHksICdkcnJfdGFyZ2V0JywgdC5pZCwgdC52ZXJzaW9uKTtcbiAgICAgIHJldHVybiB7IHllYXI6IHQueWVhciwgc3RhcnRzOiB0LnN0YXJ0cywgY29tcGxldGlvbnM6IHQuY29tcGxldGlvbnMsIHZlcnNpb246IHQudmVyc2lvbiB9O1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFLQSxTQUFTLFdBQVc7QUFDcEIsU0FBUyxtQkFBbUIsc0JBQXNCO0FBQ2xELFNBQVMscUJBQXFCO0FBQzlCLFNBQVMsaUJBQWlCLGFBQWEsZ0JBQWdCO0FBQ3ZELFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsK0JBQStCO0FBS3hDLE1BQU0sU0FBUztBQUFBLEVBQ2IsTUFBTTtBQUFBLEVBQ04sWUFBWTtBQUFBLElBQ1YsUUFBUSxFQUFFLE1BQU0sQ0FBQyxXQUFXLE1BQU0sRUFBRTtBQUFBLElBQ3BDLGFBQWEsRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEVBQUU7QUFBQSxJQUN6QyxtQkFBbUIsRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEVBQUU7QUFBQSxJQUMvQyxXQUFXLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxFQUFFO0FBQUEsRUFDekM7QUFDRjtBQUNBLE1BQU0sZUFBZTtBQUFBLEVBQ25CLE1BQU07QUFBQSxFQUNOLFlBQVk7QUFBQSxJQUNWLE1BQU0sRUFBRSxNQUFNLFNBQVM7QUFBQSxJQUN2QixRQUFRLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDMUIsYUFBYSxFQUFFLE1BQU0sQ0FBQyxXQUFXLE1BQU0sRUFBRTtBQUFBLElBQ3pDLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxFQUM3QjtBQUNGO0FBQ0EsTUFBTSxnQkFBZ0I7QUFBQSxFQUNwQixNQUFNO0FBQUEsRUFDTixZQUFZO0FBQUEsSUFDVixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDdkIsT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU87QUFBQSxJQUN4QyxLQUFLLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTztBQUFBLElBQ3RDLFVBQVU7QUFBQSxNQUNSLE1BQU07QUFBQSxNQUNOLE9BQU8sRUFBRSxNQUFNLFVBQVUsWUFBWSxFQUFFLFNBQVMsRUFBRSxNQUFNLFVBQVUsR0FBRyxPQUFPLEVBQUUsTUFBTSxTQUFTLEdBQUcsT0FBTyxFQUFFLE1BQU0sVUFBVSxRQUFRLE9BQU8sR0FBRyxLQUFLLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxHQUFHLEdBQUcsT0FBTyxXQUFXLEVBQUU7QUFBQSxJQUM3TTtBQUFBLElBQ0EsT0FBTztBQUFBLElBQ1AsUUFBUSxFQUFFLEdBQUcsY0FBYyxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNwRCxxQkFBcUIsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNoRCwwQkFBMEIsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUNyRCxnQkFBZ0IsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEVBQUU7QUFBQSxJQUMzQyxZQUFZLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDOUIsUUFBUSxFQUFFLE1BQU0sU0FBUztBQUFBLEVBQzNCO0FBQ0Y7QUFFQSxNQUFNLE1BQU0sQ0FBQyxNQUFzQixNQUFNLE9BQU8sV0FBTSxJQUFJLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQztBQUM3RSxNQUFNLE1BQU0sQ0FBQyxNQUFzQixNQUFNLE9BQU8sYUFBYSxPQUFPLENBQUM7QUFFckUsU0FBUyxZQUFZLE9BQXlCO0FBQzVDLFFBQU0sSUFBSSxPQUFPLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQztBQUNsQyxTQUFPLENBQUMsSUFBSSxHQUFHLElBQUksR0FBRyxHQUFHLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLHdCQUF3QixDQUFDLEVBQUUsS0FBSztBQUM3RTtBQUVPLFNBQVMsa0JBQWtCLEtBQTRCO0FBQzVELFFBQU0sTUFBTSxJQUFJLFNBQVM7QUFFekIsaUJBQWUsV0FBVyxPQUFxQixPQUFjLEdBQWUsT0FBNEgsQ0FBQyxHQUFHO0FBQzFNLFVBQU0sTUFBTSxDQUFDLE9BQWUsR0FBd0IsT0FBTyxVQUFVO0FBQUEsTUFDbkUsRUFBRSxNQUFNLE9BQU8sU0FBUyxPQUFPLDZCQUE2QixPQUFVO0FBQUEsTUFDdEUsRUFBRSxNQUFNLElBQUksRUFBRSxNQUFNLEdBQUcsUUFBUSxVQUFVO0FBQUEsTUFDekMsRUFBRSxNQUFNLElBQUksRUFBRSxXQUFXLEdBQUcsUUFBUSxVQUFVO0FBQUEsTUFDOUMsRUFBRSxNQUFNLElBQUksRUFBRSxpQkFBaUIsR0FBRyxRQUFRLFVBQVU7QUFBQSxNQUNwRCxFQUFFLE1BQU0sSUFBSSxFQUFFLFNBQVMsR0FBRyxRQUFRLFVBQVU7QUFBQSxJQUM5QztBQUNBLFdBQU8sTUFBTSxPQUFPLFdBQVc7QUFBQSxNQUM3QixPQUFPLE9BQU8sRUFBRSxJQUFJO0FBQUEsTUFDcEI7QUFBQSxNQUNBLE1BQU0sQ0FBQyxHQUFHLEVBQUUsU0FBUyxJQUFJLENBQUMsTUFBTSxJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsR0FBRyxJQUFJLFFBQVEsRUFBRSxJQUFJLElBQUksRUFBRSxPQUFPLElBQUksQ0FBQztBQUFBLE1BQ3RGLHFCQUFxQixJQUFJLEVBQUUsbUJBQW1CO0FBQUEsTUFDOUMsMEJBQTBCLElBQUksRUFBRSx3QkFBd0I7QUFBQSxNQUN4RCxnQkFBZ0IsSUFBSSxFQUFFLGNBQWM7QUFBQSxNQUNwQyxhQUFhLElBQUksRUFBRSxNQUFNLE1BQU07QUFBQSxNQUMvQixrQkFBa0IsSUFBSSxFQUFFLE1BQU0sV0FBVztBQUFBLE1BQ3pDLG1CQUFtQixFQUFFLFdBQVcsUUFBUSxFQUFFLE9BQU8sZ0JBQWdCO0FBQUEsTUFDakUsT0FBTyxZQUFZLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxHQUFHLE1BQU0sR0FBRyxVQUFVLE1BQU0sRUFBRSxLQUFLLEVBQUU7QUFBQSxNQUNyRixTQUFTLElBQUksT0FBTyxlQUFlO0FBQUEsTUFDbkMsUUFBUSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQ3hCLGFBQWEsS0FBSyxlQUFlLENBQUM7QUFBQSxNQUNsQyxRQUFRLEtBQUssVUFBVSxFQUFFLFFBQVEsRUFBRSxTQUFTLE9BQU8sRUFBRSxPQUFPLE1BQU0sSUFBSSxJQUFJLGFBQWEsRUFBRSxRQUFRLGVBQWUsT0FBTyxPQUFPLEVBQUUsT0FBTyxXQUFXLElBQUksR0FBRztBQUFBLE1BQ3pKLE9BQU8sS0FBSyxTQUFTO0FBQUEsSUFDdkIsQ0FBQztBQUFBLEVBQ0g7QUFFQSxNQUFJLElBQXdELFFBQVEsRUFBRSxRQUFRLEVBQUUsUUFBUSxtQkFBbUIsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3BJLFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFFBQUk7QUFDSixRQUFJO0FBQ0YsVUFBSSxNQUFNLElBQUksUUFBUSxPQUFPLElBQUksTUFBTSxJQUFJO0FBQUEsSUFDN0MsU0FBUyxHQUFHO0FBQ1YsVUFBSSxFQUFFLGFBQWEsbUJBQW9CLE9BQU07QUFDN0MsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyx1Q0FBdUMsU0FBUyxFQUFFLFFBQVEsQ0FBQztBQUFBLElBQ3ZHO0FBQ0EsV0FBTyxXQUFXLE9BQU8sT0FBTyxHQUFHLEVBQUUsT0FBTyxJQUFJLE1BQU0sVUFBVSxJQUFJLENBQUM7QUFBQSxFQUN2RSxDQUFDO0FBRUQsTUFBSSxLQUFxQixlQUFlLEVBQUUsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNyRyxVQUFNLFFBQVEsSUFBSTtBQUNsQixVQUFNLE9BQU8sSUFBSSxRQUFRLENBQUM7QUFDMUIsUUFBSTtBQUNGLFlBQU0sSUFBSSxNQUFNLElBQUksVUFBVSxPQUFPLEVBQUUsTUFBTSxLQUFLLE1BQU0sUUFBUSxLQUFLLFFBQVEsYUFBYSxLQUFLLGFBQWEsaUJBQWlCLFlBQVksS0FBSyxPQUFPLEVBQUUsQ0FBQztBQUN4SixhQUFPLE1BQU0sU0FBUyxhQUFhLG1CQUFtQixFQUFFLElBQUksQ0FBQyxZQUFZLEdBQUc7QUFBQSxJQUM5RSxTQUFTLEdBQUc7QUFDVixVQUFJLEVBQUUsZUFBZSxDQUFDLEtBQUssRUFBRSxTQUFTLG1CQUFtQixFQUFFLFNBQVMsRUFBRSxVQUFVLFFBQVMsT0FBTTtBQUMvRixZQUFNLEtBQUssR0FBRztBQUNkLFlBQU0sSUFBSSxNQUFNLElBQUksUUFBUSxPQUFPLEtBQUssSUFBSTtBQUM1QyxZQUFNLE9BQU8sSUFBSSxFQUFFLEtBQUs7QUFDeEIsYUFBTyxXQUFXLE9BQU8sT0FBTyxHQUFHLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxFQUFFLFNBQVMsS0FBSyxDQUFDLEdBQUcsYUFBYSxFQUFFLENBQUMsRUFBRSxLQUFLLEdBQUcsRUFBRSxRQUFRLEdBQUcsUUFBUSxLQUFLLENBQUM7QUFBQSxJQUNqSTtBQUFBLEVBQ0YsQ0FBQztBQUVELE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsbUJBQW1CO0FBQUEsTUFDckMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFDRTtBQUFBLFFBRUYsTUFBTSxDQUFDLGFBQWE7QUFBQSxRQUNwQixhQUFhLEVBQUUsTUFBTSxVQUFVLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFFBQ3hFLFVBQVUsRUFBRSxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGNBQWM7QUFBQSxNQUM3RjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sSUFBSSxNQUFNLElBQUksUUFBUSxJQUFJLE9BQVEsSUFBSSxNQUFNLElBQUk7QUFFdEQsVUFBSSxFQUFFLE9BQVEsVUFBUyxPQUFPLGNBQWMsT0FBTyxFQUFFLEtBQUssTUFBTSxHQUFHLENBQUMsQ0FBQyxHQUFHLEVBQUUsT0FBTyxPQUFPO0FBQ3hGLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCO0FBQUEsTUFDbEMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYTtBQUFBLFFBQ2IsTUFBTSxDQUFDLGFBQWE7QUFBQSxRQUNwQixNQUFNO0FBQUEsVUFDSixNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsUUFBUSxRQUFRO0FBQUEsVUFDM0Isc0JBQXNCO0FBQUEsVUFDdEIsWUFBWSxFQUFFLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxRQUFRLEVBQUUsTUFBTSxXQUFXLFNBQVMsRUFBRSxHQUFHLGFBQWEsRUFBRSxNQUFNLENBQUMsV0FBVyxNQUFNLEdBQUcsU0FBUyxFQUFFLEVBQUU7QUFBQSxRQUMxSTtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssY0FBYyxLQUFLLGVBQWUsS0FBSyxlQUFlLEtBQUssZUFBZSxLQUFLLGNBQWM7QUFBQSxNQUNoSDtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sT0FBTyxhQUFhLEtBQUssSUFBSSxLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2pELFlBQU0sV0FBVyxPQUFPLGdCQUFnQixLQUFLLGNBQWMsT0FBTyxJQUFJLENBQUMsSUFBSTtBQUMzRSxZQUFNLElBQUksTUFBTSxJQUFJLFVBQVUsSUFBSSxPQUFRLEVBQUUsTUFBTSxJQUFJLEtBQUssTUFBTSxRQUFRLElBQUksS0FBSyxRQUFRLGFBQWEsSUFBSSxLQUFLLGFBQWEsaUJBQWlCLFNBQVMsQ0FBQztBQUN4SixlQUFTLE9BQU8sY0FBYyxFQUFFLElBQUksRUFBRSxPQUFPO0FBQzdDLGFBQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxRQUFRLEVBQUUsUUFBUSxhQUFhLEVBQUUsYUFBYSxTQUFTLEVBQUUsUUFBUTtBQUFBLElBQzFGO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
