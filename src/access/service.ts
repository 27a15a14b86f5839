// Accounts and sign-in as one service: signing in and out, the second factor,
// user accounts, invitations, API tokens and the audit log, for the web app,
// the API and the CLI.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './actor.js';
import type { Clock } from '../calendar/clock.js';
import { sessionActor, type SessionActor } from './sessions.js';
import { completeEnrolment, completeSignIn, pendingSignIn, signIn, signOut, signOutEverywhere, afterFirstFactor } from './sign-in.js';
import { resetSecondFactor, secondFactorStatus, startEnrolment } from './totp.js';
import { addUser, changeUser, disableUser, getUser, listUsers, resetPassword, updateUser, type Credential, type NewUser } from './users.js';
import { apiTokenActor, createUserToken, listTokens, revokeToken, type TokenRequest } from './api-tokens.js';
import { acceptInvitation, changeOwnPassword, invitationFor, passwordChangeRequired } from './invitations.js';
import { anchorAuditLog, searchAudit, verifyAudit, type AuditSearch } from './audit.js';
import { mayAlterAuditLog, sealAudit, type AuditAnchor } from './audit-seal.js';
import type { Role } from '../glossary.js';
import type { OidcConfig } from '../config.js';
import { oidcSignIn } from './oidc.js';
import { NotFoundError } from '../errors.js';

export interface AccessDeps {
  db: Kysely<DB>;
  clock: Clock;
  /** A session's absolute limit (WAYMARK_SESSION_HOURS). */
  sessionHours: number;
  /** A session's idle limit (WAYMARK_IDLE_MINUTES). */
  idleMinutes: number;
  /** Production: the demo's exemption from the second factor does not hold. */
  production: boolean;
  /** The agency's OpenID Connect provider, when single sign-on is set up. */
  oidc: OidcConfig | null;
}

/** Accounts, sessions, tokens and the audit log. Built once by the composition root (src/services.ts). */
export function accessService({ db, clock, sessionHours, idleMinutes, production, oidc }: AccessDeps) {
  const signing = { db, clock, sessionHours };
  const sso = oidc ? oidcSignIn({ db, clock, settings: oidc }) : null;
  const requireSso = () => {
    if (!sso) throw new NotFoundError('Sign-in through OpenID Connect is not set up.');
    return sso;
  };
  return {
    /** The signed-in user for a session cookie's token, or null (expired, idle, signed out, user disabled). */
    sessionActor: (token: string) => sessionActor(db, token, { idleMinutes, production }, clock),
    /** The user an API bearer token acts for, with the token's scope, or null (unknown, expired, revoked, user disabled). */
    apiTokenActor: (token: string) => apiTokenActor(db, token, clock),
    /** Throws when the database cannot answer (the health check). */
    checkDatabase: async (): Promise<void> => {
      await db.selectFrom('partnerships').select('id').limit(1).execute();
    },
    /** The password step: a session, or a challenge for the code step. Ends `previousToken`'s session. */
    signIn: (input: { username: string; password: string; ip: string; returnTo?: string; previousToken?: string }) => signIn(signing, input),
    /** After the agency's single sign-on: the code step for a user with a second factor, else a session. */
    afterFirstFactor: (userId: number, returnTo: string) => afterFirstFactor(signing, userId, returnTo),
    /** Whose password a challenge stands for, or null. */
    pendingSignIn: (challenge: string) => pendingSignIn(db, challenge, clock),
    /** The code step (a TOTP code or a recovery code). */
    completeSignIn: (input: { challenge: string; code: string; ip: string }) => completeSignIn(signing, input),
    signOut: (session: SessionActor) => signOut(db, session, clock),
    /** Ends all the user's sessions; returns how many. */
    signOutEverywhere: (session: SessionActor) => signOutEverywhere(db, session, clock),
    /** The enrolment in progress (secret, QR code) for the signed-in user. */
    startEnrolment: (session: SessionActor) => startEnrolment(db, session),
    /** Confirms enrolment with a first code; replaces the session; returns the new token and the recovery codes. */
    completeEnrolment: (session: SessionActor, code: string) => completeEnrolment(signing, session, code),
    secondFactorStatus: (session: SessionActor) => secondFactorStatus(db, session.userId),
    /** An administrator clears a user's second factor and ends their sessions. */
    resetSecondFactor: (actor: Actor, username: string) => resetSecondFactor(db, actor, username, clock),
    /** The sign-in button's text when an OpenID Connect provider is set up, else null. */
    oidcLabel: (): string | null => sso?.label ?? null,
    /** Starts a sign-in through the OpenID Connect provider: where to send the browser, and the browser's token. */
    startOidcSignIn: (input: { redirectUri: string; returnTo: string }) => requireSso().start(input),
    /** Finishes it at the callback: the user to create a session for, or why not (audited either way). */
    finishOidcSignIn: (input: { browserToken: string | undefined; query: string; ip: string }) => requireSso().finish(input),

    /** Adds a user with a password (the CLI), an invitation link or a one-time password; returns what to hand the user, once. */
    addUser: (actor: Actor, input: NewUser) => addUser(db, actor, input, clock),
    listUsers: (actor: Actor) => listUsers(db, actor),
    getUser: (actor: Actor, username: string) => getUser(db, actor, username),
    disableUser: (actor: Actor, username: string) => disableUser(db, actor, username, clock),
    changeUser: (actor: Actor, username: string, input: { role: Role; agencyCode: string }) => changeUser(db, actor, username, input, clock),
    /** The API's PATCH of a user: role and agency (each kept when absent), and disabling. */
    updateUser: (actor: Actor, username: string, input: { role?: Role; agencyCode?: string; disabled?: boolean }) => updateUser(db, actor, username, input, clock),
    resetPassword: (actor: Actor, username: string, how: Exclude<Credential, 'password'>) => resetPassword(db, actor, username, how, clock),

    /** The user an invitation or reset link is for, or null when it cannot be used. */
    invitationFor: (token: string) => invitationFor(db, token, clock),
    acceptInvitation: (token: string, password: string) => acceptInvitation(db, token, password, clock),
    passwordChangeRequired: (userId: number) => passwordChangeRequired(db, userId),
    changeOwnPassword: (actor: Actor, input: { current: string; password: string }) => changeOwnPassword(db, actor, input, clock),

    createToken: (actor: Actor, input: TokenRequest) => createUserToken(db, actor, input, clock),
    listTokens: (actor: Actor) => listTokens(db, actor, clock),
    revokeToken: (actor: Actor, id: number) => revokeToken(db, actor, id, clock),

    searchAudit: (actor: Actor, input: AuditSearch) => searchAudit(db, actor, input),
    /** Seals, then checks the whole log (against an anchor when given): the first entry that does not verify, if any. */
    verifyAudit: (actor: Actor, opts: { anchor?: AuditAnchor } = {}) => verifyAudit(db, actor, { ...opts, clock }),
    /** Seals, then gives the head of the seals to keep elsewhere (`waymark audit anchor`). */
    anchorAudit: (actor: Actor) => anchorAuditLog(db, actor, clock),
    /** Seals the committed entries not yet sealed (the server does, every few seconds). */
    sealAudit: () => sealAudit(db, clock),
    /** Whether the database role could alter or empty the audit log (it owns it, is a superuser, or was granted more than INSERT and SELECT). */
    mayAlterAuditLog: () => mayAlterAuditLog(db),
  };
}
