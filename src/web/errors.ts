// How an error reaches the user: a status, a title and a plain message for a
// page, and RFC 9457 problem details for the API. The error family
// (src/errors.ts) maps to its status there; the database going away is a 503
// with "try again", never a stack trace.
import cluster from 'node:cluster';
import os from 'node:os';
import { httpStatusOf, isWaymarkError, messageOn, problemDetails, type ProblemDetails } from '../errors.js';
import type { LogLevel } from '../config.js';
import { JustificationRequiredError } from '../access/permissions.js';

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

/**
 * The page for an error. `change` is set for a form's submission (POST and the
 * like): a refusal then says the change was refused, not that a page is hidden.
 * `door` is whose advice the message carries (src/errors.ts messageOn): the
 * web's page to go to, or the API's path; the web's unless told.
 */
export function errorPage(e: any, opts: { change?: boolean; door?: 'web' | 'api' } = {}): ErrorPage {
  if (isDatabaseUnavailable(e)) {
    return { status: 503, code: 'database_unavailable', title: 'Sorry, the service is unavailable', message: 'Waymark cannot reach its database just now. Try again in a few minutes; nothing you had saved is lost.' };
  }
  if (e?.code === '53100') {
    // disk_full: the database could not grow its files (found by test/integration/faults/disk-full.test.ts).
    return { status: 503, code: 'storage_full', title: 'Sorry, the service cannot save changes', message: "Waymark's database storage is full, so nothing new can be saved. Nothing saved before is lost. Tell your administrator." };
  }
  const status = isWaymarkError(e) ? httpStatusOf(e) : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  const message: string = isWaymarkError(e) ? messageOn(e, opts.door ?? 'web') : e?.message;
  if (status === 400 || e?.validation) return { status: 400, code: 'bad_request', title: 'There is a problem with the request', message };
  if (status === 403) return { status, code: 'forbidden', title: opts.change ? 'You cannot make this change' : 'You cannot see this page', message };
  if (status === 404) return { status, code: 'not_found', title: 'Page not found', message };
  if (status === 405) return { status, code: 'method_not_allowed', title: 'Method not allowed', message };
  if (status === 409) return { status, code: 'conflict', title: 'This clashes with what is stored', message };
  if (status === 412) return { status, code: 'stale', title: 'Someone else changed this first', message };
  if (status === 413) return { status, code: 'too_large', title: 'The upload is too large', message };
  if (status === 415) return { status, code: 'unsupported_media_type', title: 'The body is not in a format this address takes', message };
  if (status === 429) return { status, code: 'rate_limited', title: 'Too many attempts', message };
  if (status < 500) return { status, code: 'error', title: 'There is a problem', message };
  return { status: 500, code: 'internal_error', title: 'Sorry, there is a problem with the service', message: 'Try again later. The problem has been logged.' };
}

/** One failure of a request schema, as the validator reports it. */
interface SchemaFailure {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: { allowedValues?: unknown[] };
}

/**
 * The message of a request that fails its schema: each failure as
 * "body/pathway must be …" (Fastify's own form), and a choice from a list says
 * what the list is, so the caller need not look it up.
 */
export function schemaErrorMessage(failures: readonly SchemaFailure[], dataVar: string): Error {
  const said = failures.map((f) => {
    const allowed = f.keyword === 'enum' && Array.isArray(f.params?.allowedValues) ? `: ${f.params.allowedValues.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}` : '';
    return `${dataVar}${f.instancePath ?? ''} ${f.message ?? 'is not valid'}${allowed}`;
  });
  return new Error(said.join(', '));
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
 * when the input says where), keeping `error` (the older word for the status's
 * kind of problem) and `message` as extension members for the clients written
 * before problem details.
 */
export type ApiProblem = ProblemDetails & { error: string; message: string };

/** The JSON schema of an API error body, for routes' response schemas (and so the OpenAPI document). */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details. `field`, `file` and `row` say where in the input the problem is, when it is in the input.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', description: 'A URN naming the kind of problem: urn:waymark:problem:<code>.' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'What is wrong, in words a user can act on.' },
    instance: { type: 'string', description: 'The path that was called.' },
    code: { type: 'string', description: 'The kind of problem, as a stable word (not_found, invalid_input, stale, rate_limited...).' },
    field: { type: 'string', description: 'The field (JSON property, query parameter or header) at fault.' },
    file: { type: 'string', description: 'The uploaded file at fault.' },
    row: { type: 'integer', description: "The file's row at fault (1 is the header row)." },
    error: { type: 'string', description: 'The older word for the kind of problem, one for each status (bad_request, unauthenticated, forbidden, not_found, conflict, stale...), kept for clients written before problem details; code can be finer (invalid_input where error is bad_request).' },
    message: { type: 'string', description: 'The same as detail (kept for clients written before problem details).' },
  },
} as const;

