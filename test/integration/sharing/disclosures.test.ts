// Information-sharing agreements (issue 14, SPEC 3.8): each disclosure to
// another agency names the agreement it relies on, and one without an
// agreement in force between the two agencies is refused. Covered here: an API
// read of a person by a token whose agency does not lead the case, a user's
// export of register data, and a transfer notice to another partnership; and
// agreements recorded on the administration page and through the API, listed
// and ended. The CLI operator's export needs none but is logged.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { testApp, signInAs, cookieHeader, type TestApp } from '../../support/app.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { viewPerson } from '../../../src/people/record.js';
import { createApiToken } from '../../../src/access/api-tokens.js';
import { createTransfer } from '../../../src/transfers/transfers.js';
import type { Actor } from '../../../src/access/actor.js';
import { failureOf } from '../../../src/cli/failure.js';

let t: TestDatabase;
let ta: TestApp;
let other: PartnershipFixture;
let led: number;
let unled: number;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await testDatabase();
  // No agreement recorded: every disclosure to another agency is refused until one is.
  ta = await testApp(
    t,
    [
      { username: 'admin', role: 'administrator', agency: 'local_authority' },
      { username: 'copper', role: 'practitioner', agency: 'police' },
      { username: 'housing', role: 'practitioner', agency: 'housing' },
      { username: 'manager', role: 'scheme_manager', agency: 'probation' },
    ],
    {},
    { agreement: false },
  );
  other = await createPartnership(t.db, 'RECEIVER', { agreement: false });
  await t.db.insertInto('areas').values({ partnership_id: other.partnershipId, code: 'E08000777', name: 'Far away' }).execute();
  led = await createPerson(t.db, ta.f, { ref: 'LED1' });
  await t.db.updateTable('people').set({ lead_agency_id: ta.f.agencies.police }).where('id', '=', led).execute();
  unled = await createPerson(t.db, ta.f, { ref: 'UNLED1' });
  for (const u of ['admin', 'copper', 'housing']) tokens[u] = await createApiToken(t.db, ta.users[u]!.userId, 'test', { scope: 'role' });
});
afterAll(async () => {
  await ta?.app.close();
  await t?.close();
});

