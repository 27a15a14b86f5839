// Accounts and sign-in as one service: signing in and out, user accounts,
// invitations, API tokens and the audit log, for the web app, the API and the CLI.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import type { Clock } from '../calendar/clock.js';
import { createSession, sessionActor, type SessionActor } from './sessions.js';
import { signIn, signOut } from './sign-in.js';
import { addUser, changeUser, disableUser, getUser, listUsers, resetPassword, resetSecondFactor, type Credential, type NewUser } from './users.js';
import { apiTokenActor, createUserToken, listTokens, revokeToken, type TokenRequest } from './api-tokens.js';
import { acceptInvitation, changeOwnPassword, invitationFor, passwordChangeRequired } from './invitations.js';
import { searchAudit, verifyAudit, type AuditSearch } from './audit.js';
import type { Role } from '../glossary.js';

/** Accounts, sessions, tokens and the audit log. Built once by the composition root (src/services.ts). */
export function accessService({ db, clock, sessionHours }: { db: Kysely<DB>; clock: Clock; sessionHours: number }) {
  return {
    /** The signed-in user for a session cookie's token, or null. */
    sessionActor: (token: string) => sessionActor(db, token, clock),
    /** The user an API bearer token acts for, with the token's scope, or null (unknown, expired, revoked, user disabled). */
    apiTokenActor: (token: string) => apiTokenActor(db, token, clock),
    /** Throws when the database cannot answer (the health check). */
    checkDatabase: async (): Promise<void> => {
      await db.selectFrom('partnerships').select('id').limit(1).execute();
    },
    signIn: (username: string, password: string, ip: string) => signIn(db, username, password, ip, clock),
    /** A new session for a signed-in user; returns the cookie's token. */
    createSession: (userId: number) => createSession(db, userId, sessionHours, clock),
    signOut: (session: SessionActor) => signOut(db, session),

    /** Adds a user with a password (the CLI), an invitation link or a one-time password; returns what to hand the user, once. */
    addUser: (actor: Actor, input: NewUser) => addUser(db, actor, input, clock),
    listUsers: (actor: Actor) => listUsers(db, actor),
    getUser: (actor: Actor, username: string) => getUser(db, actor, username),
    disableUser: (actor: Actor, username: string) => disableUser(db, actor, username, clock),
    changeUser: (actor: Actor, username: string, input: { role: Role; agencyCode: string }) => changeUser(db, actor, username, input, clock),
    resetPassword: (actor: Actor, username: string, how: Exclude<Credential, 'password'>) => resetPassword(db, actor, username, how, clock),
    resetSecondFactor: (actor: Actor, username: string) => resetSecondFactor(db, actor, username, clock),

    /** The user an invitation or reset link is for, or null when it cannot be used. */
    invitationFor: (token: string) => invitationFor(db, token, clock),
    acceptInvitation: (token: string, password: string) => acceptInvitation(db, token, password, clock),
    passwordChangeRequired: (userId: number) => passwordChangeRequired(db, userId),
    changeOwnPassword: (actor: Actor, input: { current: string; password: string }) => changeOwnPassword(db, actor, input, clock),

    createToken: (actor: Actor, input: TokenRequest) => createUserToken(db, actor, input, clock),
    listTokens: (actor: Actor) => listTokens(db, actor, clock),
    revokeToken: (actor: Actor, id: number) => revokeToken(db, actor, id, clock),

    searchAudit: (actor: Actor, input: AuditSearch) => searchAudit(db, actor, input),
    /** The id of the first audit entry that does not verify, or null. */
    verifyAudit: (actor: Actor) => verifyAudit(db, actor),
  };
}
