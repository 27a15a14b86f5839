// Imports in the JSON API (SPEC 3.1): upload a partner extract (the file
// itself as text/csv or the XLSX type, or a multipart form with a `file`
// part) and it is checked and loaded in the background, with the same
// validation as the upload page, all or nothing unless `?partial=true`; the
// answer is 202 with the import's address, where its status, progress,
// counts and first problems are read. The same service functions as the
// upload page and `waymark import`.
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IMPORT_KINDS, type ImportKind } from '../../imports/kind-names.js';
import { InvalidInputError } from '../../errors.js';
import { STORE_GOOD_ROWS } from '../../imports/advice.js';
import { problems } from '../api-schemas.js';
import { cleanFileName, saveUpload, UploadRejected, type SavedUpload } from '../uploads.js';
import { arrayOf, bool, dateTimeN, importError, int, obj, orNull, str, strN } from '../api-documents.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RAW_TYPES = ['text/csv', XLSX_TYPE];

const kindParam = { type: 'string', enum: IMPORT_KINDS, description: 'What the file holds.' } as const;

const started = obj({
  importId: int,
  kind: kindParam,
  status: { type: 'string', const: 'running' },
  location: { type: 'string', description: 'Where its status is read (also the Location header).' },
});

const status = obj({
  importId: int,
  kind: str,
  fileName: str,
  mode: { type: 'string', enum: ['all_or_nothing', 'partial'] },
  status: { type: 'string', enum: ['running', 'completed', 'failed'] },
  runningElsewhere: { ...bool, description: 'Running by its record but not in the process that answered: in another, or stopped with it.' },
  phase: { type: 'string', enum: ['starting', 'reading', 'checking', 'storing', 'done'] },
  percent: { type: 'integer', minimum: 0, maximum: 100 },
  rowsRead: int,
  counts: orNull(obj({ added: int, updated: int, unchanged: int, rejected: int })),
  unknownOffenceCodes: {
    ...int,
    description: 'Rows stored with an offence code that is not a known Home Office code: kept as sent and flagged (SPEC 3.1). GET /api/v1/data-quality?import={importId} lists them (0 while the import runs).',
  },
  message: strN,
  startedAt: dateTimeN,
  finishedAt: dateTimeN,
  errors: arrayOf(importError),
});

/** The media type of a request, without its parameters. */
const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

export function registerImportApiRoutes(app: FastifyInstance): void {
  // The file itself as the body: handed to the route as the raw stream, which
  // saveUpload writes to a temporary file, checking and capping it as it goes.
  // Only the import addresses take a file as the body; anywhere else it is refused as 415.
  app.addContentTypeParser(RAW_TYPES, (req, payload, done) => {
    if (req.routeOptions.url?.startsWith('/api/v1/imports/')) return done(null, payload);
    done(Object.assign(new Error(`This address does not take ${req.headers['content-type']}.`), { statusCode: 415 }), undefined);
  });
  const limit = () => app.deps.config.uploadLimitBytes;

  async function receive(req: FastifyRequest<{ Params: { kind: ImportKind }; Querystring: { fileName?: string } }>): Promise<SavedUpload> {
    const kind = req.params.kind;
    try {
      if (req.isMultipart()) {
        let saved: SavedUpload | null = null;
        try {
          for await (const part of req.parts()) {
            if (part.type === 'field') continue;
            if (part.fieldname !== 'file' || saved) {
              part.file.resume();
              continue;
            }
            saved = await saveUpload(part, limit(), app.services.imports.uploadPath);
          }
        } catch (e) {
          if (saved) fs.rmSync(saved.path, { force: true });
          if ((e as { code?: string })?.code === 'FST_REQ_FILE_TOO_LARGE') throw new UploadRejected(`The file is larger than ${Math.round(limit() / 1024 / 1024)} MB, the largest file this service accepts`);
          throw e;
        }
        if (!saved) throw new UploadRejected('Send the file in a part named "file"');
        return saved;
      }
      const type = mediaType(req.headers['content-type']);
      if (!RAW_TYPES.includes(type) || !req.body || typeof (req.body as Readable).pipe !== 'function') {
        throw new UploadRejected(`Send the file as the body with Content-Type text/csv or ${XLSX_TYPE}, or as multipart/form-data with a "file" part`);
      }
      const ext = type === 'text/csv' ? '.csv' : '.xlsx';
      const given = req.query.fileName ? cleanFileName(req.query.fileName) : `${kind}${ext}`;
      const fileName = path.extname(given).toLowerCase() === ext ? given : `${given}${ext}`;
      return await saveUpload({ filename: fileName, file: req.body as Readable }, limit(), app.services.imports.uploadPath);
    } catch (e) {
      if (e instanceof UploadRejected) throw new InvalidInputError(`${e.message}.`, { field: 'file' });
      throw e;
    }
  }

  app.post<{ Params: { kind: ImportKind }; Querystring: { partial?: boolean; fileName?: string } }>(
    '/api/v1/imports/:kind',
    {
      config: { access: 'import:run' },
      schema: {
        summary: 'Uploads a partner extract and starts its import in the background: 202 with its address (Location), where the status is read.',
        description:
          'Send the file as the body (Content-Type text/csv, UTF-8, or the XLSX type) or as multipart/form-data with a part named "file". ' +
          'The rows are checked as on the upload page; by default one problem rejects the whole file (all or nothing); with `partial=true` good rows are stored and bad ones reported.',
        tags: ['imports'],
        consumes: ['text/csv', XLSX_TYPE, 'multipart/form-data'],
        params: { type: 'object', required: ['kind'], properties: { kind: kindParam } },
        querystring: {
          type: 'object',
          properties: {
            partial: { type: 'boolean', description: 'Store the good rows and report the bad (default: all or nothing).' },
            fileName: { type: 'string', maxLength: 200, description: 'The name to record for a file sent as the body.' },
          },
        },
        response: { 202: started, ...problems },
      },
    },
    async (req, reply) => {
      const kind = req.params.kind;
      const saved = await receive(req);
      const importId = await app.services.imports.startImport(req.actor!, {
        kind,
        uploadedPath: saved.path,
        fileName: saved.fileName,
        mode: req.query.partial ? 'partial' : 'all_or_nothing',
        sessionId: req.session?.sessionId ?? null,
        onCrash: (e) => req.log.error(e, 'import failed unexpectedly'),
      });
      const location = `/api/v1/imports/${kind}/${importId}`;
      return reply.code(202).header('location', location).send({ importId, kind, status: 'running', location });
    },
  );

  app.get<{ Params: { kind: ImportKind; id: number } }>(
    '/api/v1/imports/:kind/:id',
    {
      config: { access: 'import:run' },
      schema: {
        summary: "An import's status: running (with its phase and progress), completed or failed, its counts, and its first problems by file, row and field.",
        description: 'A rejected value is shown only to the user who ran the import; others see the row, the field and what is wrong.',
        tags: ['imports'],
        params: { type: 'object', required: ['kind', 'id'], properties: { kind: kindParam, id: { type: 'integer', minimum: 1, maximum: 2147483647 } } },
        response: { 200: status, ...problems },
      },
    },
    async (req, reply) => {
      const s = await app.services.imports.importStatus(req.actor!, req.params.id, { kind: req.params.kind, storeGoodRows: STORE_GOOD_ROWS.api });
      if (s.status === 'running') reply.header('retry-after', '2');
      return s;
    },
  );
}
