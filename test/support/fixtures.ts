// Small builders for test data. Each test builds what it needs; no test relies
// on another having run first.
import type { Kysely } from 'kysely';
import type { DB, Role, AgencyKind } from '../../src/db/schema.js';
import type { Actor } from '../../src/access/actor.js';

export interface PartnershipFixture {
  partnershipId: number;
  areas: { id: number; code: string }[];
  agencies: Record<AgencyKind, number>;
  /** An administrator acting from the CLI. */
  operator: Actor;
}

let counter = 0;

/**
 * A partnership with two areas and an agency of each kind. Like the demo, its
 * administrators need no second factor outside production (so tests that sign
 * in as an administrator stay as they were); `secondFactor: 'required'` makes
 * it a real partnership whose administrators must enrol.
 */
export async function createPartnership(
  db: Kysely<DB>,
  code = `P${++counter}${Date.now() % 100000}`,
  opts: { secondFactor?: 'demo-exempt' | 'required'; agreement?: boolean } = {},
): Promise<PartnershipFixture> {
  const p = await db
    .insertInto('partnerships')
    .values({ code, name: `Test partnership ${code}`, demo_second_factor_exempt: (opts.secondFactor ?? 'demo-exempt') === 'demo-exempt' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const areas = await db
    .insertInto('areas')
    .values([
      { partnership_id: p.id, code: 'E06000001', name: 'Northtown' },
      { partnership_id: p.id, code: 'E06000002', name: 'Southvale' },
    ])
    .returning(['id', 'code'])
    .execute();
  const kinds: AgencyKind[] = ['police', 'probation', 'prison', 'drug_service', 'youth_offending', 'local_authority', 'housing', 'voluntary'];
  const rows = await db
    .insertInto('agencies')
    .values(kinds.map((k) => ({ partnership_id: p.id, code: k.toUpperCase(), name: `Test ${k}`, kind: k })))
    .returning(['id', 'kind'])
    .execute();
  const agencies = Object.fromEntries(rows.map((r) => [r.kind, r.id])) as Record<AgencyKind, number>;
  // Like the demo, an information-sharing agreement between all its agencies and
  // those of the partnerships made before it (for transfers between them), so
  // exports, API reads and transfers work as before; `agreement: false` leaves none.
  if (opts.agreement ?? true) await recordTestAgreement(db, p.id, (await db.selectFrom('agencies').select('id').execute()).map((a) => a.id));
  return {
    partnershipId: p.id,
    areas,
    agencies,
    operator: { userId: null, partnershipId: p.id, role: 'administrator', agencyKind: null, label: 'test' },
  };
}

/** A user with a fast, fixed password hash (argon2id of "correct horse battery staple"). */
export async function createUser(
  db: Kysely<DB>,
  f: PartnershipFixture,
  opts: { username: string; role: Role; agency?: AgencyKind; passwordHash: string },
): Promise<Actor & { userId: number }> {
  const agency = opts.agency ?? 'police';
  const u = await db
    .insertInto('users')
    .values({
      partnership_id: f.partnershipId,
      agency_id: f.agencies[agency],
      username: opts.username,
      display_name: opts.username,
      password_hash: opts.passwordHash,
      role: opts.role,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { userId: u.id, partnershipId: f.partnershipId, role: opts.role, agencyKind: agency, agencyId: f.agencies[agency], label: opts.username };
}

export async function createPerson(
  db: Kysely<DB>,
  f: PartnershipFixture,
  p: { ref: string; dob?: string; sex?: 'male' | 'female'; family?: string; given?: string; ethnicity?: string; restricted?: boolean },
): Promise<number> {
  const row = await db
    .insertInto('people')
    .values({
      partnership_id: f.partnershipId,
      person_ref: p.ref,
      family_name: p.family ?? `Testperson`,
      given_names: p.given ?? p.ref,
      date_of_birth: p.dob ?? '1985-05-05',
      sex: p.sex ?? 'male',
      ethnicity: p.ethnicity ?? null,
      restricted: p.restricted ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An open information-sharing agreement, in force since 2000, between these agencies. */
export async function recordTestAgreement(db: Kysely<DB>, partnershipId: number, agencyIds: readonly number[], dates: { from?: string; to?: string | null } = {}): Promise<number> {
  const a = await db
    .insertInto('sharing_agreements')
    .values({ partnership_id: partnershipId, title: 'Test sharing agreement', purpose: 'Integrated offender management', data_categories: ['all'], start_date: dates.from ?? '2000-01-01', end_date: dates.to ?? null, recorded_by_label: 'test' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('sharing_agreement_parties').values(agencyIds.map((agency_id) => ({ agreement_id: a.id, agency_id }))).execute();
  return a.id;
}
