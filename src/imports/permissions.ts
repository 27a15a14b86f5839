// Who may load, export and combine register data (SPEC 1 and 3.8): imports and
// merges are an administrator's work; intelligence reports are police only.
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { ForbiddenError } from '../errors.js';

/** The CLI operator (no agency) acts for the installation and may handle every kind. */
function policeOrOperator(actor: Actor): boolean {
  return actor.agencyKind === null || actor.agencyKind === 'police';
}

function requireIntelligenceAccess(actor: Actor, kind: string): void {
  if (kind === 'intelligence' && !policeOrOperator(actor)) throw new ForbiddenError('Intelligence reports are for police users only.');
}

export function assertMayImport(actor: Actor, kind: string): void {
  requirePermission(actor, 'import:run');
  requireIntelligenceAccess(actor, kind);
}

export function assertMayExport(actor: Actor, kind: string): void {
  requirePermission(actor, 'register:export');
  requireIntelligenceAccess(actor, kind);
}
