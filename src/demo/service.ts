// Creates the demo partnership of SPEC 4: two fictional areas, an agency of
// every kind, users with printed sign-ins, the PPO, IOM and DRR schemes, and a
// generated pool of people with several years of events. One transaction: the
// demo is there completely or not at all.
import type { Kysely } from 'kysely';
import os from 'node:os';
import { sql, type Transaction } from 'kysely';
import type { AgencyKind, DB, Role } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { hashPassword } from '../access/passwords.js';
import { appendAudit } from '../access/audit.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { DEMO_AREAS, DEMO_DATES, demoPlan, type DemoSchemeCode } from './generate.js';
import { seedOffenceReference } from '../offences/store.js';
import { refreshTimedAlerts } from '../alerts/generate.js';
import { CASE_TABLES, DEMO_TABLES, loadDemoPeople, type DemoCounts, type LoadProgress } from './load.js';

export const DEFAULT_DEMO_CODE = 'DEMO';
export const DEFAULT_DEMO_PEOPLE = 5000;
export const DEFAULT_DEMO_SEED = 2009;
/** The performance years the demo sets a DRR target for: the two its data cover in full or in part. */
export const DRR_TARGET_YEARS = ['2009/10', '2010/11'] as const;

/** The demo never changes existing data, so an existing partnership code is a conflict. */
export class DemoExistsError extends ConflictError {
  constructor(readonly code: string) {
    super(
      `A partnership with code ${code} already exists. The demo never changes existing data: ` +
        `start from an empty data folder (WAYMARK_DATA) or database, or choose another code.`,
      { field: 'code' },
    );
  }
}

export interface DemoOptions {
  people?: number;
  seed?: number;
  /** The partnership's code (default DEMO); also the prefix of usernames and person references. */
  code?: string;
  onProgress?: (p: LoadProgress) => void;
  /** Who asked, for the audit log (e.g. "cli:alice" or "serve:first start"). */
  actorLabel?: string;
  chunkChars?: number;
  /** Keep the per-row foreign-key checks on during the load (slower; for tests). */
  checkForeignKeys?: boolean;
}

async function isSuperuser(trx: Transaction<DB>): Promise<boolean> {
  const r = await sql<{ on: string }>`SELECT current_setting('is_superuser') AS on`.execute(trx);
  return r.rows[0]?.on === 'on';
}

export interface DemoSignIn {
  username: string;
  /** Fixed and documented: demo-<username>-2009. Demo data only. */
  password: string;
  role: Role;
  agency: string;
}

export interface DemoResult {
  partnershipId: number;
  code: string;
  people: number;
  seed: number;
  /** The demo's "today": data are complete up to and including this date. */
  extractDate: string;
  signIns: DemoSignIn[];
  counts: DemoCounts & { events: number };
  capacity: Record<DemoSchemeCode, number>;
  milliseconds: number;
}

const AGENCIES: readonly { kind: AgencyKind; code: string; name: string }[] = [
  { kind: 'police', code: 'POLICE', name: 'Northmoor and Southdale Police (fictional)' },
  { kind: 'probation', code: 'PROBATION', name: 'Fictional Probation Trust' },
  { kind: 'prison', code: 'PRISON', name: 'HMP Examplegate (fictional)' },
  { kind: 'drug_service', code: 'CJIT', name: 'Fictional Criminal Justice Intervention Team' },
  { kind: 'youth_offending', code: 'YOT', name: 'Northmoor Youth Offending Team (fictional)' },
  { kind: 'local_authority', code: 'COUNCIL', name: 'Northmoor Council Community Safety (fictional)' },
  { kind: 'housing', code: 'HOUSING', name: 'Fictional Homes Housing Association' },
  { kind: 'voluntary', code: 'VOLUNTARY', name: 'Fictional Resettlement Charity' },
];

