// Export then import into an empty database gives the same data; exports are
// disclosures in the audit log; cells for spreadsheets are neutralised.
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../../support/db.js';
import { createPartnership, type PartnershipFixture } from '../../support/fixtures.js';
import type { DB } from '../../../src/db/schema.js';
import { importFile } from '../../../src/imports/import-file.js';
import { exportKind } from '../../../src/imports/export.js';
import { neutralise } from '../../../src/formats/spreadsheet-cells.js';
import { tempDir, writeCsv } from './files.js';
import { HEADERS, ORDER, ROWS, createPpoScheme } from './dataset.js';

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  a = await testDatabase();
  b = await testDatabase();
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

/** Everything the register holds for a partnership, without ids, in a stable order. */
async function snapshot(db: Kysely<DB>, p: number) {
  const q = async (text: string) => (await sql.raw<Record<string, unknown>>(text.replaceAll('$P', String(p))).execute(db)).rows;
  return {
    people: await q(`SELECT person_ref, family_name, given_names, date_of_birth, sex, sex_raw, ethnicity, area_code, postcode,
                     (SELECT string_agg(kind || '=' || value, ',' ORDER BY kind) FROM person_identifiers i WHERE i.person_id = pp.id AND kind <> 'local') AS ids
                     FROM people pp WHERE partnership_id = $P ORDER BY person_ref`),
    outcomes: await q(`SELECT person_ref, offence_date, outcome_date, outcome, outcome_raw, offence_code, offence_code_raw, offence_code_known,
                       offence_description, disposal, disposal_raw, sentence_days, court, key_seq
                       FROM outcomes e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2, 3, 7, key_seq`),
    arrests: await q(`SELECT person_ref, arrest_date, offence_code, offence_code_raw, outcome, outcome_raw, key_seq FROM arrests e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2, 4, key_seq`),
    intelligence: await q(`SELECT person_ref, report_date, grading, topic, key_seq FROM intelligence_reports e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2, 4, key_seq`),
    drug_tests: await q(`SELECT person_ref, test_date, opiates, cocaine, trigger_offence_code, key_seq FROM drug_tests e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2, key_seq`),
    custody: await q(`SELECT person_ref, reception_date, kind, kind_raw, sentence_days, expected_release_date, release_date, establishment FROM custody_periods e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2`),
    supervision: await q(`SELECT person_ref, start_date, end_date, kind, kind_raw, statutory FROM supervision_periods e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2`),
    memberships: await q(`SELECT person_ref, sc.code AS scheme, ti.code AS tier, start_date, end_date, end_reason, end_reason_raw FROM memberships e JOIN people pp ON pp.id = e.person_id JOIN schemes sc ON sc.id = e.scheme_id LEFT JOIN tiers ti ON ti.id = e.tier_id WHERE e.partnership_id = $P ORDER BY 1, 4`),
    addresses: await q(`SELECT person_ref, from_date, to_date, e.area_code, e.postcode, e.area_id IS NOT NULL AS in_area FROM addresses e JOIN people pp ON pp.id = e.person_id WHERE e.partnership_id = $P ORDER BY 1, 2`),
  };
}

function collect(): { out: PassThrough; done: Promise<Buffer> } {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, done: new Promise((resolve) => out.on('end', () => resolve(Buffer.concat(chunks)))) };
}

