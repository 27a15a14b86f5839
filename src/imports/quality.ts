// The data-quality report shown after an import (SPEC 3.1): missing
// identifiers, impossible dates, overlapping custody periods and unknown
// offence codes, each with a count and example people to link to. Plain data;
// the web page and the CLI render it. Counts and examples cover only the people
// the actor may see (need-to-know.ts), and the examples shown are logged as one
// consultation in the transaction that read them.
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { requirePermission } from '../access/permissions.js';
import { auditList } from '../access/audit.js';
import { visiblePeople, visiblePerson } from '../access/need-to-know.js';

export interface QualityExample {
  personId: number;
  personRef: string;
  /** "FAMILY, Given". */
  name: string;
}

export interface QualityCheck {
  key:
    | 'missing_pnc'
    | 'area_outside_partnership'
    | 'offence_after_outcome'
    | 'birth_after_offence'
    | 'birth_after_arrest'
    | 'expected_release_before_reception'
    | 'overlapping_custody'
    | 'unknown_offence_codes';
  label: string;
  count: number;
  examples: QualityExample[];
}

export interface DataQualityReport {
  /** Only rows stored or changed by this import, when given. */
  importId: number | null;
  checks: QualityCheck[];
  /** The unrecognised offence codes, most frequent first. */
  unknownCodes: { code: string; count: number }[];
}

const EXAMPLES = 10;

export async function dataQuality(db: Kysely<DB>, actor: Actor, input: { importId?: number } = {}): Promise<DataQualityReport> {
  requirePermission(actor, 'data-quality:view');
  return db.transaction().execute((trx) => readDataQuality(trx, actor, input));
}

async function readDataQuality(db: Transaction<DB>, actor: Actor, input: { importId?: number }): Promise<DataQualityReport> {
  const p = actor.partnershipId;
  const imp = input.importId ?? null;
  const scope = (alias: string) => (imp === null ? sql`true` : sql`${sql.ref(`${alias}.import_id`)} = ${imp}`);

  /** Runs one check: `from` yields rows with person_id; counts them and names a few people. */
  const check = async (key: QualityCheck['key'], label: string, from: RawBuilder<unknown>): Promise<QualityCheck> => {
    const r = await sql<{ n: number; examples: { id: number; person_ref: string; family_name: string; given_names: string }[] | string | null }>`
      WITH hits AS (${from}),
      shown AS (SELECT h.person_id FROM hits h JOIN people vp ON vp.id = h.person_id WHERE ${visiblePeople(actor, 'vp')})
      SELECT (SELECT count(*) FROM shown)::int AS n,
             (SELECT json_agg(x ORDER BY x.person_ref) FROM (
                SELECT DISTINCT pp.id, pp.person_ref, pp.family_name, pp.given_names FROM shown h JOIN people pp ON pp.id = h.person_id ORDER BY pp.person_ref LIMIT ${EXAMPLES}) x) AS examples`.execute(db);
    const row = r.rows[0]!;
    const raw = typeof row.examples === 'string' ? (JSON.parse(row.examples) as Exclude<typeof row.examples, string>) : row.examples;
    const examples = (raw ?? []).map((x) => ({ personId: Number(x.id), personRef: x.person_ref, name: `${x.family_name.toUpperCase()}, ${x.given_names}` }));
    return { key, label, count: row.n, examples };
  };

  const checks = [
    await check(
      'missing_pnc',
      'People with no PNC ID',
      sql`SELECT pp.id AS person_id FROM people pp WHERE pp.partnership_id = ${p} AND pp.merged_into_id IS NULL AND ${scope('pp')}
          AND NOT EXISTS (SELECT 1 FROM person_identifiers i WHERE i.person_id = pp.id AND i.kind = 'pnc')`,
    ),
    await check(
      'area_outside_partnership',
      "People whose area code is not one of the partnership's areas",
      sql`SELECT pp.id AS person_id FROM people pp WHERE pp.partnership_id = ${p} AND pp.merged_into_id IS NULL AND ${scope('pp')}
          AND pp.area_code IS NOT NULL AND pp.area_id IS NULL`,
    ),
    await check(
      'offence_after_outcome',
      'Outcomes whose offence date is after the outcome date',
      sql`SELECT o.person_id FROM outcomes o WHERE o.partnership_id = ${p} AND ${scope('o')} AND o.offence_date > o.outcome_date`,
    ),
    await check(
      'birth_after_offence',
      'Outcomes whose offence date is before the person was born',
      sql`SELECT o.person_id FROM outcomes o JOIN people pp ON pp.id = o.person_id
          WHERE o.partnership_id = ${p} AND ${scope('o')} AND o.offence_date < pp.date_of_birth`,
    ),
    await check(
      'birth_after_arrest',
      'Arrests dated before the person was born',
      sql`SELECT a.person_id FROM arrests a JOIN people pp ON pp.id = a.person_id
          WHERE a.partnership_id = ${p} AND ${scope('a')} AND a.arrest_date < pp.date_of_birth`,
    ),
    await check(
      'expected_release_before_reception',
      'Custody periods expected to end before they began',
      sql`SELECT c.person_id FROM custody_periods c WHERE c.partnership_id = ${p} AND ${scope('c')}
          AND c.expected_release_date IS NOT NULL AND c.expected_release_date < c.reception_date`,
    ),
    // The database refuses overlapping custody (and an import reports it as a
    // row error), so this should always be 0; it is here to prove it.
    await check(
      'overlapping_custody',
      'Overlapping custody periods',
      sql`SELECT a.person_id FROM custody_periods a JOIN custody_periods b ON b.person_id = a.person_id AND b.id > a.id
          AND daterange(a.reception_date, a.release_date, '[)') && daterange(b.reception_date, b.release_date, '[)')
          WHERE a.partnership_id = ${p} AND ${scope('a')}`,
    ),
    await check(
      'unknown_offence_codes',
      'Outcomes and arrests with an offence code that is not a known Home Office code',
      sql`SELECT o.person_id FROM outcomes o WHERE o.partnership_id = ${p} AND ${scope('o')} AND NOT o.offence_code_known
          UNION ALL
          SELECT a.person_id FROM arrests a WHERE a.partnership_id = ${p} AND ${scope('a')} AND a.offence_code_raw IS NOT NULL AND a.offence_code IS NULL`,
    ),
  ];
  const codes = await sql<{ code: string; count: number }>`
    SELECT code, count(*)::int AS count FROM (
      SELECT o.offence_code_raw AS code FROM outcomes o WHERE o.partnership_id = ${p} AND ${scope('o')} AND NOT o.offence_code_known AND ${visiblePerson(actor, 'o.person_id')}
      UNION ALL
      SELECT a.offence_code_raw FROM arrests a WHERE a.partnership_id = ${p} AND ${scope('a')} AND a.offence_code_raw IS NOT NULL AND a.offence_code IS NULL AND ${visiblePerson(actor, 'a.person_id')}
    ) u GROUP BY code ORDER BY count(*) DESC, code LIMIT 50`.execute(db);
  await auditList(db, actor, { what: imp === null ? 'data-quality report' : `data-quality report of import ${imp}`, personIds: checks.flatMap((c) => c.examples.map((e) => e.personId)), details: { importId: imp } });
  return { importId: imp, checks, unknownCodes: codes.rows };
}
