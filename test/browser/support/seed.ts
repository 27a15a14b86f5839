// Demo-like synthetic data for the browser tests and screenshots: a partnership
// with two areas, a PPO scheme with members (some in custody), one person with a
// full history, and one restricted person. Names are visibly made up.
import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/schema.js';
import type { PartnershipFixture } from '../../support/fixtures.js';
import { createPartnership, createPerson } from '../../support/fixtures.js';
import { createTransfer } from '../../../src/transfers/transfers.js';

export interface Seed {
  schemeCode: string;
  schemeName: string;
  /** The person with a full history. */
  person: { id: number; family: string; given: string; pnc: string; events: number };
  restricted: { id: number; family: string; given: string };
  members: number;
  inCustody: number;
  /** Not a member, offending lately: a selection run on AS_OF proposes them. */
  candidate: { id: number; ref: string; family: string; given: string };
  /** A member with no offence for over six months: flagged "stopped offending". */
  quiet: { id: number; ref: string; family: string; given: string };
  /** Someone another partnership notified as moving into this one's area. */
  transfer: { family: string; given: string; note: string };
  /** The person's open case on the scheme: the drug worker manages it, police and probation are on the team. */
  case: { id: number; keyboardOn: string; missedOn: string; attendedOn: string; futureOn: string; healthNote: string; purpose: string };
  asOf: string;
}

const FAMILIES = ['Sampleworth', 'Testingham', 'Mockford', 'Demoson', 'Placebury', 'Specimen', 'Notreal', 'Madeupson', 'Fabricand', 'Dummyfield', 'Exemplar'];
const GIVEN = ['Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike'];
const AS_OF = '2009-06-30';

