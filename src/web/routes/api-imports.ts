// An import's status in the JSON API (issue 18): its record and, while it
// runs, its progress, answered by any app node from the database (the node
// running it writes its progress there). Same service as `waymark
// import-status` and the import's page.
import type { FastifyInstance } from 'fastify';
import { nullable, problems } from '../api-schemas.js';

const importStatusSchema = {
  type: 'object',
  required: ['id', 'kind', 'fileName', 'sha256', 'status', 'mode', 'userLabel', 'startedAt', 'finishedAt', 'rowsRead', 'rowsAdded', 'rowsUpdated', 'rowsUnchanged', 'rowsRejected', 'message', 'progress'],
  properties: {
    id: { type: 'integer' },
    kind: { type: 'string' },
    fileName: { type: 'string' },
    sha256: { ...nullable('string'), description: 'null while the import runs on the node answering' },
    status: { type: 'string', enum: ['running', 'completed', 'failed'] },
    mode: { type: 'string', enum: ['all_or_nothing', 'partial'] },
    userLabel: nullable('string'),
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
    rowsRead: { type: 'integer' },
    rowsAdded: { type: 'integer' },
    rowsUpdated: { type: 'integer' },
    rowsUnchanged: { type: 'integer' },
    rowsRejected: { type: 'integer' },
    message: nullable('string'),
    progress: {
      type: ['object', 'null'],
      description: 'While the import runs: how far it has got, as the node running it last recorded (at most a second or two old). null once it has ended.',
      required: ['phase', 'rowsRead', 'bytesRead', 'totalBytes', 'percent'],
      properties: {
        phase: { type: 'string', enum: ['starting', 'reading', 'checking', 'storing', 'done'] },
        rowsRead: { type: 'integer' },
        bytesRead: { type: 'integer' },
        totalBytes: { type: 'integer' },
        percent: { type: 'integer', minimum: 0, maximum: 100 },
      },
    },
  },
} as const;

export function registerImportApiRoutes(app: FastifyInstance): void {
  app.get<{ Params: { id: number } }>(
    '/api/v1/imports/:id',
    {
      config: { access: 'import:run', duringImport: true },
      schema: {
        summary: "An import's record and, while it runs, its progress. Any app node answers it.",
        tags: ['imports'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        response: { 200: importStatusSchema, ...problems },
      },
    },
    async (req) => app.services.imports.importStatus(req.actor!, req.params.id),
  );
}
