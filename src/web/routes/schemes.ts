// Schemes: the list, and each scheme's page.
import type { FastifyInstance } from 'fastify';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { can } from '../../access/permissions.js';
import { addStrand, addTier, listSchemes, schemePage, schemeStructure, setCapacity } from '../../schemes/service.js';
import { ConflictError, InvalidInputError } from '../../errors.js';
import { partnershipToday } from '../../partnerships.js';
import { escape } from '../html.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerSchemeRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { asOf?: string } }>('/schemes', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const asOf = req.query.asOf && ISO_DATE.test(req.query.asOf) ? req.query.asOf : await partnershipToday(app.deps.database.db, actor.partnershipId);
    const schemes = await listSchemes(app.deps.database.db, actor, asOf);
    const rows = schemes.map((s) => [
      { html: `<a class="govuk-link" href="/schemes/${encodeURIComponent(s.code)}">${escape(s.name)}</a>` },
      { text: String(s.members), format: 'numeric' },
      { text: s.capacity === null ? '–' : String(s.capacity), format: 'numeric' },
    ]);
    return reply.render('schemes.njk', { title: 'Schemes', asOf, rows });
  });

  app.get<{ Params: { code: string }; Querystring: { asOf?: string; changed?: string } }>('/schemes/:code', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const banner = req.query.changed === 'tier' ? 'Tier added.' : req.query.changed === 'strand' ? 'Strand added.' : req.query.changed === 'capacity' ? 'Capacity changed.' : undefined;
    return showScheme(req.actor!, req.params.code, req.query.asOf, reply, { banner });
  });

  type Form = { errors?: { text: string; href: string }[]; values?: Record<string, string | undefined>; banner?: string };
  async function showScheme(actor: Actor, code: string, asOfParam: string | undefined, reply: FastifyReply, form: Form = {}) {
    const asOf = asOfParam && ISO_DATE.test(asOfParam) ? asOfParam : await partnershipToday(app.deps.database.db, actor.partnershipId);
    const page = await schemePage(app.deps.database.db, actor, code, asOf);
    const b = page.balance;
    const pct = (n: number) => (b.total ? `${Math.round((100 * n) / b.total)}%` : '–');
    const structure = await schemeStructure(app.deps.database.db, actor, code);
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
      tierRows: structure.tiers.map((t) => [{ text: String(t.rank), format: 'numeric' }, { text: t.code }, { text: t.name }]),
      strandRows: structure.strands.map((x) => [{ text: x.code }, { text: x.name }]),
      custodyShare: `${pct(b.inCustody)} of members`,
      custodyRows: [
        [{ text: 'Over 12 months' }, { text: String(b.custodyOver12Months), format: 'numeric' }],
        [{ text: '12 months or less' }, { text: String(b.custodyUnder12Months), format: 'numeric' }],
        [{ text: 'Remand or not known' }, { text: String(b.custodyUnknownLength), format: 'numeric' }],
      ],
      yearsRows: page.yearsOnScheme.map((y) => [{ text: y.band }, { text: String(y.count), format: 'numeric' }]),
      areaRows: page.byArea.map((a) => [{ text: a.area }, { text: String(a.count), format: 'numeric' }]),
      memberRows: page.members.map((m) => [
        { html: `<a class="govuk-link" href="/people/${m.personId}">${escape(m.name)}</a>`, attributes: { 'data-sort-value': m.name } },
        { text: m.tier ?? '–' },
        { text: m.startDate },
        { text: m.areaName ?? '–' },
        { text: m.inCustody ? `In custody${m.expectedReleaseDate ? `, due out ${m.expectedReleaseDate}` : ''}` : 'In the community' },
      ]),
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
  change('/schemes/:code/tiers', 'tier', 'tierCode', (actor, code, b) => addTier(app.deps.database.db, actor, { schemeCode: code, code: b.tierCode ?? '', name: b.tierName ?? '', rank: int(b.tierRank) }));
  change('/schemes/:code/strands', 'strand', 'strandCode', (actor, code, b) => addStrand(app.deps.database.db, actor, { schemeCode: code, code: b.strandCode ?? '', name: b.strandName ?? '' }));
  change('/schemes/:code/capacity', 'capacity', 'capacity', (actor, code, b) =>
    setCapacity(app.deps.database.db, actor, { schemeCode: code, capacity: (b.capacity ?? '').trim() === '' ? null : int(b.capacity) }),
  );
}