export async function seedDemoLike(db: Kysely<DB>, f: PartnershipFixture, namedUserIds: number[], workers: { drugWorker: number; officer: number }): Promise<Seed> {
  const pid = f.partnershipId;
  await db.updateTable('partnerships').set({ name: 'Northtown and Southvale IOM Partnership (synthetic)', data_as_of: AS_OF }).where('id', '=', pid).execute();
  const [north, south] = f.areas as [{ id: number; code: string }, { id: number; code: string }];

  const scheme = await db
    .insertInto('schemes')
    .values({ partnership_id: pid, code: 'PPO', name: 'Prolific and other Priority Offenders', capacity: 20 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('scheme_areas').values([{ scheme_id: scheme.id, area_id: north.id }, { scheme_id: scheme.id, area_id: south.id }]).execute();
  const tiers = await db
    .insertInto('tiers')
    .values([
      { scheme_id: scheme.id, code: 'PPO', name: 'PPO', rank: 1 },
      { scheme_id: scheme.id, code: 'IOMH', name: 'IOM high', rank: 2 },
    ])
    .returning('id')
    .execute();

  // The person with a full history.
  const personId = await createPerson(db, f, { ref: 'NT-000101', family: 'Examplesson', given: 'Alfa', dob: '1986-03-14', ethnicity: 'White: British' });
  const pnc = '1900/0000101A';
  await db.insertInto('person_identifiers').values([
    { partnership_id: pid, person_id: personId, kind: 'pnc', value: pnc },
    { partnership_id: pid, person_id: personId, kind: 'probation_crn', value: 'X900101' },
  ]).execute();
  await db.insertInto('addresses').values([
    { partnership_id: pid, person_id: personId, from_date: '2004-01-01', to_date: '2007-05-01', area_code: south.code, area_id: south.id, postcode: 'ZZ9 9ZZ' },
    { partnership_id: pid, person_id: personId, from_date: '2007-05-01', to_date: null, area_code: north.code, area_id: north.id, postcode: 'ZZ1 1ZZ' },
  ]).execute();
  const offences = [
    ['2005-02-11', '2005-03-20', '02800', 'Burglary in a dwelling', 'community', null],
    ['2005-09-02', '2005-10-14', '04600', 'Theft from the person', 'fine', null],
    ['2006-04-18', '2006-06-01', '02800', 'Burglary in a dwelling', 'custody', 180],
    ['2007-01-05', '2007-02-12', '04500', 'Theft from a vehicle', 'community', null],
    ['2007-08-30', '2007-10-03', '03400', 'Robbery', 'custody', 365],
    ['2008-11-12', '2009-01-09', '04600', 'Theft from the person', 'suspended', 120],
  ] as const;
  await db.insertInto('outcomes').values(offences.map(([od, cd, code, desc, disposal, days]) => ({
    partnership_id: pid, person_id: personId, offence_date: od, outcome_date: cd, outcome: 'conviction' as const,
    offence_code: code, offence_code_raw: code, offence_description: desc, disposal, sentence_days: days, court: 'Northtown Magistrates',
  }))).execute();
  const arrests = ['2005-02-12', '2005-09-03', '2006-04-19', '2007-01-06', '2007-08-31', '2008-11-13', '2009-03-02', '2009-05-21'];
  await db.insertInto('arrests').values(arrests.map((d, i) => ({ partnership_id: pid, person_id: personId, arrest_date: d, offence_code: '02800', offence_code_raw: '02800', outcome: i % 3 === 2 ? ('nfa' as const) : ('charged' as const) }))).execute();
  await db.insertInto('drug_tests').values([
    { partnership_id: pid, person_id: personId, test_date: '2007-08-31', opiates: true, cocaine: false, trigger_offence_code: '03400' },
    { partnership_id: pid, person_id: personId, test_date: '2008-11-13', opiates: true, cocaine: true, trigger_offence_code: '04600' },
  ]).execute();
  await db.insertInto('intelligence_reports').values([
    { partnership_id: pid, person_id: personId, report_date: '2009-02-10', grading: 'B2', topic: 'Associating with known burglars' },
    { partnership_id: pid, person_id: personId, report_date: '2009-04-22', grading: 'C3', topic: 'Seen near vehicle crime hotspot' },
  ]).execute();
  await db.insertInto('custody_periods').values([
    { partnership_id: pid, person_id: personId, kind: 'sentenced', reception_date: '2007-10-03', release_date: '2008-04-02', sentence_days: 365, expected_release_date: '2008-04-02', establishment: 'HMP Example' },
  ]).execute();
  await db.insertInto('supervision_periods').values([
    { partnership_id: pid, person_id: personId, kind: 'licence', statutory: true, start_date: '2008-04-02', end_date: '2008-10-03' },
  ]).execute();
  await db.insertInto('memberships').values({
    partnership_id: pid, person_id: personId, scheme_id: scheme.id, tier_id: tiers[0]!.id, start_date: '2008-04-02', selection_reason: 'Matrix score 87; selected at the April 2008 panel',
  }).execute();
  const events = offences.length + arrests.length + 2 + 2 + 2 + 1 + 1;

  // Other members: most in the community, some in custody. Each has a few
  // convictions in 2007/08 and 2008/09 (for the performance figures); the
  // ninth (Fabricand, i = 8) has none after March 2008, so the stopped-offending
  // rule flags them for the panel.
  let inCustody = 0;
  const memberIds: number[] = [];
  for (let i = 0; i < FAMILIES.length; i++) {
    const id = await createPerson(db, f, { ref: `NT-${String(200 + i).padStart(6, '0')}`, family: FAMILIES[i]!, given: GIVEN[i]!, dob: `${1975 + i}-0${(i % 9) + 1}-1${i % 9}`, sex: i % 4 === 3 ? 'female' : 'male' });
    const area = i % 3 === 0 ? south : north;
    await db.insertInto('addresses').values({ partnership_id: pid, person_id: id, from_date: '2006-01-01', to_date: null, area_code: area.code, area_id: area.id, postcode: null }).execute();
    memberIds.push(id);
    await db.insertInto('memberships').values({ partnership_id: pid, person_id: id, scheme_id: scheme.id, tier_id: tiers[i % 2]!.id, start_date: `${2006 + (i % 3)}-0${(i % 9) + 1}-01` }).execute();
    const offenceDates = [`2007-0${(i % 6) + 4}-1${i % 9}`, `2008-0${(i % 3) + 1}-0${(i % 9) + 1}`, ...(i % 3 === 2 ? [] : [`2008-${String((i % 7) + 5).padStart(2, '0')}-15`])];
    await db.insertInto('outcomes').values(offenceDates.map((od, k) => ({
      partnership_id: pid, person_id: id, offence_date: od, outcome_date: addDays(od, 28), outcome: 'conviction' as const,
      offence_code: k % 2 ? '04600' : '04500', offence_code_raw: k % 2 ? '04600' : '04500', offence_description: k % 2 ? 'Theft from the person' : 'Theft from a vehicle', disposal: 'community', court: 'Southvale Magistrates',
    }))).execute();
    // A few at liberty offend again early in 2009, two of them testing positive for opiates (NI38).
    if (i % 3 === 0 && i % 4 !== 1) {
      await db.insertInto('outcomes').values({
        partnership_id: pid, person_id: id, offence_date: `2009-0${(i % 3) + 1 + (i % 2)}-2${i % 9}`, outcome_date: `2009-04-1${i % 9}`, outcome: 'conviction' as const,
        offence_code: '04500', offence_code_raw: '04500', offence_description: 'Theft from a vehicle', disposal: 'community', court: 'Southvale Magistrates',
      }).execute();
      if (i < 6) await db.insertInto('drug_tests').values({ partnership_id: pid, person_id: id, test_date: `2009-02-0${i + 2}`, opiates: true, cocaine: false, trigger_offence_code: '04500' }).execute();
    }
    if (i % 4 === 1) {
      inCustody++;
      await db.insertInto('custody_periods').values({ partnership_id: pid, person_id: id, kind: 'sentenced', reception_date: '2009-01-15', release_date: null, sentence_days: i % 8 === 1 ? 540 : 240, expected_release_date: i % 8 === 1 ? '2009-10-14' : '2009-08-26', establishment: 'HMP Example' }).execute();
    }
  }

  // A prolific non-member: three burglaries this spring, arrests and intelligence.
  const candidateId = await createPerson(db, f, { ref: 'NT-000300', family: 'Candidaton', given: 'November', dob: '1991-08-08', ethnicity: 'White: British' });
  await db.insertInto('addresses').values({ partnership_id: pid, person_id: candidateId, from_date: '2008-01-01', to_date: null, area_code: north.code, area_id: north.id, postcode: 'ZZ1 2ZZ' }).execute();
  await db.insertInto('outcomes').values(['2009-03-04', '2009-04-17', '2009-05-29'].map((od) => ({
    partnership_id: pid, person_id: candidateId, offence_date: od, outcome_date: addDays(od, 21), outcome: 'conviction' as const,
    offence_code: '02800', offence_code_raw: '02800', offence_description: 'Burglary in a dwelling', disposal: 'community', court: 'Northtown Magistrates',
  }))).execute();
  await db.insertInto('arrests').values(['2009-03-05', '2009-04-18', '2009-05-30', '2009-06-20'].map((d) => ({ partnership_id: pid, person_id: candidateId, arrest_date: d, offence_code: '02800', offence_code_raw: '02800', outcome: 'charged' as const }))).execute();
  await db.insertInto('intelligence_reports').values({ partnership_id: pid, person_id: candidateId, report_date: '2009-06-12', grading: 'B2', topic: 'Handling stolen goods from dwelling burglaries' }).execute();

  // Another partnership on this installation notifies a move into Northtown.
  const other = await createPartnership(db);
  await db.updateTable('partnerships').set({ name: 'Westmere IOM Partnership (synthetic)' }).where('id', '=', other.partnershipId).execute();
  await createPerson(db, other, { ref: 'WM-000042', family: 'Movington', given: 'Oscar', dob: '1984-02-29' });
  const transferNote = 'Moved in with family in Northtown; was on the Westmere PPO scheme';
  await createTransfer(db, other.operator, { personRef: 'WM-000042', toAreaCode: north.code, note: transferNote });

  const restrictedId = await createPerson(db, f, { ref: 'NT-000900', family: 'Fictitia', given: 'Bravo', dob: '1990-11-02', restricted: true });
  for (const userId of namedUserIds) await db.insertInto('person_access').values({ person_id: restrictedId, user_id: userId }).execute();

  // The person's case: led by probation, managed by the drug worker, with two
  // key-work sessions this week still to record, one next week, a health note,
  // and an unacknowledged alert that they were released from a remand.
  const c = await db
    .insertInto('cases')
    .values({ partnership_id: pid, person_id: personId, scheme_id: scheme.id, lead_agency_id: f.agencies.probation, case_manager_id: workers.drugWorker, opened_on: '2008-04-02' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('people').set({ lead_agency_id: f.agencies.probation }).where('id', '=', personId).execute();
  await db.insertInto('case_team').values([
    { case_id: c.id, agency_id: f.agencies.probation, user_id: null, role: 'lead', added_on: '2008-04-02' },
    { case_id: c.id, agency_id: f.agencies.drug_service, user_id: workers.drugWorker, role: 'drug worker', added_on: '2008-04-02' },
    { case_id: c.id, agency_id: f.agencies.police, user_id: workers.officer, role: 'police officer', added_on: '2008-04-02' },
  ]).execute();
  const purpose = 'Key work session: script review';
  const caseDates = { keyboardOn: '2009-06-22', missedOn: '2009-06-24', attendedOn: '2009-06-29', futureOn: '2009-07-06' };
  await db.insertInto('appointments').values([caseDates.keyboardOn, caseDates.missedOn, caseDates.attendedOn, caseDates.futureOn].map((d) => ({
    partnership_id: pid, case_id: c.id, person_id: personId, appointment_date: d, purpose, agency_id: f.agencies.drug_service, created_by_label: 'seed',
  }))).execute();
  const healthNote = 'Script reduced to 40ml; attending the needle exchange';
  await db.insertInto('case_notes').values({ partnership_id: pid, case_id: c.id, person_id: personId, note_date: '2009-06-20', body: healthNote, sensitivity: 'health', author_id: workers.drugWorker, author_label: 'drugworker', agency_id: f.agencies.drug_service }).execute();
  await db.insertInto('custody_periods').values({ partnership_id: pid, person_id: personId, kind: 'remand', reception_date: '2009-06-05', release_date: '2009-06-19', sentence_days: null, expected_release_date: null, establishment: 'HMP Example' }).execute();
  await db.insertInto('alerts').values({ partnership_id: pid, person_id: personId, case_id: c.id, kind: 'released', raised_on: '2009-06-19', about_date: '2009-06-19', detail: 'Released from remand at HMP Example on 2009-06-19', dedupe_key: `seed:released:${c.id}` }).execute();

  return {
    case: { id: c.id, ...caseDates, healthNote, purpose },
    schemeCode: 'PPO',
    schemeName: 'Prolific and other Priority Offenders',
    person: { id: personId, family: 'Examplesson', given: 'Alfa', pnc, events },
    restricted: { id: restrictedId, family: 'Fictitia', given: 'Bravo' },
    members: FAMILIES.length + 1,
    inCustody,
    candidate: { id: candidateId, ref: 'NT-000300', family: 'Candidaton', given: 'November' },
    quiet: { id: memberIds[8]!, ref: 'NT-000208', family: FAMILIES[8]!, given: GIVEN[8]! },
    transfer: { family: 'Movington', given: 'Oscar', note: transferNote },
    asOf: AS_OF,
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
