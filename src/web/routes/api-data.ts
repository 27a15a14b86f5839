// Data quality and possible duplicates in the JSON API (SPEC 3.1): the
// data-quality report (a document: each check's count and first examples,
// and the unrecognised offence codes), and the possible duplicates to review
// a page at a time. The same service functions as the web pages; people the
// caller may not see are left out, and every list is logged.
import type { FastifyInstance } from 'fastify';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { arrayOf, date, int, intN, obj, str } from '../api-documents.js';

const CHECKS = [
  'missing_pnc',
  'area_outside_partnership',
  'offence_after_outcome',
  'birth_after_offence',
  'birth_after_arrest',
  'expected_release_before_reception',
  'overlapping_custody',
  'unknown_offence_codes',
] as const;

const quality = obj({
  importId: intN,
  checks: arrayOf(obj({ key: { type: 'string', enum: CHECKS }, label: str, count: int, examples: arrayOf(obj({ personId: int, personRef: str, name: str })) })),
  unknownCodes: arrayOf(obj({ code: str, count: int })),
});

const duplicatePerson = obj({ personId: int, personRef: str, familyName: str, givenNames: str, dateOfBirth: date, identifiers: arrayOf(obj({ kind: str, value: str })) });
const duplicate = obj({
  id: int,
  reason: str,
  status: { type: 'string', enum: ['open', 'merged', 'not_duplicate'] },
  importId: intN,
  person: duplicatePerson,
  other: duplicatePerson,
});

export function registerDataApiRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { import?: number } }>(
    '/api/v1/data-quality',
    {
      config: { access: 'data-quality:view' },
      schema: {
        summary: 'The data-quality report: for each check, how many records fail it and the first people concerned (those you may see); and the unrecognised offence codes, most frequent first.',
        tags: ['imports'],
        querystring: { type: 'object', properties: { import: { type: 'integer', minimum: 1, description: 'Only the rows this import stored or changed.' } } },
        response: { 200: quality, ...problems },
      },
    },
    async (req) => app.services.imports.dataQuality(req.actor!, req.query.import ? { importId: req.query.import } : {}),
  );

  app.get<{ Querystring: { status?: 'open' | 'merged' | 'not_duplicate'; cursor?: string; limit?: number } }>(
    '/api/v1/duplicates',
    {
      config: { access: 'duplicates:review' },
      schema: {
        summary: 'Possible duplicates, in the order found: pairs of records that may be one person, with their identifiers. A pair with a restricted person you are not named on is left out whole. Logged naming everyone on the page.',
        tags: ['imports'],
        querystring: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'merged', 'not_duplicate'], description: 'Default: open.' }, ...pageQueryProperties } },
        response: { 200: pageSchema('duplicates', duplicate), ...problems },
      },
    },
    async (req) => {
      const page = await app.services.imports.possibleDuplicatesPage(req.actor!, { status: req.query.status, cursor: req.query.cursor, limit: req.query.limit });
      return { duplicates: page.items, next: page.next };
    },
  );
}
