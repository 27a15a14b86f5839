// JSON-schema pieces every API route shares, so that the OpenAPI document
// (3.1, JSON Schema 2020-12) says the same thing the same way everywhere.
// Nullable values are written `type: ['string', 'null']` (3.1), never
// `nullable: true` (3.0 only).
import { problemSchema } from './errors.js';

/** The error answers of a route, as problem details (RFC 9457). */
export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  412: problemSchema,
  429: problemSchema,
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
