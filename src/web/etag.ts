// Optimistic concurrency over HTTP (RFC 9110): each versioned resource is sent
// with an ETag naming its version, and an edit may send If-Match with it. The
// header is optional; when it is sent and names another version, the service
// refuses the edit (StaleEditError, 412). Web forms carry the version they
// were drawn from in a hidden field instead, and get the same refusal.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInputError, StaleEditError } from '../errors.js';
import { representationHash } from './api-schemas.js';

/** The strong ETag of a resource at a version: "appointment-12-v3". */
export function etagOf(kind: string, id: number, version: number): string {
  return `"${kind}-${id}-v${version}"`;
}

/**
 * A version ETag (etagOf) with the hash of one representation after it,
 * "case-5-v3.Xy…": a GET's ETag, which changes when anything shown changes,
 * and which If-Match still reads as version 3. Any other ETag a route set
 * (already a hash of what it holds) is left as it is.
 */
export function withRepresentation(etag: string, body: string): string {
  const m = /^"([a-z_-]+-\d+-v\d+)"$/.exec(etag);
  return m ? `"${m[1]}.${representationHash(body, 16)}"` : etag;
}

/** Sets the response's ETag. */
export function sendEtag(reply: FastifyReply, kind: string, id: number, version: number): void {
  reply.header('etag', etagOf(kind, id, version));
}

/**
 * The version an If-Match header expects, or undefined when the header is
 * absent or `*`. A header naming another resource, or not an ETag of ours,
 * can never match: it is refused as stale.
 */
export function expectedVersion(req: FastifyRequest, kind: string, id: number): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*') return undefined;
  for (const tag of value.split(',').map((t) => t.trim().replace(/^W\//, ''))) {
    const m = /^"([a-z_-]+)-(\d+)-v(\d+)(?:\.[A-Za-z0-9_-]+)?"$/.exec(tag);
    if (m && m[1] === kind && Number(m[2]) === id) return Number(m[3]);
  }
  throw new StaleEditError(`If-Match ${value} does not name the current version of this ${kind.replace(/_/g, ' ')}. Fetch it again and retry.`, { version: -1, changedBy: null, changedAt: null });
}

/**
 * A form's hidden "version" field, as the version the edit was drawn from;
 * undefined when absent. One that is not a version is refused, not ignored:
 * ignoring it would save the edit over whatever changed since (SPEC 6).
 */
export function formVersion(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(Number.isSafeInteger(n) && n > 0)) {
    throw new InvalidInputError(`The form's version ${JSON.stringify(value)} is not a version of the record: open the page again and make your change there.`, { field: 'version' });
  }
  return n;
}
