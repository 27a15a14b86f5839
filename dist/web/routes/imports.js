import fs from "node:fs";
import { csrfTokenMatches } from "../csrf.js";
import { saveUpload, UploadRejected } from "../uploads.js";
import { IMPORT_KINDS, isImportKind } from "../../imports/kind-names.js";
import { percentDone } from "../../imports/progress.js";
import { ConflictError, ForbiddenError, InvalidInputError } from "../../errors.js";
import { dataQualityView, duplicatesView, finishedImportView, importRow, KIND_LABELS, PHASE_LABELS } from "../view-models/imports.js";
function idParam(s) {
  const n = Number(s);
  return /^\d{1,9}$/.test(s) && n > 0 ? n : null;
}
function registerImportRoutes(app) {
  async function showUploadPage(req, reply, form = {}) {
    const imports = await app.services.imports.listImports(req.actor, { limit: 50 });
    const fieldErrors = {};
    for (const e of form.errors ?? []) fieldErrors[e.href.slice(1)] = e.text;
    return reply.render("imports.njk", {
      title: "Imports",
      errors: form.errors ?? [],
      fieldErrors,
      kind: form.kind ?? "",
      mode: form.mode ?? "all_or_nothing",
      kinds: IMPORT_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k], selected: form.kind === k })),
      limitMb: Math.round(app.deps.config.uploadLimitBytes / 1024 / 1024),
      rows: imports.map(importRow)
    });
  }
  app.get("/imports", { config: { access: "import:run" } }, async (req, reply) => showUploadPage(req, reply));
  app.post("/imports", { config: { access: "import:run", csrf: "in-handler" } }, async (req, reply) => {
    if (!req.isMultipart()) {
      reply.code(400);
      return showUploadPage(req, reply, { errors: [{ text: "Select a CSV or XLSX file to import", href: "#file" }] });
    }
    const fields = {};
    let saved = null;
    let rejected = null;
    let csrfRefused = false;
    try {
      for await (const part of req.parts()) {
        if (part.type === "field") {
          if (typeof part.value === "string") fields[part.fieldname] = part.value;
          continue;
        }
        if (!csrfTokenMatches(req, fields._csrf)) {
          csrfRefused = true;
          part.file.resume();
          continue;
        }
        if (part.fieldname !== "file" || saved || rejected) {
          part.file.resume();
          continue;
        }
        try {
          saved = await saveUpload(part, app.deps.config.uploadLimitBytes, app.services.imports.uploadPath);
        } catch (e) {
          if (!(e instanceof UploadRejected)) throw e;
          rejected = e.message;
        }
      }
    } catch (e) {
      if (saved) fs.rmSync(saved.path, { force: true });
      saved = null;
      if (e?.code === "FST_REQ_FILE_TOO_LARGE") rejected = `The file is larger than ${Math.round(app.deps.config.uploadLimitBytes / 1024 / 1024)} MB, the largest file this service accepts`;
      else if (e?.statusCode === 413 || e?.statusCode === 400) rejected = "The upload could not be read. Choose one CSV or XLSX file and try again";
      else throw e;
    }
    if (csrfRefused || !csrfTokenMatches(req, fields._csrf)) {
      if (saved) fs.rmSync(saved.path, { force: true });
      reply.code(403);
      return reply.render("error.njk", { title: "The form had expired", message: "Go back, reload the page and try again." });
    }
    const errors = [];
    const kind = fields.kind ?? "";
    const mode = fields.mode ?? "";
    if (!isImportKind(kind)) errors.push({ text: "Select what the file holds", href: "#kind" });
    if (mode !== "all_or_nothing" && mode !== "partial") errors.push({ text: "Select what to do with rows that have problems", href: "#mode" });
    if (rejected) errors.push({ text: rejected, href: "#file" });
    else if (!saved) errors.push({ text: "Select a CSV or XLSX file to import", href: "#file" });
    if (errors.length || !saved) {
      if (saved) fs.rmSync(saved.path, { force: true });
      reply.code(400);
      return showUploadPage(req, reply, { errors, kind, mode });
    }
    let importId;
    try {
      importId = await app.services.imports.startImport(req.actor, {
        kind,
        uploadedPath: saved.path,
        fileName: saved.fileName,
        mode,
        sessionId: req.session?.sessionId ?? null,
        onCrash: (e) => req.log.error(e, "import failed unexpectedly")
      });
    } catch (e) {
      if (!(e instanceof ForbiddenError)) throw e;
      reply.code(403);
      return showUploadPage(req, reply, { errors: [{ text: e.message, href: "#kind" }], kind, mode });
    }
    return reply.redirect(`/imports/${importId}`, 303);
  });
  app.get("/imports/:id/progress", { config: { access: "import:run", duringImport: true } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) return reply.code(404).send({ error: "not_found", message: "There is no import with this number." });
    const s = await app.services.imports.importStatus(req.actor, id, { progressOnly: true });
    if (s.status === "running") {
      return { importId: id, status: "running", phase: s.phase, phaseLabel: PHASE_LABELS[s.phase], rowsRead: s.rowsRead, percent: s.percent };
    }
    return { importId: id, status: s.status, phase: "done", phaseLabel: s.status === "completed" ? "Completed" : "Failed", rowsRead: s.rowsRead, percent: 100 };
  });
  app.get("/imports/:id", { config: { access: "import:run", duringImport: true } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) {
      reply.code(404);
      return reply.render("error.njk", { title: "Page not found", message: "There is no import with this number." });
    }
    const r = await app.services.imports.runningImport(req.actor, id);
    if (r) {
      return reply.render("import.njk", {
        title: `Import ${id}: ${r.fileName}`,
        running: true,
        importId: id,
        fileName: r.fileName,
        kindLabel: KIND_LABELS[r.kind],
        phaseLabel: PHASE_LABELS[r.phase],
        rowsRead: r.rowsRead,
        percent: percentDone(r),
        elsewhere: !r.here
      });
    }
    const rec = await app.services.imports.getImport(req.actor, id);
    const errors = await app.services.imports.importErrors(req.actor, id);
    return reply.render("import.njk", finishedImportView(rec, errors, await app.services.imports.hasErrorFile(req.actor, rec)));
  });
  app.get("/imports/:id/errors.csv", { config: { access: "import:run" } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) {
      reply.code(404);
      return reply.render("error.njk", { title: "Page not found", message: "There is no import with this number." });
    }
    const file = await app.services.imports.downloadErrorFile(req.actor, id);
    const safe = file.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
    reply.header("content-disposition", `attachment; filename="${safe}"`).type("text/csv; charset=utf-8");
    return reply.send(file.content);
  });
  app.get("/data-quality", { config: { access: "data-quality:view" } }, async (req, reply) => {
    const importId = req.query.import ? idParam(req.query.import) : null;
    const report = await app.services.imports.dataQuality(req.actor, importId ? { importId } : {});
    return reply.render("data-quality.njk", dataQualityView(report, importId));
  });
  async function showDuplicates(req, reply, form = {}) {
    const { pairs, merges } = await app.services.imports.duplicateReview(req.actor);
    return reply.render("duplicates.njk", {
      title: "Possible duplicates",
      errors: form.errors ?? [],
      banner: form.banner,
      ...duplicatesView(pairs, merges)
    });
  }
  app.get("/duplicates", { config: { access: "duplicates:review" } }, async (req, reply) => {
    const banner = { merged: "The two records were merged.", separate: "The pair was marked as not a duplicate.", unmerged: "The merge was undone: the two records are separate again." }[req.query.done ?? ""];
    return showDuplicates(req, reply, { banner });
  });
  const decide = (url, done, act) => app.post(url, { config: { access: "duplicates:review" } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) {
      reply.code(404);
      return reply.render("error.njk", { title: "Page not found", message: "There is nothing at this address." });
    }
    try {
      await act(req, id);
    } catch (e) {
      if (!(e instanceof ConflictError || e instanceof InvalidInputError)) throw e;
      reply.code(409);
      return showDuplicates(req, reply, { errors: [{ text: e.message, href: `#pair-${id}` }] });
    }
    return reply.redirect(`/duplicates?done=${done}`, 303);
  });
  decide("/duplicates/:id/merge", "merged", async (req, id) => {
    await app.services.imports.mergeDuplicate(req.actor, { duplicateId: id, keepPersonId: Number(req.body?.keep), reason: req.body?.reason ?? "" });
  });
  decide("/duplicates/:id/not-duplicate", "separate", (req, id) => app.services.imports.markNotDuplicate(req.actor, { duplicateId: id }));
  decide("/merges/:id/unmerge", "unmerged", (req, id) => app.services.imports.unmergePeople(req.actor, { mergeId: id, reason: (req.body?.reason ?? "").trim() }));
}
export {
  registerImportRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvaW1wb3J0cy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gSW1wb3J0cyBvbiB0aGUgd2ViIChTUEVDIDMuMSk6IHRoZSB1cGxvYWQgcGFnZSB3aXRoIHRoZSByZWNvcmQgb2YgcGFzdFxuLy8gaW1wb3J0cywgYW4gaW1wb3J0J3MgcHJvZ3Jlc3MgYW5kIHJlc3VsdCwgaXRzIGVycm9yIGZpbGUsIHRoZSBkYXRhLXF1YWxpdHlcbi8vIHBhZ2UsIGFuZCB0aGUgcmV2aWV3IGxpc3Qgb2YgcG9zc2libGUgZHVwbGljYXRlcy5cbmltcG9ydCBmcyBmcm9tICdub2RlOmZzJztcbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHksIEZhc3RpZnlSZXF1ZXN0IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBjc3JmVG9rZW5NYXRjaGVzIH0gZnJvbSAnLi4vY3NyZi5qcyc7XG5pbXBvcnQgeyBzYXZlVXBsb2FkLCBVcGxvYWRSZWplY3RlZCwgdHlwZSBTYXZlZFVwbG9hZCB9IGZyb20gJy4uL3VwbG9hZHMuanMnO1xuaW1wb3J0IHsgSU1QT1JUX0tJTkRTLCBpc0ltcG9ydEtpbmQsIHR5cGUgSW1wb3J0S2luZCB9IGZyb20gJy4uLy4uL2ltcG9ydHMva2luZC1uYW1lcy5qcyc7XG5pbXBvcnQgdHlwZSB7IEltcG9ydE1vZGUgfSBmcm9tICcuLi8uLi9pbXBvcnRzL2ltcG9ydC1maWxlLmpzJztcbmltcG9ydCB7IHBlcmNlbnREb25lIH0gZnJvbSAnLi4vLi4vaW1wb3J0cy9wcm9ncmVzcy5qcyc7XG5pbXBvcnQgeyBDb25mbGljdEVycm9yLCBGb3JiaWRkZW5FcnJvciwgSW52YWxpZElucHV0RXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZGF0YVF1YWxpdHlWaWV3LCBkdXBsaWNhdGVzVmlldywgZmluaXNoZWRJbXBvcnRWaWV3LCBpbXBvcnRSb3csIEtJTkRfTEFCRUxTLCBQSEFTRV9MQUJFTFMgfSBmcm9tICcuLi92aWV3LW1vZGVscy9pbXBvcnRzLmpzJztcblxuZnVuY3Rpb24gaWRQYXJhbShzOiBzdHJpbmcpOiBudW1iZXIgfCBudWxsIHtcbiAgY29uc3QgbiA9IE51bWJlcihzKTtcbiAgcmV0dXJuIC9eXFxkezEsOX0kLy50ZXN0KHMpICYmIG4gPiAwID8gbiA6IG51bGw7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWdpc3RlckltcG9ydFJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICB0eXBlIEZvcm1TdGF0ZSA9IHsgZXJyb3JzPzogeyB0ZXh0OiBzdHJpbmc7IGhyZWY6IHN0cmluZyB9W107IGtpbmQ/OiBzdHJpbmc7IG1vZGU/OiBzdHJpbmcgfTtcbiAgYXN5bmMgZnVuY3Rpb24gc2hvd1VwbG9hZFBhZ2UocmVxOiBGYXN0aWZ5UmVxdWVzdCwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZm9ybTogRm9ybVN0YXRlID0ge30pIHtcbiAgICBjb25zdCBpbXBvcnRzID0gYXdhaXQgYXBwLnNlcnZpY2VzLmltcG9ydHMubGlzdEltcG9ydHMocmVxLmFjdG9yISwgeyBsaW1pdDogNTAgfSk7XG4gICAgY29uc3QgZmllbGRFcnJvcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IGUgb2YgZm9ybS5lcnJvcnMgPz8gW10pIGZpZWxkRXJyb3JzW2UuaHJlZi5zbGljZSgxKV0gPSBlLnRleHQ7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignaW1wb3J0cy5uamsnLCB7XG4gICAgICB0aXRsZTogJ0ltcG9ydHMnLFxuICAgICAgZXJyb3JzOiBmb3JtLmVycm9ycyA/PyBbXSxcbiAgICAgIGZpZWxkRXJyb3JzLFxuICAgICAga2luZDogZm9ybS5raW5kID8/ICcnLFxuICAgICAgbW9kZTogZm9ybS5tb2RlID8/ICdhbGxfb3Jfbm90aGluZycsXG4gICAgICBraW5kczogSU1QT1JUX0tJTkRTLm1hcCgoaykgPT4gKHsgdmFsdWU6IGssIHRleHQ6IEtJTkRfTEFCRUxTW2tdLCBzZWxlY3RlZDogZm9ybS5raW5kID09PSBrIH0pKSxcbiAgICAgIGxpbWl0TWI6IE1hdGgucm91bmQoYXBwLmRlcHMuY29uZmlnLnVwbG9hZExpbWl0Qnl0ZXMgLyAxMDI0IC8gMTAyNCksXG4gICAgICByb3dzOiBpbXBvcnRzLm1hcChpbXBvcnRSb3cpLFxuICAgIH0pO1xuICB9XG5cbiAgYXBwLmdldCgnL2ltcG9ydHMnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdpbXBvcnQ6cnVuJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiBzaG93VXBsb2FkUGFnZShyZXEsIHJlcGx5KSk7XG5cbiAgYXBwLnBvc3QoJy9pbXBvcnRzJywgeyBjb25maWc6IHsgYWNjZXNzOiAnaW1wb3J0OnJ1bicsIGNzcmY6ICdpbi1oYW5kbGVyJyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgaWYgKCFyZXEuaXNNdWx0aXBhcnQoKSkge1xuICAgICAgLy8gQSB1cmxlbmNvZGVkIHBvc3QgaGFzIGFscmVhZHkgcGFzc2VkIHRoZSBDU1JGIGNoZWNrOyBpdCBjYW4gY2Fycnkgbm8gZmlsZS5cbiAgICAgIHJlcGx5LmNvZGUoNDAwKTtcbiAgICAgIHJldHVybiBzaG93VXBsb2FkUGFnZShyZXEsIHJlcGx5LCB7IGVycm9yczogW3sgdGV4dDogJ1NlbGVjdCBhIENTViBvciBYTFNYIGZpbGUgdG8gaW1wb3J0JywgaHJlZjogJyNmaWxlJyB9XSB9KTtcbiAgICB9XG4gICAgY29uc3QgZmllbGRzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gICAgbGV0IHNhdmVkOiBTYXZlZFVwbG9hZCB8IG51bGwgPSBudWxsO1xuICAgIGxldCByZWplY3RlZDogc3RyaW5nIHwgbnVsbCA9IG51bGw7XG4gICAgbGV0IGNzcmZSZWZ1c2VkID0gZmFsc2U7XG4gICAgdHJ5IHtcbiAgICAgIGZvciBhd2FpdCAoY29uc3QgcGFydCBvZiByZXEucGFydHMoKSkge1xuICAgICAgICBpZiAocGFydC50eXBlID09PSAnZmllbGQnKSB7XG4gICAgICAgICAgaWYgKHR5cGVvZiBwYXJ0LnZhbHVlID09PSAnc3RyaW5nJykgZmllbGRzW3BhcnQuZmllbGRuYW1lXSA9IHBhcnQudmFsdWU7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgLy8gVGhlIHRva2VuIG11c3QgY29tZSBiZWZvcmUgdGhlIGZpbGUgKHRoZSBmb3JtIHB1dHMgaXQgZmlyc3QpIG9yIGluXG4gICAgICAgIC8vIHRoZSB4LWNzcmYtdG9rZW4gaGVhZGVyLCBzbyBub3RoaW5nIGlzIHdyaXR0ZW4gZm9yIGEgZm9yZ2VkIHJlcXVlc3QuXG4gICAgICAgIGlmICghY3NyZlRva2VuTWF0Y2hlcyhyZXEsIGZpZWxkcy5fY3NyZikpIHtcbiAgICAgICAgICBjc3JmUmVmdXNlZCA9IHRydWU7XG4gICAgICAgICAgcGFydC5maWxlLnJlc3VtZSgpO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGlmIChwYXJ0LmZpZWxkbmFtZSAhPT0gJ2ZpbGUnIHx8IHNhdmVkIHx8IHJlamVjdGVkKSB7XG4gICAgICAgICAgcGFydC5maWxlLnJlc3VtZSgpO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgc2F2ZWQgPSBhd2FpdCBzYXZlVXBsb2FkKHBhcnQsIGFwcC5kZXBzLmNvbmZpZy51cGxvYWRMaW1pdEJ5dGVzLCBhcHAuc2VydmljZXMuaW1wb3J0cy51cGxvYWRQYXRoKTtcbiAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBVcGxvYWRSZWplY3RlZCkpIHRocm93IGU7XG4gICAgICAgICAgcmVqZWN0ZWQgPSBlLm1lc3NhZ2U7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9IGNhdGNoIChlOiBhbnkpIHtcbiAgICAgIGlmIChzYXZlZCkgZnMucm1TeW5jKHNhdmVkLnBhdGgsIHsgZm9yY2U6IHRydWUgfSk7XG4gICAgICBzYXZlZCA9IG51bGw7XG4gICAgICBpZiAoZT8uY29kZSA9PT0gJ0ZTVF9SRVFfRklMRV9UT09fTEFSR0UnKSByZWplY3RlZCA9IGBUaGUgZmlsZSBpcyBsYXJnZXIgdGhhbiAke01hdGgucm91bmQoYXBwLmRlcHMuY29uZmlnLnVwbG9hZExpbWl0Qnl0ZXMgLyAxMDI0IC8gMTAyNCl9IE1CLCB0aGUgbGFyZ2VzdCBmaWxlIHRoaXMgc2VydmljZSBhY2NlcHRzYDtcbiAgICAgIGVsc2UgaWYgKGU/LnN0YXR1c0NvZGUgPT09IDQxMyB8fCBlPy5zdGF0dXNDb2RlID09PSA0MDApIHJlamVjdGVkID0gJ1RoZSB1cGxvYWQgY291bGQgbm90IGJlIHJlYWQuIENob29zZSBvbmUgQ1NWIG9yIFhMU1ggZmlsZSBhbmQgdHJ5IGFnYWluJztcbiAgICAgIGVsc2UgdGhyb3cgZTtcbiAgICB9XG4gICAgaWYgKGNzcmZSZWZ1c2VkIHx8ICFjc3JmVG9rZW5NYXRjaGVzKHJlcSwgZmllbGRzLl9jc3JmKSkge1xuICAgICAgaWYgKHNhdmVkKSBmcy5ybVN5bmMoc2F2ZWQucGF0aCwgeyBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIHJlcGx5LmNvZGUoNDAzKTtcbiAgICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2Vycm9yLm5qaycsIHsgdGl0bGU6ICdUaGUgZm9ybSBoYWQgZXhwaXJlZCcsIG1lc3NhZ2U6ICdHbyBiYWNrLCByZWxvYWQgdGhlIHBhZ2UgYW5kIHRyeSBhZ2Fpbi4nIH0pO1xuICAgIH1cbiAgICBjb25zdCBlcnJvcnM6IHsgdGV4dDogc3RyaW5nOyBocmVmOiBzdHJpbmcgfVtdID0gW107XG4gICAgY29uc3Qga2luZCA9IGZpZWxkcy5raW5kID8/ICcnO1xuICAgIGNvbnN0IG1vZGUgPSBmaWVsZHMubW9kZSA/PyAnJztcbiAgICBpZiAoIWlzSW1wb3J0S2luZChraW5kKSkgZXJyb3JzLnB1c2goeyB0ZXh0OiAnU2VsZWN0IHdoYXQgdGhlIGZpbGUgaG9sZHMnLCBocmVmOiAnI2tpbmQnIH0pO1xuICAgIGlmIChtb2RlICE9PSAnYWxsX29yX25vdGhpbmcnICYmIG1vZGUgIT09ICdwYXJ0aWFsJykgZXJyb3JzLnB1c2goeyB0ZXh0OiAnU2VsZWN0IHdoYXQgdG8gZG8gd2l0aCByb3dzIHRoYXQgaGF2ZSBwcm9ibGVtcycsIGhyZWY6ICcjbW9kZScgfSk7XG4gICAgaWYgKHJlamVjdGVkKSBlcnJvcnMucHVzaCh7IHRleHQ6IHJlamVjdGVkLCBocmVmOiAnI2ZpbGUnIH0pO1xuICAgIGVsc2UgaWYgKCFzYXZlZCkgZXJyb3JzLnB1c2goeyB0ZXh0OiAnU2VsZWN0IGEgQ1NWIG9yIFhMU1ggZmlsZSB0byBpbXBvcnQnLCBocmVmOiAnI2ZpbGUnIH0pO1xuICAgIGlmIChlcnJvcnMubGVuZ3RoIHx8ICFzYXZlZCkge1xuICAgICAgaWYgKHNhdmVkKSBmcy5ybVN5bmMoc2F2ZWQucGF0aCwgeyBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIHJlcGx5LmNvZGUoNDAwKTtcbiAgICAgIHJldHVybiBzaG93VXBsb2FkUGFnZShyZXEsIHJlcGx5LCB7IGVycm9ycywga2luZCwgbW9kZSB9KTtcbiAgICB9XG4gICAgbGV0IGltcG9ydElkOiBudW1iZXI7XG4gICAgdHJ5IHtcbiAgICAgIGltcG9ydElkID0gYXdhaXQgYXBwLnNlcnZpY2VzLmltcG9ydHMuc3RhcnRJbXBvcnQocmVxLmFjdG9yISwge1xuICAgICAgICBraW5kOiBraW5kIGFzIEltcG9ydEtpbmQsXG4gICAgICAgIHVwbG9hZGVkUGF0aDogc2F2ZWQucGF0aCxcbiAgICAgICAgZmlsZU5hbWU6IHNhdmVkLmZpbGVOYW1lLFxuICAgICAgICBtb2RlOiBtb2RlIGFzIEltcG9ydE1vZGUsXG4gICAgICAgIHNlc3Npb25JZDogcmVxLnNlc3Npb24/LnNlc3Npb25JZCA/PyBudWxsLFxuICAgICAgICBvbkNyYXNoOiAoZSkgPT4gcmVxLmxvZy5lcnJvcihlLCAnaW1wb3J0IGZhaWxlZCB1bmV4cGVjdGVkbHknKSxcbiAgICAgIH0pO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBGb3JiaWRkZW5FcnJvcikpIHRocm93IGU7XG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gc2hvd1VwbG9hZFBhZ2UocmVxLCByZXBseSwgeyBlcnJvcnM6IFt7IHRleHQ6IGUubWVzc2FnZSwgaHJlZjogJyNraW5kJyB9XSwga2luZCwgbW9kZSB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KGAvaW1wb3J0cy8ke2ltcG9ydElkfWAsIDMwMyk7XG4gIH0pO1xuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9IH0+KCcvaW1wb3J0cy86aWQvcHJvZ3Jlc3MnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdpbXBvcnQ6cnVuJywgZHVyaW5nSW1wb3J0OiB0cnVlIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IGlkUGFyYW0ocmVxLnBhcmFtcy5pZCk7XG4gICAgaWYgKGlkID09PSBudWxsKSByZXR1cm4gcmVwbHkuY29kZSg0MDQpLnNlbmQoeyBlcnJvcjogJ25vdF9mb3VuZCcsIG1lc3NhZ2U6ICdUaGVyZSBpcyBubyBpbXBvcnQgd2l0aCB0aGlzIG51bWJlci4nIH0pO1xuICAgIGNvbnN0IHMgPSBhd2FpdCBhcHAuc2VydmljZXMuaW1wb3J0cy5pbXBvcnRTdGF0dXMocmVxLmFjdG9yISwgaWQsIHsgcHJvZ3Jlc3NPbmx5OiB0cnVlIH0pO1xuICAgIGlmIChzLnN0YXR1cyA9PT0gJ3J1bm5pbmcnKSB7XG4gICAgICByZXR1cm4geyBpbXBvcnRJZDogaWQsIHN0YXR1czogJ3J1bm5pbmcnLCBwaGFzZTogcy5waGFzZSwgcGhhc2VMYWJlbDogUEhBU0VfTEFCRUxTW3MucGhhc2VdLCByb3dzUmVhZDogcy5yb3dzUmVhZCwgcGVyY2VudDogcy5wZXJjZW50IH07XG4gICAgfVxuICAgIHJldHVybiB7IGltcG9ydElkOiBpZCwgc3RhdHVzOiBzLnN0YXR1cywgcGhhc2U6ICdkb25lJywgcGhhc2VMYWJlbDogcy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnID8gJ0NvbXBsZXRlZCcgOiAnRmFpbGVkJywgcm93c1JlYWQ6IHMucm93c1JlYWQsIHBlcmNlbnQ6IDEwMCB9O1xuICB9KTtcblxuICBhcHAuZ2V0PHsgUGFyYW1zOiB7IGlkOiBzdHJpbmcgfSB9PignL2ltcG9ydHMvOmlkJywgeyBjb25maWc6IHsgYWNjZXNzOiAnaW1wb3J0OnJ1bicsIGR1cmluZ0ltcG9ydDogdHJ1ZSB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaWQgPSBpZFBhcmFtKHJlcS5wYXJhbXMuaWQpO1xuICAgIGlmIChpZCA9PT0gbnVsbCkge1xuICAgICAgcmVwbHkuY29kZSg0MDQpO1xuICAgICAgcmV0dXJuIHJlcGx5LnJlbmRlcignZXJyb3IubmprJywgeyB0aXRsZTogJ1BhZ2Ugbm90IGZvdW5kJywgbWVzc2FnZTogJ1RoZXJlIGlzIG5vIGltcG9ydCB3aXRoIHRoaXMgbnVtYmVyLicgfSk7XG4gICAgfVxuICAgIGNvbnN0IHIgPSBhd2FpdCBhcHAuc2VydmljZXMuaW1wb3J0cy5ydW5uaW5nSW1wb3J0KHJlcS5hY3RvciEsIGlkKTtcbiAgICBpZiAocikge1xuICAgICAgcmV0dXJuIHJlcGx5LnJlbmRlcignaW1wb3J0Lm5qaycsIHtcbiAgICAgICAgdGl0bGU6IGBJbXBvcnQgJHtpZH06ICR7ci5maWxlTmFtZX1gLFxuICAgICAgICBydW5uaW5nOiB0cnVlLFxuICAgICAgICBpbXBvcnRJZDogaWQsXG4gICAgICAgIGZpbGVOYW1lOiByLmZpbGVOYW1lLFxuICAgICAgICBraW5kTGFiZWw6IEtJTkRfTEFCRUxTW3Iua2luZF0sXG4gICAgICAgIHBoYXNlTGFiZWw6IFBIQVNFX0xBQkVMU1tyLnBoYXNlXSxcbiAgICAgICAgcm93c1JlYWQ6IHIucm93c1JlYWQsXG4gICAgICAgIHBlcmNlbnQ6IHBlcmNlbnREb25lKHIpLFxuICAgICAgICBlbHNld2hlcmU6ICFyLmhlcmUsXG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3QgcmVjID0gYXdhaXQgYXBwLnNlcnZpY2VzLmltcG9ydHMuZ2V0SW1wb3J0KHJlcS5hY3RvciEsIGlkKTtcbiAgICBjb25zdCBlcnJvcnMgPSBhd2FpdCBhcHAuc2VydmljZXMuaW1wb3J0cy5pbXBvcnRFcnJvcnMocmVxLmFjdG9yISwgaWQpO1xuICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2ltcG9ydC5uamsnLCBmaW5pc2hlZEltcG9ydFZpZXcocmVjLCBlcnJvcnMsIGF3YWl0IGFwcC5zZXJ2aWNlcy5pbXBvcnRzLmhhc0Vycm9yRmlsZShyZXEuYWN0b3IhLCByZWMpKSk7XG4gIH0pO1xuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9IH0+KCcvaW1wb3J0cy86aWQvZXJyb3JzLmNzdicsIHsgY29uZmlnOiB7IGFjY2VzczogJ2ltcG9ydDpydW4nIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBpZCA9IGlkUGFyYW0ocmVxLnBhcmFtcy5pZCk7XG4gICAgaWYgKGlkID09PSBudWxsKSB7XG4gICAgICByZXBseS5jb2RlKDQwNCk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnUGFnZSBub3QgZm91bmQnLCBtZXNzYWdlOiAnVGhlcmUgaXMgbm8gaW1wb3J0IHdpdGggdGhpcyBudW1iZXIuJyB9KTtcbiAgICB9XG4gICAgY29uc3QgZmlsZSA9IGF3YWl0IGFwcC5zZXJ2aWNlcy5pbXBvcnRzLmRvd25sb2FkRXJyb3JGaWxlKHJlcS5hY3RvciEsIGlkKTtcbiAgICBjb25zdCBzYWZlID0gZmlsZS5maWxlTmFtZS5yZXBsYWNlKC9bXkEtWmEtejAtOS5fLV0vZywgJ18nKTtcbiAgICByZXBseS5oZWFkZXIoJ2NvbnRlbnQtZGlzcG9zaXRpb24nLCBgYXR0YWNobWVudDsgZmlsZW5hbWU9XCIke3NhZmV9XCJgKS50eXBlKCd0ZXh0L2NzdjsgY2hhcnNldD11dGYtOCcpO1xuICAgIHJldHVybiByZXBseS5zZW5kKGZpbGUuY29udGVudCk7XG4gIH0pO1xuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZGF0YSBxdWFsaXR5XG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBpbXBvcnQ/OiBzdHJpbmcgfSB9PignL2RhdGEtcXVhbGl0eScsIHsgY29uZmlnOiB7IGFjY2VzczogJ2RhdGEtcXVhbGl0eTp2aWV3JyB9IH0sIGFzeW5jIChyZXEsIHJlcGx5KSA9PiB7XG4gICAgY29uc3QgaW1wb3J0SWQgPSByZXEucXVlcnkuaW1wb3J0ID8gaWRQYXJhbShyZXEucXVlcnkuaW1wb3J0KSA6IG51bGw7XG4gICAgY29uc3QgcmVwb3J0ID0gYXdhaXQgYXBwLnNlcnZpY2VzLmltcG9ydHMuZGF0YVF1YWxpdHkocmVxLmFjdG9yISwgaW1wb3J0SWQgPyB7IGltcG9ydElkIH0gOiB7fSk7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignZGF0YS1xdWFsaXR5Lm5qaycsIGRhdGFRdWFsaXR5VmlldyhyZXBvcnQsIGltcG9ydElkKSk7XG4gIH0pO1xuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcG9zc2libGUgZHVwbGljYXRlc1xuICB0eXBlIER1cEZvcm0gPSB7IGVycm9ycz86IHsgdGV4dDogc3RyaW5nOyBocmVmOiBzdHJpbmcgfVtdOyBiYW5uZXI/OiBzdHJpbmcgfTtcbiAgYXN5bmMgZnVuY3Rpb24gc2hvd0R1cGxpY2F0ZXMocmVxOiBGYXN0aWZ5UmVxdWVzdCwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZm9ybTogRHVwRm9ybSA9IHt9KSB7XG4gICAgY29uc3QgeyBwYWlycywgbWVyZ2VzIH0gPSBhd2FpdCBhcHAuc2VydmljZXMuaW1wb3J0cy5kdXBsaWNhdGVSZXZpZXcocmVxLmFjdG9yISk7XG4gICAgcmV0dXJuIHJlcGx5LnJlbmRlcignZHVwbGljYXRlcy5uamsnLCB7XG4gICAgICB0aXRsZTogJ1Bvc3NpYmxlIGR1cGxpY2F0ZXMnLFxuICAgICAgZXJyb3JzOiBmb3JtLmVycm9ycyA/PyBbXSxcbiAgICAgIGJhbm5lcjogZm9ybS5iYW5uZXIsXG4gICAgICAuLi5kdXBsaWNhdGVzVmlldyhwYWlycywgbWVyZ2VzKSxcbiAgICB9KTtcbiAgfVxuXG4gIGFwcC5nZXQ8eyBRdWVyeXN0cmluZzogeyBkb25lPzogc3RyaW5nIH0gfT4oJy9kdXBsaWNhdGVzJywgeyBjb25maWc6IHsgYWNjZXNzOiAnZHVwbGljYXRlczpyZXZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBiYW5uZXIgPSB7IG1lcmdlZDogJ1RoZSB0d28gcmVjb3JkcyB3ZXJlIG1lcmdlZC4nLCBzZXBhcmF0ZTogJ1RoZSBwYWlyIHdhcyBtYXJrZWQgYXMgbm90IGEgZHVwbGljYXRlLicsIHVubWVyZ2VkOiAnVGhlIG1lcmdlIHdhcyB1bmRvbmU6IHRoZSB0d28gcmVjb3JkcyBhcmUgc2VwYXJhdGUgYWdhaW4uJyB9W3JlcS5xdWVyeS5kb25lID8/ICcnXTtcbiAgICByZXR1cm4gc2hvd0R1cGxpY2F0ZXMocmVxLCByZXBseSwgeyBiYW5uZXIgfSk7XG4gIH0pO1xuXG4gIGNvbnN0IGRlY2lkZSA9IDxCIGV4dGVuZHMgUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPj4odXJsOiBzdHJpbmcsIGRvbmU6IHN0cmluZywgYWN0OiAocmVxOiBGYXN0aWZ5UmVxdWVzdDx7IFBhcmFtczogeyBpZDogc3RyaW5nIH07IEJvZHk6IEIgfT4sIGlkOiBudW1iZXIpID0+IFByb21pc2U8dm9pZD4pID0+XG4gICAgYXBwLnBvc3Q8eyBQYXJhbXM6IHsgaWQ6IHN0cmluZyB9OyBCb2R5OiBCIH0+KHVybCwgeyBjb25maWc6IHsgYWNjZXNzOiAnZHVwbGljYXRlczpyZXZpZXcnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICAgIGNvbnN0IGlkID0gaWRQYXJhbShyZXEucGFyYW1zLmlkKTtcbiAgICAgIGlmIChpZCA9PT0gbnVsbCkge1xuICAgICAgICByZXBseS5jb2RlKDQwNCk7XG4gICAgICAgIHJldHVybiByZXBseS5yZW5kZXIoJ2Vycm9yLm5qaycsIHsgdGl0bGU6ICdQYWdlIG5vdCBmb3VuZCcsIG1lc3NhZ2U6ICdUaGVyZSBpcyBub3RoaW5nIGF0IHRoaXMgYWRkcmVzcy4nIH0pO1xuICAgICAgfVxuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgYWN0KHJlcSwgaWQpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAvLyBBIHJlZnVzZWQgZGVjaXNpb24gc2hvd3Mgb24gdGhlIHJldmlldyBwYWdlLCB3aGF0ZXZlciBpdHMga2luZC5cbiAgICAgICAgaWYgKCEoZSBpbnN0YW5jZW9mIENvbmZsaWN0RXJyb3IgfHwgZSBpbnN0YW5jZW9mIEludmFsaWRJbnB1dEVycm9yKSkgdGhyb3cgZTtcbiAgICAgICAgcmVwbHkuY29kZSg0MDkpO1xuICAgICAgICByZXR1cm4gc2hvd0R1cGxpY2F0ZXMocmVxLCByZXBseSwgeyBlcnJvcnM6IFt7IHRleHQ6IGUubWVzc2FnZSwgaHJlZjogYCNwYWlyLSR7aWR9YCB9XSB9KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiByZXBseS5yZWRpcmVjdChgL2R1cGxpY2F0ZXM/ZG9uZT0ke2RvbmV9YCwgMzAzKTtcbiAgICB9KTtcblxuICBkZWNpZGU8eyBrZWVwPzogc3RyaW5nOyByZWFzb24/OiBzdHJpbmcgfT4oJy9kdXBsaWNhdGVzLzppZC9tZXJnZScsICdtZXJnZWQnLCBhc3luYyAocmVxLCBpZCkgPT4ge1xuICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5pbXBvcnRzLm1lcmdlRHVwbGljYXRlKHJlcS5hY3RvciEsIHsgZHVwbGljYXRlSWQ6IGlkLCBrZWVwUGVyc29uSWQ6IE51bWJlcihyZXEuYm9keT8ua2VlcCksIHJlYXNvbjogcmVxLmJvZHk/LnJlYXNvbiA/PyAnJyB9KTtcbiAgfSk7XG4gIGRlY2lkZSgnL2R1cGxpY2F0ZXMvOmlkL25vdC1kdXBsaWNhdGUnLCAnc2VwYXJhdGUnLCAocmVxLCBpZCkgPT4gYXBwLnNlcnZpY2VzLmltcG9ydHMubWFya05vdER1cGxpY2F0ZShyZXEuYWN0b3IhLCB7IGR1cGxpY2F0ZUlkOiBpZCB9KSk7XG4gIGRlY2lkZTx7IHJlYXNvbj86IHN0cmluZyB9PignL21lcmdlcy86aWQvdW5tZXJnZScsICd1bm1lcmdlZCcsIChyZXEsIGlkKSA9PiBhcHAuc2VydmljZXMuaW1wb3J0cy51bm1lcmdlUGVvcGxlKHJlcS5hY3RvciEsIHsgbWVyZ2VJZDogaWQsIHJlYXNvbjogKHJlcS5ib2R5Py5yZWFzb24gPz8gJycpLnRyaW0oKSB9KSk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiQUFHQSxPQUFPLFFBQVE7QUFFZixTQUFTLHdCQUF3QjtBQUNqQyxTQUFTLFlBQVksc0JBQXdDO0FBQzdELFNBQVMsY0FBYyxvQkFBcUM7QUFFNUQsU0FBUyxtQkFBbUI7QUFDNUIsU0FBUyxlQUFlLGdCQUFnQix5QkFBeUI7QUFDakUsU0FBUyxpQkFBaUIsZ0JBQWdCLG9CQUFvQixXQUFXLGFBQWEsb0JBQW9CO0FBRTFHLFNBQVMsUUFBUSxHQUEwQjtBQUN6QyxRQUFNLElBQUksT0FBTyxDQUFDO0FBQ2xCLFNBQU8sWUFBWSxLQUFLLENBQUMsS0FBSyxJQUFJLElBQUksSUFBSTtBQUM1QztBQUVPLFNBQVMscUJBQXFCLEtBQTRCO0FBRS9ELGlCQUFlLGVBQWUsS0FBcUIsT0FBcUIsT0FBa0IsQ0FBQyxHQUFHO0FBQzVGLFVBQU0sVUFBVSxNQUFNLElBQUksU0FBUyxRQUFRLFlBQVksSUFBSSxPQUFRLEVBQUUsT0FBTyxHQUFHLENBQUM7QUFDaEYsVUFBTSxjQUFzQyxDQUFDO0FBQzdDLGVBQVcsS0FBSyxLQUFLLFVBQVUsQ0FBQyxFQUFHLGFBQVksRUFBRSxLQUFLLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRTtBQUNwRSxXQUFPLE1BQU0sT0FBTyxlQUFlO0FBQUEsTUFDakMsT0FBTztBQUFBLE1BQ1AsUUFBUSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQ3hCO0FBQUEsTUFDQSxNQUFNLEtBQUssUUFBUTtBQUFBLE1BQ25CLE1BQU0sS0FBSyxRQUFRO0FBQUEsTUFDbkIsT0FBTyxhQUFhLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxHQUFHLE1BQU0sWUFBWSxDQUFDLEdBQUcsVUFBVSxLQUFLLFNBQVMsRUFBRSxFQUFFO0FBQUEsTUFDOUYsU0FBUyxLQUFLLE1BQU0sSUFBSSxLQUFLLE9BQU8sbUJBQW1CLE9BQU8sSUFBSTtBQUFBLE1BQ2xFLE1BQU0sUUFBUSxJQUFJLFNBQVM7QUFBQSxJQUM3QixDQUFDO0FBQUEsRUFDSDtBQUVBLE1BQUksSUFBSSxZQUFZLEVBQUUsUUFBUSxFQUFFLFFBQVEsYUFBYSxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVUsZUFBZSxLQUFLLEtBQUssQ0FBQztBQUUxRyxNQUFJLEtBQUssWUFBWSxFQUFFLFFBQVEsRUFBRSxRQUFRLGNBQWMsTUFBTSxhQUFhLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNuRyxRQUFJLENBQUMsSUFBSSxZQUFZLEdBQUc7QUFFdEIsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLGVBQWUsS0FBSyxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSx1Q0FBdUMsTUFBTSxRQUFRLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDaEg7QUFDQSxVQUFNLFNBQWlDLENBQUM7QUFDeEMsUUFBSSxRQUE0QjtBQUNoQyxRQUFJLFdBQTBCO0FBQzlCLFFBQUksY0FBYztBQUNsQixRQUFJO0FBQ0YsdUJBQWlCLFFBQVEsSUFBSSxNQUFNLEdBQUc7QUFDcEMsWUFBSSxLQUFLLFNBQVMsU0FBUztBQUN6QixjQUFJLE9BQU8sS0FBSyxVQUFVLFNBQVUsUUFBTyxLQUFLLFNBQVMsSUFBSSxLQUFLO0FBQ2xFO0FBQUEsUUFDRjtBQUdBLFlBQUksQ0FBQyxpQkFBaUIsS0FBSyxPQUFPLEtBQUssR0FBRztBQUN4Qyx3QkFBYztBQUNkLGVBQUssS0FBSyxPQUFPO0FBQ2pCO0FBQUEsUUFDRjtBQUNBLFlBQUksS0FBSyxjQUFjLFVBQVUsU0FBUyxVQUFVO0FBQ2xELGVBQUssS0FBSyxPQUFPO0FBQ2pCO0FBQUEsUUFDRjtBQUNBLFlBQUk7QUFDRixrQkFBUSxNQUFNLFdBQVcsTUFBTSxJQUFJLEtBQUssT0FBTyxrQkFBa0IsSUFBSSxTQUFTLFFBQVEsVUFBVTtBQUFBLFFBQ2xHLFNBQVMsR0FBRztBQUNWLGNBQUksRUFBRSxhQUFhLGdCQUFpQixPQUFNO0FBQzFDLHFCQUFXLEVBQUU7QUFBQSxRQUNmO0FBQUEsTUFDRjtBQUFBLElBQ0YsU0FBUyxHQUFRO0FBQ2YsVUFBSSxNQUFPLElBQUcsT0FBTyxNQUFNLE1BQU0sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUNoRCxjQUFRO0FBQ1IsVUFBSSxHQUFHLFNBQVMseUJBQTBCLFlBQVcsMkJBQTJCLEtBQUssTUFBTSxJQUFJLEtBQUssT0FBTyxtQkFBbUIsT0FBTyxJQUFJLENBQUM7QUFBQSxlQUNqSSxHQUFHLGVBQWUsT0FBTyxHQUFHLGVBQWUsSUFBSyxZQUFXO0FBQUEsVUFDL0QsT0FBTTtBQUFBLElBQ2I7QUFDQSxRQUFJLGVBQWUsQ0FBQyxpQkFBaUIsS0FBSyxPQUFPLEtBQUssR0FBRztBQUN2RCxVQUFJLE1BQU8sSUFBRyxPQUFPLE1BQU0sTUFBTSxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQ2hELFlBQU0sS0FBSyxHQUFHO0FBQ2QsYUFBTyxNQUFNLE9BQU8sYUFBYSxFQUFFLE9BQU8sd0JBQXdCLFNBQVMsMENBQTBDLENBQUM7QUFBQSxJQUN4SDtBQUNBLFVBQU0sU0FBMkMsQ0FBQztBQUNsRCxVQUFNLE9BQU8sT0FBTyxRQUFRO0FBQzVCLFVBQU0sT0FBTyxPQUFPLFFBQVE7QUFDNUIsUUFBSSxDQUFDLGFBQWEsSUFBSSxFQUFHLFFBQU8sS0FBSyxFQUFFLE1BQU0sOEJBQThCLE1BQU0sUUFBUSxDQUFDO0FBQzFGLFFBQUksU0FBUyxvQkFBb0IsU0FBUyxVQUFXLFFBQU8sS0FBSyxFQUFFLE1BQU0sa0RBQWtELE1BQU0sUUFBUSxDQUFDO0FBQzFJLFFBQUksU0FBVSxRQUFPLEtBQUssRUFBRSxNQUFNLFVBQVUsTUFBTSxRQUFRLENBQUM7QUFBQSxhQUNsRCxDQUFDLE1BQU8sUUFBTyxLQUFLLEVBQUUsTUFBTSx1Q0FBdUMsTUFBTSxRQUFRLENBQUM7QUFDM0YsUUFBSSxPQUFPLFVBQVUsQ0FBQyxPQUFPO0FBQzNCLFVBQUksTUFBTyxJQUFHLE9BQU8sTUFBTSxNQUFNLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFDaEQsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLGVBQWUsS0FBSyxPQUFPLEVBQUUsUUFBUSxNQUFNLEtBQUssQ0FBQztBQUFBLElBQzFEO0FBQ0EsUUFBSTtBQUNKLFFBQUk7QUFDRixpQkFBVyxNQUFNLElBQUksU0FBUyxRQUFRLFlBQVksSUFBSSxPQUFRO0FBQUEsUUFDNUQ7QUFBQSxRQUNBLGNBQWMsTUFBTTtBQUFBLFFBQ3BCLFVBQVUsTUFBTTtBQUFBLFFBQ2hCO0FBQUEsUUFDQSxXQUFXLElBQUksU0FBUyxhQUFhO0FBQUEsUUFDckMsU0FBUyxDQUFDLE1BQU0sSUFBSSxJQUFJLE1BQU0sR0FBRyw0QkFBNEI7QUFBQSxNQUMvRCxDQUFDO0FBQUEsSUFDSCxTQUFTLEdBQUc7QUFDVixVQUFJLEVBQUUsYUFBYSxnQkFBaUIsT0FBTTtBQUMxQyxZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sZUFBZSxLQUFLLE9BQU8sRUFBRSxRQUFRLENBQUMsRUFBRSxNQUFNLEVBQUUsU0FBUyxNQUFNLFFBQVEsQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDaEc7QUFDQSxXQUFPLE1BQU0sU0FBUyxZQUFZLFFBQVEsSUFBSSxHQUFHO0FBQUEsRUFDbkQsQ0FBQztBQUVELE1BQUksSUFBZ0MseUJBQXlCLEVBQUUsUUFBUSxFQUFFLFFBQVEsY0FBYyxjQUFjLEtBQUssRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQzNJLFVBQU0sS0FBSyxRQUFRLElBQUksT0FBTyxFQUFFO0FBQ2hDLFFBQUksT0FBTyxLQUFNLFFBQU8sTUFBTSxLQUFLLEdBQUcsRUFBRSxLQUFLLEVBQUUsT0FBTyxhQUFhLFNBQVMsdUNBQXVDLENBQUM7QUFDcEgsVUFBTSxJQUFJLE1BQU0sSUFBSSxTQUFTLFFBQVEsYUFBYSxJQUFJLE9BQVEsSUFBSSxFQUFFLGNBQWMsS0FBSyxDQUFDO0FBQ3hGLFFBQUksRUFBRSxXQUFXLFdBQVc7QUFDMUIsYUFBTyxFQUFFLFVBQVUsSUFBSSxRQUFRLFdBQVcsT0FBTyxFQUFFLE9BQU8sWUFBWSxhQUFhLEVBQUUsS0FBSyxHQUFHLFVBQVUsRUFBRSxVQUFVLFNBQVMsRUFBRSxRQUFRO0FBQUEsSUFDeEk7QUFDQSxXQUFPLEVBQUUsVUFBVSxJQUFJLFFBQVEsRUFBRSxRQUFRLE9BQU8sUUFBUSxZQUFZLEVBQUUsV0FBVyxjQUFjLGNBQWMsVUFBVSxVQUFVLEVBQUUsVUFBVSxTQUFTLElBQUk7QUFBQSxFQUM1SixDQUFDO0FBRUQsTUFBSSxJQUFnQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsUUFBUSxjQUFjLGNBQWMsS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDbEksVUFBTSxLQUFLLFFBQVEsSUFBSSxPQUFPLEVBQUU7QUFDaEMsUUFBSSxPQUFPLE1BQU07QUFDZixZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sTUFBTSxPQUFPLGFBQWEsRUFBRSxPQUFPLGtCQUFrQixTQUFTLHVDQUF1QyxDQUFDO0FBQUEsSUFDL0c7QUFDQSxVQUFNLElBQUksTUFBTSxJQUFJLFNBQVMsUUFBUSxjQUFjLElBQUksT0FBUSxFQUFFO0FBQ2pFLFFBQUksR0FBRztBQUNMLGFBQU8sTUFBTSxPQUFPLGNBQWM7QUFBQSxRQUNoQyxPQUFPLFVBQVUsRUFBRSxLQUFLLEVBQUUsUUFBUTtBQUFBLFFBQ2xDLFNBQVM7QUFBQSxRQUNULFVBQVU7QUFBQSxRQUNWLFVBQVUsRUFBRTtBQUFBLFFBQ1osV0FBVyxZQUFZLEVBQUUsSUFBSTtBQUFBLFFBQzdCLFlBQVksYUFBYSxFQUFFLEtBQUs7QUFBQSxRQUNoQyxVQUFVLEVBQUU7QUFBQSxRQUNaLFNBQVMsWUFBWSxDQUFDO0FBQUEsUUFDdEIsV0FBVyxDQUFDLEVBQUU7QUFBQSxNQUNoQixDQUFDO0FBQUEsSUFDSDtBQUNBLFVBQU0sTUFBTSxNQUFNLElBQUksU0FBUyxRQUFRLFVBQVUsSUFBSSxPQUFRLEVBQUU7QUFDL0QsVUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTLFFBQVEsYUFBYSxJQUFJLE9BQVEsRUFBRTtBQUNyRSxXQUFPLE1BQU0sT0FBTyxjQUFjLG1CQUFtQixLQUFLLFFBQVEsTUFBTSxJQUFJLFNBQVMsUUFBUSxhQUFhLElBQUksT0FBUSxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQzdILENBQUM7QUFFRCxNQUFJLElBQWdDLDJCQUEyQixFQUFFLFFBQVEsRUFBRSxRQUFRLGFBQWEsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3pILFVBQU0sS0FBSyxRQUFRLElBQUksT0FBTyxFQUFFO0FBQ2hDLFFBQUksT0FBTyxNQUFNO0FBQ2YsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyx1Q0FBdUMsQ0FBQztBQUFBLElBQy9HO0FBQ0EsVUFBTSxPQUFPLE1BQU0sSUFBSSxTQUFTLFFBQVEsa0JBQWtCLElBQUksT0FBUSxFQUFFO0FBQ3hFLFVBQU0sT0FBTyxLQUFLLFNBQVMsUUFBUSxvQkFBb0IsR0FBRztBQUMxRCxVQUFNLE9BQU8sdUJBQXVCLHlCQUF5QixJQUFJLEdBQUcsRUFBRSxLQUFLLHlCQUF5QjtBQUNwRyxXQUFPLE1BQU0sS0FBSyxLQUFLLE9BQU87QUFBQSxFQUNoQyxDQUFDO0FBR0QsTUFBSSxJQUEwQyxpQkFBaUIsRUFBRSxRQUFRLEVBQUUsUUFBUSxvQkFBb0IsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ2hJLFVBQU0sV0FBVyxJQUFJLE1BQU0sU0FBUyxRQUFRLElBQUksTUFBTSxNQUFNLElBQUk7QUFDaEUsVUFBTSxTQUFTLE1BQU0sSUFBSSxTQUFTLFFBQVEsWUFBWSxJQUFJLE9BQVEsV0FBVyxFQUFFLFNBQVMsSUFBSSxDQUFDLENBQUM7QUFDOUYsV0FBTyxNQUFNLE9BQU8sb0JBQW9CLGdCQUFnQixRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQzNFLENBQUM7QUFJRCxpQkFBZSxlQUFlLEtBQXFCLE9BQXFCLE9BQWdCLENBQUMsR0FBRztBQUMxRixVQUFNLEVBQUUsT0FBTyxPQUFPLElBQUksTUFBTSxJQUFJLFNBQVMsUUFBUSxnQkFBZ0IsSUFBSSxLQUFNO0FBQy9FLFdBQU8sTUFBTSxPQUFPLGtCQUFrQjtBQUFBLE1BQ3BDLE9BQU87QUFBQSxNQUNQLFFBQVEsS0FBSyxVQUFVLENBQUM7QUFBQSxNQUN4QixRQUFRLEtBQUs7QUFBQSxNQUNiLEdBQUcsZUFBZSxPQUFPLE1BQU07QUFBQSxJQUNqQyxDQUFDO0FBQUEsRUFDSDtBQUVBLE1BQUksSUFBd0MsZUFBZSxFQUFFLFFBQVEsRUFBRSxRQUFRLG9CQUFvQixFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDNUgsVUFBTSxTQUFTLEVBQUUsUUFBUSxnQ0FBZ0MsVUFBVSwyQ0FBMkMsVUFBVSw0REFBNEQsRUFBRSxJQUFJLE1BQU0sUUFBUSxFQUFFO0FBQzFNLFdBQU8sZUFBZSxLQUFLLE9BQU8sRUFBRSxPQUFPLENBQUM7QUFBQSxFQUM5QyxDQUFDO0FBRUQsUUFBTSxTQUFTLENBQStDLEtBQWEsTUFBYyxRQUN2RixJQUFJLEtBQTBDLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxvQkFBb0IsRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQ3BILFVBQU0sS0FBSyxRQUFRLElBQUksT0FBTyxFQUFFO0FBQ2hDLFFBQUksT0FBTyxNQUFNO0FBQ2YsWUFBTSxLQUFLLEdBQUc7QUFDZCxhQUFPLE1BQU0sT0FBTyxhQUFhLEVBQUUsT0FBTyxrQkFBa0IsU0FBUyxvQ0FBb0MsQ0FBQztBQUFBLElBQzVHO0FBQ0EsUUFBSTtBQUNGLFlBQU0sSUFBSSxLQUFLLEVBQUU7QUFBQSxJQUNuQixTQUFTLEdBQUc7QUFFVixVQUFJLEVBQUUsYUFBYSxpQkFBaUIsYUFBYSxtQkFBb0IsT0FBTTtBQUMzRSxZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sZUFBZSxLQUFLLE9BQU8sRUFBRSxRQUFRLENBQUMsRUFBRSxNQUFNLEVBQUUsU0FBUyxNQUFNLFNBQVMsRUFBRSxHQUFHLENBQUMsRUFBRSxDQUFDO0FBQUEsSUFDMUY7QUFDQSxXQUFPLE1BQU0sU0FBUyxvQkFBb0IsSUFBSSxJQUFJLEdBQUc7QUFBQSxFQUN2RCxDQUFDO0FBRUgsU0FBMkMseUJBQXlCLFVBQVUsT0FBTyxLQUFLLE9BQU87QUFDL0YsVUFBTSxJQUFJLFNBQVMsUUFBUSxlQUFlLElBQUksT0FBUSxFQUFFLGFBQWEsSUFBSSxjQUFjLE9BQU8sSUFBSSxNQUFNLElBQUksR0FBRyxRQUFRLElBQUksTUFBTSxVQUFVLEdBQUcsQ0FBQztBQUFBLEVBQ2pKLENBQUM7QUFDRCxTQUFPLGlDQUFpQyxZQUFZLENBQUMsS0FBSyxPQUFPLElBQUksU0FBUyxRQUFRLGlCQUFpQixJQUFJLE9BQVEsRUFBRSxhQUFhLEdBQUcsQ0FBQyxDQUFDO0FBQ3ZJLFNBQTRCLHVCQUF1QixZQUFZLENBQUMsS0FBSyxPQUFPLElBQUksU0FBUyxRQUFRLGNBQWMsSUFBSSxPQUFRLEVBQUUsU0FBUyxJQUFJLFNBQVMsSUFBSSxNQUFNLFVBQVUsSUFBSSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0FBQ3RMOyIsCiAgIm5hbWVzIjogW10KfQo=
