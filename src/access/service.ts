// PLACEHOLDER: filled in by the architecture work (issue 12).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import { apiTokenActor, sessionActor } from './sessions.js';

/** Accounts, sessions, tokens and the audit log. Built once by the composition root (src/services.ts). */
export function accessService(deps: { db: Kysely<DB>; clock: Clock }) {
  const { db } = deps;
  return {
    /** The signed-in user for a session cookie's token, or null. */
    sessionActor: (token: string) => sessionActor(db, token),
    /** The user an API bearer token acts for, or null. */
    apiTokenActor: (token: string) => apiTokenActor(db, token),
    /** Throws when the database cannot answer (the health check). */
    checkDatabase: async (): Promise<void> => {
      await db.selectFrom('partnerships').select('id').limit(1).execute();
    },
  };
}
