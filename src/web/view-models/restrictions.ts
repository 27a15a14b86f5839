// The person page's "Who may see this record" section: the restriction and the
// named users, for scheme managers and administrators (others see no section).
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../access/actor.js';

export interface RestrictionQuery {
  restriction?: string;
  'restriction-problem'?: string;
}

const DONE: Record<string, string> = {
  restricted: 'Only the named users may see this record now.',
  lifted: 'The restriction was lifted: everyone who may see people sees this record.',
};

/** The section's data, or an empty object when the actor may not change restrictions. */
export async function restrictionSection(app: FastifyInstance, actor: Actor, personId: number, query: RestrictionQuery) {
  const restriction = await app.services.restrictions.of(actor, { id: personId });
  if (!restriction) return {};
  const problem = query['restriction-problem']?.slice(0, 500);
  return {
    restriction: {
      ...restriction,
      allowText: restriction.allowed.map((u) => u.username).join(', '),
      banner: query.restriction ? DONE[query.restriction] : undefined,
      problem,
    },
  };
}
