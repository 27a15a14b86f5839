// JSON-schema pieces every API route shares, so that the OpenAPI document
// (3.1, JSON Schema 2020-12) says the same thing the same way everywhere.
// Nullable values are written `type: ['string', 'null']` (3.1), never
// `nullable: true` (3.0 only).
import crypto from 'node:crypto';
import { problemSchema } from './errors.js';

export const API_PREFIX = '/api/v1/';

const PROBLEM_JSON_TYPE = 'application/problem+json';

const STATUS_WORDS: Record<number, string> = {
  400: 'Bad request: a parameter, header or body field is wrong (named in `field`, or `file` and `row`).',
  401: 'Not signed in: send a bearer token or a session cookie.',
  403: "Refused: the token's role or scope does not allow this, or the record is restricted (send X-Justification).",
  404: 'Not found, or not visible to you.',
  405: 'This address does not answer this method (see the Allow header).',
  409: 'The change clashes with what is stored.',
  412: 'If-Match names a version that is no longer current: fetch again and retry.',
  413: 'The body is too large.',
  415: 'The body is not in a format this address takes.',
  429: 'Too many calls for this token: wait for the seconds in Retry-After.',
  500: 'A fault in Waymark; it has been logged.',
  503: 'The database cannot be reached or is full; try again later.',
};

/** The shared schema of problem details (added to the app as `Problem`; a component of the document). */
export const problemComponent = { $id: 'Problem', title: 'Problem', ...problemSchema } as const;

/** One error answer of a route: problem details, as application/problem+json. */
export function problemResponse(status: number) {
  return { description: STATUS_WORDS[status] ?? 'A problem.', content: { [PROBLEM_JSON_TYPE]: { schema: { $ref: 'Problem#' } } } } as const;
}

/** The error answers of a route, as problem details (RFC 9457). */
export const problems = {
  400: problemResponse(400),
  401: problemResponse(401),
  403: problemResponse(403),
  404: problemResponse(404),
  409: problemResponse(409),
  412: problemResponse(412),
  429: problemResponse(429),
} as const;

/** `?cursor=&limit=` of every paged list. */
export const pageQueryProperties = {
  cursor: { type: 'string', description: 'The `next` of the previous page; absent for the first page.' },
  limit: { type: 'integer', minimum: 1, maximum: 200, description: 'Items per page (default 50).' },
} as const;

/** A paged list's body: `{ <name>: [item...], next: cursor | null }`. */
export function pageSchema<N extends string, I extends object>(name: N, item: I) {
  return {
    type: 'object',
    required: [name, 'next'],
    properties: {
      [name]: { type: 'array', items: item },
      next: { type: ['string', 'null'], description: 'Pass as `cursor` for the following page; null on the last page.' },
    },
  } as const;
}

/** A value that may be null (OpenAPI 3.1 style). */
export function nullable<T extends string>(type: T) {
  return { type: [type, 'null'] } as { type: [T, 'null'] };
}

// ---------------------------------------------------------------- the contract, for every route
// The app completes each /api/v1 route's schema when it is registered
// (normaliseApiRoute), so that what the pipeline itself can answer any route
// is declared once, here, rather than in every route.

/** The tags the document groups operations by, with what each holds. */
export const OPENAPI_TAGS = [
  { name: 'people', description: 'Finding people, their records, consent and restrictions.' },
  { name: 'cases', description: 'Case management: caseloads, cases, plans, notes, assessments, appointments, disengagement and release planning.' },
  { name: 'alerts', description: 'Alerts raised about people on your caseload, and acknowledging them.' },
  { name: 'watch lists', description: 'Saved lists of people to watch, and their results.' },
  { name: 'risk', description: 'Risk assessments and MAPPA referrals.' },
  { name: 'schemes', description: 'Schemes (cohorts), their members, capacity and balance.' },
  { name: 'selection', description: 'Selection runs: scoring and ranking people for a scheme, and comparing runs.' },
  { name: 'review', description: "A scheme's review of its members, as a document." },
  { name: 'panel', description: "A scheme's panel agenda and its decisions." },
  { name: 'performance', description: 'Performance measures (NI30, NI38, reoffending, concentration, OGRS3, DRR), each as a document.' },
  { name: 'imports', description: 'Uploading data extracts (CSV or XLSX) and following their progress.' },
  { name: 'exports', description: 'Exports of data, recorded as disclosures.' },
  { name: 'reports', description: 'Reports built from the measures.' },
  { name: 'data quality', description: 'Data-quality findings and possible duplicate people.' },
  { name: 'retention', description: 'Records due for a retention review, and the decisions on them.' },
  { name: 'agreements', description: 'Information-sharing agreements between agencies.' },
  { name: 'administration', description: 'Partnership settings.' },
];

/** Statuses the pipeline can answer on any API route, whatever the route does. */
const PIPELINE_STATUSES = [400, 401, 403, 404, 405, 429, 500, 503];
/** ...and on any edit: a stale If-Match, a body too large or of the wrong type. */
const EDIT_STATUSES = [412, 413, 415];

const NOT_MODIFIED = { description: 'Not modified: If-None-Match names the current ETag.', type: 'null' } as const;

interface RouteLike {
  method: string | string[];
  url: string;
  schema?: Record<string, any>;
}

/** Whether a route belongs in the OpenAPI document (the API, but not the document itself). */
export function isDocumentedApiRoute(url: string, schema?: { hide?: boolean }): boolean {
  return url.startsWith(API_PREFIX) && !url.endsWith('/openapi.json') && !schema?.hide;
}

/** A stable operationId: the method and the path's words, parameters as "By<Name>". */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .slice(API_PREFIX.length)
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith(':') ? `By${cap(seg.slice(1))}` : seg.split(/[-_ ]/).map(cap).join('')));
  return method.toLowerCase() + words.join('');
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Completes an API route's response schemas (see the section's heading). */
export function normaliseApiRoute(route: RouteLike): void {
  if (!isDocumentedApiRoute(route.url, route.schema)) return;
  const schema = (route.schema ??= {});
  const response: Record<string, any> = (schema.response ??= {});
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
  for (const [status, def] of Object.entries(response)) {
    if (Number(status) >= 400 && !(def && typeof def === 'object' && 'content' in def)) response[status] = problemResponse(Number(status));
  }
  const statuses = [...PIPELINE_STATUSES, ...(methods.some((m) => m !== 'GET') ? EDIT_STATUSES : [])];
  for (const status of statuses) response[status] ??= problemResponse(status);
  if (methods.includes('GET')) response[304] ??= NOT_MODIFIED;
  // Every edit takes an optional If-Match: a versioned resource's ETag, refused with 412 when stale.
  if (methods.some((m) => m !== 'GET')) {
    const headers = (schema.headers ??= { type: 'object', properties: {} });
    headers.properties ??= {};
    headers.properties['if-match'] ??= { type: 'string', description: "The ETag of the version this edit was drawn from (optional); 412 when another change came first. Edits of things without a version ignore it." };
  }
  if (methods.length === 1) schema.operationId ??= operationIdOf(methods[0]!, route.url);
}

/** A hash of a representation's bytes, `length` characters of base64url SHA-256. */
export function representationHash(body: string | Buffer, length = 32): string {
  return crypto.createHash('sha256').update(body).digest('base64url').slice(0, length);
}

/** The strong ETag of a representation without a version of its own: a hash of its bytes. */
export function representationEtag(body: string | Buffer): string {
  return `"${representationHash(body)}"`;
}

/** Whether an If-None-Match (or If-Match) header names the ETag; `*` names any. Compared weakly, as If-None-Match is. */
export function etagMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return value.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}