const api = (method: 'GET' | 'POST', url: string, user: string, body?: unknown) =>
  ta.app.inject({ method, url, headers: { authorization: `Bearer ${tokens[user]}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });

async function lastEntry(personId?: number) {
  let q = t.db.selectFrom('audit_log').select(['action', 'what', 'details']).orderBy('id', 'desc');
  if (personId) q = q.where('person_id', '=', personId);
  const row = await q.executeTakeFirstOrThrow();
  return { ...row, details: JSON.parse(row.details ?? '{}') as Record<string, unknown> };
}

const actorOf = (username: string, agencyKind: Actor['agencyKind'], role: Actor['role'] = 'administrator'): Actor => ({
  userId: ta.users[username]!.userId,
  partnershipId: ta.f.partnershipId,
  role,
  agencyKind,
  label: username,
});

async function exportPeople(actor: Actor) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const r = await ta.app.services.imports.exportKind(actor, { kind: 'people', out, format: 'csv' });
  return { ...r, text: Buffer.concat(chunks).toString() };
}

describe('an API read of a person by an agency that does not lead the case', () => {
  it('is refused without an agreement, naming both agencies and the API path that records one (never a CLI command)', async () => {
    const res = await api('GET', `/api/v1/people/${led}`, 'housing');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const detail = res.json().detail as string;
    expect(detail).toContain('Test housing (HOUSING)');
    expect(detail).toContain('Test police (POLICE)');
    expect(detail).toContain('An administrator can record one with POST /api/v1/agreements {"title", "parties": ["HOUSING", "POLICE"], "purpose", "data", "from"}.');
    expect(detail).not.toContain('waymark ');
    expect(detail).not.toContain('/admin/agreements');
    // With no lead agency, it needs an agreement between the token's agency and another of the partnership.
    expect((await api('GET', `/api/v1/people/${unled}`, 'housing')).statusCode).toBe(403);
  });

  it('is refused in the same words on the web page and in the CLI as in the API, each naming its own way to record one: one rule on every door (SPEC 3.9)', async () => {
    const housing = await signInAs(ta.app, 'housing');
    const refusal = "No information-sharing agreement in force today between Test housing (HOUSING) and Test police (POLICE), which leads this person's case, so HOUSING may not read the record.";
    const viaApi = await api('GET', `/api/v1/people/${led}`, 'housing');
    expect(viaApi.json().detail).toContain(refusal);
    for (const url of [`/people/${led}`, `/people/${led}/case`]) {
      const page = await ta.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(housing.jar) } });
      expect(page.statusCode, url).toBe(403);
      const body = page.body.replaceAll('&#39;', "'").replaceAll('&gt;', '>');
      // On the web, the page that records one (an administrator's), not the command or the API path.
      expect(body).toContain(`${refusal} An administrator can record one under Administration > Information-sharing agreements (/admin/agreements).`);
      expect(body).not.toContain('waymark agreement');
      expect(body).not.toContain('/api/v1/agreements');
    }
    expect((await ta.app.inject({ method: 'GET', url: `/people/${unled}`, headers: { cookie: cookieHeader(housing.jar) } })).statusCode).toBe(403);
    const housingActor = actorOf('housing', 'housing', 'practitioner');
    const viaCli = await ta.app.services.people.timeline(housingActor, led, { channel: 'cli' }).catch((e: unknown) => e);
    expect(viaCli).toMatchObject({ kind: 'forbidden', message: refusal });
    // The CLI's failure names the command, with both agencies' codes.
    expect(failureOf(viaCli).text).toBe(
      `waymark: ${refusal} An administrator can record one with waymark agreement add --title TITLE --parties HOUSING,POLICE --purpose PURPOSE --data CATEGORIES --from YYYY-MM-DD.\n`,
    );
    await expect(ta.app.services.risk.assessments(housingActor, { personId: led })).rejects.toThrow(refusal);
    // The lead agency's own page needs none, and the CLI operator, the data controller, needs none.
    const copper = await signInAs(ta.app, 'copper');
    expect((await ta.app.inject({ method: 'GET', url: `/people/${led}`, headers: { cookie: cookieHeader(copper.jar) } })).statusCode).toBe(200);
    expect(await lastEntry(led)).toMatchObject({ action: 'consultation', details: { channel: 'web', agreementId: null } });
    await ta.app.services.people.timeline(ta.f.operator, led, { channel: 'cli' });
    expect(await lastEntry(led)).toMatchObject({ action: 'consultation', details: { channel: 'cli', agreementId: null } });
  });

  it('the administration page says an agreement is needed for a read on every door, not only through the API', async () => {
    const admin = await signInAs(ta.app, 'admin');
    const page = await ta.app.inject({ method: 'GET', url: '/admin/agreements', headers: { cookie: cookieHeader(admin.jar) } });
    expect(page.statusCode).toBe(200);
    const body = page.body.replaceAll('&#39;', "'");
    expect(body).toContain("a read of a person's record or case by an agency that does not lead the case, whether on these pages, through the API or at the command line");
    expect(body).not.toContain('through the API by an agency');
  });

  it("is the lead agency's own read: no agreement needed, logged as a consultation", async () => {
    const res = await api('GET', `/api/v1/people/${led}`, 'copper');
    expect(res.statusCode).toBe(200);
    const e = await lastEntry(led);
    expect(e).toMatchObject({ action: 'consultation', details: { channel: 'api', agreementId: null } });
  });

  it('succeeds once an agreement is recorded on the administration page, and its audit entry names it', async () => {
    const admin = await signInAs(ta.app, 'admin');
    const post = (url: string, body: string) => ta.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(admin.jar), 'content-type': 'application/x-www-form-urlencoded' }, payload: body });
    const bad = await post('/admin/agreements', new URLSearchParams({ _csrf: admin.csrf, title: 'Housing and police', parties: 'NOPE', purpose: 'IOM', data: 'identity', from: '2000-01-01' }).toString());
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('No agency NOPE');
    const body = new URLSearchParams({ _csrf: admin.csrf, title: 'Housing and police IOM protocol', purpose: 'Housing people on the IOM scheme', data: 'identity, offending', from: '2000-01-01' });
    body.append('parties', 'HOUSING');
    body.append('parties', 'POLICE');
    const res = await post('/admin/agreements', body.toString());
    expect(res.statusCode).toBe(303);
    const page = await ta.app.inject({ method: 'GET', url: '/admin/agreements?done=recorded', headers: { cookie: cookieHeader(admin.jar) } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Housing and police IOM protocol');
    const id = (await t.db.selectFrom('sharing_agreements').select('id').where('title', '=', 'Housing and police IOM protocol').executeTakeFirstOrThrow()).id;

    const read = await api('GET', `/api/v1/people/${led}`, 'housing');
    expect(read.statusCode).toBe(200);
    expect(await lastEntry(led)).toMatchObject({ action: 'disclosure', details: { channel: 'api', agreementId: id } });
    expect((await api('GET', `/api/v1/people/${unled}`, 'housing')).statusCode).toBe(200);
    // The web page now opens too, logged the same way, naming the agreement.
    const housing = await signInAs(ta.app, 'housing');
    expect((await ta.app.inject({ method: 'GET', url: `/people/${led}`, headers: { cookie: cookieHeader(housing.jar) } })).statusCode).toBe(200);
    expect(await lastEntry(led)).toMatchObject({ action: 'disclosure', what: 'viewed person record', details: { channel: 'web', agreementId: id } });

    // A practitioner may not see or record agreements.
    const copper = await signInAs(ta.app, 'copper');
    expect((await ta.app.inject({ method: 'GET', url: '/admin/agreements', headers: { cookie: cookieHeader(copper.jar) } })).statusCode).toBe(403);
    expect((await api('GET', '/api/v1/agreements', 'copper')).statusCode).toBe(403);
  });
});

describe("a user's export of register data", () => {
  it('is refused without an agreement covering the user\'s agency, and with one names it; the CLI operator needs none', async () => {
    const admin = actorOf('admin', 'local_authority');
    await expect(exportPeople(admin)).rejects.toThrow(/No information-sharing agreement in force today between Test local_authority \(LOCAL_AUTHORITY\) and another agency/);

    const operator = await exportPeople(ta.f.operator);
    expect(operator.rows).toBeGreaterThan(0);
    expect(await lastEntry()).toMatchObject({ action: 'disclosure', details: { kind: 'people', agreementId: null } });

    const made = await api('POST', '/api/v1/agreements', 'admin', { title: 'Council data protocol', parties: ['LOCAL_AUTHORITY', 'PROBATION'], purpose: 'Community safety', data: ['identity'], from: '2000-01-01' });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as number;
    const listed = await api('GET', '/api/v1/agreements', 'admin');
    expect(listed.json().agreements).toEqual(expect.arrayContaining([expect.objectContaining({ id, title: 'Council data protocol', from: '2000-01-01', to: null, parties: [expect.objectContaining({ code: 'LOCAL_AUTHORITY' }), expect.objectContaining({ code: 'PROBATION' })] })]));
    const unknownParty = await api('POST', '/api/v1/agreements', 'admin', { title: 'x', parties: ['LOCAL_AUTHORITY', 'MI5'], purpose: 'x', data: ['x'], from: '2000-01-01' });
    expect(unknownParty.statusCode).toBe(400);
    expect(unknownParty.json().detail).toContain('No agency MI5');

    const done = await exportPeople(admin);
    expect(done.text.split('\n')[0]).toContain('restricted');
    expect(await lastEntry()).toMatchObject({ action: 'disclosure', details: { kind: 'people', agreementId: id } });

    // Ended: no longer in force, so the export is refused again.
    await ta.app.services.sharing.end(ta.f.operator, { id, on: '2001-01-01' });
    await expect(exportPeople(admin)).rejects.toThrow(/No information-sharing agreement in force today/);
    expect(await lastEntry()).toMatchObject({ action: 'alteration', what: `information-sharing agreement ${id} ended` });
    // An agreement that does not exist: said without naming a CLI command, which the web and the API do not have.
    const missing = ta.app.services.sharing.end(ta.f.operator, { id: 999_999, on: '2001-01-01' });
    await expect(missing).rejects.toThrow('No information-sharing agreement 999999 is recorded by this partnership.');
  });
});

describe('a transfer notice to another partnership', () => {
  it('is refused without an agreement with an agency of the receiving partnership, and with one names it', async () => {
    const refused = await createTransfer(t.db, ta.f.operator, { personRef: 'UNLED1', toAreaCode: 'E08000777' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ message: expect.stringMatching(/^No information-sharing agreement in force today between an agency of this partnership and an agency of Test partnership RECEIVER \(RECEIVER\)/) });
    expect(failureOf(refused).text).toContain('--parties AGENCY_CODE,RECEIVER:AGENCY_CODE');
    expect(await t.db.selectFrom('transfers').selectAll().execute()).toEqual([]);
    // A notice to an area outside Waymark delivers nothing: it needs no agreement.
    const outside = await createTransfer(t.db, ta.f.operator, { personRef: 'UNLED1', toAreaCode: 'W99999999' });
    expect(outside.status).toBe('notified_outside');

    const manager = actorOf('manager', 'probation', 'scheme_manager');
    const id = await ta.app.services.sharing.record(ta.f.operator, { title: 'Cross-border transfers', parties: ['PROBATION', 'RECEIVER:PROBATION'], purpose: 'Transfers of cases', data: ['identity'], from: '2000-01-01' });
    // The agreement binds probation, not police: a police user's transfer is still refused.
    const copper = actorOf('copper', 'police', 'scheme_manager');
    await expect(createTransfer(t.db, copper, { personRef: 'UNLED1', toAreaCode: 'E08000777' })).rejects.toThrow(/between Test police \(POLICE\) and an agency of Test partnership RECEIVER/);
    const sent = await createTransfer(t.db, manager, { personRef: 'UNLED1', toAreaCode: 'E08000777' });
    expect(sent).toMatchObject({ status: 'sent', toPartnershipId: other.partnershipId });
    expect(await lastEntry(unled)).toMatchObject({ action: 'disclosure', details: { transferId: sent.id, agreementId: id } });
  });
});

describe('a partnership of one agency', () => {
  it('lets its staff read a person no agency leads without an agreement, as nothing passes between agencies; a second agency needs one', async () => {
    const solo = await createPartnership(t.db, 'SOLO', { agreement: false });
    await t.db.deleteFrom('agencies').where('partnership_id', '=', solo.partnershipId).where('id', '<>', solo.agencies.police).execute();
    const officer = await createUser(t.db, solo, { username: 'solo-officer', role: 'practitioner', agency: 'police', passwordHash: 'x' });
    const person = await createPerson(t.db, solo, { ref: 'SOLO1' });
    await expect(viewPerson(t.db, officer, person)).resolves.toMatchObject({ person: { personRef: 'SOLO1' } });
    expect(await lastEntry(person)).toMatchObject({ action: 'consultation', what: 'viewed person record' });
    // Once there is another agency, the register is shared between agencies, and the read needs an agreement.
    await t.db.insertInto('agencies').values({ partnership_id: solo.partnershipId, code: 'SOLOPROB', name: 'Probation', kind: 'probation' }).execute();
    await expect(viewPerson(t.db, officer, person)).rejects.toThrow(/No information-sharing agreement/);
  });
});
