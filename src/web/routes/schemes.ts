// Schemes: the list (with the form that adds one), and each scheme's page.
import type { FastifyInstance } from 'fastify';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { ConflictError, InvalidInputError } from '../../errors.js';
import { requireIsoDate } from '../../calendar/dates.js';
import { schemeAreaItems, schemeListRows, schemePageTables } from '../view-models/schemes.js';
import { formErrorsOf, NO_ERRORS, type FormErrors } from '../view-models/admin.js';

export function registerSchemeRoutes(app: FastifyInstance): void {
  const int = (v: string | undefined) => (v && /^\s*-?\d+\s*$/.test(v) ? Number(v) : Number.NaN);
  /** A form field that may come once, several times (ticked checkboxes) or not at all. */
  const listOf = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== '');

  app.get<{ Querystring: { asOf?: string } }>('/schemes', { config: { access: 'scheme:view' } }, async (req, reply) => showSchemes(req.actor!, req.query.asOf, reply));

  type NewSchemeForm = { code?: string; name?: string; capacity?: string; areaCodes?: string | string[]; description?: string };
  async function showSchemes(actor: Actor, asOfParam: string | undefined, reply: FastifyReply, values: NewSchemeForm = {}, form: FormErrors = NO_ERRORS) {
    const asOf = asOfParam ? requireIsoDate(asOfParam, 'The as-of date', 'asOf') : await app.services.partnerships.today(actor);
    const schemes = await app.services.schemes.list(actor, asOf);
    // Only those who may add a scheme are shown the form (and the partnership's areas for it).
    const canManage = can(actor, 'scheme:manage');
    const areas = canManage ? await app.services.schemes.areaChoices(actor) : [];
    if (form.errors.length) reply.code(400);
    return reply.render('schemes.njk', { title: 'Schemes', asOf, rows: schemeListRows(schemes), canManage, values, ...form, areaItems: schemeAreaItems(areas, listOf(values.areaCodes)) });
  }

  // Adding a scheme (SPEC 3.2): the same service as `waymark scheme add` and POST /api/v1/schemes.
  app.post<{ Body: NewSchemeForm }>('/schemes', { config: { access: 'scheme:manage' } }, async (req, reply) => {
    const b = req.body ?? {};
    const capacity = (b.capacity ?? '').trim();
    let added: { code: string };
    try {
      added = await app.services.schemes.add(req.actor!, {
        code: b.code ?? '',
        name: b.name ?? '',
        capacity: capacity === '' ? null : int(capacity),
        areaCodes: listOf(b.areaCodes),
        description: b.description ?? null,
      });
    } catch (e) {
      const form = formErrorsOf(e, 'code');
      if (!form) throw e;
      return showSchemes(req.actor!, undefined, reply, b, form);
    }
    return reply.redirect(`/schemes/${encodeURIComponent(added.code)}?changed=scheme`, 303);
  });

  app.get<{ Params: { code: string }; Querystring: { asOf?: string; changed?: string } }>('/schemes/:code', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const banner = req.query.changed === 'scheme' ? 'Scheme added. Add its tiers and strands below.' : req.query.changed === 'tier' ? 'Tier added.' : req.query.changed === 'strand' ? 'Strand added.' : req.query.changed === 'capacity' ? 'Capacity changed.' : undefined;
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
  // A refusal goes on the form's own field: the service names its input's
  // field (code, name, rank), which the form names with its kind in front (tierCode).
  const change = (path: string, kind: string, prefix: string, apply: (actor: Actor, code: string, b: Record<string, string | undefined>) => Promise<void>) =>
    app.post<{ Params: { code: string }; Body: Record<string, string | undefined> }>(path, { config: { access: 'scheme:manage' } }, async (req, reply) => {
      const b = req.body ?? {};
      try {
        await apply(req.actor!, req.params.code, b);
      } catch (e) {
        if (!(e instanceof InvalidInputError || e instanceof ConflictError)) throw e;
        const field = e.field ?? 'code';
        const formField = prefix === '' ? field : `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}`;
        return showScheme(req.actor!, req.params.code, undefined, reply, { errors: [{ text: e.message, href: `#${formField}` }], values: b });
      }
      return reply.redirect(`/schemes/${encodeURIComponent(req.params.code)}?changed=${kind}#structure`, 303);
    });
  change('/schemes/:code/tiers', 'tier', 'tier', (actor, code, b) => app.services.schemes.addTier(actor, { schemeCode: code, code: b.tierCode ?? '', name: b.tierName ?? '', rank: int(b.tierRank) }));
  change('/schemes/:code/strands', 'strand', 'strand', (actor, code, b) => app.services.schemes.addStrand(actor, { schemeCode: code, code: b.strandCode ?? '', name: b.strandName ?? '' }));
  change('/schemes/:code/capacity', 'capacity', '', (actor, code, b) =>
    app.services.schemes.setCapacity(actor, { schemeCode: code, capacity: (b.capacity ?? '').trim() === '' ? null : int(b.capacity) }),
  );
}
