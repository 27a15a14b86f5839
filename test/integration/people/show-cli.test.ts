// `waymark person show` run as a real process: the person's identity,
// identifiers and addresses, as text and as the JSON the API gives; the read
// logged as a consultation from the CLI; a restricted record's reason. Each
// command is a new process, which costs seconds on the embedded engine, so
// these run on the PostgreSQL pass (as timeline-cli.test.ts). That the JSON
// is GET /api/v1/people/{id}'s, field for field: api/cli-agrees.test.ts.
import { cliWorld, type CliRun as Run, type CliWorld } from '../../support/cli.js';
import { testEngine } from '../../support/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnership, createPerson } from '../../support/fixtures.js';

let cli: CliWorld;
const waymark = (args: string[]): Promise<Run> => cli.waymark(args);
let personId: number;
let restrictedId: number;

async function auditFor(id: number) {
  const d = await cli.open();
  try {
    return await d.db.selectFrom('audit_log').select(['action', 'what', 'justification', 'details']).where('person_id', '=', id).orderBy('id').execute();
  } finally {
    await cli.done(d);
  }
}

beforeAll(async () => {
  if (testEngine !== 'postgres') return;
  cli = await cliWorld('waymark-show-cli-');
  const d = await cli.open();
  const f = await createPartnership(d.db, 'SHCLI');
  personId = await createPerson(d.db, f, { ref: 'SH0001', family: 'Example', given: 'Alex', dob: '1984-02-29', ethnicity: 'W1' });
  restrictedId = await createPerson(d.db, f, { ref: 'SH0002', restricted: true });
  const own = { partnership_id: f.partnershipId, person_id: personId };
  await d.db.insertInto('person_identifiers').values([
    { ...own, kind: 'pnc', value: '1901/0000001A' },
    { ...own, kind: 'probation_crn', value: 'X000001' },
  ]).execute();
  await d.db.insertInto('addresses').values([
    { ...own, from_date: '2006-01-01', to_date: '2008-06-01', area_code: 'E06000001', area_id: f.areas[0]!.id, postcode: 'ZZ1 1ZZ' },
    { ...own, from_date: '2008-06-01', to_date: null, area_code: 'W06000099', area_id: null, postcode: null },
  ]).execute();
  await cli.done(d);
}, 60_000);

afterAll(async () => {
  await cli?.close();
});

describe.skipIf(testEngine !== 'postgres')('waymark person show', () => {
  it("prints the person's identity, identifiers and addresses, and logs the read as a consultation from the CLI", async () => {
    const run = await waymark(['person', 'show', 'SH0001']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = run.stdout;
    expect(text.split('\n')[0]).toBe('Example, Alex (SH0001)');
    expect(text).toContain('Born 1984-02-29; sex male; ethnicity W1');
    expect(text).toMatch(/Identifiers\n {2}pnc: 1901\/0000001A\n {2}probation_crn: X000001\n/);
    expect(text).toMatch(/Addresses, newest first\n {2}2008-06-01 to now {2}W06000099 \(outside the partnership\)\n {2}2006-01-01 to 2008-06-01 {2}Northtown \(E06000001\) {2}ZZ1 1ZZ\n/);
    expect(text).toContain('Not on a scheme.');
    const audit = await auditFor(personId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'consultation', what: 'viewed person record', justification: null });
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ channel: 'cli' });
  });

  it('--json prints the record as the API gives it', async () => {
    const run = await waymark(['person', 'show', 'SH0001', '--json']);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r.person).toMatchObject({ id: personId, personRef: 'SH0001', familyName: 'Example', givenNames: 'Alex', pncId: '1901/0000001A', restricted: false });
    expect(r.identifiers).toEqual([{ kind: 'pnc', value: '1901/0000001A' }, { kind: 'probation_crn', value: 'X000001' }]);
    expect(r.addresses.map((a: { areaCode: string }) => a.areaCode)).toEqual(['W06000099', 'E06000001']);
    expect(r).toHaveProperty('timelineCounts');
    expect(await auditFor(personId)).toHaveLength(2);
  });

  it('needs a reason for a restricted record, and logs it; an unknown reference exits 1', async () => {
    const refused = await waymark(['person', 'show', 'SH0002']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(await auditFor(restrictedId)).toEqual([]);
    const shown = await waymark(['person', 'show', 'SH0002', '--reason', 'Checking the record before the panel']);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n')[0]).toContain('(SH0002) [restricted]');
    expect(await auditFor(restrictedId)).toEqual([expect.objectContaining({ action: 'consultation', justification: 'Checking the record before the panel' })]);
    const unknown = await waymark(['person', 'show', 'NOBODY']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No person with reference NOBODY');
  });
});
