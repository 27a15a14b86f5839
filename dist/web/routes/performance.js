import { httpStatusOf, isWaymarkError } from "../../errors.js";
import {
  chooserSubmitted,
  readChooser,
  readDashboardQuery,
  readUnitCostsForm,
  yearFromUrl,
  yearToUrl
} from "../forms/performance-form.js";
import { ni18View, ni30View, ni38View, premiumServiceView, recentYears, reoffendingView, unitCostsView } from "../view-models/performance.js";
function renderProblem(reply, e) {
  const status = httpStatusOf(e);
  reply.code(status);
  const title = status === 404 ? "Page not found" : status === 403 ? "You cannot see this page" : "There is a problem with the request";
  return reply.render("error.njk", { title, message: e.message });
}
function registerPerformanceRoutes(app) {
  const performance = app.services.performance;
  app.get("/performance", { config: { access: "performance:view" } }, async (req, reply) => {
    const actor = req.actor;
    const schemes = await performance.dashboardSchemes(actor);
    const today = await app.services.partnerships.today(actor);
    let errors = [];
    let fieldErrors = {};
    const years = recentYears(today);
    if (chooserSubmitted(req.query)) {
      const choice = readChooser(req.query, schemes);
      if (choice.location) return reply.redirect(choice.location, 303);
      ({ errors, fieldErrors } = choice);
      reply.code(400);
    }
    return reply.render("performance-choose.njk", {
      title: "Performance",
      errors,
      fieldErrors,
      schemeItems: [
        { value: "", text: "Choose a scheme" },
        ...schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === req.query.scheme }))
      ],
      yearItems: years.map((y, i) => ({ value: y, text: y, selected: req.query.year ? y === req.query.year : i === 1 })),
      values: req.query,
      noSchemes: schemes.length === 0
    });
  });
  app.get("/performance/unit-costs", { config: { access: "performance:view" } }, async (req, reply) => {
    return renderUnitCosts(reply, req.actor, {});
  });
  app.post("/performance/unit-costs", { config: { access: "unit-costs:edit" } }, async (req, reply) => {
    const actor = req.actor;
    const body = req.body ?? {};
    const current = await performance.listUnitCosts(actor);
    if (!performance.mayEditUnitCosts(actor)) {
      reply.code(403);
      return reply.render("error.njk", { title: "You cannot change the unit costs", message: "Analysts and administrators can edit the unit costs of crime." });
    }
    const form = readUnitCostsForm(body, current);
    if (form.errors.length) {
      reply.code(400);
      return renderUnitCosts(reply, actor, { errors: form.errors, fieldErrors: form.fieldErrors, values: body });
    }
    try {
      await performance.setUnitCosts(actor, { priceYear: form.priceYear, costs: form.changes });
    } catch (e) {
      if (isWaymarkError(e)) return renderProblem(reply, e);
      throw e;
    }
    return renderUnitCosts(reply, actor, { saved: form.changes.length });
  });
  app.get(
    "/performance/:code/:year",
    { config: { access: "performance:view" } },
    async (req, reply) => {
      const actor = req.actor;
      const year = yearFromUrl(req.params.year);
      if (!year) {
        reply.code(404);
        return reply.render("error.njk", { title: "Page not found", message: `"${req.params.year}" is not a performance year: write it like 2008-09 in the address.` });
      }
      const query = readDashboardQuery(req.query);
      const schemes = await performance.dashboardSchemes(actor);
      const scheme = schemes.find((s) => s.code === req.params.code);
      if (!scheme) {
        reply.code(404);
        return reply.render("error.njk", { title: "Page not found", message: `There is no scheme with the code ${req.params.code}.` });
      }
      const base = {
        title: `${scheme.name}: performance ${year.label}`,
        scheme,
        year: year.label,
        action: `/performance/${encodeURIComponent(scheme.code)}/${yearToUrl(year.label)}`,
        values: req.query,
        errors: query.errors,
        fieldErrors: query.fieldErrors
      };
      if (query.errors.length) {
        reply.code(400);
        return reply.render("performance.njk", base);
      }
      let figures;
      try {
        figures = await performance.dashboard(actor, { schemeCode: scheme.code, year: year.label, ceiling: query.ceiling, stretch: query.stretch, cohortDate: query.cohortDate, ni18Month: query.ni18Month });
      } catch (e) {
        if (isWaymarkError(e)) return renderProblem(reply, e);
        throw e;
      }
      const { named, today } = figures;
      return reply.render("performance.njk", {
        ...base,
        named,
        today,
        ni30: ni30View(figures.ni30, named),
        ni38: ni38View(figures.ni38, named, figures.names),
        reoffending: reoffendingView(figures.reoffending, named),
        premium: premiumServiceView(figures.premiumService, named),
        ni18: ni18View(figures.ni18.all, figures.ni18.scheme, named)
      });
    }
  );
  async function renderUnitCosts(reply, actor, opts) {
    const costs = await performance.listUnitCosts(actor);
    return reply.render("unit-costs.njk", unitCostsView(costs, performance.mayEditUnitCosts(actor), opts));
  }
}
export {
  registerPerformanceRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvcGVyZm9ybWFuY2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIFRoZSBwZXJmb3JtYW5jZSBkYXNoYm9hcmQgKFNQRUMgMy42KTogY2hvb3NlIGEgc2NoZW1lLCB5ZWFyIGFuZCBjZWlsaW5nLCB0aGVuXG4vLyBvbmUgcGFnZSBvZiBOSTMwLCByb2xsaW5nIDEyIG1vbnRocywgTkkzOCB3aXRoIGl0cyBjb250cmlidXRvcnMsIHByb3ZlblxuLy8gcmVvZmZlbmRpbmcgYW5kIGNvbmNlbnRyYXRpb24sIGVhY2ggd2l0aCBpdHMgbWV0aG9kIGFuZCBpbnB1dHMgYmVzaWRlIGl0LFxuLy8gYW5kIHRoZSB1bml0IGNvc3RzIG9mIGNyaW1lLiBCb2FyZCBtZW1iZXJzIHNlZSBhZ2dyZWdhdGVzIG9ubHksIHdpdGggc21hbGxcbi8vIGNvdW50cyBzdXBwcmVzc2VkIChTUEVDIDMuNykuIFRoZSByb3V0ZXMgcmVhZCB0aGUgZm9ybSwgY2FsbCB0aGUgcGVyZm9ybWFuY2Vcbi8vIHNlcnZpY2UgYW5kIHJlbmRlciBpdHMgdmlldyBtb2RlbC5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHkgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB0eXBlIHsgQWN0b3IgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWN0b3IuanMnO1xuaW1wb3J0IHsgaHR0cFN0YXR1c09mLCBpc1dheW1hcmtFcnJvciwgdHlwZSBXYXltYXJrRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHtcbiAgY2hvb3NlclN1Ym1pdHRlZCxcbiAgcmVhZENob29zZXIsXG4gIHJlYWREYXNoYm9hcmRRdWVyeSxcbiAgcmVhZFVuaXRDb3N0c0Zvcm0sXG4gIHllYXJGcm9tVXJsLFxuICB5ZWFyVG9VcmwsXG4gIHR5cGUgRmllbGRFcnJvcixcbiAgdHlwZSBQZXJmb3JtYW5jZVF1ZXJ5LFxufSBmcm9tICcuLi9mb3Jtcy9wZXJmb3JtYW5jZS1mb3JtLmpzJztcbmltcG9ydCB7IG5pMThWaWV3LCBuaTMwVmlldywgbmkzOFZpZXcsIHByZW1pdW1TZXJ2aWNlVmlldywgcmVjZW50WWVhcnMsIHJlb2ZmZW5kaW5nVmlldywgdW5pdENvc3RzVmlldyB9IGZyb20gJy4uL3ZpZXctbW9kZWxzL3BlcmZvcm1hbmNlLmpzJztcblxuZnVuY3Rpb24gcmVuZGVyUHJvYmxlbShyZXBseTogRmFzdGlmeVJlcGx5LCBlOiBXYXltYXJrRXJyb3IpIHtcbiAgY29uc3Qgc3RhdHVzID0gaHR0cFN0YXR1c09mKGUpO1xuICByZXBseS5jb2RlKHN0YXR1cyk7XG4gIGNvbnN0IHRpdGxlID0gc3RhdHVzID09PSA0MDQgPyAnUGFnZSBub3QgZm91bmQnIDogc3RhdHVzID09PSA0MDMgPyAnWW91IGNhbm5vdCBzZWUgdGhpcyBwYWdlJyA6ICdUaGVyZSBpcyBhIHByb2JsZW0gd2l0aCB0aGUgcmVxdWVzdCc7XG4gIHJldHVybiByZXBseS5yZW5kZXIoJ2Vycm9yLm5qaycsIHsgdGl0bGUsIG1lc3NhZ2U6IGUubWVzc2FnZSB9KTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyUGVyZm9ybWFuY2VSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgY29uc3QgcGVyZm9ybWFuY2UgPSBhcHAuc2VydmljZXMucGVyZm9ybWFuY2U7XG5cbiAgLy8gVGhlIGNob29zZXI6IGEgR0VUIGZvcm0sIHNvIGl0IHdvcmtzIHdpdGhvdXQgSmF2YVNjcmlwdDsgYSBjb21wbGV0ZVxuICAvLyBjaG9pY2UgaXMgc2VudCBvbiB0byB0aGUgZGFzaGJvYXJkJ3Mgb3duIGFkZHJlc3MuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogUGVyZm9ybWFuY2VRdWVyeSB9PignL3BlcmZvcm1hbmNlJywgeyBjb25maWc6IHsgYWNjZXNzOiAncGVyZm9ybWFuY2U6dmlldycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGNvbnN0IGFjdG9yID0gcmVxLmFjdG9yITtcbiAgICBjb25zdCBzY2hlbWVzID0gYXdhaXQgcGVyZm9ybWFuY2UuZGFzaGJvYXJkU2NoZW1lcyhhY3Rvcik7XG4gICAgY29uc3QgdG9kYXkgPSBhd2FpdCBhcHAuc2VydmljZXMucGFydG5lcnNoaXBzLnRvZGF5KGFjdG9yKTtcbiAgICBsZXQgZXJyb3JzOiBGaWVsZEVycm9yW10gPSBbXTtcbiAgICBsZXQgZmllbGRFcnJvcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBjb25zdCB5ZWFycyA9IHJlY2VudFllYXJzKHRvZGF5KTtcbiAgICBpZiAoY2hvb3NlclN1Ym1pdHRlZChyZXEucXVlcnkpKSB7XG4gICAgICBjb25zdCBjaG9pY2UgPSByZWFkQ2hvb3NlcihyZXEucXVlcnksIHNjaGVtZXMpO1xuICAgICAgaWYgKGNob2ljZS5sb2NhdGlvbikgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGNob2ljZS5sb2NhdGlvbiwgMzAzKTtcbiAgICAgICh7IGVycm9ycywgZmllbGRFcnJvcnMgfSA9IGNob2ljZSk7XG4gICAgICByZXBseS5jb2RlKDQwMCk7XG4gICAgfVxuICAgIHJldHVybiByZXBseS5yZW5kZXIoJ3BlcmZvcm1hbmNlLWNob29zZS5uamsnLCB7XG4gICAgICB0aXRsZTogJ1BlcmZvcm1hbmNlJyxcbiAgICAgIGVycm9ycyxcbiAgICAgIGZpZWxkRXJyb3JzLFxuICAgICAgc2NoZW1lSXRlbXM6IFtcbiAgICAgICAgeyB2YWx1ZTogJycsIHRleHQ6ICdDaG9vc2UgYSBzY2hlbWUnIH0sXG4gICAgICAgIC4uLnNjaGVtZXMubWFwKChzKSA9PiAoeyB2YWx1ZTogcy5jb2RlLCB0ZXh0OiBgJHtzLm5hbWV9ICgke3MuY29kZX0pYCwgc2VsZWN0ZWQ6IHMuY29kZSA9PT0gcmVxLnF1ZXJ5LnNjaGVtZSB9KSksXG4gICAgICBdLFxuICAgICAgeWVhckl0ZW1zOiB5ZWFycy5tYXAoKHksIGkpID0+ICh7IHZhbHVlOiB5LCB0ZXh0OiB5LCBzZWxlY3RlZDogcmVxLnF1ZXJ5LnllYXIgPyB5ID09PSByZXEucXVlcnkueWVhciA6IGkgPT09IDEgfSkpLFxuICAgICAgdmFsdWVzOiByZXEucXVlcnksXG4gICAgICBub1NjaGVtZXM6IHNjaGVtZXMubGVuZ3RoID09PSAwLFxuICAgIH0pO1xuICB9KTtcblxuICBhcHAuZ2V0KCcvcGVyZm9ybWFuY2UvdW5pdC1jb3N0cycsIHsgY29uZmlnOiB7IGFjY2VzczogJ3BlcmZvcm1hbmNlOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICByZXR1cm4gcmVuZGVyVW5pdENvc3RzKHJlcGx5LCByZXEuYWN0b3IhLCB7fSk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPiB9PignL3BlcmZvcm1hbmNlL3VuaXQtY29zdHMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICd1bml0LWNvc3RzOmVkaXQnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBhY3RvciA9IHJlcS5hY3RvciE7XG4gICAgY29uc3QgYm9keSA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGNvbnN0IGN1cnJlbnQgPSBhd2FpdCBwZXJmb3JtYW5jZS5saXN0VW5pdENvc3RzKGFjdG9yKTtcbiAgICBpZiAoIXBlcmZvcm1hbmNlLm1heUVkaXRVbml0Q29zdHMoYWN0b3IpKSB7XG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnWW91IGNhbm5vdCBjaGFuZ2UgdGhlIHVuaXQgY29zdHMnLCBtZXNzYWdlOiAnQW5hbHlzdHMgYW5kIGFkbWluaXN0cmF0b3JzIGNhbiBlZGl0IHRoZSB1bml0IGNvc3RzIG9mIGNyaW1lLicgfSk7XG4gICAgfVxuICAgIGNvbnN0IGZvcm0gPSByZWFkVW5pdENvc3RzRm9ybShib2R5LCBjdXJyZW50KTtcbiAgICBpZiAoZm9ybS5lcnJvcnMubGVuZ3RoKSB7XG4gICAgICByZXBseS5jb2RlKDQwMCk7XG4gICAgICByZXR1cm4gcmVuZGVyVW5pdENvc3RzKHJlcGx5LCBhY3RvciwgeyBlcnJvcnM6IGZvcm0uZXJyb3JzLCBmaWVsZEVycm9yczogZm9ybS5maWVsZEVycm9ycywgdmFsdWVzOiBib2R5IH0pO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgYXdhaXQgcGVyZm9ybWFuY2Uuc2V0VW5pdENvc3RzKGFjdG9yLCB7IHByaWNlWWVhcjogZm9ybS5wcmljZVllYXIsIGNvc3RzOiBmb3JtLmNoYW5nZXMgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGlzV2F5bWFya0Vycm9yKGUpKSByZXR1cm4gcmVuZGVyUHJvYmxlbShyZXBseSwgZSk7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgICByZXR1cm4gcmVuZGVyVW5pdENvc3RzKHJlcGx5LCBhY3RvciwgeyBzYXZlZDogZm9ybS5jaGFuZ2VzLmxlbmd0aCB9KTtcbiAgfSk7XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBjb2RlOiBzdHJpbmc7IHllYXI6IHN0cmluZyB9OyBRdWVyeXN0cmluZzogUGVyZm9ybWFuY2VRdWVyeSB9PihcbiAgICAnL3BlcmZvcm1hbmNlLzpjb2RlLzp5ZWFyJyxcbiAgICB7IGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJmb3JtYW5jZTp2aWV3JyB9IH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGFjdG9yID0gcmVxLmFjdG9yITtcbiAgICAgIGNvbnN0IHllYXIgPSB5ZWFyRnJvbVVybChyZXEucGFyYW1zLnllYXIpO1xuICAgICAgaWYgKCF5ZWFyKSB7XG4gICAgICAgIHJlcGx5LmNvZGUoNDA0KTtcbiAgICAgICAgcmV0dXJuIHJlcGx5LnJlbmRlcignZXJyb3IubmprJywgeyB0aXRsZTogJ1BhZ2Ugbm90IGZvdW5kJywgbWVzc2FnZTogYFwiJHtyZXEucGFyYW1zLnllYXJ9XCIgaXMgbm90IGEgcGVyZm9ybWFuY2UgeWVhcjogd3JpdGUgaXQgbGlrZSAyMDA4LTA5IGluIHRoZSBhZGRyZXNzLmAgfSk7XG4gICAgICB9XG4gICAgICBjb25zdCBxdWVyeSA9IHJlYWREYXNoYm9hcmRRdWVyeShyZXEucXVlcnkpO1xuICAgICAgY29uc3Qgc2NoZW1lcyA9IGF3YWl0IHBlcmZvcm1hbmNlLmRhc2hib2FyZFNjaGVtZXMoYWN0b3IpO1xuICAgICAgY29uc3Qgc2NoZW1lID0gc2NoZW1lcy5maW5kKChzKSA9PiBzLmNvZGUgPT09IHJlcS5wYXJhbXMuY29kZSk7XG4gICAgICBpZiAoIXNjaGVtZSkge1xuICAgICAgICByZXBseS5jb2RlKDQwNCk7XG4gICAgICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2Vycm9yLm5qaycsIHsgdGl0bGU6ICdQYWdlIG5vdCBmb3VuZCcsIG1lc3NhZ2U6IGBUaGVyZSBpcyBubyBzY2hlbWUgd2l0aCB0aGUgY29kZSAke3JlcS5wYXJhbXMuY29kZX0uYCB9KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGJhc2UgPSB7XG4gICAgICAgIHRpdGxlOiBgJHtzY2hlbWUubmFtZX06IHBlcmZvcm1hbmNlICR7eWVhci5sYWJlbH1gLFxuICAgICAgICBzY2hlbWUsXG4gICAgICAgIHllYXI6IHllYXIubGFiZWwsXG4gICAgICAgIGFjdGlvbjogYC9wZXJmb3JtYW5jZS8ke2VuY29kZVVSSUNvbXBvbmVudChzY2hlbWUuY29kZSl9LyR7eWVhclRvVXJsKHllYXIubGFiZWwpfWAsXG4gICAgICAgIHZhbHVlczogcmVxLnF1ZXJ5LFxuICAgICAgICBlcnJvcnM6IHF1ZXJ5LmVycm9ycyxcbiAgICAgICAgZmllbGRFcnJvcnM6IHF1ZXJ5LmZpZWxkRXJyb3JzLFxuICAgICAgfTtcbiAgICAgIGlmIChxdWVyeS5lcnJvcnMubGVuZ3RoKSB7XG4gICAgICAgIHJlcGx5LmNvZGUoNDAwKTtcbiAgICAgICAgcmV0dXJuIHJlcGx5LnJlbmRlcigncGVyZm9ybWFuY2UubmprJywgYmFzZSk7XG4gICAgICB9XG5cbiAgICAgIGxldCBmaWd1cmVzO1xuICAgICAgdHJ5IHtcbiAgICAgICAgZmlndXJlcyA9IGF3YWl0IHBlcmZvcm1hbmNlLmRhc2hib2FyZChhY3RvciwgeyBzY2hlbWVDb2RlOiBzY2hlbWUuY29kZSwgeWVhcjogeWVhci5sYWJlbCwgY2VpbGluZzogcXVlcnkuY2VpbGluZywgc3RyZXRjaDogcXVlcnkuc3RyZXRjaCwgY29ob3J0RGF0ZTogcXVlcnkuY29ob3J0RGF0ZSwgbmkxOE1vbnRoOiBxdWVyeS5uaTE4TW9udGggfSk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmIChpc1dheW1hcmtFcnJvcihlKSkgcmV0dXJuIHJlbmRlclByb2JsZW0ocmVwbHksIGUpO1xuICAgICAgICB0aHJvdyBlO1xuICAgICAgfVxuICAgICAgY29uc3QgeyBuYW1lZCwgdG9kYXkgfSA9IGZpZ3VyZXM7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdwZXJmb3JtYW5jZS5uamsnLCB7XG4gICAgICAgIC4uLmJhc2UsXG4gICAgICAgIG5hbWVkLFxuICAgICAgICB0b2RheSxcbiAgICAgICAgbmkzMDogbmkzMFZpZXcoZmlndXJlcy5uaTMwLCBuYW1lZCksXG4gICAgICAgIG5pMzg6IG5pMzhWaWV3KGZpZ3VyZXMubmkzOCwgbmFtZWQsIGZpZ3VyZXMubmFtZXMpLFxuICAgICAgICByZW9mZmVuZGluZzogcmVvZmZlbmRpbmdWaWV3KGZpZ3VyZXMucmVvZmZlbmRpbmcsIG5hbWVkKSxcbiAgICAgICAgcHJlbWl1bTogcHJlbWl1bVNlcnZpY2VWaWV3KGZpZ3VyZXMucHJlbWl1bVNlcnZpY2UsIG5hbWVkKSxcbiAgICAgICAgbmkxODogbmkxOFZpZXcoZmlndXJlcy5uaTE4LmFsbCwgZmlndXJlcy5uaTE4LnNjaGVtZSwgbmFtZWQpLFxuICAgICAgfSk7XG4gICAgfSxcbiAgKTtcblxuICBhc3luYyBmdW5jdGlvbiByZW5kZXJVbml0Q29zdHMoXG4gICAgcmVwbHk6IEZhc3RpZnlSZXBseSxcbiAgICBhY3RvcjogQWN0b3IsXG4gICAgb3B0czogeyBlcnJvcnM/OiBGaWVsZEVycm9yW107IGZpZWxkRXJyb3JzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjsgdmFsdWVzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjsgc2F2ZWQ/OiBudW1iZXIgfSxcbiAgKSB7XG4gICAgY29uc3QgY29zdHMgPSBhd2FpdCBwZXJmb3JtYW5jZS5saXN0VW5pdENvc3RzKGFjdG9yKTtcbiAgICByZXR1cm4gcmVwbHkucmVuZGVyKCd1bml0LWNvc3RzLm5qaycsIHVuaXRDb3N0c1ZpZXcoY29zdHMsIHBlcmZvcm1hbmNlLm1heUVkaXRVbml0Q29zdHMoYWN0b3IpLCBvcHRzKSk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQVFBLFNBQVMsY0FBYyxzQkFBeUM7QUFDaEU7QUFBQSxFQUNFO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxPQUdLO0FBQ1AsU0FBUyxVQUFVLFVBQVUsVUFBVSxvQkFBb0IsYUFBYSxpQkFBaUIscUJBQXFCO0FBRTlHLFNBQVMsY0FBYyxPQUFxQixHQUFpQjtBQUMzRCxRQUFNLFNBQVMsYUFBYSxDQUFDO0FBQzdCLFFBQU0sS0FBSyxNQUFNO0FBQ2pCLFFBQU0sUUFBUSxXQUFXLE1BQU0sbUJBQW1CLFdBQVcsTUFBTSw2QkFBNkI7QUFDaEcsU0FBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sU0FBUyxFQUFFLFFBQVEsQ0FBQztBQUNoRTtBQUVPLFNBQVMsMEJBQTBCLEtBQTRCO0FBQ3BFLFFBQU0sY0FBYyxJQUFJLFNBQVM7QUFJakMsTUFBSSxJQUF1QyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsUUFBUSxtQkFBbUIsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQzNILFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFVBQU0sVUFBVSxNQUFNLFlBQVksaUJBQWlCLEtBQUs7QUFDeEQsVUFBTSxRQUFRLE1BQU0sSUFBSSxTQUFTLGFBQWEsTUFBTSxLQUFLO0FBQ3pELFFBQUksU0FBdUIsQ0FBQztBQUM1QixRQUFJLGNBQXNDLENBQUM7QUFDM0MsVUFBTSxRQUFRLFlBQVksS0FBSztBQUMvQixRQUFJLGlCQUFpQixJQUFJLEtBQUssR0FBRztBQUMvQixZQUFNLFNBQVMsWUFBWSxJQUFJLE9BQU8sT0FBTztBQUM3QyxVQUFJLE9BQU8sU0FBVSxRQUFPLE1BQU0sU0FBUyxPQUFPLFVBQVUsR0FBRztBQUMvRCxPQUFDLEVBQUUsUUFBUSxZQUFZLElBQUk7QUFDM0IsWUFBTSxLQUFLLEdBQUc7QUFBQSxJQUNoQjtBQUNBLFdBQU8sTUFBTSxPQUFPLDBCQUEwQjtBQUFBLE1BQzVDLE9BQU87QUFBQSxNQUNQO0FBQUEsTUFDQTtBQUFBLE1BQ0EsYUFBYTtBQUFBLFFBQ1gsRUFBRSxPQUFPLElBQUksTUFBTSxrQkFBa0I7QUFBQSxRQUNyQyxHQUFHLFFBQVEsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLEtBQUssRUFBRSxJQUFJLEtBQUssVUFBVSxFQUFFLFNBQVMsSUFBSSxNQUFNLE9BQU8sRUFBRTtBQUFBLE1BQ2pIO0FBQUEsTUFDQSxXQUFXLE1BQU0sSUFBSSxDQUFDLEdBQUcsT0FBTyxFQUFFLE9BQU8sR0FBRyxNQUFNLEdBQUcsVUFBVSxJQUFJLE1BQU0sT0FBTyxNQUFNLElBQUksTUFBTSxPQUFPLE1BQU0sRUFBRSxFQUFFO0FBQUEsTUFDakgsUUFBUSxJQUFJO0FBQUEsTUFDWixXQUFXLFFBQVEsV0FBVztBQUFBLElBQ2hDLENBQUM7QUFBQSxFQUNILENBQUM7QUFFRCxNQUFJLElBQUksMkJBQTJCLEVBQUUsUUFBUSxFQUFFLFFBQVEsbUJBQW1CLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNuRyxXQUFPLGdCQUFnQixPQUFPLElBQUksT0FBUSxDQUFDLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBRUQsTUFBSSxLQUFtRCwyQkFBMkIsRUFBRSxRQUFRLEVBQUUsUUFBUSxrQkFBa0IsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2pKLFVBQU0sUUFBUSxJQUFJO0FBQ2xCLFVBQU0sT0FBTyxJQUFJLFFBQVEsQ0FBQztBQUMxQixVQUFNLFVBQVUsTUFBTSxZQUFZLGNBQWMsS0FBSztBQUNyRCxRQUFJLENBQUMsWUFBWSxpQkFBaUIsS0FBSyxHQUFHO0FBQ3hDLFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sb0NBQW9DLFNBQVMsZ0VBQWdFLENBQUM7QUFBQSxJQUMxSjtBQUNBLFVBQU0sT0FBTyxrQkFBa0IsTUFBTSxPQUFPO0FBQzVDLFFBQUksS0FBSyxPQUFPLFFBQVE7QUFDdEIsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLGdCQUFnQixPQUFPLE9BQU8sRUFBRSxRQUFRLEtBQUssUUFBUSxhQUFhLEtBQUssYUFBYSxRQUFRLEtBQUssQ0FBQztBQUFBLElBQzNHO0FBQ0EsUUFBSTtBQUNGLFlBQU0sWUFBWSxhQUFhLE9BQU8sRUFBRSxXQUFXLEtBQUssV0FBVyxPQUFPLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDMUYsU0FBUyxHQUFHO0FBQ1YsVUFBSSxlQUFlLENBQUMsRUFBRyxRQUFPLGNBQWMsT0FBTyxDQUFDO0FBQ3BELFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTyxnQkFBZ0IsT0FBTyxPQUFPLEVBQUUsT0FBTyxLQUFLLFFBQVEsT0FBTyxDQUFDO0FBQUEsRUFDckUsQ0FBQztBQUVELE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQSxFQUFFLFFBQVEsRUFBRSxRQUFRLG1CQUFtQixFQUFFO0FBQUEsSUFDekMsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxRQUFRLElBQUk7QUFDbEIsWUFBTSxPQUFPLFlBQVksSUFBSSxPQUFPLElBQUk7QUFDeEMsVUFBSSxDQUFDLE1BQU07QUFDVCxjQUFNLEtBQUssR0FBRztBQUNkLGVBQU8sTUFBTSxPQUFPLGFBQWEsRUFBRSxPQUFPLGtCQUFrQixTQUFTLElBQUksSUFBSSxPQUFPLElBQUkscUVBQXFFLENBQUM7QUFBQSxNQUNoSztBQUNBLFlBQU0sUUFBUSxtQkFBbUIsSUFBSSxLQUFLO0FBQzFDLFlBQU0sVUFBVSxNQUFNLFlBQVksaUJBQWlCLEtBQUs7QUFDeEQsWUFBTSxTQUFTLFFBQVEsS0FBSyxDQUFDLE1BQU0sRUFBRSxTQUFTLElBQUksT0FBTyxJQUFJO0FBQzdELFVBQUksQ0FBQyxRQUFRO0FBQ1gsY0FBTSxLQUFLLEdBQUc7QUFDZCxlQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyxvQ0FBb0MsSUFBSSxPQUFPLElBQUksSUFBSSxDQUFDO0FBQUEsTUFDL0g7QUFDQSxZQUFNLE9BQU87QUFBQSxRQUNYLE9BQU8sR0FBRyxPQUFPLElBQUksaUJBQWlCLEtBQUssS0FBSztBQUFBLFFBQ2hEO0FBQUEsUUFDQSxNQUFNLEtBQUs7QUFBQSxRQUNYLFFBQVEsZ0JBQWdCLG1CQUFtQixPQUFPLElBQUksQ0FBQyxJQUFJLFVBQVUsS0FBSyxLQUFLLENBQUM7QUFBQSxRQUNoRixRQUFRLElBQUk7QUFBQSxRQUNaLFFBQVEsTUFBTTtBQUFBLFFBQ2QsYUFBYSxNQUFNO0FBQUEsTUFDckI7QUFDQSxVQUFJLE1BQU0sT0FBTyxRQUFRO0FBQ3ZCLGNBQU0sS0FBSyxHQUFHO0FBQ2QsZUFBTyxNQUFNLE9BQU8sbUJBQW1CLElBQUk7QUFBQSxNQUM3QztBQUVBLFVBQUk7QUFDSixVQUFJO0FBQ0Ysa0JBQVUsTUFBTSxZQUFZLFVBQVUsT0FBTyxFQUFFLFlBQVksT0FBTyxNQUFNLE1BQU0sS0FBSyxPQUFPLFNBQVMsTUFBTSxTQUFTLFNBQVMsTUFBTSxTQUFTLFlBQVksTUFBTSxZQUFZLFdBQVcsTUFBTSxVQUFVLENBQUM7QUFBQSxNQUN0TSxTQUFTLEdBQUc7QUFDVixZQUFJLGVBQWUsQ0FBQyxFQUFHLFFBQU8sY0FBYyxPQUFPLENBQUM7QUFDcEQsY0FBTTtBQUFBLE1BQ1I7QUFDQSxZQUFNLEVBQUUsT0FBTyxNQUFNLElBQUk7QUFDekIsYUFBTyxNQUFNLE9BQU8sbUJBQW1CO0FBQUEsUUFDckMsR0FBRztBQUFBLFFBQ0g7QUFBQSxRQUNBO0FBQUEsUUFDQSxNQUFNLFNBQVMsUUFBUSxNQUFNLEtBQUs7QUFBQSxRQUNsQyxNQUFNLFNBQVMsUUFBUSxNQUFNLE9BQU8sUUFBUSxLQUFLO0FBQUEsUUFDakQsYUFBYSxnQkFBZ0IsUUFBUSxhQUFhLEtBQUs7QUFBQSxRQUN2RCxTQUFTLG1CQUFtQixRQUFRLGdCQUFnQixLQUFLO0FBQUEsUUFDekQsTUFBTSxTQUFTLFFBQVEsS0FBSyxLQUFLLFFBQVEsS0FBSyxRQUFRLEtBQUs7QUFBQSxNQUM3RCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxnQkFDYixPQUNBLE9BQ0EsTUFDQTtBQUNBLFVBQU0sUUFBUSxNQUFNLFlBQVksY0FBYyxLQUFLO0FBQ25ELFdBQU8sTUFBTSxPQUFPLGtCQUFrQixjQUFjLE9BQU8sWUFBWSxpQkFBaUIsS0FBSyxHQUFHLElBQUksQ0FBQztBQUFBLEVBQ3ZHO0FBQ0Y7IiwKICAibmFtZXMiOiBbXQp9Cg==
