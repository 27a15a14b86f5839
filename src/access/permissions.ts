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
  | 'admin:users'
  // Cohort figures that name people (NI38 contributors, OGRS3 cohort lists).
  | 'performance:names'
  // The offence reference (gravity), which weighs in selection and in the measures.
  | 'offences:edit'
  // The unit costs of crime behind the cost estimates.
  | 'unit-costs:edit'
  // Risk of serious harm assessments and MAPPA referrals.
  | 'risk:record'
  // Retention review: erasing, anonymising or keeping records (SPEC 3.8).
  | 'retention:review'
  // Marking a person restricted and naming who may see them.
  | 'person:restrict'
  // Information-sharing agreements between agencies.
  | 'agreements:manage'
  // Case work (SPEC 3.5): appointments, plans, assessments, notes, alerts, watch lists.
  | 'case:work';

const GRANTS: Record<Role, readonly Permission[]> = {
  practitioner: ['person:search', 'person:view', 'scheme:view', 'risk:record', 'case:work'],
  scheme_manager: ['person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'performance:names', 'offences:edit', 'export:run', 'risk:record', 'person:restrict', 'case:work'],
  analyst: ['person:search', 'person:view', 'scheme:view', 'selection:run', 'performance:view', 'performance:names', 'offences:edit', 'unit-costs:edit', 'export:run', 'data-quality:view'],
  // Board members see aggregates only, never a person.
  board_member: ['performance:view'],
  administrator: [
    'person:search', 'person:view', 'scheme:view', 'scheme:manage', 'selection:run', 'panel:decide', 'performance:view', 'performance:names',
    'offences:edit', 'unit-costs:edit', 'risk:record', 'import:run', 'export:run', 'register:export', 'duplicates:review', 'data-quality:view',
    'audit:search', 'admin:users', 'retention:review', 'person:restrict', 'agreements:manage', 'case:work',
  ],
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
  'retention:review': 'Only an administrator may review records for retention.',
  'register:export': 'Only an administrator may export register data.',
  'duplicates:review': 'Only an administrator may review and merge possible duplicates.',
  'data-quality:view': 'Only administrators and analysts may see the data-quality report.',
  'person:restrict': 'Only a scheme manager or an administrator may restrict a record or name who may see it.',
  'agreements:manage': 'Only an administrator may record or end an information-sharing agreement.',
  'person:view': 'Board members see aggregates only, never a person.',
  'panel:decide': 'Only a scheme manager or an administrator can change a matrix or record panel decisions.',
  'case:work': 'Only practitioners, scheme managers and administrators do case work.',
  'selection:run': 'Only a scheme manager, an analyst or an administrator can run the selection matrix.',
};

/** "A board member may not see a person.": a refusal that names the actor's role and the act. */
export function mayNot(actor: Pick<Actor, 'role'>, what: string): string {
  return `A ${actor.role.replace('_', ' ')} may not ${what}.`;
}

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
