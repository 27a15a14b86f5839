// Restricted records on the person page (SPEC 3.8): a scheme manager or an
// administrator marks a person restricted, names the users who may see them,
// or lifts the restriction. Each form posts here and returns to the person page;
// a refused one (an unknown username) comes back as the person page with the
// usernames as typed (person-page.ts submitPersonForm).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { problemSchema } from '../errors.js';
import { PERSON_FORMS, submitPersonForm } from './person-page.js';

type Body = { _csrf?: string; allow?: string; justification?: string };

/** "ann, bob" or one per line: usernames as typed. */
function usernames(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).map((u) => u.trim()).filter(Boolean);
}

export function registerRestrictionRoutes(app: FastifyInstance): void {
  const access = 'person:restrict' as const;

  const personId = (idParam: string, reply: FastifyReply): number | null => {
    const id = Number(idParam);
    if (Number.isSafeInteger(id) && id > 0) return id;
    reply.code(404);
    return null;
  };

  /** Back to the person page, whose section says what was done. */
  const done = (id: number, what: 'restricted' | 'lifted') => `/people/${id}?restriction=${what}#restriction`;

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/restriction', { config: { access } }, async (req, reply) => {
    const id = personId(req.params.id, reply);
    if (id === null) return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
    return submitPersonForm(app, req, reply, { personId: id, spec: PERSON_FORMS.restriction, anchor: 'restriction' }, async () => {
      await app.services.restrictions.restrict(req.actor!, { id }, usernames(req.body?.allow));
      return done(id, 'restricted');
    });
  });

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/restriction/lift', { config: { access } }, async (req, reply) => {
    const id = personId(req.params.id, reply);
    if (id === null) return reply.render('error.njk', { title: 'Page not found', message: 'There is no person at this address.' });
    await app.services.restrictions.unrestrict(req.actor!, { id });
    return reply.redirect(done(id, 'lifted'), 303);
  });

  // The API: the same service, with problem details on error.
  app.put<{ Params: { id: number }; Body: { restricted: boolean; allow?: string[] } }>(
    '/api/v1/people/:id/restriction',
    {
      config: { access },
      schema: {
        summary: 'Restrict a person to named users, change the named users, or lift the restriction. Audited as an alteration.',
        description: 'With restricted true, allow lists the usernames who may see the record (it replaces any named before; the caller stays named). With restricted false, the restriction and its names are removed.',
        tags: ['people'],
        params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
        body: {
          type: 'object',
          required: ['restricted'],
          additionalProperties: false,
          properties: { restricted: { type: 'boolean' }, allow: { type: 'array', maxItems: 200, items: { type: 'string', minLength: 1, maxLength: 100 } } },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              personId: { type: 'integer' },
              personRef: { type: 'string' },
              restricted: { type: 'boolean' },
              allow: { type: 'array', items: { type: 'string' } },
            },
          },
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (req) => {
      const key = { id: req.params.id };
      const r = req.body.restricted
        ? await app.services.restrictions.restrict(req.actor!, key, req.body.allow ?? [])
        : await app.services.restrictions.unrestrict(req.actor!, key);
      return { personId: r.personId, personRef: r.personRef, restricted: r.restricted, allow: r.allowed.map((u) => u.username) };
    },
  );
}
