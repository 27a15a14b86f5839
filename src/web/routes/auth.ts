// Sign in (a password, then a code for a user with a second factor), second
// factor enrolment, the account page, sign out and sign out everywhere.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../session-cookie.js';
import { preSessionCsrf } from '../csrf.js';
import { InvalidInputError } from '../../errors.js';

/** Where a user who must enrol a second factor is sent. */
export const ENROLMENT_PATH = '/account/second-factor';
/** The cookie that carries the challenge between the password and the code (not a session). */
export const CHALLENGE_COOKIE = 'waymark_sign_in';

/** Only local paths, so a sign-in link cannot send someone to another site. */
export function safeReturnTo(v: unknown): string {
  return typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/';
}

/** The session cookie, the same after every way of signing in. */
export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.deps.config.secureCookies,
    maxAge: app.deps.config.sessionHours * 3600,
  });
}

/** The code step: answers only with the challenge the right password gave. */
async function codeStep(app: FastifyInstance, req: FastifyRequest<{ Body: { code?: string } }>, reply: FastifyReply): Promise<FastifyReply> {
  const challenge = req.cookies[CHALLENGE_COOKIE];
  const code = (req.body?.code ?? '').trim();
  const again = (status: number, message: string) => {
    reply.code(status);
    return reply.render('sign-in-code.njk', {
      title: 'Enter your security code',
      csrfToken: preSessionCsrf(req, reply),
      fieldErrors: { code: message },
      errors: [{ text: message, href: '#code' }],
    });
  };
  if (!challenge) return reply.redirect('/sign-in', 303);
  if (!code) return again(400, 'Enter the code from your authenticator app, or a recovery code');
  const result = await app.services.access.completeSignIn({ challenge, code, ip: req.ip });
  if (!result.ok) {
    if (result.reason === 'expired') {
      reply.clearCookie(CHALLENGE_COOKIE, { path: '/sign-in' });
      return reply.redirect('/sign-in', 303);
    }
    if (result.reason === 'rate_limited') return again(429, `Too many failed attempts. Wait ${result.waitMinutes} minutes, then try again.`);
    return again(401, 'The code is not right. Enter the code your app shows now, or an unused recovery code');
  }
  reply.clearCookie(CHALLENGE_COOKIE, { path: '/sign-in' });
  setSessionCookie(app, reply, result.token);
  return reply.redirect(safeReturnTo(result.returnTo), 303);
}

/** Sends the browser to the code step with its challenge. */
export function toCodeStep(app: FastifyInstance, reply: FastifyReply, challenge: string): FastifyReply {
  reply.setCookie(CHALLENGE_COOKIE, challenge, { path: '/sign-in', httpOnly: true, sameSite: 'lax', secure: app.deps.config.secureCookies, maxAge: 5 * 60 });
  return reply.redirect('/sign-in', 303);
}

export function registerAuthRoutes(app: FastifyInstance): void {
  // One address for both steps: with a live challenge (the password was right)
  // the page asks for the code; otherwise for the username and password.
  app.get<{ Querystring: { returnTo?: string } }>('/sign-in', { config: { access: 'public' } }, async (req, reply) => {
    if (req.session) return reply.redirect('/', 303);
    const challenge = req.cookies[CHALLENGE_COOKIE];
    if (challenge && (await app.services.access.pendingSignIn(challenge))) {
      return reply.render('sign-in-code.njk', { title: 'Enter your security code', csrfToken: preSessionCsrf(req, reply), fieldErrors: {} });
    }
    return reply.render('sign-in.njk', { title: 'Sign in', csrfToken: preSessionCsrf(req, reply), returnTo: safeReturnTo(req.query.returnTo), fieldErrors: {} });
  });

  app.post<{ Body: { username?: string; password?: string; returnTo?: string; step?: string; code?: string } }>('/sign-in', { config: { access: 'public' } }, async (req, reply) => {
    if (req.body?.step === 'code') return codeStep(app, req, reply);
    const username = (req.body?.username ?? '').trim();
    const password = req.body?.password ?? '';
    const returnTo = safeReturnTo(req.body?.returnTo);
    const fieldErrors: Record<string, string> = {};
    if (!username) fieldErrors.username = 'Enter your username';
    if (!password) fieldErrors.password = 'Enter your password';
    const again = (status: number, errors: Record<string, string>, summary?: string) => {
      reply.code(status);
      const list = summary ? [{ text: summary, href: '#username' }] : Object.entries(errors).map(([k, text]) => ({ text, href: `#${k}` }));
      return reply.render('sign-in.njk', { title: 'Sign in', csrfToken: preSessionCsrf(req, reply), returnTo, username, fieldErrors: errors, errors: list });
    };
    if (Object.keys(fieldErrors).length) return again(400, fieldErrors);
    const result = await app.services.access.signIn({ username, password, ip: req.ip, returnTo, previousToken: req.cookies[SESSION_COOKIE] });
    if (!result.ok) {
      if (result.reason === 'rate_limited') {
        return again(429, {}, `Too many failed attempts. Wait ${result.waitMinutes} minutes, then try again.`);
      }
      return again(401, { username: ' ', password: ' ' }, 'The username or password is not right');
    }
    if (result.next === 'second_factor') {
      return toCodeStep(app, reply, result.challenge);
    }
    setSessionCookie(app, reply, result.token);
    return reply.redirect(returnTo, 303);
  });

  app.get('/account', { config: { access: 'signed-in' } }, async (req, reply) => {
    const status = await app.services.access.secondFactorStatus(req.session!);
    return reply.render('account.njk', { title: 'Your account', status });
  });

  app.get(ENROLMENT_PATH, { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    const session = req.session;
    if (!session) return reply.redirect('/', 303); // an API token has no second factor to enrol
    const status = await app.services.access.secondFactorStatus(session);
    if (status.enrolled) return reply.redirect('/account', 303);
    const enrolment = await app.services.access.startEnrolment(session);
    return reply.render('enrol.njk', { title: 'Set up your second factor', enrolment, required: session.mustEnrol, fieldErrors: {} });
  });

  app.post<{ Body: { code?: string } }>(ENROLMENT_PATH, { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    const session = req.session;
    if (!session) return reply.redirect('/', 303);
    const code = (req.body?.code ?? '').trim();
    try {
      if (!code) throw new InvalidInputError('Enter the 6-digit code your app shows', { field: 'code' });
      const { token, recoveryCodes } = await app.services.access.completeEnrolment(session, code);
      // A new session for the new privilege; the page below already belongs to it.
      setSessionCookie(app, reply, token);
      req.session = await app.services.access.sessionActor(token);
      req.actor = req.session;
      return reply.render('recovery-codes.njk', { title: 'Save your recovery codes', recoveryCodes });
    } catch (e) {
      if (!(e instanceof InvalidInputError)) throw e;
      reply.code(400);
      const enrolment = await app.services.access.startEnrolment(session);
      return reply.render('enrol.njk', {
        title: 'Set up your second factor',
        enrolment,
        required: session.mustEnrol,
        fieldErrors: { code: e.message },
        errors: [{ text: e.message, href: '#code' }],
      });
    }
  });

  app.post('/sign-out', { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    const s = req.session;
    if (s) await app.services.access.signOut(s);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in', 303);
  });

  app.post('/sign-out-everywhere', { config: { access: 'signed-in', beforeSecondFactor: true } }, async (req, reply) => {
    const s = req.session;
    if (s) await app.services.access.signOutEverywhere(s);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in', 303);
  });
}
