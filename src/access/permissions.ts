// Who may do what (SPEC 3.8). Pure rules, enforced by the services and again by
// the role gate on every route; a request that fits no rule is refused.
import type { Actor } from './actor.js';
import type { Role } from '../glossary.js';
import { ForbiddenError } from '../errors.js';

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
  // Register data as a whole, out of the installation: an administrator's work.
  | 'register:export'
  | 'duplicates:review'
  | 'data-quality:view'
  | 'audit:search'
  | 'admin:users';

const GRANTS: Record<Role, readonly Permission[]> = {
  practitioner: ['person:search', 'person:view', 'scheme:view'],
  scheme_manager: ['person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'export:run'],
  analyst: ['person:search', 'person:view', 'scheme:view', 'selection:run', 'performance:view', 'export:run', 'data-quality:view'],
  // Board members see aggregates only, never a person.
  board_member: ['performance:view'],
  administrator: ['person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'import:run', 'export:run', 'register:export', 'duplicates:review', 'data-quality:view', 'audit:search', 'admin:users'],
};

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return GRANTS[actor.role]?.includes(permission) ?? false;
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((r) => GRANTS[r].includes(permission));
}

/** What a refusal says, where it says more than "You do not have permission to do that." */
const REFUSALS: Partial<Record<Permission, string>> = {
  'import:run': 'Only an administrator may import data.',
  'register:export': 'Only an administrator may export register data.',
  'duplicates:review': 'Only an administrator may review and merge possible duplicates.',
  'data-quality:view': 'Only administrators and analysts may see the data-quality report.',
};

/** The one permission check: refuses (ForbiddenError) unless the actor's role grants the permission. */
export function requirePermission(actor: Pick<Actor, 'role'>, permission: Permission, message = REFUSALS[permission]): void {
  if (!can(actor, permission)) throw new ForbiddenError(message);
}

/** A restricted record is shown only with a stated reason, which the audit log keeps. */
export class JustificationRequiredError extends ForbiddenError {
  constructor() {
    super('This record is restricted: state why you need to see it.', { field: 'justification' });
  }
}

/** Intelligence reports are police material. */
export function canSeeIntelligence(actor: Actor): boolean {
  return actor.userId === null || actor.agencyKind === 'police';
}

/** Drug test results: criminal-justice and drug-service staff. */
export function canSeeDrugTests(actor: Actor): boolean {
  return actor.userId === null || ['police', 'probation', 'prison', 'drug_service'].includes(actor.agencyKind ?? '');
}
