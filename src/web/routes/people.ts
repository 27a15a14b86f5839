// People: search and the person page.
import type { FastifyInstance } from 'fastify';
import { peopleSearchRows } from '../view-models/people.js';
import type { RestrictionQuery } from '../view-models/restrictions.js';
import { showPerson, timelineHidden, type TimelineParams } from './person-page.js';

export function registerPeopleRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>('/people', { config: { access: 'person:search' } }, async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 100);
    const results = await app.services.people.search(req.actor!, q);
    return reply.render('people-search.njk', { title: q ? `People matching ${q}` : 'People', q, results, rows: peopleSearchRows(results) });
  });

  // The timeline's page: ?kind= (one or many) filters it, ?cursor= is where
  // "Show more" starts (a link: no JavaScript needed).
  app.get<{ Params: { id: string }; Querystring: RestrictionQuery & TimelineParams }>('/people/:id', { config: { access: 'person:view' } }, async (req, reply) => {
    return showPerson(app, req.actor!, req.params.id, undefined, reply, req.query, req.query);
  });

  app.post<{ Params: { id: string }; Body: { justification?: string } & TimelineParams }>('/people/:id/view', { config: { access: 'person:view', readOnlyPost: true } }, async (req, reply) => {
    const justification = (req.body?.justification ?? '').trim();
    const timeline = { kind: req.body?.kind, cursor: req.body?.cursor };
    if (justification.length < 10) {
      reply.code(400);
      return reply.render('justify.njk', {
        title: 'This record is restricted',
        personId: Number(req.params.id),
        hidden: timelineHidden(timeline),
        fieldErrors: { justification: 'Give your reason in at least 10 characters' },
        errors: [{ text: 'Give your reason in at least 10 characters', href: '#justification' }],
      });
    }
    return showPerson(app, req.actor!, req.params.id, justification, reply, {}, timeline);
  });
}
