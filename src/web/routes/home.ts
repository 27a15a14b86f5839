// The home page: what needs attention today.
import type { FastifyInstance } from 'fastify';
import { can } from '../../access/permissions.js';
import { schemeRows } from '../view-models/home.js';

export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', { config: { access: 'signed-in' } }, async (req, reply) => {
    const actor = req.actor!;
    const dataDate = await app.services.partnerships.dataDate(actor);
    const asOf = dataDate ?? (await app.services.partnerships.today(actor));
    const canSchemes = can(actor, 'scheme:view');
    const cards = canSchemes ? await app.services.panel.attention(actor, asOf) : [];
    const schemes = canSchemes ? await app.services.schemes.list(actor, asOf) : [];
    return reply.render('home.njk', {
      title: 'Home',
      asOf,
      asOfIsDataDate: dataDate !== null,
      cards,
      schemeRows: schemeRows(schemes),
    });
  });
}
