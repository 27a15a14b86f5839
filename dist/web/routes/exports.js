import { PassThrough } from "node:stream";
import { problems } from "../api-schemas.js";
import { ALL_PARAMS, EXPORT_KINDS } from "../../exports/kinds.js";
import { CONTENT_TYPES } from "../../exports/cells.js";
function send(reply, file) {
  return reply.header("content-disposition", `attachment; filename="${file.fileName}"`).header("cache-control", "no-store").type(file.contentType).send(file.body);
}
const fileContent = {
  description: "The file: a header row, then one row per line of the list; every text cell beginning = + - @, a tab or a carriage return has a leading apostrophe.",
  content: {
    [CONTENT_TYPES.csv.split(";")[0]]: { schema: { type: "string" } },
    [CONTENT_TYPES.xlsx]: { schema: { type: "string", format: "binary" } }
  }
};
const kindSchema = {
  type: "object",
  required: ["kind", "label", "figuresOnly", "permission", "params", "page"],
  properties: {
    kind: { type: "string" },
    label: { type: "string" },
    figuresOnly: { type: "boolean" },
    permission: { type: "string" },
    page: { type: "string" },
    params: {
      type: "array",
      items: { type: "object", required: ["name", "description"], properties: { name: { type: "string" }, required: { type: "boolean" }, description: { type: "string" } } }
    }
  }
};
function registerExportRoutes(app) {
  async function exportFile(actor, kind, q, destination, reply) {
    const { format, justification, ...params } = q;
    const exports = app.services.exports;
    if (exports.isImportKind(kind)) {
      const out = new PassThrough();
      const chunks = [];
      out.on("data", (c) => chunks.push(c));
      const r = await exports.importKind(actor, { kind, format: format ?? "", out, destination, justification });
      out.end();
      return send(reply, { fileName: r.fileName, contentType: r.contentType, body: Buffer.concat(chunks) });
    }
    return send(reply, await exports.list(actor, { kind, format: format ?? "", params, destination, justification }));
  }
  app.get(
    "/exports/:kind",
    { config: { access: "signed-in" } },
    async (req, reply) => exportFile(req.actor, req.params.kind, req.query, "a download from the web", reply)
  );
  app.get(
    "/api/v1/exports",
    {
      config: { access: "signed-in" },
      schema: {
        summary: "The lists that export, with their parameters, and the import kinds that export in their import format.",
        tags: ["exports"],
        response: {
          200: {
            type: "object",
            required: ["lists", "importKinds"],
            properties: { lists: { type: "array", items: kindSchema }, importKinds: { type: "array", items: { type: "string" } } }
          },
          ...problems
        }
      }
    },
    async () => ({ lists: app.services.exports.kinds(), importKinds: EXPORT_KINDS.filter((k) => app.services.exports.isImportKind(k)) })
  );
  app.get(
    "/api/v1/exports/:kind",
    {
      config: { access: "signed-in" },
      schema: {
        summary: "A list as a CSV or XLSX file, drawn as its page draws it, logged as a disclosure.",
        description: "kind is a list (pool, selection-run, panel-minutes, scheme-members, caseload, watch-list, alerts, ni30, ni38, reoffending, concentration, drr, disproportionality; GET /api/v1/exports lists each with its parameters) or an import kind (people, outcomes, ...), which exports in its import format for administrators. A list of people is logged as a disclosure naming everyone in the file and needs an information-sharing agreement in force; a restricted record is in it only with a justification. A table of figures is logged as a disclosure of figures; board members may export these only.",
        tags: ["exports"],
        params: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: [...EXPORT_KINDS] } } },
        querystring: {
          type: "object",
          required: ["format"],
          properties: {
            format: { type: "string", enum: ["csv", "xlsx"] },
            justification: { type: "string", maxLength: 1e3, description: "Why the file is needed (the audit log keeps it); a restricted record is in the file only with one." },
            ...Object.fromEntries(ALL_PARAMS.map((p) => [p, { type: "string", maxLength: 200 }]))
          }
        },
        response: { 200: fileContent, ...problems }
      }
    },
    async (req, reply) => exportFile(req.actor, req.params.kind, req.query, "the API", reply)
  );
}
export {
  registerExportRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvZXhwb3J0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gVGhlIGRvb3JzIG9udG8gdGhlIG9uZSBleHBvcnQgc2VydmljZSAoc3JjL2V4cG9ydHMvc2VydmljZS50cyk6XG4vLyAgIEdFVCAvZXhwb3J0cy86a2luZD9mb3JtYXQ9Y3N2fHhsc3gmPHRoZSBsaXN0J3MgcGFyYW1ldGVycz4gICAgICAgICAgYSBkb3dubG9hZCBsaW5rIG9uIGVhY2ggbGlzdCdzIHBhZ2Vcbi8vICAgR0VUIC9hcGkvdjEvZXhwb3J0cy86a2luZD9mb3JtYXQ9Y3N2fHhsc3gmPHRoZSBsaXN0J3MgcGFyYW1ldGVycz4gICB0aGUgQVBJIChpc3N1ZSAxNylcbi8vICAgR0VUIC9hcGkvdjEvZXhwb3J0cyAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICB0aGUga2luZHMgYW5kIHRoZWlyIHBhcmFtZXRlcnNcbi8vIFdobyBtYXkgZXhwb3J0IHdoaWNoIGtpbmQgaXMgdGhlIHNlcnZpY2UncyB0byBzYXkgKGEgYm9hcmQgbWVtYmVyOiB0YWJsZXMgb2Zcbi8vIGZpZ3VyZXMgb25seSksIHNvIHRoZSByb3V0ZXMgYWRtaXQgZXZlcnkgc2lnbmVkLWluIHVzZXIgYW5kIHRoZSBzZXJ2aWNlIHJlZnVzZXMuXG5pbXBvcnQgeyBQYXNzVGhyb3VnaCB9IGZyb20gJ25vZGU6c3RyZWFtJztcbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHkgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgQUxMX1BBUkFNUywgRVhQT1JUX0tJTkRTIH0gZnJvbSAnLi4vLi4vZXhwb3J0cy9raW5kcy5qcyc7XG5pbXBvcnQgeyBDT05URU5UX1RZUEVTIH0gZnJvbSAnLi4vLi4vZXhwb3J0cy9jZWxscy5qcyc7XG5pbXBvcnQgdHlwZSB7IEFjdG9yIH0gZnJvbSAnLi4vLi4vYWNjZXNzL2FjdG9yLmpzJztcblxudHlwZSBRdWVyeSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG5cbmZ1bmN0aW9uIHNlbmQocmVwbHk6IEZhc3RpZnlSZXBseSwgZmlsZTogeyBmaWxlTmFtZTogc3RyaW5nOyBjb250ZW50VHlwZTogc3RyaW5nOyBib2R5OiBCdWZmZXIgfSkge1xuICByZXR1cm4gcmVwbHkuaGVhZGVyKCdjb250ZW50LWRpc3Bvc2l0aW9uJywgYGF0dGFjaG1lbnQ7IGZpbGVuYW1lPVwiJHtmaWxlLmZpbGVOYW1lfVwiYCkuaGVhZGVyKCdjYWNoZS1jb250cm9sJywgJ25vLXN0b3JlJykudHlwZShmaWxlLmNvbnRlbnRUeXBlKS5zZW5kKGZpbGUuYm9keSk7XG59XG5cbmNvbnN0IGZpbGVDb250ZW50ID0ge1xuICBkZXNjcmlwdGlvbjogJ1RoZSBmaWxlOiBhIGhlYWRlciByb3csIHRoZW4gb25lIHJvdyBwZXIgbGluZSBvZiB0aGUgbGlzdDsgZXZlcnkgdGV4dCBjZWxsIGJlZ2lubmluZyA9ICsgLSBALCBhIHRhYiBvciBhIGNhcnJpYWdlIHJldHVybiBoYXMgYSBsZWFkaW5nIGFwb3N0cm9waGUuJyxcbiAgY29udGVudDoge1xuICAgIFtDT05URU5UX1RZUEVTLmNzdi5zcGxpdCgnOycpWzBdIV06IHsgc2NoZW1hOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSxcbiAgICBbQ09OVEVOVF9UWVBFUy54bHN4XTogeyBzY2hlbWE6IHsgdHlwZTogJ3N0cmluZycsIGZvcm1hdDogJ2JpbmFyeScgfSB9LFxuICB9LFxufSBhcyBjb25zdDtcblxuY29uc3Qga2luZFNjaGVtYSA9IHtcbiAgdHlwZTogJ29iamVjdCcsXG4gIHJlcXVpcmVkOiBbJ2tpbmQnLCAnbGFiZWwnLCAnZmlndXJlc09ubHknLCAncGVybWlzc2lvbicsICdwYXJhbXMnLCAncGFnZSddLFxuICBwcm9wZXJ0aWVzOiB7XG4gICAga2luZDogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIGxhYmVsOiB7IHR5cGU6ICdzdHJpbmcnIH0sXG4gICAgZmlndXJlc09ubHk6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sXG4gICAgcGVybWlzc2lvbjogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgIHBhZ2U6IHsgdHlwZTogJ3N0cmluZycgfSxcbiAgICBwYXJhbXM6IHtcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBpdGVtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsnbmFtZScsICdkZXNjcmlwdGlvbiddLCBwcm9wZXJ0aWVzOiB7IG5hbWU6IHsgdHlwZTogJ3N0cmluZycgfSwgcmVxdWlyZWQ6IHsgdHlwZTogJ2Jvb2xlYW4nIH0sIGRlc2NyaXB0aW9uOiB7IHR5cGU6ICdzdHJpbmcnIH0gfSB9LFxuICAgIH0sXG4gIH0sXG59IGFzIGNvbnN0O1xuXG5leHBvcnQgZnVuY3Rpb24gcmVnaXN0ZXJFeHBvcnRSb3V0ZXMoYXBwOiBGYXN0aWZ5SW5zdGFuY2UpOiB2b2lkIHtcbiAgYXN5bmMgZnVuY3Rpb24gZXhwb3J0RmlsZShhY3RvcjogQWN0b3IsIGtpbmQ6IHN0cmluZywgcTogUXVlcnksIGRlc3RpbmF0aW9uOiBzdHJpbmcsIHJlcGx5OiBGYXN0aWZ5UmVwbHkpIHtcbiAgICBjb25zdCB7IGZvcm1hdCwganVzdGlmaWNhdGlvbiwgLi4ucGFyYW1zIH0gPSBxO1xuICAgIGNvbnN0IGV4cG9ydHMgPSBhcHAuc2VydmljZXMuZXhwb3J0cztcbiAgICBpZiAoZXhwb3J0cy5pc0ltcG9ydEtpbmQoa2luZCkpIHtcbiAgICAgIC8vIFRoZSBpbXBvcnQga2luZHMsIGluIHRoZWlyIGltcG9ydCBmb3JtYXQsIGFzIGB3YXltYXJrIGV4cG9ydCBLSU5EIEZJTEVgIHdyaXRlcyB0aGVtLlxuICAgICAgY29uc3Qgb3V0ID0gbmV3IFBhc3NUaHJvdWdoKCk7XG4gICAgICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gICAgICBvdXQub24oJ2RhdGEnLCAoYzogQnVmZmVyKSA9PiBjaHVua3MucHVzaChjKSk7XG4gICAgICBjb25zdCByID0gYXdhaXQgZXhwb3J0cy5pbXBvcnRLaW5kKGFjdG9yLCB7IGtpbmQsIGZvcm1hdDogZm9ybWF0ID8/ICcnLCBvdXQsIGRlc3RpbmF0aW9uLCBqdXN0aWZpY2F0aW9uIH0pO1xuICAgICAgb3V0LmVuZCgpO1xuICAgICAgcmV0dXJuIHNlbmQocmVwbHksIHsgZmlsZU5hbWU6IHIuZmlsZU5hbWUsIGNvbnRlbnRUeXBlOiByLmNvbnRlbnRUeXBlLCBib2R5OiBCdWZmZXIuY29uY2F0KGNodW5rcykgfSk7XG4gICAgfVxuICAgIHJldHVybiBzZW5kKHJlcGx5LCBhd2FpdCBleHBvcnRzLmxpc3QoYWN0b3IsIHsga2luZCwgZm9ybWF0OiBmb3JtYXQgPz8gJycsIHBhcmFtcywgZGVzdGluYXRpb24sIGp1c3RpZmljYXRpb24gfSkpO1xuICB9XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBraW5kOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IFF1ZXJ5IH0+KCcvZXhwb3J0cy86a2luZCcsIHsgY29uZmlnOiB7IGFjY2VzczogJ3NpZ25lZC1pbicgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT5cbiAgICBleHBvcnRGaWxlKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMua2luZCwgcmVxLnF1ZXJ5LCAnYSBkb3dubG9hZCBmcm9tIHRoZSB3ZWInLCByZXBseSksXG4gICk7XG5cbiAgYXBwLmdldChcbiAgICAnL2FwaS92MS9leHBvcnRzJyxcbiAgICB7XG4gICAgICBjb25maWc6IHsgYWNjZXNzOiAnc2lnbmVkLWluJyB9LFxuICAgICAgc2NoZW1hOiB7XG4gICAgICAgIHN1bW1hcnk6ICdUaGUgbGlzdHMgdGhhdCBleHBvcnQsIHdpdGggdGhlaXIgcGFyYW1ldGVycywgYW5kIHRoZSBpbXBvcnQga2luZHMgdGhhdCBleHBvcnQgaW4gdGhlaXIgaW1wb3J0IGZvcm1hdC4nLFxuICAgICAgICB0YWdzOiBbJ2V4cG9ydHMnXSxcbiAgICAgICAgcmVzcG9uc2U6IHtcbiAgICAgICAgICAyMDA6IHtcbiAgICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgICAgcmVxdWlyZWQ6IFsnbGlzdHMnLCAnaW1wb3J0S2luZHMnXSxcbiAgICAgICAgICAgIHByb3BlcnRpZXM6IHsgbGlzdHM6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IGtpbmRTY2hlbWEgfSwgaW1wb3J0S2luZHM6IHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHsgdHlwZTogJ3N0cmluZycgfSB9IH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgICAuLi5wcm9ibGVtcyxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICBhc3luYyAoKSA9PiAoeyBsaXN0czogYXBwLnNlcnZpY2VzLmV4cG9ydHMua2luZHMoKSwgaW1wb3J0S2luZHM6IEVYUE9SVF9LSU5EUy5maWx0ZXIoKGspID0+IGFwcC5zZXJ2aWNlcy5leHBvcnRzLmlzSW1wb3J0S2luZChrKSkgfSksXG4gICk7XG5cbiAgYXBwLmdldDx7IFBhcmFtczogeyBraW5kOiBzdHJpbmcgfTsgUXVlcnlzdHJpbmc6IFF1ZXJ5IH0+KFxuICAgICcvYXBpL3YxL2V4cG9ydHMvOmtpbmQnLFxuICAgIHtcbiAgICAgIGNvbmZpZzogeyBhY2Nlc3M6ICdzaWduZWQtaW4nIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ0EgbGlzdCBhcyBhIENTViBvciBYTFNYIGZpbGUsIGRyYXduIGFzIGl0cyBwYWdlIGRyYXdzIGl0LCBsb2dnZWQgYXMgYSBkaXNjbG9zdXJlLicsXG4gICAgICAgIGRlc2NyaXB0aW9uOlxuICAgICAgICAgICdraW5kIGlzIGEgbGlzdCAocG9vbCwgc2VsZWN0aW9uLXJ1biwgcGFuZWwtbWludXRlcywgc2NoZW1lLW1lbWJlcnMsIGNhc2Vsb2FkLCB3YXRjaC1saXN0LCBhbGVydHMsIG5pMzAsIG5pMzgsIHJlb2ZmZW5kaW5nLCBjb25jZW50cmF0aW9uLCBkcnIsIGRpc3Byb3BvcnRpb25hbGl0eTsgJyArXG4gICAgICAgICAgJ0dFVCAvYXBpL3YxL2V4cG9ydHMgbGlzdHMgZWFjaCB3aXRoIGl0cyBwYXJhbWV0ZXJzKSBvciBhbiBpbXBvcnQga2luZCAocGVvcGxlLCBvdXRjb21lcywgLi4uKSwgd2hpY2ggZXhwb3J0cyBpbiBpdHMgaW1wb3J0IGZvcm1hdCBmb3IgYWRtaW5pc3RyYXRvcnMuICcgK1xuICAgICAgICAgICdBIGxpc3Qgb2YgcGVvcGxlIGlzIGxvZ2dlZCBhcyBhIGRpc2Nsb3N1cmUgbmFtaW5nIGV2ZXJ5b25lIGluIHRoZSBmaWxlIGFuZCBuZWVkcyBhbiBpbmZvcm1hdGlvbi1zaGFyaW5nIGFncmVlbWVudCBpbiBmb3JjZTsgYSByZXN0cmljdGVkIHJlY29yZCBpcyBpbiBpdCBvbmx5IHdpdGggYSBqdXN0aWZpY2F0aW9uLiAnICtcbiAgICAgICAgICAnQSB0YWJsZSBvZiBmaWd1cmVzIGlzIGxvZ2dlZCBhcyBhIGRpc2Nsb3N1cmUgb2YgZmlndXJlczsgYm9hcmQgbWVtYmVycyBtYXkgZXhwb3J0IHRoZXNlIG9ubHkuJyxcbiAgICAgICAgdGFnczogWydleHBvcnRzJ10sXG4gICAgICAgIHBhcmFtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsna2luZCddLCBwcm9wZXJ0aWVzOiB7IGtpbmQ6IHsgdHlwZTogJ3N0cmluZycsIGVudW06IFsuLi5FWFBPUlRfS0lORFNdIH0gfSB9LFxuICAgICAgICBxdWVyeXN0cmluZzoge1xuICAgICAgICAgIHR5cGU6ICdvYmplY3QnLFxuICAgICAgICAgIHJlcXVpcmVkOiBbJ2Zvcm1hdCddLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIGZvcm1hdDogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydjc3YnLCAneGxzeCddIH0sXG4gICAgICAgICAgICBqdXN0aWZpY2F0aW9uOiB7IHR5cGU6ICdzdHJpbmcnLCBtYXhMZW5ndGg6IDEwMDAsIGRlc2NyaXB0aW9uOiAnV2h5IHRoZSBmaWxlIGlzIG5lZWRlZCAodGhlIGF1ZGl0IGxvZyBrZWVwcyBpdCk7IGEgcmVzdHJpY3RlZCByZWNvcmQgaXMgaW4gdGhlIGZpbGUgb25seSB3aXRoIG9uZS4nIH0sXG4gICAgICAgICAgICAuLi5PYmplY3QuZnJvbUVudHJpZXMoQUxMX1BBUkFNUy5tYXAoKHApID0+IFtwLCB7IHR5cGU6ICdzdHJpbmcnLCBtYXhMZW5ndGg6IDIwMCB9XSkpLFxuICAgICAgICAgIH0sXG4gICAgICAgIH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogZmlsZUNvbnRlbnQsIC4uLnByb2JsZW1zIH0sXG4gICAgICB9LFxuICAgIH0sXG4gICAgYXN5bmMgKHJlcSwgcmVwbHkpID0+IGV4cG9ydEZpbGUocmVxLmFjdG9yISwgcmVxLnBhcmFtcy5raW5kLCByZXEucXVlcnksICd0aGUgQVBJJywgcmVwbHkpLFxuICApO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBTUEsU0FBUyxtQkFBbUI7QUFFNUIsU0FBUyxnQkFBZ0I7QUFDekIsU0FBUyxZQUFZLG9CQUFvQjtBQUN6QyxTQUFTLHFCQUFxQjtBQUs5QixTQUFTLEtBQUssT0FBcUIsTUFBK0Q7QUFDaEcsU0FBTyxNQUFNLE9BQU8sdUJBQXVCLHlCQUF5QixLQUFLLFFBQVEsR0FBRyxFQUFFLE9BQU8saUJBQWlCLFVBQVUsRUFBRSxLQUFLLEtBQUssV0FBVyxFQUFFLEtBQUssS0FBSyxJQUFJO0FBQ2pLO0FBRUEsTUFBTSxjQUFjO0FBQUEsRUFDbEIsYUFBYTtBQUFBLEVBQ2IsU0FBUztBQUFBLElBQ1AsQ0FBQyxjQUFjLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUNqRSxDQUFDLGNBQWMsSUFBSSxHQUFHLEVBQUUsUUFBUSxFQUFFLE1BQU0sVUFBVSxRQUFRLFNBQVMsRUFBRTtBQUFBLEVBQ3ZFO0FBQ0Y7QUFFQSxNQUFNLGFBQWE7QUFBQSxFQUNqQixNQUFNO0FBQUEsRUFDTixVQUFVLENBQUMsUUFBUSxTQUFTLGVBQWUsY0FBYyxVQUFVLE1BQU07QUFBQSxFQUN6RSxZQUFZO0FBQUEsSUFDVixNQUFNLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDdkIsT0FBTyxFQUFFLE1BQU0sU0FBUztBQUFBLElBQ3hCLGFBQWEsRUFBRSxNQUFNLFVBQVU7QUFBQSxJQUMvQixZQUFZLEVBQUUsTUFBTSxTQUFTO0FBQUEsSUFDN0IsTUFBTSxFQUFFLE1BQU0sU0FBUztBQUFBLElBQ3ZCLFFBQVE7QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLE9BQU8sRUFBRSxNQUFNLFVBQVUsVUFBVSxDQUFDLFFBQVEsYUFBYSxHQUFHLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEdBQUcsVUFBVSxFQUFFLE1BQU0sVUFBVSxHQUFHLGFBQWEsRUFBRSxNQUFNLFNBQVMsRUFBRSxFQUFFO0FBQUEsSUFDdks7QUFBQSxFQUNGO0FBQ0Y7QUFFTyxTQUFTLHFCQUFxQixLQUE0QjtBQUMvRCxpQkFBZSxXQUFXLE9BQWMsTUFBYyxHQUFVLGFBQXFCLE9BQXFCO0FBQ3hHLFVBQU0sRUFBRSxRQUFRLGVBQWUsR0FBRyxPQUFPLElBQUk7QUFDN0MsVUFBTSxVQUFVLElBQUksU0FBUztBQUM3QixRQUFJLFFBQVEsYUFBYSxJQUFJLEdBQUc7QUFFOUIsWUFBTSxNQUFNLElBQUksWUFBWTtBQUM1QixZQUFNLFNBQW1CLENBQUM7QUFDMUIsVUFBSSxHQUFHLFFBQVEsQ0FBQyxNQUFjLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDNUMsWUFBTSxJQUFJLE1BQU0sUUFBUSxXQUFXLE9BQU8sRUFBRSxNQUFNLFFBQVEsVUFBVSxJQUFJLEtBQUssYUFBYSxjQUFjLENBQUM7QUFDekcsVUFBSSxJQUFJO0FBQ1IsYUFBTyxLQUFLLE9BQU8sRUFBRSxVQUFVLEVBQUUsVUFBVSxhQUFhLEVBQUUsYUFBYSxNQUFNLE9BQU8sT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUFBLElBQ3RHO0FBQ0EsV0FBTyxLQUFLLE9BQU8sTUFBTSxRQUFRLEtBQUssT0FBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLElBQUksUUFBUSxhQUFhLGNBQWMsQ0FBQyxDQUFDO0FBQUEsRUFDbEg7QUFFQSxNQUFJO0FBQUEsSUFBc0Q7QUFBQSxJQUFrQixFQUFFLFFBQVEsRUFBRSxRQUFRLFlBQVksRUFBRTtBQUFBLElBQUcsT0FBTyxLQUFLLFVBQzNILFdBQVcsSUFBSSxPQUFRLElBQUksT0FBTyxNQUFNLElBQUksT0FBTywyQkFBMkIsS0FBSztBQUFBLEVBQ3JGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxZQUFZO0FBQUEsTUFDOUIsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsTUFBTSxDQUFDLFNBQVM7QUFBQSxRQUNoQixVQUFVO0FBQUEsVUFDUixLQUFLO0FBQUEsWUFDSCxNQUFNO0FBQUEsWUFDTixVQUFVLENBQUMsU0FBUyxhQUFhO0FBQUEsWUFDakMsWUFBWSxFQUFFLE9BQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxXQUFXLEdBQUcsYUFBYSxFQUFFLE1BQU0sU0FBUyxPQUFPLEVBQUUsTUFBTSxTQUFTLEVBQUUsRUFBRTtBQUFBLFVBQ3ZIO0FBQUEsVUFDQSxHQUFHO0FBQUEsUUFDTDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxhQUFhLEVBQUUsT0FBTyxJQUFJLFNBQVMsUUFBUSxNQUFNLEdBQUcsYUFBYSxhQUFhLE9BQU8sQ0FBQyxNQUFNLElBQUksU0FBUyxRQUFRLGFBQWEsQ0FBQyxDQUFDLEVBQUU7QUFBQSxFQUNwSTtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsWUFBWTtBQUFBLE1BQzlCLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQ0U7QUFBQSxRQUlGLE1BQU0sQ0FBQyxTQUFTO0FBQUEsUUFDaEIsUUFBUSxFQUFFLE1BQU0sVUFBVSxVQUFVLENBQUMsTUFBTSxHQUFHLFlBQVksRUFBRSxNQUFNLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxHQUFHLFlBQVksRUFBRSxFQUFFLEVBQUU7QUFBQSxRQUNoSCxhQUFhO0FBQUEsVUFDWCxNQUFNO0FBQUEsVUFDTixVQUFVLENBQUMsUUFBUTtBQUFBLFVBQ25CLFlBQVk7QUFBQSxZQUNWLFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLE9BQU8sTUFBTSxFQUFFO0FBQUEsWUFDaEQsZUFBZSxFQUFFLE1BQU0sVUFBVSxXQUFXLEtBQU0sYUFBYSxxR0FBcUc7QUFBQSxZQUNwSyxHQUFHLE9BQU8sWUFBWSxXQUFXLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLE1BQU0sVUFBVSxXQUFXLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBQSxVQUN0RjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxLQUFLLGFBQWEsR0FBRyxTQUFTO0FBQUEsTUFDNUM7QUFBQSxJQUNGO0FBQUEsSUFDQSxPQUFPLEtBQUssVUFBVSxXQUFXLElBQUksT0FBUSxJQUFJLE9BQU8sTUFBTSxJQUFJLE9BQU8sV0FBVyxLQUFLO0FBQUEsRUFDM0Y7QUFDRjsiLAogICJuYW1lcyI6IFtdCn0K
