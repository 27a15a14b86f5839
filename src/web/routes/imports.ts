// Imports on the web (SPEC 3.1): the upload page with the record of past
// imports, an import's progress and result, its error file, the data-quality
// page, and the review list of possible duplicates.
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfTokenMatches } from '../csrf.js';
import { saveUpload, UploadRejected, type SavedUpload } from '../uploads.js';
import { IMPORT_KINDS, isImportKind, type ImportKind } from '../../imports/kind-names.js';
import type { ImportMode } from '../../imports/import-file.js';
import { percentDone } from '../../imports/progress.js';
import { STORE_GOOD_ROWS } from '../../imports/advice.js';
import { ConflictError, ForbiddenError, InvalidInputError } from '../../errors.js';
import { dataQualityView, duplicatesView, finishedImportView, importFormatsView, importRow, KIND_LABELS, PHASE_LABELS } from '../view-models/imports.js';

function idParam(s: string): number | null {
  const n = Number(s);
  return /^\d{1,9}$/.test(s) && n > 0 ? n : null;
}

export function registerImportRoutes(app: FastifyInstance): void {
  type FormState = { errors?: { text: string; href: string }[]; kind?: string; mode?: string };
  async function showUploadPage(req: FastifyRequest, reply: FastifyReply, form: FormState = {}) {
    const imports = await app.services.imports.listImports(req.actor!, { limit: 50 });
    const fieldErrors: Record<string, string> = {};
    for (const e of form.errors ?? []) fieldErrors[e.href.slice(1)] = e.text;
    return reply.render('imports.njk', {
      title: 'Imports',
      errors: form.errors ?? [],
      fieldErrors,
      kind: form.kind ?? '',
      mode: form.mode ?? 'all_or_nothing',
      kinds: IMPORT_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k], selected: form.kind === k })),
      limitMb: Math.round(app.deps.config.uploadLimitBytes / 1024 / 1024),
      rows: imports.map(importRow),
    });
  }

  app.get('/imports', { config: { access: 'import:run' } }, async (req, reply) => showUploadPage(req, reply));

  // Each kind's columns, from the importer's own definitions; it names no one, but only those who import need it.
  app.get('/imports/formats', { config: { access: 'import:run' } }, async (_req, reply) => reply.render('import-formats.njk', importFormatsView(app.services.imports.formats())));

  app.post('/imports', { config: { access: 'import:run', csrf: 'in-handler' } }, async (req, reply) => {
    if (!req.isMultipart()) {
      // A urlencoded post has already passed the CSRF check; it can carry no file.
      reply.code(400);
      return showUploadPage(req, reply, { errors: [{ text: 'Select a CSV or XLSX file to import', href: '#file' }] });
    }
    const fields: Record<string, string> = {};
    let saved: SavedUpload | null = null;
    let rejected: string | null = null;
    let csrfRefused = false;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        // The token must come before the file (the form puts it first) or in
        // the x-csrf-token header, so nothing is written for a forged request.
        if (!csrfTokenMatches(req, fields._csrf)) {
          csrfRefused = true;
          part.file.resume();
          continue;
        }
        if (part.fieldname !== 'file' || saved || rejected) {
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
    } catch (e: any) {
      if (saved) fs.rmSync(saved.path, { force: true });
      saved = null;
      if (e?.code === 'FST_REQ_FILE_TOO_LARGE') rejected = `The file is larger than ${Math.round(app.deps.config.uploadLimitBytes / 1024 / 1024)} MB, the largest file this service accepts`;
      else if (e?.statusCode === 413 || e?.statusCode === 400) rejected = 'The upload could not be read. Choose one CSV or XLSX file and try again';
      else throw e;
    }
    if (csrfRefused || !csrfTokenMatches(req, fields._csrf)) {
      if (saved) fs.rmSync(saved.path, { force: true });
      reply.code(403);
      return reply.render('error.njk', { title: 'The form had expired', message: 'Go back, reload the page and try again.' });
    }
    const errors: { text: string; href: string }[] = [];
    const kind = fields.kind ?? '';
    const mode = fields.mode ?? '';
    if (!isImportKind(kind)) errors.push({ text: 'Select what the file holds', href: '#kind' });
    if (mode !== 'all_or_nothing' && mode !== 'partial') errors.push({ text: 'Select what to do with rows that have problems', href: '#mode' });
    if (rejected) errors.push({ text: rejected, href: '#file' });
    else if (!saved) errors.push({ text: 'Select a CSV or XLSX file to import', href: '#file' });
    if (errors.length || !saved) {
      if (saved) fs.rmSync(saved.path, { force: true });
      reply.code(400);
      return showUploadPage(req, reply, { errors, kind, mode });
    }
    let importId: number;
    try {
      importId = await app.services.imports.startImport(req.actor!, {
        kind: kind as ImportKind,
        uploadedPath: saved.path,
        fileName: saved.fileName,
        mode: mode as ImportMode,
        sessionId: req.session?.sessionId ?? null,
        onCrash: (e) => req.log.error(e, 'import failed unexpectedly'),
      });
    } catch (e) {
      if (!(e instanceof ForbiddenError)) throw e;
      reply.code(403);
      return showUploadPage(req, reply, { errors: [{ text: e.message, href: '#kind' }], kind, mode });
    }
    return reply.redirect(`/imports/${importId}`, 303);
  });

  app.get<{ Params: { id: string } }>('/imports/:id/progress', { config: { access: 'import:run', duringImport: true } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) return reply.code(404).send({ error: 'not_found', message: 'There is no import with this number.' });
    const s = await app.services.imports.importStatus(req.actor!, id, { progressOnly: true, storeGoodRows: STORE_GOOD_ROWS.web });
    if (s.status === 'running') {
      return { importId: id, status: 'running', phase: s.phase, phaseLabel: PHASE_LABELS[s.phase], rowsRead: s.rowsRead, percent: s.percent };
    }
    return { importId: id, status: s.status, phase: 'done', phaseLabel: s.status === 'completed' ? 'Completed' : 'Failed', rowsRead: s.rowsRead, percent: 100 };
  });

  app.get<{ Params: { id: string } }>('/imports/:id', { config: { access: 'import:run', duringImport: true } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) {
      reply.code(404);
      return reply.render('error.njk', { title: 'Page not found', message: 'There is no import with this number.' });
    }
    const r = await app.services.imports.runningImport(req.actor!, id);
    if (r) {
      return reply.render('import.njk', {
        title: `Import ${id}: ${r.fileName}`,
        running: true,
        importId: id,
        fileName: r.fileName,
        kindLabel: KIND_LABELS[r.kind],
        phaseLabel: PHASE_LABELS[r.phase],
        rowsRead: r.rowsRead,
        percent: percentDone(r),
        elsewhere: !r.here,
      });
    }
    const rec = await app.services.imports.getImport(req.actor!, id);
    const errors = await app.services.imports.importErrors(req.actor!, id);
    return reply.render('import.njk', finishedImportView(rec, errors, await app.services.imports.hasErrorFile(req.actor!, rec)));
  });

  app.get<{ Params: { id: string } }>('/imports/:id/errors.csv', { config: { access: 'import:run' } }, async (req, reply) => {
    const id = idParam(req.params.id);
    if (id === null) {
      reply.code(404);
      return reply.render('error.njk', { title: 'Page not found', message: 'There is no import with this number.' });
    }
    const file = await app.services.imports.downloadErrorFile(req.actor!, id);
    const safe = file.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
    reply.header('content-disposition', `attachment; filename="${safe}"`).type('text/csv; charset=utf-8');
    return reply.send(file.content);
  });

  // ---------------------------------------------------------------- data quality
  app.get<{ Querystring: { import?: string } }>('/data-quality', { config: { access: 'data-quality:view' } }, async (req, reply) => {
    const importId = req.query.import ? idParam(req.query.import) : null;
    const report = await app.services.imports.dataQuality(req.actor!, importId ? { importId } : {});
    return reply.render('data-quality.njk', dataQualityView(report, importId));
  });

  // ---------------------------------------------------------------- possible duplicates
  type DupForm = { errors?: { text: string; href: string }[]; banner?: string };
  async function showDuplicates(req: FastifyRequest, reply: FastifyReply, form: DupForm = {}) {
    const { pairs, merges } = await app.services.imports.duplicateReview(req.actor!);
    return reply.render('duplicates.njk', {
      title: 'Possible duplicates',
      errors: form.errors ?? [],
      banner: form.banner,
      ...duplicatesView(pairs, merges),
    });
  }

  app.get<{ Querystring: { done?: string } }>('/duplicates', { config: { access: 'duplicates:review' } }, async (req, reply) => {
    const banner = { merged: 'The two records were merged.', separate: 'The pair was marked as not a duplicate.', unmerged: 'The merge was undone: the two records are separate again.' }[req.query.done ?? ''];
    return showDuplicates(req, reply, { banner });
  });

  const decide = <B extends Record<string, string | undefined>>(url: string, done: string, act: (req: FastifyRequest<{ Params: { id: string }; Body: B }>, id: number) => Promise<void>) =>
    app.post<{ Params: { id: string }; Body: B }>(url, { config: { access: 'duplicates:review' } }, async (req, reply) => {
      const id = idParam(req.params.id);
      if (id === null) {
        reply.code(404);
        return reply.render('error.njk', { title: 'Page not found', message: 'There is nothing at this address.' });
      }
      try {
        await act(req, id);
      } catch (e) {
        // A refused decision shows on the review page, whatever its kind.
        if (!(e instanceof ConflictError || e instanceof InvalidInputError)) throw e;
        reply.code(409);
        return showDuplicates(req, reply, { errors: [{ text: e.message, href: `#pair-${id}` }] });
      }
      return reply.redirect(`/duplicates?done=${done}`, 303);
    });

  decide<{ keep?: string; reason?: string }>('/duplicates/:id/merge', 'merged', async (req, id) => {
    await app.services.imports.mergeDuplicate(req.actor!, { duplicateId: id, keepPersonId: Number(req.body?.keep), reason: req.body?.reason ?? '' });
  });
  decide('/duplicates/:id/not-duplicate', 'separate', (req, id) => app.services.imports.markNotDuplicate(req.actor!, { duplicateId: id }));
  decide<{ reason?: string }>('/merges/:id/unmerge', 'unmerged', (req, id) => app.services.imports.unmergePeople(req.actor!, { mergeId: id, reason: (req.body?.reason ?? '').trim() }));
}
