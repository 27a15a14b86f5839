// Reviews, the panel agenda and decisions against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, createPerson, createUser, type PartnershipFixture } from '../../support/fixtures.js';
import { addPerson, createScheme } from './support.js';
import { runSelection } from '../../../src/selection/service.js';
import { applyAutomaticExits, reviewRows, reviewScheme } from '../../../src/panel/review.js';
import { panelAgenda } from '../../../src/panel/agenda.js';
import { recordDecision } from '../../../src/panel/decisions.js';
import { minutesCsv, panelMinutes } from '../../../src/panel/minutes.js';
import { recordMappaReferral, recordRiskAssessment } from '../../../src/risk/risk.js';
import { createTransfer, transferInbox } from '../../../src/transfers/transfers.js';
import { ForbiddenError, InvalidInputError } from '../../../src/errors.js';
import { verifyAuditChain } from '../../../src/access/audit.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$0000000000000000000000000000000000000000000';
const asOf = '2010-06-30';
let t: TestDatabase;
let f: PartnershipFixture;
let other: PartnershipFixture;
let scheme: Awaited<ReturnType<typeof createScheme>>;

beforeAll(async () => {
  t = await testDatabase();
  f = await createPartnership(t.db);
  other = await createPartnership(t.db);
  await t.db.insertInto('areas').values({ partnership_id: other.partnershipId, code: 'E08000099', name: 'Elsewhere' }).execute();
  scheme = await createScheme(t.db, f, 'PPO', 2);
  const member = (start: string) => ({ schemeId: scheme.id, start, tierId: scheme.tiers.high });
  await addPerson(t.db, f, { ref: 'QUIET', arrests: ['2009-12-29'], offences: [['2009-11-01', '2009-12-01', '04600']], memberSince: member('2009-01-01') }); // 183 days
  await addPerson(t.db, f, { ref: 'TESTED', arrests: ['2009-12-29'], positiveTests: ['2010-05-01'], memberSince: member('2009-01-01') });
  await addPerson(t.db, f, { ref: 'MOVED', area: 'E08000099', offences: [['2010-06-01', '2010-06-10', '04600']], arrests: ['2010-06-01'], memberSince: member('2010-01-01') });
  await addPerson(t.db, f, { ref: 'LIFER', custody: { reception: '2010-01-10', sentenceDays: 3650, expected: '2015-01-10' }, memberSince: member('2008-06-30') });
  await addPerson(t.db, f, { ref: 'VIOLENT', offences: [['2010-03-01', '2010-05-01', '10300']], arrests: ['2010-03-01'], memberSince: member('2010-02-01') });
  await addPerson(t.db, f, { ref: 'DEAD', dateOfDeath: '2010-06-01', memberSince: member('2010-01-01') });
  await addPerson(t.db, f, {
    ref: 'CANDIDATE',
    offences: [['2010-06-01', '2010-06-20', '02800'], ['2010-05-01', '2010-05-20', '02800'], ['2010-04-01', '2010-04-20', '02800']],
    arrests: ['2010-06-01'],
  });
  await addPerson(t.db, f, { ref: 'RELEASING', offences: [['2010-01-01', '2010-02-01', '04600']], custody: { reception: '2010-02-01', sentenceDays: 300, expected: '2010-09-28' } });
});
afterAll(async () => t?.close());

const rule = (rows: ReturnType<typeof reviewRows>, ref: string, name: string) => rows.find((r) => r.personRef === ref && r.rule === name)!;

