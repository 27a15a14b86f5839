// Transfers between partnerships, with the database bound once.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import type { DB } from '../db/schema.js';
import { createTransfer, transferInbox } from './transfers.js';

/** Transfers between partnerships. Built once by the composition root (src/services.ts). */
export function transferService({ db }: { db: Kysely<DB> }) {
  return {
    create: (actor: Actor, input: { personRef: string; toAreaCode: string; schemeCode?: string | null; note?: string | null }) => createTransfer(db, actor, input),
    inbox: (actor: Actor) => transferInbox(db, actor),
  };
}
