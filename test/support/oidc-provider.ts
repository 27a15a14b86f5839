// A real OpenID Connect provider for the tests: the `oidc-provider` package
// (8.x, the last line that supports Node 20), started in this process on a
// loopback port. It has one confidential client (Waymark), requires PKCE with
// S256, signs ID tokens with a key made per run, and knows a few synthetic
// people. Its built-in development interactions render a plain login form
// (any password); consent is granted automatically to the one client, as an
// organisation's provider does for its own applications.
//
// Two steps, because each side needs the other's address: listen first (the
// issuer is known), then, once Waymark listens, say where it takes callbacks.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export interface TestIdentity {
  /** The subject (`sub`), which is also what one types as the login at the provider. */
  sub: string;
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Starts answering, with the client's registered redirect URIs and the people the provider knows. */
  start(opts: { redirectUris: string[]; identities: TestIdentity[] }): void;
  close(): Promise<void>;
}

export async function listenTestProvider(): Promise<TestProvider> {
  let handler: http.RequestListener | undefined;
  const server = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    res.statusCode = 503;
    res.end('not started');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'waymark-test';
  const clientSecret = crypto.randomBytes(24).toString('hex');

  return {
    issuer,
    clientId,
    clientSecret,
    start({ redirectUris, identities }) {
      const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
      const known = new Map(identities.map((i) => [i.sub, i]));
      const configuration: Configuration = {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: redirectUris,
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        pkce: { required: () => true, methods: ['S256'] },
        jwks: { keys: [signingKey as any] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
        features: { devInteractions: { enabled: true } },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
        async findAccount(_ctx, id) {
          const person = known.get(id);
          if (!person) return undefined;
          return { accountId: id, claims: async () => ({ sub: id, email: person.email, email_verified: person.email_verified }) };
        },
        // Consent for the one first-party client is implied: grant what it asks.
        async loadExistingGrant(ctx: KoaContextWithOIDC) {
          const { client, session } = ctx.oidc;
          if (!client || !session?.accountId) return undefined;
          const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
          if (existing) return ctx.oidc.provider.Grant.find(existing);
          const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
          grant.addOIDCScope('openid email');
          await grant.save();
          return grant;
        },
      };
      const provider = new Provider(issuer, configuration);
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
