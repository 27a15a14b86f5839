// Schemes in the JSON API (SPEC 3.2): the list a page at a time, and one
// scheme with its members, capacity, balance and structure on an "as of"
// date. The same service functions as the scheme pages; the member list is
// logged as on the web, and shows only the members the caller may see.
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { pageQueryProperties, pageSchema, problems } from '../api-schemas.js';
import { arrayOf, bool, date, dateN, int, intN, obj, str, strN, strings } from '../api-documents.js';

const schemeItem = obj({ code: str, name: str, capacity: intN, members: int });

const member = obj({
  personId: int,
  personRef: str,
  name: str,
  tier: strN,
  startDate: date,
  yearsOnScheme: int,
  areaName: strN,
  inCustody: bool,
  custodySentenceDays: intN,
  expectedReleaseDate: dateN,
});

const schemeDocument = obj({
  code: str,
  name: str,
  description: strN,
  capacity: intN,
  asOf: date,
  areas: strings,
  members: arrayOf(member),
  balance: obj({ total: int, inCommunity: int, inCustody: int, custodyOver12Months: int, custodyUnder12Months: int, custodyUnknownLength: int }),
  yearsOnScheme: arrayOf(obj({ band: str, count: int })),
  byArea: arrayOf(obj({ area: str, count: int })),
  tiers: arrayOf(obj({ code: str, name: str, rank: int })),
  strands: arrayOf(obj({ code: str, name: str })),
});

const asOfQuery = { asOf: { type: 'string', format: 'date', description: "The date the figures are for (default: the partnership's today)." } } as const;

export function registerSchemeApiRoutes(app: FastifyInstance): void {
  const asOfOf = async (req: { actor: Actor | null }, raw: string | undefined) => (raw ? requireIsoDate(raw, 'The as-of date', 'asOf') : app.services.partnerships.today(req.actor!));

  app.get<{ Querystring: { asOf?: string; cursor?: string; limit?: number } }>(
    '/api/v1/schemes',
    {
      config: { access: 'scheme:view' },
      schema: {
        summary: 'The schemes, by code, with their capacity and the number of members you may see on the date.',
        tags: ['schemes'],
        querystring: { type: 'object', properties: { ...asOfQuery, ...pageQueryProperties } },
        response: { 200: pageSchema('schemes', schemeItem), ...problems },
      },
    },
    async (req) => {
      const asOf = await asOfOf(req, req.query.asOf);
      const page = await app.services.schemes.listPage(req.actor!, { asOf, cursor: req.query.cursor, limit: req.query.limit });
      return { schemes: page.items, next: page.next };
    },
  );

  app.get<{ Params: { code: string }; Querystring: { asOf?: string } }>(
    '/api/v1/schemes/:code',
    {
      config: { access: 'scheme:view' },
      schema: {
        summary: "One scheme on a date: its members (those you may see), capacity, community/custody balance, years on the scheme, areas, tiers and strands. The member list is logged as a consultation.",
        tags: ['schemes'],
        params: { type: 'object', required: ['code'], properties: { code: { type: 'string', minLength: 1, maxLength: 20 } } },
        querystring: { type: 'object', properties: asOfQuery },
        response: { 200: schemeDocument, ...problems },
      },
    },
    async (req) => {
      const actor = req.actor!;
      const asOf = await asOfOf(req, req.query.asOf);
      const page = await app.services.schemes.page(actor, req.params.code, asOf);
      const structure = await app.services.schemes.structure(actor, req.params.code);
      return { ...page, tiers: structure.tiers, strands: structure.strands };
    },
  );
}
