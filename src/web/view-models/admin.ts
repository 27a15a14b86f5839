// What the administration pages show: labels for roles and agency kinds, the
// select and radio items of their forms, and form errors from a refusal.
import type { AgencyKind, Role } from '../../glossary.js';
import { isWaymarkError } from '../../errors.js';

export const ROLE_LABELS: Record<Role, string> = {
  practitioner: 'Practitioner',
  scheme_manager: 'Scheme manager',
  analyst: 'Analyst',
  board_member: 'Board member',
  administrator: 'Administrator',
};

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  police: 'Police',
  probation: 'Probation',
  prison: 'Prison',
  drug_service: 'Drug service',
  youth_offending: 'Youth offending',
  local_authority: 'Local authority',
  housing: 'Housing',
  voluntary: 'Voluntary sector',
};

export function roleItems(selected?: string) {
  return (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, text: ROLE_LABELS[r], selected: r === selected }));
}

export function agencyKindItems(selected?: string) {
  return [{ value: '', text: 'Choose a kind' }, ...(Object.keys(AGENCY_KIND_LABELS) as AgencyKind[]).map((k) => ({ value: k, text: AGENCY_KIND_LABELS[k], selected: k === selected }))];
}

export function agencyItems(agencies: { code: string; name: string }[], selected?: string) {
  return [{ value: '', text: 'Choose an agency' }, ...agencies.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, selected: a.code === selected }))];
}

export interface FormErrors {
  errors: { text: string; href: string }[];
  fieldErrors: Record<string, string>;
}

/** A service's refusal as a form's error summary and field messages; null for anything else (rethrow it). */
export function formErrorsOf(e: unknown, fallbackField: string, fields: Record<string, string> = {}): FormErrors | null {
  if (!isWaymarkError(e) || e.kind === 'forbidden') return null;
  const field = fields[e.field ?? ''] ?? e.field ?? fallbackField;
  return { errors: [{ text: e.message, href: `#${field}` }], fieldErrors: { [field]: e.message } };
}

export const NO_ERRORS: FormErrors = { errors: [], fieldErrors: {} };
