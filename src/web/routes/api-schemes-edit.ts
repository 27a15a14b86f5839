// Editing schemes through the JSON API (SPEC 3.2, 3.3; issue 17): the
// selection matrix's versions (as `waymark matrix show|set` and the matrix
// page), adding a scheme (as `waymark scheme add` and the schemes page), and
// the structure the scheme page edits: capacity, tiers and strands.
// The same service functions as the pages and the CLI, with the same
// permissions: reading the matrix is for those who run selections, saving a
// version and changing the structure for scheme managers and administrators.
import type { FastifyInstance } from 'fastify';
import type { MatrixVersion } from '../../selection/service.js';
import { problems } from '../api-schemas.js';
import { arrayOf, dateTimeN, int, intN, obj, str, strN } from '../api-documents.js';
import { expectedVersion, sendEtag } from '../etag.js';

const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 20 } } } as const;

const matrixConfig = {
  type: 'object',
  additionalProperties: true,
  description: 'The matrix settings, as `waymark matrix show` prints them (frequency windows, recency, gravity, drugs, OGRS3, release, supervision, neighbourhood crime...). On a PUT, settings left out keep their default.',
} as const;
const versionHead = obj({ version: int, note: strN, createdBy: strN, createdAt: dateTimeN });
const matrixDocument = obj({
  schemeCode: str,
  version: { type: 'integer', description: '0 for the built-in default, when no version has been saved.' },
  note: strN,
  createdBy: strN,
  createdAt: dateTimeN,
  config: matrixConfig,
  versions: arrayOf(versionHead),
});
const structure = obj({
  code: str,
  name: str,
  capacity: intN,
  tiers: arrayOf(obj({ code: str, name: str, rank: int })),
  strands: arrayOf(obj({ code: str, name: str })),
});

/** The ETag of a matrix version: its stored row and version number (the default, never saved, is row 0). */
const MATRIX_ETAG = 'matrix';
const matrixEtagId = (m: Pick<MatrixVersion, 'id'>) => m.id ?? 0;

