// A small, valid set of files of every kind, and the scheme they need.
import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/schema.js';
import type { ImportKind } from '../../../src/imports/kind-names.js';
import type { PartnershipFixture } from '../../support/fixtures.js';
import { PEOPLE_HEADER, personRow } from './files.js';

export const HEADERS: Record<ImportKind, string[]> = {
  people: PEOPLE_HEADER,
  outcomes: ['person_ref', 'offence_date', 'outcome_date', 'outcome', 'offence_code', 'offence_description', 'disposal', 'sentence_days', 'court'],
  arrests: ['person_ref', 'arrest_date', 'offence_code', 'outcome'],
  intelligence: ['person_ref', 'report_date', 'grading', 'topic'],
  drug_tests: ['person_ref', 'test_date', 'opiates', 'cocaine', 'trigger_offence_code'],
  custody: ['person_ref', 'reception_date', 'kind', 'sentence_days', 'expected_release_date', 'release_date', 'establishment'],
  supervision: ['person_ref', 'start_date', 'end_date', 'kind', 'statutory'],
  memberships: ['person_ref', 'scheme', 'tier', 'start_date', 'end_date', 'end_reason'],
  addresses: ['person_ref', 'from_date', 'area_code', 'postcode'],
  risk_assessments: ['person_ref', 'assessment_date', 'risk_of_serious_harm', 'assessor_agency'],
  mappa_referrals: ['person_ref', 'referral_date', 'outcome'],
};

export const ROWS: Record<ImportKind, string[][]> = {
  people: [
    personRow('P1', 1),
    personRow('P2', 2, { sex: 'F', area_code: 'W06000099', ethnicity: '' }),
    personRow('P3', 3, { pnc_id: '', cro_number: '123456/08X' }),
  ],
  outcomes: [
    ['P1', '2008-01-01', '2008-02-01', 'conviction', '02801', 'Burglary of a dwelling', 'custody', '180', 'Northtown Crown Court'],
    ['P1', '2008-01-01', '2008-02-01', 'conviction', '02801', 'Burglary of a dwelling', 'custody', '180', 'Northtown Crown Court'],
    ['P2', '2008-03-05', '2008-04-01', 'caution', '046/01', 'Shoplifting', '', '', ''],
    ['P3', '2009-06-01', '2009-05-01', 'Conviction', 'THEFT', '', 'Conditional discharge', '', ''],
  ],
  arrests: [
    ['P1', '2007-12-31', '02801', 'charged'],
    ['P2', '2008-03-05', '', 'released under investigation'],
  ],
  intelligence: [
    ['P1', '2008-05-01', 'B2', 'drugs supply'],
    ['P1', '2008-05-01', 'C3', 'drugs supply'],
  ],
  drug_tests: [
    ['P1', '2007-12-31', 'positive', 'negative', '02801'],
    ['P2', '2008-03-05', 'negative', 'positive', ''],
  ],
  custody: [
    ['P1', '2008-02-01', 'sentenced', '180', '2008-05-01', '2008-04-30', 'HMP Example'],
    ['P1', '2009-01-10', 'remand', '', '', '', 'HMP Example'],
  ],
  supervision: [
    ['P1', '2008-04-30', '2008-10-30', 'licence', 'yes'],
    ['P2', '2008-04-01', '', 'drr', 'no'],
  ],
  memberships: [
    ['P1', 'PPO', 'HIGH', '2008-04-01', '2009-04-01', 'regular review'],
    ['P1', 'PPO', 'MED', '2009-04-01', '', ''],
  ],
  addresses: [
    ['P1', '2005-01-01', 'E06000001', 'ZZ1 1ZZ'],
    ['P1', '2009-01-01', 'E06000002', 'ZZ2 2ZZ'],
    ['P2', '2006-06-06', 'W06000099', ''],
  ],
  risk_assessments: [
    ['P1', '2009-02-01', 'medium', ''],
    ['P2', '2009-03-01', 'Very High', ''],
  ],
  mappa_referrals: [
    ['P1', '2009-02-10', 'level 2'],
    ['P2', '2009-03-10', ''],
  ],
};

/** The order in which kinds must be imported: people first. */
export const ORDER: ImportKind[] = ['people', 'outcomes', 'arrests', 'intelligence', 'drug_tests', 'custody', 'supervision', 'memberships', 'addresses', 'risk_assessments', 'mappa_referrals'];

export async function createPpoScheme(db: Kysely<DB>, f: PartnershipFixture): Promise<number> {
  const s = await db.insertInto('schemes').values({ partnership_id: f.partnershipId, code: 'PPO', name: 'Prolific and priority offenders', capacity: 20 }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('tiers')
    .values([
      { scheme_id: s.id, code: 'HIGH', name: 'High', rank: 1 },
      { scheme_id: s.id, code: 'MED', name: 'Medium', rank: 2 },
    ])
    .execute();
  return s.id;
}
