// The home page: what needs attention today.
import type { FastifyInstance } from 'fastify';
import { listSchemes } from '../../schemes/service.js';
import { partnershipToday } from '../../partnerships.js';
import { systemClock } from '../../calendar/clock.js';
import { can } from '../../access/permissions.js';
import { schemeRows } from '../view-models/home.js';

export function registerHomeRoutes(app: FastifyInstance): void {
  app.get('/', { config: { access: 'signed-in' } }, async (req, reply) => {
    const actor = req.actor!;
    const db = app.deps.database.db;
    const row = await db.selectFrom('partnerships').select('data_as_of').where('id', '=', actor.partnershipId).executeTakeFirst();
    const asOf = await partnershipToday(db, actor.partnershipId, systemClock);
    const canSchemes = can(actor, 'scheme:view');
    const cards = canSchemes ? await app.services.panel.attention(actor, asOf) : [];
    const schemes = canSchemes ? await listSchemes(db, actor, asOf) : [];
    return reply.render('home.njk', {
      title: 'Home',
      asOf,
      asOfIsDataDate: Boolean(row?.data_as_of),
      cards,
      schemeRows: schemeRows(schemes),
    });
  });
}
