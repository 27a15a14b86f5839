// Schemes: the list, and each scheme's page.
import type { FastifyInstance } from 'fastify';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { ConflictError, InvalidInputError } from '../../errors.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { schemeListRows, schemePageTables } from '../view-models/schemes.js';

export function registerSchemeRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { asOf?: string } }>('/schemes', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const asOf = req.query.asOf ? requireIsoDate(req.query.asOf, 'The as-of date', 'asOf') : await app.services.partnerships.today(actor);
    const schemes = await app.services.schemes.list(actor, asOf);
    return reply.render('schemes.njk', { title: 'Schemes', asOf, rows: schemeListRows(schemes) });
  });

  app.get<{ Params: { code: string }; Querystring: { asOf?: string; changed?: string } }>('/schemes/:code', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const banner = req.query.changed === 'tier' ? 'Tier added.' : req.query.changed === 'strand' ? 'Strand added.' : req.query.changed === 'capacity' ? 'Capacity changed.' : undefined;
    return showScheme(req.actor!, req.params.code, req.query.asOf, reply, { banner });
  });

  type Form = { errors?: { text: string; href: string }[]; values?: Record<string, string | undefined>; banner?: string };
  async function showScheme(actor: Actor, code: string, asOfParam: string | undefined, reply: FastifyReply, form: Form = {}) {
    const asOf = asOfParam ? requireIsoDate(asOfParam, 'The as-of date', 'asOf') : await app.services.partnerships.today(actor);
    const page = await app.services.schemes.page(actor, code, asOf);
    const structure = await app.services.schemes.structure(actor, code);
    if (form.errors?.length) reply.code(400);
    return reply.render('scheme.njk', {
      title: page.name,
      page,
      structure,
      canManage: can(actor, 'scheme:manage'),
      canRun: can(actor, 'selection:run'),
      errors: form.errors ?? [],
      fieldErrors: Object.fromEntries((form.errors ?? []).map((e) => [e.href.slice(1), e.text])),
      form: form.values ?? {},
      banner: form.banner,
      ...schemePageTables(page, structure),
    });
  }

  // Changing the scheme's structure (SPEC 3.2): tiers, strands and capacity.
  const change = (path: string, kind: string, field: string, apply: (actor: Actor, code: string, b: Record<string, string | undefined>) => Promise<void>) =>
    app.post<{ Params: { code: string }; Body: Record<string, string | undefined> }>(path, { config: { access: 'scheme:manage' } }, async (req, reply) => {
      const b = req.body ?? {};
      try {
        await apply(req.actor!, req.params.code, b);
      } catch (e) {
        if (!(e instanceof InvalidInputError || e instanceof ConflictError)) throw e;
        return showScheme(req.actor!, req.params.code, undefined, reply, { errors: [{ text: e.message, href: `#${field}` }], values: b });
      }
      return reply.redirect(`/schemes/${encodeURIComponent(req.params.code)}?changed=${kind}#structure`, 303);
    });
  const int = (v: string | undefined) => (v && /^\s*-?\d+\s*$/.test(v) ? Number(v) : Number.NaN);
  change('/schemes/:code/tiers', 'tier', 'tierCode', (actor, code, b) => app.services.schemes.addTier(actor, { schemeCode: code, code: b.tierCode ?? '', name: b.tierName ?? '', rank: int(b.tierRank) }));
  change('/schemes/:code/strands', 'strand', 'strandCode', (actor, code, b) => app.services.schemes.addStrand(actor, { schemeCode: code, code: b.strandCode ?? '', name: b.strandName ?? '' }));
  change('/schemes/:code/capacity', 'capacity', 'capacity', (actor, code, b) =>
    app.services.schemes.setCapacity(actor, { schemeCode: code, capacity: (b.capacity ?? '').trim() === '' ? null : int(b.capacity) }),
  );
}
