import { can } from "../../access/permissions.js";
import { isWaymarkError, NotFoundError } from "../../errors.js";
import { problems } from "../api-schemas.js";
import { expectedVersion, formVersion, sendEtag } from "../etag.js";
import { renderReportBody } from "../../reports/render-html.js";
import { recentYears } from "../view-models/performance.js";
const str = { type: "string" };
const cellSchema = {
  type: "object",
  required: ["text", "value", "withheld"],
  additionalProperties: false,
  properties: { text: str, value: { type: ["number", "null"] }, withheld: { type: ["string", "null"], enum: ["small", "secondary", null] } }
};
const rowSchema = { type: "object", required: ["label", "cells"], additionalProperties: false, properties: { label: str, cells: { type: "array", items: cellSchema } } };
const tableSchema = {
  type: ["object", "null"],
  required: ["caption", "head", "rows", "total"],
  additionalProperties: false,
  properties: { caption: str, head: { type: "array", items: str }, rows: { type: "array", items: rowSchema }, total: { ...rowSchema, type: ["object", "null"] } }
};
const figureSchema = {
  type: "object",
  required: ["id", "title", "chart", "table", "method", "extractDate"],
  additionalProperties: false,
  properties: {
    id: str,
    title: str,
    chart: {
      type: ["object", "null"],
      required: ["id", "title", "description", "svg"],
      additionalProperties: false,
      properties: { id: str, title: str, description: str, svg: { type: "string", description: 'The chart as SVG markup (role="img", with <title> and <desc>).' } }
    },
    table: tableSchema,
    method: { type: "array", items: str },
    extractDate: { type: ["string", "null"], description: "When the data behind the figure were extracted (a date or an instant)." }
  }
};
const sectionSchema = {
  type: "object",
  required: ["id", "heading", "summary", "figures", "unavailable"],
  additionalProperties: false,
  properties: {
    id: { type: "string", enum: ["ni30", "deselections", "cohort", "ni38", "drr", "disproportionality", "premium-service", "ni18"] },
    heading: str,
    summary: { type: "array", items: { type: "object", required: ["label", "value"], additionalProperties: false, properties: { label: str, value: str } } },
    figures: { type: "array", items: figureSchema },
    unavailable: { type: ["string", "null"] }
  }
};
const reportDocumentSchema = {
  type: "object",
  required: ["kind", "audience", "namesPeople", "title", "partnership", "scheme", "year", "quarter", "period", "ceiling", "generatedAt", "generatedBy", "headline", "sections", "disclosure"],
  additionalProperties: false,
  properties: {
    kind: { type: "string", enum: ["annual", "quarterly"] },
    audience: { type: "string", enum: ["board", "staff"] },
    namesPeople: { type: "boolean" },
    title: str,
    partnership: { type: "object", required: ["name"], additionalProperties: false, properties: { name: str } },
    scheme: { type: "object", required: ["code", "name"], additionalProperties: false, properties: { code: str, name: str } },
    year: str,
    quarter: { type: ["integer", "null"], minimum: 1, maximum: 4 },
    period: { type: "object", required: ["start", "end", "label"], additionalProperties: false, properties: { start: { type: "string", format: "date" }, end: { type: "string", format: "date" }, label: str } },
    ceiling: { type: "object", required: ["value", "source"], additionalProperties: false, properties: { value: { type: "number" }, source: { type: "string", enum: ["given", "stored"] } } },
    generatedAt: { type: "string", format: "date-time" },
    generatedBy: str,
    headline: {
      type: "object",
      required: ["cohortSize", "baseline", "ceiling", "threshold", "actual", "reductionAchieved"],
      additionalProperties: false,
      properties: {
        cohortSize: { type: ["integer", "null"], description: "null when withheld from a board report (fewer than 5)." },
        baseline: { type: "integer" },
        ceiling: { type: "number" },
        threshold: { type: "integer" },
        actual: { type: "integer" },
        reductionAchieved: { type: ["number", "null"] }
      }
    },
    sections: { type: "array", items: sectionSchema },
    disclosure: str
  }
};
const targetSchema = {
  type: "object",
  required: ["scheme", "year", "ceiling", "stretch", "version", "updatedBy", "updatedAt"],
  additionalProperties: false,
  properties: {
    scheme: str,
    year: str,
    ceiling: { type: "number" },
    stretch: { type: ["number", "null"] },
    version: { type: "integer" },
    updatedBy: { type: ["string", "null"] },
    updatedAt: { type: "string", format: "date-time" }
  }
};
function requestOf(kind, q) {
  return {
    kind: kind ?? "annual",
    schemeCode: q.scheme ?? "",
    year: q.year ?? "",
    quarter: q.quarter === void 0 || q.quarter === "" ? null : q.quarter,
    ceiling: q.ceiling === void 0 || q.ceiling === "" ? null : q.ceiling,
    audience: q.audience || "board"
  };
}
function fileName(doc, ext) {
  const q = doc.quarter ? `-q${doc.quarter}` : "";
  return `${doc.scheme.code}-${doc.kind}-${doc.year.replace("/", "-")}${q}-${doc.audience}.${ext}`.replace(/[^A-Za-z0-9._-]/g, "_");
}
async function sendFile(app, reply, doc, format) {
  const r = app.services.reports;
  reply.header("content-disposition", `attachment; filename="${fileName(doc, format)}"`);
  reply.header("cache-control", "no-store");
  if (format === "pdf") {
    const pdf = await r.pdf(doc);
    return reply.type("application/pdf").send(pdf);
  }
  return reply.type("text/html; charset=utf-8").send(r.html(doc));
}
function formatOf(req) {
  const f = req.query.format;
  if (f === "pdf" || f === "html" || f === "json") return f;
  const accept = String(req.headers.accept ?? "");
  if (/application\/pdf/.test(accept)) return "pdf";
  if (/text\/html/.test(accept) && !/application\/json/.test(accept)) return "html";
  return "json";
}
function chooserItems(actor, schemes, years, q) {
  const staffAllowed = can(actor, "performance:names");
  return {
    kindItems: [
      { value: "annual", text: "Annual report", checked: (q.kind ?? "annual") === "annual" },
      { value: "quarterly", text: "Quarterly report", checked: q.kind === "quarterly" }
    ],
    schemeItems: [{ value: "", text: "Choose a scheme" }, ...schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === q.scheme }))],
    yearItems: years.map((y, i) => ({ value: y, text: y, selected: q.year ? y === q.year : i === 1 })),
    quarterItems: [
      { value: "", text: "Not for an annual report" },
      ...[1, 2, 3, 4].map((n) => ({ value: String(n), text: `Quarter ${n} (${["April to June", "July to September", "October to December", "January to March"][n - 1]})`, selected: q.quarter === String(n) }))
    ],
    audienceItems: staffAllowed ? [
      { value: "board", text: "Board: figures only, counts of 1 to 4 suppressed", checked: (q.audience ?? "board") === "board" },
      { value: "staff", text: "Staff: every count, and names you may see", checked: q.audience === "staff" }
    ] : null
  };
}
function registerReportRoutes(app) {
  const reports = app.services.reports;
  async function renderPage(req, reply, extra = {}) {
    const actor = req.actor;
    const schemes = await app.services.performance.dashboardSchemes(actor);
    const years = recentYears(await app.services.partnerships.today(actor));
    const q = req.query;
    const doc = extra.doc ?? null;
    const query = doc ? new URLSearchParams({ kind: doc.kind, scheme: doc.scheme.code, year: doc.year, ...doc.quarter ? { quarter: String(doc.quarter) } : {}, ceiling: String(doc.ceiling.value), audience: doc.audience }).toString() : "";
    return reply.render("reports.njk", {
      title: doc ? doc.title : "Partnership reports",
      ...chooserItems(actor, schemes, years, q),
      values: q,
      errors: extra.errors ?? [],
      fieldErrors: extra.fieldErrors ?? {},
      noSchemes: schemes.length === 0,
      doc,
      preview: doc ? renderReportBody(doc, { govuk: true }) : null,
      htmlHref: doc ? `/reports/download?${query}&format=html` : null,
      pdfHref: doc ? `/reports/download?${query}&format=pdf` : null,
      mayEditTarget: can(actor, "scheme:manage"),
      targetValues: extra.targetValues ?? { scheme: q.scheme ?? "", year: q.year ?? years[1] ?? "" },
      targetSaved: extra.targetSaved ?? false,
      targetSchemeItems: schemes.map((s) => ({ value: s.code, text: `${s.name} (${s.code})`, selected: s.code === (extra.targetValues?.scheme ?? q.scheme) })),
      targetYearItems: years.map((y) => ({ value: y, text: y, selected: y === (extra.targetValues?.year ?? q.year ?? years[1]) }))
    });
  }
  async function tryBuild(req, reply) {
    try {
      return await reports.build(req.actor, requestOf(req.query.kind, req.query));
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === "invalid_input")) throw e;
      const field = e.field ?? "scheme";
      reply.code(400);
      await renderPage(req, reply, { errors: [{ text: e.message, href: `#${field}` }], fieldErrors: { [field]: e.message } });
      return null;
    }
  }
  app.get("/reports", { config: { access: "performance:view" } }, async (req, reply) => {
    if (!req.query.scheme && !req.query.year) return renderPage(req, reply, { targetSaved: req.query.saved === "1" ? req.query.target ?? "" : false });
    const doc = await tryBuild(req, reply);
    if (!doc) return reply;
    return renderPage(req, reply, { doc });
  });
  app.get("/reports/download", { config: { access: "performance:view" } }, async (req, reply) => {
    const doc = await tryBuild(req, reply);
    if (!doc) return reply;
    return sendFile(app, reply, doc, req.query.format === "pdf" ? "pdf" : "html");
  });
  app.post("/reports/target", { config: { access: "scheme:manage" } }, async (req, reply) => {
    const body = req.body ?? {};
    try {
      const t = await reports.setTarget(req.actor, { scheme: body.scheme, year: body.year, ceiling: body.ceiling, stretch: body.stretch, expectedVersion: formVersion(body.version) });
      return reply.redirect(`/reports?saved=1&target=${encodeURIComponent(`${t.scheme} ${t.year}`)}`, 303);
    } catch (e) {
      if (!(isWaymarkError(e) && e.kind === "invalid_input")) throw e;
      const field = e.field ?? "ceiling";
      reply.code(400);
      return renderPage(req, reply, { errors: [{ text: e.message, href: `#target-${field}` }], fieldErrors: { [`target-${field}`]: e.message }, targetValues: body });
    }
  });
  app.get(
    "/api/v1/reports/:kind",
    {
      config: { access: "performance:view" },
      schema: {
        summary: "The annual or quarterly partnership report of a scheme: as JSON (the report document), HTML or PDF.",
        description: 'kind is annual or quarterly (quarterly needs quarter 1 to 4). year is YYYY/YY. ceiling is the NI30 performance ceiling as a fraction (0.16); leave it out to use the target stored for the scheme and year. audience is board (default: figures only, counts of 1 to 4 shown as "fewer than 5" with secondary suppression, no names) or staff (every count, and names where you may see them; board members may not ask for it). For the files, send Accept: application/pdf or text/html, or format=pdf|html. Reading a staff report that names people is recorded in the audit log.',
        tags: ["reports"],
        params: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["annual", "quarterly"] } } },
        querystring: {
          type: "object",
          required: ["scheme", "year"],
          additionalProperties: false,
          properties: {
            scheme: { type: "string", minLength: 1 },
            year: { type: "string", pattern: "^[0-9]{4}/[0-9]{2}$" },
            quarter: { type: "string", enum: ["1", "2", "3", "4"] },
            ceiling: { type: "string", pattern: "^[0-9]*\\.?[0-9]+$" },
            audience: { type: "string", enum: ["board", "staff"] },
            format: { type: "string", enum: ["json", "html", "pdf"] }
          }
        },
        response: {
          200: {
            description: "The report: the document as JSON, or the HTML page, or the PDF.",
            content: {
              "application/json": { schema: reportDocumentSchema },
              "text/html": { schema: { type: "string" } },
              "application/pdf": { schema: { type: "string", format: "binary" } }
            }
          },
          ...problems
        }
      }
    },
    async (req, reply) => {
      const doc = await reports.build(req.actor, requestOf(req.params.kind, req.query));
      const format = formatOf(req);
      if (format === "json") return reply.type("application/json").send(doc);
      return sendFile(app, reply, doc, format);
    }
  );
  app.get(
    "/api/v1/reports/targets",
    {
      config: { access: "performance:view" },
      schema: {
        summary: "The NI30 target (performance ceiling, and stretch) stored for a scheme and performance year.",
        tags: ["reports"],
        querystring: { type: "object", required: ["scheme", "year"], additionalProperties: false, properties: { scheme: { type: "string", minLength: 1 }, year: { type: "string" } } },
        response: { 200: targetSchema, ...problems }
      }
    },
    async (req, reply) => {
      const t = await reports.target(req.actor, req.query);
      if (!t) throw new NotFoundError(`No NI30 target is stored for ${req.query.scheme} ${req.query.year}.`);
      sendEtag(reply, "ni30_target", Number(t.year.slice(0, 4)), t.version);
      return t;
    }
  );
  app.put(
    "/api/v1/reports/targets",
    {
      config: { access: "scheme:manage" },
      schema: {
        summary: "Sets the NI30 target of a scheme and performance year. Scheme managers and administrators. Audited.",
        description: "Send If-Match with the ETag of the target to refuse the change if someone else changed it meanwhile (412).",
        tags: ["reports"],
        body: {
          type: "object",
          required: ["scheme", "year", "ceiling"],
          additionalProperties: false,
          properties: { scheme: { type: "string", minLength: 1 }, year: { type: "string" }, ceiling: { type: "number", minimum: 0, exclusiveMaximum: 1 }, stretch: { type: ["number", "null"], minimum: 0, exclusiveMaximum: 1 } }
        },
        response: { 200: targetSchema, ...problems }
      }
    },
    async (req, reply) => {
      const year = /^(\d{4})\//.exec(req.body.year)?.[1];
      const expected = year ? expectedVersion(req, "ni30_target", Number(year)) : void 0;
      const t = await reports.setTarget(req.actor, { ...req.body, expectedVersion: expected });
      sendEtag(reply, "ni30_target", Number(t.year.slice(0, 4)), t.version);
      return t;
    }
  );
}
export {
  registerReportRoutes,
  reportDocumentSchema
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvcmVwb3J0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIHBhcnRuZXJzaGlwIHJlcG9ydHMgKGlzc3VlIDE2KTogdGhlIC9yZXBvcnRzIHBhZ2UgKGNob29zZSBhIHNjaGVtZSwgeWVhcixcbi8vIHF1YXJ0ZXIgYW5kIGF1ZGllbmNlOyBwcmV2aWV3IHRoZSByZXBvcnQgaW4gdGhlIHBhZ2U7IGRvd25sb2FkIGl0IGFzIEhUTUwgb3Jcbi8vIFBERiksIHRoZSBmb3JtIHRoYXQgc3RvcmVzIGFuIE5JMzAgdGFyZ2V0LCBhbmQgdGhlIEFQSS4gVGhlIHJvdXRlcyByZWFkIHRoZVxuLy8gcmVxdWVzdCBhbmQgY2FsbCB0aGUgcmVwb3J0IHNlcnZpY2U7IHRoZSBzZXJ2aWNlIGJ1aWxkcyB0aGUgZG9jdW1lbnQuXG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSwgRmFzdGlmeVJlcGx5LCBGYXN0aWZ5UmVxdWVzdCB9IGZyb20gJ2Zhc3RpZnknO1xuaW1wb3J0IHR5cGUgeyBBY3RvciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hY3Rvci5qcyc7XG5pbXBvcnQgeyBjYW4gfSBmcm9tICcuLi8uLi9hY2Nlc3MvcGVybWlzc2lvbnMuanMnO1xuaW1wb3J0IHsgaXNXYXltYXJrRXJyb3IsIE5vdEZvdW5kRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgcHJvYmxlbXMgfSBmcm9tICcuLi9hcGktc2NoZW1hcy5qcyc7XG5pbXBvcnQgeyBleHBlY3RlZFZlcnNpb24sIGZvcm1WZXJzaW9uLCBzZW5kRXRhZyB9IGZyb20gJy4uL2V0YWcuanMnO1xuaW1wb3J0IHR5cGUgeyBSZXBvcnREb2N1bWVudCwgUmVwb3J0S2luZCwgUmVwb3J0UmVxdWVzdCB9IGZyb20gJy4uLy4uL3JlcG9ydHMvbW9kZWwuanMnO1xuaW1wb3J0IHsgcmVuZGVyUmVwb3J0Qm9keSB9IGZyb20gJy4uLy4uL3JlcG9ydHMvcmVuZGVyLWh0bWwuanMnO1xuaW1wb3J0IHsgcmVjZW50WWVhcnMgfSBmcm9tICcuLi92aWV3LW1vZGVscy9wZXJmb3JtYW5jZS5qcyc7XG5cbmludGVyZmFjZSBSZXBvcnRRdWVyeSB7XG4gIHNhdmVkPzogc3RyaW5nO1xuICB0YXJnZXQ/OiBzdHJpbmc7XG4gIGtpbmQ/OiBzdHJpbmc7XG4gIHNjaGVtZT86IHN0cmluZztcbiAgeWVhcj86IHN0cmluZztcbiAgcXVhcnRlcj86IHN0cmluZztcbiAgY2VpbGluZz86IHN0cmluZztcbiAgYXVkaWVuY2U/OiBzdHJpbmc7XG4gIGZvcm1hdD86IHN0cmluZztcbn1cblxudHlwZSBCb2R5ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIEFQSSBzY2hlbWFzXG5cbmNvbnN0IHN0ciA9IHsgdHlwZTogJ3N0cmluZycgfSBhcyBjb25zdDtcbmNvbnN0IGNlbGxTY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICByZXF1aXJlZDogWyd0ZXh0JywgJ3ZhbHVlJywgJ3dpdGhoZWxkJ10sXG4gIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgcHJvcGVydGllczogeyB0ZXh0OiBzdHIsIHZhbHVlOiB7IHR5cGU6IFsnbnVtYmVyJywgJ251bGwnXSB9LCB3aXRoaGVsZDogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10sIGVudW06IFsnc21hbGwnLCAnc2Vjb25kYXJ5JywgbnVsbF0gfSB9LFxufSBhcyBjb25zdDtcbmNvbnN0IHJvd1NjaGVtYSA9IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ2xhYmVsJywgJ2NlbGxzJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBsYWJlbDogc3RyLCBjZWxsczogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogY2VsbFNjaGVtYSB9IH0gfSBhcyBjb25zdDtcbmNvbnN0IHRhYmxlU2NoZW1hID0ge1xuICB0eXBlOiBbJ29iamVjdCcsICdudWxsJ10sXG4gIHJlcXVpcmVkOiBbJ2NhcHRpb24nLCAnaGVhZCcsICdyb3dzJywgJ3RvdGFsJ10sXG4gIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgcHJvcGVydGllczogeyBjYXB0aW9uOiBzdHIsIGhlYWQ6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHN0ciB9LCByb3dzOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiByb3dTY2hlbWEgfSwgdG90YWw6IHsgLi4ucm93U2NoZW1hLCB0eXBlOiBbJ29iamVjdCcsICdudWxsJ10gfSB9LFxufSBhcyBjb25zdDtcbmNvbnN0IGZpZ3VyZVNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ2lkJywgJ3RpdGxlJywgJ2NoYXJ0JywgJ3RhYmxlJywgJ21ldGhvZCcsICdleHRyYWN0RGF0ZSddLFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBpZDogc3RyLFxuICAgIHRpdGxlOiBzdHIsXG4gICAgY2hhcnQ6IHtcbiAgICAgIHR5cGU6IFsnb2JqZWN0JywgJ251bGwnXSxcbiAgICAgIHJlcXVpcmVkOiBbJ2lkJywgJ3RpdGxlJywgJ2Rlc2NyaXB0aW9uJywgJ3N2ZyddLFxuICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgcHJvcGVydGllczogeyBpZDogc3RyLCB0aXRsZTogc3RyLCBkZXNjcmlwdGlvbjogc3RyLCBzdmc6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiAnVGhlIGNoYXJ0IGFzIFNWRyBtYXJrdXAgKHJvbGU9XCJpbWdcIiwgd2l0aCA8dGl0bGU+IGFuZCA8ZGVzYz4pLicgfSB9LFxuICAgIH0sXG4gICAgdGFibGU6IHRhYmxlU2NoZW1hLFxuICAgIG1ldGhvZDogeyB0eXBlOiAnYXJyYXknLCBpdGVtczogc3RyIH0sXG4gICAgZXh0cmFjdERhdGU6IHsgdHlwZTogWydzdHJpbmcnLCAnbnVsbCddLCBkZXNjcmlwdGlvbjogJ1doZW4gdGhlIGRhdGEgYmVoaW5kIHRoZSBmaWd1cmUgd2VyZSBleHRyYWN0ZWQgKGEgZGF0ZSBvciBhbiBpbnN0YW50KS4nIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuY29uc3Qgc2VjdGlvblNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ2lkJywgJ2hlYWRpbmcnLCAnc3VtbWFyeScsICdmaWd1cmVzJywgJ3VuYXZhaWxhYmxlJ10sXG4gIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgcHJvcGVydGllczoge1xuICAgIGlkOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ25pMzAnLCAnZGVzZWxlY3Rpb25zJywgJ2NvaG9ydCcsICduaTM4JywgJ2RycicsICdkaXNwcm9wb3J0aW9uYWxpdHknLCAncHJlbWl1bS1zZXJ2aWNlJywgJ25pMTgnXSB9LFxuICAgIGhlYWRpbmc6IHN0cixcbiAgICBzdW1tYXJ5OiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydsYWJlbCcsICd2YWx1ZSddLCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsIHByb3BlcnRpZXM6IHsgbGFiZWw6IHN0ciwgdmFsdWU6IHN0ciB9IH0gfSxcbiAgICBmaWd1cmVzOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBmaWd1cmVTY2hlbWEgfSxcbiAgICB1bmF2YWlsYWJsZTogeyB0eXBlOiBbJ3N0cmluZycsICdudWxsJ10gfSxcbiAgfSxcbn0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgcmVwb3J0RG9jdW1lbnRTY2hlbWEgPSB7XG4gIHR5cGU6ICdvYmplY3QnLFxuICByZXF1aXJlZDogWydraW5kJywgJ2F1ZGllbmNlJywgJ25hbWVzUGVvcGxlJywgJ3RpdGxlJywgJ3BhcnRuZXJzaGlwJywgJ3NjaGVtZScsICd5ZWFyJywgJ3F1YXJ0ZXInLCAncGVyaW9kJywgJ2NlaWxpbmcnLCAnZ2VuZXJhdGVkQXQnLCAnZ2VuZXJhdGVkQnknLCAnaGVhZGxpbmUnLCAnc2VjdGlvbnMnLCAnZGlzY2xvc3VyZSddLFxuICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gIHByb3BlcnRpZXM6IHtcbiAgICBraW5kOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2FubnVhbCcsICdxdWFydGVybHknXSB9LFxuICAgIGF1ZGllbmNlOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ2JvYXJkJywgJ3N0YWZmJ10gfSxcbiAgICBuYW1lc1Blb3BsZTogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICB0aXRsZTogc3RyLFxuICAgIHBhcnRuZXJzaGlwOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWyduYW1lJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBuYW1lOiBzdHIgfSB9LFxuICAgIHNjaGVtZTogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnY29kZScsICduYW1lJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBjb2RlOiBzdHIsIG5hbWU6IHN0ciB9IH0sXG4gICAgeWVhcjogc3RyLFxuICAgIHF1YXJ0ZXI6IHsgdHlwZTogWydpbnRlZ2VyJywgJ251bGwnXSwgbWluaW11bTogMSwgbWF4aW11bTogNCB9LFxuICAgIHBlcmlvZDogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnc3RhcnQnLCAnZW5kJywgJ2xhYmVsJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBzdGFydDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZScgfSwgZW5kOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdkYXRlJyB9LCBsYWJlbDogc3RyIH0gfSxcbiAgICBjZWlsaW5nOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWyd2YWx1ZScsICdzb3VyY2UnXSwgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCBwcm9wZXJ0aWVzOiB7IHZhbHVlOiB7IHR5cGU6ICdudW1iZXInIH0sIHNvdXJjZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydnaXZlbicsICdzdG9yZWQnXSB9IH0gfSxcbiAgICBnZW5lcmF0ZWRBdDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZS10aW1lJyB9LFxuICAgIGdlbmVyYXRlZEJ5OiBzdHIsXG4gICAgaGVhZGxpbmU6IHtcbiAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgcmVxdWlyZWQ6IFsnY29ob3J0U2l6ZScsICdiYXNlbGluZScsICdjZWlsaW5nJywgJ3RocmVzaG9sZCcsICdhY3R1YWwnLCAncmVkdWN0aW9uQWNoaWV2ZWQnXSxcbiAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgY29ob3J0U2l6ZTogeyB0eXBlOiBbJ2ludGVnZXInLCAnbnVsbCddLCBkZXNjcmlwdGlvbjogJ251bGwgd2hlbiB3aXRoaGVsZCBmcm9tIGEgYm9hcmQgcmVwb3J0IChmZXdlciB0aGFuIDUpLicgfSxcbiAgICAgICAgYmFzZWxpbmU6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgIGNlaWxpbmc6IHsgdHlwZTogJ251bWJlcicgfSxcbiAgICAgICAgdGhyZXNob2xkOiB7IHR5cGU6ICdpbnRlZ2VyJyB9LFxuICAgICAgICBhY3R1YWw6IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgICAgIHJlZHVjdGlvbkFjaGlldmVkOiB7IHR5cGU6IFsnbnVtYmVyJywgJ251bGwnXSB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIHNlY3Rpb25zOiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBzZWN0aW9uU2NoZW1hIH0sXG4gICAgZGlzY2xvc3VyZTogc3RyLFxuICB9LFxufSBhcyBjb25zdDtcbmNvbnN0IHRhcmdldFNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ3NjaGVtZScsICd5ZWFyJywgJ2NlaWxpbmcnLCAnc3RyZXRjaCcsICd2ZXJzaW9uJywgJ3VwZGF0ZWRCeScsICd1cGRhdGVkQXQnXSxcbiAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAgc2NoZW1lOiBzdHIsXG4gICAgeWVhcjogc3RyLFxuICAgIGNlaWxpbmc6IHsgdHlwZTogJ251bWJlcicgfSxcbiAgICBzdHJldGNoOiB7IHR5cGU6IFsnbnVtYmVyJywgJ251bGwnXSB9LFxuICAgIHZlcnNpb246IHsgdHlwZTogJ2ludGVnZXInIH0sXG4gICAgdXBkYXRlZEJ5OiB7IHR5cGU6IFsnc3RyaW5nJywgJ251bGwnXSB9LFxuICAgIHVwZGF0ZWRBdDogeyB0eXBlOiAnc3RyaW5nJywgZm9ybWF0OiAnZGF0ZS10aW1lJyB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGhlbHBlcnNcblxuZnVuY3Rpb24gcmVxdWVzdE9mKGtpbmQ6IHN0cmluZyB8IHVuZGVmaW5lZCwgcTogUmVwb3J0UXVlcnkpOiBSZXBvcnRSZXF1ZXN0IHtcbiAgcmV0dXJuIHtcbiAgICBraW5kOiAoa2luZCA/PyAnYW5udWFsJykgYXMgUmVwb3J0S2luZCxcbiAgICBzY2hlbWVDb2RlOiBxLnNjaGVtZSA/PyAnJyxcbiAgICB5ZWFyOiBxLnllYXIgPz8gJycsXG4gICAgcXVhcnRlcjogcS5xdWFydGVyID09PSB1bmRlZmluZWQgfHwgcS5xdWFydGVyID09PSAnJyA/IG51bGwgOiAocS5xdWFydGVyIGFzIHVua25vd24gYXMgbnVtYmVyKSxcbiAgICBjZWlsaW5nOiBxLmNlaWxpbmcgPT09IHVuZGVmaW5lZCB8fCBxLmNlaWxpbmcgPT09ICcnID8gbnVsbCA6IChxLmNlaWxpbmcgYXMgdW5rbm93biBhcyBudW1iZXIpLFxuICAgIGF1ZGllbmNlOiAocS5hdWRpZW5jZSB8fCAnYm9hcmQnKSBhcyAnYm9hcmQnIHwgJ3N0YWZmJyxcbiAgfTtcbn1cblxuLyoqIEEgZmlsZSBuYW1lIGZvciB0aGUgcmVwb3J0OiBcIlBQTy1hbm51YWwtMjAwOC0wOS1ib2FyZC5wZGZcIi4gKi9cbmZ1bmN0aW9uIGZpbGVOYW1lKGRvYzogUmVwb3J0RG9jdW1lbnQsIGV4dDogJ2h0bWwnIHwgJ3BkZicpOiBzdHJpbmcge1xuICBjb25zdCBxID0gZG9jLnF1YXJ0ZXIgPyBgLXEke2RvYy5xdWFydGVyfWAgOiAnJztcbiAgcmV0dXJuIGAke2RvYy5zY2hlbWUuY29kZX0tJHtkb2Mua2luZH0tJHtkb2MueWVhci5yZXBsYWNlKCcvJywgJy0nKX0ke3F9LSR7ZG9jLmF1ZGllbmNlfS4ke2V4dH1gLnJlcGxhY2UoL1teQS1aYS16MC05Ll8tXS9nLCAnXycpO1xufVxuXG5hc3luYyBmdW5jdGlvbiBzZW5kRmlsZShhcHA6IEZhc3RpZnlJbnN0YW5jZSwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZG9jOiBSZXBvcnREb2N1bWVudCwgZm9ybWF0OiAnaHRtbCcgfCAncGRmJykge1xuICBjb25zdCByID0gYXBwLnNlcnZpY2VzLnJlcG9ydHM7XG4gIHJlcGx5LmhlYWRlcignY29udGVudC1kaXNwb3NpdGlvbicsIGBhdHRhY2htZW50OyBmaWxlbmFtZT1cIiR7ZmlsZU5hbWUoZG9jLCBmb3JtYXQpfVwiYCk7XG4gIHJlcGx5LmhlYWRlcignY2FjaGUtY29udHJvbCcsICduby1zdG9yZScpO1xuICBpZiAoZm9ybWF0ID09PSAncGRmJykge1xuICAgIGNvbnN0IHBkZiA9IGF3YWl0IHIucGRmKGRvYyk7XG4gICAgcmV0dXJuIHJlcGx5LnR5cGUoJ2FwcGxpY2F0aW9uL3BkZicpLnNlbmQocGRmKTtcbiAgfVxuICByZXR1cm4gcmVwbHkudHlwZSgndGV4dC9odG1sOyBjaGFyc2V0PXV0Zi04Jykuc2VuZChyLmh0bWwoZG9jKSk7XG59XG5cbi8qKiBUaGUgZm9ybWF0IGFza2VkIGZvcjogP2Zvcm1hdD0sIGVsc2UgdGhlIEFjY2VwdCBoZWFkZXIsIGVsc2UgSlNPTi4gKi9cbmZ1bmN0aW9uIGZvcm1hdE9mKHJlcTogRmFzdGlmeVJlcXVlc3Q8eyBRdWVyeXN0cmluZzogUmVwb3J0UXVlcnkgfT4pOiAnanNvbicgfCAnaHRtbCcgfCAncGRmJyB7XG4gIGNvbnN0IGYgPSByZXEucXVlcnkuZm9ybWF0O1xuICBpZiAoZiA9PT0gJ3BkZicgfHwgZiA9PT0gJ2h0bWwnIHx8IGYgPT09ICdqc29uJykgcmV0dXJuIGY7XG4gIGNvbnN0IGFjY2VwdCA9IFN0cmluZyhyZXEuaGVhZGVycy5hY2NlcHQgPz8gJycpO1xuICBpZiAoL2FwcGxpY2F0aW9uXFwvcGRmLy50ZXN0KGFjY2VwdCkpIHJldHVybiAncGRmJztcbiAgaWYgKC90ZXh0XFwvaHRtbC8udGVzdChhY2NlcHQpICYmICEvYXBwbGljYXRpb25cXC9qc29uLy50ZXN0KGFjY2VwdCkpIHJldHVybiAnaHRtbCc7XG4gIHJldHVybiAnanNvbic7XG59XG5cbmZ1bmN0aW9uIGNob29zZXJJdGVtcyhhY3RvcjogQWN0b3IsIHNjaGVtZXM6IHsgY29kZTogc3RyaW5nOyBuYW1lOiBzdHJpbmcgfVtdLCB5ZWFyczogc3RyaW5nW10sIHE6IFJlcG9ydFF1ZXJ5KSB7XG4gIGNvbnN0IHN0YWZmQWxsb3dlZCA9IGNhbihhY3RvciwgJ3BlcmZvcm1hbmNlOm5hbWVzJyk7XG4gIHJldHVybiB7XG4gICAga2luZEl0ZW1zOiBbXG4gICAgICB7IHZhbHVlOiAnYW5udWFsJywgdGV4dDogJ0FubnVhbCByZXBvcnQnLCBjaGVja2VkOiAocS5raW5kID8/ICdhbm51YWwnKSA9PT0gJ2FubnVhbCcgfSxcbiAgICAgIHsgdmFsdWU6ICdxdWFydGVybHknLCB0ZXh0OiAnUXVhcnRlcmx5IHJlcG9ydCcsIGNoZWNrZWQ6IHEua2luZCA9PT0gJ3F1YXJ0ZXJseScgfSxcbiAgICBdLFxuICAgIHNjaGVtZUl0ZW1zOiBbeyB2YWx1ZTogJycsIHRleHQ6ICdDaG9vc2UgYSBzY2hlbWUnIH0sIC4uLnNjaGVtZXMubWFwKChzKSA9PiAoeyB2YWx1ZTogcy5jb2RlLCB0ZXh0OiBgJHtzLm5hbWV9ICgke3MuY29kZX0pYCwgc2VsZWN0ZWQ6IHMuY29kZSA9PT0gcS5zY2hlbWUgfSkpXSxcbiAgICB5ZWFySXRlbXM6IHllYXJzLm1hcCgoeSwgaSkgPT4gKHsgdmFsdWU6IHksIHRleHQ6IHksIHNlbGVjdGVkOiBxLnllYXIgPyB5ID09PSBxLnllYXIgOiBpID09PSAxIH0pKSxcbiAgICBxdWFydGVySXRlbXM6IFtcbiAgICAgIHsgdmFsdWU6ICcnLCB0ZXh0OiAnTm90IGZvciBhbiBhbm51YWwgcmVwb3J0JyB9LFxuICAgICAgLi4uWzEsIDIsIDMsIDRdLm1hcCgobikgPT4gKHsgdmFsdWU6IFN0cmluZyhuKSwgdGV4dDogYFF1YXJ0ZXIgJHtufSAoJHtbJ0FwcmlsIHRvIEp1bmUnLCAnSnVseSB0byBTZXB0ZW1iZXInLCAnT2N0b2JlciB0byBEZWNlbWJlcicsICdKYW51YXJ5IHRvIE1hcmNoJ11bbiAtIDFdfSlgLCBzZWxlY3RlZDogcS5xdWFydGVyID09PSBTdHJpbmcobikgfSkpLFxuICAgIF0sXG4gICAgYXVkaWVuY2VJdGVtczogc3RhZmZBbGxvd2VkXG4gICAgICA/IFtcbiAgICAgICAgICB7IHZhbHVlOiAnYm9hcmQnLCB0ZXh0OiAnQm9hcmQ6IGZpZ3VyZXMgb25seSwgY291bnRzIG9mIDEgdG8gNCBzdXBwcmVzc2VkJywgY2hlY2tlZDogKHEuYXVkaWVuY2UgPz8gJ2JvYXJkJykgPT09ICdib2FyZCcgfSxcbiAgICAgICAgICB7IHZhbHVlOiAnc3RhZmYnLCB0ZXh0OiAnU3RhZmY6IGV2ZXJ5IGNvdW50LCBhbmQgbmFtZXMgeW91IG1heSBzZWUnLCBjaGVja2VkOiBxLmF1ZGllbmNlID09PSAnc3RhZmYnIH0sXG4gICAgICAgIF1cbiAgICAgIDogbnVsbCxcbiAgfTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHJvdXRlc1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJSZXBvcnRSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgY29uc3QgcmVwb3J0cyA9IGFwcC5zZXJ2aWNlcy5yZXBvcnRzO1xuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlbmRlclBhZ2UocmVxOiBGYXN0aWZ5UmVxdWVzdDx7IFF1ZXJ5c3RyaW5nOiBSZXBvcnRRdWVyeSB9PiwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZXh0cmE6IHsgZG9jPzogUmVwb3J0RG9jdW1lbnQgfCBudWxsOyBlcnJvcnM/OiB7IHRleHQ6IHN0cmluZzsgaHJlZjogc3RyaW5nIH1bXTsgZmllbGRFcnJvcnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyB0YXJnZXRWYWx1ZXM/OiBCb2R5OyB0YXJnZXRTYXZlZD86IHN0cmluZyB8IGZhbHNlIH0gPSB7fSkge1xuICAgIGNvbnN0IGFjdG9yID0gcmVxLmFjdG9yITtcbiAgICBjb25zdCBzY2hlbWVzID0gYXdhaXQgYXBwLnNlcnZpY2VzLnBlcmZvcm1hbmNlLmRhc2hib2FyZFNjaGVtZXMoYWN0b3IpO1xuICAgIGNvbnN0IHllYXJzID0gcmVjZW50WWVhcnMoYXdhaXQgYXBwLnNlcnZpY2VzLnBhcnRuZXJzaGlwcy50b2RheShhY3RvcikpO1xuICAgIGNvbnN0IHEgPSByZXEucXVlcnk7XG4gICAgY29uc3QgZG9jID0gZXh0cmEuZG9jID8/IG51bGw7XG4gICAgY29uc3QgcXVlcnkgPSBkb2NcbiAgICAgID8gbmV3IFVSTFNlYXJjaFBhcmFtcyh7IGtpbmQ6IGRvYy5raW5kLCBzY2hlbWU6IGRvYy5zY2hlbWUuY29kZSwgeWVhcjogZG9jLnllYXIsIC4uLihkb2MucXVhcnRlciA/IHsgcXVhcnRlcjogU3RyaW5nKGRvYy5xdWFydGVyKSB9IDoge30pLCBjZWlsaW5nOiBTdHJpbmcoZG9jLmNlaWxpbmcudmFsdWUpLCBhdWRpZW5jZTogZG9jLmF1ZGllbmNlIH0pLnRvU3RyaW5nKClcbiAgICAgIDogJyc7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcigncmVwb3J0cy5uamsnLCB7XG4gICAgICB0aXRsZTogZG9jID8gZG9jLnRpdGxlIDogJ1BhcnRuZXJzaGlwIHJlcG9ydHMnLFxuICAgICAgLi4uY2hvb3Nlckl0ZW1zKGFjdG9yLCBzY2hlbWVzLCB5ZWFycywgcSksXG4gICAgICB2YWx1ZXM6IHEsXG4gICAgICBlcnJvcnM6IGV4dHJhLmVycm9ycyA/PyBbXSxcbiAgICAgIGZpZWxkRXJyb3JzOiBleHRyYS5maWVsZEVycm9ycyA/PyB7fSxcbiAgICAgIG5vU2NoZW1lczogc2NoZW1lcy5sZW5ndGggPT09IDAsXG4gICAgICBkb2MsXG4gICAgICBwcmV2aWV3OiBkb2MgPyByZW5kZXJSZXBvcnRCb2R5KGRvYywgeyBnb3Z1azogdHJ1ZSB9KSA6IG51bGwsXG4gICAgICBodG1sSHJlZjogZG9jID8gYC9yZXBvcnRzL2Rvd25sb2FkPyR7cXVlcnl9JmZvcm1hdD1odG1sYCA6IG51bGwsXG4gICAgICBwZGZIcmVmOiBkb2MgPyBgL3JlcG9ydHMvZG93bmxvYWQ/JHtxdWVyeX0mZm9ybWF0PXBkZmAgOiBudWxsLFxuICAgICAgbWF5RWRpdFRhcmdldDogY2FuKGFjdG9yLCAnc2NoZW1lOm1hbmFnZScpLFxuICAgICAgdGFyZ2V0VmFsdWVzOiBleHRyYS50YXJnZXRWYWx1ZXMgPz8geyBzY2hlbWU6IHEuc2NoZW1lID8/ICcnLCB5ZWFyOiBxLnllYXIgPz8geWVhcnNbMV0gPz8gJycgfSxcbiAgICAgIHRhcmdldFNhdmVkOiBleHRyYS50YXJnZXRTYXZlZCA/PyBmYWxzZSxcbiAgICAgIHRhcmdldFNjaGVtZUl0ZW1zOiBzY2hlbWVzLm1hcCgocykgPT4gKHsgdmFsdWU6IHMuY29kZSwgdGV4dDogYCR7cy5uYW1lfSAoJHtzLmNvZGV9KWAsIHNlbGVjdGVkOiBzLmNvZGUgPT09IChleHRyYS50YXJnZXRWYWx1ZXM/LnNjaGVtZSA/PyBxLnNjaGVtZSkgfSkpLFxuICAgICAgdGFyZ2V0WWVhckl0ZW1zOiB5ZWFycy5tYXAoKHkpID0+ICh7IHZhbHVlOiB5LCB0ZXh0OiB5LCBzZWxlY3RlZDogeSA9PT0gKGV4dHJhLnRhcmdldFZhbHVlcz8ueWVhciA/PyBxLnllYXIgPz8geWVhcnNbMV0pIH0pKSxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVwb3J0IGZvciBhIHF1ZXJ5LCBvciB0aGUgcGFnZSBhZ2FpbiB3aXRoIHRoZSBwcm9ibGVtIGJ5IGl0cyBmaWVsZC4gKi9cbiAgYXN5bmMgZnVuY3Rpb24gdHJ5QnVpbGQocmVxOiBGYXN0aWZ5UmVxdWVzdDx7IFF1ZXJ5c3RyaW5nOiBSZXBvcnRRdWVyeSB9PiwgcmVwbHk6IEZhc3RpZnlSZXBseSk6IFByb21pc2U8UmVwb3J0RG9jdW1lbnQgfCBudWxsPiB7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBhd2FpdCByZXBvcnRzLmJ1aWxkKHJlcS5hY3RvciEsIHJlcXVlc3RPZihyZXEucXVlcnkua2luZCwgcmVxLnF1ZXJ5KSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKCEoaXNXYXltYXJrRXJyb3IoZSkgJiYgZS5raW5kID09PSAnaW52YWxpZF9pbnB1dCcpKSB0aHJvdyBlO1xuICAgICAgY29uc3QgZmllbGQgPSBlLmZpZWxkID8/ICdzY2hlbWUnO1xuICAgICAgcmVwbHkuY29kZSg0MDApO1xuICAgICAgYXdhaXQgcmVuZGVyUGFnZShyZXEsIHJlcGx5LCB7IGVycm9yczogW3sgdGV4dDogZS5tZXNzYWdlLCBocmVmOiBgIyR7ZmllbGR9YCB9XSwgZmllbGRFcnJvcnM6IHsgW2ZpZWxkXTogZS5tZXNzYWdlIH0gfSk7XG4gICAgICByZXR1cm4gbnVsbDtcbiAgICB9XG4gIH1cblxuICBhcHAuZ2V0PHsgUXVlcnlzdHJpbmc6IFJlcG9ydFF1ZXJ5IH0+KCcvcmVwb3J0cycsIHsgY29uZmlnOiB7IGFjY2VzczogJ3BlcmZvcm1hbmNlOnZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAvLyBOb3RoaW5nIGNob3NlbiB5ZXQ6IHRoZSBmb3JtIGFsb25lLlxuICAgIGlmICghcmVxLnF1ZXJ5LnNjaGVtZSAmJiAhcmVxLnF1ZXJ5LnllYXIpIHJldHVybiByZW5kZXJQYWdlKHJlcSwgcmVwbHksIHsgdGFyZ2V0U2F2ZWQ6IHJlcS5xdWVyeS5zYXZlZCA9PT0gJzEnID8gKHJlcS5xdWVyeS50YXJnZXQgPz8gJycpIDogZmFsc2UgfSk7XG4gICAgY29uc3QgZG9jID0gYXdhaXQgdHJ5QnVpbGQocmVxLCByZXBseSk7XG4gICAgaWYgKCFkb2MpIHJldHVybiByZXBseTtcbiAgICByZXR1cm4gcmVuZGVyUGFnZShyZXEsIHJlcGx5LCB7IGRvYyB9KTtcbiAgfSk7XG5cbiAgYXBwLmdldDx7IFF1ZXJ5c3RyaW5nOiBSZXBvcnRRdWVyeSB9PignL3JlcG9ydHMvZG93bmxvYWQnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJmb3JtYW5jZTp2aWV3JyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgZG9jID0gYXdhaXQgdHJ5QnVpbGQocmVxLCByZXBseSk7XG4gICAgaWYgKCFkb2MpIHJldHVybiByZXBseTtcbiAgICByZXR1cm4gc2VuZEZpbGUoYXBwLCByZXBseSwgZG9jLCByZXEucXVlcnkuZm9ybWF0ID09PSAncGRmJyA/ICdwZGYnIDogJ2h0bWwnKTtcbiAgfSk7XG5cbiAgYXBwLnBvc3Q8eyBCb2R5OiBCb2R5IH0+KCcvcmVwb3J0cy90YXJnZXQnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgYm9keSA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB0ID0gYXdhaXQgcmVwb3J0cy5zZXRUYXJnZXQocmVxLmFjdG9yISwgeyBzY2hlbWU6IGJvZHkuc2NoZW1lLCB5ZWFyOiBib2R5LnllYXIsIGNlaWxpbmc6IGJvZHkuY2VpbGluZywgc3RyZXRjaDogYm9keS5zdHJldGNoLCBleHBlY3RlZFZlcnNpb246IGZvcm1WZXJzaW9uKGJvZHkudmVyc2lvbikgfSk7XG4gICAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoYC9yZXBvcnRzP3NhdmVkPTEmdGFyZ2V0PSR7ZW5jb2RlVVJJQ29tcG9uZW50KGAke3Quc2NoZW1lfSAke3QueWVhcn1gKX1gLCAzMDMpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghKGlzV2F5bWFya0Vycm9yKGUpICYmIGUua2luZCA9PT0gJ2ludmFsaWRfaW5wdXQnKSkgdGhyb3cgZTtcbiAgICAgIGNvbnN0IGZpZWxkID0gZS5maWVsZCA/PyAnY2VpbGluZyc7XG4gICAgICByZXBseS5jb2RlKDQwMCk7XG4gICAgICByZXR1cm4gcmVuZGVyUGFnZShyZXEgYXMgdW5rbm93biBhcyBGYXN0aWZ5UmVxdWVzdDx7IFF1ZXJ5c3RyaW5nOiBSZXBvcnRRdWVyeSB9PiwgcmVwbHksIHsgZXJyb3JzOiBbeyB0ZXh0OiBlLm1lc3NhZ2UsIGhyZWY6IGAjdGFyZ2V0LSR7ZmllbGR9YCB9XSwgZmllbGRFcnJvcnM6IHsgW2B0YXJnZXQtJHtmaWVsZH1gXTogZS5tZXNzYWdlIH0sIHRhcmdldFZhbHVlczogYm9keSB9KTtcbiAgICB9XG4gIH0pO1xuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gQVBJXG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBraW5kOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IFJlcG9ydFF1ZXJ5IH0+KFxuICAgICcvYXBpL3YxL3JlcG9ydHMvOmtpbmQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdwZXJmb3JtYW5jZTp2aWV3JyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdUaGUgYW5udWFsIG9yIHF1YXJ0ZXJseSBwYXJ0bmVyc2hpcCByZXBvcnQgb2YgYSBzY2hlbWU6IGFzIEpTT04gKHRoZSByZXBvcnQgZG9jdW1lbnQpLCBIVE1MIG9yIFBERi4nLFxuICAgICAgICBkZXNjcmlwdGlvbjpcbiAgICAgICAgICAna2luZCBpcyBhbm51YWwgb3IgcXVhcnRlcmx5IChxdWFydGVybHkgbmVlZHMgcXVhcnRlciAxIHRvIDQpLiB5ZWFyIGlzIFlZWVkvWVkuIGNlaWxpbmcgaXMgdGhlIE5JMzAgcGVyZm9ybWFuY2UgY2VpbGluZyBhcyBhIGZyYWN0aW9uICgwLjE2KTsgJyArXG4gICAgICAgICAgJ2xlYXZlIGl0IG91dCB0byB1c2UgdGhlIHRhcmdldCBzdG9yZWQgZm9yIHRoZSBzY2hlbWUgYW5kIHllYXIuIGF1ZGllbmNlIGlzIGJvYXJkIChkZWZhdWx0OiBmaWd1cmVzIG9ubHksIGNvdW50cyBvZiAxIHRvIDQgc2hvd24gYXMgXCJmZXdlciB0aGFuIDVcIiB3aXRoICcgK1xuICAgICAgICAgICdzZWNvbmRhcnkgc3VwcHJlc3Npb24sIG5vIG5hbWVzKSBvciBzdGFmZiAoZXZlcnkgY291bnQsIGFuZCBuYW1lcyB3aGVyZSB5b3UgbWF5IHNlZSB0aGVtOyBib2FyZCBtZW1iZXJzIG1heSBub3QgYXNrIGZvciBpdCkuICcgK1xuICAgICAgICAgICdGb3IgdGhlIGZpbGVzLCBzZW5kIEFjY2VwdDogYXBwbGljYXRpb24vcGRmIG9yIHRleHQvaHRtbCwgb3IgZm9ybWF0PXBkZnxodG1sLiBSZWFkaW5nIGEgc3RhZmYgcmVwb3J0IHRoYXQgbmFtZXMgcGVvcGxlIGlzIHJlY29yZGVkIGluIHRoZSBhdWRpdCBsb2cuJyxcbiAgICAgICAgdGFnczogWydyZXBvcnRzJ10sXG4gICAgICAgIHBhcmFtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsna2luZCddLCBwcm9wZXJ0aWVzOiB7IGtpbmQ6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnYW5udWFsJywgJ3F1YXJ0ZXJseSddIH0gfSB9LFxuICAgICAgICBxdWVyeXN0cmluZzoge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3NjaGVtZScsICd5ZWFyJ10sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIHNjaGVtZTogeyB0eXBlOiAnc3RyaW5nJywgbWluTGVuZ3RoOiAxIH0sXG4gICAgICAgICAgICB5ZWFyOiB7IHR5cGU6ICdzdHJpbmcnLCBwYXR0ZXJuOiAnXlswLTldezR9L1swLTldezJ9JCcgfSxcbiAgICAgICAgICAgIHF1YXJ0ZXI6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnMScsICcyJywgJzMnLCAnNCddIH0sXG4gICAgICAgICAgICBjZWlsaW5nOiB7IHR5cGU6ICdzdHJpbmcnLCBwYXR0ZXJuOiAnXlswLTldKlxcXFwuP1swLTldKyQnIH0sXG4gICAgICAgICAgICBhdWRpZW5jZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydib2FyZCcsICdzdGFmZiddIH0sXG4gICAgICAgICAgICBmb3JtYXQ6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsnanNvbicsICdodG1sJywgJ3BkZiddIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDA6IHtcbiAgICAgICAgICAgIGRlc2NyaXB0aW9uOiAnVGhlIHJlcG9ydDogdGhlIGRvY3VtZW50IGFzIEpTT04sIG9yIHRoZSBIVE1MIHBhZ2UsIG9yIHRoZSBQREYuJyxcbiAgICAgICAgICAgIGNvbnRlbnQ6IHtcbiAgICAgICAgICAgICAgJ2FwcGxpY2F0aW9uL2pzb24nOiB7IHNjaGVtYTogcmVwb3J0RG9jdW1lbnRTY2hlbWEgfSxcbiAgICAgICAgICAgICAgJ3RleHQvaHRtbCc6IHsgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICAgICAgICAgICAgJ2FwcGxpY2F0aW9uL3BkZic6IHsgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnLCBmb3JtYXQ6ICdiaW5hcnknIH0gfSxcbiAgICAgICAgICAgIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICAuLi5wcm9ibGVtcyxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgZG9jID0gYXdhaXQgcmVwb3J0cy5idWlsZChyZXEuYWN0b3IhLCByZXF1ZXN0T2YocmVxLnBhcmFtcy5raW5kLCByZXEucXVlcnkpKTtcbiAgICAgIGNvbnN0IGZvcm1hdCA9IGZvcm1hdE9mKHJlcSk7XG4gICAgICBpZiAoZm9ybWF0ID09PSAnanNvbicpIHJldHVybiByZXBseS50eXBlKCdhcHBsaWNhdGlvbi9qc29uJykuc2VuZChkb2MpO1xuICAgICAgcmV0dXJuIHNlbmRGaWxlKGFwcCwgcmVwbHksIGRvYywgZm9ybWF0KTtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBzY2hlbWU6IHN0cmluZzsgeWVhcjogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvcmVwb3J0cy90YXJnZXRzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAncGVyZm9ybWFuY2U6dmlldycgfSxcbiAgICAgIHNjaGVtYToge1xuICAgICAgICBzdW1tYXJ5OiAnVGhlIE5JMzAgdGFyZ2V0IChwZXJmb3JtYW5jZSBjZWlsaW5nLCBhbmQgc3RyZXRjaCkgc3RvcmVkIGZvciBhIHNjaGVtZSBhbmQgcGVyZm9ybWFuY2UgeWVhci4nLFxuICAgICAgICB0YWdzOiBbJ3JlcG9ydHMnXSxcbiAgICAgICAgcXVlcnlzdHJpbmc6IHsgdHlwZTogJ29iamVjdCcsIHJlcXVpcmVkOiBbJ3NjaGVtZScsICd5ZWFyJ10sIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcHJvcGVydGllczogeyBzY2hlbWU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSB9LCB5ZWFyOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHRhcmdldFNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgdCA9IGF3YWl0IHJlcG9ydHMudGFyZ2V0KHJlcS5hY3RvciEsIHJlcS5xdWVyeSk7XG4gICAgICBpZiAoIXQpIHRocm93IG5ldyBOb3RGb3VuZEVycm9yKGBObyBOSTMwIHRhcmdldCBpcyBzdG9yZWQgZm9yICR7cmVxLnF1ZXJ5LnNjaGVtZX0gJHtyZXEucXVlcnkueWVhcn0uYCk7XG4gICAgICBzZW5kRXRhZyhyZXBseSwgJ25pMzBfdGFyZ2V0JywgTnVtYmVyKHQueWVhci5zbGljZSgwLCA0KSksIHQudmVyc2lvbik7XG4gICAgICByZXR1cm4gdDtcbiAgICB9LFxuICApO1xuXG4gIGFwcC5wdXQ8eyBCb2R5OiB7IHNjaGVtZTogc3RyaW5nOyB5ZWFyOiBzdHJpbmc7IGNlaWxpbmc6IG51bWJlcjsgc3RyZXRjaD86IG51bWJlciB8IG51bGwgfSB9PihcbiAgICAnL2FwaS92MS9yZXBvcnRzL3RhcmdldHMnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzY2hlbWU6bWFuYWdlJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdTZXRzIHRoZSBOSTMwIHRhcmdldCBvZiBhIHNjaGVtZSBhbmQgcGVyZm9ybWFuY2UgeWVhci4gU2NoZW1lIG1hbmFnZXJzIGFuZCBhZG1pbmlzdHJhdG9ycy4gQXVkaXRlZC4nLFxuICAgICAgICBkZXNjcmlwdGlvbjogJ1NlbmQgSWYtTWF0Y2ggd2l0aCB0aGUgRVRhZyBvZiB0aGUgdGFyZ2V0IHRvIHJlZnVzZSB0aGUgY2hhbmdlIGlmIHNvbWVvbmUgZWxzZSBjaGFuZ2VkIGl0IG1lYW53aGlsZSAoNDEyKS4nLFxuICAgICAgICB0YWdzOiBbJ3JlcG9ydHMnXSxcbiAgICAgICAgYm9keToge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ3NjaGVtZScsICd5ZWFyJywgJ2NlaWxpbmcnXSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcHJvcGVydGllczogeyBzY2hlbWU6IHsgdHlwZTogJ3N0cmluZycsIG1pbkxlbmd0aDogMSB9LCB5ZWFyOiB7IHR5cGU6ICdzdHJpbmcnIH0sIGNlaWxpbmc6IHsgdHlwZTogJ251bWJlcicsIG1pbmltdW06IDAsIGV4Y2x1c2l2ZU1heGltdW06IDEgfSwgc3RyZXRjaDogeyB0eXBlOiBbJ251bWJlcicsICdudWxsJ10sIG1pbmltdW06IDAsIGV4Y2x1c2l2ZU1heGltdW06IDEgfSB9LFxuICAgICAgICB9LFxuICAgICAgICByZXNwb25zZTogeyAyMDA6IHRhcmdldFNjaGVtYSwgLi4ucHJvYmxlbXMgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgICAgY29uc3QgeWVhciA9IC9eKFxcZHs0fSlcXC8vLmV4ZWMocmVxLmJvZHkueWVhcik/LlsxXTtcbiAgICAgIGNvbnN0IGV4cGVjdGVkID0geWVhciA/IGV4cGVjdGVkVmVyc2lvbihyZXEsICduaTMwX3RhcmdldCcsIE51bWJlcih5ZWFyKSkgOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCB0ID0gYXdhaXQgcmVwb3J0cy5zZXRUYXJnZXQocmVxLmFjdG9yISwgeyAuLi5yZXEuYm9keSwgZXhwZWN0ZWRWZXJzaW9uOiBleHBlY3RlZCB9KTtcbiAgICAgIHNlbmRFdGFnKHJlcGx5LCAnbmkzMF90YXJnZXQnLCBOdW1iZXIodC55ZWFyLnNsaWNlKDAsIDQpKSwgdC52ZXJzaW9uKTtcbiAgICAgIHJldHVybiB0O1xuICAgIH0sXG4gICk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFNQSxTQUFTLFdBQVc7QUFDcEIsU0FBUyxnQkFBZ0IscUJBQXFCO0FBQzlDLFNBQVMsZ0JBQWdCO0FBQ3pCLFNBQVMsaUJBQWlCLGFBQWEsZ0JBQWdCO0FBRXZELFNBQVMsd0JBQXdCO0FBQ2pDLFNBQVMsbUJBQW1CO0FBa0I1QixNQUFNLE1BQU0sRUFBRSxNQUFNLFNBQVM7QUFDN0IsTUFBTSxhQUFhO0FBQUEsRUFDakIsTUFBTTtBQUFBLEVBQ04sVUFBVSxDQUFDLFFBQVEsU0FBUyxVQUFVO0FBQUEsRUFDdEMsc0JBQXNCO0FBQUEsRUFDdEIsWUFBWSxFQUFFLE1BQU0sS0FBSyxPQUFPLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFLEdBQUcsVUFBVSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sR0FBRyxNQUFNLENBQUMsU0FBUyxhQUFhLElBQUksRUFBRSxFQUFFO0FBQzNJO0FBQ0EsTUFBTSxZQUFZLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxTQUFTLE9BQU8sR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsT0FBTyxLQUFLLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxXQUFXLEVBQUUsRUFBRTtBQUN2SyxNQUFNLGNBQWM7QUFBQSxFQUNsQixNQUFNLENBQUMsVUFBVSxNQUFNO0FBQUEsRUFDdkIsVUFBVSxDQUFDLFdBQVcsUUFBUSxRQUFRLE9BQU87QUFBQSxFQUM3QyxzQkFBc0I7QUFBQSxFQUN0QixZQUFZLEVBQUUsU0FBUyxLQUFLLE1BQU0sRUFBRSxNQUFNLFNBQVMsT0FBTyxJQUFJLEdBQUcsTUFBTSxFQUFFLE1BQU0sU0FBUyxPQUFPLFVBQVUsR0FBRyxPQUFPLEVBQUUsR0FBRyxXQUFXLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRSxFQUFFO0FBQ2hLO0FBQ0EsTUFBTSxlQUFlO0FBQUEsRUFDbkIsTUFBTTtBQUFBLEVBQ04sVUFBVSxDQUFDLE1BQU0sU0FBUyxTQUFTLFNBQVMsVUFBVSxhQUFhO0FBQUEsRUFDbkUsc0JBQXNCO0FBQUEsRUFDdEIsWUFBWTtBQUFBLElBQ1YsSUFBSTtBQUFBLElBQ0osT0FBTztBQUFBLElBQ1AsT0FBTztBQUFBLE1BQ0wsTUFBTSxDQUFDLFVBQVUsTUFBTTtBQUFBLE1BQ3ZCLFVBQVUsQ0FBQyxNQUFNLFNBQVMsZUFBZSxLQUFLO0FBQUEsTUFDOUMsc0JBQXNCO0FBQUEsTUFDdEIsWUFBWSxFQUFFLElBQUksS0FBSyxPQUFPLEtBQUssYUFBYSxLQUFLLEtBQUssRUFBRSxNQUFNLFVBQVUsYUFBYSxpRUFBaUUsRUFBRTtBQUFBLElBQzlKO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxRQUFRLEVBQUUsTUFBTSxTQUFTLE9BQU8sSUFBSTtBQUFBLElBQ3BDLGFBQWEsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsYUFBYSx5RUFBeUU7QUFBQSxFQUNqSTtBQUNGO0FBQ0EsTUFBTSxnQkFBZ0I7QUFBQSxFQUNwQixNQUFNO0FBQUEsRUFDTixVQUFVLENBQUMsTUFBTSxXQUFXLFdBQVcsV0FBVyxhQUFhO0FBQUEsRUFDL0Qsc0JBQXNCO0FBQUEsRUFDdEIsWUFBWTtBQUFBLElBQ1YsSUFBSSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsUUFBUSxnQkFBZ0IsVUFBVSxRQUFRLE9BQU8sc0JBQXNCLG1CQUFtQixNQUFNLEVBQUU7QUFBQSxJQUMvSCxTQUFTO0FBQUEsSUFDVCxTQUFTLEVBQUUsTUFBTSxTQUFTLE9BQU8sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFNBQVMsT0FBTyxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxPQUFPLEtBQUssT0FBTyxJQUFJLEVBQUUsRUFBRTtBQUFBLElBQ3ZKLFNBQVMsRUFBRSxNQUFNLFNBQVMsT0FBTyxhQUFhO0FBQUEsSUFDOUMsYUFBYSxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQzFDO0FBQ0Y7QUFDTyxNQUFNLHVCQUF1QjtBQUFBLEVBQ2xDLE1BQU07QUFBQSxFQUNOLFVBQVUsQ0FBQyxRQUFRLFlBQVksZUFBZSxTQUFTLGVBQWUsVUFBVSxRQUFRLFdBQVcsVUFBVSxXQUFXLGVBQWUsZUFBZSxZQUFZLFlBQVksWUFBWTtBQUFBLEVBQzFMLHNCQUFzQjtBQUFBLEVBQ3RCLFlBQVk7QUFBQSxJQUNWLE1BQU0sRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFVBQVUsV0FBVyxFQUFFO0FBQUEsSUFDdEQsVUFBVSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsU0FBUyxPQUFPLEVBQUU7QUFBQSxJQUNyRCxhQUFhLEVBQUUsTUFBTSxVQUFVO0FBQUEsSUFDL0IsT0FBTztBQUFBLElBQ1AsYUFBYSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLElBQUksRUFBRTtBQUFBLElBQzFHLFFBQVEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsTUFBTSxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxNQUFNLEtBQUssTUFBTSxJQUFJLEVBQUU7QUFBQSxJQUN4SCxNQUFNO0FBQUEsSUFDTixTQUFTLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxHQUFHLFNBQVMsR0FBRyxTQUFTLEVBQUU7QUFBQSxJQUM3RCxRQUFRLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxTQUFTLE9BQU8sT0FBTyxHQUFHLHNCQUFzQixPQUFPLFlBQVksRUFBRSxPQUFPLEVBQUUsTUFBTSxVQUFVLFFBQVEsT0FBTyxHQUFHLEtBQUssRUFBRSxNQUFNLFVBQVUsUUFBUSxPQUFPLEdBQUcsT0FBTyxJQUFJLEVBQUU7QUFBQSxJQUMzTSxTQUFTLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxTQUFTLFFBQVEsR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsT0FBTyxFQUFFLE1BQU0sU0FBUyxHQUFHLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFNBQVMsUUFBUSxFQUFFLEVBQUUsRUFBRTtBQUFBLElBQ3hMLGFBQWEsRUFBRSxNQUFNLFVBQVUsUUFBUSxZQUFZO0FBQUEsSUFDbkQsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1IsTUFBTTtBQUFBLE1BQ04sVUFBVSxDQUFDLGNBQWMsWUFBWSxXQUFXLGFBQWEsVUFBVSxtQkFBbUI7QUFBQSxNQUMxRixzQkFBc0I7QUFBQSxNQUN0QixZQUFZO0FBQUEsUUFDVixZQUFZLEVBQUUsTUFBTSxDQUFDLFdBQVcsTUFBTSxHQUFHLGFBQWEseURBQXlEO0FBQUEsUUFDL0csVUFBVSxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQzVCLFNBQVMsRUFBRSxNQUFNLFNBQVM7QUFBQSxRQUMxQixXQUFXLEVBQUUsTUFBTSxVQUFVO0FBQUEsUUFDN0IsUUFBUSxFQUFFLE1BQU0sVUFBVTtBQUFBLFFBQzFCLG1CQUFtQixFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLE1BQ2hEO0FBQUEsSUFDRjtBQUFBLElBQ0EsVUFBVSxFQUFFLE1BQU0sU0FBUyxPQUFPLGNBQWM7QUFBQSxJQUNoRCxZQUFZO0FBQUEsRUFDZDtBQUNGO0FBQ0EsTUFBTSxlQUFlO0FBQUEsRUFDbkIsTUFBTTtBQUFBLEVBQ04sVUFBVSxDQUFDLFVBQVUsUUFBUSxXQUFXLFdBQVcsV0FBVyxhQUFhLFdBQVc7QUFBQSxFQUN0RixzQkFBc0I7QUFBQSxFQUN0QixZQUFZO0FBQUEsSUFDVixRQUFRO0FBQUEsSUFDUixNQUFNO0FBQUEsSUFDTixTQUFTLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDMUIsU0FBUyxFQUFFLE1BQU0sQ0FBQyxVQUFVLE1BQU0sRUFBRTtBQUFBLElBQ3BDLFNBQVMsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMzQixXQUFXLEVBQUUsTUFBTSxDQUFDLFVBQVUsTUFBTSxFQUFFO0FBQUEsSUFDdEMsV0FBVyxFQUFFLE1BQU0sVUFBVSxRQUFRLFlBQVk7QUFBQSxFQUNuRDtBQUNGO0FBSUEsU0FBUyxVQUFVLE1BQTBCLEdBQStCO0FBQzFFLFNBQU87QUFBQSxJQUNMLE1BQU8sUUFBUTtBQUFBLElBQ2YsWUFBWSxFQUFFLFVBQVU7QUFBQSxJQUN4QixNQUFNLEVBQUUsUUFBUTtBQUFBLElBQ2hCLFNBQVMsRUFBRSxZQUFZLFVBQWEsRUFBRSxZQUFZLEtBQUssT0FBUSxFQUFFO0FBQUEsSUFDakUsU0FBUyxFQUFFLFlBQVksVUFBYSxFQUFFLFlBQVksS0FBSyxPQUFRLEVBQUU7QUFBQSxJQUNqRSxVQUFXLEVBQUUsWUFBWTtBQUFBLEVBQzNCO0FBQ0Y7QUFHQSxTQUFTLFNBQVMsS0FBcUIsS0FBNkI7QUFDbEUsUUFBTSxJQUFJLElBQUksVUFBVSxLQUFLLElBQUksT0FBTyxLQUFLO0FBQzdDLFNBQU8sR0FBRyxJQUFJLE9BQU8sSUFBSSxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksS0FBSyxRQUFRLEtBQUssR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLElBQUksUUFBUSxJQUFJLEdBQUcsR0FBRyxRQUFRLG9CQUFvQixHQUFHO0FBQ2xJO0FBRUEsZUFBZSxTQUFTLEtBQXNCLE9BQXFCLEtBQXFCLFFBQXdCO0FBQzlHLFFBQU0sSUFBSSxJQUFJLFNBQVM7QUFDdkIsUUFBTSxPQUFPLHVCQUF1Qix5QkFBeUIsU0FBUyxLQUFLLE1BQU0sQ0FBQyxHQUFHO0FBQ3JGLFFBQU0sT0FBTyxpQkFBaUIsVUFBVTtBQUN4QyxNQUFJLFdBQVcsT0FBTztBQUNwQixVQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksR0FBRztBQUMzQixXQUFPLE1BQU0sS0FBSyxpQkFBaUIsRUFBRSxLQUFLLEdBQUc7QUFBQSxFQUMvQztBQUNBLFNBQU8sTUFBTSxLQUFLLDBCQUEwQixFQUFFLEtBQUssRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUNoRTtBQUdBLFNBQVMsU0FBUyxLQUE0RTtBQUM1RixRQUFNLElBQUksSUFBSSxNQUFNO0FBQ3BCLE1BQUksTUFBTSxTQUFTLE1BQU0sVUFBVSxNQUFNLE9BQVEsUUFBTztBQUN4RCxRQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVEsVUFBVSxFQUFFO0FBQzlDLE1BQUksbUJBQW1CLEtBQUssTUFBTSxFQUFHLFFBQU87QUFDNUMsTUFBSSxhQUFhLEtBQUssTUFBTSxLQUFLLENBQUMsb0JBQW9CLEtBQUssTUFBTSxFQUFHLFFBQU87QUFDM0UsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLE9BQWMsU0FBMkMsT0FBaUIsR0FBZ0I7QUFDOUcsUUFBTSxlQUFlLElBQUksT0FBTyxtQkFBbUI7QUFDbkQsU0FBTztBQUFBLElBQ0wsV0FBVztBQUFBLE1BQ1QsRUFBRSxPQUFPLFVBQVUsTUFBTSxpQkFBaUIsVUFBVSxFQUFFLFFBQVEsY0FBYyxTQUFTO0FBQUEsTUFDckYsRUFBRSxPQUFPLGFBQWEsTUFBTSxvQkFBb0IsU0FBUyxFQUFFLFNBQVMsWUFBWTtBQUFBLElBQ2xGO0FBQUEsSUFDQSxhQUFhLENBQUMsRUFBRSxPQUFPLElBQUksTUFBTSxrQkFBa0IsR0FBRyxHQUFHLFFBQVEsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLEtBQUssRUFBRSxJQUFJLEtBQUssVUFBVSxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUFBLElBQzlKLFdBQVcsTUFBTSxJQUFJLENBQUMsR0FBRyxPQUFPLEVBQUUsT0FBTyxHQUFHLE1BQU0sR0FBRyxVQUFVLEVBQUUsT0FBTyxNQUFNLEVBQUUsT0FBTyxNQUFNLEVBQUUsRUFBRTtBQUFBLElBQ2pHLGNBQWM7QUFBQSxNQUNaLEVBQUUsT0FBTyxJQUFJLE1BQU0sMkJBQTJCO0FBQUEsTUFDOUMsR0FBRyxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUMsT0FBTyxFQUFFLE9BQU8sT0FBTyxDQUFDLEdBQUcsTUFBTSxXQUFXLENBQUMsS0FBSyxDQUFDLGlCQUFpQixxQkFBcUIsdUJBQXVCLGtCQUFrQixFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUssVUFBVSxFQUFFLFlBQVksT0FBTyxDQUFDLEVBQUUsRUFBRTtBQUFBLElBQzFNO0FBQUEsSUFDQSxlQUFlLGVBQ1g7QUFBQSxNQUNFLEVBQUUsT0FBTyxTQUFTLE1BQU0sb0RBQW9ELFVBQVUsRUFBRSxZQUFZLGFBQWEsUUFBUTtBQUFBLE1BQ3pILEVBQUUsT0FBTyxTQUFTLE1BQU0sNkNBQTZDLFNBQVMsRUFBRSxhQUFhLFFBQVE7QUFBQSxJQUN2RyxJQUNBO0FBQUEsRUFDTjtBQUNGO0FBSU8sU0FBUyxxQkFBcUIsS0FBNEI7QUFDL0QsUUFBTSxVQUFVLElBQUksU0FBUztBQUU3QixpQkFBZSxXQUFXLEtBQW1ELE9BQXFCLFFBQTZLLENBQUMsR0FBRztBQUNqUixVQUFNLFFBQVEsSUFBSTtBQUNsQixVQUFNLFVBQVUsTUFBTSxJQUFJLFNBQVMsWUFBWSxpQkFBaUIsS0FBSztBQUNyRSxVQUFNLFFBQVEsWUFBWSxNQUFNLElBQUksU0FBUyxhQUFhLE1BQU0sS0FBSyxDQUFDO0FBQ3RFLFVBQU0sSUFBSSxJQUFJO0FBQ2QsVUFBTSxNQUFNLE1BQU0sT0FBTztBQUN6QixVQUFNLFFBQVEsTUFDVixJQUFJLGdCQUFnQixFQUFFLE1BQU0sSUFBSSxNQUFNLFFBQVEsSUFBSSxPQUFPLE1BQU0sTUFBTSxJQUFJLE1BQU0sR0FBSSxJQUFJLFVBQVUsRUFBRSxTQUFTLE9BQU8sSUFBSSxPQUFPLEVBQUUsSUFBSSxDQUFDLEdBQUksU0FBUyxPQUFPLElBQUksUUFBUSxLQUFLLEdBQUcsVUFBVSxJQUFJLFNBQVMsQ0FBQyxFQUFFLFNBQVMsSUFDaE47QUFDSixXQUFPLE1BQU0sT0FBTyxlQUFlO0FBQUEsTUFDakMsT0FBTyxNQUFNLElBQUksUUFBUTtBQUFBLE1BQ3pCLEdBQUcsYUFBYSxPQUFPLFNBQVMsT0FBTyxDQUFDO0FBQUEsTUFDeEMsUUFBUTtBQUFBLE1BQ1IsUUFBUSxNQUFNLFVBQVUsQ0FBQztBQUFBLE1BQ3pCLGFBQWEsTUFBTSxlQUFlLENBQUM7QUFBQSxNQUNuQyxXQUFXLFFBQVEsV0FBVztBQUFBLE1BQzlCO0FBQUEsTUFDQSxTQUFTLE1BQU0saUJBQWlCLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQyxJQUFJO0FBQUEsTUFDeEQsVUFBVSxNQUFNLHFCQUFxQixLQUFLLGlCQUFpQjtBQUFBLE1BQzNELFNBQVMsTUFBTSxxQkFBcUIsS0FBSyxnQkFBZ0I7QUFBQSxNQUN6RCxlQUFlLElBQUksT0FBTyxlQUFlO0FBQUEsTUFDekMsY0FBYyxNQUFNLGdCQUFnQixFQUFFLFFBQVEsRUFBRSxVQUFVLElBQUksTUFBTSxFQUFFLFFBQVEsTUFBTSxDQUFDLEtBQUssR0FBRztBQUFBLE1BQzdGLGFBQWEsTUFBTSxlQUFlO0FBQUEsTUFDbEMsbUJBQW1CLFFBQVEsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsTUFBTSxNQUFNLEdBQUcsRUFBRSxJQUFJLEtBQUssRUFBRSxJQUFJLEtBQUssVUFBVSxFQUFFLFVBQVUsTUFBTSxjQUFjLFVBQVUsRUFBRSxRQUFRLEVBQUU7QUFBQSxNQUN2SixpQkFBaUIsTUFBTSxJQUFJLENBQUMsT0FBTyxFQUFFLE9BQU8sR0FBRyxNQUFNLEdBQUcsVUFBVSxPQUFPLE1BQU0sY0FBYyxRQUFRLEVBQUUsUUFBUSxNQUFNLENBQUMsR0FBRyxFQUFFO0FBQUEsSUFDN0gsQ0FBQztBQUFBLEVBQ0g7QUFHQSxpQkFBZSxTQUFTLEtBQW1ELE9BQXFEO0FBQzlILFFBQUk7QUFDRixhQUFPLE1BQU0sUUFBUSxNQUFNLElBQUksT0FBUSxVQUFVLElBQUksTUFBTSxNQUFNLElBQUksS0FBSyxDQUFDO0FBQUEsSUFDN0UsU0FBUyxHQUFHO0FBQ1YsVUFBSSxFQUFFLGVBQWUsQ0FBQyxLQUFLLEVBQUUsU0FBUyxpQkFBa0IsT0FBTTtBQUM5RCxZQUFNLFFBQVEsRUFBRSxTQUFTO0FBQ3pCLFlBQU0sS0FBSyxHQUFHO0FBQ2QsWUFBTSxXQUFXLEtBQUssT0FBTyxFQUFFLFFBQVEsQ0FBQyxFQUFFLE1BQU0sRUFBRSxTQUFTLE1BQU0sSUFBSSxLQUFLLEdBQUcsQ0FBQyxHQUFHLGFBQWEsRUFBRSxDQUFDLEtBQUssR0FBRyxFQUFFLFFBQVEsRUFBRSxDQUFDO0FBQ3RILGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUVBLE1BQUksSUFBa0MsWUFBWSxFQUFFLFFBQVEsRUFBRSxRQUFRLG1CQUFtQixFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFFbEgsUUFBSSxDQUFDLElBQUksTUFBTSxVQUFVLENBQUMsSUFBSSxNQUFNLEtBQU0sUUFBTyxXQUFXLEtBQUssT0FBTyxFQUFFLGFBQWEsSUFBSSxNQUFNLFVBQVUsTUFBTyxJQUFJLE1BQU0sVUFBVSxLQUFNLE1BQU0sQ0FBQztBQUNuSixVQUFNLE1BQU0sTUFBTSxTQUFTLEtBQUssS0FBSztBQUNyQyxRQUFJLENBQUMsSUFBSyxRQUFPO0FBQ2pCLFdBQU8sV0FBVyxLQUFLLE9BQU8sRUFBRSxJQUFJLENBQUM7QUFBQSxFQUN2QyxDQUFDO0FBRUQsTUFBSSxJQUFrQyxxQkFBcUIsRUFBRSxRQUFRLEVBQUUsUUFBUSxtQkFBbUIsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQzNILFVBQU0sTUFBTSxNQUFNLFNBQVMsS0FBSyxLQUFLO0FBQ3JDLFFBQUksQ0FBQyxJQUFLLFFBQU87QUFDakIsV0FBTyxTQUFTLEtBQUssT0FBTyxLQUFLLElBQUksTUFBTSxXQUFXLFFBQVEsUUFBUSxNQUFNO0FBQUEsRUFDOUUsQ0FBQztBQUVELE1BQUksS0FBcUIsbUJBQW1CLEVBQUUsUUFBUSxFQUFFLFFBQVEsZ0JBQWdCLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUN6RyxVQUFNLE9BQU8sSUFBSSxRQUFRLENBQUM7QUFDMUIsUUFBSTtBQUNGLFlBQU0sSUFBSSxNQUFNLFFBQVEsVUFBVSxJQUFJLE9BQVEsRUFBRSxRQUFRLEtBQUssUUFBUSxNQUFNLEtBQUssTUFBTSxTQUFTLEtBQUssU0FBUyxTQUFTLEtBQUssU0FBUyxpQkFBaUIsWUFBWSxLQUFLLE9BQU8sRUFBRSxDQUFDO0FBQ2hMLGFBQU8sTUFBTSxTQUFTLDJCQUEyQixtQkFBbUIsR0FBRyxFQUFFLE1BQU0sSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDLElBQUksR0FBRztBQUFBLElBQ3JHLFNBQVMsR0FBRztBQUNWLFVBQUksRUFBRSxlQUFlLENBQUMsS0FBSyxFQUFFLFNBQVMsaUJBQWtCLE9BQU07QUFDOUQsWUFBTSxRQUFRLEVBQUUsU0FBUztBQUN6QixZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sV0FBVyxLQUFnRSxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxFQUFFLFNBQVMsTUFBTSxXQUFXLEtBQUssR0FBRyxDQUFDLEdBQUcsYUFBYSxFQUFFLENBQUMsVUFBVSxLQUFLLEVBQUUsR0FBRyxFQUFFLFFBQVEsR0FBRyxjQUFjLEtBQUssQ0FBQztBQUFBLElBQzNOO0FBQUEsRUFDRixDQUFDO0FBSUQsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxtQkFBbUI7QUFBQSxNQUNyQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUNFO0FBQUEsUUFJRixNQUFNLENBQUMsU0FBUztBQUFBLFFBQ2hCLFFBQVEsRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLE1BQU0sR0FBRyxZQUFZLEVBQUUsTUFBTSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsVUFBVSxXQUFXLEVBQUUsRUFBRSxFQUFFO0FBQUEsUUFDdEgsYUFBYTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sVUFBVSxDQUFDLFVBQVUsTUFBTTtBQUFBLFVBQzNCLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVk7QUFBQSxZQUNWLFFBQVEsRUFBRSxNQUFNLFVBQVUsV0FBVyxFQUFFO0FBQUEsWUFDdkMsTUFBTSxFQUFFLE1BQU0sVUFBVSxTQUFTLHNCQUFzQjtBQUFBLFlBQ3ZELFNBQVMsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLEtBQUssS0FBSyxLQUFLLEdBQUcsRUFBRTtBQUFBLFlBQ3RELFNBQVMsRUFBRSxNQUFNLFVBQVUsU0FBUyxxQkFBcUI7QUFBQSxZQUN6RCxVQUFVLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxTQUFTLE9BQU8sRUFBRTtBQUFBLFlBQ3JELFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFFBQVEsUUFBUSxLQUFLLEVBQUU7QUFBQSxVQUMxRDtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVU7QUFBQSxVQUNSLEtBQUs7QUFBQSxZQUNILGFBQWE7QUFBQSxZQUNiLFNBQVM7QUFBQSxjQUNQLG9CQUFvQixFQUFFLFFBQVEscUJBQXFCO0FBQUEsY0FDbkQsYUFBYSxFQUFFLFFBQVEsRUFBRSxNQUFNLFNBQVMsRUFBRTtBQUFBLGNBQzFDLG1CQUFtQixFQUFFLFFBQVEsRUFBRSxNQUFNLFVBQVUsUUFBUSxTQUFTLEVBQUU7QUFBQSxZQUNwRTtBQUFBLFVBQ0Y7QUFBQSxVQUNBLEdBQUc7QUFBQSxRQUNMO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sTUFBTSxNQUFNLFFBQVEsTUFBTSxJQUFJLE9BQVEsVUFBVSxJQUFJLE9BQU8sTUFBTSxJQUFJLEtBQUssQ0FBQztBQUNqRixZQUFNLFNBQVMsU0FBUyxHQUFHO0FBQzNCLFVBQUksV0FBVyxPQUFRLFFBQU8sTUFBTSxLQUFLLGtCQUFrQixFQUFFLEtBQUssR0FBRztBQUNyRSxhQUFPLFNBQVMsS0FBSyxPQUFPLEtBQUssTUFBTTtBQUFBLElBQ3pDO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsbUJBQW1CO0FBQUEsTUFDckMsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFNBQVM7QUFBQSxRQUNoQixhQUFhLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxVQUFVLE1BQU0sR0FBRyxzQkFBc0IsT0FBTyxZQUFZLEVBQUUsUUFBUSxFQUFFLE1BQU0sVUFBVSxXQUFXLEVBQUUsR0FBRyxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFFBQzdLLFVBQVUsRUFBRSxLQUFLLGNBQWMsR0FBRyxTQUFTO0FBQUEsTUFDN0M7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVTtBQUNwQixZQUFNLElBQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxPQUFRLElBQUksS0FBSztBQUNwRCxVQUFJLENBQUMsRUFBRyxPQUFNLElBQUksY0FBYyxnQ0FBZ0MsSUFBSSxNQUFNLE1BQU0sSUFBSSxJQUFJLE1BQU0sSUFBSSxHQUFHO0FBQ3JHLGVBQVMsT0FBTyxlQUFlLE9BQU8sRUFBRSxLQUFLLE1BQU0sR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU87QUFDcEUsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxnQkFBZ0I7QUFBQSxNQUNsQyxRQUFRO0FBQUEsUUFDTixTQUFTO0FBQUEsUUFDVCxhQUFhO0FBQUEsUUFDYixNQUFNLENBQUMsU0FBUztBQUFBLFFBQ2hCLE1BQU07QUFBQSxVQUNKLE1BQU07QUFBQSxVQUNOLFVBQVUsQ0FBQyxVQUFVLFFBQVEsU0FBUztBQUFBLFVBQ3RDLHNCQUFzQjtBQUFBLFVBQ3RCLFlBQVksRUFBRSxRQUFRLEVBQUUsTUFBTSxVQUFVLFdBQVcsRUFBRSxHQUFHLE1BQU0sRUFBRSxNQUFNLFNBQVMsR0FBRyxTQUFTLEVBQUUsTUFBTSxVQUFVLFNBQVMsR0FBRyxrQkFBa0IsRUFBRSxHQUFHLFNBQVMsRUFBRSxNQUFNLENBQUMsVUFBVSxNQUFNLEdBQUcsU0FBUyxHQUFHLGtCQUFrQixFQUFFLEVBQUU7QUFBQSxRQUN6TjtBQUFBLFFBQ0EsVUFBVSxFQUFFLEtBQUssY0FBYyxHQUFHLFNBQVM7QUFBQSxNQUM3QztBQUFBLElBQ0Y7QUFBQSxJQUNBLE9BQU8sS0FBSyxVQUFVO0FBQ3BCLFlBQU0sT0FBTyxhQUFhLEtBQUssSUFBSSxLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2pELFlBQU0sV0FBVyxPQUFPLGdCQUFnQixLQUFLLGVBQWUsT0FBTyxJQUFJLENBQUMsSUFBSTtBQUM1RSxZQUFNLElBQUksTUFBTSxRQUFRLFVBQVUsSUFBSSxPQUFRLEVBQUUsR0FBRyxJQUFJLE1BQU0saUJBQWlCLFNBQVMsQ0FBQztBQUN4RixlQUFTLE9BQU8sZUFBZSxPQUFPLEVBQUUsS0FBSyxNQUFNLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxPQUFPO0FBQ3BFLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