export function registerSchemeEditApiRoutes(app: FastifyInstance): void {
  const selection = () => app.services.selection;
  const schemes = () => app.services.schemes;

  app.get<{ Params: { code: string }; Querystring: { version?: number } }>(
    '/api/v1/schemes/:code/matrix',
    {
      config: { access: 'selection:run' },
      schema: {
        summary: "A scheme's selection matrix: the latest version (or the one named) with its settings, and the list of its versions. The ETag names the version, for If-Match on a PUT.",
        tags: ['selection'],
        params: codeParams,
        querystring: { type: 'object', properties: { version: { type: 'integer', minimum: 0, description: 'A version to read (default: the latest).' } } },
        response: { 200: matrixDocument, ...problems },
      },
    },
    async (req, reply) => {
      const [m, versions] = await Promise.all([
        selection().getMatrix(req.actor!, { schemeCode: req.params.code, version: req.query.version }),
        selection().listMatrixVersions(req.actor!, { schemeCode: req.params.code }),
      ]);
      if (req.query.version === undefined) sendEtag(reply, MATRIX_ETAG, matrixEtagId(m), m.version);
      return { ...m, versions: versions.map((v) => ({ version: v.version, note: v.note, createdBy: v.createdBy, createdAt: v.createdAt })) };
    },
  );

  app.put<{ Params: { code: string }; Body: { config: Record<string, unknown>; note?: string | null } }>(
    '/api/v1/schemes/:code/matrix',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Saves a new version of a scheme's selection matrix (earlier versions are kept: runs name the version they used). Every problem is named by its setting's path. If-Match with the ETag of the version the edit was drawn from is optional; stale, it is refused with 412.",
        tags: ['selection'],
        params: codeParams,
        body: { type: 'object', required: ['config'], additionalProperties: false, properties: { config: matrixConfig, note: { type: ['string', 'null'], maxLength: 500 } } },
        response: { 201: matrixDocument, ...problems },
      },
    },
    async (req, reply) => {
      const actor = req.actor!;
      const current = await selection().getMatrix(actor, { schemeCode: req.params.code });
      const expected = expectedVersion(req, MATRIX_ETAG, matrixEtagId(current));
      const saved = await selection().createMatrixVersion(actor, { schemeCode: req.params.code, config: req.body.config, note: req.body.note?.trim() || null, expectedVersion: expected });
      const versions = await selection().listMatrixVersions(actor, { schemeCode: req.params.code });
      sendEtag(reply, MATRIX_ETAG, matrixEtagId(saved), saved.version);
      reply.code(201).header('location', `/api/v1/schemes/${encodeURIComponent(saved.schemeCode)}/matrix?version=${saved.version}`);
      return { ...saved, versions: versions.map((v) => ({ version: v.version, note: v.note, createdBy: v.createdBy, createdAt: v.createdAt })) };
    },
  );

  app.post<{ Body: { code: string; name: string; capacity?: number | null; areaCodes?: string[]; description?: string | null } }>(
    '/api/v1/schemes',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Adds a scheme (as `waymark scheme add` and the schemes page): its code, name, capacity (null or left out: no limit) and the area codes it covers (none: the partnership's). Answers 201 with the scheme's structure and its Location. A code already used answers 409.",
        tags: ['schemes'],
        body: {
          type: 'object',
          required: ['code', 'name'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', minLength: 1, maxLength: 20, description: 'Short code, e.g. PPO: letters, digits, - or _ (stored in capitals).' },
            name: { type: 'string', minLength: 1, maxLength: 200 },
            capacity: { type: ['integer', 'null'], description: 'How many people the scheme can take.' },
            areaCodes: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 40 }, maxItems: 500, description: 'The codes of the areas the scheme covers.' },
            description: { type: ['string', 'null'], maxLength: 2000 },
          },
        },
        response: { 201: structure, ...problems },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const added = await schemes().add(req.actor!, { code: b.code, name: b.name, capacity: b.capacity ?? null, areaCodes: b.areaCodes ?? [], description: b.description ?? null });
      const made = await schemes().structure(req.actor!, added.code);
      reply.code(201).header('location', `/api/v1/schemes/${encodeURIComponent(made.code)}`);
      return made;
    },
  );

  app.patch<{ Params: { code: string }; Body: { capacity: number | null } }>(
    '/api/v1/schemes/:code',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Changes a scheme's capacity (null: no capacity). Answers the scheme's structure.",
        tags: ['schemes'],
        params: codeParams,
        body: { type: 'object', required: ['capacity'], additionalProperties: false, properties: { capacity: { type: ['integer', 'null'] } } },
        response: { 200: structure, ...problems },
      },
    },
    async (req) => {
      await schemes().setCapacity(req.actor!, { schemeCode: req.params.code, capacity: req.body.capacity });
      return schemes().structure(req.actor!, req.params.code);
    },
  );

  app.post<{ Params: { code: string }; Body: { code: string; name: string; rank: number } }>(
    '/api/v1/schemes/:code/tiers',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: 'Adds a tier to a scheme: rank 1 is the most intensive. Answers the scheme\'s structure.',
        tags: ['schemes'],
        params: codeParams,
        body: { type: 'object', required: ['code', 'name', 'rank'], additionalProperties: false, properties: { code: str, name: str, rank: int } },
        response: { 201: structure, ...problems },
      },
    },
    async (req, reply) => {
      await schemes().addTier(req.actor!, { schemeCode: req.params.code, code: req.body.code, name: req.body.name, rank: req.body.rank });
      reply.code(201);
      return schemes().structure(req.actor!, req.params.code);
    },
  );

  app.post<{ Params: { code: string }; Body: { code: string; name: string } }>(
    '/api/v1/schemes/:code/strands',
    {
      config: { access: 'scheme:manage' },
      schema: {
        summary: "Adds a strand (a strand of work within the scheme, such as 'Catch and convict'). Answers the scheme's structure.",
        tags: ['schemes'],
        params: codeParams,
        body: { type: 'object', required: ['code', 'name'], additionalProperties: false, properties: { code: str, name: str } },
        response: { 201: structure, ...problems },
      },
    },
    async (req, reply) => {
      await schemes().addStrand(req.actor!, { schemeCode: req.params.code, code: req.body.code, name: req.body.name });
      reply.code(201);
      return schemes().structure(req.actor!, req.params.code);
    },
  );
}
