// A person found by reference within the actor's partnership, for services
// that take a reference from a form or the command line.
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { NotFoundError } from '../errors.js';

type Executor = Kysely<DB> | Transaction<DB>;

export async function personByRef(trx: Executor, actor: Actor, ref: string) {
  const p = await trx.selectFrom('people').select(['id', 'person_ref']).where('partnership_id', '=', actor.partnershipId).where('person_ref', '=', ref).executeTakeFirst();
  if (!p) throw new NotFoundError(`No person with reference ${ref} in this partnership.`);
  return p;
}
