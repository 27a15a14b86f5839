// Configuration from the environment, read once. Fails fast on a bad value,
// and, in production (NODE_ENV=production), on a setting production needs
// that is missing, naming the variable.
import path from 'node:path';
import { InvalidInputError } from './errors.js';

/** The levels WAYMARK_LOG_LEVEL accepts; request lines appear at info and below. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Cookies get the Secure flag (on unless WAYMARK_INSECURE_COOKIES=1 for local http). */
  secureCookies: boolean;
  sessionHours: number;
  /** A session with no request for this long ends (WAYMARK_IDLE_MINUTES, default 30). */
  idleMinutes: number;
  /**
   * Which proxies' X-Forwarded-For to believe (WAYMARK_TRUST_PROXY): none
   * (false, the default), a number of hops, or a list of addresses and CIDRs.
   */
  trustProxy: false | number | string[];
  production: boolean;
  /** The largest file the upload page accepts (WAYMARK_UPLOAD_LIMIT_MB, default 512). */
  uploadLimitBytes: number;
  /** The longest CSV row (WAYMARK_CSV_RECORD_LIMIT_KB, default 1024) and the most an XLSX file may unzip to (WAYMARK_XLSX_EXPANDED_LIMIT_MB, default 1024). */
  fileLimits: { csvRecordChars: number; xlsxExpandedBytes: number };
  /** What the server logs (WAYMARK_LOG_LEVEL, default warn: server errors only, no line per request). */
  logLevel: LogLevel;
  /** Sign-in through an agency's OpenID Connect provider; null when WAYMARK_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /**
   * The audit log's HMAC key, a file kept outside the database
   * (WAYMARK_AUDIT_KEY_FILE; by default `<data folder>.audit-key` beside the
   * embedded data folder, or `.waymark/audit.key` in the working folder when
   * DATABASE_URL is set). Made on first use, except in production.
   */
  auditKeyFile: string;
  /** PostgreSQL: the schema owner's connection string for migrations (WAYMARK_MIGRATION_DATABASE_URL), when DATABASE_URL's role may only use the tables. */
  migrationDatabaseUrl: string | undefined;
  /** PostgreSQL: a streaming replica of DATABASE_URL for the heavy reads (DATABASE_REPLICA_URL; docs/deploy.md). */
  databaseReplicaUrl?: string;
  /** Calls each API token (or session, or address) may make to /api/v1 per window (WAYMARK_API_RATE_LIMIT, default 600/minute). */
  apiRateLimit: { max: number; windowMs: number };
}

/** Where the audit key is kept: named, or beside the data it protects but never inside it (a copy of the data folder must not carry it). */
export function auditKeyFile(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.WAYMARK_AUDIT_KEY_FILE) return path.resolve(env.WAYMARK_AUDIT_KEY_FILE);
  if (env.DATABASE_URL) return path.resolve('.waymark', 'audit.key');
  return `${dataDir}.audit-key`;
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

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.WAYMARK_LOG_LEVEL;
  if (raw === undefined || raw === '') return env.WAYMARK_LOG === '1' ? 'info' : 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new InvalidInputError(`WAYMARK_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}".`);
  return raw as LogLevel;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new InvalidInputError(`${name} must be a whole number, not "${raw}".`);
  return n;
}

function positiveInt(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${raw}"`);
  return n;
}

/**
 * WAYMARK_TRUST_PROXY: unset or empty trusts no proxy (the client address is
 * the connection's); a whole number trusts that many hops of X-Forwarded-For;
 * otherwise a comma-separated list of proxy addresses or CIDR ranges
 * (e.g. "10.0.0.0/8,127.0.0.1"). "true" is refused: say which proxies.
 */
export function trustProxy(raw: string | undefined): false | number | string[] {
  const v = (raw ?? '').trim();
  if (v === '' || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;
  const bad = list.find((s) => !address.test(s));
  if (bad !== undefined) throw new Error(`WAYMARK_TRUST_PROXY must be a number of hops or a comma-separated list of addresses or CIDRs, not "${bad}"`);
  return list;
}

/**
 * What production refuses to guess. The database must be named: a production
 * server that quietly made an embedded database in ./data of whatever folder
 * it was started from would look set up and hold nothing.
 */
function checkProduction(env: NodeJS.ProcessEnv): void {
  if (!env.DATABASE_URL && !env.WAYMARK_DATA) {
    throw new InvalidInputError('NODE_ENV=production needs the database named: set DATABASE_URL (PostgreSQL) or WAYMARK_DATA (the embedded database\'s data folder).');
  }
  if (env.WAYMARK_SECURE_COOKIES !== undefined && env.WAYMARK_SECURE_COOKIES !== '1') {
    throw new InvalidInputError('WAYMARK_SECURE_COOKIES cannot be turned off in production (NODE_ENV=production): cookies are always Secure there; serve over HTTPS.');
  }
}

export function loadConfig(env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  if (production) checkProduction(env);
  const dataDir = path.resolve(env.WAYMARK_DATA || './data');
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    // Local http on localhost cannot carry Secure cookies; production must.
    secureCookies: production ? true : env.WAYMARK_SECURE_COOKIES === '1',
    sessionHours: int(env, 'WAYMARK_SESSION_HOURS', 8),
    idleMinutes: positiveInt('WAYMARK_IDLE_MINUTES', 30, env),
    trustProxy: trustProxy(env.WAYMARK_TRUST_PROXY),
    production,
    uploadLimitBytes: int(env, 'WAYMARK_UPLOAD_LIMIT_MB', 512) * 1024 * 1024,
    fileLimits: {
      csvRecordChars: positiveInt('WAYMARK_CSV_RECORD_LIMIT_KB', 1024, env) * 1024,
      xlsxExpandedBytes: positiveInt('WAYMARK_XLSX_EXPANDED_LIMIT_MB', 1024, env) * 1024 * 1024,
    },
    logLevel: logLevel(env),
    oidc: oidcConfig(env, production),
    auditKeyFile: auditKeyFile(env, dataDir),
    migrationDatabaseUrl: env.WAYMARK_MIGRATION_DATABASE_URL || undefined,
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    apiRateLimit: apiRateLimit(env.WAYMARK_API_RATE_LIMIT),
  };
}

const RATE_WINDOWS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000 };

/** WAYMARK_API_RATE_LIMIT: "600/minute" (also /second, /hour; a bare number is per minute). */
export function apiRateLimit(raw: string | undefined): { max: number; windowMs: number } {
  if (raw === undefined || raw.trim() === '') return { max: 600, windowMs: 60_000 };
  const m = /^\s*(\d+)\s*(?:\/\s*(second|minute|hour))?\s*$/.exec(raw);
  if (!m || Number(m[1]) < 1) throw new InvalidInputError(`WAYMARK_API_RATE_LIMIT must be a number of calls per second, minute or hour, such as "600/minute", not "${raw}".`);
  return { max: Number(m[1]), windowMs: RATE_WINDOWS[m[2] ?? 'minute']! };
}