describe('export and import round trip', () => {
  it('gives the same data in an empty database', async () => {
    const fa = await createPartnership(a.db);
    await createPpoScheme(a.db, fa);
    const dir = tempDir();
    for (const kind of ORDER) {
      const rows = ROWS[kind].map((r) => [...r]);
      // Awkward text survives: commas, quotes, a leading = and a new line.
      if (kind === 'outcomes') rows[0]![5] = '=HYPERLINK("x"), said "he"\nand left';
      const r = await importFile(a.db, fa.operator, { kind, path: writeCsv(dir, `${kind}.csv`, [HEADERS[kind], ...rows]) });
      expect(r.status, kind).toBe('completed');
    }
    const fb: PartnershipFixture = await createPartnership(b.db);
    await createPpoScheme(b.db, fb);
    const out = tempDir();
    for (const kind of ORDER) {
      const file = path.join(out, `${kind}.csv`);
      const stream = fs.createWriteStream(file);
      const e = await exportKind(a.db, fa.operator, { kind, out: stream, format: 'csv', destination: `${kind}.csv` });
      await new Promise<void>((resolve) => stream.end(resolve));
      expect(e.rows, kind).toBe(ROWS[kind].length);
      const r = await importFile(b.db, fb.operator, { kind, path: file });
      expect(r, kind).toMatchObject({ status: 'completed', rowsAdded: ROWS[kind].length, rowsRejected: 0 });
    }
    const before = await snapshot(a.db, fa.partnershipId);
    const after = await snapshot(b.db, fb.partnershipId);
    expect(after).toEqual(before);
    expect(before.outcomes[0]!.offence_description).toBe('=HYPERLINK("x"), said "he"\nand left');

    const disclosures = await a.db.selectFrom('audit_log').select('what').where('partnership_id', '=', fa.partnershipId).where('action', '=', 'disclosure').execute();
    expect(disclosures.map((d) => d.what)).toContain('export of outcomes to outcomes.csv');
    expect(disclosures).toHaveLength(ORDER.length);
  });

  it('neutralises formula cells by default, in CSV and XLSX, and gives them back on import', async () => {
    const f = await createPartnership(a.db);
    const dir = tempDir();
    await importFile(a.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [HEADERS.people, ROWS.people[0]!]) });
    const risky = ['=cmd|calc', '-5', '=SUM(A1)', '@x', '+44'];
    const rows = risky.map((d, i) => ['P1', `2008-01-${String(i + 10)}`, '2008-02-01', 'conviction', '02801', d, '', '', '@court']);
    await importFile(a.db, f.operator, { kind: 'outcomes', path: writeCsv(dir, 'o.csv', [HEADERS.outcomes, ...rows]) });
    const stored = async (db: Kysely<DB>, p: number) =>
      (await db.selectFrom('outcomes').select(['offence_description', 'court']).where('partnership_id', '=', p).orderBy('offence_date').execute()).map((r) => [r.offence_description, r.court]);
    expect(await stored(a.db, f.partnershipId)).toEqual(risky.map((d) => [d, '@court']));

    const csv = collect();
    await exportKind(a.db, f.operator, { kind: 'outcomes', out: csv.out, format: 'csv' });
    csv.out.end();
    const text = (await csv.done).toString();
    for (const line of text.trim().split('\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell, line).not.toMatch(/^"?[=+\-@\t\r]/);
    }
    expect(text).toContain(`'=cmd|calc`);
    expect(text).toContain(`,'-5,`);
    const raw = collect();
    await exportKind(a.db, f.operator, { kind: 'outcomes', out: raw.out, format: 'csv', raw: true });
    raw.out.end();
    expect((await raw.done).toString()).toContain(`,=cmd|calc,`);

    const xlsx = path.join(dir, 'o.xlsx');
    const ws = fs.createWriteStream(xlsx);
    await exportKind(a.db, f.operator, { kind: 'outcomes', out: ws, format: 'xlsx' });
    await new Promise<void>((resolve) => ws.end(resolve));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('person_ref');
    expect(sheet.getRow(2).getCell(6).value).toBe(`'=cmd|calc`);
    expect(sheet.getRow(2).getCell(9).value).toBe(`'@court`);
    expect(neutralise('2008-01-01')).toBe('2008-01-01');
    expect(neutralise('-1')).toBe(`'-1`);

    // Both files import into an empty partnership as the values first stored.
    for (const [name, content] of [['o.csv', text], ['o.xlsx', null]] as const) {
      const g = await createPartnership(b.db);
      await importFile(b.db, g.operator, { kind: 'people', path: writeCsv(dir, `people-${name}.csv`, [HEADERS.people, ROWS.people[0]!]) });
      const file = content === null ? xlsx : path.join(dir, `again-${name}`);
      if (content !== null) fs.writeFileSync(file, content);
      const r = await importFile(b.db, g.operator, { kind: 'outcomes', path: file });
      expect(r, name).toMatchObject({ status: 'completed', rowsAdded: risky.length });
      expect(await stored(b.db, g.partnershipId), name).toEqual(risky.map((d) => [d, '@court']));
    }
  });

  it('neutralises partner values in the error file of a partial import', async () => {
    const f = await createPartnership(a.db);
    const dir = tempDir();
    await importFile(a.db, f.operator, { kind: 'people', path: writeCsv(dir, 'people.csv', [HEADERS.people, ROWS.people[0]!]) });
    const errorPath = path.join(dir, 'bad.errors.csv');
    const r = await importFile(a.db, f.operator, {
      kind: 'outcomes',
      mode: 'partial',
      errorPath,
      path: writeCsv(dir, 'bad.csv', [HEADERS.outcomes, ['P1', '=HYPERLINK("http://x")', '2008-02-01', 'conviction', '02801', '', '', '', '']]),
    });
    expect(r.rowsRejected).toBe(1);
    const text = fs.readFileSync(errorPath, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
