// The person page's "Who may see this record" section: the restriction and the
// named users, for scheme managers and administrators (others see no section).
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';
import { formStates, type RefusedForm } from '../forms/refused-form.js';

export interface RestrictionQuery {
  restriction?: string;
}

const DONE: Record<string, string> = {
  restricted: 'Only the named users may see this record now.',
  lifted: 'The restriction was lifted: everyone who may see people sees this record.',
};

/**
 * The section's data, or an empty object when the actor may not change
 * restrictions. After a refused change (`refused`, the form "restriction"),
 * the usernames are drawn as typed with the message on the field.
 */
export async function restrictionSection(app: FastifyInstance, actor: Actor, personId: number, query: RestrictionQuery, refused?: RefusedForm) {
  const restriction = await app.services.restrictions.of(actor, { id: personId });
  if (!restriction) return {};
  const form = formStates(refused)('restriction', { allow: restriction.allowed.map((u) => u.username).join(', ') });
  return {
    restriction: {
      ...restriction,
      form,
      banner: !form.refused && query.restriction ? DONE[query.restriction] : undefined,
    },
  };
}