/** The demo's users: a practitioner in every agency, and one of each other role. */
export const DEMO_USERS: readonly { name: string; role: Role; agency: AgencyKind; displayName: string }[] = [
  { name: 'admin', role: 'administrator', agency: 'local_authority', displayName: 'Alex Adminson (demo administrator)' },
  { name: 'manager', role: 'scheme_manager', agency: 'police', displayName: 'Morgan Managerley (demo scheme manager)' },
  { name: 'analyst', role: 'analyst', agency: 'local_authority', displayName: 'Ash Analystone (demo analyst)' },
  { name: 'board', role: 'board_member', agency: 'local_authority', displayName: 'Bailey Boardman (demo board member)' },
  { name: 'police', role: 'practitioner', agency: 'police', displayName: 'Pat Policeworth (demo police offender manager)' },
  { name: 'probation', role: 'practitioner', agency: 'probation', displayName: 'Robin Probationer (demo probation officer)' },
  { name: 'prison', role: 'practitioner', agency: 'prison', displayName: 'Jo Prisonlink (demo prison link officer)' },
  { name: 'drugs', role: 'practitioner', agency: 'drug_service', displayName: 'Drew Treatmentson (demo CJIT worker)' },
  { name: 'yot', role: 'practitioner', agency: 'youth_offending', displayName: 'Yan Youthworker (demo YOT worker)' },
  { name: 'council', role: 'practitioner', agency: 'local_authority', displayName: 'Casey Councilby (demo community safety officer)' },
  { name: 'housing', role: 'practitioner', agency: 'housing', displayName: 'Hayden Housingley (demo housing worker)' },
  { name: 'voluntary', role: 'practitioner', agency: 'voluntary', displayName: 'Val Volunteerson (demo outreach worker)' },
];

export function demoUsername(code: string, name: string): string {
  return `${code.toLowerCase()}.${name}`;
}

export function demoPassword(username: string): string {
  return `demo-${username}-2009`;
}

const SCHEMES: readonly {
  code: DemoSchemeCode;
  name: string;
  description: string;
  strands: readonly [string, string][];
  tiers: readonly [string, string][];
}[] = [
  {
    code: 'PPO',
    name: 'Prolific and other Priority Offenders',
    description: 'The PPO scheme: the most prolific offenders in the partnership, managed by police, probation and partners together.',
    strands: [['PD', 'Prevent and Deter'], ['CC', 'Catch and Convict'], ['RR', 'Rehabilitate and Resettle']],
    tiers: [['PPO', 'PPO']],
  },
  {
    code: 'IOM',
    name: 'Integrated Offender Management',
    description: 'IOM caseload in three tiers of intensity; the cushion for people leaving PPO who still need support.',
    strands: [],
    tiers: [['high', 'IOM high'], ['medium', 'IOM medium'], ['monitor', 'Monitor']],
  },
  {
    code: 'DRR',
    name: 'Drug Rehabilitation Requirement caseload',
    description: 'People on a community order or suspended sentence with a DRR.',
    strands: [],
    tiers: [],
  },
];

const CODE = /^[A-Z][A-Z0-9_-]{1,19}$/;

/**
 * Builds the demo partnership and returns the sign-ins to print. Refuses (with
 * DemoExistsError) when a partnership with the code exists: it never deletes or
 * changes data, because the audit log of that partnership cannot be removed.
 */
