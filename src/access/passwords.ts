// Password hashing with argon2id (SPEC 3.8), OWASP's recommended parameters.
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { InvalidInputError } from '../errors.js';

export const MIN_PASSWORD_LENGTH = 12;

/** A password a user may choose: 12 characters at least (SPEC 3.8). */
export function checkNewPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new InvalidInputError(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`, { field });
  if (password.length > 1024) throw new InvalidInputError('The password must be at most 1,024 characters long.', { field });
}

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a user without a password yet (invited, or reset by link). */
export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  if (hashed === null) return false;
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}
