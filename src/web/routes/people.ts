// People: search and the person page.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../access/actor.js';
import type { PersonView } from '../../people/service.js';
import { can, JustificationRequiredError } from '../../access/permissions.js';
import { peopleSearchRows, personPageView, timelineKindsOf } from '../view-models/people.js';
import { restrictionSection, type RestrictionQuery } from '../view-models/restrictions.js';

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

interface TimelineParams {
  kind?: string | string[];
  cursor?: string;
}

/** The timeline's page as hidden fields of the form that asks why a restricted record is viewed. */
function timelineHidden(t: TimelineParams): { name: string; value: string }[] {
  return [...timelineKindsOf(t.kind).map((k) => ({ name: 'kind', value: k })), ...(typeof t.cursor === 'string' && t.cursor ? [{ name: 'cursor', value: t.cursor.slice(0, 200) }] : [])];
}

async function showPerson(app: FastifyInstance, actor: Actor, idParam: string, justification: string | undefined, reply: FastifyReply, query: RestrictionQuery, t: TimelineParams) {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) {
    reply.code(404);
    return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
  }
  const kinds = timelineKindsOf(t.kind);
  const cursor = typeof t.cursor === 'string' && t.cursor ? t.cursor : null;
  let view: PersonView;
  try {
    view = await app.services.people.page(actor, id, { justification, channel: 'web', timeline: { kinds, cursor } });
  } catch (e) {
    if (e instanceof JustificationRequiredError) {
      reply.code(403);
      return reply.render('justify.njk', { title: 'This record is restricted', personId: id, hidden: timelineHidden(t), fieldErrors: {} });
    }
    throw e;
  }
  return reply.render('person.njk', { ...personPageView(view, { kinds, cursor, mayOpenCase: can(actor, 'case:work') }), ...(await restrictionSection(app, actor, id, query)) });
}
