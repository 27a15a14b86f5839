// The account services on a moving clock: an API token lives exactly as long
// as its expiry, a revoked token or a disabled user's token is refused at
// once, an invitation expires after seven days and is single-use, and the
// partnership set-up refuses a second partnership with the same code and
// seeds the offence reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { apiTokenActor, createUserToken, revokeToken } from '../../../src/access/api-tokens.js';
import { addUser, disableUser } from '../../../src/access/users.js';
import { resetSecondFactor } from '../../../src/access/totp.js';
import { acceptInvitation, invitationFor } from '../../../src/access/invitations.js';
import { addPartnership } from '../../../src/partnerships/setup.js';
import type { Clock } from '../../../src/calendar/clock.js';

let t: TestDatabase;
let f: PartnershipFixture;
let now = new Date('2030-01-01T09:00:00Z');
const clock: Clock = { now: () => new Date(now) };
const days = (n: number) => n * 86_400_000;

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db, 'ACC');
  await createUser(t.db, f, { username: 'acc.user', role: 'analyst', passwordHash: 'x' });
});
afterAll(async () => {
  await t?.close();
});

describe('API tokens', () => {
  it('default to read-only for 90 days, then stop', async () => {
    now = new Date('2030-01-01T09:00:00Z');
    const made = await createUserToken(t.db, f.operator, { username: 'acc.user', name: 'report' }, clock);
    expect(made.expiresAt.toISOString()).toBe('2030-04-01T09:00:00.000Z');
    const actor = await apiTokenActor(t.db, made.token, clock);
    expect(actor).toMatchObject({ role: 'analyst', tokenScope: 'read', label: 'acc.user (api)' });
    now = new Date(made.expiresAt.getTime() - 1000);
    expect(await apiTokenActor(t.db, made.token, clock)).not.toBeNull();
    now = new Date(made.expiresAt.getTime());
    expect(await apiTokenActor(t.db, made.token, clock)).toBeNull();
  });

  it('with the role scope and a chosen expiry; refused once revoked', async () => {
    now = new Date('2030-01-01T09:00:00Z');
    const made = await createUserToken(t.db, f.operator, { username: 'acc.user', name: 'sync', scope: 'role', expiresInDays: 7 }, clock);
    expect((await apiTokenActor(t.db, made.token, clock))?.tokenScope).toBe('role');
    expect(await revokeToken(t.db, f.operator, made.id, clock)).toEqual({ alreadyRevoked: false });
    expect(await apiTokenActor(t.db, made.token, clock)).toBeNull();
    expect(await revokeToken(t.db, f.operator, made.id, clock)).toEqual({ alreadyRevoked: true });
    await expect(createUserToken(t.db, f.operator, { username: 'acc.user', name: 'x', expiresInDays: 0 }, clock)).rejects.toThrow(/whole number of days/);
    await expect(createUserToken(t.db, { ...f.operator, role: 'analyst' }, { username: 'acc.user', name: 'x' }, clock)).rejects.toThrow(/permission/);
  });

  it("stop at once when their user is disabled", async () => {
    await createUser(t.db, f, { username: 'acc.leaver', role: 'practitioner', passwordHash: 'x' });
    const made = await createUserToken(t.db, f.operator, { username: 'acc.leaver', name: 'x' }, clock);
    expect(await apiTokenActor(t.db, made.token, clock)).not.toBeNull();
    await disableUser(t.db, f.operator, 'acc.leaver', clock);
    expect(await apiTokenActor(t.db, made.token, clock)).toBeNull();
  });
});

describe('invitations', () => {
  it('expire after seven days and can be used once', async () => {
    now = new Date('2030-02-01T09:00:00Z');
    const late = await addUser(t.db, f.operator, { username: 'acc.late', role: 'practitioner', agencyCode: 'POLICE', displayName: 'Late' }, clock);
    now = new Date(now.getTime() + days(7));
    expect(await invitationFor(t.db, late.invitationToken!, clock)).toBeNull();
    await expect(acceptInvitation(t.db, late.invitationToken!, 'twelve chars ok', clock)).rejects.toThrow(/expired or has been used/);

    const prompt = await addUser(t.db, f.operator, { username: 'acc.prompt', role: 'practitioner', agencyCode: 'POLICE', displayName: 'Prompt' }, clock);
    expect(await invitationFor(t.db, prompt.invitationToken!, clock)).toEqual({ username: 'acc.prompt', displayName: 'Prompt', purpose: 'invitation' });
    await expect(acceptInvitation(t.db, prompt.invitationToken!, 'too short', clock)).rejects.toThrow(/at least 12/);
    expect(await acceptInvitation(t.db, prompt.invitationToken!, 'twelve chars ok', clock)).toBe('acc.prompt');
    await expect(acceptInvitation(t.db, prompt.invitationToken!, 'twelve chars ok', clock)).rejects.toThrow(/expired or has been used/);
    const stored = await t.db.selectFrom('invitations').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(prompt.invitationToken);
  });

  it('resetting the second factor clears the TOTP secret, audited', async () => {
    await t.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP' }).where('username', '=', 'acc.user').execute();
    await resetSecondFactor(t.db, f.operator, 'acc.user', clock);
    expect((await t.db.selectFrom('users').select('totp_secret').where('username', '=', 'acc.user').executeTakeFirstOrThrow()).totp_secret).toBeNull();
  });
});

describe('setting up a partnership', () => {
  it('creates it with its areas and offence reference, and refuses the same code twice', async () => {
    const made = await addPartnership(t.db, { label: 'test' }, { code: 'NEWP', name: 'New partnership', areas: [{ code: 'E06000004', name: 'Stockton' }, { code: 'E06000001' }] }, clock);
    const areas = await t.db.selectFrom('areas').select(['code', 'name']).where('partnership_id', '=', made.partnershipId).orderBy('code').execute();
    expect(areas).toEqual([{ code: 'E06000001', name: 'E06000001' }, { code: 'E06000004', name: 'Stockton' }]);
    const ref = await t.db.selectFrom('offence_references').select('version').where('partnership_id', '=', made.partnershipId).executeTakeFirstOrThrow();
    expect(ref.version).toBe(1);
    const gravity = await t.db.selectFrom('offence_gravity').select('group_code').where('partnership_id', '=', made.partnershipId).execute();
    expect(gravity.length).toBeGreaterThan(10);
    await expect(addPartnership(t.db, { label: 'test' }, { code: 'NEWP', name: 'Again' }, clock)).rejects.toThrow('A partnership with code NEWP exists already.');
    await expect(addPartnership(t.db, { label: 'test' }, { code: 'bad code', name: 'X' }, clock)).rejects.toThrow(/code must be/);
  });
});
