// The issue 15 scenario as one real run, through `waymark select --json`: a PPO
// scheme with a capacity of 100 and 85 members, and a pool of candidates each
// a little more active than the most active member. The run fills the 15 free
// places and proposes no member for de-selection for being outscored; the
// members outscored by more than the margin (20%) are listed as comparisons,
// and every row of the JSON gives the margin. (The scale case with 20,000
// candidates is the pure propose() test in test/unit/selection/proposals.test.ts.)
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { runWaymark } from '../../support/cli.js';
import { openDatabase, type Database } from '../../../src/db/database.js';
import type { DB } from '../../../src/db/schema.js';
import { testDatabase, testEngine, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import { createScheme } from './support.js';
import { tempDir } from '../imports/files.js';

const asOf = '2010-06-30';
let dir: string;
let env: NodeJS.ProcessEnv;
let pg: TestDatabase | undefined;

/** People in one statement each table: `offences` shoplifting convictions in the last 6 months, and `arrests` arrests. */
async function addPeople(db: Kysely<DB>, f: PartnershipFixture, people: { ref: string; offences: number; arrests: number; memberOf?: number }[]): Promise<void> {
  const ids = await db
    .insertInto('people')
    .values(people.map((p) => ({ partnership_id: f.partnershipId, person_ref: p.ref, family_name: 'Testperson', given_names: p.ref, date_of_birth: '1985-05-05', sex: 'male' as const })))
    .returning(['id', 'person_ref'])
    .execute();
  const byRef = new Map(ids.map((r) => [r.person_ref, r.id]));
  const base = (p: { ref: string }) => ({ partnership_id: f.partnershipId, person_id: byRef.get(p.ref)! });
  await db.insertInto('addresses').values(people.map((p) => ({ ...base(p), from_date: '2000-01-01', area_code: 'E06000001' }))).execute();
  const day = (i: number) => `2010-${String(1 + (i % 5)).padStart(2, '0')}-${String(1 + ((i * 3) % 27)).padStart(2, '0')}`;
  const outcomes = people.flatMap((p) => Array.from({ length: p.offences }, (_, i) => ({ ...base(p), offence_date: day(i), outcome_date: '2010-06-01', outcome: 'conviction' as const, offence_code: '04600', offence_code_raw: '04600' })));
  if (outcomes.length) await db.insertInto('outcomes').values(outcomes).execute();
  const arrests = people.flatMap((p) => Array.from({ length: p.arrests }, (_, i) => ({ ...base(p), arrest_date: day(i + 1) })));
  if (arrests.length) await db.insertInto('arrests').values(arrests).execute();
  const members = people.filter((p) => p.memberOf !== undefined);
  if (members.length) await db.insertInto('memberships').values(members.map((p) => ({ ...base(p), scheme_id: p.memberOf!, start_date: '2010-01-01' }))).execute();
}

beforeAll(async () => {
  dir = tempDir('waymark-select-cli-');
  let d: Database | TestDatabase;
  if (testEngine === 'postgres') {
    d = pg = await testDatabase();
    env = { ...process.env, DATABASE_URL: pg.url, WAYMARK_DATA: '' };
  } else {
    d = await openDatabase({ dataDir: path.join(dir, 'data') });
    env = { ...process.env, DATABASE_URL: '', WAYMARK_DATA: path.join(dir, 'data') };
  }
  const f = await createPartnership(d.db, 'SCALE');
  const scheme = await createScheme(d.db, f, 'PPO', 100);
  // 85 members, from 2 to 10 offences in the last 6 months (still active, every one).
  const members = Array.from({ length: 85 }, (_, i) => ({ ref: `M${String(i).padStart(3, '0')}`, offences: 2 + (i % 9), arrests: 2, memberOf: scheme.id }));
  // 40 candidates as active as the most active members, and an arrest more: a point or so above them.
  const candidates = Array.from({ length: 40 }, (_, i) => ({ ref: `C${String(i).padStart(3, '0')}`, offences: 10, arrests: 3 }));
  await addPeople(d.db, f, [...members, ...candidates]);
  // A scheme for an area where no one has an address: its pool is empty.
  const far = await d.db.insertInto('areas').values({ partnership_id: f.partnershipId, code: 'E06000999', name: 'Farshire' }).returning('id').executeTakeFirstOrThrow();
  const empty = await createScheme(d.db, f, 'FAR', 10);
  await d.db.insertInto('scheme_areas').values({ scheme_id: empty.id, area_id: far.id }).execute();
  if (!pg) await (d as Database).close();
}, 120_000);

afterAll(async () => {
  await pg?.close();
});

interface Row {
  personRef: string;
  rank: number;
  score: number;
  member: boolean;
  proposal: 'select' | 'deselect' | null;
  criteria: unknown[];
  inPool: boolean;
  aboveLowestMember: boolean;
  priority: boolean;
  proposalReasons: string[];
  comparisonMargin: number;
  outscoredBy: { personRef: string; score: number; ratio: number | null } | null;
}

describe('waymark select --json at the issue’s scale', () => {
  it('fills only the free places, proposes no member for being outscored, and gives the margin and each comparison on every row', async () => {
    const run = await runWaymark(['select', '--scheme', 'PPO', '--as-of', asOf, '--json'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Row[];
    // Still an array of rows, with the fields it always had, and the margin on each.
    expect(Array.isArray(rows)).toBe(true);
    expect(rows).toHaveLength(125);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['personRef', 'rank', 'score', 'member', 'proposal', 'criteria', 'inPool', 'aboveLowestMember', 'priority', 'proposalReasons', 'comparisonMargin', 'outscoredBy']);
      expect(r.comparisonMargin).toBe(0.2);
      if (!r.member) expect(r.outscoredBy).toBeNull();
    }
    const members = rows.filter((r) => r.member);
    expect(members).toHaveLength(85);
    // 15 free places, 15 selections; no member proposed for de-selection.
    expect(rows.filter((r) => r.proposal === 'select')).toHaveLength(15);
    expect(rows.filter((r) => r.proposal === 'select').every((r) => !r.member)).toBe(true);
    expect(rows.filter((r) => r.proposal === 'deselect')).toEqual([]);
    for (const r of rows) expect(r.proposalReasons.join(' ')).not.toMatch(/displace|less active than/i);
    // Every candidate scores above every member.
    const best = rows.filter((r) => !r.member && r.proposal === null).sort((a, b) => b.score - a.score || a.rank - b.rank)[0]!;
    expect(Math.min(...rows.filter((r) => !r.member).map((r) => r.score))).toBeGreaterThan(Math.max(...members.map((r) => r.score)));
    // The members outscored by more than 20% are the comparisons, against the best candidate left out.
    const outscored = members.filter((m) => (best.score - m.score) / m.score > 0.2);
    expect(outscored.length).toBeGreaterThan(0);
    expect(outscored.length).toBeLessThan(85);
    for (const m of members) {
      if (outscored.includes(m)) expect(m.outscoredBy).toEqual({ personRef: best.personRef, score: best.score, ratio: Math.round(((best.score - m.score) / m.score) * 10000) / 10000 });
      else expect(m.outscoredBy).toBeNull();
    }

    // The text output says the margin and lists the comparisons.
    const text = await runWaymark(['select', '--scheme', 'PPO', '--as-of', asOf, '--no-store'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('proposed: 15 selections, 0 de-selections');
    expect(text.stdout).toContain(`Comparison margin 20%: ${outscored.length} members outscored by more than it (shown to the panel, never proposed)`);
    expect(text.stdout).toMatch(new RegExp(`M\\d{3} \\([\\d.]+\\): ${best.personRef} scores [\\d.]+, \\d+% above`));
    expect(text.stdout).not.toContain('No one is in the pool');
  }, 120_000);

  it('says what puts people in the pool, and where their area comes from, when no one is in it', async () => {
    const run = await runWaymark(['select', '--scheme', 'FAR', '--as-of', asOf, '--no-store'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Pool 0;');
    expect(run.stdout).toContain(`No one is in the pool. The pool is everyone above the matrix's threshold`);
    expect(run.stdout).toContain(`whose address on ${asOf} is in the scheme's areas (E06000999)`);
    // The command it names is one the CLI has.
    expect(run.stdout).toContain('`waymark import addresses FILE`');
    const help = await runWaymark(['import', '--help'], { env });
    expect(help.stdout).toMatch(/addresses/);
  }, 120_000);

  it('gives the agenda by person with the comparison, and takes one decision per person, refusing one without a choice', async () => {
    // The run stored above is the agenda's (on or before the meeting).
    const agenda = await runWaymark(['panel', 'agenda', '--scheme', 'PPO', '--date', asOf, '--json'], { env });
    expect(agenda.stderr).toBe('');
    expect(agenda.code).toBe(0);
    const people = JSON.parse(agenda.stdout) as { personRef: string; member: boolean; items: { item: string }[]; pending: string[]; comparisonMargin: number; outscoredBy: { personRef: string; ratio: number } | null }[];
    expect(new Set(people.map((p) => p.personRef)).size).toBe(people.length);
    // The 15 selections are proposals; no member is proposed for de-selection.
    expect(people.filter((p) => p.items.some((i) => i.item === 'proposal:select'))).toHaveLength(15);
    expect(people.some((p) => p.items.some((i) => i.item === 'proposal:deselect'))).toBe(false);
    const compared = people.find((p) => p.member && p.outscoredBy)!;
    expect(compared.comparisonMargin).toBe(0.2);
    expect(compared.outscoredBy!.ratio).toBeGreaterThan(0.2);
    expect(compared.pending.length).toBeGreaterThan(0);

    const none = await runWaymark(['panel', 'decide', '--scheme', 'PPO', '--date', asOf, '--person', compared.personRef, '--reason', 'Not chosen'], { env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Choose the decision (field "decision")');

    const ok = await runWaymark(['panel', 'decide', '--scheme', 'PPO', '--date', asOf, '--person', compared.personRef, '--decision', 'reject', '--action', 'none', '--reason', 'Still active; stays on the scheme'], { env });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`for ${compared.personRef}: reject, none; answers ${compared.pending.join(', ')}.`);
    const after = JSON.parse((await runWaymark(['panel', 'agenda', '--scheme', 'PPO', '--date', asOf, '--json'], { env })).stdout) as typeof people;
    expect(after.find((p) => p.personRef === compared.personRef)!.pending).toEqual([]);
  }, 180_000);
});
