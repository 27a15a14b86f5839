// Who may load, export and combine register data (SPEC 1 and 3.8): imports and
// merges are an administrator's work; intelligence reports are police only.
import type { Actor } from '../access/actor.js';

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The CLI operator (no agency) acts for the installation and may handle every kind. */
function policeOrOperator(actor: Actor): boolean {
  return actor.agencyKind === null || actor.agencyKind === 'police';
}

export function assertMayImport(actor: Actor, kind: string): void {
  if (actor.role !== 'administrator') throw new ForbiddenError('Only an administrator may import data.');
  if (kind === 'intelligence' && !policeOrOperator(actor)) throw new ForbiddenError('Intelligence reports are for police users only.');
}

export function assertMayExport(actor: Actor, kind: string): void {
  if (actor.role !== 'administrator') throw new ForbiddenError('Only an administrator may export register data.');
  if (kind === 'intelligence' && !policeOrOperator(actor)) throw new ForbiddenError('Intelligence reports are for police users only.');
}

export function assertMayReviewDuplicates(actor: Actor): void {
  if (actor.role !== 'administrator') throw new ForbiddenError('Only an administrator may review and merge possible duplicates.');
}

export function assertMaySeeDataQuality(actor: Actor): void {
  if (actor.role !== 'administrator' && actor.role !== 'analyst') {
    throw new ForbiddenError('Only administrators and analysts may see the data-quality report.');
  }
}
