import { describe, expect, it } from 'vitest';
import { assertMayExport, assertMayImport } from '../../../src/imports/permissions.js';
import type { Actor } from '../../../src/access/actor.js';
import type { AgencyKind } from '../../../src/glossary.js';

const admin = (agencyKind: AgencyKind | null): Actor => ({ userId: agencyKind ? 1 : null, partnershipId: 1, role: 'administrator', agencyKind, label: 'x' });

describe('loading and exporting kinds of data not every agency may see', () => {
  it('keeps drug tests to police and drug services, and intelligence to police, in both directions', () => {
    for (const check of [assertMayExport, assertMayImport]) {
      expect(() => check(admin('housing'), 'drug_tests')).toThrow('Drug test results are for police and drug-service users only.');
      expect(() => check(admin('probation'), 'drug_tests')).toThrow(/police and drug-service/);
      expect(() => check(admin('drug_service'), 'drug_tests')).not.toThrow();
      expect(() => check(admin('police'), 'drug_tests')).not.toThrow();
      expect(() => check(admin('drug_service'), 'intelligence')).toThrow('Intelligence reports are for police users only.');
      expect(() => check(admin('police'), 'intelligence')).not.toThrow();
      expect(() => check(admin('housing'), 'outcomes')).not.toThrow();
    }
  });

  it('lets the CLI operator, the data controller, handle every kind', () => {
    for (const kind of ['intelligence', 'drug_tests', 'people']) expect(() => assertMayExport(admin(null), kind)).not.toThrow();
  });
});