describe('reviewScheme', () => {
  it('applies the six rules to every member, with reasons, and leaves the dead to exit automatically', async () => {
    const review = await reviewScheme(t.db, f.operator, { schemeCode: 'PPO', asOf });
    expect(review.members.map((m) => m.personRef)).toEqual(['LIFER', 'MOVED', 'QUIET', 'TESTED', 'VIOLENT']);
    expect(review.automaticExits.map((e) => e.personRef)).toEqual(['DEAD']);
    const rows = reviewRows(review);
    expect(rows).toHaveLength(30);
    expect(rule(rows, 'QUIET', 'stopped_offending')).toMatchObject({ met: true, reasons: [expect.objectContaining({ days: 183 })] });
    const tested = rule(rows, 'TESTED', 'stopped_offending');
    expect(tested.met).toBe(false);
    expect(tested.reasons.map((r) => r.code)).toContain('suppressed_other_signs');
    expect(rule(rows, 'MOVED', 'moved_area')).toMatchObject({ met: true });
    const lifer = rule(rows, 'LIFER', 'significant_custody');
    expect(lifer.met).toBe(false);
    expect(lifer.reasons.map((r) => r.code)).toEqual(['long_custody', 'risk_assessment_required']);
    expect(rule(rows, 'LIFER', 'two_years_on_scheme')).toMatchObject({ met: true });
    expect(rule(rows, 'VIOLENT', 'high_risk_of_harm')).toMatchObject({ met: true, prompts: [expect.objectContaining({ code: 'mappa_referral' })] });
  });

  it('considers custody de-selection only after a risk assessment, and never for high risk of harm', async () => {
    await recordRiskAssessment(t.db, f.operator, { personRef: 'LIFER', date: '2010-03-01', riskOfSeriousHarm: 'medium' });
    let rows = reviewRows(await reviewScheme(t.db, f.operator, { schemeCode: 'PPO', asOf }));
    expect(rule(rows, 'LIFER', 'significant_custody').met).toBe(true);
    await recordRiskAssessment(t.db, f.operator, { personRef: 'LIFER', date: '2010-05-01', riskOfSeriousHarm: 'very_high' });
    rows = reviewRows(await reviewScheme(t.db, f.operator, { schemeCode: 'PPO', asOf }));
    expect(rule(rows, 'LIFER', 'significant_custody').reasons.map((r) => r.code)).toContain('high_risk_of_serious_harm');
    await recordMappaReferral(t.db, f.operator, { personRef: 'VIOLENT', date: '2010-05-10', outcome: 'level 2' });
    rows = reviewRows(await reviewScheme(t.db, f.operator, { schemeCode: 'PPO', asOf }));
    expect(rule(rows, 'VIOLENT', 'high_risk_of_harm').prompts).toEqual([]);
  });
});

