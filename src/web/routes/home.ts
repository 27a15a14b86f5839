// The home page: what needs attention today. For case workers: their watch
// lists as cards, their agency's unacknowledged alerts and its overdue actions;
// for those who run or follow the schemes, the panel's attention cards.
import type { FastifyInstance } from 'fastify';
import { can } from '../../access/permissions.js';
import { overdueRows, schemeRows, watchCardsView } from '../view-models/home.js';

export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', { config: { access: 'signed-in' } }, async (req, reply) => {
    const actor = req.actor!;
    const dataDate = await app.services.partnerships.dataDate(actor);
    const asOf = dataDate ?? (await app.services.partnerships.today(actor));
    const canSchemes = can(actor, 'scheme:view');
    const casework = can(actor, 'case:work');
    if (casework) await app.services.alerts.refreshIfStale(actor);
    // Those who run the schemes (scheme managers, administrators) keep the
    // panel's attention cards (due for release, two years on a scheme) after
    // their watch lists; other case workers see their watch lists alone.
    const watchCards = casework ? watchCardsView(await app.services.watchLists.cards(actor, asOf)) : [];
    const attention = canSchemes && (!casework || can(actor, 'scheme:manage')) ? await app.services.panel.attention(actor, asOf) : [];
    // (Released in the last 28 days is a watch list already.)
    const panelCards = casework ? attention.filter((c) => c.id !== 'released') : attention;
    const cards = [...watchCards, ...panelCards];
    const alerts = casework ? await app.services.alerts.unacknowledgedCount(actor) : null;
    const overdue = casework ? await app.services.alerts.overdueActions(actor, asOf) : null;
    const schemes = canSchemes ? await app.services.schemes.list(actor, asOf) : [];
    return reply.render('home.njk', {
      title: 'Home',
      asOf,
      asOfIsDataDate: dataDate !== null,
      casework,
      cards,
      alerts,
      overdue: overdue ? { count: overdue.count, rows: overdueRows(overdue.actions) } : null,
      canSchemes,
      canManage: can(actor, 'scheme:manage'),
      schemeRows: schemeRows(schemes),
    });
  });
}
