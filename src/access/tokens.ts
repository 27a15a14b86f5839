// Secrets for sessions, API tokens and forms: random tokens, and the SHA-256
// under which a token is stored, so the database never holds one a thief could use.
import crypto from 'node:crypto';

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => crypto.randomBytes(bytes).toString('base64url');
