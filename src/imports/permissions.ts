// Who may load, export and combine register data (SPEC 1 and 3.8): imports and
// merges are an administrator's work; a kind of data the actor may not see
// (need-to-know.ts: intelligence, drug tests) may be neither loaded nor exported.
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { maySee, type Sensitive } from '../access/need-to-know.js';
import { ForbiddenError } from '../errors.js';

/** The kinds of extract that hold data not every agency may see, and why. */
const SENSITIVE_KINDS: Partial<Record<string, { data: Sensitive; refusal: string }>> = {
  intelligence: { data: 'intelligence', refusal: 'Intelligence reports are for police users only.' },
  drug_tests: { data: 'drug_tests', refusal: 'Drug test results are for police and drug-service users only.' },
};

function requireMaySeeKind(actor: Actor, kind: string): void {
  const sensitive = SENSITIVE_KINDS[kind];
  if (sensitive && !maySee(actor, sensitive.data)) throw new ForbiddenError(sensitive.refusal);
}

export function assertMayImport(actor: Actor, kind: string): void {
  requirePermission(actor, 'import:run');
  requireMaySeeKind(actor, kind);
}

export function assertMayExport(actor: Actor, kind: string): void {
  requirePermission(actor, 'register:export');
  requireMaySeeKind(actor, kind);
}
