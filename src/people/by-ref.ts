// A person found by reference within the actor's partnership, for services
// that take a reference from a form or the command line.
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { visiblePeople } from '../access/need-to-know.js';

type Executor = Kysely<DB> | Transaction<DB>;

/**
 * The person with this reference, if the actor may see them: a restricted
 * person the actor is not named on is not found, in the same words as a
 * reference no one has (need-to-know.ts).
 */
export async function personByRef(trx: Executor, actor: Actor, ref: string) {
  const p = await trx
    .selectFrom('people')
    .select(['id', 'person_ref'])
    .where('partnership_id', '=', actor.partnershipId)
    .where('person_ref', '=', ref)
    .where(visiblePeople(actor))
    .executeTakeFirst();
  if (!p) throw new NotFoundError(`No person with reference ${ref} in this partnership.`);
  return p;
}
