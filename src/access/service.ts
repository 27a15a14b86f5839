// Accounts and sign-in as one service: signing in and out, user accounts, API
// tokens and the audit log, for the web app, the API and the CLI.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import type { Clock } from '../calendar/clock.js';
import { apiTokenActor, createSession, sessionActor, type SessionActor } from './sessions.js';
import { signIn, signOut } from './sign-in.js';
import { addUser, createUserToken, type NewUser } from './users.js';
import { searchAudit, verifyAudit, type AuditSearch } from './audit.js';
import type { OidcConfig } from '../config.js';
import { oidcSignIn } from './oidc.js';
import { NotFoundError } from '../errors.js';

/** Accounts, sessions, tokens and the audit log. Built once by the composition root (src/services.ts). */
export function accessService({ db, clock, sessionHours, oidc }: { db: Kysely<DB>; clock: Clock; sessionHours: number; oidc: OidcConfig | null }) {
  const sso = oidc ? oidcSignIn({ db, clock, settings: oidc }) : null;
  const requireSso = () => {
    if (!sso) throw new NotFoundError('Sign-in through OpenID Connect is not set up.');
    return sso;
  };
  return {
    /** The signed-in user for a session cookie's token, or null. */
    sessionActor: (token: string) => sessionActor(db, token, clock),
    /** The user an API bearer token acts for, or null. */
    apiTokenActor: (token: string) => apiTokenActor(db, token),
    /** Throws when the database cannot answer (the health check). */
    checkDatabase: async (): Promise<void> => {
      await db.selectFrom('partnerships').select('id').limit(1).execute();
    },
    signIn: (username: string, password: string, ip: string) => signIn(db, username, password, ip, clock),
    /** A new session for a signed-in user; returns the cookie's token. */
    createSession: (userId: number) => createSession(db, userId, sessionHours, clock),
    signOut: (session: SessionActor) => signOut(db, session),
    /** The sign-in button's text when an OpenID Connect provider is set up, else null. */
    oidcLabel: (): string | null => sso?.label ?? null,
    /** Starts a sign-in through the OpenID Connect provider: where to send the browser, and the browser's token. */
    startOidcSignIn: (input: { redirectUri: string; returnTo: string }) => requireSso().start(input),
    /** Finishes it at the callback: the user to create a session for, or why not (audited either way). */
    finishOidcSignIn: (input: { browserToken: string | undefined; query: string; ip: string }) => requireSso().finish(input),
    addUser: (actor: Actor, input: NewUser) => addUser(db, actor, input),
    createToken: (actor: Actor, input: { username: string; name: string }) => createUserToken(db, actor, input),
    searchAudit: (actor: Actor, input: AuditSearch) => searchAudit(db, actor, input),
    /** The id of the first audit entry that does not verify, or null. */
    verifyAudit: (actor: Actor) => verifyAudit(db, actor),
  };
}
