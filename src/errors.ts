// One family of errors for every service, and the one place that maps each to
// what a door answers: an HTTP status, an RFC 9457 problem-details body for
// the API, and an exit code for the CLI. Services throw these; doors never
// invent their own.

/** What went wrong, in the words of the four answers a door can give. */
export type ErrorKind = 'not_found' | 'forbidden' | 'invalid_input' | 'conflict' | 'stale';

/** Where in the input the problem is: a form or JSON field, or a file's row and column. */
export interface ErrorLocation {
  field?: string;
  file?: string;
  row?: number;
}

/** The three doors onto the services: the web pages, the JSON API and the command line. */
export type Door = 'web' | 'api' | 'cli';

/**
 * How to put a refusal right, in each door's own words: the page that does it
 * on the web, the path on the API, the command on the CLI. A service's message
 * is the door-neutral part, and each door adds its own advice to it
 * (messageOn), as imports/advice.ts does for an import's record. Every page,
 * path or command an advice names must exist.
 */
export type DoorAdvice = Readonly<Record<Door, string>>;

export abstract class WaymarkError extends Error {
  abstract readonly kind: ErrorKind;
  readonly field?: string;
  readonly file?: string;
  readonly row?: number;
  /** What the user can do about it, per door; the message alone says what is wrong. */
  readonly advice?: DoorAdvice;
  constructor(message: string, where: ErrorLocation = {}, advice?: DoorAdvice) {
    super(message);
    this.name = new.target.name;
    if (where.field !== undefined) this.field = where.field;
    if (where.file !== undefined) this.file = where.file;
    if (where.row !== undefined) this.row = where.row;
    if (advice !== undefined) this.advice = advice;
  }
}

/** The error's message as a door shows it: the neutral message, then that door's advice when it has some (an empty one adds nothing). */
export function messageOn(e: WaymarkError, door: Door): string {
  return e.advice?.[door] ? `${e.message} ${e.advice[door]}` : e.message;
}

export class NotFoundError extends WaymarkError {
  readonly kind = 'not_found';
  constructor(message = 'Not found.', where?: ErrorLocation, advice?: DoorAdvice) {
    super(message, where, advice);
  }
}

export class ForbiddenError extends WaymarkError {
  readonly kind = 'forbidden';
  constructor(message = 'You do not have permission to do that.', where?: ErrorLocation, advice?: DoorAdvice) {
    super(message, where, advice);
  }
}

/** Bad input: the message says what is wrong; the location says where. */
export class InvalidInputError extends WaymarkError {
  readonly kind = 'invalid_input';
}

/** The request clashes with the stored state (a duplicate, a stale edit, a held lock). */
export class ConflictError extends WaymarkError {
  readonly kind = 'conflict';
}

/**
 * An edit made against an older version of a record than the one stored:
 * someone else saved in between (optimistic concurrency). The message says
 * what the other change was and who made it, so the user can redo theirs;
 * nothing is overwritten. The API answers 412 (a stale If-Match).
 */
export class StaleEditError extends WaymarkError {
  readonly kind = 'stale';
  constructor(
    message: string,
    /** The record as it stands now: its version, who last changed it and when. */
    readonly current: { version: number; changedBy: string | null; changedAt: string | null },
  ) {
    super(message);
  }
}

/**
 * The input as a string that may be stored, or a refusal naming the field:
 * PostgreSQL cannot hold the NUL character (U+0000) in text, so a value
 * carrying one is bad input, refused before it reaches the database. The web
 * app and the API check every query, route parameter and body with it; a
 * command line's arguments cannot hold one, and what a command reads from a
 * file and the database refuses is mapped by inputErrorOfDatabase.
 */
export function refuseNul(value: string, field: string): void {
  if (value.includes('\u0000')) throw new InvalidInputError(`${field} holds a NUL character (U+0000), which cannot be stored: remove it and try again.`, { field });
}

/**
 * The first string inside a value (an object, array or string: a parsed query,
 * form or JSON body) that holds a NUL character, refused naming its field as a
 * path ("q", "ratings.health.note", "parties[1]").
 */
export function refuseNulIn(value: unknown, field: string, seen = new Set<object>()): void {
  if (typeof value === 'string') return refuseNul(value, field);
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  // Parsed input is strings, arrays and objects of them. A raw body's stream
  // (whose properties lead to the socket and back to the request) and a
  // Buffer are the route's to read.
  if (Buffer.isBuffer(value) || typeof (value as { pipe?: unknown }).pipe === 'function') return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => refuseNulIn(v, `${field}[${i}]`, seen));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    refuseNul(k, field ? `${field} (a name in it)` : 'a field name');
    refuseNulIn(v, field ? `${field}.${k}` : k, seen);
  }
}

/**
 * A database refusal that is the input's fault, as the error family's bad
 * input (400, exit code 1), or null for any other error. Text with a NUL
 * character or bytes that are not UTF-8 (SQLSTATE 22021), or a JSON escape
 * PostgreSQL cannot store (22P05), is refused whichever door it came through;
 * a door's own check (refuseNulIn) names the field first when it can.
 */
export function inputErrorOfDatabase(e: unknown): InvalidInputError | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === '22021' || code === '22P05') {
    return new InvalidInputError('The input holds a character that cannot be stored (a NUL character, U+0000, or bytes that are not UTF-8): remove it and try again.');
  }
  return null;
}

const STATUS: Record<ErrorKind, number> = { not_found: 404, forbidden: 403, invalid_input: 400, conflict: 409, stale: 412 };
const TITLE: Record<ErrorKind, string> = {
  not_found: 'Not found',
  forbidden: 'You do not have permission to do that',
  invalid_input: 'There is a problem with the input',
  conflict: 'The change clashes with what is stored',
  stale: 'Someone else changed this first',
};
/** CLI exit codes: 1 for anything the user can put right, as the issues fix it. */
const EXIT: Record<ErrorKind, number> = { not_found: 1, forbidden: 1, invalid_input: 1, conflict: 1, stale: 1 };

export function isWaymarkError(e: unknown): e is WaymarkError {
  return e instanceof WaymarkError;
}

export function httpStatusOf(e: WaymarkError): number {
  return STATUS[e.kind];
}

export function titleOf(e: WaymarkError): string {
  return TITLE[e.kind];
}

export function exitCodeOf(e: WaymarkError): number {
  return EXIT[e.kind];
}

/** RFC 9457 problem details, with the field, file and row as extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  field?: string;
  file?: string;
  row?: number;
}

export function problemDetails(e: WaymarkError, instance?: string): ProblemDetails {
  const body: ProblemDetails = {
    type: `urn:waymark:problem:${e.kind}`,
    title: TITLE[e.kind],
    status: STATUS[e.kind],
    detail: messageOn(e, 'api'),
    code: e.kind,
  };
  if (instance) body.instance = instance;
  if (e.field !== undefined) body.field = e.field;
  if (e.file !== undefined) body.file = e.file;
  if (e.row !== undefined) body.row = e.row;
  return body;
}

/**
 * "file, row 12, field offence_date: message", for the CLI and logs. A field
 * is named only within a file: an option or form field's message names it
 * in its own words.
 */
export function describeError(e: WaymarkError): string {
  const message = messageOn(e, 'cli');
  if (e.file === undefined && e.row === undefined) return message;
  const where = [e.file, e.row !== undefined ? `row ${e.row}` : undefined, e.field !== undefined ? `field ${e.field}` : undefined].filter(Boolean);
  return `${where.join(', ')}: ${message}`;
}
