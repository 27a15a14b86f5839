import fs from "node:fs";
import path from "node:path";
import { IMPORT_KINDS } from "../../imports/kind-names.js";
import { InvalidInputError } from "../../errors.js";
import { problems } from "../api-schemas.js";
import { cleanFileName, saveUpload, UploadRejected } from "../uploads.js";
import { arrayOf, bool, dateTimeN, importError, int, obj, orNull, str, strN } from "../api-documents.js";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const RAW_TYPES = ["text/csv", XLSX_TYPE];
const kindParam = { type: "string", enum: IMPORT_KINDS, description: "What the file holds." };
const started = obj({
  importId: int,
  kind: kindParam,
  status: { type: "string", const: "running" },
  location: { type: "string", description: "Where its status is read (also the Location header)." }
});
const status = obj({
  importId: int,
  kind: str,
  fileName: str,
  mode: { type: "string", enum: ["all_or_nothing", "partial"] },
  status: { type: "string", enum: ["running", "completed", "failed"] },
  runningElsewhere: { ...bool, description: "Running by its record but not in the process that answered: in another, or stopped with it." },
  phase: { type: "string", enum: ["starting", "reading", "checking", "storing", "done"] },
  percent: { type: "integer", minimum: 0, maximum: 100 },
  rowsRead: int,
  counts: orNull(obj({ added: int, updated: int, unchanged: int, rejected: int })),
  message: strN,
  startedAt: dateTimeN,
  finishedAt: dateTimeN,
  errors: arrayOf(importError)
});
const mediaType = (header) => (header ?? "").split(";")[0].trim().toLowerCase();
function registerImportApiRoutes(app) {
  app.addContentTypeParser(RAW_TYPES, (req, payload, done) => {
    if (req.routeOptions.url?.startsWith("/api/v1/imports/")) return done(null, payload);
    done(Object.assign(new Error(`This address does not take ${req.headers["content-type"]}.`), { statusCode: 415 }), void 0);
  });
  const limit = () => app.deps.config.uploadLimitBytes;
  async function receive(req) {
    const kind = req.params.kind;
    try {
      if (req.isMultipart()) {
        let saved = null;
        try {
          for await (const part of req.parts()) {
            if (part.type === "field") continue;
            if (part.fieldname !== "file" || saved) {
              part.file.resume();
              continue;
            }
            saved = await saveUpload(part, limit(), app.services.imports.uploadPath);
          }
        } catch (e) {
          if (saved) fs.rmSync(saved.path, { force: true });
          if (e?.code === "FST_REQ_FILE_TOO_LARGE") throw new UploadRejected(`The file is larger than ${Math.round(limit() / 1024 / 1024)} MB, the largest file this service accepts`);
          throw e;
        }
        if (!saved) throw new UploadRejected('Send the file in a part named "file"');
        return saved;
      }
      const type = mediaType(req.headers["content-type"]);
      if (!RAW_TYPES.includes(type) || !req.body || typeof req.body.pipe !== "function") {
        throw new UploadRejected(`Send the file as the body with Content-Type text/csv or ${XLSX_TYPE}, or as multipart/form-data with a "file" part`);
      }
      const ext = type === "text/csv" ? ".csv" : ".xlsx";
      const given = req.query.fileName ? cleanFileName(req.query.fileName) : `${kind}${ext}`;
      const fileName = path.extname(given).toLowerCase() === ext ? given : `${given}${ext}`;
      return await saveUpload({ filename: fileName, file: req.body }, limit(), app.services.imports.uploadPath);
    } catch (e) {
      if (e instanceof UploadRejected) throw new InvalidInputError(`${e.message}.`, { field: "file" });
      throw e;
    }
  }
  app.post(
    "/api/v1/imports/:kind",
    {
      config: { access: "import:run" },
      schema: {
        summary: "Uploads a partner extract and starts its import in the background: 202 with its address (Location), where the status is read.",
        description: 'Send the file as the body (Content-Type text/csv, UTF-8, or the XLSX type) or as multipart/form-data with a part named "file". The rows are checked as on the upload page; by default one problem rejects the whole file (all or nothing); with `partial=true` good rows are stored and bad ones reported.',
        tags: ["imports"],
        consumes: ["text/csv", XLSX_TYPE, "multipart/form-data"],
        params: { type: "object", required: ["kind"], properties: { kind: kindParam } },
        querystring: {
          type: "object",
          properties: {
            partial: { type: "boolean", description: "Store the good rows and report the bad (default: all or nothing)." },
            fileName: { type: "string", maxLength: 200, description: "The name to record for a file sent as the body." }
          }
        },
        response: { 202: started, ...problems }
      }
    },
    async (req, reply) => {
      const kind = req.params.kind;
      const saved = await receive(req);
      const importId = await app.services.imports.startImport(req.actor, {
        kind,
        uploadedPath: saved.path,
        fileName: saved.fileName,
        mode: req.query.partial ? "partial" : "all_or_nothing",
        sessionId: req.session?.sessionId ?? null,
        onCrash: (e) => req.log.error(e, "import failed unexpectedly")
      });
      const location = `/api/v1/imports/${kind}/${importId}`;
      return reply.code(202).header("location", location).send({ importId, kind, status: "running", location });
    }
  );
  app.get(
    "/api/v1/imports/:kind/:id",
    {
      config: { access: "import:run" },
      schema: {
        summary: "An import's status: running (with its phase and progress), completed or failed, its counts, and its first problems by file, row and field.",
        description: "A rejected value is shown only to the user who ran the import; others see the row, the field and what is wrong.",
        tags: ["imports"],
        params: { type: "object", required: ["kind", "id"], properties: { kind: kindParam, id: { type: "integer", minimum: 1, maximum: 2147483647 } } },
        response: { 200: status, ...problems }
      }
    },
    async (req, reply) => {
      const s = await app.services.imports.importStatus(req.actor, req.params.id, { kind: req.params.kind });
      if (s.status === "running") reply.header("retry-after", "2");
      return s;
    }
  );
}
export {
  XLSX_TYPE,
  registerImportApiRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYXBpLWltcG9ydHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEltcG9ydHMgaW4gdGhlIEpTT04gQVBJIChTUEVDIDMuMSk6IHVwbG9hZCBhIHBhcnRuZXIgZXh0cmFjdCAodGhlIGZpbGVcbi8vIGl0c2VsZiBhcyB0ZXh0L2NzdiBvciB0aGUgWExTWCB0eXBlLCBvciBhIG11bHRpcGFydCBmb3JtIHdpdGggYSBgZmlsZWBcbi8vIHBhcnQpIGFuZCBpdCBpcyBjaGVja2VkIGFuZCBsb2FkZWQgaW4gdGhlIGJhY2tncm91bmQsIHdpdGggdGhlIHNhbWVcbi8vIHZhbGlkYXRpb24gYXMgdGhlIHVwbG9hZCBwYWdlLCBhbGwgb3Igbm90aGluZyB1bmxlc3MgYD9wYXJ0aWFsPXRydWVgOyB0aGVcbi8vIGFuc3dlciBpcyAyMDIgd2l0aCB0aGUgaW1wb3J0J3MgYWRkcmVzcywgd2hlcmUgaXRzIHN0YXR1cywgcHJvZ3Jlc3MsXG4vLyBjb3VudHMgYW5kIGZpcnN0IHByb2JsZW1zIGFyZSByZWFkLiBUaGUgc2FtZSBzZXJ2aWNlIGZ1bmN0aW9ucyBhcyB0aGVcbi8vIHVwbG9hZCBwYWdlIGFuZCBgd2F5bWFyayBpbXBvcnRgLlxuaW1wb3J0IGZzIGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0IHBhdGggZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgUmVhZGFibGUgfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgdHlwZSB7IEZhc3RpZnlJbnN0YW5jZSwgRmFzdGlmeVJlcXVlc3QgfSBmcm9tICdmYXN0aWZ5JztcbmltcG9ydCB7IElNUE9SVF9LSU5EUywgdHlwZSBJbXBvcnRLaW5kIH0gZnJvbSAnLi4vLi4vaW1wb3J0cy9raW5kLW5hbWVzLmpzJztcbmltcG9ydCB7IEludmFsaWRJbnB1dEVycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHByb2JsZW1zIH0gZnJvbSAnLi4vYXBpLXNjaGVtYXMuanMnO1xuaW1wb3J0IHsgY2xlYW5GaWxlTmFtZSwgc2F2ZVVwbG9hZCwgVXBsb2FkUmVqZWN0ZWQsIHR5cGUgU2F2ZWRVcGxvYWQgfSBmcm9tICcuLi91cGxvYWRzLmpzJztcbmltcG9ydCB7IGFycmF5T2YsIGJvb2wsIGRhdGVUaW1lTiwgaW1wb3J0RXJyb3IsIGludCwgb2JqLCBvck51bGwsIHN0ciwgc3RyTiB9IGZyb20gJy4uL2FwaS1kb2N1bWVudHMuanMnO1xuXG5leHBvcnQgY29uc3QgWExTWF9UWVBFID0gJ2FwcGxpY2F0aW9uL3ZuZC5vcGVueG1sZm9ybWF0cy1vZmZpY2Vkb2N1bWVudC5zcHJlYWRzaGVldG1sLnNoZWV0JztcbmNvbnN0IFJBV19UWVBFUyA9IFsndGV4dC9jc3YnLCBYTFNYX1RZUEVdO1xuXG5jb25zdCBraW5kUGFyYW0gPSB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBJTVBPUlRfS0lORFMsIGRlc2NyaXB0aW9uOiAnV2hhdCB0aGUgZmlsZSBob2xkcy4nIH0gYXMgY29uc3Q7XG5cbmNvbnN0IHN0YXJ0ZWQgPSBvYmooe1xuICBpbXBvcnRJZDogaW50LFxuICBraW5kOiBraW5kUGFyYW0sXG4gIHN0YXR1czogeyB0eXBlOiAnc3RyaW5nJywgY29uc3Q6ICdydW5uaW5nJyB9LFxuICBsb2NhdGlvbjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdXaGVyZSBpdHMgc3RhdHVzIGlzIHJlYWQgKGFsc28gdGhlIExvY2F0aW9uIGhlYWRlcikuJyB9LFxufSk7XG5cbmNvbnN0IHN0YXR1cyA9IG9iaih7XG4gIGltcG9ydElkOiBpbnQsXG4gIGtpbmQ6IHN0cixcbiAgZmlsZU5hbWU6IHN0cixcbiAgbW9kZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydhbGxfb3Jfbm90aGluZycsICdwYXJ0aWFsJ10gfSxcbiAgc3RhdHVzOiB7IHR5cGU6ICdzdHJpbmcnLCBlbnVtOiBbJ3J1bm5pbmcnLCAnY29tcGxldGVkJywgJ2ZhaWxlZCddIH0sXG4gIHJ1bm5pbmdFbHNld2hlcmU6IHsgLi4uYm9vbCwgZGVzY3JpcHRpb246ICdSdW5uaW5nIGJ5IGl0cyByZWNvcmQgYnV0IG5vdCBpbiB0aGUgcHJvY2VzcyB0aGF0IGFuc3dlcmVkOiBpbiBhbm90aGVyLCBvciBzdG9wcGVkIHdpdGggaXQuJyB9LFxuICBwaGFzZTogeyB0eXBlOiAnc3RyaW5nJywgZW51bTogWydzdGFydGluZycsICdyZWFkaW5nJywgJ2NoZWNraW5nJywgJ3N0b3JpbmcnLCAnZG9uZSddIH0sXG4gIHBlcmNlbnQ6IHsgdHlwZTogJ2ludGVnZXInLCBtaW5pbXVtOiAwLCBtYXhpbXVtOiAxMDAgfSxcbiAgcm93c1JlYWQ6IGludCxcbiAgY291bnRzOiBvck51bGwob2JqKHsgYWRkZWQ6IGludCwgdXBkYXRlZDogaW50LCB1bmNoYW5nZWQ6IGludCwgcmVqZWN0ZWQ6IGludCB9KSksXG4gIG1lc3NhZ2U6IHN0ck4sXG4gIHN0YXJ0ZWRBdDogZGF0ZVRpbWVOLFxuICBmaW5pc2hlZEF0OiBkYXRlVGltZU4sXG4gIGVycm9yczogYXJyYXlPZihpbXBvcnRFcnJvciksXG59KTtcblxuLyoqIFRoZSBtZWRpYSB0eXBlIG9mIGEgcmVxdWVzdCwgd2l0aG91dCBpdHMgcGFyYW1ldGVycy4gKi9cbmNvbnN0IG1lZGlhVHlwZSA9IChoZWFkZXI6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKGhlYWRlciA/PyAnJykuc3BsaXQoJzsnKVswXSEudHJpbSgpLnRvTG93ZXJDYXNlKCk7XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckltcG9ydEFwaVJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICAvLyBUaGUgZmlsZSBpdHNlbGYgYXMgdGhlIGJvZHk6IGhhbmRlZCB0byB0aGUgcm91dGUgYXMgdGhlIHJhdyBzdHJlYW0sIHdoaWNoXG4gIC8vIHNhdmVVcGxvYWQgd3JpdGVzIHRvIGEgdGVtcG9yYXJ5IGZpbGUsIGNoZWNraW5nIGFuZCBjYXBwaW5nIGl0IGFzIGl0IGdvZXMuXG4gIC8vIE9ubHkgdGhlIGltcG9ydCBhZGRyZXNzZXMgdGFrZSBhIGZpbGUgYXMgdGhlIGJvZHk7IGFueXdoZXJlIGVsc2UgaXQgaXMgcmVmdXNlZCBhcyA0MTUuXG4gIGFwcC5hZGRDb250ZW50VHlwZVBhcnNlcihSQVdfVFlQRVMsIChyZXEsIHBheWxvYWQsIGRvbmUpID0+IHtcbiAgICBpZiAocmVxLnJvdXRlT3B0aW9ucy51cmw/LnN0YXJ0c1dpdGgoJy9hcGkvdjEvaW1wb3J0cy8nKSkgcmV0dXJuIGRvbmUobnVsbCwgcGF5bG9hZCk7XG4gICAgZG9uZShPYmplY3QuYXNzaWduKG5ldyBFcnJvcihgVGhpcyBhZGRyZXNzIGRvZXMgbm90IHRha2UgJHtyZXEuaGVhZGVyc1snY29udGVudC10eXBlJ119LmApLCB7IHN0YXR1c0NvZGU6IDQxNSB9KSwgdW5kZWZpbmVkKTtcbiAgfSk7XG4gIGNvbnN0IGxpbWl0ID0gKCkgPT4gYXBwLmRlcHMuY29uZmlnLnVwbG9hZExpbWl0Qnl0ZXM7XG5cbiAgYXN5bmMgZnVuY3Rpb24gcmVjZWl2ZShyZXE6IEZhc3RpZnlSZXF1ZXN0PHsgUGFyYW1zOiB7IGtpbmQ6IEltcG9ydEtpbmQgfTsgUXVlcnlzdHJpbmc6IHsgZmlsZU5hbWU/OiBzdHJpbmcgfSB9Pik6IFByb21pc2U8U2F2ZWRVcGxvYWQ+IHtcbiAgICBjb25zdCBraW5kID0gcmVxLnBhcmFtcy5raW5kO1xuICAgIHRyeSB7XG4gICAgICBpZiAocmVxLmlzTXVsdGlwYXJ0KCkpIHtcbiAgICAgICAgbGV0IHNhdmVkOiBTYXZlZFVwbG9hZCB8IG51bGwgPSBudWxsO1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGZvciBhd2FpdCAoY29uc3QgcGFydCBvZiByZXEucGFydHMoKSkge1xuICAgICAgICAgICAgaWYgKHBhcnQudHlwZSA9PT0gJ2ZpZWxkJykgY29udGludWU7XG4gICAgICAgICAgICBpZiAocGFydC5maWVsZG5hbWUgIT09ICdmaWxlJyB8fCBzYXZlZCkge1xuICAgICAgICAgICAgICBwYXJ0LmZpbGUucmVzdW1lKCk7XG4gICAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgc2F2ZWQgPSBhd2FpdCBzYXZlVXBsb2FkKHBhcnQsIGxpbWl0KCksIGFwcC5zZXJ2aWNlcy5pbXBvcnRzLnVwbG9hZFBhdGgpO1xuICAgICAgICAgIH1cbiAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgIGlmIChzYXZlZCkgZnMucm1TeW5jKHNhdmVkLnBhdGgsIHsgZm9yY2U6IHRydWUgfSk7XG4gICAgICAgICAgaWYgKChlIGFzIHsgY29kZT86IHN0cmluZyB9KT8uY29kZSA9PT0gJ0ZTVF9SRVFfRklMRV9UT09fTEFSR0UnKSB0aHJvdyBuZXcgVXBsb2FkUmVqZWN0ZWQoYFRoZSBmaWxlIGlzIGxhcmdlciB0aGFuICR7TWF0aC5yb3VuZChsaW1pdCgpIC8gMTAyNCAvIDEwMjQpfSBNQiwgdGhlIGxhcmdlc3QgZmlsZSB0aGlzIHNlcnZpY2UgYWNjZXB0c2ApO1xuICAgICAgICAgIHRocm93IGU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKCFzYXZlZCkgdGhyb3cgbmV3IFVwbG9hZFJlamVjdGVkKCdTZW5kIHRoZSBmaWxlIGluIGEgcGFydCBuYW1lZCBcImZpbGVcIicpO1xuICAgICAgICByZXR1cm4gc2F2ZWQ7XG4gICAgICB9XG4gICAgICBjb25zdCB0eXBlID0gbWVkaWFUeXBlKHJlcS5oZWFkZXJzWydjb250ZW50LXR5cGUnXSk7XG4gICAgICBpZiAoIVJBV19UWVBFUy5pbmNsdWRlcyh0eXBlKSB8fCAhcmVxLmJvZHkgfHwgdHlwZW9mIChyZXEuYm9keSBhcyBSZWFkYWJsZSkucGlwZSAhPT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICB0aHJvdyBuZXcgVXBsb2FkUmVqZWN0ZWQoYFNlbmQgdGhlIGZpbGUgYXMgdGhlIGJvZHkgd2l0aCBDb250ZW50LVR5cGUgdGV4dC9jc3Ygb3IgJHtYTFNYX1RZUEV9LCBvciBhcyBtdWx0aXBhcnQvZm9ybS1kYXRhIHdpdGggYSBcImZpbGVcIiBwYXJ0YCk7XG4gICAgICB9XG4gICAgICBjb25zdCBleHQgPSB0eXBlID09PSAndGV4dC9jc3YnID8gJy5jc3YnIDogJy54bHN4JztcbiAgICAgIGNvbnN0IGdpdmVuID0gcmVxLnF1ZXJ5LmZpbGVOYW1lID8gY2xlYW5GaWxlTmFtZShyZXEucXVlcnkuZmlsZU5hbWUpIDogYCR7a2luZH0ke2V4dH1gO1xuICAgICAgY29uc3QgZmlsZU5hbWUgPSBwYXRoLmV4dG5hbWUoZ2l2ZW4pLnRvTG93ZXJDYXNlKCkgPT09IGV4dCA/IGdpdmVuIDogYCR7Z2l2ZW59JHtleHR9YDtcbiAgICAgIHJldHVybiBhd2FpdCBzYXZlVXBsb2FkKHsgZmlsZW5hbWU6IGZpbGVOYW1lLCBmaWxlOiByZXEuYm9keSBhcyBSZWFkYWJsZSB9LCBsaW1pdCgpLCBhcHAuc2VydmljZXMuaW1wb3J0cy51cGxvYWRQYXRoKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoZSBpbnN0YW5jZW9mIFVwbG9hZFJlamVjdGVkKSB0aHJvdyBuZXcgSW52YWxpZElucHV0RXJyb3IoYCR7ZS5tZXNzYWdlfS5gLCB7IGZpZWxkOiAnZmlsZScgfSk7XG4gICAgICB0aHJvdyBlO1xuICAgIH1cbiAgfVxuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IGtpbmQ6IEltcG9ydEtpbmQgfTsgUXVlcnlzdHJpbmc6IHsgcGFydGlhbD86IGJvb2xlYW47IGZpbGVOYW1lPzogc3RyaW5nIH0gfT4oXG4gICAgJy9hcGkvdjEvaW1wb3J0cy86a2luZCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2ltcG9ydDpydW4nIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogJ1VwbG9hZHMgYSBwYXJ0bmVyIGV4dHJhY3QgYW5kIHN0YXJ0cyBpdHMgaW1wb3J0IGluIHRoZSBiYWNrZ3JvdW5kOiAyMDIgd2l0aCBpdHMgYWRkcmVzcyAoTG9jYXRpb24pLCB3aGVyZSB0aGUgc3RhdHVzIGlzIHJlYWQuJyxcbiAgICAgICAgZGVzY3JpcHRpb246XG4gICAgICAgICAgJ1NlbmQgdGhlIGZpbGUgYXMgdGhlIGJvZHkgKENvbnRlbnQtVHlwZSB0ZXh0L2NzdiwgVVRGLTgsIG9yIHRoZSBYTFNYIHR5cGUpIG9yIGFzIG11bHRpcGFydC9mb3JtLWRhdGEgd2l0aCBhIHBhcnQgbmFtZWQgXCJmaWxlXCIuICcgK1xuICAgICAgICAgICdUaGUgcm93cyBhcmUgY2hlY2tlZCBhcyBvbiB0aGUgdXBsb2FkIHBhZ2U7IGJ5IGRlZmF1bHQgb25lIHByb2JsZW0gcmVqZWN0cyB0aGUgd2hvbGUgZmlsZSAoYWxsIG9yIG5vdGhpbmcpOyB3aXRoIGBwYXJ0aWFsPXRydWVgIGdvb2Qgcm93cyBhcmUgc3RvcmVkIGFuZCBiYWQgb25lcyByZXBvcnRlZC4nLFxuICAgICAgICB0YWdzOiBbJ2ltcG9ydHMnXSxcbiAgICAgICAgY29uc3VtZXM6IFsndGV4dC9jc3YnLCBYTFNYX1RZUEUsICdtdWx0aXBhcnQvZm9ybS1kYXRhJ10sXG4gICAgICAgIHBhcmFtczogeyB0eXBlOiAnb2JqZWN0JywgcmVxdWlyZWQ6IFsna2luZCddLCBwcm9wZXJ0aWVzOiB7IGtpbmQ6IGtpbmRQYXJhbSB9IH0sXG4gICAgICAgIHF1ZXJ5c3RyaW5nOiB7XG4gICAgICAgICAgdHlwZTogJ29iamVjdCcsXG4gICAgICAgICAgcHJvcGVydGllczoge1xuICAgICAgICAgICAgcGFydGlhbDogeyB0eXBlOiAnYm9vbGVhbicsIGRlc2NyaXB0aW9uOiAnU3RvcmUgdGhlIGdvb2Qgcm93cyBhbmQgcmVwb3J0IHRoZSBiYWQgKGRlZmF1bHQ6IGFsbCBvciBub3RoaW5nKS4nIH0sXG4gICAgICAgICAgICBmaWxlTmFtZTogeyB0eXBlOiAnc3RyaW5nJywgbWF4TGVuZ3RoOiAyMDAsIGRlc2NyaXB0aW9uOiAnVGhlIG5hbWUgdG8gcmVjb3JkIGZvciBhIGZpbGUgc2VudCBhcyB0aGUgYm9keS4nIH0sXG4gICAgICAgICAgfSxcbiAgICAgICAgfSxcbiAgICAgICAgcmVzcG9uc2U6IHsgMjAyOiBzdGFydGVkLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBraW5kID0gcmVxLnBhcmFtcy5raW5kO1xuICAgICAgY29uc3Qgc2F2ZWQgPSBhd2FpdCByZWNlaXZlKHJlcSk7XG4gICAgICBjb25zdCBpbXBvcnRJZCA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5pbXBvcnRzLnN0YXJ0SW1wb3J0KHJlcS5hY3RvciEsIHtcbiAgICAgICAga2luZCxcbiAgICAgICAgdXBsb2FkZWRQYXRoOiBzYXZlZC5wYXRoLFxuICAgICAgICBmaWxlTmFtZTogc2F2ZWQuZmlsZU5hbWUsXG4gICAgICAgIG1vZGU6IHJlcS5xdWVyeS5wYXJ0aWFsID8gJ3BhcnRpYWwnIDogJ2FsbF9vcl9ub3RoaW5nJyxcbiAgICAgICAgc2Vzc2lvbklkOiByZXEuc2Vzc2lvbj8uc2Vzc2lvbklkID8/IG51bGwsXG4gICAgICAgIG9uQ3Jhc2g6IChlKSA9PiByZXEubG9nLmVycm9yKGUsICdpbXBvcnQgZmFpbGVkIHVuZXhwZWN0ZWRseScpLFxuICAgICAgfSk7XG4gICAgICBjb25zdCBsb2NhdGlvbiA9IGAvYXBpL3YxL2ltcG9ydHMvJHtraW5kfS8ke2ltcG9ydElkfWA7XG4gICAgICByZXR1cm4gcmVwbHkuY29kZSgyMDIpLmhlYWRlcignbG9jYXRpb24nLCBsb2NhdGlvbikuc2VuZCh7IGltcG9ydElkLCBraW5kLCBzdGF0dXM6ICdydW5uaW5nJywgbG9jYXRpb24gfSk7XG4gICAgfSxcbiAgKTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGtpbmQ6IEltcG9ydEtpbmQ7IGlkOiBudW1iZXIgfSB9PihcbiAgICAnL2FwaS92MS9pbXBvcnRzLzpraW5kLzppZCcsXG4gICAge1xuICAgICAgY29uZmlnOiB7IGFjY2VzczogJ2ltcG9ydDpydW4nIH0sXG4gICAgICBzY2hlbWE6IHtcbiAgICAgICAgc3VtbWFyeTogXCJBbiBpbXBvcnQncyBzdGF0dXM6IHJ1bm5pbmcgKHdpdGggaXRzIHBoYXNlIGFuZCBwcm9ncmVzcyksIGNvbXBsZXRlZCBvciBmYWlsZWQsIGl0cyBjb3VudHMsIGFuZCBpdHMgZmlyc3QgcHJvYmxlbXMgYnkgZmlsZSwgcm93IGFuZCBmaWVsZC5cIixcbiAgICAgICAgZGVzY3JpcHRpb246ICdBIHJlamVjdGVkIHZhbHVlIGlzIHNob3duIG9ubHkgdG8gdGhlIHVzZXIgd2hvIHJhbiB0aGUgaW1wb3J0OyBvdGhlcnMgc2VlIHRoZSByb3csIHRoZSBmaWVsZCBhbmQgd2hhdCBpcyB3cm9uZy4nLFxuICAgICAgICB0YWdzOiBbJ2ltcG9ydHMnXSxcbiAgICAgICAgcGFyYW1zOiB7IHR5cGU6ICdvYmplY3QnLCByZXF1aXJlZDogWydraW5kJywgJ2lkJ10sIHByb3BlcnRpZXM6IHsga2luZDoga2luZFBhcmFtLCBpZDogeyB0eXBlOiAnaW50ZWdlcicsIG1pbmltdW06IDEsIG1heGltdW06IDIxNDc0ODM2NDcgfSB9IH0sXG4gICAgICAgIHJlc3BvbnNlOiB7IDIwMDogc3RhdHVzLCAuLi5wcm9ibGVtcyB9LFxuICAgICAgfSxcbiAgICB9LFxuICAgIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgICBjb25zdCBzID0gYXdhaXQgYXBwLnNlcnZpY2VzLmltcG9ydHMuaW1wb3J0U3RhdHVzKHJlcS5hY3RvciEsIHJlcS5wYXJhbXMuaWQsIHsga2luZDogcmVxLnBhcmFtcy5raW5kIH0pO1xuICAgICAgaWYgKHMuc3RhdHVzID09PSAncnVubmluZycpIHJlcGx5LmhlYWRlcigncmV0cnktYWZ0ZXInLCAnMicpO1xuICAgICAgcmV0dXJuIHM7XG4gICAgfSxcbiAgKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQU9BLE9BQU8sUUFBUTtBQUNmLE9BQU8sVUFBVTtBQUdqQixTQUFTLG9CQUFxQztBQUM5QyxTQUFTLHlCQUF5QjtBQUNsQyxTQUFTLGdCQUFnQjtBQUN6QixTQUFTLGVBQWUsWUFBWSxzQkFBd0M7QUFDNUUsU0FBUyxTQUFTLE1BQU0sV0FBVyxhQUFhLEtBQUssS0FBSyxRQUFRLEtBQUssWUFBWTtBQUU1RSxNQUFNLFlBQVk7QUFDekIsTUFBTSxZQUFZLENBQUMsWUFBWSxTQUFTO0FBRXhDLE1BQU0sWUFBWSxFQUFFLE1BQU0sVUFBVSxNQUFNLGNBQWMsYUFBYSx1QkFBdUI7QUFFNUYsTUFBTSxVQUFVLElBQUk7QUFBQSxFQUNsQixVQUFVO0FBQUEsRUFDVixNQUFNO0FBQUEsRUFDTixRQUFRLEVBQUUsTUFBTSxVQUFVLE9BQU8sVUFBVTtBQUFBLEVBQzNDLFVBQVUsRUFBRSxNQUFNLFVBQVUsYUFBYSx1REFBdUQ7QUFDbEcsQ0FBQztBQUVELE1BQU0sU0FBUyxJQUFJO0FBQUEsRUFDakIsVUFBVTtBQUFBLEVBQ1YsTUFBTTtBQUFBLEVBQ04sVUFBVTtBQUFBLEVBQ1YsTUFBTSxFQUFFLE1BQU0sVUFBVSxNQUFNLENBQUMsa0JBQWtCLFNBQVMsRUFBRTtBQUFBLEVBQzVELFFBQVEsRUFBRSxNQUFNLFVBQVUsTUFBTSxDQUFDLFdBQVcsYUFBYSxRQUFRLEVBQUU7QUFBQSxFQUNuRSxrQkFBa0IsRUFBRSxHQUFHLE1BQU0sYUFBYSw4RkFBOEY7QUFBQSxFQUN4SSxPQUFPLEVBQUUsTUFBTSxVQUFVLE1BQU0sQ0FBQyxZQUFZLFdBQVcsWUFBWSxXQUFXLE1BQU0sRUFBRTtBQUFBLEVBQ3RGLFNBQVMsRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLFNBQVMsSUFBSTtBQUFBLEVBQ3JELFVBQVU7QUFBQSxFQUNWLFFBQVEsT0FBTyxJQUFJLEVBQUUsT0FBTyxLQUFLLFNBQVMsS0FBSyxXQUFXLEtBQUssVUFBVSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQy9FLFNBQVM7QUFBQSxFQUNULFdBQVc7QUFBQSxFQUNYLFlBQVk7QUFBQSxFQUNaLFFBQVEsUUFBUSxXQUFXO0FBQzdCLENBQUM7QUFHRCxNQUFNLFlBQVksQ0FBQyxZQUFnQyxVQUFVLElBQUksTUFBTSxHQUFHLEVBQUUsQ0FBQyxFQUFHLEtBQUssRUFBRSxZQUFZO0FBRTVGLFNBQVMsd0JBQXdCLEtBQTRCO0FBSWxFLE1BQUkscUJBQXFCLFdBQVcsQ0FBQyxLQUFLLFNBQVMsU0FBUztBQUMxRCxRQUFJLElBQUksYUFBYSxLQUFLLFdBQVcsa0JBQWtCLEVBQUcsUUFBTyxLQUFLLE1BQU0sT0FBTztBQUNuRixTQUFLLE9BQU8sT0FBTyxJQUFJLE1BQU0sOEJBQThCLElBQUksUUFBUSxjQUFjLENBQUMsR0FBRyxHQUFHLEVBQUUsWUFBWSxJQUFJLENBQUMsR0FBRyxNQUFTO0FBQUEsRUFDN0gsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNLElBQUksS0FBSyxPQUFPO0FBRXBDLGlCQUFlLFFBQVEsS0FBaUg7QUFDdEksVUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixRQUFJO0FBQ0YsVUFBSSxJQUFJLFlBQVksR0FBRztBQUNyQixZQUFJLFFBQTRCO0FBQ2hDLFlBQUk7QUFDRiwyQkFBaUIsUUFBUSxJQUFJLE1BQU0sR0FBRztBQUNwQyxnQkFBSSxLQUFLLFNBQVMsUUFBUztBQUMzQixnQkFBSSxLQUFLLGNBQWMsVUFBVSxPQUFPO0FBQ3RDLG1CQUFLLEtBQUssT0FBTztBQUNqQjtBQUFBLFlBQ0Y7QUFDQSxvQkFBUSxNQUFNLFdBQVcsTUFBTSxNQUFNLEdBQUcsSUFBSSxTQUFTLFFBQVEsVUFBVTtBQUFBLFVBQ3pFO0FBQUEsUUFDRixTQUFTLEdBQUc7QUFDVixjQUFJLE1BQU8sSUFBRyxPQUFPLE1BQU0sTUFBTSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQ2hELGNBQUssR0FBeUIsU0FBUyx5QkFBMEIsT0FBTSxJQUFJLGVBQWUsMkJBQTJCLEtBQUssTUFBTSxNQUFNLElBQUksT0FBTyxJQUFJLENBQUMsNENBQTRDO0FBQ2xNLGdCQUFNO0FBQUEsUUFDUjtBQUNBLFlBQUksQ0FBQyxNQUFPLE9BQU0sSUFBSSxlQUFlLHNDQUFzQztBQUMzRSxlQUFPO0FBQUEsTUFDVDtBQUNBLFlBQU0sT0FBTyxVQUFVLElBQUksUUFBUSxjQUFjLENBQUM7QUFDbEQsVUFBSSxDQUFDLFVBQVUsU0FBUyxJQUFJLEtBQUssQ0FBQyxJQUFJLFFBQVEsT0FBUSxJQUFJLEtBQWtCLFNBQVMsWUFBWTtBQUMvRixjQUFNLElBQUksZUFBZSwyREFBMkQsU0FBUyxnREFBZ0Q7QUFBQSxNQUMvSTtBQUNBLFlBQU0sTUFBTSxTQUFTLGFBQWEsU0FBUztBQUMzQyxZQUFNLFFBQVEsSUFBSSxNQUFNLFdBQVcsY0FBYyxJQUFJLE1BQU0sUUFBUSxJQUFJLEdBQUcsSUFBSSxHQUFHLEdBQUc7QUFDcEYsWUFBTSxXQUFXLEtBQUssUUFBUSxLQUFLLEVBQUUsWUFBWSxNQUFNLE1BQU0sUUFBUSxHQUFHLEtBQUssR0FBRyxHQUFHO0FBQ25GLGFBQU8sTUFBTSxXQUFXLEVBQUUsVUFBVSxVQUFVLE1BQU0sSUFBSSxLQUFpQixHQUFHLE1BQU0sR0FBRyxJQUFJLFNBQVMsUUFBUSxVQUFVO0FBQUEsSUFDdEgsU0FBUyxHQUFHO0FBQ1YsVUFBSSxhQUFhLGVBQWdCLE9BQU0sSUFBSSxrQkFBa0IsR0FBRyxFQUFFLE9BQU8sS0FBSyxFQUFFLE9BQU8sT0FBTyxDQUFDO0FBQy9GLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUVBLE1BQUk7QUFBQSxJQUNGO0FBQUEsSUFDQTtBQUFBLE1BQ0UsUUFBUSxFQUFFLFFBQVEsYUFBYTtBQUFBLE1BQy9CLFFBQVE7QUFBQSxRQUNOLFNBQVM7QUFBQSxRQUNULGFBQ0U7QUFBQSxRQUVGLE1BQU0sQ0FBQyxTQUFTO0FBQUEsUUFDaEIsVUFBVSxDQUFDLFlBQVksV0FBVyxxQkFBcUI7QUFBQSxRQUN2RCxRQUFRLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxNQUFNLEdBQUcsWUFBWSxFQUFFLE1BQU0sVUFBVSxFQUFFO0FBQUEsUUFDOUUsYUFBYTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sWUFBWTtBQUFBLFlBQ1YsU0FBUyxFQUFFLE1BQU0sV0FBVyxhQUFhLG9FQUFvRTtBQUFBLFlBQzdHLFVBQVUsRUFBRSxNQUFNLFVBQVUsV0FBVyxLQUFLLGFBQWEsa0RBQWtEO0FBQUEsVUFDN0c7QUFBQSxRQUNGO0FBQUEsUUFDQSxVQUFVLEVBQUUsS0FBSyxTQUFTLEdBQUcsU0FBUztBQUFBLE1BQ3hDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxPQUFPLElBQUksT0FBTztBQUN4QixZQUFNLFFBQVEsTUFBTSxRQUFRLEdBQUc7QUFDL0IsWUFBTSxXQUFXLE1BQU0sSUFBSSxTQUFTLFFBQVEsWUFBWSxJQUFJLE9BQVE7QUFBQSxRQUNsRTtBQUFBLFFBQ0EsY0FBYyxNQUFNO0FBQUEsUUFDcEIsVUFBVSxNQUFNO0FBQUEsUUFDaEIsTUFBTSxJQUFJLE1BQU0sVUFBVSxZQUFZO0FBQUEsUUFDdEMsV0FBVyxJQUFJLFNBQVMsYUFBYTtBQUFBLFFBQ3JDLFNBQVMsQ0FBQyxNQUFNLElBQUksSUFBSSxNQUFNLEdBQUcsNEJBQTRCO0FBQUEsTUFDL0QsQ0FBQztBQUNELFlBQU0sV0FBVyxtQkFBbUIsSUFBSSxJQUFJLFFBQVE7QUFDcEQsYUFBTyxNQUFNLEtBQUssR0FBRyxFQUFFLE9BQU8sWUFBWSxRQUFRLEVBQUUsS0FBSyxFQUFFLFVBQVUsTUFBTSxRQUFRLFdBQVcsU0FBUyxDQUFDO0FBQUEsSUFDMUc7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUFBLElBQ0Y7QUFBQSxJQUNBO0FBQUEsTUFDRSxRQUFRLEVBQUUsUUFBUSxhQUFhO0FBQUEsTUFDL0IsUUFBUTtBQUFBLFFBQ04sU0FBUztBQUFBLFFBQ1QsYUFBYTtBQUFBLFFBQ2IsTUFBTSxDQUFDLFNBQVM7QUFBQSxRQUNoQixRQUFRLEVBQUUsTUFBTSxVQUFVLFVBQVUsQ0FBQyxRQUFRLElBQUksR0FBRyxZQUFZLEVBQUUsTUFBTSxXQUFXLElBQUksRUFBRSxNQUFNLFdBQVcsU0FBUyxHQUFHLFNBQVMsV0FBVyxFQUFFLEVBQUU7QUFBQSxRQUM5SSxVQUFVLEVBQUUsS0FBSyxRQUFRLEdBQUcsU0FBUztBQUFBLE1BQ3ZDO0FBQUEsSUFDRjtBQUFBLElBQ0EsT0FBTyxLQUFLLFVBQVU7QUFDcEIsWUFBTSxJQUFJLE1BQU0sSUFBSSxTQUFTLFFBQVEsYUFBYSxJQUFJLE9BQVEsSUFBSSxPQUFPLElBQUksRUFBRSxNQUFNLElBQUksT0FBTyxLQUFLLENBQUM7QUFDdEcsVUFBSSxFQUFFLFdBQVcsVUFBVyxPQUFNLE9BQU8sZUFBZSxHQUFHO0FBQzNELGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
