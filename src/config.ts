// Configuration from the environment, read once. Fails fast on a bad value.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Cookies get the Secure flag (on unless WAYMARK_INSECURE_COOKIES=1 for local http). */
  secureCookies: boolean;
  sessionHours: number;
  production: boolean;
  /** The largest file the upload page accepts (WAYMARK_UPLOAD_LIMIT_MB, default 512). */
  uploadLimitBytes: number;
  /** Sign-in through an agency's OpenID Connect provider; null when WAYMARK_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
}

/** The OpenID Connect provider that agencies sign in through (single sign-on). */
export interface OidcConfig {
  /** The issuer's URL, or the address of its discovery document (…/.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** Where the provider sends the browser back; undefined: this site's /sign-in/oidc/callback, from the request's host. */
  redirectUri: string | undefined;
  /** The sign-in button's text. */
  label: string;
}

/** The URL as given (an issuer identifier is compared character for character: no added slash). */
function url(name: string, raw: string): string {
  try {
    new URL(raw);
    return raw;
  } catch {
    throw new Error(`${name} must be a URL, not "${raw}"`);
  }
}

function oidcConfig(env: NodeJS.ProcessEnv, production: boolean): OidcConfig | null {
  const issuer = env.WAYMARK_OIDC_ISSUER;
  if (!issuer) return null;
  const clientId = env.WAYMARK_OIDC_CLIENT_ID;
  if (!clientId) throw new Error('WAYMARK_OIDC_CLIENT_ID must be set when WAYMARK_OIDC_ISSUER is');
  const redirectUri = env.WAYMARK_OIDC_REDIRECT_URI ? url('WAYMARK_OIDC_REDIRECT_URI', env.WAYMARK_OIDC_REDIRECT_URI) : undefined;
  // Behind a proxy the request's host and scheme can be wrong; production names its address.
  if (production && !redirectUri) throw new Error('WAYMARK_OIDC_REDIRECT_URI must be set in production when WAYMARK_OIDC_ISSUER is');
  return {
    issuer: url('WAYMARK_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: env.WAYMARK_OIDC_CLIENT_SECRET || undefined,
    redirectUri,
    label: env.WAYMARK_OIDC_LABEL || 'Sign in with your organisation',
  };
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return n;
}

export function loadConfig(env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: int('PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.WAYMARK_DATA || './data'),
    // Local http on localhost cannot carry Secure cookies; production must.
    secureCookies: production ? true : env.WAYMARK_SECURE_COOKIES === '1',
    sessionHours: int('WAYMARK_SESSION_HOURS', 8),
    production,
    uploadLimitBytes: int('WAYMARK_UPLOAD_LIMIT_MB', 512) * 1024 * 1024,
    oidc: oidcConfig(env, production),
  };
}
