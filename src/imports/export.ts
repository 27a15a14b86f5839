// Exports each kind in its import format (SPEC 5), so that export then import
// into an empty database gives the same data. Enumerations are written as the
// text the partner sent (the *_raw column) when there is one, so a re-import
// maps them the same way. Pages through the table by id; never holds it whole.
// The operator exports the whole register; a user, only the people they may see
// (need-to-know.ts). The disclosure is logged naming everyone the file holds.
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type ExcelJS from 'exceljs';
import { excel } from '../formats/excel.js';
import type { DB } from '../db/schema.js';
import type { Actor } from '../access/actor.js';
import { appendAudit } from '../access/audit.js';
import { visiblePeople } from '../access/need-to-know.js';
import { csvField } from '../db/statements.js';
import { neutralise } from '../formats/spreadsheet-cells.js';
import { KINDS, headerNames } from './kinds.js';
import { type ImportKind } from './kind-names.js';
import { assertMayExport } from './permissions.js';
import { exportBasis } from '../sharing/disclosures.js';
import type { FileFormat } from './read.js';

export interface ExportOptions {
  kind: ImportKind;
  /** Where the file goes; the export writes to it but never ends it. */
  out: Writable;
  format: FileFormat;
  /**
   * Write cells exactly as stored. By default a cell that a spreadsheet would
   * take as a formula (= + - @, tab, carriage return) gets a leading apostrophe
   * (src/formats/spreadsheet-cells.ts), which the import takes off again.
   */
  raw?: boolean;
  /** Named in the audit entry (a file name, or "standard output"). */
  destination?: string;
  justification?: string;
}

export interface ExportResult {
  kind: ImportKind;
  rows: number;
}

const PAGE = 5000;

/** One page of a kind's rows, as cells in header order; keyset on the row id. */
function pageQuery(kind: ImportKind, actor: Actor, after: number): RawBuilder<Record<string, unknown>> {
  const p = actor.partnershipId;
  // Only the people the actor may see: the CLI operator sees the whole register; a user, whom they may see.
  const visible = visiblePeople(actor, 'pp');
  const yesNo = (c: string) => `CASE WHEN ${c} THEN 'yes' ELSE 'no' END`;
  const posNeg = (c: string) => `CASE WHEN ${c} THEN 'positive' ELSE 'negative' END`;
  const byPerson = (table: string, cols: string, order = 'e.id') =>
    sql<Record<string, unknown>>`SELECT e.id AS _id, pp.id AS _person_id, pp.person_ref, ${sql.raw(cols)}
      FROM ${sql.raw(table)} e JOIN people pp ON pp.id = e.person_id
      WHERE e.partnership_id = ${p} AND ${visible} AND e.id > ${after} ORDER BY ${sql.raw(order)} LIMIT ${PAGE}`;
  switch (kind) {
    case 'people':
      return sql<Record<string, unknown>>`SELECT pp.id AS _id, pp.id AS _person_id, pp.person_ref,
          (SELECT min(value) FROM person_identifiers i WHERE i.person_id = pp.id AND i.kind = 'pnc') AS pnc_id,
          (SELECT min(value) FROM person_identifiers i WHERE i.person_id = pp.id AND i.kind = 'cro') AS cro_number,
          (SELECT min(value) FROM person_identifiers i WHERE i.person_id = pp.id AND i.kind = 'prison') AS prison_number,
          (SELECT min(value) FROM person_identifiers i WHERE i.person_id = pp.id AND i.kind = 'probation_crn') AS probation_crn,
          pp.family_name, pp.given_names, pp.date_of_birth, coalesce(pp.sex_raw, pp.sex) AS sex,
          coalesce(pp.ethnicity_raw, pp.ethnicity) AS ethnicity, pp.area_code, pp.postcode,
          CASE WHEN pp.restricted THEN 'yes' ELSE 'no' END AS restricted
        FROM people pp
        WHERE pp.partnership_id = ${p} AND ${visible} AND pp.merged_into_id IS NULL AND pp.id > ${after}
        ORDER BY pp.id LIMIT ${PAGE}`;
    case 'outcomes':
      return byPerson(
        'outcomes',
        `e.offence_date, e.outcome_date, coalesce(e.outcome_raw, e.outcome) AS outcome, e.offence_code_raw AS offence_code,
         e.offence_description, coalesce(e.disposal_raw, e.disposal) AS disposal, e.sentence_days, e.court`,
      );
    case 'arrests':
      return byPerson('arrests', `e.arrest_date, e.offence_code_raw AS offence_code, coalesce(e.outcome_raw, e.outcome) AS outcome`);
    case 'intelligence':
      return byPerson('intelligence_reports', `e.report_date, e.grading, e.topic`);
    case 'drug_tests':
      return byPerson('drug_tests', `e.test_date, ${posNeg('e.opiates')} AS opiates, ${posNeg('e.cocaine')} AS cocaine, e.trigger_offence_code`);
    case 'custody':
      return byPerson(
        'custody_periods',
        `e.reception_date, coalesce(e.kind_raw, e.kind) AS kind, e.sentence_days, e.expected_release_date, e.release_date, e.establishment`,
      );
    case 'supervision':
      return byPerson('supervision_periods', `e.start_date, e.end_date, coalesce(e.kind_raw, e.kind) AS kind, ${yesNo('e.statutory')} AS statutory, e.end_kind`);
    case 'memberships':
      return sql<Record<string, unknown>>`SELECT e.id AS _id, pp.id AS _person_id, pp.person_ref, sc.code AS scheme, ti.code AS tier, e.start_date, e.end_date,
          coalesce(e.end_reason_raw, e.end_reason) AS end_reason
        FROM memberships e JOIN people pp ON pp.id = e.person_id JOIN schemes sc ON sc.id = e.scheme_id LEFT JOIN tiers ti ON ti.id = e.tier_id
        WHERE e.partnership_id = ${p} AND ${visible} AND e.id > ${after} ORDER BY e.id LIMIT ${PAGE}`;
    case 'addresses':
      return byPerson('addresses', `e.from_date, e.area_code, e.postcode`);
    case 'risk_assessments':
      return sql<Record<string, unknown>>`SELECT e.id AS _id, pp.id AS _person_id, pp.person_ref, e.assessment_date,
          coalesce(e.risk_of_serious_harm_raw, e.risk_of_serious_harm) AS risk_of_serious_harm, a.code AS assessor_agency
        FROM risk_assessments e JOIN people pp ON pp.id = e.person_id LEFT JOIN agencies a ON a.id = e.agency_id
        WHERE e.partnership_id = ${p} AND ${visible} AND e.id > ${after} ORDER BY e.id LIMIT ${PAGE}`;
    case 'mappa_referrals':
      return byPerson('mappa_referrals', `e.referral_date, e.outcome`);
  }
}

