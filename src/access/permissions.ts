// Who may do what (SPEC 3.8). Pure rules, enforced by the services and again by
// the role gate on every route; a request that fits no rule is refused.
import type { Actor } from './actor.js';
import type { Role } from '../db/schema.js';

export type Permission =
  | 'person:search'
  | 'person:view'
  | 'scheme:view'
  | 'scheme:manage'
  | 'selection:run'
  | 'panel:decide'
  | 'performance:view'
  | 'import:run'
  | 'export:run'
  | 'audit:search'
  | 'admin:users';

const GRANTS: Record<Role, readonly Permission[]> = {
  practitioner: ['person:search', 'person:view', 'scheme:view'],
  scheme_manager: ['person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'export:run'],
  analyst: ['person:search', 'person:view', 'scheme:view', 'selection:run', 'performance:view', 'export:run'],
  // Board members see aggregates only, never a person.
  board_member: ['performance:view'],
  administrator: ['person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'import:run', 'export:run', 'audit:search', 'admin:users'],
};

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return GRANTS[actor.role]?.includes(permission) ?? false;
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((r) => GRANTS[r].includes(permission));
}

export class ForbiddenError extends Error {
  readonly statusCode = 403;
  constructor(message = 'You do not have permission to do that.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class NotFoundError extends Error {
  readonly statusCode = 404;
  constructor(message = 'Not found.') {
    super(message);
    this.name = 'NotFoundError';
  }
}

export function requirePermission(actor: Pick<Actor, 'role'>, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError();
}

/** Intelligence reports are police material. */
export function canSeeIntelligence(actor: Actor): boolean {
  return actor.userId === null || actor.agencyKind === 'police';
}

/** Drug test results: criminal-justice and drug-service staff. */
export function canSeeDrugTests(actor: Actor): boolean {
  return actor.userId === null || ['police', 'probation', 'prison', 'drug_service'].includes(actor.agencyKind ?? '');
}
