// Cross-site request forgery tokens: the double-submit cookie for forms shown
// before sign-in, and the check a state-changing request must pass.
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken } from '../access/tokens.js';

export const CSRF_COOKIE = 'waymark_csrf';

/**
 * Whether a state-changing request carries the right CSRF token: in the form
 * field (`sent`) or in the x-csrf-token header. Signed-in forms use the
 * session's token; forms before sign-in the double-submit cookie.
 */
export function csrfTokenMatches(req: FastifyRequest, sent: string | undefined): boolean {
  if (req.actor && !req.session) return true; // bearer token: no cookie, no CSRF
  const token = sent ?? (req.headers['x-csrf-token'] as string | undefined);
  const expected = req.session ? req.session.csrfToken : req.cookies[CSRF_COOKIE];
  return Boolean(token && expected && timingSafeEqual(token, expected));
}

function timingSafeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The CSRF token for a page shown before sign-in (the double-submit cookie). */
export function preSessionCsrf(req: FastifyRequest, reply: FastifyReply): string {
  const existing = req.cookies[CSRF_COOKIE];
  if (existing) return existing;
  const token = randomToken(24);
  reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: reply.server.deps.config.secureCookies });
  return token;
}
