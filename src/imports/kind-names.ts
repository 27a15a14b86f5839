// The kinds of partner extract Waymark imports (SPEC 5), by name: what the
// upload form offers and the CLI accepts, apart from each kind's field rules.
export const IMPORT_KINDS = [
  'people',
  'outcomes',
  'arrests',
  'intelligence',
  'drug_tests',
  'custody',
  'supervision',
  'memberships',
  'addresses',
  'risk_assessments',
  'mappa_referrals',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(s: string): s is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(s);
}
