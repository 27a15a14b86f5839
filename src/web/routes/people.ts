// People: search and the person page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import type { PersonRecord } from '../../people/service.js';
import { JustificationRequiredError } from '../../access/permissions.js';
import { peopleSearchRows, personPageView, timelineKindsOf } from '../view-models/people.js';
import { restrictionSection, type RestrictionQuery } from '../view-models/restrictions.js';

export function registerPeopleRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { q?: string } }>('/people', { config: { access: 'person:search' } }, async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 100);
    const results = await app.services.people.search(req.actor!, q);
    return reply.render('people-search.njk', { title: q ? `People matching ${q}` : 'People', q, results, rows: peopleSearchRows(results) });
  });

  app.get<{ Params: { id: string }; Querystring: RestrictionQuery & { kind?: string | string[] } }>('/people/:id', { config: { access: 'person:view' } }, async (req, reply) => {
    return showPerson(app, req.actor!, req.params.id, undefined, reply, req.query);
  });

  app.post<{ Params: { id: string }; Body: { justification?: string } }>('/people/:id/view', { config: { access: 'person:view' } }, async (req, reply) => {
    const justification = (req.body?.justification ?? '').trim();
    if (justification.length < 10) {
      reply.code(400);
      return reply.render('justify.njk', {
        title: 'This record is restricted',
        personId: Number(req.params.id),
        fieldErrors: { justification: 'Give your reason in at least 10 characters' },
        errors: [{ text: 'Give your reason in at least 10 characters', href: '#justification' }],
      });
    }
    return showPerson(app, req.actor!, req.params.id, justification, reply);
  });
}

async function showPerson(app: FastifyInstance, actor: Actor, idParam: string, justification: string | undefined, reply: FastifyReply, query: RestrictionQuery = {}) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) {
    reply.code(404);
    return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
  }
  let record: PersonRecord;
  try {
    record = await app.services.people.view(actor, id, { justification, channel: 'web' });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      reply.code(403);
      return reply.render('justify.njk', { title: 'This record is restricted', personId: id, fieldErrors: {} });
    }
    throw e;
  }
  const kinds = timelineKindsOf((query as { kind?: unknown }).kind);
  return reply.render('person.njk', { ...personPageView(record, { kinds }), ...(await restrictionSection(app, actor, id, query)) });
}
