// Schemes: the list, and each scheme's page.
import type { FastifyInstance } from 'fastify';
import { listSchemes, schemePage } from '../../schemes/service.js';
import { partnershipToday } from '../../partnerships.js';
import { escape } from './people.js';

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

  app.get<{ Params: { code: string }; Querystring: { asOf?: string } }>('/schemes/:code', { config: { access: 'scheme:view' } }, async (req, reply) => {
    const actor = req.actor!;
    const asOf = req.query.asOf && ISO_DATE.test(req.query.asOf) ? req.query.asOf : await partnershipToday(app.deps.database.db, actor.partnershipId);
    const page = await schemePage(app.deps.database.db, actor, req.params.code, asOf);
    const b = page.balance;
    const pct = (n: number) => (b.total ? `${Math.round((100 * n) / b.total)}%` : '–');
    return reply.render('scheme.njk', {
      title: page.name,
      page,
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
  });
}