export function apiProblem(page: ErrorPage, url: string, e?: unknown): ApiProblem {
  const instance = url.split('?')[0];
  if (e instanceof JustificationRequiredError) {
    // A restricted record: the reason for viewing goes in the X-Justification header.
    const code = 'justification_required';
    return { type: `urn:waymark:problem:${code}`, title: 'This record is restricted', status: 403, detail: `${e.message} Send the reason in the X-Justification header.`, instance, code, field: 'X-Justification', error: code, message: e.message };
  }
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

// ---------------------------------------------------------------- server error logging
// A server error is logged as one structured line (pino, which Fastify
// bundles): the request's id, method and route pattern (never the address as
// typed, whose query can carry a name), the status, and the error's class,
// code and stack. A database error's message can echo stored values ("Key
// (person_ref)=(X) already exists"), so it is replaced by its SQLSTATE code and
// constraint; the stack keeps its frames, not the message it begins with.

/** Whether an error comes from the database (its message may hold stored values). */
export function isDatabaseError(e: any): boolean {
  if (!e || typeof e !== 'object') return false;
  return (
    e.name === 'DatabaseError' ||
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) ||
    'severity' in e ||
    'constraint' in e ||
    'detail' in e
  );
}

/** The stack's frames without the message it begins with. */
function framesOf(e: any): string | undefined {
  if (typeof e?.stack !== 'string') return undefined;
  return e.stack
    .split('\n')
    .filter((line: string) => /^\s+at /.test(line))
    .join('\n');
}

/** An error as a log record: class, code and frames; the message only when it cannot hold stored data. */
export function errorLogFields(e: any): Record<string, unknown> {
  if (!e || typeof e !== 'object') return { class: typeof e };
  const fields: Record<string, unknown> = { class: e.constructor?.name ?? e.name ?? 'Error' };
  if (e.name && e.name !== fields.class) fields.name = e.name;
  if (typeof e.code === 'string' || typeof e.code === 'number') fields.code = e.code;
  if (isDatabaseError(e)) {
    if (typeof e.code === 'string') fields.sqlState = e.code;
    if (typeof e.constraint === 'string') fields.constraint = e.constraint;
    if (typeof e.table === 'string') fields.table = e.table;
  } else if (typeof e.message === 'string') {
    fields.message = e.message;
  }
  const stack = framesOf(e);
  if (stack) fields.stack = stack;
  if (e.cause && e.cause !== e) fields.cause = errorLogFields(e.cause);
  return fields;
}

interface LoggedRequest {
  id?: string;
  method?: string;
  routeOptions?: { url?: string };
}

/** A request as a log record: its route pattern, not its address. */
export function requestLogFields(req: LoggedRequest): Record<string, unknown> {
  return { id: req.id, method: req.method, route: req.routeOptions?.url ?? '(no route)' };
}

/** The one line a server error (5xx) leaves in the log. */
export function serverErrorLog(e: unknown, req: LoggedRequest, status: number): Record<string, unknown> {
  return { event: 'server_error', ...requestLogFields(req), status, error: errorLogFields(e) };
}

/** Fastify's logger options: quiet by default (errors only), every serializer free of addresses and messages that could hold personal data. */
export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream) {
  return {
    level,
    serializers: {
      req: (req: LoggedRequest) => requestLogFields(req),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      // Fastify's type asks for pino's shape ({type, message, stack}); a database error has no message here, by design.
      err: (e: unknown) => errorLogFields(e) as { type: string; message: string; stack: string },
    },
    ...(stream ? { stream } : {}),
    // Under `serve --workers N`, each line says which worker wrote it (pino's own base has the pid).
    ...(cluster.isWorker ? { base: { pid: process.pid, hostname: os.hostname(), worker: cluster.worker?.id } } : {}),
  };
}
