// Builders for performance test data, inserted with Kysely directly.
import type { Kysely } from 'kysely';
import type { DB, OutcomeKind, Disposal } from '../../../src/db/schema.js';
import type { PartnershipFixture } from '../../support/fixtures.js';
import { withKeySeq } from '../../support/outcome-keys.js';

export async function createScheme(db: Kysely<DB>, f: PartnershipFixture, code: string): Promise<number> {
  const s = await db.insertInto('schemes').values({ partnership_id: f.partnershipId, code, name: `${code} scheme` }).returning('id').executeTakeFirstOrThrow();
  return s.id;
}

export async function addMembership(db: Kysely<DB>, f: PartnershipFixture, schemeId: number, personId: number, start: string, end: string | null = null) {
  await db.insertInto('memberships').values({ partnership_id: f.partnershipId, scheme_id: schemeId, person_id: personId, start_date: start, end_date: end }).execute();
}

export interface OutcomeSpec {
  personId: number;
  offenceDate: string;
  outcomeDate?: string;
  outcome?: OutcomeKind;
  code?: string | null;
  disposal?: Disposal | null;
}

export async function addOutcomes(db: Kysely<DB>, f: PartnershipFixture, rows: OutcomeSpec[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('outcomes')
      .values(
        withKeySeq(rows.slice(i, i + 1000).map((r) => ({
          partnership_id: f.partnershipId,
          person_id: r.personId,
          offence_date: r.offenceDate,
          outcome_date: r.outcomeDate ?? r.offenceDate,
          outcome: r.outcome ?? 'conviction',
          offence_code: r.code === undefined ? '04600' : r.code,
          offence_code_raw: r.code ?? 'unknown',
          offence_code_known: r.code !== null,
          disposal: r.disposal === undefined ? 'community' : r.disposal,
        }))),
      )
      .execute();
  }
}

/** n offence dates spread through [start, start + days). */
export function spread(n: number, start: string, days: number): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(t0 + Math.floor((i * days) / Math.max(n, 1)) * 86_400_000).toISOString().slice(0, 10));
}

/** Loads the Home Office offence codes from ../shared/reference (read in place) into offence_codes. */
export async function loadOffenceCodes(db: Kysely<DB>) {
  const { parse } = await import('csv-parse/sync');
  const fs = await import('node:fs');
  const rows = parse(fs.readFileSync('../shared/reference/offences/home-office-offence-codes.csv', 'utf8'), { columns: true }) as Record<string, string>[];
  const values = rows.map((r) => ({
    code: r.ho_code!,
    group_code: r.ho_code!.slice(0, 3),
    category: r.category || null,
    description: r.subcategory || r.category || r.ho_code!,
    ogrs3_category: r.ogrs3_category || null,
    actuarial_category: r.actuarial_category || null,
    violent: r.violent === 'yes',
  }));
  for (let i = 0; i < values.length; i += 500) {
    await db.insertInto('offence_codes').values(values.slice(i, i + 500)).onConflict((oc) => oc.column('code').doNothing()).execute();
  }
}
