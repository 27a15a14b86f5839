// Configuration from the environment, read once. Fails fast on a bad value,
// and, in production (NODE_ENV=production), on a setting production needs
// that is missing, naming the variable.
import path from 'node:path';
import { InvalidInputError } from './errors.js';

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
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new InvalidInputError(`${name} must be a whole number, not "${raw}".`);
  return n;
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
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.WAYMARK_DATA || './data'),
    // Local http on localhost cannot carry Secure cookies; production must.
    secureCookies: production ? true : env.WAYMARK_SECURE_COOKIES === '1',
    sessionHours: int(env, 'WAYMARK_SESSION_HOURS', 8),
    production,
    uploadLimitBytes: int(env, 'WAYMARK_UPLOAD_LIMIT_MB', 512) * 1024 * 1024,
  };
}
