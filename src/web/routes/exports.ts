// The doors onto the one export service (src/exports/service.ts):
//   GET /exports/:kind?format=csv|xlsx&<the list's parameters>          a download link on each list's page
//   GET /api/v1/exports/:kind?format=csv|xlsx&<the list's parameters>   the API (issue 17)
//   GET /api/v1/exports                                                 the kinds and their parameters
// Who may export which kind is the service's to say (a board member: tables of
// figures only), so the routes admit every signed-in user and the service refuses.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { problems } from '../api-schemas.js';
import { ALL_PARAMS, EXPORT_KINDS } from '../../exports/kinds.js';
import { CONTENT_TYPES } from '../../exports/cells.js';
import type { Actor } from '../../access/actor.js';

type Query = Record<string, string | undefined>;

function send(reply: FastifyReply, file: { fileName: string; contentType: string; body: Buffer }) {
  return reply.header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').type(file.contentType).send(file.body);
}

const fileContent = {
  description: 'The file: a header row, then one row per line of the list; every text cell beginning = + - @, a tab or a carriage return has a leading apostrophe.',
  content: {
    [CONTENT_TYPES.csv.split(';')[0]!]: { schema: { type: 'string' } },
    [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
  },
} as const;

const kindSchema = {
  type: 'object',
  required: ['kind', 'label', 'figuresOnly', 'permission', 'params', 'page'],
  properties: {
    kind: { type: 'string' },
    label: { type: 'string' },
    figuresOnly: { type: 'boolean' },
    permission: { type: 'string' },
    page: { type: 'string' },
    params: {
      type: 'array',
      items: { type: 'object', required: ['name', 'description'], properties: { name: { type: 'string' }, required: { type: 'boolean' }, description: { type: 'string' } } },
    },
  },
} as const;

export function registerExportRoutes(app: FastifyInstance): void {
  async function exportFile(actor: Actor, kind: string, q: Query, destination: string, reply: FastifyReply) {
    const { format, justification, ...params } = q;
    const exports = app.services.exports;
    if (exports.isImportKind(kind)) {
      // The import kinds, in their import format, as `waymark export KIND FILE` writes them.
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      const r = await exports.importKind(actor, { kind, format: format ?? '', out, destination, justification });
      out.end();
      return send(reply, { fileName: r.fileName, contentType: r.contentType, body: Buffer.concat(chunks) });
    }
    return send(reply, await exports.list(actor, { kind, format: format ?? '', params, destination, justification }));
  }

  app.get<{ Params: { kind: string }; Querystring: Query }>('/exports/:kind', { config: { access: 'signed-in' } }, async (req, reply) =>
    exportFile(req.actor!, req.params.kind, req.query, 'a download from the web', reply),
  );

  app.get(
    '/api/v1/exports',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'The lists that export, with their parameters, and the import kinds that export in their import format.',
        tags: ['exports'],
        response: {
          200: {
            type: 'object',
            required: ['lists', 'importKinds'],
            properties: { lists: { type: 'array', items: kindSchema }, importKinds: { type: 'array', items: { type: 'string' } } },
          },
          ...problems,
        },
      },
    },
    async () => ({ lists: app.services.exports.kinds(), importKinds: EXPORT_KINDS.filter((k) => app.services.exports.isImportKind(k)) }),
  );

  app.get<{ Params: { kind: string }; Querystring: Query }>(
    '/api/v1/exports/:kind',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'A list as a CSV or XLSX file, drawn as its page draws it, logged as a disclosure.',
        description:
          'kind is a list (pool, selection-run, panel-minutes, scheme-members, caseload, watch-list, alerts, ni30, ni38, reoffending, concentration, drr, disproportionality; ' +
          'GET /api/v1/exports lists each with its parameters) or an import kind (people, outcomes, ...), which exports in its import format for administrators. ' +
          'A list of people is logged as a disclosure naming everyone in the file and needs an information-sharing agreement in force; a restricted record is in it only with a justification. ' +
          'A table of figures is logged as a disclosure of figures; board members may export these only.',
        tags: ['exports'],
        params: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: [...EXPORT_KINDS] } } },
        querystring: {
          type: 'object',
          required: ['format'],
          properties: {
            format: { type: 'string', enum: ['csv', 'xlsx'] },
            justification: { type: 'string', maxLength: 1000, description: 'Why the file is needed (the audit log keeps it); a restricted record is in the file only with one.' },
            ...Object.fromEntries(ALL_PARAMS.map((p) => [p, { type: 'string', maxLength: 200 }])),
          },
        },
        response: { 200: fileContent, ...problems },
      },
    },
    async (req, reply) => exportFile(req.actor!, req.params.kind, req.query, 'the API', reply),
  );
}