export async function createDemoPartnership(database: Pick<Database, 'db'>, opts: DemoOptions = {}): Promise<DemoResult> {
  const started = Date.now();
  const code = opts.code ?? DEFAULT_DEMO_CODE;
  if (!CODE.test(code)) throw new InvalidInputError(`The partnership code must be 2–20 capital letters, digits, - or _, starting with a letter: not "${code}".`);
  const plan = demoPlan(opts.people ?? DEFAULT_DEMO_PEOPLE, opts.seed ?? DEFAULT_DEMO_SEED);
  const { db } = database;

  const existing = await db.selectFrom('partnerships').select('id').where('code', '=', code).executeTakeFirst();
  if (existing) throw new DemoExistsError(code);

  // argon2id is deliberately slow: hash all passwords in parallel before the transaction.
  const signIns: DemoSignIn[] = DEMO_USERS.map((u) => {
    const username = demoUsername(code, u.name);
    return { username, password: demoPassword(username), role: u.role, agency: AGENCIES.find((a) => a.kind === u.agency)!.name };
  });
  const hashes = await Promise.all(signIns.map((s) => hashPassword(s.password)));

  const result = await db.transaction().execute(async (trx) => {
    const partnership = await trx
      .insertInto('partnerships')
      .values({
        code,
        name: code === DEFAULT_DEMO_CODE ? 'Demo Partnership (fictional)' : `Demo Partnership ${code} (fictional)`,
        // The demo's events stop at the extract date, so that is "today" on its pages.
        data_as_of: DEMO_DATES.extractDate,
        // Its administrator signs in with the published password alone, as
        // before the second factor existed; never in production (sessions.ts).
        demo_second_factor_exempt: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const partnershipId = partnership.id;
    // The default gravity table and neighbourhood-crime groups, so selection
    // and the performance measures' severity both work from the start.
    await seedOffenceReference(trx, partnershipId);

    const areas = await trx
      .insertInto('areas')
      .values(DEMO_AREAS.map((a) => ({ partnership_id: partnershipId, code: a.code, name: a.name })))
      .returning(['id', 'code'])
      .execute();
    const areaIds = new Map(areas.map((a) => [a.code, a.id]));

    const agencies = await trx
      .insertInto('agencies')
      .values(AGENCIES.map((a) => ({ partnership_id: partnershipId, code: a.code, name: a.name, kind: a.kind })))
      .returning(['id', 'kind'])
      .execute();
    const agencyIds = new Map(agencies.map((a) => [a.kind, a.id]));
    // An information-sharing agreement between all its agencies, open-ended, so
    // every disclosure in the demo (exports, API reads, transfers) relies on it.
    const agreement = await trx
      .insertInto('sharing_agreements')
      .values({
        partnership_id: partnershipId,
        title: 'Demo IOM information-sharing agreement (fictional)',
        purpose: 'Integrated offender management: selecting, reviewing and supporting people on the PPO, IOM and DRR schemes',
        data_categories: ['identity', 'offending', 'custody and supervision', 'intelligence', 'drug tests', 'health and drug treatment'],
        start_date: '2005-01-01',
        recorded_by_label: 'waymark demo',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('sharing_agreement_parties').values(agencies.map((a) => ({ agreement_id: agreement.id, agency_id: a.id }))).execute();

    const users = await trx
      .insertInto('users')
      .values(
        DEMO_USERS.map((u, i) => ({
          partnership_id: partnershipId,
          agency_id: agencyIds.get(u.agency)!,
          username: signIns[i]!.username,
          display_name: u.displayName,
          password_hash: hashes[i]!,
          role: u.role,
        })),
      )
      .returning(['id', 'display_name'])
      .execute();
    // Each agency's practitioner, and the scheme manager who chairs the panels.
    const practitioners = new Map<AgencyKind, { id: number; label: string }>();
    DEMO_USERS.forEach((u, i) => {
      if (u.role === 'practitioner') practitioners.set(u.agency, { id: users[i]!.id, label: users[i]!.display_name });
    });
    const chair = users[DEMO_USERS.findIndex((u) => u.role === 'scheme_manager')]!;

    const schemeIds = {} as Record<DemoSchemeCode, number>;
    const tierIds = new Map<string, number>();
    const strandIds = new Map<string, number>();
    for (const s of SCHEMES) {
      const row = await trx
        .insertInto('schemes')
        .values({ partnership_id: partnershipId, code: s.code, name: s.name, description: s.description, capacity: plan.capacity[s.code] })
        .returning('id')
        .executeTakeFirstOrThrow();
      schemeIds[s.code] = row.id;
      await trx.insertInto('scheme_areas').values(areas.map((a) => ({ scheme_id: row.id, area_id: a.id }))).execute();
      if (s.strands.length) {
        const rows = await trx
          .insertInto('strands')
          .values(s.strands.map(([c, name]) => ({ scheme_id: row.id, code: c, name })))
          .returning(['id', 'code'])
          .execute();
        for (const r of rows) strandIds.set(`${s.code}:${r.code}`, r.id);
      }
      if (s.tiers.length) {
        const rows = await trx
          .insertInto('tiers')
          .values(s.tiers.map(([c, name], i) => ({ scheme_id: row.id, code: c, name, rank: i + 1 })))
          .returning(['id', 'code'])
          .execute();
        for (const r of rows) tierIds.set(`${s.code}:${r.code}`, r.id);
      }
    }

    // Reserve a block of person ids so that every event row can name its person
    // without a round trip. The lock keeps any other insert out of the block.
    await sql`LOCK TABLE people IN EXCLUSIVE MODE`.execute(trx);
    if (opts.checkForeignKeys !== true && (await isSuperuser(trx))) {
      // The generator makes every reference itself (to rows of this same
      // transaction), so the per-row foreign-key triggers only halve the load
      // speed. Exclusion, unique and check constraints still apply. Needs a
      // superuser (always so on the embedded database); otherwise checks stay on.
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    }
    const first = await sql<{ id: number }>`SELECT nextval(pg_get_serial_sequence('people', 'id'))::integer AS id`.execute(trx);
    const firstPersonId = first.rows[0]!.id;
    await sql`SELECT setval(pg_get_serial_sequence('people', 'id'), ${firstPersonId + plan.people - 1})`.execute(trx);

    const counts = await loadDemoPeople(trx, plan, {
      partnershipId,
      firstPersonId,
      areaIds,
      schemeIds,
      tierIds,
      strandIds,
      agencyIds,
      practitioners,
      panelChair: { id: chair.id, label: chair.display_name },
    }, {
      onProgress: opts.onProgress,
      refPrefix: code,
      chunkChars: opts.chunkChars,
    });
    // The yearly DRR targets (illustrative, README.md): starts about 1.3 times the
    // caseload (an order runs six months to three years), completions half the starts.
    const starts = Math.round(1.3 * plan.capacity.DRR);
    await trx
      .insertInto('drr_targets')
      .values(DRR_TARGET_YEARS.map((year) => ({ partnership_id: partnershipId, year, starts, completions: Math.round(starts / 2) })))
      .execute();
    const events = counts.arrests + counts.charges + counts.outcomes + counts.intelligence_reports + counts.drug_tests + counts.required_assessments + counts.breaches;

    await appendAudit(trx, { userId: null, partnershipId, label: opts.actorLabel ?? `cli:${os.userInfo().username}` }, {
      action: 'collection',
      what: 'demo data generated',
      details: { code, people: plan.people, seed: plan.seed, extractDate: DEMO_DATES.extractDate, counts: { ...counts, events } },
    });
    return { partnershipId, counts: { ...counts, events } };
  });

  // Fresh statistics, so the first queries on the new data get good plans;
  // and the new pages marked all-visible, so index-only scans (a selection
  // run's arrest and intelligence windows, 0092) need not read the table.
  // PostgreSQL's autovacuum would do that later; PGlite has none.
  for (const table of [...Object.keys(DEMO_TABLES), ...Object.keys(CASE_TABLES)]) await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(db);
  // The alerts that the passing of time raises (release due, review due), by
  // the same daily check the home page runs, so their keys are its own and a
  // first page load raises nothing twice.
  await refreshTimedAlerts(db, result.partnershipId, DEMO_DATES.extractDate);

  return {
    partnershipId: result.partnershipId,
    code,
    people: plan.people,
    seed: plan.seed,
    extractDate: DEMO_DATES.extractDate,
    signIns,
    counts: result.counts,
    capacity: plan.capacity,
    milliseconds: Date.now() - started,
  };
}

/** True when no partnership exists yet: `npm start` then creates the demo. */
export async function databaseIsEmpty(database: Pick<Database, 'db'>): Promise<boolean> {
  const row = await database.db.selectFrom('partnerships').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The demo partnership. Built once by the composition root (src/services.ts). */
export function demoService(deps: { db: Kysely<DB> }) {
  return {
    /** True when no partnership exists yet (the first `npm start`). */
    isEmpty: () => databaseIsEmpty(deps),
    create: (opts: DemoOptions = {}) => createDemoPartnership(deps, opts),
  };
}
