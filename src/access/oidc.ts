// Signing in through an agency's OpenID Connect provider (single sign-on,
// SPEC 3.8): the authorisation code flow with PKCE (S256), state and nonce,
// through the maintained `openid-client` library. The provider vouches for a
// person; Waymark maps them to an EXISTING account, by the subject the
// provider gives them (users.oidc_subject) or, when the provider says the
// address is verified, by e-mail (users.email). It never creates an account.
//
// A sign-in under way is kept in the database (oidc_sign_ins), so any web
// process can take the provider's callback, and is bound to the browser that
// started it by a random token that the browser holds in a short-lived cookie
// and the database holds only as its SHA-256. Each is used once.
import * as client from 'openid-client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Clock } from '../calendar/clock.js';
import type { OidcConfig } from '../config.js';
import { appendAudit } from './audit.js';
import { randomToken, sha256 } from './tokens.js';

/** How long the browser has to come back from the provider. */
export const OIDC_SIGN_IN_MINUTES = 10;

export interface OidcStart {
  /** The provider's authorisation address, to redirect the browser to. */
  url: string;
  /** For the browser's short-lived cookie: it must come back with it. */
  browserToken: string;
  maxAgeSeconds: number;
}

/** Why a sign-in through the provider did not sign anyone in. */
export type OidcRefusal =
  /** The provider vouched for someone with no Waymark account (no matching subject, no verified matching e-mail). */
  | 'no_account'
  /** The account the identity maps to is disabled. */
  | 'disabled'
  /** No sign-in under way for this browser, or it took too long, or it was used already. */
  | 'expired'
  /** The person cancelled at the provider or the provider refused. */
  | 'cancelled'
  /** The provider's answer did not validate (state, code, ID token) or the provider could not be reached. */
  | 'failed';

export type OidcResult = { ok: true; userId: number; returnTo: string } | { ok: false; reason: OidcRefusal };

/** Who the provider vouched for: the claims the mapping reads. */
interface Identity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

function isLoopback(u: URL): boolean {
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
}

/**
 * The sign-in through one configured provider. The provider's metadata is
 * discovered at the first sign-in (and again after a failed discovery).
 */
export function oidcSignIn({ db, clock, settings }: { db: Kysely<DB>; clock: Clock; settings: OidcConfig }) {
  const issuer = new URL(settings.issuer);
  let configuration: Promise<client.Configuration> | undefined;

  function provider(): Promise<client.Configuration> {
    configuration ??= client
      .discovery(
        issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        // Plain http only to a provider on this machine (tests, local trials); anything else must be https.
        { execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [client.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((e: unknown) => {
        configuration = undefined;
        throw e;
      });
    return configuration;
  }

  /** Starts a sign-in: remembers state, nonce and PKCE verifier, and says where to send the browser. */
  async function start(input: { redirectUri: string; returnTo: string }): Promise<OidcStart> {
    const config = await provider();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const browserToken = randomToken();
    const now = clock.now().getTime();
    await db.deleteFrom('oidc_sign_ins').where('expires_at', '<', new Date(now)).execute();
    await db
      .insertInto('oidc_sign_ins')
      .values({
        id: sha256(browserToken),
        state,
        nonce,
        code_verifier: codeVerifier,
        redirect_uri: input.redirectUri,
        return_to: input.returnTo,
        expires_at: new Date(now + OIDC_SIGN_IN_MINUTES * 60_000),
      })
      .execute();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: input.redirectUri,
      scope: 'openid email',
      response_type: 'code',
      state,
      nonce,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, browserToken, maxAgeSeconds: OIDC_SIGN_IN_MINUTES * 60 };
  }

  /** Exchanges the code, validates the ID token and maps the identity; the outcome is audited. */
  async function finish(input: { browserToken: string | undefined; query: string; ip: string }): Promise<OidcResult> {
    if (!input.browserToken) return { ok: false, reason: 'expired' };
    const flow = await db.deleteFrom('oidc_sign_ins').where('id', '=', sha256(input.browserToken)).returningAll().executeTakeFirst();
    if (!flow || new Date(flow.expires_at).getTime() <= clock.now().getTime()) return { ok: false, reason: 'expired' };
    const params = new URLSearchParams(input.query);
    if (params.get('error')) {
      await refused(null, `oidc:${issuer.host}`, input.ip, `provider answered ${params.get('error')}`);
      return { ok: false, reason: 'cancelled' };
    }
    let identity: Identity;
    try {
      identity = await exchange(flow, params);
    } catch (e) {
      await refused(null, `oidc:${issuer.host}`, input.ip, `the provider's answer did not validate: ${(e as Error).message}`);
      return { ok: false, reason: 'failed' };
    }
    const match = await findUser(identity);
    const label = `oidc:${identity.email ?? identity.subject}`;
    if (!match) {
      await refused(null, label, input.ip, 'no account for this identity', { subject: identity.subject });
      return { ok: false, reason: 'no_account' };
    }
    const { user, by } = match;
    if (user.disabled) {
      await refused(user, user.username, input.ip, 'the account is disabled', { subject: identity.subject, matched_by: by });
      return { ok: false, reason: 'disabled' };
    }
    await db.transaction().execute(async (trx) => {
      await appendAudit(
        trx,
        { userId: user.id, partnershipId: user.partnership_id, label: user.username },
        { action: 'sign_in', what: 'signed in through OpenID Connect', details: { ip: input.ip, method: 'oidc', issuer: issuer.href, subject: identity.subject, matched_by: by } },
        clock,
      );
    });
    return { ok: true, userId: user.id, returnTo: flow.return_to };
  }

  async function exchange(flow: { redirect_uri: string; state: string; nonce: string; code_verifier: string }, params: URLSearchParams): Promise<Identity> {
    const config = await provider();
    const callback = new URL(flow.redirect_uri);
    callback.search = params.toString();
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: flow.code_verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let verified = claims.email_verified === true;
    // Many providers put the e-mail in the UserInfo answer rather than the ID token.
    if (email === undefined) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : undefined;
      verified = info.email_verified === true;
    }
    return { subject: claims.sub, email, emailVerified: verified };
  }

  /** The account by subject, else by a verified e-mail that names exactly one account not linked to another subject. */
  async function findUser(identity: Identity) {
    const columns = ['id', 'partnership_id', 'username', 'disabled', 'oidc_subject'] as const;
    const bySubject = await db.selectFrom('users').select(columns).where('oidc_subject', '=', identity.subject).executeTakeFirst();
    if (bySubject) return { user: bySubject, by: 'subject' as const };
    if (!identity.email || !identity.emailVerified) return null;
    const byEmail = await db
      .selectFrom('users')
      .select(columns)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', identity.email!.toLowerCase()))
      .limit(2)
      .execute();
    // Two accounts with one address: which one is meant cannot be told.
    if (byEmail.length !== 1) return null;
    const user = byEmail[0]!;
    // An account linked to another identity at the provider is not this person's.
    if (user.oidc_subject !== null && user.oidc_subject !== identity.subject) return null;
    return { user, by: 'email' as const };
  }

  async function refused(user: { id: number; partnership_id: number } | null, label: string, ip: string, why: string, details: Record<string, unknown> = {}): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await appendAudit(
        trx,
        { userId: user?.id ?? null, partnershipId: user?.partnership_id ?? null, label },
        { action: 'sign_in_failed', what: `sign-in through OpenID Connect refused: ${why}`, details: { ip, method: 'oidc', ...details } },
        clock,
      );
    });
  }

  return { label: settings.label, start, finish };
}

export type OidcSignIn = ReturnType<typeof oidcSignIn>;