/** The columns an export writes: the kind's import columns (pnc_id only for people). */
export function exportColumns(kind: ImportKind): string[] {
  const names = headerNames(KINDS[kind]);
  return kind === 'people' ? names : names.filter((n) => n !== 'pnc_id');
}

/** A CSV field; an empty cell stays unquoted, as people write it. */
function field(s: string): string {
  return s === '' ? '' : csvField(s);
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

export async function exportKind(db: Kysely<DB>, actor: Actor, opts: ExportOptions): Promise<ExportResult> {
  assertMayExport(actor, opts.kind);
  const columns = exportColumns(opts.kind);
  const raw = opts.raw === true;
  const cellOf = (v: unknown) => (raw ? text(v) : neutralise(text(v)));
  let rows = 0;
  // Everyone the file names, for the audit entry (so that `audit search --person` finds the export).
  const personIds = new Set<number>();

  const write = async (s: string) => {
    if (!opts.out.write(s)) await once(opts.out, 'drain');
  };

  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      // A user's export discloses register data to their agency: it names the agreement it relies on.
      const basis = await exportBasis(trx, actor);
      let workbook: ExcelJS.stream.xlsx.WorkbookWriter | null = null;
      let sheet: ExcelJS.Worksheet | null = null;
      let zipped: Promise<unknown> = Promise.resolve();
      if (opts.format === 'xlsx') {
        // The workbook ends the stream it writes to; the caller's stream
        // (perhaps standard output) stays open for the caller to end.
        const pass = new PassThrough();
        zipped = once(pass, 'end');
        pass.pipe(opts.out, { end: false });
        workbook = new (await excel()).stream.xlsx.WorkbookWriter({ stream: pass, useSharedStrings: false, useStyles: false });
        sheet = workbook.addWorksheet(opts.kind);
        sheet.addRow(columns).commit();
      } else {
        await write(columns.map(csvField).join(',') + '\n');
      }
      let after = 0;
      for (;;) {
        const page = await pageQuery(opts.kind, actor, after).execute(trx);
        if (page.rows.length === 0) break;
        for (const r of page.rows) {
          personIds.add(Number(r._person_id));
          const cells = columns.map((c) => cellOf(r[c]));
          if (sheet) sheet.addRow(cells).commit();
          else await write(cells.map(field).join(',') + '\n');
        }
        rows += page.rows.length;
        after = Number(page.rows[page.rows.length - 1]!._id);
      }
      if (workbook && sheet) {
        sheet.commit();
        await workbook.commit();
        await zipped;
      }
      await appendAudit(trx, actor, {
        action: 'disclosure',
        personIds: [...personIds],
        what: `export of ${opts.kind} to ${opts.destination ?? 'a file'}`,
        justification: opts.justification ?? null,
        details: { kind: opts.kind, rows, format: opts.format, raw, agreementId: basis.agreementId },
      });
    });
  return { kind: opts.kind, rows };
}
