// How an error reaches the user: a status, a title and a plain message for a
// page, and RFC 9457 problem details for the API. The error family
// (src/errors.ts) maps to its status there; the database going away is a 503
// with "try again", never a stack trace.
import { httpStatusOf, isWaymarkError, problemDetails, type ProblemDetails } from '../errors.js';

export interface ErrorPage {
  status: number;
  code: string;
  title: string;
  message: string;
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);

export function isDatabaseUnavailable(e: any): boolean {
  if (!e) return false;
  if (UNAVAILABLE_CODES.has(e.code)) return true;
  const m = String(e.message ?? '');
  return /Connection terminated|timeout exceeded when trying to connect|embedded database worker exited|Client has encountered a connection error|terminating connection/i.test(m);
}

export function errorPage(e: any): ErrorPage {
  if (isDatabaseUnavailable(e)) {
    return { status: 503, code: 'database_unavailable', title: 'Sorry, the service is unavailable', message: 'Waymark cannot reach its database just now. Try again in a few minutes; nothing you had saved is lost.' };
  }
  if (e?.code === '53100') {
    // disk_full: the database could not grow its files (found by test/integration/faults/disk-full.test.ts).
    return { status: 503, code: 'storage_full', title: 'Sorry, the service cannot save changes', message: "Waymark's database storage is full, so nothing new can be saved. Nothing saved before is lost. Tell your administrator." };
  }
  const status = isWaymarkError(e) ? httpStatusOf(e) : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 400 || e?.validation) return { status: 400, code: 'bad_request', title: 'There is a problem with the request', message: e.message };
  if (status === 403) return { status, code: 'forbidden', title: 'You cannot see this page', message: e.message };
  if (status === 404) return { status, code: 'not_found', title: 'Page not found', message: e.message };
  if (status === 413) return { status, code: 'too_large', title: 'The upload is too large', message: e.message };
  if (status === 429) return { status, code: 'rate_limited', title: 'Too many attempts', message: e.message };
  if (status < 500) return { status, code: 'error', title: 'There is a problem', message: e.message };
  return { status: 500, code: 'internal_error', title: 'Sorry, there is a problem with the service', message: 'Try again later. The problem has been logged.' };
}

/** The answers the pipeline gives an API call before any route runs. */
export const UNAUTHENTICATED: ErrorPage = { status: 401, code: 'unauthenticated', title: 'Sign in first', message: 'Sign in or send a bearer token.' };
export const FORBIDDEN: ErrorPage = { status: 403, code: 'forbidden', title: 'You do not have permission to do that', message: 'You do not have permission to do that.' };
export const CSRF_REFUSED: ErrorPage = { status: 403, code: 'csrf', title: 'The form had expired', message: 'The form had expired. Go back, reload the page and try again.' };
export const NOT_FOUND: ErrorPage = { status: 404, code: 'not_found', title: 'Not found', message: 'Not found.' };
export const SECOND_FACTOR_NEEDED: ErrorPage = { status: 403, code: 'second_factor_required', title: 'Set up your second factor first', message: 'Set up a second factor (an authenticator app) before using Waymark: sign in on the web to enrol.' };

export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/**
 * An API error body: RFC 9457 problem details (with `field`, `file` and `row`
 * when the input says where), keeping `error` and `message` as extension
 * members for the clients written before problem details.
 */
export type ApiProblem = ProblemDetails & { error: string; message: string };

/** The JSON schema of an API error body, for routes' response schemas (and so the OpenAPI document). */
export const problemSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    field: { type: 'string' },
    file: { type: 'string' },
    row: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
  },
} as const;

export function apiProblem(page: ErrorPage, url: string, e?: unknown): ApiProblem {
  const instance = url.split('?')[0];
  const details: ProblemDetails = isWaymarkError(e)
    ? problemDetails(e, instance)
    : { type: `urn:waymark:problem:${page.code}`, title: page.title, status: page.status, detail: page.message, instance, code: page.code, ...validationField(e) };
  return { ...details, error: page.code, message: page.message };
}

/** The field a request-schema validation error names (a missing property, or the path of a bad one). */
function validationField(e: any): { field?: string } {
  const first = Array.isArray(e?.validation) ? e.validation[0] : undefined;
  if (!first) return {};
  const field = first.params?.missingProperty ?? String(first.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  return field ? { field } : {};
}