describe('the panel', () => {
  it('builds an agenda from the run and the rules, and records decisions that change memberships', async () => {
    await runSelection(t.db, f.operator, { schemeCode: 'PPO', asOf });
    const meetingDate = '2010-07-01';
    const agenda = await panelAgenda(t.db, f.operator, { schemeCode: 'PPO', meetingDate });
    const items = agenda.items.map((i) => `${i.personRef} ${i.item}`);
    expect(items).toEqual(expect.arrayContaining(['DEAD deceased', 'QUIET rule:stopped_offending', 'MOVED rule:moved_area', 'RELEASING due_for_release']));
    expect(agenda.items.some((i) => i.kind === 'proposal' && i.item === 'proposal:deselect')).toBe(true); // 5 members, capacity 2
    expect(agenda.runId).not.toBeNull();
    expect(agenda.runOutOfDate).toBeNull();

    // De-select for a move, with a transfer to a partnership that uses Waymark.
    const moved = await recordDecision(t.db, f.operator, {
      schemeCode: 'PPO',
      meetingDate,
      personRef: 'MOVED',
      item: 'rule:moved_area',
      decision: 'accept',
      action: 'deselect',
      reason: 'Moved to Elsewhere; receiving scheme informed.',
      endReason: 'moved_area',
      exitPlan: 'Handed to the receiving partnership.',
      transferToAreaCode: 'E08000099',
    });
    expect(moved).toMatchObject({ action: 'deselect', endReason: 'moved_area' });
    const ended = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').select(['end_date', 'end_reason', 'exit_plan']).where('person_ref', '=', 'MOVED').where('memberships.partnership_id', '=', f.partnershipId).execute();
    expect(ended).toEqual([{ end_date: meetingDate, end_reason: 'moved_area', exit_plan: 'Handed to the receiving partnership.' }]);
    const receiver = { ...other.operator };
    const inbox = await transferInbox(t.db, receiver);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ toAreaCode: 'E08000099', status: 'sent', summary: expect.objectContaining({ familyName: 'Testperson' }) });

    // Select the candidate; move VIOLENT down a tier; reject a proposal with a reason.
    await recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate, personRef: 'CANDIDATE', item: 'proposal:select', decision: 'override', action: 'select', reason: 'Prolific burglar; panel judgement.', tierCode: 'high' });
    await recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate, personRef: 'VIOLENT', item: 'rule:high_risk_of_harm', decision: 'accept', action: 'tier_move', reason: 'Managed through MAPPA; lower intensity here.', tierCode: 'medium' });
    await recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate, personRef: 'TESTED', item: 'rule:regular_review', decision: 'reject', action: 'none', reason: 'Still using; keep on the scheme.' });
    const violent = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').innerJoin('tiers', 'tiers.id', 'memberships.tier_id').select(['start_date', 'end_date', 'tiers.code']).where('person_ref', '=', 'VIOLENT').where('memberships.partnership_id', '=', f.partnershipId).orderBy('start_date').execute();
    expect(violent).toEqual([
      { start_date: '2010-02-01', end_date: meetingDate, code: 'high' },
      { start_date: meetingDate, end_date: null, code: 'medium' },
    ]);
    const candidate = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').select(['start_date', 'selection_reason']).where('person_ref', '=', 'CANDIDATE').execute();
    expect(candidate[0]!.selection_reason).toMatch(/Panel of 2010-07-01: Prolific burglar; panel judgement. \(matrix score [\d.]+ in run \d+/);

    const after = await panelAgenda(t.db, f.operator, { schemeCode: 'PPO', meetingDate });
    expect(after.decisions).toHaveLength(4);
    expect(after.items.find((i) => i.personRef === 'MOVED' && i.item === 'rule:moved_area')?.decision?.action).toBe('deselect');
    // The tier move counts as unbroken time on the scheme; the review shows VIOLENT reviewed.
    const review = await reviewScheme(t.db, f.operator, { schemeCode: 'PPO', asOf: '2010-07-02' });
    expect(review.members.find((m) => m.personRef === 'VIOLENT')).toMatchObject({ memberSince: '2010-02-01', tierCode: 'medium' });
    expect(review.members.find((m) => m.personRef === 'MOVED')).toBeUndefined();

    const minutes = await panelMinutes(t.db, f.operator, { schemeCode: 'PPO', meetingDate });
    const csv = minutesCsv(minutes);
    expect(csv.split('\n')[0]).toBe('meeting_date,person_ref,item,decision,action,reason,end_reason,exit_plan,tier,score,decided_by,decided_at,items');
    expect(csv).toContain('MOVED,rule:moved_area,accept,deselect');
    expect(csv).toMatch(/MOVED,.*,rule:moved_area\n/);
    expect(await verifyAuditChain(t.db)).toBeNull();
  });

  it('gathers the agenda by person, takes one decision for all of a person\'s items, and shows a far-outscored member the comparison, not a proposal', async () => {
    const meetingDate = '2010-07-15';
    const agenda = await panelAgenda(t.db, f.operator, { schemeCode: 'PPO', meetingDate });
    // One row per person, with every item about them.
    expect(new Set(agenda.people.map((p) => p.personRef)).size).toBe(agenda.people.length);
    const lifer = agenda.people.find((p) => p.personRef === 'LIFER')!;
    expect(lifer.items.length).toBeGreaterThan(1);
    expect(lifer.pending).toEqual(lifer.items.map((i) => i.item));
    // Over capacity, the run proposes de-selections; a swap never: no reason is a displacement.
    for (const it of agenda.items) for (const r of it.reasons) expect(r.code).not.toMatch(/displace/);
    expect(agenda.comparisonMargin).toBe(0.2);
    // CANDIDATE is left without a place (the scheme is full) and scores far above the quiet members.
    const compared = agenda.people.filter((p) => p.outscoredBy);
    expect(compared.length).toBeGreaterThan(0);
    for (const p of compared) {
      expect(p.member).toBe(true);
      expect(p.outscoredBy).toMatchObject({ personRef: 'CANDIDATE' });
      expect(p.outscoredBy!.ratio === null || p.outscoredBy!.ratio > 0.2).toBe(true);
    }
    expect(agenda.items.some((i) => i.personRef === 'CANDIDATE' && i.item === 'proposal:select')).toBe(false);

    // One decision answers all of LIFER's items.
    const d = await recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate, personRef: 'LIFER', items: lifer.pending, decision: 'reject', action: 'none', reason: 'Review again after the risk assessment.' });
    expect(d.items).toEqual(lifer.pending);
    expect(d.item).toBe(lifer.pending[0]);
    const stored = await t.db.selectFrom('panel_decisions').select(['item', 'items']).where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ item: lifer.pending[0], items: lifer.pending });
    const after = await panelAgenda(t.db, f.operator, { schemeCode: 'PPO', meetingDate });
    const liferAfter = after.people.find((p) => p.personRef === 'LIFER')!;
    expect(liferAfter.pending).toEqual([]);
    expect(liferAfter.decisions.map((x) => x.id)).toEqual([d.id]);
    expect(liferAfter.items.every((i) => i.decision?.id === d.id)).toBe(true);
    const minutes = minutesCsv(await panelMinutes(t.db, f.operator, { schemeCode: 'PPO', meetingDate }));
    expect(minutes).toContain(`,${lifer.pending.join('; ')}\n`);
  });

  it('says when people joined or left the scheme since the run, so its proposals are out of date', async () => {
    const other = await createScheme(t.db, f, 'DRRX', 3);
    const a = await addPerson(t.db, f, { ref: 'DRRA', offences: [['2010-05-01', '2010-06-01', '04600']], memberSince: { schemeId: other.id, start: '2010-01-01' } });
    const b = await addPerson(t.db, f, { ref: 'DRRB', offences: [['2010-05-01', '2010-06-01', '04600']] });
    const run = await runSelection(t.db, f.operator, { schemeCode: 'DRRX', asOf });
    expect((await panelAgenda(t.db, f.operator, { schemeCode: 'DRRX', meetingDate: '2010-07-01' })).runOutOfDate).toBeNull();
    // B joins and A leaves by an import, not at the meeting.
    await t.db.insertInto('memberships').values({ partnership_id: f.partnershipId, person_id: b, scheme_id: other.id, start_date: '2010-06-30' }).execute();
    await t.db.updateTable('memberships').set({ end_date: '2010-06-30' }).where('person_id', '=', a).where('scheme_id', '=', other.id).execute();
    const agenda = await panelAgenda(t.db, f.operator, { schemeCode: 'DRRX', meetingDate: '2010-07-01' });
    expect(agenda.runOutOfDate).toBe(
      `Since selection run ${run.runId} (as of ${asOf}), 1 person has joined the scheme and 1 person has left it, other than by this meeting's decisions, so its proposals do not take them into account. Run the selection again as of 2010-07-01 before deciding.`,
    );
    // A run as of the meeting date takes them into account.
    await runSelection(t.db, f.operator, { schemeCode: 'DRRX', asOf: '2010-07-01' });
    expect((await panelAgenda(t.db, f.operator, { schemeCode: 'DRRX', meetingDate: '2010-07-01' })).runOutOfDate).toBeNull();
  });

  it('refuses a decision without a choice, naming the field, and records nothing', async () => {
    const count = async () => (await t.db.selectFrom('panel_decisions').select('id').execute()).length;
    const before = await count();
    const base = { schemeCode: 'PPO', meetingDate: '2010-07-20', personRef: 'TESTED', items: ['rule:regular_review'], reason: 'Undecided.' };
    await expect(recordDecision(t.db, f.operator, { ...base, decision: undefined as never, action: 'none' })).rejects.toMatchObject({ field: 'decision', message: expect.stringContaining('Choose the decision') });
    await expect(recordDecision(t.db, f.operator, { ...base, decision: 'accept', action: '' as never })).rejects.toMatchObject({ field: 'action', message: expect.stringContaining('Choose what changes') });
    await expect(recordDecision(t.db, f.operator, { ...base, items: [' '], decision: 'accept', action: 'none' })).rejects.toMatchObject({ field: 'items' });
    expect(await count()).toBe(before);
  });

  it('rolls back the membership change when the decision cannot be recorded', async () => {
    await expect(
      recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate: '2010-07-01', personRef: 'QUIET', item: 'rule:stopped_offending', decision: 'accept', action: 'deselect', reason: 'Stopped.', endReason: 'stopped_offending', exitPlan: '   ' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      recordDecision(t.db, f.operator, { schemeCode: 'PPO', meetingDate: '2010-07-01', personRef: 'QUIET', item: 'rule:stopped_offending', decision: 'accept', action: 'tier_move', reason: 'Down.', tierCode: 'nonexistent' }),
    ).rejects.toThrow(/no tier nonexistent/);
    const q = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').select(['end_date']).where('person_ref', '=', 'QUIET').execute();
    expect(q).toEqual([{ end_date: null }]);
  });

  it('lets only scheme managers and administrators decide', async () => {
    const practitioner = await createUser(t.db, f, { username: `pr${Date.now()}`, role: 'practitioner', passwordHash: HASH });
    const manager = await createUser(t.db, f, { username: `sm${Date.now()}`, role: 'scheme_manager', passwordHash: HASH });
    const board = await createUser(t.db, f, { username: `bm${Date.now()}`, role: 'board_member', agency: 'local_authority', passwordHash: HASH });
    const input = { schemeCode: 'PPO', meetingDate: '2010-08-01', personRef: 'QUIET', item: 'rule:stopped_offending', decision: 'reject' as const, action: 'none' as const, reason: 'Not yet.' };
    await expect(recordDecision(t.db, practitioner, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordDecision(t.db, manager, input)).resolves.toMatchObject({ decidedBy: manager.label });
    // A second clerk saving the same item at the same meeting is told who decided it; nothing is recorded twice.
    await expect(recordDecision(t.db, f.operator, { ...input, decision: 'accept', action: 'deselect', endReason: 'stopped_offending', exitPlan: 'Support from the housing team.' })).rejects.toMatchObject({ kind: 'conflict', message: expect.stringContaining(`recorded by ${manager.label}`) });
    const quiet = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').select('end_date').where('person_ref', '=', 'QUIET').execute();
    expect(quiet).toEqual([{ end_date: null }]);
    await expect(panelAgenda(t.db, practitioner, { schemeCode: 'PPO', meetingDate: '2010-08-01' })).resolves.toBeTruthy();
    await expect(panelAgenda(t.db, board, { schemeCode: 'PPO', meetingDate: '2010-08-01' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createTransfer(t.db, practitioner, { personRef: 'QUIET', toAreaCode: 'X' })).rejects.toBeInstanceOf(ForbiddenError);
    // A restricted person is not there for a scheme manager not named on them, and the refusal does not repeat the reference.
    await createPerson(t.db, f, { ref: 'SECRET01', restricted: true });
    const refused = recordDecision(t.db, manager, { ...input, personRef: 'SECRET01' });
    await expect(refused).rejects.toMatchObject({ kind: 'not_found' });
    await expect(refused).rejects.not.toThrow(/SECRET01/);
  });

  it('ends a dead member automatically, and records a transfer to an area outside Waymark', async () => {
    const exits = await applyAutomaticExits(t.db, f.operator, { schemeCode: 'PPO', asOf });
    expect(exits).toEqual([{ personRef: 'DEAD', dateOfDeath: '2010-06-01' }]);
    const dead = await t.db.selectFrom('memberships').innerJoin('people', 'people.id', 'memberships.person_id').select(['end_date', 'end_reason']).where('person_ref', '=', 'DEAD').execute();
    expect(dead).toEqual([{ end_date: '2010-06-02', end_reason: 'deceased' }]);
    const tr = await createTransfer(t.db, f.operator, { personRef: 'RELEASING', toAreaCode: 'W06000015', note: 'Released to Cardiff' });
    expect(tr).toMatchObject({ status: 'notified_outside', toPartnershipId: null });
  });
});
