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
  };
}
